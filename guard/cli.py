"""The ``guard`` command line.

Exit codes: 0 every item allowed (allow, warn, fix); 1 some item rejected; 2 unusable input or
policy (every problem printed with its location).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import click

from guard.engine import engine_for
from guard.errors import CheckError, PolicyError
from guard.policy import Policy, load_policy
from guard.result import Verdict

__all__ = ["main"]

EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE = 0, 1, 2
PROGRESS_MIN_ITEMS = 50


@dataclass(frozen=True, slots=True)
class Item:
    """One text to judge."""

    id: Any
    text: str


def _fail(message: str) -> NoReturn:
    click.echo(f"guard: {message}", err=True)
    sys.exit(EXIT_UNUSABLE)


def _load(path: str) -> Policy:
    try:
        return load_policy(path)
    except PolicyError as exc:
        _fail(str(exc))


def _read_items(source: str) -> list[Item]:
    name = "<stdin>" if source == "-" else source
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        _fail(f"cannot read {name}: {exc.strerror or exc}")
    text = raw.decode("utf-8", "replace")
    if not source.endswith(".jsonl"):
        return [Item(name, text)]
    items: list[Item] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{name}:{number}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problems.append(f'{name}:{number}: expected an object with a string "text"')
            continue
        items.append(Item(record.get("id", number), record["text"]))
    if problems:
        _fail("unusable input:\n  " + "\n  ".join(problems[:50]))
    return items


def _progress(items: list[Item], label: str) -> Iterator[Item]:
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    if len(items) < PROGRESS_MIN_ITEMS or not console.is_terminal:
        yield from items
        return
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(label, total=len(items))
        for item in items:
            yield item
            progress.advance(task)


def _line(item: Item, verdict: Verdict) -> str:
    record = {
        "id": item.id,
        "action": verdict.action.value,
        "violations": [
            {k: v for k, v in violation.to_dict().items() if k in ("type", "check", "message", "loc")}
            for violation in verdict.violations
        ],
        "text": verdict.text if verdict.text is not None else item.text,
    }
    return json.dumps(record, ensure_ascii=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="guard")
def main() -> None:
    """guard: screen what goes into a language model, validate what comes out."""


@main.command("check")
@click.option(
    "--policy", "policy_path", required=True, type=click.Path(dir_okay=False), help="policy YAML file"
)
@click.option("--stage", type=click.Choice(["output", "input"]), default="output", show_default=True)
@click.argument("source", default="-", metavar="[INPUT]")
def check_command(policy_path: str, stage: str, source: str) -> None:
    """Judge INPUT (a text file, a .jsonl file of {"text", "id"} items, or - for stdin).

    Prints one JSON line per item; exit 0 when all are allowed, 1 when any is rejected.
    """
    policy = _load(policy_path)
    items = _read_items(source)
    engine = engine_for(policy)
    rejected = False
    for item in _progress(items, "checking"):
        try:
            verdict = engine.screen_text(item.text) if stage == "input" else engine.validate_reply(item.text)
        except CheckError as exc:
            _fail(f"item {item.id!r}: {exc}")
        rejected = rejected or not verdict.allowed
        click.echo(_line(item, verdict))
    sys.exit(EXIT_REJECTED if rejected else EXIT_OK)


@main.command("eval")
@click.option(
    "--policy", "policy_path", required=True, type=click.Path(dir_okay=False), help="policy YAML file"
)
@click.option("--stage", type=click.Choice(["input", "output"]), default="input", show_default=True)
@click.option(
    "--data",
    "data_path",
    required=True,
    type=click.Path(dir_okay=False),
    help='JSON Lines of {"text", "label"}',
)
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@click.option("--sweep", "sweep_check", default=None, metavar="CHECK", help="vary this check's threshold")
def eval_command(
    policy_path: str, stage: str, data_path: str, as_json: bool, sweep_check: str | None
) -> None:
    """Measure a policy on labelled data (label 1 = should be rejected).

    Prints detection rate, false-positive rate, precision, F1 and p50/p95 latency per item.
    """
    import dataclasses

    from guard.evaluation import evaluate, load_items

    policy = _load(policy_path)
    try:
        items = load_items(data_path)
    except (OSError, ValueError) as exc:
        _fail(f"unusable data {data_path}: {exc}")
    if not items:
        _fail(f"unusable data {data_path}: no items")

    def judge_for(candidate: Policy) -> Callable[[str], bool]:
        engine = engine_for(candidate)
        if stage == "input":
            return lambda text: not engine.screen_text(text).allowed
        return lambda text: not engine.validate_reply(text).allowed

    def progress(label: str) -> Callable[[Iterator[Any]], Iterator[Any]]:
        return lambda iterator: _progress(list(iterator), label)

    if sweep_check is None:
        report = evaluate(items, judge_for(policy), progress=progress("evaluating"))
        click.echo(
            json.dumps(report.to_dict()) if as_json else f"{policy.name} ({stage}): {report.summary()}"
        )
        return

    stage_checks = policy.input if stage == "input" else policy.output
    index = next((i for i, c in enumerate(stage_checks) if sweep_check in (c.check, c.name)), None)
    if index is None:
        _fail(f"no {stage} check named {sweep_check!r} in {policy_path}")
    target = stage_checks[index]
    if "threshold" not in type(target).model_fields:
        _fail(f"check {sweep_check!r} has no threshold to sweep")
    # The sensitivity levels' calibrated thresholds join the grid, labelled.
    levels: dict[float, str] = {}
    if "sensitivity" in type(target).model_fields:
        for level in ("low", "medium", "high"):
            calibrated = type(target).model_validate(
                {**target.model_dump(), "threshold": None, "sensitivity": level}
            )
            levels.setdefault(round(float(calibrated.threshold), 2), f"sensitivity {level}")  # type: ignore[attr-defined]
    grid = sorted({0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, *levels})
    rows = []
    for threshold in grid:
        data = {**target.model_dump(by_alias=True), "threshold": threshold}
        changed = list(stage_checks)
        changed[index] = type(target).model_validate(data)
        variant = dataclasses.replace(policy, **{stage: tuple(changed)})  # type: ignore[arg-type]
        report = evaluate(items, judge_for(variant), progress=progress(f"threshold {threshold}"))
        rows.append((threshold, report))
    if as_json:
        click.echo(json.dumps([{"threshold": t, "level": levels.get(t), **r.to_dict()} for t, r in rows]))
        return
    for threshold, report in rows:
        label = f"  ({levels[threshold]})" if threshold in levels else ""
        click.echo(f"{sweep_check} threshold {threshold:4.2f}: {report.summary()}{label}")


@main.command("serve")
@click.option(
    "--policy", "policy_path", type=click.Path(dir_okay=False), help="policy YAML for every request"
)
@click.option("--upstream", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="serve config YAML (routes, keys, limits)",
)
@click.option("--host", default=None, help="interface to bind [127.0.0.1]")
@click.option("--port", type=int, default=None, help="port [8000]")
@click.option("--workers", type=int, default=None, help="worker processes [1]")
@click.option("--log-level", default="info", type=click.Choice(["debug", "info", "warning", "error"]))
def serve_command(
    policy_path: str | None,
    upstream: str | None,
    config_path: str | None,
    host: str | None,
    port: int | None,
    workers: int | None,
    log_level: str,
) -> None:
    """Run the OpenAI-compatible validation proxy.

    The upstream's API key comes from GUARD_UPSTREAM_API_KEY or OPENAI_API_KEY.
    """
    import os

    from pydantic import ValidationError as PydanticError

    from guard.proxy.config import ServeConfig, load_serve_config

    overrides = {"host": host, "port": port, "workers": workers, "upstream": upstream}
    local = None
    try:
        if config_path is not None:
            config = load_serve_config(config_path, **overrides, policy=policy_path)
        else:
            if not policy_path or not upstream:
                _fail("give --policy and --upstream, or --config")
            config = ServeConfig(
                policy=str(Path(policy_path).resolve()),
                **{k: v for k, v in overrides.items() if v is not None},
            )
        config.load_policies()  # fail now, with every problem, rather than in a worker
    except PolicyError as exc:
        _fail(str(exc))
    except PydanticError as exc:
        _fail(f"bad option: {exc.errors(include_url=False)[0]['msg']}")
    if config.upstream == "local":
        from guard.local_model import LocalModel, LocalModelError

        click.echo("guard: starting the embedded model (SmolLM2-135M-Instruct on llama.cpp)...", err=True)
        try:
            local = LocalModel().start()
        except LocalModelError as exc:
            _fail(str(exc))
        config = config.model_copy(
            update={"upstream": local.base_url, "upstream_response_format": "json_object_schema"}
        )

    import logging

    import uvicorn

    logging.basicConfig(level=log_level.upper(), format="%(message)s")
    os.environ["GUARD_SERVE_CONFIG"] = config.model_dump_json()
    click.echo(f"guard: proxying {config.upstream} on http://{config.host}:{config.port}/v1", err=True)
    try:
        uvicorn.run(
            "guard.proxy.app:app_from_env",
            factory=True,
            host=config.host,
            port=config.port,
            workers=config.workers,
            log_level=log_level,
        )
    finally:
        if local is not None:
            local.stop()


@main.command("demo")
def demo_command() -> None:
    """Run the proxy in front of the embedded model and show what guard does on a short tour."""
    from guard.demo import run_demo
    from guard.local_model import LocalModelError

    try:
        run_demo()
    except LocalModelError as exc:
        _fail(str(exc))


@main.group("policy")
def policy_group() -> None:
    """Lint and show policy files."""


@policy_group.command("lint")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def lint_command(files: tuple[str, ...]) -> None:
    """Check policy files; print every problem with its location. Exit 2 when any has one."""
    failed = False
    for path in files:
        try:
            policy = load_policy(path)
        except PolicyError as exc:
            failed = True
            click.echo(str(exc), err=True)
            continue
        click.echo(
            f"{path}: ok ({policy.name}: {len(policy.input)} input, {len(policy.output)} output checks"
            f"{', schema' if policy.schema is not None else ''})"
        )
    sys.exit(EXIT_UNUSABLE if failed else EXIT_OK)


@policy_group.command("show")
@click.argument("file", type=click.Path(dir_okay=False))
def show_command(file: str) -> None:
    """Print the policy with every default filled in."""
    import yaml

    policy = _load(file)
    click.echo(yaml.safe_dump(policy.to_dict(), sort_keys=False, allow_unicode=True), nl=False)

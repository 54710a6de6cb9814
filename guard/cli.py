"""The ``guard`` command line.

Exit codes: 0 every item allowed (allow, warn, fix); 1 some item rejected; 2 unusable input or
policy (every problem printed with its location).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from guard.errors import PolicyError
from guard.policy import Policy, load_policy

if TYPE_CHECKING:
    from guard.batch import Format, Stage

__all__ = ["main"]

EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE = 0, 1, 2
PROGRESS_MIN_ITEMS = 50


def _fail(message: str) -> NoReturn:
    click.echo(f"guard: {message}", err=True)
    sys.exit(EXIT_UNUSABLE)


def _load(path: str) -> Policy:
    try:
        return load_policy(path)
    except PolicyError as exc:
        _fail(str(exc))


_T = TypeVar("_T")


def _progress(items: Sequence[_T], label: str) -> Iterator[_T]:
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


def _ray_engine(address: str | None, num_cpus: int) -> ModuleType:
    """guard.ray_engine, connected to Ray until the command ends (``--engine ray``)."""
    try:
        from guard import ray_engine
    except ImportError:
        _fail("--engine ray needs Ray: pip install 'guard[ray]'")
    try:
        click.get_current_context().with_resource(ray_engine.ray_runtime(address, num_cpus))
    except (ConnectionError, RuntimeError, ValueError) as exc:
        _fail(f"cannot start or join Ray ({address or 'local'}): {exc}")
    return ray_engine


def _engine_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option(
                "--engine",
                type=click.Choice(["local", "ray"]),
                default="local",
                show_default=True,
                help="local: this process; ray: Ray Data actors (pip install 'guard[ray]')",
            ),
            click.option("--address", default=None, help="with --engine ray: join this Ray cluster"),
            click.option(
                "--num-cpus",
                type=click.IntRange(min=1),
                default=2,
                show_default=True,
                help="with --engine ray and no --address: CPUs of the local Ray runtime",
            ),
        ]
    ):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="guard")
def main() -> None:
    """guard: screen what goes into a language model, validate what comes out."""


@main.command("check")
@click.option(
    "--policy", "policy_path", required=True, type=click.Path(dir_okay=False), help="policy YAML file"
)
@click.option("--stage", type=click.Choice(["output", "input"]), default="output", show_default=True)
@_engine_options
@click.option(
    "--output", default=None, metavar="DIR", help="write shards to DIR (new or empty) instead of stdout"
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True)
@click.argument("source", default="-", metavar="[INPUT]")
def check_command(
    policy_path: str,
    stage: Stage,
    engine: str,
    address: str | None,
    num_cpus: int,
    output: str | None,
    fmt: Format,
    source: str,
) -> None:
    """Judge INPUT (a text file, a .jsonl file of {"text", "id"} items, a .parquet file with a
    text column, or - for stdin).

    Prints one JSON line per item (or writes shards to --output); exit 0 when all are allowed,
    1 when any is rejected. A check that cannot run blocks its row (a check_error violation).
    """
    from guard.batch import (
        CheckSummary,
        InputError,
        check_record,
        id_type,
        prepare_output,
        read_rows,
        record_line,
        write_shard,
    )

    policy = _load(policy_path)
    try:
        rows = read_rows(source)
        directory = prepare_output(output) if output is not None else None
    except InputError as exc:
        _fail(str(exc))
    if engine == "ray":
        summary = _ray_engine(address, num_cpus).run_check(
            rows, policy, stage, output=directory, fmt=fmt, emit=lambda r: click.echo(record_line(r))
        )
    else:
        from guard.engine import engine_for

        policy_engine, summary, records = engine_for(policy), CheckSummary(), []
        for row in _progress(rows, "checking"):
            record = check_record(policy_engine, stage, row.id, row.text)
            summary.add(record)
            if directory is None:
                click.echo(record_line(record))
            else:
                records.append(record)
        if directory is not None:
            write_shard(directory, 0, records, fmt, id_type(r.id for r in rows))
    if summary.errors:
        click.echo(f"guard: a check could not run on {summary.errors} item(s): blocked", err=True)
    if directory is not None:
        click.echo(
            f"guard: {summary.rows} items, {summary.rejected} rejected, written to {directory}", err=True
        )
    sys.exit(EXIT_REJECTED if summary.rejected else EXIT_OK)


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
    help='JSON Lines of {"text", "label"} (or Parquet with those columns)',
)
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@click.option("--sweep", "sweep_check", default=None, metavar="CHECK", help="vary this check's threshold")
@click.option(
    "--by",
    "by_field",
    default=None,
    metavar="FIELD",
    help="also report per value of this field of each row (e.g. source)",
)
@_engine_options
def eval_command(
    policy_path: str,
    stage: Stage,
    data_path: str,
    as_json: bool,
    sweep_check: str | None,
    by_field: str | None,
    engine: str,
    address: str | None,
    num_cpus: int,
) -> None:
    """Measure a policy on labelled data (label 1 = should be rejected).

    Prints detection rate, false-positive rate, precision, F1 and p50/p95 latency per item;
    with ``--by source``, the same per source (a detector is only as good as on the source it
    never saw).
    """
    import dataclasses

    from guard.batch import judge_for as batch_judge_for
    from guard.batch import read_labelled
    from guard.evaluation import EvalReport, evaluate, evaluate_by

    policy = _load(policy_path)
    try:
        items = read_labelled(data_path)
    except (OSError, ValueError) as exc:
        _fail(f"unusable data {data_path}: {exc}")
    if not items:
        _fail(f"unusable data {data_path}: no items")

    def judge_for(candidate: Policy) -> Callable[[str], bool]:
        return batch_judge_for(candidate, stage)

    def progress(label: str) -> Callable[[Iterator[Any]], Iterator[Any]]:
        return lambda iterator: _progress(list(iterator), label)

    ray_engine = _ray_engine(address, num_cpus) if engine == "ray" else None

    def report_for(candidate: Policy, label: str) -> EvalReport:
        if ray_engine is not None:
            report: EvalReport = ray_engine.run_eval(items, candidate, stage)
            return report
        return evaluate(items, judge_for(candidate), progress=progress(label))

    if by_field is not None:
        if sweep_check is not None:
            _fail("--by and --sweep cannot be combined: sweep one source's data at a time")
        if ray_engine is not None:
            report, groups = ray_engine.run_eval_by(items, policy, stage, by_field)
        else:
            report, groups = evaluate_by(items, judge_for(policy), by_field, progress=progress("evaluating"))
        if as_json:
            by = {"field": by_field, "groups": {name: r.to_dict() for name, r in groups.items()}}
            click.echo(json.dumps({**report.to_dict(), "by": by}))
            return
        click.echo(f"{policy.name} ({stage}): {report.summary()}")
        for name, group in groups.items():
            click.echo(f"  {by_field}={name}: {group.summary()}")
        return

    if sweep_check is None:
        report = report_for(policy, "evaluating")
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
        report = report_for(variant, f"threshold {threshold}")
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
    metrics_dir = _multiprocess_metrics(config.workers)
    try:
        uvicorn.run(
            "guard.proxy.app:app_from_env",
            factory=True,
            host=config.host,
            port=config.port,
            workers=config.workers,
            log_level=log_level,
            # SIGTERM: stop accepting, give requests in flight a few seconds, then go.
            timeout_graceful_shutdown=5,
        )
    finally:
        if local is not None:
            local.stop()
        if metrics_dir is not None:
            import shutil

            shutil.rmtree(metrics_dir, ignore_errors=True)


def _multiprocess_metrics(workers: int) -> str | None:
    """With several workers, a fresh directory for prometheus_client's multiprocess mode (set
    before the workers start, so /metrics on any of them sums all); returned to be removed at
    exit. A directory the caller set is used as it is and kept."""
    import os
    import tempfile

    if workers <= 1 or os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return None
    path = tempfile.mkdtemp(prefix="guard-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
    return path


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


def _add_audit() -> None:
    from guard.audit_cli import audit_group

    main.add_command(audit_group)


_add_audit()

"""Benchmark: does the re-ask loop get valid structured output, and at what cost?

guard (each strategy) against Instructor (``Mode.TOOLS``, ``Mode.JSON``, ``Mode.MD_JSON``) and
Guardrails AI on the embedded SmolLM2-135M-Instruct served by llama.cpp: 40 extraction tasks in
four tiers (``bench/reask_tasks.py``), temperature 0, seed 0, ``max_tokens`` 256, at most 3
model calls per task. Every system's final answer is judged by the same Pydantic model.

Prints, per system and per tier: valid on the first call, valid at the end, model calls per
task, prompt tokens per task, seconds per task; and for the easy tier a semantic spot-check
(how many answers hold exactly the expected values). A benchmark, not a test: it never fails on
a figure.

    .venv/bin/python bench/reask.py --setup-peers      # once: Instructor + Guardrails AI in .venv-peers
    .venv/bin/python bench/reask.py                    # every system (about 30 minutes on 2 cores)
    .venv/bin/python bench/reask.py --systems guard-structured,instructor-tools --tasks t2-07,t4-01

The peers run in their own virtual environment (``.venv-peers``, git-ignored) through
``bench/reask_peers.py``, with their telemetry off; without it the script measures guard alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import venv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from guard import OpenAIChat, Policy
from guard.errors import GuardError, ReaskExhausted
from guard.local_model import LocalModel
from guard.policy import ReaskConfig
from guard.reask import run

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from reask_tasks import TASKS, TIERS, Task  # noqa: E402

PEERS_VENV = HERE.parent / ".venv-peers"
PEER_PACKAGES = ("instructor==1.17.0", "guardrails-ai==0.11.0", "openai")
ATTEMPTS = 3

#: guard's systems: (strategy, constrain, client style).
GUARD_SYSTEMS: dict[str, tuple[str, str, str]] = {
    "guard-structured": ("structured", "first", "json_object_schema"),
    "guard-structured-tool": ("structured", "first", "tool"),
    "guard-structured-reask-only": ("structured", "reask", "json_object_schema"),
    "guard-prompt": ("prompt", "never", "none"),
}
PEER_SYSTEMS = ("instructor-tools", "instructor-json", "instructor-md-json", "guardrails")


@dataclass
class Record:
    """One task's result for one system."""

    task: Task
    value: Any
    calls: int
    prompt_tokens: int
    seconds: float

    @property
    def valid(self) -> bool:
        if self.value is None:
            return False
        try:
            self.task.model.model_validate(self.value)
        except ValidationError:
            return False
        return True

    @property
    def first_valid(self) -> bool:
        return self.valid and self.calls == 1

    @property
    def exact(self) -> bool:
        """The easy tier's spot-check: every expected value there (case and spaces aside)."""
        if not self.valid or not isinstance(self.value, dict):
            return False
        return all(
            str(self.value.get(key, "")).strip().casefold() == str(expected).casefold()
            for key, expected in self.task.expected.items()
        )


def run_guard(name: str, base_url: str, tasks: Sequence[Task], max_tokens: int) -> list[Record]:
    strategy, constrain, style = GUARD_SYSTEMS[name]
    client = OpenAIChat(
        base_url,
        model="local",
        api_key="unused",
        timeout=300,
        max_retries=0,
        params={"temperature": 0, "seed": 0, "max_tokens": max_tokens},
        response_format_style=style,  # type: ignore[arg-type]
    )
    records = []
    with client:
        for task in tasks:
            config = ReaskConfig(
                max_attempts=ATTEMPTS,
                max_total_tokens=None,
                deadline_s=600,
                strategy=strategy,  # type: ignore[arg-type]
                constrain=constrain,  # type: ignore[arg-type]
            )
            policy = Policy(schema=task.model, reask=config)
            started = time.perf_counter()
            try:
                outcome = run(policy, client, task.messages())
                attempts, value = outcome.attempts, outcome.value.model_dump()
            except ReaskExhausted as exc:
                attempts, value = exc.attempts, None
            seconds = time.perf_counter() - started
            prompt = sum(a.usage.prompt_tokens for a in attempts)
            records.append(Record(task, value, len(attempts), prompt, seconds))
            print(
                f"  {name} {task.id}: {'valid' if value else 'INVALID'} in {len(attempts)}", file=sys.stderr
            )
    return records


def run_peer(name: str, base_url: str, tasks: Sequence[Task], max_tokens: int) -> list[Record]:
    by_id = {task.id: task for task in tasks}
    command = [
        str(PEERS_VENV / "bin" / "python"),
        str(HERE / "reask_peers.py"),
        "--base-url",
        base_url,
        "--system",
        name,
        "--max-tokens",
        str(max_tokens),
        "--attempts",
        str(ATTEMPTS),
        "--tasks",
        ",".join(by_id),
    ]
    records = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            got = json.loads(line)
            task = by_id[got["task"]]
            records.append(Record(task, got["value"], got["calls"], got["prompt_tokens"], got["seconds"]))
            print(
                f"  {name} {task.id}: {'valid' if got['value'] else 'INVALID'} in {got['calls']}",
                file=sys.stderr,
            )
    return records


def summarize(name: str, records: Sequence[Record]) -> dict[str, Any]:
    def figures(rows: Sequence[Record]) -> dict[str, Any]:
        count = len(rows) or 1
        return {
            "tasks": len(rows),
            "first_valid": sum(r.first_valid for r in rows),
            "final_valid": sum(r.valid for r in rows),
            "calls_per_task": sum(r.calls for r in rows) / count,
            "prompt_tokens_per_task": sum(r.prompt_tokens for r in rows) / count,
            "seconds_per_task": statistics.fmean(r.seconds for r in rows) if rows else 0.0,
        }

    easy = [r for r in records if r.task.tier == 1]
    return {
        "system": name,
        "all": figures(records),
        "tiers": {tier: figures([r for r in records if r.task.tier == tier]) for tier in TIERS},
        "easy_exact": sum(r.exact for r in easy),
        "easy_tasks": len(easy),
    }


def print_table(results: Sequence[dict[str, Any]]) -> None:
    header = f"{'system':30} {'1st valid':>10} {'final':>8} {'calls/task':>11} {'prompt tok/task':>16} {'s/task':>7}"
    print(header)
    print("-" * len(header))
    for result in results:
        row = result["all"]
        n = row["tasks"]
        print(
            f"{result['system']:30} {row['first_valid']:>5}/{n:<4} {row['final_valid']:>3}/{n:<4}"
            f" {row['calls_per_task']:>11.2f} {row['prompt_tokens_per_task']:>16.0f} {row['seconds_per_task']:>7.2f}"
        )
    print()
    print("per tier (final valid / tasks, calls per task):")
    print(f"{'system':30} " + " ".join(f"{'tier ' + str(t):>16}" for t in TIERS))
    for result in results:
        cells = []
        for tier in TIERS:
            row = result["tiers"][tier]
            cells.append(f"{row['final_valid']:>3}/{row['tasks']:<3} {row['calls_per_task']:>5.2f} c")
        print(f"{result['system']:30} " + " ".join(f"{c:>16}" for c in cells))
    print()
    print("easy tier, semantic spot-check (answers holding exactly the expected values):")
    for result in results:
        print(f"  {result['system']:30} {result['easy_exact']}/{result['easy_tasks']}")


def setup_peers() -> None:
    """Create ``.venv-peers`` with Instructor and Guardrails AI (ordinary pip, from the index)."""
    if not (PEERS_VENV / "bin" / "python").exists():
        venv.create(PEERS_VENV, with_pip=True)
    (PEERS_VENV / ".gitignore").write_text("*\n")
    pip = [str(PEERS_VENV / "bin" / "python"), "-m", "pip", "install", "-q", *PEER_PACKAGES]
    subprocess.run(pip, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--systems", default=",".join([*GUARD_SYSTEMS, *PEER_SYSTEMS]))
    parser.add_argument("--tasks", default="", help="comma-separated task ids (default: all 40)")
    parser.add_argument(
        "--base-url", help="an already running llama.cpp server (default: start the embedded model)"
    )
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads (default: all cores)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--setup-peers", action="store_true", help="create .venv-peers and exit")
    args = parser.parse_args()
    if args.setup_peers:
        setup_peers()
        return
    wanted = set(filter(None, args.tasks.split(",")))
    tasks = [task for task in TASKS if not wanted or task.id in wanted]
    systems = [name for name in args.systems.split(",") if name]
    unknown = [n for n in systems if n not in GUARD_SYSTEMS and n not in PEER_SYSTEMS]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}")
    have_peers = (PEERS_VENV / "bin" / "python").exists()
    if not have_peers and any(n in PEER_SYSTEMS for n in systems):
        print("peers: SKIPPED (no .venv-peers; run with --setup-peers first)", file=sys.stderr)
        systems = [n for n in systems if n in GUARD_SYSTEMS]

    server = None if args.base_url else LocalModel(n_ctx=2048, threads=args.threads).start()
    base_url = args.base_url or server.base_url  # type: ignore[union-attr]
    results = []
    try:
        for name in systems:
            runner: Callable[..., list[Record]] = run_guard if name in GUARD_SYSTEMS else run_peer
            try:
                records = runner(name, base_url, tasks, args.max_tokens)
            except (GuardError, OSError, subprocess.SubprocessError) as exc:
                print(f"{name}: FAILED ({type(exc).__name__}: {exc})", file=sys.stderr)
                continue
            results.append(summarize(name, records))
    finally:
        if server is not None:
            server.stop()
    print(
        f"\n{len(tasks)} tasks, SmolLM2-135M-Instruct Q4_1 on llama-cpp-python, temperature 0, seed 0, "
        f"max_tokens {args.max_tokens}, at most {ATTEMPTS} calls; python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores\n"
    )
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

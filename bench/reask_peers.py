"""The peers' side of ``bench/reask.py``: Instructor and Guardrails AI on the same tasks.

Runs in its own virtual environment (``.venv-peers``, made by ``bench/reask.py --setup-peers``)
so the peers' dependencies never touch guard's. Prints one JSON object per task on stdout.
Telemetry is off before anything is imported: ``OTEL_SDK_DISABLED`` (Guardrails' OpenTelemetry
spans become no-ops), ``LITELLM_LOCAL_MODEL_COST_MAP`` (no price-map fetch) and
``allow_metrics_collection=False`` on every Guardrails ``Guard``.

    .venv-peers/bin/python bench/reask_peers.py --base-url http://127.0.0.1:PORT/v1 --system instructor-tools
"""

from __future__ import annotations

import os

os.environ.setdefault("OTEL_SDK_DISABLED", "true")
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("GUARDRAILS_RUN_SYNC", "true")

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

from reask_tasks import TASKS, Task

SYSTEMS = ("instructor-tools", "instructor-json", "instructor-md-json", "guardrails")


class Meter:
    """Counts calls and prompt tokens from the responses the OpenAI client receives."""

    def __init__(self) -> None:
        self.calls = 0
        self.prompt_tokens = 0

    def hook(self, response: httpx.Response) -> None:
        if not response.url.path.endswith("/chat/completions"):
            return
        response.read()
        self.calls += 1
        with contextlib.suppress(ValueError, KeyError, TypeError):
            self.prompt_tokens += int(response.json()["usage"]["prompt_tokens"])


def run_instructor(task: Task, client: Any, settings: dict[str, Any], attempts: int) -> Any:
    result = client.chat.completions.create(
        response_model=task.model, messages=task.messages(), max_retries=attempts - 1, **settings
    )
    return result.model_dump()


def run_guardrails(task: Task, client: Any, settings: dict[str, Any], attempts: int) -> Any:
    import guardrails

    def llm(messages: list[dict[str, str]] | None = None, **kwargs: Any) -> str:
        reply = client.chat.completions.create(messages=messages, **settings)
        return reply.choices[0].message.content or ""

    gd = guardrails.Guard.for_pydantic(task.model)
    gd.configure(allow_metrics_collection=False)
    outcome = gd(llm, messages=task.messages(), num_reasks=attempts - 1)
    return outcome.validated_output if outcome.validation_passed else None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--system", choices=SYSTEMS, required=True)
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--attempts", type=int, default=3)
    parser.add_argument("--tasks", default="", help="comma-separated task ids (default: all)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    import openai

    meter = Meter()
    http = httpx.Client(event_hooks={"response": [meter.hook]}, timeout=300)
    client = openai.OpenAI(base_url=args.base_url, api_key="unused", http_client=http, max_retries=0)
    settings = {"model": "local", "temperature": 0, "seed": 0, "max_tokens": args.max_tokens}
    if args.system.startswith("instructor"):
        import instructor

        mode = {
            "instructor-tools": instructor.Mode.TOOLS,
            "instructor-json": instructor.Mode.JSON,
            "instructor-md-json": instructor.Mode.MD_JSON,
        }[args.system]
        runner, target = run_instructor, instructor.from_openai(client, mode=mode)
    else:
        runner, target = run_guardrails, client
    wanted = set(filter(None, args.tasks.split(",")))
    for task in TASKS:
        if wanted and task.id not in wanted:
            continue
        meter.calls = meter.prompt_tokens = 0
        started = time.perf_counter()
        try:
            value = runner(task, target, settings, args.attempts)
            error = None
        except Exception as exc:  # a peer that gives up raises its own error type
            value, error = None, type(exc).__name__
        record = {
            "task": task.id,
            "value": value,
            "error": error,
            "calls": meter.calls,
            "prompt_tokens": meter.prompt_tokens,
            "seconds": time.perf_counter() - started,
        }
        print(json.dumps(record, default=str), flush=True)


if __name__ == "__main__":
    main()

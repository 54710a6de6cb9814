"""The whole default check on every source, per source: found and flagged, to compare revisions.

The figures the issue-11 notes report as "whole check, session start -> end": the default
``PromptInjection()`` or ``Toxicity()`` (every signal, second readings and all) on every row of
the development sources that matter for a change (injecagent: every fourth row) and on the
frozen hard cases, grouped as the probe-frozen categories (``pNN_...``), the older ones and an
optional prefix (``--probe p21``). Each text is judged once; no threshold is tuned here.

    python bench/whole_check.py injection            # ~8 min on 2 cores
    python bench/whole_check.py toxicity --probe p21 # ~3 min
    # against an older revision: a worktree, with the working tree's hard cases copied in
    git worktree add /tmp/base <rev> && cp tests/data/hard_cases.yaml /tmp/base/tests/data/
    (cd /tmp/base && PYTHONPATH=/tmp/base python /path/to/bench/whole_check.py injection)

``--out FILE`` writes every verdict as JSON ({source: [[text, label, flagged], ...]}) to diff two
runs row by row.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

# The checkout to measure is the current directory (a worktree of another revision runs its own
# code with PYTHONPATH set to it).
sys.path.insert(0, str(Path.cwd()))

from guard.checks.base import Context
from train.corpus import rows

_INJECTION_SOURCES = ("deepset", "bastioncorpus", "garak", "agentdojo", "injecagent", "awesome")
_SURGE = Path(__file__).resolve().parents[2] / "shared" / "data" / "toxicity" / "surgeai-toxicity.csv"
_FROZEN_PROBE = re.compile(r"p\d{2,3}[a-z]?_")  # p24b_, p29b_, p100_ too


def _hard_cases(task: str, probe: str | None) -> dict[str, list[tuple[str, int]]]:
    table: dict[str, Any] = yaml.safe_load(Path("tests/data/hard_cases.yaml").read_text(encoding="utf-8"))
    out: dict[str, list[tuple[str, int]]] = {}
    for category, spec in table[task].items():
        if probe and category.startswith(probe + "_"):
            group = f"hard cases {probe}"
        elif _FROZEN_PROBE.match(category):
            group = "hard cases p10 and later"
        else:
            group = "hard cases, older and p6-p9"
        out.setdefault(group, []).extend((text, int(spec["label"])) for text in spec["cases"])
    return out


def _sources(task: str, probe: str | None) -> dict[str, list[tuple[str, int]]]:
    selected: dict[str, list[tuple[str, int]]] = {}
    if task == "injection":
        for row in rows("injection", verbose=False):
            name = row.source.split("/")[-1].lower()
            if any(key in name for key in _INJECTION_SOURCES):
                selected.setdefault(name, []).append((row.text, row.label))
        for name in list(selected):
            if "injecagent" in name:
                selected[name] = selected[name][::4]
        task_key = "prompt_injection"
    else:
        if _SURGE.exists():
            with _SURGE.open(encoding="utf-8") as handle:
                selected["surgeai"] = [
                    (r["text"], int(r["is_toxic"] == "Toxic")) for r in csv.DictReader(handle)
                ]
        task_key = "toxicity"
    selected.update(_hard_cases(task_key, probe))
    return selected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("task", choices=("injection", "toxicity"))
    parser.add_argument("--probe", help="a frozen probe's prefix to report apart, e.g. p21")
    parser.add_argument("--out", type=Path, help="write every verdict as JSON")
    args = parser.parse_args()
    if args.task == "injection":
        from guard.checks.injection import PromptInjection

        check: Any = PromptInjection()
    else:
        from guard.checks.toxicity import Toxicity

        check = Toxicity()
    verdicts: dict[str, list[tuple[str, int, bool]]] = {}
    for source, items in sorted(_sources(args.task, args.probe).items()):
        judged = [(text, label, bool(check(text, Context()).violations)) for text, label in items]
        positives = sum(label for _, label, _ in judged)
        found = sum(flagged and label for _, label, flagged in judged)
        flagged = sum(flagged and not label for _, label, flagged in judged)
        print(
            f"{source:32s} found {found}/{positives}  flagged {flagged}/{len(judged) - positives}", flush=True
        )
        verdicts[source] = judged
    if args.out:
        args.out.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()

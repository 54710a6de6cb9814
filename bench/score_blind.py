"""Score a blind set (JSONL rows with ``text``, ``label`` 1/0, ``category``, ``lang``) with the
default check: found and flagged per category and per language, and F1.

    python bench/score_blind.py toxicity bench/blind/p90_tox.jsonl [--out verdicts.json]
    python bench/score_blind.py injection bench/blind/p91_inj.jsonl

Run it in a checkout (the current directory's code is measured: a ``git worktree`` of another
revision runs its own code). ``--out`` writes every row with its verdict, to diff two revisions.
Sets are scored before anyone reads them (bench/blind/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from guard.checks.base import Context


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=["injection", "toxicity"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.check == "injection":
        from guard.checks.injection import PromptInjection

        check = PromptInjection()
    else:
        from guard.checks.toxicity import Toxicity

        check = Toxicity()  # type: ignore[assignment]
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_category: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    verdicts = []
    for row in rows:
        label = 1 if row["label"] in (1, "1", "harmful", "attack") else 0
        flagged = bool(check(row["text"], Context()).violations)
        per_category[(label, row.get("category", ""))][0] += flagged
        per_category[(label, row.get("category", ""))][1] += 1
        counts = per_language[row.get("lang", "")]
        counts[0 if label else 2] += flagged
        counts[1 if label else 3] += 1
        verdicts.append({**row, "label": label, "flagged": flagged})
    for (label, category), (flagged, total) in sorted(per_category.items()):
        print(f"{label} {category:32s} {flagged}/{total}")
    print("language  found  flagged")
    for lang, (found, harmful, fp, benign) in sorted(per_language.items()):
        print(f"{lang:8s}  {found}/{harmful}  {fp}/{benign}")
    tp = sum(v["flagged"] for v in verdicts if v["label"])
    fp = sum(v["flagged"] for v in verdicts if not v["label"])
    positives = sum(v["label"] for v in verdicts)
    precision, recall = tp / max(tp + fp, 1), tp / max(positives, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"found {tp}/{positives} flagged {fp}/{len(verdicts) - positives} F1 {f1:.3f}")
    if args.out:
        args.out.write_text(json.dumps(verdicts, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()

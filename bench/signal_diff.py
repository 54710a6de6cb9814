"""What a change to the deterministic readings does to every text we have, against a base revision.

The injection signals, the harm signals and the toxicity check's hate patterns are regular
expressions: each family added for a probe's misses may also fire on benign text nobody looked
at. This script reads every development row of both tasks (``train.corpus.rows``), every hard case
(``tests/data/hard_cases.yaml``) and, with ``--extra``, JSONL files of ``{"text", "label"}``, with
the working tree's code and with the code of ``BASE`` (a ``git worktree`` in a temporary
directory, removed afterwards), and prints every benign text that gains a reading and every
harmful one that loses one, then the counts per source. Each side takes about 4-5 minutes on 2
cores.

    python bench/signal_diff.py bd1524d
    python bench/signal_diff.py HEAD~3 --extra /tmp/probe.jsonl

The readings compared per text: ``deterministic_signals`` (injection), ``harm_signals`` and, per
sentence, the toxicity check's requested mockery (``_MOCKING_REQUEST``), innate inferiority,
coded hate and the implicit-hate tropes (``guard.checks.hate_tropes``). "No benign row gains a reading" is the bar the sixteenth session's changes were
held to (bench/README.md).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run inside a checkout (the working tree or the base worktree): prints one JSON object per text.
_DUMP = r"""
import json, sys
sys.path.insert(0, ".")
import yaml
from train.corpus import rows
from guard.checks.injection_signals import deterministic_signals
from guard.checks.harm_signals import harm_signals
from guard.checks import toxicity as T
from guard.checks.segmentation import sentence_chunks

texts = {}
for task in ("injection", "toxicity"):
    for r in rows(task, verbose=False):
        texts.setdefault(r.text, (f"{task}:{r.source}", r.label))
with open(sys.argv[1], encoding="utf-8") as handle:
    cases = yaml.safe_load(handle)
for task, categories in cases.items():
    for category, spec in categories.items():
        for text in spec["cases"]:
            texts.setdefault(text, (f"hard:{category}", spec["label"]))
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                texts.setdefault(row["text"], (f"extra:{row.get('category', path)}", row["label"]))
for text, (source, label) in texts.items():
    hate = set()
    for start, end in sentence_chunks(text)[:256]:
        sentence = T.reading_text(text[start:end])
        if T._MOCKING_REQUEST.search(sentence):
            hate.add("mocking_request")
        if T._innate_inferiority(sentence):
            hate.add("innate_inferiority")
        if T._coded_hate(sentence):
            hate.add("coded_hate")
        try:  # since the thirty-first session (a base revision before it has no such module)
            from guard.checks.hate_tropes import hate_trope
        except ImportError:
            hate_trope = None
        if hate_trope is not None and hate_trope(sentence):
            hate.add("hate_trope")
    readings = sorted({s for s, _ in deterministic_signals(text)} | {h for h, _ in harm_signals(text)} | hate)
    print(json.dumps([text, source, label, readings]))
"""


def _dump(checkout: Path, extra: list[str]) -> dict[str, tuple[str, int, set[str]]]:
    """``text -> (source, label, readings)`` with the code in ``checkout``; the hard cases are the
    working tree's, so both sides read the same texts."""
    result = subprocess.run(
        [sys.executable, "-c", _DUMP, str(ROOT / "tests/data/hard_cases.yaml"), *extra],
        cwd=checkout,
        env={**os.environ, "PYTHONPATH": str(checkout)},
        capture_output=True,
        text=True,
        check=True,
    )
    out = {}
    for line in result.stdout.split("\n"):
        if not line:
            continue
        text, source, label, readings = json.loads(line)
        out[text] = (source, int(label), set(readings))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the revision to compare the working tree against")
    parser.add_argument("--extra", nargs="*", default=[], help='JSONL files of {"text", "label"} to read too')
    args = parser.parse_args()
    extra = [str(Path(p).resolve()) for p in args.extra]
    with tempfile.TemporaryDirectory() as tmp:
        base_dir = Path(tmp) / "base"
        subprocess.run(["git", "worktree", "add", "-f", "-q", str(base_dir), args.base], cwd=ROOT, check=True)
        try:
            before = _dump(base_dir, extra)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base_dir)], cwd=ROOT, check=False)
            subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=False)
    after = _dump(ROOT, extra)
    gained: collections.Counter[tuple[str, str]] = collections.Counter()
    lost: collections.Counter[tuple[str, str]] = collections.Counter()
    bad = 0
    for text, (source, label, now) in after.items():
        if text not in before:
            continue
        was = before[text][2]
        kind = "harmful" if label else "benign"
        if now - was:
            gained[(kind, source)] += 1
        if was - now:
            lost[(kind, source)] += 1
        if (label == 0 and now - was) or (label == 1 and was - now):
            bad += 1
            print(
                f"{'GAIN' if now - was else 'LOSE'} {source} label={label} {sorted(was)} -> {sorted(now)}: {text[:200]!r}"
            )
    print(f"\n{len(after)} texts read; gained: {dict(gained)}\nlost: {dict(lost)}")
    print(f"benign texts that gain a reading or harmful ones that lose one: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

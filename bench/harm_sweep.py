"""The toxicity check at several operating points of the harm branch, to compare branch runs.

What ``train/README.md`` (harm branch runs 29-32) reports as "choice" and per-set figures: the
whole ``Toxicity(cascade=False)`` (every signal and second reading; the first stage off, so a new
branch is measured without distilling a first stage for it) on

- the frozen hard cases: the moderation probes p24-p30, the other probe-frozen categories
  (``pNN_``, p10 and later) and the older ones;
- Surge AI (never trained on) and 300 benign rows of every other toxicity source;
- 300 benign prompts of every injection source;
- any JSONL files given with ``--extra`` (text, label, category: blind sets, development sets),
  each its own set.

"choice" sums the first three, the sets run 26's rule reads: going down from the shipped
operating point, the hard cases must gain at least one find per extra flag (theirs and the
benign rows' together). The encoder's raw outputs are kept by token ids, so each extra operating
point costs only the check's own work.

    # runs 29-32 (train/README.md): p31-p34 given as blind sets, so left out of the hard cases
    python bench/harm_sweep.py 1.75,1.5,1.25 --skip 'p3[1-4]_' --extra p34_hate.jsonl --out v.json
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path.cwd()))

from guard.checks.base import Context
from guard.checks.encoder import get_encoder
from guard.checks.toxicity import Toxicity
from train.corpus import rows

_POSITIVE = ("attack", "harmful", 1, "1")
_MODERATION = re.compile(r"p2[4-9]b?_tox_moderation|p30_tox_moderation")
_FROZEN_PROBE = re.compile(r"p(\d\d)")


def _sets(extra: list[str], skip: str | None) -> dict[str, list[tuple[str, int]]]:
    rng = random.Random(0)
    sets: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    for path in extra:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        sets["extra:" + Path(path).stem] = [
            (r["text"], int(r["label"] in _POSITIVE)) for r in map(json.loads, lines) if r
        ]
    for row in rows("toxicity", verbose=False):
        if row.source == "surgeai":
            sets["tox:surgeai"].append((row.text, row.label))
        elif row.label == 0 and not row.source.startswith("guard"):
            sets["tox:" + row.source].append((row.text, 0))
    for row in rows("injection", verbose=False):
        if row.label == 0:
            sets["inj:" + row.source.split("/")[-1].lower()].append((row.text, 0))
    for name in list(sets):
        if name.startswith(("tox:", "inj:")) and name != "tox:surgeai":
            rng.shuffle(sets[name])
            sets[name] = sets[name][:300]
    table = yaml.safe_load(Path("tests/data/hard_cases.yaml").read_text(encoding="utf-8"))["toxicity"]
    for category, spec in table.items():
        if skip and re.match(skip, category):
            continue
        probe = _FROZEN_PROBE.match(category)
        if _MODERATION.match(category):
            group = "hard:moderation"
        elif probe and int(probe.group(1)) >= 10:
            group = "hard:p10+"
        else:
            group = "hard:older"
        sets[group] += [(text, int(spec["label"])) for text in spec["cases"]]
    return sets


class _KeptOutputs:
    """An onnxruntime session that answers a repeated input from memory (outputs are raw, before
    the encoder's calibration bias, so changing the bias needs no new pass)."""

    def __init__(self, session: Any) -> None:
        self._session = session
        self._kept: dict[bytes, Any] = {}

    def run(self, names: Any, feeds: dict[str, Any]) -> Any:
        key = feeds["input_ids"].tobytes()
        if key not in self._kept:
            self._kept[key] = self._session.run(names, feeds)
        return self._kept[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("points", help="operating points (raw logits), comma-separated: 1.75,1.5")
    parser.add_argument("--extra", action="append", default=[], help="a JSONL set (text, label)")
    parser.add_argument(
        "--skip", help="hard-case categories to leave out (a regex): probes given with --extra"
    )
    parser.add_argument("--out", help="write every verdict as JSON ({set@point: [[text, label, flagged]]})")
    args = parser.parse_args()
    points = [float(p) for p in args.points.split(",")]
    sets = _sets(args.extra, args.skip)
    check = Toxicity(cascade=False)
    ctx = Context()
    check("warm-up", ctx)
    encoder = get_encoder()
    encoder._session = _KeptOutputs(encoder._session)  # a bench: outputs kept, not changed
    verdicts: dict[str, list[list[Any]]] = {}
    totals: dict[tuple[str, float], list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for name in sorted(sets):
        line = f"{name:32s}"
        for point in points:
            encoder._bias[2] = -point  # the branch's operating point
            flags = [bool(check(text, ctx).violations) for text, _ in sets[name]]
            verdicts[f"{name}@{point}"] = [[t, y, f] for (t, y), f in zip(sets[name], flags, strict=True)]
            found = sum(f and y for f, (_, y) in zip(flags, sets[name], strict=True))
            flagged = sum(f and not y for f, (_, y) in zip(flags, sets[name], strict=True))
            positives = sum(y for _, y in sets[name])
            line += f" | {point}: {found}/{positives} {flagged}/{len(flags) - positives}"
            if not name.startswith("extra:"):
                total = totals[("choice", point)]
                total[0] += found
                total[1] += positives
                total[2] += flagged
                total[3] += len(flags) - positives
        print(line, flush=True)
    print(
        f"{'choice':32s}"
        + "".join(f" | {p}: {t[0]}/{t[1]} {t[2]}/{t[3]}" for p in points for t in [totals[("choice", p)]])
    )
    if args.out:
        Path(args.out).write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()

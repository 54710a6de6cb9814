"""Freeze scored blind sets into the hard-case table (bench/blind/README.md says when).

    python bench/freeze_blind.py tox:90:bench/blind/p90_tox.jsonl inj:91:bench/blind/p91_inj.jsonl

Each ``KIND:NN:FILE`` (KIND ``tox`` or ``inj``) becomes two categories of
``tests/data/hard_cases.yaml``, ``pNN_tox_harmful_NN`` / ``pNN_tox_benign_NN`` (or ``attack`` /
``benign`` for injection), appended to the check's section. A row is left out when the table
already holds it, or when it is training text in the sense of
``tests/checks/test_hard_cases.py::test_hard_cases_are_not_training_data``: a line of a training
file, or, at 20 characters or more, part of one (helpers writing apart repeat whole sentences; the
forty-seventh session froze one that a training row held inside a longer text). Run it after new
training sets are copied into ``train/``. Rows are written, never printed: the sets are still unread.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TABLE = ROOT / "tests" / "data" / "hard_cases.yaml"


def main() -> None:
    specs = sys.argv[1:]
    if not specs:
        sys.exit(__doc__)
    text = TABLE.read_text(encoding="utf-8")
    table = yaml.safe_load(text)
    have = {t for task in table.values() for spec in task.values() for t in spec["cases"]}
    from train.corpus import guard_training_text

    training, synthetic = guard_training_text()
    lines = set(training.splitlines())

    def is_training(t: str) -> bool:
        return t in lines or (len(t) >= 20 and t in training) or t.casefold() in synthetic

    blocks = {"inj": "", "tox": ""}
    for spec in specs:
        kind, number, file = spec.split(":", 2)
        if kind not in blocks:
            sys.exit(f"{spec}: KIND must be tox or inj")
        rows = [
            json.loads(line) for line in Path(file).read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        positive = "attack" if kind == "inj" else "harmful"
        for label, word in ((1, positive), (0, "benign")):
            cases: list[str] = []
            dropped = 0
            for row in rows:
                t = row["text"]
                if (1 if row["label"] in (1, "1", "harmful", "attack") else 0) != label:
                    continue
                if t in have or t in cases or is_training(t):
                    dropped += 1
                    continue
                cases.append(t)
            have.update(cases)
            name = f"p{number}_{kind}_{word}_{number}"
            dumped = yaml.safe_dump(
                {name: {"label": label, "cases": cases}}, allow_unicode=True, width=100000, sort_keys=False
            )
            blocks[kind] += "".join("  " + line + "\n" for line in dumped.splitlines())
            print(f"{spec}: {name} {len(cases)} rows, {dropped} left out")
    cut = text.index("\ntoxicity:\n") + 1
    text = text[:cut] + blocks["inj"] + text[cut:]
    if not text.endswith("\n"):
        text += "\n"
    text += blocks["tox"]
    yaml.safe_load(text)
    TABLE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

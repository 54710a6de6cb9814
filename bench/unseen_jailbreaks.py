"""Build an evaluation-only set of jailbreak prompts no guard model was trained on.

Source: the jailbreak templates shipped in the ``pyrit`` wheel (Microsoft PyRIT, MIT), pinned
below and fetched with ``pip download --no-deps`` (nothing of PyRIT is installed or run):

* ``pyrit-in-the-wild``: community jailbreak prompts collected by the TrustAIRLab "in the wild"
  study (Shen et al., 2024), which PyRIT turned into one-slot templates;
* ``pyrit-templates``: the named templates (jailbreakchat-era personas, Pliny, Arth Singh ...);
* ``pyrit-sysprompt``: garak's and ps-fuzz's system-prompt extraction prompts.

Each template's ``{{ prompt }}`` slot is filled with one of AdvBench's harmful requests (shipped in
the same wheel), chosen with a fixed seed. Every row is label 1: the set measures detection on
jailbreak shapes guard never trained on; false positives are measured on the benign sources.
Rows whose normalised sha256 is in ``../shared/data/heldout-sha256.txt`` are dropped (and counted)
so this set never overlaps what guard is measured on elsewhere.

Usage (writes JSON Lines, then score any policy with ``guard eval --by source``)::

    python bench/unseen_jailbreaks.py /tmp/unseen_jailbreaks.jsonl
    guard eval --policy injection-only.yaml --data /tmp/unseen_jailbreaks.jsonl --by source

Never train on this file: it is the one jailbreak-template source left out of every model.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from train.corpus import heldout_hashes, norm_hash

PYRIT = "pyrit==1.1.0"
SEED = 0
_SLOT = re.compile(r"\{\{\s*prompt\s*\}\}")
_RAW = re.compile(r"\{%-?\s*(end)?raw\s*-?%\}")


def _wheel(directory: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(directory), PYRIT],
        check=True,
    )
    return next(directory.glob("pyrit-*.whl"))


def _render(template: str, request: str) -> str | None:
    if not _SLOT.search(template) or "{{" in _SLOT.sub("", _RAW.sub("", template)):
        return None  # no slot, or more parameters than the one we fill
    return _SLOT.sub(request, _RAW.sub("", template)).strip()


def rows(wheel: Path) -> list[dict[str, Any]]:
    """The labelled rows built from ``wheel``."""
    rng = random.Random(SEED)
    out: list[dict[str, Any]] = []
    with zipfile.ZipFile(wheel) as zf:
        names = sorted(zf.namelist())
        advbench = yaml.safe_load(zf.read("pyrit/datasets/seed_datasets/local/adv_bench.prompt"))
        requests = [seed["value"] for seed in advbench["seeds"]]
        for name in names:
            if not name.startswith("pyrit/datasets/jailbreak/templates/") or not name.endswith(".yaml"):
                continue
            if "/multi_parameter/" in name:
                continue
            doc = yaml.safe_load(zf.read(name))
            if not isinstance(doc, dict) or not isinstance(doc.get("value"), str):
                continue
            text = _render(doc["value"], rng.choice(requests))
            if text:
                source = "pyrit-in-the-wild" if "/in_the_wild/" in name else "pyrit-templates"
                out.append({"text": text, "label": 1, "source": source, "template": name.rsplit("/", 1)[1]})
        for name in (
            "pyrit/datasets/seed_datasets/local/garak/system_prompt_extraction.prompt",
            "pyrit/datasets/seed_datasets/local/psfuzz_steal_system.prompt",
        ):
            doc = yaml.safe_load(zf.read(name))
            for seed in doc["seeds"]:
                out.append({"text": str(seed["value"]).strip(), "label": 1, "source": "pyrit-sysprompt"})
    return out


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "unseen_jailbreaks.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        built = rows(_wheel(Path(tmp)))
    heldout = heldout_hashes()
    kept = [r for r in built if norm_hash(r["text"]) not in heldout]
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in kept:
        counts[r["source"]] = counts.get(r["source"], 0) + 1
    print(f"{target}: {len(kept)} rows {counts}; dropped {len(built) - len(kept)} held-out texts")


if __name__ == "__main__":
    main()

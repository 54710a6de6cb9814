"""Load the labelled development data in ``../shared/data`` and split it, reproducibly.

Held-out split (never trained on, used by ``bench/detectors.py`` and every figure we report):
an item is held out when ``int(sha256(text)[:8], 16) % 5 == 0`` (about 20 %), the text being the
exact string of the row (``text`` / ``prompt`` / ``tweet``; ``full_text`` for PII). Hashing the
text instead of shuffling keeps the split stable across machines and keeps duplicate rows on one
side. The PII set is not trained on at all; it is evaluated whole.

Set ``GUARD_DATA`` to point elsewhere; the default is ``/work/shared/data``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(os.environ.get("GUARD_DATA", "/work/shared/data"))
HOLDOUT_MOD = 5


def is_heldout(text: str) -> bool:
    """True when ``text`` belongs to the held-out split."""
    return int(hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8], 16) % HOLDOUT_MOD == 0


@dataclass(frozen=True)
class Item:
    """One labelled text: ``label`` 1 means the detector should reject it."""

    text: str
    label: int
    source: str


def drop_heldout(items: list[Item], name: str) -> list[Item]:
    """``items`` without the texts whose normalised sha256 is in ``heldout-sha256.txt`` (the public
    sets guard is measured on); prints how many were dropped. Before 2026-12-01 these loaders
    did not drop them: the older heads learned 71 injection and 10 toxicity texts of those sets
    (the jackhhao file shares 68 with them)."""
    from train.corpus import heldout_hashes, norm_hash

    held = heldout_hashes()
    kept = [i for i in items if norm_hash(i.text) not in held]
    print(f"{name}: dropped {len(items) - len(kept)} held-out texts; kept {len(kept)}", file=sys.stderr)
    return kept


def injection_items() -> list[Item]:
    """deepset prompt injections (label 1 = injection) and jackhhao jailbreaks (type jailbreak),
    held-out texts dropped."""
    items: list[Item] = []
    with (DATA / "injection/deepset-train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                items.append(Item(row["text"], int(row["label"]), "deepset"))
    with (DATA / "injection/jackhhao-jailbreak-train.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            items.append(Item(row["prompt"], int(row["type"] == "jailbreak"), "jackhhao"))
    return drop_heldout(items, "injection_items")


def toxicity_items() -> list[Item]:
    """Davidson tweets (hate or offensive = 1) and Surge AI comments (Toxic = 1)."""
    items: list[Item] = []
    with (DATA / "toxicity/davidson-labeled.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            items.append(Item(row["tweet"], int(row["class"] in ("0", "1")), "davidson"))
    with (DATA / "toxicity/surgeai-toxicity.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            items.append(Item(row["text"], int(row["is_toxic"].strip() == "Toxic"), "surgeai"))
    return drop_heldout(items, "toxicity_items")


def davidson_hate_heldout() -> list[str]:
    """Held-out Davidson tweets labelled hate speech (class 0): the non-profane-hate probe."""
    out: list[str] = []
    with (DATA / "toxicity/davidson-labeled.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["class"] == "0" and is_heldout(row["tweet"]):
                out.append(row["tweet"])
    return out


def pii_items() -> list[dict[str, Any]]:
    """Presidio's synthetic PII set (every row; not trained on)."""
    rows: list[dict[str, Any]] = json.loads((DATA / "pii/presidio-synth-v2.json").read_text(encoding="utf-8"))
    return rows


def split(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """(train, held-out)."""
    train = [i for i in items if not is_heldout(i.text)]
    held = [i for i in items if is_heldout(i.text)]
    return train, held


def neutral_items() -> list[Item]:
    """Non-toxic everyday text for the toxicity classifier (label 0): the benign side of the
    injection sets (questions, role-play prompts) and the Presidio synthetic sentences, and 50 hand-written technical and everyday sentences with violent-sounding words
    (``train/benign_violent_words.txt``: "kill the worker pods", "the battery died"). Davidson's
    tweets are 83 % toxic, so without these a short neutral sentence ("kill the process") looks
    toxic to a classifier trained on tweets alone."""
    items = [Item(i.text, 0, "neutral-" + i.source) for i in injection_items() if i.label == 0]
    items += [Item(row["full_text"], 0, "neutral-presidio") for row in pii_items()]
    path = Path(__file__).resolve().parent / "benign_violent_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    items += [Item(line, 0, "neutral-written") for line in lines if line.strip() and not line.startswith("#")]
    return drop_heldout(items, "neutral_items")


def benign_trigger_items() -> list[Item]:
    """Hand-written benign requests that use injection trigger words (train/benign_trigger_words.txt),
    label 0, training only: the dev sets have too few of them, so a classifier learns that
    "ignore" or "system" alone means injection."""
    path = Path(__file__).resolve().parent / "benign_trigger_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Item(line, 0, "benign-trigger") for line in lines if line.strip() and not line.startswith("#")]


def other_text_items() -> list[Item]:
    """Text that is not an injection, from outside the injection sets (label 0): every Surge AI
    comment (toxic or not: rude is not an injection), the Presidio synthetic sentences, one in
    eight Davidson tweets (sha256 rule, deterministic) and ``benign_violent_words.txt``. Without
    them the injection classifier has only seen questions and role-play as benign, and is unsure
    about (or flags) ordinary prose, which also sends it to the slow models."""
    items: list[Item] = []
    for item in toxicity_items():
        if (
            item.source == "surgeai"
            or int(hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest()[8:16], 16) % 8 == 1
        ):
            items.append(Item(item.text, 0, "other-" + item.source))
    items += [
        Item(i.text, 0, "other-" + i.source.removeprefix("neutral-"))
        for i in neutral_items()
        if i.source in ("neutral-presidio", "neutral-written")
    ]
    return items + other_language_items() + written_everyday_items()


#: Helper-written benign text in everyday registers (train/README.md): what users ask a chatbot,
#: in 15-30 languages, with the trigger words' everyday senses.
WRITTEN_EVERYDAY = (
    "injection_everyday_requests.jsonl",
    "toxicity_registers.jsonl",
    "toxicity_registers_26.jsonl",
)


def written_everyday_items() -> list[Item]:
    """The benign rows of :data:`WRITTEN_EVERYDAY` (label 0), held-out hashes dropped. The
    developer material and the document tasks added about 90 attacks in other languages and few
    ordinary requests there: heads run 28 without these flagged "Привет! Подскажи, пожалуйста,
    рецепт борща." at 0.98 (twenty-sixth session)."""
    from train.corpus import HERE, heldout_hashes, jsonl_rows, norm_hash

    held = heldout_hashes()
    return [
        Item(text, 0, "other-written-" + Path(name).stem)
        for name in WRITTEN_EVERYDAY
        for text, label in jsonl_rows(HERE / name)
        if label == 0 and norm_hash(text) not in held
    ]


def _first_by_hash(texts: list[str], cap: int) -> list[str]:
    """The ``cap`` texts with the smallest sha256: a deterministic sample, the same on any machine."""
    return sorted(texts, key=lambda t: hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest())[:cap]


#: Benign rows per source and language that :func:`other_language_items` keeps (the rows with the
#: smallest sha256); the rest stay unseen, to measure false positives on other languages.
OTHER_LANGUAGE_CAP = 150


def other_language_items() -> list[Item]:
    """Benign text in other languages (label 0): French and Arabic tweets (MLMA), Chinese posts
    (COLD), German, Dutch, Chinese and Hindi template sentences (bias_madlibs), at most
    :data:`OTHER_LANGUAGE_CAP` per source and language, held-out hashes dropped. The injection
    sources' other-language rows are nearly all attacks (yanismiraoui: 974 attacks, no benign
    row); without these the heads learned that French is an injection (11 % of unseen French
    tweets flagged)."""
    from train.corpus import heldout_hashes, norm_hash

    held = heldout_hashes()
    groups: dict[tuple[str, str], list[str]] = {}
    for name in ("mlma", "cold_zh", "bias_madlibs"):
        with (DATA / f"toxicity/{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                lang = str(row.get("lang") or "en")
                if int(row["label"]) == 0 and lang != "en" and norm_hash(row["text"]) not in held:
                    groups.setdefault((name, lang), []).append(row["text"])
    items: list[Item] = []
    for (name, _), texts in sorted(groups.items()):
        items += [Item(t, 0, "other-lang-" + name) for t in _first_by_hash(texts, OTHER_LANGUAGE_CAP)]
    return items


#: Injection sources the ensemble's heads never learn: their bench figures stay unseen-source
#: figures (bastioncorpus: attacks and false-positive traps; awesome-chatgpt-prompts: benign
#: "act as ..." prompts, the role-play false positives of the older heads; yanismiraoui: attacks
#: in six languages with no benign row in those languages, from which the heads learned that a
#: Spanish imperative is an attack: "Abandona la dieta si te sientes mal" scored 0.92).
HEADS_LEFT_OUT = ("bastioncorpus", "awesome_chatgpt_prompts", "yanismiraoui")


def corpus_injection_items(cap: int = 300) -> list[Item]:
    """Every injection source of ``train.corpus`` (held-out hashes dropped) but
    :data:`HEADS_LEFT_OUT`, at most ``cap`` rows per source and label (the rows with the smallest
    sha256, deterministic), so that no single source's style decides what an injection looks
    like. guard's hand-written benign files are kept whole."""
    from train.corpus import rows

    groups: dict[tuple[str, int], list[str]] = {}
    for row in rows("injection", verbose=True):
        if row.source not in HEADS_LEFT_OUT:
            groups.setdefault((row.source, row.label), []).append(row.text)
    items: list[Item] = []
    for (source, label), texts in sorted(groups.items()):
        keep = texts if source.startswith("guard-") else _first_by_hash(texts, cap)
        items += [Item(t, label, source) for t in keep]
    return items

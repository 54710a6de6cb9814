"""Train the written-cases heads (read by :mod:`guard.checks.written_cases_head`): for each of
the injection and toxicity checks, two logistic models of whether a text is harmful (1) or not
(0), one over hashed character 3-5-grams (``guard/models/<task>_cases.npz``) and one over the
MiniLM sentence embedding of the first :data:`EMBED_CHARS` characters
(``guard/models/<task>_cases_emb.npz``). The check flags a text when the mean of the two
probabilities reaches the operating point for its sensitivity (:data:`OPERATING_POINTS`).

Why: over forty-four sessions, families written from one blind set's misses moved the next blind
set by about two rows in 160 (bench/README.md, forty-fourth session): each helper that writes a
set writes its own shapes. The rows of about seventy such sets, each written by a different
helper that saw no code, data or probe, are the most varied data guard has for the kinds the
public sources lack (attacks typed into a product's chat box, automated jailbreaks, hijacking
games, attacks in other languages; implicit hate, moderation categories and their look-alikes).
So the hand-written table ``tests/data/hard_cases.yaml`` is training data here, and only here:
its figures are no longer unseen figures for this head. The unseen figures are the next blind
sets, scored before they are frozen into the table (train/README.md, written-cases heads).

Data: every row of the table for the task (label as written), and, as the development sources'
side of the line, at most :data:`CAP` rows per (source, label) of ``train.corpus`` (the sha256
smallest: deterministic) without the sources whose figures must stay unseen
(:data:`LEFT_OUT`), plus, for injection, up to 3,000 ordinary texts of
``train.data.other_text_items`` (not Surge AI). Held-out hashes dropped; each text once. Table
rows weigh :data:`CASE_WEIGHT`.

Operating points were chosen before the blind sets p80-p83 were scored with the heads, from
leave-one-set-out scores over p72-p79 combined with the unseen start code's verdicts on them:
the heads read only what the rest of the check passed, so what counts is what they add there.

``python -m train.train_cases_head [injection|toxicity]`` (needs the ``train`` extra); ``--loso
p72,p74`` prints, per named set, the heads' flags on it when trained without it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import time
from pathlib import Path

import numpy as np
import yaml

from guard.checks.written_cases_head import EMBED_CHARS, NGRAM_BITS, head_names
from train.common import export_head

HERE = Path(__file__).resolve().parent
TABLE = HERE.parent / "tests" / "data" / "hard_cases.yaml"
CACHE = Path("/tmp/guard_cache")
#: Rows per (source, label) of each development source.
CAP = 600
#: Weight of a table row against one development-source row.
CASE_WEIGHT = 2.0
#: Inverse regularisation strength of both logistic models.
C = 10.0
#: Sources never trained on by any shipped model (their figures are unseen-source figures), and,
#: for injection, the two the other heads leave out as well (train.data.HEADS_LEFT_OUT).
LEFT_OUT = {
    "injection": {"deepset", "bastioncorpus", "awesome_chatgpt_prompts", "yanismiraoui"},
    "toxicity": {"surgeai"},
}
#: The mean probability at or above which the check flags, per sensitivity. Injection: over
#: p72, p74, p76, p78 (trained without each), at 0.7 the heads (without train/'s written sets) added
#: 38 of the 135 attacks the start code missed and none of its 638 benign rows over texts without
#: pasted material (65 and none over all texts, but flags on pasted e-mails and bills); toxicity:
#: over p73, p75, p77, p79, at 0.8 they added 22 of 108 misses and none of 640 benign rows.
OPERATING_POINTS = {
    "injection": {"low": 0.8, "medium": 0.7, "high": 0.6},
    "toxicity": {"low": 0.9, "medium": 0.8, "high": 0.7},
}
#: Also learn from the helper-written training sets in ``train/`` (:func:`written_rows`), per task.
#: Injection: leave-one-set-out over p72-p78 the heads added 46 of the start code's misses with
#: them against 38 without, no benign row either way, and flagged about as many unseen
#: development rows; toxicity: 25 and one benign row against 22 and none, and more unseen benign
#: development rows flagged (paradetox 179 against 134 of 1,500), so not there
#: (``GUARD_CASES_WRITTEN=1`` or ``0`` overrides both; train/README.md).
WRITTEN = {
    task: os.environ.get("GUARD_CASES_WRITTEN", "1" if task == "injection" else "0") == "1"
    for task in ("injection", "toxicity")
}
TABLE_KEY = {"injection": "prompt_injection", "toxicity": "toxicity"}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def training_rows(task: str) -> list[tuple[str, int, str]]:
    """(text, label, set) rows: the table's sets named ``pNN`` (``old`` for earlier hand-written
    categories), development rows as set ``corpus``."""
    from train.corpus import heldout_hashes, norm_hash, rows
    from train.data import other_text_items

    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))[TABLE_KEY[task]]
    items: list[tuple[str, int, str]] = []
    for name, spec in table.items():
        match = re.match(r"(p\d+)_", name)
        for text in spec["cases"]:
            items.append((str(text), int(spec["label"]), match.group(1) if match else "old"))
    by_source: dict[tuple[str, int], list[str]] = {}
    for row in rows(task, verbose=False):
        if row.source not in LEFT_OUT[task]:
            by_source.setdefault((row.source, row.label), []).append(row.text)
    for (_, label), texts in by_source.items():
        items += [(text, label, "corpus") for text in sorted(texts, key=_sha)[:CAP]]
    if task == "injection":
        ordinary = [i.text for i in other_text_items() if i.source != "surgeai"]
        items += [(text, 0, "corpus") for text in sorted(ordinary, key=_sha)[:3000]]
    if WRITTEN[task]:
        items += written_rows(task)
    held = heldout_hashes()
    seen: set[str] = set()
    out = []
    for text, label, where in items:
        key = text.strip()
        if key in seen or norm_hash(text) in held:
            continue
        seen.add(key)
        out.append((key, label, where))
    return out


def written_rows(task: str) -> list[tuple[str, int, str]]:
    """Rows of the helper-written training sets in ``train/`` for ``task`` (``injection_*.jsonl``
    or ``toxicity_*.jsonl``), without the development sets (``*_dev_NN``), which stay measures."""
    import json

    out: list[tuple[str, int, str]] = []
    for path in sorted(HERE.glob(f"{task}_*.jsonl")):
        if re.search(r"_dev_\d+", path.stem):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                label = row["label"]
                value = 1 if label in (1, "1", "harmful", "attack", "injection", "toxic") else 0
                out.append((str(row["text"]), value, "written"))
    return out


def embeddings(texts: list[str]) -> np.ndarray:
    """MiniLM embeddings of each text's first :data:`EMBED_CHARS` characters, cached per text
    (``/tmp/guard_cache/cases_embeddings.npz``: sha256 of the piece -> vector), so that a retraining
    after new rows embeds only those."""
    from train.embed_cache import embed_pieces

    path = CACHE / "cases_embeddings.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            known = dict(zip([str(k) for k in data["keys"]], data["vectors"], strict=True))
    pieces = [text[:EMBED_CHARS] for text in texts]
    keys = [_sha(piece) for piece in pieces]
    missing = sorted({k: p for k, p in zip(keys, pieces, strict=True) if k not in known}.items())
    if missing:
        vectors, _ = embed_pieces([p for _, p in missing], lambda t: [(0, len(t))])
        known.update({k: v for (k, _), v in zip(missing, vectors, strict=True)})
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
    return np.stack([known[k] for k in keys]).astype(np.float32)


def _fit(x, y: np.ndarray, weight: np.ndarray):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=weight)


def main() -> None:
    from train.stack import lex_matrix

    parser = argparse.ArgumentParser()
    parser.add_argument("tasks", nargs="*", default=["injection", "toxicity"])
    parser.add_argument("--loso", default="", help="comma-separated sets to leave out one at a time")
    args = parser.parse_args()
    for task in args.tasks:
        started = time.time()
        items = training_rows(task)
        texts = [t for t, _, _ in items]
        y = np.array([label for _, label, _ in items])
        sets = np.array([where for _, _, where in items])
        weight = np.where(sets == "corpus", 1.0, CASE_WEIGHT)
        x = lex_matrix(texts, NGRAM_BITS)
        e = embeddings(texts)
        print(
            f"{task}: {len(items)} rows, {int(y.sum())} harmful, {int((sets != 'corpus').sum())} from the table"
        )
        for name in [s for s in args.loso.split(",") if s]:
            held = sets == name
            ngram, emb = _fit(x[~held], y[~held], weight[~held]), _fit(e[~held], y[~held], weight[~held])
            mean = (ngram.predict_proba(x[held])[:, 1] + emb.predict_proba(e[held])[:, 1]) / 2
            bar = OPERATING_POINTS[task]["medium"]
            print(
                f"  without {name}: flagged at medium {int((mean[y[held] == 1] >= bar).sum())}/"
                f"{int((y[held] == 1).sum())} harmful, {int((mean[y[held] == 0] >= bar).sum())}/"
                f"{int((y[held] == 0).sum())} benign (the heads alone)"
            )
        common = {
            "c": C,
            "case_weight": CASE_WEIGHT,
            "rows": len(items),
            "thresholds": OPERATING_POINTS[task],
            "source": "tests/data/hard_cases.yaml (helper- and hand-written sets), train.corpus rows "
            f"(at most {CAP} per source and label, not {sorted(LEFT_OUT[task])}); held-out hashes dropped",
        }
        ngram_name, emb_name = head_names(task)
        model = _fit(x, y, weight)
        export_head(
            ngram_name,
            [(model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32))],
            {**common, "bits": NGRAM_BITS},
        )
        model = _fit(e, y, weight)
        export_head(
            emb_name,
            [(model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32))],
            {**common, "embed_chars": EMBED_CHARS},
        )
        print(f"  exported {ngram_name}, {emb_name} in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()

"""Train the chat-box heads (read by :mod:`guard.checks.chat_box_head`): two logistic models of
whether a message typed to a product's assistant is an attack (1) or not (0), one over hashed
character 3-5-grams (``guard/models/injection_app.npz``), one over the MiniLM sentence embedding
(``guard/models/injection_app_emb.npz``). A message is flagged when both agree: the n-gram head
at its operating point and the embedding head at its confirmation bar. Out of fold, the n-gram
head alone flags short texts for their words ("What's the staff discount policy?", "I'm an
employee here."); the embedding head alone flags six times as many benign rows; together they
flag fewer benign rows than either (train/README.md, chat-box heads).

Data, every row through :func:`guard.checks.chat_box_head.typed_to_app` (the head reads nothing
else), held-out hashes dropped:

- ``train/injection_app_written_*.jsonl``: attacks typed into a product's chat box and their
  look-alikes, written for guard's training by helper agents that saw no code, data or probe
  (thirty-fifth to thirty-seventh sessions; train/README.md). App rows weigh :data:`APP_WEIGHT`.
- every benign row of the injection sources the heads learn from (``train.corpus``, without
  :data:`train.data.HEADS_LEFT_OUT`), and the ordinary text of ``train.data.other_text_items``:
  the head must not flag what the ensemble has learned to pass.

The n-gram head's operating point per sensitivity is the lowest probability whose out-of-fold
false positives on the benign rows stay within :data:`TARGET_FPR` (5 folds, fixed seed); the
embedding head's bar is the highest that keeps :data:`CONFIRMED` of the attacks the n-gram head
finds out of fold at that point. The hand-written hard cases and the
blind probes are never trained on.

Run ``python -m train.train_app_head`` (needs the ``train`` extra: scikit-learn).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from guard.checks.chat_box_head import EMBEDDING_HEAD, HEAD, typed_to_app
from train.common import SEED, export_head
from train.data import HEADS_LEFT_OUT, other_text_items
from train.stack import lex_matrix

HERE = Path(__file__).resolve().parent
BITS = 18
#: Inverse regularisation strength of the logistic model.
C = float(os.environ.get("GUARD_APP_C", "10"))
#: Weight of a helper-written chat-box row against one benign corpus row.
APP_WEIGHT = float(os.environ.get("GUARD_APP_WEIGHT", "3"))
#: Out-of-fold false-positive rate on the benign rows that sets each operating point. The
#: benign rows are mostly easy text (real prompts, tweets, everyday requests), so the rates are
#: far below what the check may cost on hard look-alikes (train/README.md, chat-box head).
TARGET_FPR = {"low": 0.0005, "medium": 0.001, "high": 0.003}
#: Share of the n-gram head's out-of-fold finds the embedding head must confirm.
CONFIRMED = 0.875
#: Characters of a message the embedding head reads (the n-gram head reads it whole).
EMBED_CHARS = 600


@dataclass(frozen=True)
class Row:
    """One training text: label 1 an attack, 0 not; ``source`` names where it came from."""

    text: str
    label: int
    source: str


def app_rows() -> list[Row]:
    """The helper-written chat-box rows (``injection_app_written_*.jsonl``)."""
    out: list[Row] = []
    for path in sorted(HERE.glob("injection_app_written_*.jsonl")):
        tag = path.stem.removeprefix("injection_app_written_")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(Row(str(row["text"]), int(row["label"]), f"guard-app-{tag}"))
    return out


def benign_rows() -> list[Row]:
    """Benign injection-source rows (sources the heads learn from) and ordinary other text."""
    from train.corpus import rows

    out = [
        Row(r.text, 0, r.source)
        for r in rows("injection", verbose=False)
        if r.label == 0 and r.source not in HEADS_LEFT_OUT
    ]
    return out + [Row(i.text, 0, i.source) for i in other_text_items()]


def training_rows() -> list[Row]:
    """Every row the head learns from: in the chat-box shape, held-out hashes dropped, each
    text once (the first label seen wins; a text with both labels is dropped)."""
    from train.corpus import heldout_hashes, norm_hash

    held = heldout_hashes()
    seen: dict[str, int] = {}
    clash: set[str] = set()
    picked: list[Row] = []
    dropped = 0
    for row in app_rows() + benign_rows():
        if not typed_to_app(row.text):
            continue
        if norm_hash(row.text) in held:
            dropped += 1
            continue
        key = row.text.strip()
        if key in seen:
            if seen[key] != row.label:
                clash.add(key)
            continue
        seen[key] = row.label
        picked.append(row)
    print(f"chat-box head: dropped {dropped} held-out texts, {len(clash)} texts with both labels")
    return [r for r in picked if r.text.strip() not in clash]


def features(texts: list[str]) -> sp.csr_matrix:
    """Hashed character 3-5-gram features, as :func:`guard.checks.chat_box_head.chat_box_probability` reads them."""
    return lex_matrix([text.strip() for text in texts], BITS)


def fit(x: sp.csr_matrix, y: np.ndarray, weight: np.ndarray):  # type: ignore[no-untyped-def]
    """The logistic model (lbfgs: deterministic)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=weight)


def embeddings(texts: list[str]) -> np.ndarray:
    """MiniLM sentence embeddings of the first :data:`EMBED_CHARS` characters, as the check reads them."""
    from train.embed_cache import embed_pieces

    vectors, _ = embed_pieces([t.strip() for t in texts], lambda t: [(0, min(len(t), EMBED_CHARS))])
    return vectors


def fit_embedding(x: np.ndarray, y: np.ndarray, weight: np.ndarray):  # type: ignore[no-untyped-def]
    """The embedding head's logistic model."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=weight)


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    items = training_rows()
    x = features([r.text for r in items])
    e = embeddings([r.text for r in items])
    y = np.array([r.label for r in items])
    is_app = np.array([r.source.startswith("guard-app-") for r in items])
    weight = np.where(is_app, APP_WEIGHT, 1.0)
    oof = np.zeros(len(items))
    oof_emb = np.zeros(len(items))
    for train, held in StratifiedKFold(5, shuffle=True, random_state=SEED).split(x, y):
        oof[held] = fit(x[train], y[train], weight[train]).predict_proba(x[held])[:, 1]
        oof_emb[held] = fit_embedding(e[train], y[train], weight[train]).predict_proba(e[held])[:, 1]
    benign = np.sort(oof[y == 0])[::-1]
    thresholds = {level: float(benign[int(len(benign) * rate)]) + 1e-6 for level, rate in TARGET_FPR.items()}
    confirm = {}
    for level, threshold in thresholds.items():
        found = np.sort(oof_emb[(y == 1) & (oof >= threshold)])
        confirm[level] = float(found[int(len(found) * (1 - CONFIRMED))]) - 1e-6
    print(f"{len(items)} rows ({int(y.sum())} attacks, {int(is_app.sum())} written for the app)")
    for level in TARGET_FPR:
        flagged = (oof >= thresholds[level]) & (oof_emb >= confirm[level])
        print(
            f"  {level}: n-grams >= {thresholds[level]:.3f} and embedding >= {confirm[level]:.3f}, out of "
            f"fold: attacks {int(flagged[y == 1].sum())}/{int(y.sum())}, benign {int(flagged[y == 0].sum())}/"
            f"{int((y == 0).sum())} (n-grams alone {int((oof[y == 0] >= thresholds[level]).sum())}, "
            f"embedding alone {int((oof_emb[y == 0] >= confirm[level]).sum())})"
        )
    flagged = (oof >= thresholds["medium"]) & (oof_emb >= confirm["medium"])
    for source in sorted({r.source for r in items}):
        mask = np.array([r.source == source for r in items])
        for label in (0, 1):
            part = mask & (y == label)
            if part.any() and (label == 1 or flagged[part].any()):
                print(f"    {source:40s} label {label}: {int(flagged[part].sum())}/{int(part.sum())} flagged")
    common = {
        "c": C,
        "app_weight": APP_WEIGHT,
        "rows": len(items),
        "source": "train/injection_app_written_*.jsonl (helper-written for guard), benign rows of the "
        "injection sources the heads learn from and train.data.other_text_items; held-out hashes dropped",
    }
    model = fit(x, y, weight)
    meta = {
        **common,
        "bits": BITS,
        "thresholds": {level: round(value, 6) for level, value in thresholds.items()},
        "target_fpr": TARGET_FPR,
    }
    export_head(HEAD, [(model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32))], meta)
    model = fit_embedding(e, y, weight)
    meta = {
        **common,
        "embed_chars": EMBED_CHARS,
        "thresholds": {level: round(value, 6) for level, value in confirm.items()},
        "confirmed": CONFIRMED,
    }
    export_head(
        EMBEDDING_HEAD, [(model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32))], meta
    )


if __name__ == "__main__":
    main()

"""Train an embedding head + character-n-gram head + stacker, the shape both classifiers share.

1. ``<name>_emb``: logistic regression on MiniLM embeddings of each piece (window or sentence
   chunk, exactly as the check cuts text at run time; ``train.embed_cache`` must have run).
2. ``<name>_lex``: logistic regression on hashed character 3-5-grams (``2**16`` features).
3. ``<name>_stack``: logistic regression on the two heads' logits, fitted on out-of-fold
   predictions (5 folds grouped by text, training split only). Its bias is shifted so that
   probability 0.5 is the operating point chosen on the out-of-fold text-level scores: the
   check's default ``threshold: 0.5`` means "as trained".

Each piece carries its text's label; a text's score is the maximum over its pieces.
Deterministic: fixed folds (GroupKFold), lbfgs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from guard.checks.embedding import get_static_embedder
from guard.checks.embedding_heads import ngram_features
from train.common import export_head, rates, text_max
from train.data import Item, is_heldout

LEX_BITS = 16


def lex_matrix(pieces: Sequence[str], bits: int = LEX_BITS) -> sp.csr_matrix:
    """Hashed character 3-5-gram features of ``pieces`` (:func:`ngram_features`), one row each."""
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, piece in enumerate(pieces):
        idx, val = ngram_features(piece, bits)
        rows += [r] * len(idx)
        cols += idx
        vals += val
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(pieces), 1 << bits))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return float(np.log(p / (1 - p)))


def train_stack(
    name: str,
    items: list[Item],
    cache_files: Sequence[str],
    chunker: Callable[[str], list[tuple[int, int]]],
    *,
    c_emb: float,
    c_lex: float,
    choose: str,
    target_fpr: float = 0.03,
    always: np.ndarray | None = None,
    source: str,
    class_weight: Any = None,
    source_weight: dict[str, float] | None = None,
    c_static: float = 4.0,
    choose_sources: Sequence[str] | None = None,
) -> StackResult:
    """Fit, pick the operating point, export to ``guard/models`` and print held-out figures.

    ``choose`` is ``"fpr"`` (largest detection with out-of-fold FP <= ``target_fpr``), ``"f1"``, or
    ``"macro_f1"`` (mean F1 over the sources that have positives), or ``"youden"`` (largest detection minus false-positive rate: independent of the class balance).
    ``choose_sources`` restricts the operating-point choice to the items of these sources (extra
    easy negatives would otherwise let an FP target drift). ``source_weight`` weights pieces by their item's ``source`` (a small, representative set can
    count as much as a large one). ``always`` marks texts rejected anyway (deterministic signals), counted in the figures.
    """
    n = len(items)
    parts = [np.load(f) for f in cache_files]
    emb = np.concatenate([p["x"] for p in parts])
    offsets = np.cumsum([0] + [int(p["owner"].max()) + 1 for p in parts[:-1]])
    owner = np.concatenate([p["owner"] + o for p, o in zip(parts, offsets, strict=True)])
    pieces = [it.text[s:e] for it in items for s, e in chunker(it.text)]
    assert len(pieces) == len(owner), "embedding cache is stale: rerun train.embed_cache"
    lex = lex_matrix(pieces)
    static = get_static_embedder().embed(pieces)
    y_text = np.array([it.label for it in items])
    held = np.array([is_heldout(it.text) for it in items])
    sig = always if always is not None else np.zeros(n, dtype=bool)
    y = y_text[owner]
    item_w = np.array([(source_weight or {}).get(it.source, 1.0) for it in items])
    if class_weight == "balanced":
        for label in (0, 1):
            chosen = (y_text == label) & ~held
            item_w[y_text == label] *= 0.5 * item_w[~held].sum() / item_w[chosen].sum()
    piece_w = item_w[owner]
    train_rows = np.where(~held[owner])[0]

    def fit(rows: np.ndarray) -> tuple[LogisticRegression, LogisticRegression, LogisticRegression]:
        w = piece_w[rows]
        m_e = LogisticRegression(C=c_emb, max_iter=3000).fit(emb[rows], y[rows], sample_weight=w)
        m_l = LogisticRegression(C=c_lex, max_iter=3000).fit(lex[rows], y[rows], sample_weight=w)
        m_s = LogisticRegression(C=c_static, max_iter=3000).fit(static[rows], y[rows], sample_weight=w)
        return m_e, m_l, m_s

    # Columns: MiniLM head, n-gram head, static head (logits, out of fold).
    oof = np.zeros((len(owner), 3))
    for fit_idx, val_idx in GroupKFold(n_splits=5).split(train_rows, groups=owner[train_rows]):
        m_e, m_l, m_s = fit(train_rows[fit_idx])
        val = train_rows[val_idx]
        oof[val, 0] = m_e.decision_function(emb[val])
        oof[val, 1] = m_l.decision_function(lex[val])
        oof[val, 2] = m_s.decision_function(static[val])
    tr = ~held
    if choose_sources is not None:
        tr = tr & np.array([it.source in choose_sources for it in items])
    grid = np.linspace(0.05, 0.99, 189)

    def stack_on(cols: list[int]) -> tuple[LogisticRegression, float]:
        """A stacker of two out-of-fold logit columns and its operating point."""
        model = LogisticRegression(C=1.0).fit(
            oof[train_rows][:, cols], y[train_rows], sample_weight=piece_w[train_rows]
        )
        text_oof = text_max(np.where(~held[owner], model.predict_proba(oof[:, cols])[:, 1], -1.0), owner, n)
        return model, _operating_point(text_oof, y_text, tr, sig, items, choose, target_fpr, grid)

    full_cols, fast_cols = [0, 1], [2, 1]
    stacker, best = stack_on(full_cols)
    fast_stacker, best_fast = stack_on(fast_cols)
    m_e, m_l, m_s = fit(train_rows)
    coef = stacker.coef_[0].astype(np.float64)
    bias = float(stacker.intercept_[0]) - _logit(best)
    fast_coef = fast_stacker.coef_[0].astype(np.float64)
    fast_bias = float(fast_stacker.intercept_[0]) - _logit(best_fast)
    export_head(
        f"{name}_emb",
        [(m_e.coef_.T.copy(), m_e.intercept_.copy())],
        {"features": "minilm-int8-mean-l2", "source": source},
    )
    export_head(
        f"{name}_lex",
        [(m_l.coef_.T.astype(np.float16).astype(np.float32), m_l.intercept_.copy())],
        {"features": f"crc32-char-3-5-gram-{LEX_BITS}bit-l2", "bits": LEX_BITS, "source": source},
    )
    export_head(
        f"{name}_stack",
        [(coef.reshape(2, 1), np.array([bias]))],
        {"inputs": [f"{name}_emb logit", f"{name}_lex logit"], "operating_point": best, "source": source},
    )
    export_head(
        f"{name}_static",
        [(m_s.coef_.T.copy(), m_s.intercept_.copy())],
        {"features": "minilm_static.npz mean-l2", "source": source},
    )
    fast_meta = {
        "inputs": [f"{name}_static logit", f"{name}_lex logit"],
        "operating_point": best_fast,
        "source": source,
    }
    z = np.stack([m_e.decision_function(emb), m_l.decision_function(lex)], axis=1)
    s = text_max(1 / (1 + np.exp(-(z @ coef + bias))), owner, n)
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"  held-out th {th}: {rates(((s >= th) | sig)[held], y_text[held])}")
    zf = np.stack([m_s.decision_function(static), m_l.decision_function(lex)], axis=1)
    sf = text_max(1 / (1 + np.exp(-(zf @ fast_coef + fast_bias))), owner, n)
    print(f"  fast stage alone, held-out th 0.5: {rates(((sf >= 0.5) | sig)[held], y_text[held])}")
    # Out-of-fold logits (training pieces) for calibrating the cascade band, full model = stack.
    oof_fast = oof[:, fast_cols] @ fast_coef + fast_bias
    oof_full = oof[:, full_cols] @ coef + bias
    return StackResult(
        name=name,
        owner=owner,
        pieces=pieces,
        y_text=y_text,
        held=held,
        signals=sig,
        oof_fast_logit=oof_fast,
        oof_full_logit=oof_full,
        fast_layers=[(fast_coef.reshape(2, 1), np.array([fast_bias]))],
        fast_meta=fast_meta,
    )


def _operating_point(
    text_oof: np.ndarray,
    y_text: np.ndarray,
    tr: np.ndarray,
    sig: np.ndarray,
    items: list[Item],
    choose: str,
    target_fpr: float,
    grid: np.ndarray,
) -> float:
    if choose == "fpr":
        best = next(
            (float(t) for t in grid if rates(((text_oof >= t) | sig)[tr], y_text[tr])["fpr"] <= target_fpr),
            0.5,
        )
    elif choose == "macro_f1":
        sources = sorted({it.source for it in items if it.label == 1})
        src = np.array([it.source for it in items])

        def macro(t: float) -> float:
            pred = (text_oof >= t) | sig
            return float(
                np.mean([rates(pred[tr & (src == s)], y_text[tr & (src == s)])["f1"] for s in sources])
            )

        best = float(max(grid, key=macro))
    elif choose == "youden":

        def youden(t: float) -> float:
            r = rates(((text_oof >= t) | sig)[tr], y_text[tr])
            return r["detection"] - r["fpr"]

        best = float(max(grid, key=youden))
    else:
        best = float(max(grid, key=lambda t: rates(((text_oof >= t) | sig)[tr], y_text[tr])["f1"]))
    print(f"out-of-fold operating point {best:.3f}: {rates(((text_oof >= best) | sig)[tr], y_text[tr])}")
    return best


@dataclass
class StackResult:
    """What the cascade calibration needs: per-piece out-of-fold logits of the fast stage and of
    the full stack (training pieces; held-out pieces are 0), with each piece's text."""

    name: str
    owner: np.ndarray
    pieces: list[str]
    y_text: np.ndarray
    held: np.ndarray
    signals: np.ndarray
    oof_fast_logit: np.ndarray
    oof_full_logit: np.ndarray
    fast_layers: list[tuple[np.ndarray, np.ndarray]]
    fast_meta: dict[str, Any]

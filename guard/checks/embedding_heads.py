"""Small heads trained by ``train/`` (``guard/models/<name>.npz``) and the hashed character
n-gram features one of them reads. numpy only."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from guard.checks.text import scrub_surrogates
from guard.pinned import LazyMap, model_file

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = ["Head", "load_head", "logit", "ngram_dot", "ngram_features", "ngram_probability"]


def logit(p: float) -> float:
    """log(p / (1 - p)), with p clipped away from 0 and 1."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class Head:
    """A small MLP (or logistic) head over features, trained by ``train/``.

    Layers are ``(W, b)`` pairs; hidden layers use ReLU; the output is one logit turned into a
    probability by a sigmoid. ``meta`` carries the head's metadata (features, threshold).
    """

    layers: tuple[tuple[Any, Any], ...]
    meta: dict[str, Any]

    def predict_logits(self, features: FloatArray) -> FloatArray:
        """Logits for an ``(n, d)`` feature array."""
        import numpy as np

        x = features.astype(np.float32)
        for index, (weight, bias) in enumerate(self.layers):
            x = x @ weight + bias
            if index < len(self.layers) - 1:
                x = np.maximum(x, 0.0)
        out: FloatArray = x[:, 0]
        return out

    def predict(self, features: FloatArray) -> FloatArray:
        """Probabilities for an ``(n, d)`` feature array."""
        import numpy as np

        logits = self.predict_logits(features)
        out: FloatArray = (1.0 / (1.0 + np.exp(-np.clip(logits, -50, 50)))).astype(np.float32)
        return out


def _read_head(name: str) -> Head:
    import numpy as np

    with np.load(model_file(f"{name}.npz"), allow_pickle=False) as data:
        count = int(data["n_layers"])
        layers = tuple(
            (data[f"W{i}"].astype(np.float32), data[f"b{i}"].astype(np.float32)) for i in range(count)
        )
        meta = json.loads(str(data["meta"]))
    return Head(layers=layers, meta=meta)


_HEADS: LazyMap[Head] = LazyMap(_read_head)


def load_head(name: str) -> Head:
    """``guard/models/<name>.npz``, checked against ``guard/models/SHA256SUMS.json``, read once."""
    return _HEADS.get(name)


_SPACE = re.compile(r"\s+")


def ngram_features(text: str, bits: int) -> tuple[list[int], list[float]]:
    """Hashed character 3-5-gram counts of ``text`` (lower-cased, whitespace collapsed), L2
    normalised: ``(indices, values)`` into a vector of ``2**bits``. crc32 is the hash, so the
    features are the same on every machine and Python version."""
    import zlib

    mask = (1 << bits) - 1
    norm_text = " " + _SPACE.sub(" ", scrub_surrogates(text).lower()) + " "
    counts: dict[int, int] = {}
    for size in (3, 4, 5):
        for start in range(len(norm_text) - size + 1):
            key = zlib.crc32(norm_text[start : start + size].encode("utf-8", "replace")) & mask
            counts[key] = counts.get(key, 0) + 1
    total = sum(v * v for v in counts.values()) ** 0.5 or 1.0
    return list(counts), [v / total for v in counts.values()]


def ngram_dot(column: FloatArray, text: str, bits: int) -> float:
    """``column`` (weights over the ``2**bits`` hashed n-grams) times :func:`ngram_features` of
    ``text``: a linear n-gram head's logit before its bias, without a dense feature vector."""
    import numpy as np

    idx, val = ngram_features(text, bits)
    return float(column[idx] @ np.asarray(val, dtype=np.float32))


def ngram_probability(head: Head, text: str) -> float:
    """A one-layer n-gram head's probability for ``text`` (stripped): the sigmoid of
    :func:`ngram_dot` plus the bias, the logit clipped to +-50."""
    import math

    weight, bias = head.layers[0]
    z = ngram_dot(weight[:, 0], text.strip(), int(head.meta["bits"])) + float(bias[0])
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

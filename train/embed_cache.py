"""Embed the development data once and cache it (``/tmp/guard_cache``): training reads the cache.

Injection texts are embedded window by window (``embedding.windows``), toxicity texts chunk by
chunk (``embedding.sentence_chunks``), exactly as the checks score them at run time.
Run: ``python -m train.embed_cache``. Deterministic (no sampling).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

from guard.checks.embedding import get_embedder
from guard.checks.segmentation import sentence_chunks, windows
from train.data import (
    benign_trigger_items,
    corpus_injection_items,
    injection_items,
    neutral_items,
    other_text_items,
    toxicity_items,
)

CACHE = Path(os.environ.get("GUARD_CACHE", "/tmp/guard_cache"))


def embed_pieces(texts: list[str], chunker: object, batch: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """MiniLM embeddings of the pieces ``chunker(text)`` cuts from each text (``(start, end)``
    spans), in length-sorted batches, and the index of the text each piece came from."""
    embedder = get_embedder()
    pieces: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(texts):
        for s, e in chunker(text):  # type: ignore[operator]
            pieces.append(text[s:e])
            owner.append(index)
    order = np.argsort([len(p) for p in pieces])  # similar lengths per batch: less padding
    out = np.zeros((len(pieces), 384), dtype=np.float32)
    t0 = time.time()
    for i in range(0, len(order), batch):
        idx = order[i : i + batch]
        out[idx] = embedder.embed([pieces[j] for j in idx])
        if i % (batch * 50) == 0:
            print(f"  {i}/{len(order)} {time.time() - t0:.0f}s", file=sys.stderr)
    return out, np.array(owner)


def main() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    which = sys.argv[1:] or ["injection", "toxicity", "neutral", "benign_trigger", "other"]
    if "injection" in which:
        texts = [i.text for i in injection_items()]
        x, owner = embed_pieces(texts, windows)
        np.savez(CACHE / "injection.npz", x=x, owner=owner)
    if "toxicity" in which:
        texts = [i.text for i in toxicity_items()]
        x, owner = embed_pieces(texts, sentence_chunks)
        np.savez(CACHE / "toxicity.npz", x=x, owner=owner)
    if "benign_trigger" in which:
        texts = [i.text for i in benign_trigger_items()]
        x, owner = embed_pieces(texts, windows)
        np.savez(CACHE / "benign_trigger.npz", x=x, owner=owner)
    if "other" in which:
        texts = [i.text for i in other_text_items()]
        x, owner = embed_pieces(texts, windows)
        np.savez(CACHE / "other.npz", x=x, owner=owner)
    if "injection_corpus" in which:  # named explicitly: not part of the default run
        texts = [i.text for i in corpus_injection_items()]
        x, owner = embed_pieces(texts, windows)
        np.savez(CACHE / "injection_corpus.npz", x=x, owner=owner)
    if "neutral" in which:
        texts = [i.text for i in neutral_items()]
        x, owner = embed_pieces(texts, sentence_chunks)
        np.savez(CACHE / "neutral.npz", x=x, owner=owner)


if __name__ == "__main__":
    main()

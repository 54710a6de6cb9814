"""A reading learned from many writers: the written-cases heads.

Each blind set guard is measured on is written by a different helper that saw no code, data or
probe, and each writes its own shapes of attack and abuse. Rules written from one set's misses
carried about two rows in 160 to the next set (bench/README.md, forty-fourth session). The rows of
about seventy such sets (``tests/data/hard_cases.yaml``) are, together, the most varied text guard
has for what the public sources lack, so ``train.train_cases_head`` trains two small heads per
check on them (and on the development sources' rows): one logistic model over hashed character
3-5-grams (:func:`guard.checks.embedding_heads.ngram_features`) and one over the MiniLM sentence
embedding of the first :data:`EMBED_CHARS` characters. A text the rest of the check passed is
flagged when the mean of their probabilities reaches the operating point for the check's
sensitivity (in the heads' metadata). The embedding is computed only when the n-gram head alone
could lift the mean that far, which it cannot for most ordinary text.

Measured leave-one-set-out and on four blind sets scored before they were read (train/README.md,
written-cases heads).
"""

from __future__ import annotations

from typing import Literal

from guard.checks.embedding_heads import load_head, ngram_probability

__all__ = [
    "EMBED_CHARS",
    "NGRAM_BITS",
    "Task",
    "cases_probability",
    "check_reading",
    "head_names",
    "load_heads",
]

Task = Literal["injection", "toxicity"]
#: Characters of a text the embedding head reads (the n-gram head reads it whole).
EMBED_CHARS = 600
#: Hash width of the n-gram head's features.
NGRAM_BITS = 18


def head_names(task: Task) -> tuple[str, str]:
    """``guard/models/<name>.npz`` of the n-gram head and of the embedding head for ``task``."""
    return f"{task}_cases", f"{task}_cases_emb"


def cases_probability(
    task: Task, text: str, sensitivity: str = "medium", threshold: float = 0.0
) -> float | None:
    """The mean of the two heads' probabilities that ``text`` is harmful when it reaches the
    operating point for ``sensitivity`` and the check's own ``threshold`` (the heads never flag
    below the probability the check's classifier must reach: at 1.0 nothing), else None. Raises
    :class:`~guard.checks.embedding.EmbedderUnavailable` or :class:`~guard.pinned.PinError` when
    a model cannot be read."""
    ngram_name, emb_name = head_names(task)
    head = load_head(ngram_name)
    bar = max(float(head.meta["thresholds"][sensitivity]), threshold)
    stripped = text.strip()
    ngram = ngram_probability(head, stripped)
    if (ngram + 1.0) / 2.0 < bar:
        return None  # even a certain embedding head could not lift the mean to the bar
    import numpy as np

    from guard.checks.embedding import get_embedder

    emb_head = load_head(emb_name)
    vector = get_embedder().embed([stripped[: int(emb_head.meta["embed_chars"])]])
    embedded = float(emb_head.predict(np.asarray(vector, dtype=np.float32))[0])
    mean = (ngram + embedded) / 2.0
    return mean if mean >= bar else None


def check_reading(task: Task, text: str, *, check: str, sensitivity: str, threshold: float) -> float | None:
    """:func:`cases_probability` as a check reads ``text``: a model that cannot be read is the
    check's :class:`~guard.errors.CheckError` (fail closed), not a pass."""
    from guard.checks.embedding import EmbedderUnavailable
    from guard.errors import CheckError
    from guard.pinned import PinError

    try:
        return cases_probability(task, text, sensitivity, threshold)
    except (EmbedderUnavailable, PinError) as exc:
        raise CheckError(check, str(exc)) from exc


def load_heads(task: Task) -> None:
    """Read both heads for ``task`` now (a check's warm-up), not on the first text that needs them."""
    for name in head_names(task):
        load_head(name)

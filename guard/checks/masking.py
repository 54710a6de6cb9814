"""Spans of a chunk replaced by plain words, for the toxicity check's second readings: a denied
stereotype read as "that" (:mod:`guard.checks.negated_claims`), a group's own word as "friend"
(:mod:`guard.checks.reclaimed_words`), a slur talked about as "that word"
(:mod:`guard.checks.word_mentions`)."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["mask_spans"]


def mask_spans(text: str, spans: list[tuple[int, int]], replacement: str | Callable[[str], str]) -> str:
    """``text`` with each of ``spans`` replaced by ``replacement`` (or by what it returns for the
    span's text), whitespace runs made single spaces. Spans may come in any order and overlap
    (two readings of one chunk): overlapping ones are replaced as one."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    parts: list[str] = []
    at = 0
    for start, end in joined:
        parts.append(text[at:start])
        parts.append(replacement if isinstance(replacement, str) else replacement(text[start:end]))
        at = end
    parts.append(text[at:])
    return " ".join("".join(parts).split())

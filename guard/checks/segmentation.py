"""How the detectors cut a text into the pieces their classifiers score (spans of the text)."""

from __future__ import annotations

import re

__all__ = ["merge_spans", "sentence_chunks", "spans_between", "windows"]

_FRAGMENT = 16
_SENTENCE_END = re.compile(r"(?<=[.!?。！？\n])\s+|\n+")


def windows(text: str, size: int = 600, overlap: int = 100) -> list[tuple[int, int]]:
    """Character windows of at most ``size`` covering ``text``, cut at whitespace when possible,
    consecutive windows overlapping by about ``overlap`` characters (an attack split across a cut
    is still seen whole by one window)."""
    n = len(text)
    if n <= size:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    start = 0
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind(" ", start + size // 2, end)
            if cut > start:
                end = cut
        out.append((start, end))
        if end >= n:
            break
        nxt = max(end - overlap, start + 1)
        space = text.find(" ", nxt, end)
        start = space + 1 if space != -1 else nxt
    return out


def spans_between(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The non-empty spans of ``text`` between the matches of ``separator``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in separator.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_chunks(text: str, size: int = 300) -> list[tuple[int, int]]:
    """Sentences of ``text`` as spans, fragments (under 16 characters) merged with a neighbour up
    to ``size`` characters and long sentences cut into windows, so a long text is scored sentence
    by sentence and one toxic sentence is not diluted by its polite neighbours."""
    spans = spans_between(text, _SENTENCE_END)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if e - s > size:
            out.extend((s + a, s + b) for a, b in windows(text[s:e], size, overlap=50))
        elif out and e - out[-1][0] <= size and min(e - s, out[-1][1] - out[-1][0]) < _FRAGMENT:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out or [(0, len(text))]


def merge_spans(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Consecutive spans joined while the joined span stays within ``size`` characters (a span
    already longer stays alone): fewer, fuller pieces for a classifier whose cost is per piece."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and e - out[-1][0] <= size:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out

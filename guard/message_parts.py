"""A message whose content is several text parts, read the way the model reads it: as one text.

The Chat Completions API lets a client split one message's text into parts
(``content: [{"type": "text", ...}, {"type": "text", ...}]``); the model reads them in order as
one text. Screened part by part, an attack split across parts ("Ign" + "ore all previous
instructions") reads as harmless pieces, and a developer's question in one part makes the
attack strings in the next part data, which the parts alone do not show. So the engine reads
the parts joined (:func:`readings`) and maps what it finds back to a part (:func:`in_part`).

How a server joins the parts is its own: some concatenate them, some put a newline between
them. A boundary with whitespace on either side reads the same either way; a boundary between
two word characters ("previous" + "instructions", "Ign" + "ore") is read both glued and spaced,
since either may be what the attacker meant; any other boundary ("fail?" + "def test():") is a
line break, which keeps code and questions on their own lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Reading", "in_part", "readings"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a message's text parts as one text; ``starts[i]`` is where part ``i``
    begins in ``text``."""

    text: str
    starts: tuple[int, ...]


def readings(parts: Sequence[str]) -> list[Reading]:
    """The joined texts to screen for ``parts`` (one, or two when a boundary is ambiguous)."""
    joins: list[str | None] = []  # None: an ambiguous boundary (between two word characters)
    before = parts[0] if parts else ""
    for after in parts[1:]:
        # An empty part joins nothing: the boundary is between the text around it.
        if not before or not after or before[-1].isspace() or after[0].isspace():
            joins.append("")
        elif before[-1].isalnum() and after[0].isalnum():
            joins.append(None)
        else:
            joins.append("\n")
        before = after or before
    variants = ("", " ") if None in joins else ("",)
    return [_joined(parts, [j if j is not None else glue for j in joins]) for glue in variants]


def in_part(
    starts: Sequence[int], lengths: Sequence[int], span: tuple[int, int]
) -> tuple[int, tuple[int, int]] | None:
    """The part a span of a joined reading lies in, with the span in that part's own offsets;
    None when the span crosses from one part into another (or into a joint)."""
    begin, end = span
    for index, (start, length) in enumerate(zip(starts, lengths, strict=True)):
        if start <= begin and end <= start + length:
            return index, (begin - start, end - start)
    return None


def _joined(parts: Sequence[str], joins: Sequence[str]) -> Reading:
    pieces: list[str] = []
    starts: list[int] = []
    at = 0
    for index, part in enumerate(parts):
        if index:
            pieces.append(joins[index - 1])
            at += len(joins[index - 1])
        starts.append(at)
        pieces.append(part)
        at += len(part)
    return Reading("".join(pieces), tuple(starts))

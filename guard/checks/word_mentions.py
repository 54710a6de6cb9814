"""A slur mentioned as a word, not used: "Using \"retarded\" as an insult hurts people with
intellectual disabilities", "the word 'f*ggot' shouldn't be in a kids' game", "'Tranny' is a slur,
please don't use it".

The toxicity encoder flags the quoted word whatever is said about it (p36 and p37: "Stop using
'retarded' as an insult" at 0.89). A word in quotation marks after "the word", "the term", "using",
"saying" or "calling someone", or followed by "as an insult", "is a slur", "is offensive", is talked
about. It is masked ("that word") and the chunk scored again by the toxicity check
(``Toxicity._read_again``), so the writer's own words still decide: an insult beside the mention
("using 'retard' as an insult is fine for idiots like you") is still read.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.masking import mask_spans

__all__ = ["mentioned_word_masked"]

# One or two quoted words (straight or curly quotes; a single quote only at word edges).
_Q = r"(?:\"([^\"\n]{2,25})\"|“([^”\n]{2,25})”|(?<![\w'])'([^'\n\s]{2,25}(?:\s[^'\n\s]{2,25})?)'(?![\w'])|‘([^’\n]{2,25})’)"
_MENTIONED = compile_prefiltered(
    r"\b(?:the\s+(?:word|term|slur|n-word|f-word|r-word|label|phrase|insult)|words?\s+like|terms?\s+like|using|use|"
    r"saying|say|said|calling\s+(?:someone|people|him|her|them|anyone|somebody)|called\s+(?:me|him|her|them|us)|"
    r"throwing\s+around|throw\s+around)\s+"
    + _Q
    + r"|"
    + _Q
    + r"\s+(?:as\s+an?\s+(?:insult|slur|joke|put-?down)|is\s+(?:a|an)\s+(?:\w+\s+)?(?:slur|insult)|"
    r"is\s+(?:offensive|hurtful|ableist|racist|homophobic|transphobic|not\s+okay|never\s+okay)|isn't\s+(?:a\s+)?"
    r"(?:okay|ok|a\s+compliment|funny))\b",
    re.IGNORECASE,
)


def mentioned_word_masked(piece: str) -> str | None:
    """``piece`` with every quoted word it talks about replaced by "that word", or None when it
    mentions none."""
    spans: list[tuple[int, int]] = []
    for match in _MENTIONED.finditer(piece):
        group = next(g for g in range(1, (match.lastindex or 0) + 1) if match.group(g) is not None)
        # the quote marks go with the word
        spans.append((match.start(group) - 1, match.end(group) + 1))
    if not spans:
        return None
    return mask_spans(piece, spans, "that word")

"""A group affirmed, or a generalisation about it denied with the facts: "Trans women are women.",
"Refugees are human beings", "Not all immigrants are criminals - in fact, most studies find they
commit fewer crimes".

The toxicity encoder reads the group and the vice more than what is said of them: on the p62
blind set "Trans women are women. My sister came out at 30 ..." scored 0.70 and "Not all
immigrants are criminals - in fact ..." 0.79. :mod:`guard.checks.negated_claims` reads a
stereotype denied outright ("Muslims aren't terrorists") and leaves "not all X are Y" alone, since
it may keep most of the claim ("not all of them are criminals, just most"); here it counts only
when the facts follow to refute it ("in fact", "studies", "research", "the data"). The affirmation
or the denial is masked ("that") and the chunk scored again by the toxicity check
(``Toxicity._read_again``): an insult or a claim beside it is still read.

Only a group said to be what it is (trans women women, trans men men, any group people, human,
welcome, valid): "trans women are men" and "immigrants are not welcome" are hate, and match
nothing here. Patterns are linear (bounded repeats).
"""

from __future__ import annotations

import re

from guard.checks.groups import GROUP_NAMES
from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.masking import mask_spans

__all__ = ["affirmed_masked"]

_CLAUSE_END = r"(?=\s*+(?:[.!,;:)]|$|and\b|\(|-|–|—))"
_AFFIRMED = compile_prefiltered(
    r"\btrans(?:gender)?\s+women\s+are\s+(?:real\s+)?women"
    + _CLAUSE_END
    + r"|\btrans(?:gender)?\s+men\s+are\s+(?:real\s+)?men"
    + _CLAUSE_END
    + r"|(?:"
    + GROUP_NAMES
    + r")\s+(?:are|is)\s+(?:(?:just|simply|also|still)\s+)?(?:people|human|humans|human\s+beings|valid|welcome(?:\s+here)?|"
    r"loved|our\s+(?:neighbou?rs|friends|family|coworkers|colleagues))" + _CLAUSE_END,
    re.IGNORECASE,
)
# "not all {group} are {vice}" then the facts against it within the same stretch of text.
_VICE = (
    r"(?:criminals?|terrorists?|rapists?|thieves|violent|dangerous|lazy|stupid|extremists?|predators?|"
    r"pedophiles?|paedophiles?|illegal|on\s+welfare|freeloaders?|benefit\s+scroungers?|drug\s+dealers?|gang\s+members?)"
)
_NOT_ALL_REFUTED = compile_prefiltered(
    r"\bnot\s+all\s+(?:"
    + GROUP_NAMES
    + r")\s+(?:are|is)\s+(?:\w+\s+){0,2}?"
    + _VICE
    + r"\b(?=[^\n]{0,20}?\b(?:in\s+fact|actually|studies|research|the\s+data|statistic\w*|the\s+evidence|"
    r"the\s+vast\s+majority\s+(?:are|aren't|is\s+not|are\s+not)))",
    re.IGNORECASE,
)


def affirmed_masked(piece: str) -> str | None:
    """``piece`` with each affirmation of a group and each refuted "not all" read as "that", or
    None when it has neither."""
    spans = sorted(m.span() for pattern in (_AFFIRMED, _NOT_ALL_REFUTED) for m in pattern.finditer(piece))
    if not spans:
        return None
    return mask_spans(piece, spans, "that")

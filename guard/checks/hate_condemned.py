"""Hate named in order to reject it: "Hate has no home here", "No place for hate", "Stop Asian hate".

The toxicity classifier reads the word "hate" as hate ("Hate has no home here." scores 0.93 with
guard's encoder), yet these are the slogans of the people who answer it. So a flagged chunk
where "hate" or "racism" is the thing rejected (:data:`REJECTED`) is read again with that word
replaced by a neutral one, as a counterfactual, as :mod:`guard.checks.political_names` does for
political names: if the chunk is then not toxic, the word was the reason and the chunk passes. A
slogan next to an insult or a slur keeps its verdict (the re-read still holds them).
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["REJECTED", "neutralised"]

_HATE = (
    r"(?:hate|hatred|racism|bigotry|antisemitism|islamophobia|homophobia|transphobia|xenophobia|haine|racisme|odio|"
    r"racismo|hass|rassismus|ódio)"
)

#: "hate" or "racism" as the thing rejected: it has no home or place here, it is stopped, ended,
#: fought, stood against, condemned; love wins over it (en, fr, es, de, pt, it).
REJECTED = compile_prefiltered(
    r"\b" + _HATE + r"\s+(?:has|have|will\s+have|finds?)\s+no\s+(?:home|place|room|future)\b"
    r"|\b" + _HATE + r"\s+(?:will\s+)?(?:never|won'?t|does\s+not|doesn'?t)\s+win\b"
    # (p79) "Hate doesn't get the last word", "hate won't divide us"
    r"|\b"
    + _HATE
    + r"\s+(?:will\s+)?(?:never|won['’]?t|does\s+not|doesn['’]?t|didn['’]?t|will\s+not)\s+(?:get\s+the\s+last\s+word|"
    r"divide\s+us|define\s+us|stop\s+us|prevail|last)\b"
    r"|\bno\s+(?:place|home|room|space|tolerance)\s+for\s+(?:\w+\s+)?" + _HATE + r"\b"
    r"|\b(?:stop|end|fight|fighting|reject|rejecting|denounce|condemn|condemning|oppose|opposing|against|combat|"
    r"combating|counter|countering|confront|confronting|say\s+no\s+to|stand\s+(?:up\s+)?(?:against|to)|"
    r"stood\s+(?:up\s+)?(?:against|to)|united\s+against|together\s+against|love\s+(?:trumps|over|not|beats|conquers)|"
    r"love\s+is\s+stronger\s+than)\s+(?:the\s+|all\s+|this\s+|any\s+|"
    r"(?:anti-?)?(?:asian|black|jewish|muslim|gay|trans|lgbtq?\+?|anti-?\w+)\s+)?" + _HATE + r"\b"
    r"|\b(?:pas\s+de\s+place\s+pour\s+la|non\s+à\s+la|contre\s+la|stop\s+à\s+la)\s+" + _HATE + r"\b"
    r"|\b(?:no\s+al|contra\s+el|basta\s+de|não\s+ao|contra\s+o|kein\s+platz\s+für|gegen)\s+" + _HATE + r"\b",
    re.IGNORECASE,
)

_HATE_WORD = compile_prefiltered(r"\b" + _HATE + r"\b", re.IGNORECASE)


def neutralised(piece: str) -> str | None:
    """``piece`` with each rejected "hate" read as "litter", when it rejects hate; else None.
    Only the word inside a rejection is replaced: "No place for hate. I hate [a group]" keeps its
    second "hate"."""
    found = list(REJECTED.finditer(piece))
    if not found:
        return None
    out: list[str] = []
    last = 0
    for match in found:
        out.append(piece[last : match.start()])
        out.append(_HATE_WORD.sub("litter", match.group(0)))
        last = match.end()
    out.append(piece[last:])
    return "".join(out)

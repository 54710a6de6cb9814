"""Swearing aimed at no one: "What the fuck, how is it already December?", "This fucking printer
jams every time", "fuck yes, I passed my driving test!!".

Whether that is toxic depends on whose definition an app follows: offensive-language tweet sets
(OLID) count any profanity as offensive, hate-speech functional tests count swearing at no one as
not hateful, and blind sets written to each disagree (thirty-fifth session: 9 of 15 such texts
flagged on p37, most of the "reclaimed and profanity" flags). The toxicity check keeps flagging it
by default and passes it with ``profanity: allow``: the swear words are masked and the chunk is
scored again (``Toxicity._read_again``), so what is left must pass on its own ("this fucking
idiot" keeps "idiot"). Swearing aimed at someone is never masked: "fuck you", "fuck off",
"go fuck yourself", "shut the fuck up", "you piece of shit", "you're full of shit".
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.masking import mask_spans

__all__ = ["profanity_masked"]

_SWEAR = compile_prefiltered(
    r"\b(?:holy\s+(?:shit|fuck|crap|sh\*+t|f\*+c?k)|what\s+the\s+(?:fuck|hell|heck)|the\s+fuck|wtf|fuck(?:ing|in'?|ed)?|f\*+k\w{0,3}|"
    r"shit(?:ty)?|bullshit|crap(?:py)?|damn(?:ed|it)?|goddamn(?:ed|it)?|god\s+damn|hell|af|asf|lmfao)\b"
    # ... and written with stars ("f***ing", "sh*t", "f**k"), which "\b" cannot end
    r"|\b(?:f\*++(?:c?k)?(?:ing|in|ed)?|sh\*++t(?:ty)?)(?![\w*])",
    re.IGNORECASE,
)
# Swearing at someone: never masked.
_AIMED = compile_prefiltered(
    r"\b(?:fuck\w*|f\*+c?k\w*|screw|damn)\s+(?:you|u|ya|yourself|urself|off|them|him|her|this\s+(?:guy|girl|dude|bitch))\b"
    r"|\bshut\s+the\s+fuck\s+up\b|\bgo\s+to\s+hell\b|\b(?:piece|sack|bag)\s+of\s+(?:shit|crap)\b|\beat\s+shit\b"
    r"|\bfull\s+of\s+(?:shit|crap)\b|\bmother\s*fuck\w*|\b(?:you|u|ur|you're|youre|ya)\s+(?:\w+\s+)?(?:fuck\w*|shit\w*|"
    r"crap\w*|damn\w*)",
    re.IGNORECASE,
)


def profanity_masked(piece: str) -> str | None:
    """``piece`` without its swear words, or None when it has none or swears at someone."""
    if _AIMED.search(piece):
        return None
    spans = [m.span() for m in _SWEAR.finditer(piece)]
    if not spans:
        return None
    return mask_spans(piece, spans, "")

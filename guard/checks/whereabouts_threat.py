"""A threat made by letting someone know they are watched: their whereabouts, held over a grievance.

"Deleted my comment again? That's cool. I know which coffee shop you stream from on Saturdays."
"You reported me to HR. Fine. I know you start your shift at 7 and the loading dock has no
cameras." "Saw your kids at the bus stop this morning. Think about that before you file the
complaint." Nothing in them is a threat in words: the threat is that the writer knows where the
reader can be found, said to someone the writer has a quarrel with, or with a hint of what could
happen there. The classifier passes them (a helper's blind set, p46: 13 of 25 veiled threats
passed). :mod:`guard.checks.harm_signals` reports them as ``harassment``.

A match needs the whereabouts known ("I know where / which gym / what time you ...", "saw you /
your kids at ...", "I still have a key to your ...", "your IP traces to ...") and, within the
text, either a hint of harm there ("no cameras", "gets dark", "an unexpected visitor", "if I were
you", "think about that before you ...", "checking under the car") or a quarrel ("you reported
me", "deleted my comment", "one more review"). A friend's "I know where you live, I'll drop by
with the cake" has neither. Over every text guard has (about 150,000, benign and harmful), the
only benign match was a woman quoting her ex's threat, which harm_signals' reading of reported
speech passes.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "whereabouts_threat"]

_F = re.IGNORECASE | re.UNICODE

_KIN = r"(?:kids?|son|daughter|children|wife|husband|mom|mum|mother|dad|father|girlfriend|boyfriend|sister|brother|family)"
_KNOWN = compile_prefiltered(
    r"\b(?:(?:i|we)\s+(?:still\s+|already\s+)?(?:know|found\s+out|figured\s+out|worked\s+out)\s+(?:exactly\s+)?"
    r"(?:where|which\s+(?:\w+\s+){0,2}?|what\s+time|when)\s*(?:you|your\s+" + _KIN + r"|she|he)\b"
    r"|(?:i|we)\s+know\s+you\s+(?:start|finish|leave|get\s+off|walk|park|jog|run|live|sleep|work)\b"
    r"|(?:saw|seen|spotted|watched)\s+(?:you|your\s+"
    + _KIN
    + r")\s+(?:\w+\s+){0,4}?(?:at|outside|leaving|near|by|"
    r"in\s+front\s+of|on)\s+(?:the\s+)?\w+"
    r"|(?:i|we)\s+(?:still\s+)?(?:have|got|kept)\s+(?:a|the)\s+(?:spare\s+)?key\s+to\s+your\b"
    r"|put(?:ting)?\s+a\s+face\s+to\s+(?:the|your|that)\s+(?:address|house|home|car|plate|door)"
    r"|your\s+ip\s+(?:address\s+)?(?:traces|leads|points|resolves)\s+to"
    r"|(?:your\s+" + _KIN + r"\s+still\s+lives?|you\s+still\s+live)\s+(?:on|at|in)\s+\w+)",
    _F,
)
# A hint of what could happen there.
_HARM_HINT = compile_prefiltered(
    r"\b(?:no\s+cameras?|(?:gets?|getting)\s+(?:real\s+|really\s+|pretty\s+|very\s+)?dark|unexpected\s+(?:visit|visitor|guest)s?|"
    r"if\s+i\s+were\s+you|think\s+(?:about|twice\s+about)\s+(?:that|it|this)\s+before|checking\s+under\s+(?:the|your)\s+car|"
    r"watch\s+your\s+back|sleep\s+(?:well|tight)\b(?!\s+(?:and|tonight,?\s+my))|anyone\s+could\s+(?:walk|get)\s+(?:right\s+)?in|"
    r"accidents\s+happen|(?:would|it'd)\s+be\s+a\s+(?:real\s+)?(?:pity|shame))",
    _F,
)
# Or a quarrel with the reader.
_QUARREL = compile_prefiltered(
    r"\b(?:(?:you|u)\s+(?:reported|blocked|banned|fired|sued|exposed|dumped|flagged|muted)\s+me|report(?:ed|ing)\s+me|"
    r"deleted\s+my\s+(?:comment|post|review|reply|message)|(?:your|that)\s+(?:little\s+)?(?:review|exposé|expose|article|"
    r"complaint|report|video)|one\s+more\s+(?:review|post|comment|video|word|complaint|night|time)|keep\s+(?:\w+ing)\b|"
    r"file\s+the\s+complaint|press(?:ing)?\s+charges|testify|to\s+hr\b|calling\s+me)",
    _F,
)
# Or a stranger's address matched to a face: "Saw you at the gym. Nice to finally put a face to the
# address."
_FACE_TO_ADDRESS = compile_prefiltered(r"\bput(?:ting)?\s+a\s+face\s+to\s+(?:the|your|that)\s+address\b", _F)
#: One of these is in every text :func:`whereabouts_threat` matches.
HINTS = (
    "face to",
    "know",
    "found out",
    "figured out",
    "worked out",
    "saw",
    "seen",
    "spotted",
    "watched",
    "key to your",
    "ip ",
    "still live",
)


def whereabouts_threat(text: str) -> tuple[int, int] | None:
    """The span of the whereabouts held over the reader, or None."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return None
    known = _KNOWN.search(text)
    if known is None:
        return None
    if _HARM_HINT.search(text) or _QUARREL.search(text) or _FACE_TO_ADDRESS.search(text):
        return known.span()
    return None

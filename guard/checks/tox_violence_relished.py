"""A real killing or maiming on video, watched and relished (a p64 miss).

The harm signals (:mod:`guard.checks.harm_signals`) knew one form from p62: a beheading or an
execution "on loop", "the best thing I've seen". p64's row was "Watched the video of that guy
getting his skull caved in with a hammer, brains all over the pavement. Absolute classic,
rewatched it ten times." The shape, generalised: footage (a video, a clip, a livestream, a gif)
of a person being killed or maimed (skull caved in, head blown off, stabbed, beaten to death,
run over, burned alive, brains or guts out) and, within a sentence or two, relish (a classic, a
favourite, rewatched, on loop, hilarious, "lmao", 😂, satisfying, "made my day").

Not news ("Police released footage of the man being stabbed and appealed for witnesses"), horror
films, games and special effects, nor horror at it ("the clip of him being beaten to death is
sickening, I wish I had never watched it").
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "violence_relished"]

_F = re.IGNORECASE | re.UNICODE

# Footage of a person being killed or maimed.
_FOOTAGE = compile_prefiltered(
    r"\b(?:videos?|vids?|clips?|footage|livestreams?|live\s*streams?|gifs?|recordings?|liveleak|bodycam|cctv)\b"
    r"[^.!?\n]{0,80}?\b(?:"
    r"(?:skull|head|face|brains?|jaw|neck|chest|guts|throat)\s+(?:\w+\s+){0,2}?(?:caved|smashed|bashed|crushed|blown|"
    r"cut|chopped|hacked|sawn|sawed|ripped|torn|split|cracked|stomped|kicked|slit|spilled|splattered|splashed|"
    r"spilling|pouring|hanging)\b"
    r"|brains?\s+(?:\w+\s+)?(?:all\s+)?(?:over|on|across|everywhere)|guts\s+(?:\w+\s+)?(?:all\s+)?(?:over|out|everywhere)"
    r"|(?:beaten|stomped|kicked|stabbed|hacked|bludgeoned|burned|burnt|tortured|dragged|choked|strangled)\s+"
    r"(?:\w+\s+)?(?:to\s+death|alive)"
    # ... a person: "the bridge getting blown up" is demolition
    r"|(?:guy|man|men|woman|women|dude|bloke|lad|kid|child|boy|girl|person|people|him|her|them|he|she|they|soldiers?|"
    r"cops?|officers?|prisoners?|hostages?|victims?|someone|somebody|teens?|protesters?|members?|workers?|drivers?|"
    r"thie(?:f|ves)|robbers?|shoplifters?|junkies?|rappers?|inmates?|migrants?|refugees?|civilians?|fans?|"
    r"students?|nonces?|pedos?|snitch(?:es)?|bitch(?:es)?)\s+(?:\w+\s+){0,2}?(?:getting|being|get|gets|got)\s+(?:\w+\s+)?(?:shot|stabbed|beheaded|decapitated|executed|killed|murdered|"
    r"lynched|mauled|dismembered|mutilated|run\s+over|set\s+on\s+fire|burned\s+alive|burnt\s+alive|hacked\s+(?:up|apart|"
    r"to\s+pieces)|blown\s+(?:up|apart|away)|stomped|curb\s*-?stomped|shredded|crushed|flattened|torn\s+apart)"
    r"|(?:behead\w*|decapitat\w*|dismember\w*|mutilat\w*|lynch\w*)"
    r")",
    _F,
)
# Relish.
_RELISH = compile_prefiltered(
    r"(?:\b(?:classic|rewatch\w*|re-watch\w*|watched\s+it\s+(?:\w+\s+)?(?:times|again|twice)|on\s+(?:a\s+)?(?:loop|repeat)|"
    r"favou?rite|best\s+(?:thing|video|clip|part|shit)|funniest|hilarious|lmao|lmfao|lol|satisfying|"
    r"beautiful|love\s+(?:it|this|that|watching)|peak\s+(?:content|internet|entertainment)|banger|10/10|"
    r"made\s+my\s+(?:day|week|year|night)|can't\s+stop\s+watching|cannot\s+stop\s+watching|masterpiece|legendary|"
    r"iconic|chef'?s\s+kiss|more\s+of\s+this|bookmarked|saved\s+it|sent\s+it\s+to\s+everyone|music\s+to\s+my|"
    r"cinema|pure\s+gold|goated)\b|😂|🤣|😆|🔥|👌|💯)",
    _F,
)
# News, fiction and horror at it.
_NOT_RELISHED = compile_prefiltered(
    r"\b(?:police|officers?\s+released|appeal\w*|witness\w*|investigat\w*|charged|arrested|court|trial|"
    r"film|movie|horror|scene|episode|series|season|game|gameplay|mod|cgi|practical\s+effects?|prosthetic\w*|"
    r"makeup|special\s+effects|fx|actor|actress|director|trailer|anime|cartoon|"
    r"horrif\w*|sicken\w*|sick\s+to|disturb\w*|awful|terrible|tragic|traumati\w*|heartbreak\w*|can't\s+unsee|"
    r"wish\s+i\s+(?:hadn't|had\s+never|never)|rip|rest\s+in\s+peace|condolences|pray\w*|justice\s+for|"
    r"don't\s+(?:watch|share)|do\s+not\s+(?:watch|share)|report\s+it|take\s+(?:it|this)\s+down|removed|"
    r"why\s+(?:would|do)\s+(?:anyone|people)|sick\s+people|disgust\w*|vile|monsters?)\b",
    _F,
)

#: Read only when one of these is in the text (lower-cased).
HINTS = ("video", "vid", "clip", "footage", "livestream", "live stream", "gif", "recording", "liveleak", "bodycam",
         "cctv")  # fmt: skip


def violence_relished(text: str) -> tuple[int, int] | None:
    """The span of real killing or maiming on video, relished, or None."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return None
    for footage in _FOOTAGE.finditer(text):
        start = max(text.rfind(c, max(0, footage.start() - 300), footage.start()) for c in ".!?\n") + 1
        start = max(start, footage.start() - 300)
        end = min(len(text), footage.end() + 200)
        # Slices, not ``pos``/``endpos``: a prefiltered pattern reads its whole argument first.
        if _NOT_RELISHED.search(text[start:end]):
            continue
        # Relish before or after the footage, not inside it ("set on fire" is no 🔥).
        if _RELISH.search(text[start : footage.start()]) or _RELISH.search(text[footage.end() : end]):
            return footage.span()
    return None

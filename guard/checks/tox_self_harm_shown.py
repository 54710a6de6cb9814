"""Self-harm kept up, shown off or escalated in the first person (the p64 blind set's misses).

The harm signals' self-harm patterns (:mod:`guard.checks.harm_signals`) know intent to die and
self-injury said in so many words ("I cut myself"); the p64 rows that passed said it as a habit
with a next step ("Cutting is the only thing that makes me feel anything anymore and I'm going
deeper tonight") or as a display ("Rate my cuts 🩸 going for a new record tonight"). The shape is
two things in one sentence or two:

* the act in the writer's own voice: a method as the subject ("cutting is ...", "starving myself
  has been ..."), the writer's wounds ("my cuts", "my fresh burns"), or the writer doing it
  ("I cut", "I burned myself", "I purged");
* a reason to read it as harm kept up: relief ("the only thing that makes me feel", "helps me
  cope", "I deserve it"), escalation ("going deeper", "a new record", "more than last time"), a
  time set for the next one ("tonight", "again"), or the wounds shown ("rate my cuts", "pics of my
  fresh cuts", "🩸").

Not recovery ("I haven't cut in 200 days", "I stopped cutting"), cooking, hair and butchery
("cutting onions", "fresh cuts at the barber", "rate my cuts of beef"), someone else's harm
(support, "she cuts"), nor a medical question about a wound ("should I get stitches").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "self_harm_shown"]

_F = re.IGNORECASE | re.UNICODE

# The method, as a habit or as what the writer does (bare "cutting" only when nothing is cut:
# "cutting is ...", not "cutting carbs is ...").
_METHOD = (
    r"(?:(?:cutting|burning|carving|scratching)(?=\s+(?:is|was|has|helps|makes|feels|gives|and\s+(?:burning|purging)|"
    r"again|myself|(?:into\s+|on\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?))\b)"
    r"|(?:cutting|burning|starving|hurting|harming|punishing|carving|scratching|bruising)\s+myself"
    r"|(?:purging|self[-\s]?harm(?:ing)?|sh)(?=\s+(?:is|was|has|helps|makes|feels|gives|again)\b)"
    r"|(?:bingeing|binging)\s+and\s+purging|starving(?=\s+(?:is|has|helps|makes)\b))"
)
# ... or the writer doing it, now or next ("I cut", "I'm going to burn myself", "I'll purge").
_DOING = (
    r"(?:i|i'm|i\s+am|i'll|i\s+will|i've|i\s+have|i\s+keep|gonna|going\s+to)\s+"
    r"(?:(?:just|really|finally|already|still|gonna|going\s+to|been|started|about\s+to|need\s+to|want\s+to)\s+){0,2}"
    r"(?:cut|cutting|burn|burning|burned|burnt|purge|purging|purged|carve|carving|carved)"
    r"(?=\s+(?:myself|again|tonight|deeper|harder|more|every|until|till|when|after|to\s+feel|so\s+i|because|"
    r"(?:on\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?))\b|\s*+[.!🩸]|\s*+$)"
)
# The writer's wounds ("my cuts", "my fresh burns", "these new scars").
_WOUNDS = (
    r"(?:my|these)\s+(?:(?:new|fresh|latest|deep|deeper|newest|first|own)\s+){0,2}(?:cuts|burns|wounds)\b"
    r"|(?:new|fresh|deep|deeper)\s+(?:cuts|burns|wounds)\b|how\s+many\s+cuts\b"
)
# Relief, escalation, a next time, or a display.
_KEPT_UP = (
    r"(?:only\s+(?:thing|way|time)|makes?\s+me\s+feel|help(?:s|ed)?\s+me\s+(?:cope|feel|calm|breathe|sleep|focus|"
    r"numb|forget)|what\s+keeps\s+me|keeps\s+me\s+(?:going|sane|calm|grounded)|(?:i|i\s+really)\s+deserve(?:d)?\s+(?:it|this|"
    r"the\s+pain|to\s+(?:hurt|bleed|suffer))|i\s+(?:need|crave|miss)(?:ed)?\s+(?:it|the\s+(?:pain|blood|sting|rush))|"
    r"addicted\s+to|can't\s+stop|cannot\s+stop|"
    r"go(?:ing|ne)?\s+deeper|cut(?:ting)?\s+deeper|deeper\s+(?:than|this\s+time|tonight|every|each)|"
    r"(?:new|personal)\s+record|beat\s+my\s+record|more\s+than\s+(?:last\s+time|yesterday|ever|before)|"
    r"(?:count|how\s+many)\s+(?:the\s+)?(?:cuts|lines|burns)|"
    r"tonight|again\s+(?:tonight|tomorrow|later|today)|next\s+(?:one|time)|"
    r"rate\s+(?:my|these|them)|(?:pics?|photos?|pictures?|selfies?|vids?)\s+of\s+my|look\s+at\s+(?:my|these|them)|"
    r"showing\s+off|show\s+(?:you|off|u)|"
    r"🩸|bleed(?:ing)?\s+(?:out\s+)?(?:more|again|so\s+much)|blood\s+(?:everywhere|all\s+over))"
)
_ACT = compile_prefiltered(r"\b(?:" + _METHOD + "|" + _DOING + "|" + _WOUNDS + ")", _F)
_KEPT_UP_RE = compile_prefiltered(r"(?:\b|(?=🩸))(?:" + _KEPT_UP + ")", _F)

# Recovery, someone else's harm, cooking, hair, meat, a medical question: look-alikes with the
# same words.
_NOT_THIS = compile_prefiltered(
    r"\b(?:haven't|have\s+not|hasn't|didn't|don't|never|no\s+longer|stopped|quit|quitting|clean\s+(?:for|since)|"
    r"days?\s+(?:clean|free|since)|since\s+i\s+last|recovery|recovering|relapse\s+prevention|urges?\s+passed|"
    r"she|he|her|his|they|their|friend|daughter|son|kid|child|student|patient|client|"
    r"onions?|carrots?|veg\w*|garlic|herbs?|carbs?|sugar|calories|dough|fabric|paper|wood|board|tiles?|grass|lawn|"
    r"hair|haircuts?|barber\w*|fades?|beard|clients?|beef|steak|pork|lamb|meat|butcher|chef|knife\s+skills|"
    r"candles?|incense|sage|fuel|bridges|midnight\s+oil|calories|fat|cds?|dvds?|"
    r"doctor|gp|a&e|er|stitches|infect\w*|heal\w*|nurse|therapist|hotline|helpline|ointment|antiseptic|"
    r"weight|weigh-?in|kg|lbs?|pounds|budget|costs?|prices?|taxes|ties|corners|losses|class|school|diet|fasting|workout|gym|reps|"
    r"sunburn\w*|oven|stove|iron|cooking|baking|kitchen|pan|toast|rice|coffee|tongue|mouth|pizza|"
    r"movie|film|song|lyrics|character|story|novel|game)\b",
    _F,
)

#: Read only when one of these is in the text (lower-cased).
HINTS = ("cut", "burn", "starv", "purg", "harm", "wound", "carv", "scratch", "bruis", "sh ")


def _any_within(starts: list[int], ends: list[int], low: int, high: int) -> bool:
    """Whether one of the matches (sorted ``starts``, their ``ends``) lies inside ``low``..``high``."""
    index = bisect_left(starts, low)
    return index < len(starts) and starts[index] < high and ends[index] <= high


def self_harm_shown(text: str) -> tuple[int, int] | None:
    """The span of self-harm kept up, escalated or shown in the first person, or None."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return None
    # The look-alike words and the relief or escalation words are found once in the whole text and
    # looked up per act (a text of many acts would otherwise be searched once per act).
    excluded = [m.start() for m in _NOT_THIS.finditer(text)]
    kept = [(m.start(), m.end()) for m in _KEPT_UP_RE.finditer(text)]
    kept_starts = [s for s, _ in kept]
    kept_ends = [e for _, e in kept]
    for act in _ACT.finditer(text):
        # The sentence of the act and the next one ("Rate my cuts. New record tonight."), at most
        # 300 characters before it and 200 after.
        start = max(text.rfind(c, max(0, act.start() - 300), act.start()) for c in ".!?\n") + 1
        start = max(start, act.start() - 300)
        end = min(len(text), act.end() + 200)
        stops = 0
        for index in range(act.end(), end):
            if text[index] in ".!?\n":
                stops += 1
                if stops == 2:
                    end = index
                    break
        position = bisect_left(excluded, start)
        if position < len(excluded) and excluded[position] < end:
            continue
        # Relief or escalation before or after the act, not inside it ("how many cuts" is both).
        if _any_within(kept_starts, kept_ends, start, act.start()) or _any_within(
            kept_starts, kept_ends, act.end(), end
        ):
            return act.span()
    return None

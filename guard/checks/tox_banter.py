"""Violent verbs in banter, read without them: a food idiom ("I could murder a pizza right now")
and trash talk before a match that names no game ("we're going to absolutely destroy you on
Sunday, prepare your excuses"); and a mild insult at a friend in the same breath as affection
("@USER you ugly bastard, happy birthday 😂🍻", "shut up you absolute muppet, I love you, see you
tonight"), read with the insult as "mate".

The toxicity encoder reads "murder" and "destroy you" as violence (0.63 and 0.98 with guard's
encoder on the p62 blind set). :mod:`guard.checks.competition_talk` reads trash talk that names a
game ("at chess", "in FIFA"); this module reads the two shapes it does not: a craving said with
a violent verb and a food as its object, and a boast aimed at a rival with a match day or the
sportsman's "prepare your excuses". As there, the verb is replaced ("eat", "beat") and the chunk
scored again by the toxicity check (``Toxicity._read_again``): an insult or a threat beside it is
still read ("I'll destroy you on Sunday, you retard" keeps "retard"), and a threat with a weapon or
a place is the harm signals' to find before this reading.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["banter_neutralised"]

_FOOD = (
    r"(?:pizzas?|burgers?|cheeseburgers?|kebabs?|curry|curries|pints?|beers?|coffees?|cups?\s+of\s+tea|tea|"
    r"steaks?|sandwich(?:es)?|bacon\s+sandwich|fry[-\s]up|full\s+english|roast|tacos?|burritos?|fries|chips|"
    r"chocolate|cake|doughnuts?|donuts?|ice\s+cream|noodles|ramen|sushi|pasta|lasagne|lasagna|nachos|wings|"
    r"hot\s+dogs?|pie|pies|buffet|breakfast|brunch|lunch|dinner|meal|snack|drink|glass\s+of\s+\w+|bottle\s+of\s+\w+|"
    r"takeaway|takeout|chinese|indian|mcdonald'?s|kfc|big\s+mac)"
)
# "I could murder a pizza", "I'd kill for a burger", "gonna destroy this lasagna".
_CRAVING = compile_prefiltered(
    r"\b(?:could|would|'d|gonna|going\s+to|about\s+to|will|'ll|wanna|want\s+to)\s+(?:(?:absolutely|totally|so|"
    r"really|honestly)\s+)?(murder|kill|destroy|demolish|annihilate|slaughter|massacre|smash|devour)\s+(?:for\s+)?"
    r"(?:a|an|some|the|this|that|one|two|a\s+whole|an\s+entire|my)\s+(?:\w+\s+){0,2}?" + _FOOD + r"\b",
    re.IGNORECASE,
)
# A boast at a rival before a match, with no game named: a match day, "prepare your excuses",
# "see you on the pitch", "bring your A game".
_MATCH = compile_prefiltered(
    r"\b(?:prepare|get\s+ready|start\s+preparing|have|get)\s+your\s+excuses\b|\bsee\s+you\s+on\s+the\s+(?:pitch|field|court|"
    r"ice|track|mat|course|greens?)\b|\bbring\s+your\s+a[-\s]?game\b|\bon\s+(?:game|match|race)\s+day\b|"
    r"\b(?:this|next|on)\s+(?:sunday|saturday|friday)(?:'s)?\s+(?:game|match|derby|final)\b",
    re.IGNORECASE,
)
_BOAST = compile_prefiltered(
    r"\b(destroy|annihilate|obliterate|demolish|crush|wreck|murder|slaughter|massacre|bury|dismantle|"
    r"humiliate|smash)\s+(?=(?:you|ya|u|your\s+(?:team|side|lot|squad|boys|girls))\b)",
    re.IGNORECASE,
)


# A mild insult, the kind friends trade (no slur, no group): "you ugly bastard", "absolute muppet",
# "dickhead", "you idiot"; "shut up" / "shut it" with it.
_MILD_INSULT = compile_prefiltered(
    r"\b(?:(?:you|ya|u)\s+)?(?:(?:absolute|complete|total|utter|massive|big|ugly|silly|daft|stupid|old|lil|little|"
    r"magnificent|beautiful|lovely|glorious|gorgeous|lucky|clever|cheeky|jammy|sly)\s+)?"
    r"(?:bastard|muppet|dickhead|knobhead|idiot|dork|nerd|loser|weirdo|pillock|plonker|numpty|git|tosser|bellend|"
    r"clown|goof|goofball|dumbass|jerk|div|wally|twit|dummy|doofus|dingus)s?\b"
    r"|\bshut\s+(?:up|it)\b",
    re.IGNORECASE,
)
# Affection in the same message: love, a birthday, a date to meet, a pint owed, pride, a kiss or
# laughing-and-cheers emoji.
_AFFECTION = compile_prefiltered(
    r"\b(?:(?:i\s+)?love\s+(?:you|ya|u)|luv\s+(?:you|ya|u)|miss\s+(?:you|ya|u)|happy\s+(?:birthday|bday|b-day)|"
    r"see\s+(?:you|ya|u)\s+(?:tonight|tomorrow|later|soon|at\s+(?:the|practice|training|school|work|class|the\s+\w+)|"
    r"on\s+(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday))|"
    # a friend's success cheered ("you passed! Drinks are on me, you magnificent bastard", p73)
    r"drinks?\s+(?:are\s+|is\s+)?on\s+me|(?:you|u)\s+(?:passed|did\s+it|made\s+it|nailed\s+it|smashed\s+it)|"
    r"owe\s+(?:me|you|ya|u)\s+(?:a|one|two)\s+(?:pint|beer|drink|coffee|round)|proud\s+of\s+(?:you|ya|u)|"
    r"congrat(?:s|ulations)|best\s+mate|bestie|xx+)\b|[😘❤💕🥰🍻🥂]",
    re.IGNORECASE,
)

# ... unless the affection is soured by a wish or a rejection: "happy birthday you ugly bastard,
# hope it's your last one", "nobody loves you".
_SOURED = compile_prefiltered(
    r"\bhope\s+(?:it'?s|it\s+is|this\s+is)\s+your\s+last\b|\bhope\s+(?:you|u|ya)\s+(?:die|choke|rot|suffer|crash|get\s+hit|"
    r"never)\b|\b(?:nobody|no\s+one|no-one)\s+(?:loves|likes|cares\s+about|wants)\s+(?:you|u|ya)\b|"
    r"\b(?:everyone|everybody)\s+hates\s+(?:you|u|ya)\b|\bkill\s+(?:yourself|urself|yaself)\b|\bkys\b",
    re.IGNORECASE,
)


def banter_neutralised(piece: str) -> str | None:
    """``piece`` with the violent verb of a food craving read as "eat", and with a boast's violent
    verbs read as "beat" when it names a match day or asks the rival to prepare excuses; None when
    it has neither."""
    out = piece
    if _CRAVING.search(out):
        out = _CRAVING.sub(lambda m: m.group(0).replace(m.group(1), "eat"), out)
    if _MATCH.search(out) and _BOAST.search(out):
        out = _BOAST.sub("beat ", out)
    if _AFFECTION.search(out) and _MILD_INSULT.search(out) and not _SOURED.search(out):
        out = _MILD_INSULT.sub("mate", out)
    return None if out == piece else out

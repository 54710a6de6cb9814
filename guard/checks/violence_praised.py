"""Violence praised: an attack on people celebrated, its attacker made a hero, or its sequel wished.

"That bombing was the best day of the year. Can't wait for the sequel." "Whoever stabbed that
politician deserves a medal." "The rioters who torched the refugee shelter did righteous work."
"Rewatching the attack footage again, absolutely beautiful." No word of them is an insult or a
threat at the reader, so the classifier passes them (a helper's blind set, p45: 4 of 6 such rows
passed). :mod:`guard.checks.harm_signals` reports them as ``violence``; its counter-speech reading
passes the reported and quoted ones ("he posted that the shooter was a hero").

Three shapes, each needing an attack on people in the words:

- the attack as the subject of praise: "the massacre was glorious", "that bombing made my year";
- its doer praised: "the gunman is a hero", "whoever shot him did God's work", "the men who burned
  the mosque did nothing wrong" (not "the teacher who tackled the shooter is a hero":
  :func:`defended`);
- its footage relished, or more of it asked for: "the livestream never gets old", "we need more days
  like that", "burn the next one too", "who's next on the list".

The attack words leave out the everyday senses: a team's "attack", a player's "shooting", a
comedian's "bombing" on stage, "killing it", "a blast".
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "VIOLENCE_PRAISED", "defended"]

_F = re.IGNORECASE | re.UNICODE

# An attack on people, in words no sport or stage uses.
_ATTACK = (
    r"(?:(?:car\s+|suicide\s+|terror(?:ist)?\s+)?bombings?|massacres?|stabbings?|lynchings?|beheadings?|"
    r"assassinations?|pogroms?|genocide|arson\s+attacks?|(?:mass|school|church|mosque|synagogue)\s+shootings?|"
    r"shootings?\s+(?:at|in)\s+the\s+\w+|(?:terror(?:ist)?|truck|knife|acid|bomb|arson|gun)\s+attacks?|school\s+shooters?|(?:the|that|this)\s+attacks?\s+on\s+(?:the\s+)?\w+|"
    r"car[\s-]+rammings?|rampages?|9/11|(?:fire|arson|blaze)\s+at\s+the\s+(?:mosque|synagogue|church|temple|shelter|"
    r"refugee\s+\w+|clinic|school))"
)
# Its doer: named by role, or by what they did ("whoever shot him", "the lads who torched ...").
_DID = (
    r"(?:shot|stabbed|bombed|killed|torched|burned|burnt|blew\s+up|attacked|murdered|lynched|ran\s+over|beheaded|"
    r"gunned\s+down|firebombed|planted\s+(?:it|the\s+bomb)|set\s+fire\s+to|set\s+(?:it|them)\s+on\s+fire|did\s+(?:it|this|that)|"
    # (p77) "the men who carried out that bombing"
    r"(?:carried\s+out|committed|pulled\s+off)\s+(?:the|that|this|those|these)\s+(?:\w+\s+)?(?:bombings?|attacks?|shootings?|"
    r"massacres?|stabbings?|killings?|murders?|lynchings?|beheadings?|assassinations?|arson))"
)
_DOER = (
    r"(?:(?:the|that|this|those|these)\s+(?:\w+\s+)?(?:shooters?|gunm[ae]n|bombers?|attackers?|assassins?|rioters?|"
    r"terrorists?|arsonists?|stabbers?)"
    r"|whoever\s+"
    + _DID
    + r"|(?:the|that|those|these)\s+(?:guys?|man|men|kid|lads?|boys?|ones?|people|person|woman|"
    r"women|hero(?:es)?)\s+(?:who|that)\s+" + _DID + r")"
)
# What praise says of it.
_PRAISE = (
    r"(?:deserves?\s+(?:a\s+)?(?:medal|medals|statue|a\s+parade|the\s+nobel|an\s+award|a\s+knighthood)|"
    r"(?:is|are|was|were)\s+(?:an?\s+)?(?:true\s+|real\s+|absolute\s+|fucking\s+)?(?:hero(?:es)?|legends?|saints?|"
    r"martyrs?|icons?|patriots?|based|kings?|gods|(?:brave|true|real|noble|holy)\s+(?:warriors?|soldiers?|"
    r"fighters?|lions?|men|women))\b|"
    r"did\s+(?:god's|gods|the\s+lord's|righteous|holy|good|great|beautiful|necessary|the\s+right)\s+(?:work|thing|job)|"
    r"did\s+nothing\s+wrong|did\s+what\s+(?:had|needed)\s+to\s+be\s+done|should\s+be\s+(?:celebrated|honou?red|thanked|"
    r"freed|pardoned\s+and\s+thanked))"
)
_ATTACK_PRAISED = (
    r"(?:was|is|were)\s+(?:honestly\s+|truly\s+|absolutely\s+|simply\s+|just\s+)?(?:the\s+best\s+(?:day|news|thing|"
    r"moment)|beautiful|glorious|a\s+masterpiece|poetry|art|a\s+thing\s+of\s+beauty|"
    r"(?:long\s+)?overdue|well\s+deserved)\b"
    r"|made\s+my\s+(?:day|week|year|month)"
)
_FOOTAGE = r"(?:footage|video|clip|livestream|stream|photos?|pictures?)"
_RELISH = (
    r"\b[^.!?\n]{0,60}?\b(?:absolutely\s+beautiful|so\s+beautiful|beautiful|glorious|never\s+gets\s+old|so\s+satisfying|"
    r"made\s+my\s+(?:day|week|year)|best\s+thing)"
)
_RELISHED = _FOOTAGE + _RELISH
_SEQUEL = (
    r"(?:we\s+need|bring\s+on|here's\s+to|give\s+us|pray\s+for|hoping\s+for|hope\s+for)\s+(?:many\s+)?more\s+"
    r"(?:days|nights|attacks|bombings|of\s+(?:those|these|them))(?:\s+like\s+(?:that|this|it))?"
    r"|can'?t\s+wait\s+for\s+(?:the\s+)?(?:sequel|next\s+one|round\s+two|part\s+two)"
    r"|(?:burn|bomb|shoot|torch|hit)\s+the\s+next\s+one"
    r"|who(?:'s|\s+is)\s+next\s+on\s+the\s+list"
    r"|next\s+time\s+(?:aim\s+for|get)\s+more\b"
    # (p77) "I wish more people had the guts to do the same"
    r"|(?:wish|hope|pray)\s+(?:that\s+)?(?:more\s+(?:people|of\s+us|men|guys)|others|someone|somebody)\s+(?:had|has|would\s+have|"
    r"found)\s+the\s+(?:guts|balls|courage|nerve|spine)\s+to\s+do\s+the\s+same"
    r"|more\s+(?:people|of\s+us|men)\s+should\s+(?:do\s+the\s+same|follow\s+(?:their|his|her)\s+(?:lead|example))"
)

#: The praise, at word starts; the attack is in the same sentence (60-120 characters) for the
#: first three, anywhere within 300 characters before a wished sequel.
VIOLENCE_PRAISED = compile_prefiltered(
    r"\b(?:"
    + _ATTACK
    + r"\b[^.!?\n]{0,60}?\b(?:"
    + _ATTACK_PRAISED
    + r")"
    + r"|"
    + _DOER
    + r"\b[^.!?\n]{0,120}?\b"
    + _PRAISE
    + r"|(?:"
    + _ATTACK
    + r"|attack|shooting|beheading)\s+"
    + _RELISHED
    + r"|"
    + _FOOTAGE
    + r"\s+of\s+(?:the\s+|that\s+|this\s+)?"
    + _ATTACK
    + _RELISH
    + r"|"
    + _ATTACK
    + r"\b[^\n]{0,300}?\b(?:"
    + _SEQUEL
    + r"))",
    _F,
)
#: One of these is in every text the pattern matches (``harm_signals._first_hinted``).
HINTS = (
    "bomb",
    "massacre",
    "stabb",
    "lynch",
    "behead",
    "assassin",
    "pogrom",
    "genocide",
    "arson",
    "shoot",
    "terror",
    "attack",
    "ramming",
    "rampage",
    "9/11",
    "fire at the",
    "blaze at the",
    "whoever",
    "gunm",
    "rioter",
    " who ",
    " that ",
)

# Words that make the praised one a defender, a victim or a helper ("the teacher who tackled the
# shooter is a hero", "the nurses who treated the bombing's victims are heroes").
_DEFENDED = re.compile(
    r"\b(?:tackl\w*|stopp\w*|disarm\w*|caught|arrest\w*|subdu\w*|fought\s+off|sav\w*|rescu\w*|help\w*|treat\w*|"
    r"victims?|survivors?|responders?|police|officers?|firefighters?|nurses?|doctors?|medics?|paramedics?|"
    r"not|no|never|nothing|n't)\b",
    _F,
)


# ... or the doer is the object of someone else's act: "the teacher who tackled the shooter", "the
# medal given by the mayor to".
_OBJECT_OF = re.compile(
    r"\b(?:who|whom|which)\b|\w\s+that\s+\w+\s+(?:\w+\s+)?$|\b(?:by|against|from|of|to|about|after|before|during|"
    r"since|over|into|on|at)\s+(?:(?:the|that|this|those|these|a|an|its|his|her|their)\s+)?$",
    _F,
)
_SEQUEL_AT_END = re.compile(r"(?:" + _SEQUEL + r")$", _F)


_NEGATED_PRAISE = re.compile(r"did\s+nothing\s+wrong|never\s+gets\s+old", _F)


def defended(text: str, match: re.Match[str]) -> bool:
    """Whether the match praises a defender, a helper or a victim, or says the praise is not due
    ("the shooter is no hero"): such a match is not violence praised."""
    cut = max(text.rfind(c, 0, match.start()) for c in ".!?\n")
    before = text[cut + 1 : match.start()]
    # "the teacher who tackled the shooter": the doer is the object of someone else's act
    # (a wished sequel needs only the attack named: "after the massacre: can't wait for round two")
    if _OBJECT_OF.search(before) and not _SEQUEL_AT_END.search(match.group()):
        return True
    # "did nothing wrong" and "never gets old" are praise, not a negation of it
    return _DEFENDED.search(_NEGATED_PRAISE.sub("", match.group())) is not None

"""A threat to break a named person's body, in the first person future (a p64 miss).

"Next time that landlord knocks on my door I'm breaking every bone in his hands" passed the
check: the harm signals' planned assaults (:mod:`guard.checks.harm_signals`) wanted "going to" or
"I'll" before the verb and the body part right after the owner. The shape here is a first person
who will act ("I'm breaking", "I'll", "imma", "I swear I will"), a verb that damages a body
(break, smash, snap, cave in, rip, gouge, slit, stab ...) and, a few words on, a body part of
someone else ("his hands", "her jaw", "that guy's skull", "your teeth").

Not idioms and sport ("break a leg", "I'll break his serve", "break their defence", "I'm going to
break his ankles" on a court, "my own record"), past harm told by the one who suffered it ("he
broke my arm"), fiction and films, nor the writer's own body ("I'm going to break my neck on
these stairs").
"""

from __future__ import annotations

import re

from guard.checks.competition_talk import GAME
from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "THREAT", "not_a_threat"]

_F = re.IGNORECASE | re.UNICODE

# Someone else's body: a pronoun or a person named by a role or a name, then the part.
_OWNER = r"(?:his|her|their|your|ur|yo|(?:that|this|the|my|our)\s+(?:\w+\s+)?\w+(?:'s|’s)|(?-i:[A-Z][a-z]+)(?:'s|’s))"
_PART = (
    r"(?:(?:\w+\s+)?(?:hands?|fingers?|knees?|kneecaps?|legs?|arms?|jaw|teeth|neck|ribs?|skull|nose|face|head|throat|"
    r"eyes?|spine|back|windpipe|wrists?|elbows?|bones?|balls|skulls?|jaws|necks|faces|heads|throats|tongue|ears?|lips|"
    r"toes?|(?:finger)?nails)\b)"
)
_DAMAGE = (
    r"(?:break|breaking|smash|smashing|snap|snapping|crack|cracking|crush|crushing|shatter|shattering|bust|busting|"
    r"cave|caving|bash|bashing|stomp|stomping|rip|ripping|tear|tearing|gouge|gouging|slit|slitting|cut|cutting|"
    r"chop|chopping|saw|sawing|stab|stabbing|knock|knocking|punch|punching|kick|kicking|pull|pulling|burn|burning|"
    r"rearrange|rearranging|split|splitting|carve|carving|stave|staving)"
)
#: The threat: a first person who will, a damaging verb, someone else's body part.
THREAT = compile_prefiltered(
    r"\b(?:i'm|i\s+am|im|i'll|i\s+will|ill(?=\s+(?:break|smash|snap|rip|cut|slit|stab|knock|cave|crush))|imma|i'ma|"
    r"i'm\s+gonna|i'm\s+going\s+to|i\s+swear\s+i'll|i\s+swear\s+i\s+will|i\s+will\s+personally|i'd\s+happily)\s+"
    r"(?:(?:gonna|going\s+to|personally|happily|just|literally|actually|fucking|straight\s+up|be|then|first|go\s+and)\s+){0,3}"
    + _DAMAGE
    + r"\s+(?:(?:every|each|all|both|the|one|some|of|bone|bones|finger|fingers|tooth|teeth|single|last|in|off|out|on|from)\s+){0,5}"
    + _OWNER
    + r"\s+"
    + _PART,
    _F,
)
# Sport, games and idioms with these words; fiction; the writer's own body or a past told.
_NOT_A_THREAT = compile_prefiltered(
    r"\b(?:ankles?|serve|record|defen[cs]e|heart|spirit|streak|fall|fast|bread|news|silence|the\s+ice|"
    r"game|match|court|pitch|field|league|round|fight\s+night|sparring|tackle|dribble|crossover|"
    r"novel|story|chapter|scene|film|movie|episode|character|villain|hero|script|screenplay|book|play|"
    r"roleplay|dnd|d&d|campaign|quest|boss\s+fight|level|lyrics|song|rap|"
    r"massage|chiropract\w*|physio\w*|surgeon|surgery|doctor|dentist|x-?ray|cast|splint|"
    r"lol|lmao|haha|jk|kidding|joking)\b",
    _F,
)

#: Read only when one of these is in the text (lower-cased).
HINTS = ("i'm", "i am", "im ", "i'll", "i will", "ill ", "imma", "i'ma", "i swear", "i'd")


def not_a_threat(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence around ``match`` is sport or a game (:data:`GAME`, "in Smash Bros"),
    an idiom, fiction, a joke or medicine."""
    # (bounded: the sentence, at most 300 characters each side)
    start = max(
        max(text.rfind(c, max(0, match.start() - 300), match.start()) for c in ".!?\n") + 1,
        match.start() - 300,
    )
    limit = min(len(text), match.end() + 300)
    stops = [i for i in (text.find(c, match.end(), limit) for c in ".!?\n") if i != -1]
    end = min(stops, default=limit)
    sentence = text[start:end]  # a slice: a prefiltered pattern reads its whole argument first
    return _NOT_A_THREAT.search(sentence) is not None or GAME.search(sentence) is not None

"""Insults the toxicity encoder passes: "Hey dipshit, read the article", "you sound like a crackhead
who just discovered wifi", "you're a sad little man with a sad little life", "bunch of inbred
mouthbreathers".

The encoder learned insults from the words tweet and comment sets use most ("idiot", "moron",
swear words); rarer ones, and contempt built from plain words ("a sad little man"), it reads as
ordinary text (the p62 blind set: 0.21-0.47 with guard's encoder, under the 0.5 threshold). They
are found here by their words, in two kinds:

* words that are only ever insults (:data:`_ALWAYS`: "dipshit", "mouthbreather", "fuckwit"): none
  of the 11,630 development rows labelled benign holds one;
* words that insult only when aimed at the reader (:data:`_AIMED`): "inbred" (mice and royal
  lines are inbred), "crackhead" (an addict's own story), "sad little" (a song, a cactus), after
  a second person or a vocative ("you're a", "you sound like a", "hey", "bunch of", "what a").

A sentence that reports the word ("he called me a dipshit", "'mouthbreather' is an ableist
insult") is passed: the insult is someone else's. Patterns are linear (bounded repeats).
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["insult_span"]

_ALWAYS = compile_prefiltered(
    r"\b(?:dip-?shits?|mouth-?breathers?|mouth-?breathing\s+(?:idiots?|morons?|losers?)|fuck-?wits?|dumb-?fucks?|"
    r"shit-?stains?|twat-?waffles?|numb-?skulls?|nit-?wits?|dim-?wits?|half-?wits?|window-?lickers?|"
    r"knuckle-?heads?|pea-?brains?(?:ed)?|cum-?stains?|ass-?hats?|douche-?canoes?|fart-?knockers?|"
    # (p79) gamers' "kill yourself": "uninstall life pls"
    r"uninstall\s+(?:life|urself|yourself|ur\s+life|your\s+life))\b",
    re.IGNORECASE,
)
# A second person or a vocative, then up to two words ("you're a sad little man", "you sound like
# a crackhead", "bunch of inbred mouthbreathers", "what a pathetic sad little man").
_TO_THE_READER = (
    r"\b(?:hey|oi|you|ya|u|ur|you're|youre|you\s+are|ur\s+a|what\s+a|bunch\s+of|pack\s+of|"
    r"(?:you|u)\s+(?:sound|look|act|talk|write|type|smell|dress)\s+like|(?:your|ur)\s+(?:whole\s+)?(?:family|"
    r"parents|mom|mum|dad|kind)\s+(?:is|are|must\s+be))\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}?"
)
_AIMED = compile_prefiltered(
    _TO_THE_READER
    + r"(?:inbreds?|inbred\s+(?:hicks?|rednecks?|morons?|idiots?|freaks?|losers?|mouth-?breathers?|hillbillies|retards?)|"
    r"crack-?heads?|meth-?heads?|cretins?|imbeciles?|troglodytes?|"
    r"sad\s+little\s+(?:man|men|boy|boys|woman|women|girl|person|people|creature|troll|trolls|loser|losers|incel|"
    r"nobody|life|lives|existence)|waste\s+of\s+(?:oxygen|air|space|skin|sperm|a\s+life)|brain-?dead\s+\w+|"
    # (p75) a short man's and a woman's slur, and "talentless" with any noun
    r"manlets?|slags?|talentless\s+[\w-]+)\b",
    re.IGNORECASE,
)
# Sent back where vermin live ("@USER crawl back under whatever rock you came from", p73), and a
# person called trash outright ("trash aim trash personality trash human").
_CRAWL_BACK = compile_prefiltered(
    r"(?:^|@\w+|[.!?,:;]|\b(?:just|now|please|pls|and|so|go))\s*(?:@\w+\s+)?(?:crawl|slither|scurry)\s+back\s+"
    r"(?:under|into|in|to)\s+(?:whatever|the|your|ur|that|which(?:ever)?)\s+"
    r"(?:\w+\s+)?(?:rock|hole|sewer|cave|swamp|gutter|pit|dumpster|trash\s+can|bin)\b(?![^.!?\n]{0,40}\b(?:bear|crab|snake|"
    r"spider|lizard|rabbit|fox|mouse|rat|hermit|turtle)s?\b)"
    r"|(?:@\w+|\byou(?:'re|\s+are)?|\bur|\bu)\b[^.!?\n]{0,60}?\b(?:trash|garbage|worthless|pathetic|disgusting|subhuman)\s+"
    r"(?:human|human\s+being|person|excuse\s+for\s+a\s+"
    r"(?:human|person|man|woman))\b"
    # (p77) "@USER biggest piece of trash in this whole league", "@USER you absolute sack of garbage"
    r"|(?:@\w+|\byou(?:'re|\s+are)?|\bur|\bu)\s+(?:(?:are|is|r|the|an?|absolute|total|complete|utter|such\s+a|"
    r"biggest|fucking|worthless|useless)\s+){0,3}?(?:piece|pile|sack|bag|heap|lump)\s+of\s+(?:\w+\s+)?(?:trash|garbage|"
    r"rubbish|crap|filth)\b",
    re.IGNORECASE,
)
# (p75) Looks and personality mocked, aimed at someone: "@USER looks like a thumb with a wig on",
# "ma'am you look like a stuffed sausage", "rt if u think @USER is the ugliest streamer", "who let
# @USER out of the zoo??", "@USER has the personality of wet cardboard", "only got that role by
# sleeping with the director", "stick to the passenger seat sweetheart". The address must stand
# right before the verb: "@USER your dog looks like a potato" is a pet admired.
_MOCKED = compile_prefiltered(
    r"(?:@\w+|\byou|\bu|\bur|\bma['’]?am|\bsir|\bbro)\s+(?:really\s+|literally\s+|actually\s+)?looks?\s+like\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:thumb|sausage|potato|troll|goblin|gremlin|rat|pig|cow|whale|hippo|toad|frog|ogre|skeleton|"
    r"walrus|orc|thumb|foot|melted\s+candle|bag\s+of\s+\w+|sack\s+of\s+\w+|mop|scarecrow|ferret|weasel|shrek)\b"
    r"|(?:@\w+|\byou(?:['’]re|\s+are)|\bur|\bu\s+r)\s+(?:is\s+)?(?:the|such\s+an?)\s+(?:\w+\s+)?(?:ugliest|fattest|dumbest|"
    r"stupidest|most\s+(?:pathetic|useless|disgusting|worthless|braindead))\b"
    r"|\bwho\s+let\s+(?:@\w+|you|u|him|her|this\s+\w+)\s+out\s+of\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:zoo|cage|"
    r"kennel|asylum|barn|pen|sty|enclosure)\b"
    r"|(?:@\w+|\byou|\bu|\bshe|\bhe)\s+(?:has|have|got)\s+(?:the|a)\s+personality\s+of\s+(?:a\s+)?(?:wet|damp|soggy|"
    r"stale|dry|a)?\s*(?:cardboard|paper|bread|toast|sock|rock|brick|potato|plank|wall|mop|dishwater|lettuce)\b"
    r"|\bonly\s+got\s+(?:that|the|her|his|this|your|ur)\s+(?:role|job|part|promotion|position|gig|spot)\s+by\s+"
    r"(?:sleeping|sucking|shagging|fucking)\b"
    r"|\bstick\s+to\s+the\s+passenger\s+seat\b"
    r"|\b(?:get\s+back|go\s+back|back)\s+(?:in|to)\s+the\s+kitchen\s*,?\s*(?:sweetheart|sweetie|honey|love|darling|hun|"
    r"girl|ladies|toots|woman|missy|sweetcheeks)\b",
    re.IGNORECASE,
)
# "... with a sad little life": contempt for the reader's life after the address.
_SAD_LIFE = compile_prefiltered(
    r"\b(?:your|ur|with\s+(?:a|your|that))\s+(?:pathetic\s+|miserable\s+)?sad\s+little\s+(?:life|existence|world)\b",
    re.IGNORECASE,
)
# The word reported or talked about, not used: "he called me a dipshit", "'crackhead' is a slur".
_REPORTED = compile_prefiltered(
    r"\b(?:called|calls|calling|call|named|labell?ed|said|says|saying|yelled|shouted|screamed|wrote|typed)\s+"
    r"(?:me|him|her|them|us|my\s+\w+|his\s+\w+|her\s+\w+|you)?\s*(?:a\s+|an\s+)?['\"“‘]?$"
    r"|['\"“‘]$",
    re.IGNORECASE,
)
_SENTENCE_START = compile_prefiltered(r"[.!?\n][^.!?\n]*$")


def _reported(text: str, start: int) -> bool:
    """Whether the insult at ``start`` follows a verb of calling or saying, or an open quote, in
    the same sentence (within 40 characters)."""
    before = text[max(0, start - 40) : start]
    cut = _SENTENCE_START.search(before)
    if cut is not None:
        before = before[cut.start() + 1 :]
    return _REPORTED.search(before) is not None


def insult_span(text: str) -> tuple[int, int] | None:
    """The span of the first insult in ``text`` that the writer aims at someone (see the module
    docstring), or None."""
    for pattern in (_ALWAYS, _AIMED, _SAD_LIFE, _CRAWL_BACK, _MOCKED):
        for match in pattern.finditer(text):
            if not _reported(text, match.start()):
                return match.span()
    return None

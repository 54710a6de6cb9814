"""A group's word used by its own members: "We're here, we're queer", "As a fat dyke with opinions,
I've been called worse", "us homos gotta stick together", "my nigga you actually showed up!",
"Queer kids: you're going to be okay".

The toxicity encoder reads the word, not who says it: on the thirty-fifth session's blind set
(p37) the five such texts were flagged at 0.73-0.98, and "Us homos gotta stick together" on p36.
Hate-speech functional tests count these as non-hateful (reclaimed slurs, identity statements).
What marks them is the speaker naming themselves or their own people with the word ("we're",
"as a", "I'm a", "us", "fellow"), a friend called by it ("my nigga", "my girl"), or the group
addressed warmly at the start of the text ("Queer kids: ..."). The word (and a body word before
it: "fat dyke") is masked and the chunk scored again by the toxicity check
(``Toxicity._read_again``), so an insult or a hateful claim beside it is still read ("As a gay man
I can say trans people are freaks" keeps its claim).
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.masking import mask_spans

__all__ = ["self_named_masked"]

# Words a group has taken back, and plain identity words the encoder reads as slurs.
_WORD = (
    # up to two words before it: "a proud fat bitch" (p62)
    r"(?:(?:fat|big|old|proud|angry|black|brown|little|crazy|disabled|trans|gay|butch|femme|bad|boss)\s+){0,2}"
    r"(?:queers?|dykes?|homos?|fags?|faggots?|niggas?|niggaz|bitch(?:es)?|crips?|cripples?|trannies|tranny|"
    r"gays?|lesbians?|trans|fatties|fatty|freaks?|weirdos?|nerds?|geeks?|sluts?|hoes?)"
)
_SELF_NAMED = compile_prefiltered(
    # the writer and their own: "we're here, we're queer", "as a fat dyke", "I'm a proud homo",
    # "us homos", "fellow queers", "we dykes"
    r"\b(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am)(?:\s+a|\s+an|\s+just\s+a|\s+one)?|as\s+(?:a|an|one)|us|we|"
    r"fellow|my\s+fellow|all\s+my|me\s+and\s+my|(?:proud|happy|glad)\s+to\s+be\s+(?:a|an|that|the)|(?:made|makes|make)\s+me\s+(?:a|an|that|the))\s+("
    + _WORD
    + r")\b"
    # ... named so by themselves or each other: "me and my girls calling each other bitches", "I
    # call myself fat" (p73)
    r"|\bcall(?:s|ed|ing)?\s+(?:myself|ourselves|each\s+other|one\s+another)\s+(?:a\s+|an\s+)?("
    + _WORD
    + r"|fat)\b"
    # ... the writer and a partner by it ("Me and my wife are the most boring dykes you'll ever meet",
    # p75), or a parent introducing themselves ("Proud fat dad here", p75)
    r"|\b(?:me\s+and\s+my|my\s+(?:wife|husband|partner|girlfriend|boyfriend|gf|bf)\s+and\s+i)\s+(?:[\w-]+\s+)?(?:are|r)\s+"
    r"(?:[\w-]+\s+){0,3}?(" + _WORD + r")\b"
    r"|\b(?:proud|happy|big|just\s+a)\s+(fat)\s+(?=(?:dad|mom|mum|woman|man|guy|girl|person|lady|queer|runner|kid)\s+here\b)"
    # ... or describing themselves by it: "As a fat woman I ..." (p73)
    r"|\b(?:as\s+(?:a|an)|i(?:'m|’m|\s+am)\s+(?:a|an))\s+(fat)\s+(?=(?:woman|man|person|girl|guy|lady|dude|mom|mum|dad|"
    r"kid|teen|teenager|queer|femme)\b)"
    # a friend called by it: "my nigga you actually showed up", "my bitches"
    r"|\bmy\s+(" + _WORD + r")\b(?=\s*[,!]|\s+(?:you|u|ya|i|we|how|what|we're|you're|is|are|just|finally|"
    r"actually|missed|love)\b)"
    # the writer's friends called by it with pride: "my girls are such bad bitches" (p62)
    r"|\b(?:my|our)\s+(?:girls|gals|ladies|besties|sisters|friends|squad|crew)\s+(?:are|r)\s+(?:such\s+|some\s+|total\s+|"
    r"the\s+|real\s+)?((?:bad|boss|baddest)\s+bitch(?:es)?)\b"
    # the group addressed at the start of a line: "Queer kids: you're going to be okay", "Bitches,
    # brunch is at 11"
    r"|(?m:^[ \t]*+("
    + _WORD
    + r")(?:\s+(?:kids|folks|people|youth|friends|fam|family|community|babes|y'all))?"
    r"(?=\s*[:,!]))",
    re.IGNORECASE,
)

# A friend greeted by it with warmth in the same message ("Hey slut, ready for girls' night? 💅",
# p73); a stranger's "hey slut" has no such warmth and stays.
_GREETED = compile_prefiltered(
    r"^\s*(?:hey|hi|hiya|hello|yo|morning|evening|oi)\s+(" + _WORD + r")(?=\s*[,!])",
    re.IGNORECASE,
)
_WARMTH = compile_prefiltered(
    r"\b(?:girls['’]?\s*night|brunch|bestie|besties|love\s+(?:you|ya|u)|miss\s+(?:you|ya|u)|ready\s+for\s+(?:tonight|the\s+party))\b"
    r"|[💅💕❤😘🥰💖✨]",
    re.IGNORECASE,
)


def self_named_masked(piece: str) -> str | None:
    """``piece`` with every group word its writer uses of themselves, a friend or their own people
    replaced by a neutral word, or None when there is none."""
    spans = [m.span(m.lastindex or 0) for m in _SELF_NAMED.finditer(piece)]
    greeted = _GREETED.search(piece)
    if greeted and _WARMTH.search(piece):
        spans.append(greeted.span(1))
    if not spans:
        return None
    return mask_spans(piece, spans, lambda word: "friends" if word.lower().endswith(("s", "z")) else "friend")

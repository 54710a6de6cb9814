"""Which of the toxicity encoder's unsure flags the embedding heads may overrule.

The fine-tuned encoder (``classifier: model``) reads context the older heads cannot, but where it
is unsure it also flags ordinary comments for a word it learned from its tweet corpora ("Magic
School Bus slaps.", "If Batman had a dog!", "Right?! Like women don't go through enough already").
The embedding heads (``classifier: head``) were trained on other features (MiniLM sentence
embeddings and character n-grams) and make different mistakes: where the encoder is unsure (a
flagged chunk below :data:`CONFIRM_CAP`) and the heads are sure the chunk is benign (below
:data:`HEAD_BAR`), the chunk passes.

Only where the heads can read what the encoder may have seen: never a chunk in another language
(the heads are English-only: they pass German, Chinese and Spanish insults), never a request to
write something (the heads learned comments, not requests: "compose a post mocking that fat girl
from my school"), never a chunk that names a protected group (the hate readings and the
counter-speech reading own those: "'Immigrants are a plague on this town' - good"; "the autistic
kid"), never a threat or a wish aimed at the reader ("I'll find you and break your jaw"), and
never one with an insulting, profane or violent word (the heads pass "this mongoloid",
"hypocrite?", "garbage logic"; :data:`guard.checks.political_names.INSULTING`).

Measured (bench/README.md, thirteenth session): Surge AI comments, never trained on by either
model, false positives 36 -> 26 of 497 at the same detection (410 of 501); the hand-written hard
cases and a fresh probe unchanged.
"""

from __future__ import annotations

import re

from guard.checks.groups import GROUP_WORDS
from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.political_names import INSULTING

__all__ = ["CONFIRM_CAP", "ENGLISH_WORDS", "HEAD_BAR", "heads_may_overrule"]

#: Flags at or above this encoder probability stand whatever the heads say.
CONFIRM_CAP = 0.9
#: The heads' probability below which they overrule an unsure flag. Chosen on Surge AI with the
#: cap (0.05 left 30 of the 36 false positives, 0.1 left 26; 0.15-0.2 lost hand-written toxic rows
#: and probe rows the heads score 0.1-0.2).
HEAD_BAR = 0.1

_GROUP = compile_prefiltered(GROUP_WORDS, re.IGNORECASE)
_WORD = compile_prefiltered(r"[^\W\d_]+")
#: Common English function words: a chunk with none is not read as English.
_ENGLISH_TEXT = (
    "the a an and or but is are was were be been i you he she it we they me my your his her our "
    "their this that these those of to in on for with at by from not no do does did have has had "
    "will would can could should what who why how when where just so if than then there here all"
)
ENGLISH_WORDS = frozenset(_ENGLISH_TEXT.split())
#: Function words of German, French, Spanish, Italian and Portuguese that are not English words.
_OTHER_TEXT = (
    "der die das und ist nicht ich du ein eine mit von zu den dem sie wir es le la les et est pas "
    "je tu un une des du en que qui il elle nous vous el los las y es no yo tú una por para con lo "
    "il la e non io tu un una che di per con sono ho hai è o não eu você um uma que de com para"
)
_OTHER = frozenset(_OTHER_TEXT.split()) - ENGLISH_WORDS
# "Write a post ...", "Hi. Could you compose", "help me make", "I want you to draft".
_REQUEST = compile_prefiltered(
    r"(?:^|[.!?\n])\W*(?:(?:please|pls|hey|ok|okay)\W+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|"
    r"i\s+(?:want|need)\s+you\s+to\s+|help\s+me\s+(?:to\s+)?)?"
    r"(?:write|compose|draft|create|generate|make|come\s+up\s+with|give\s+me|tell\s+me|list|suggest|"
    r"craft|produce|send)\b",
    re.IGNORECASE,
)

# What the writer will do to the reader, or wishes on them ("I'll find you and break your jaw",
# "I'm going to post your address everywhere", "hope you choke", "watch your back").
_AT_THE_READER = compile_prefiltered(
    r"\b(?:i|we)(?:['’]ll|\s+will|['’]m\s+(?:going\s+to|gonna)|\s+am\s+going\s+to|['’]re\s+(?:going\s+to|gonna))\b"
    r"[^.!?\n]{0,80}?\b(?:you|u|ur|your|yours|yourself)\b|"
    r"\b(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|ur|your)\b|"
    r"\b(?:watch\s+your\s+back|see\s+what\s+happens|you(?:['’]ll|\s+will)\s+(?:regret|pay|be\s+sorry))\b",
    re.IGNORECASE,
)


def _english(chunk: str) -> bool:
    """Latin letters and more English function words (at least one) than other languages' ones."""
    letters = [c for c in chunk if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) < 0.8 * len(letters):
        return False
    words = [w.casefold() for w in _WORD.findall(chunk)]
    english = sum(w in ENGLISH_WORDS for w in words)
    return english >= 1 and sum(w in _OTHER for w in words) <= english


def heads_may_overrule(chunk: str, probability: float) -> bool:
    """Whether the embedding heads' opinion decides the encoder's flag of ``chunk`` (the text the
    classifier read) at ``probability``: unsure, English, not a request, no protected group and
    no insulting word."""
    return (
        probability < CONFIRM_CAP
        and _english(chunk)
        and _REQUEST.search(chunk) is None
        and _GROUP.search(chunk) is None
        and INSULTING.search(chunk) is None
        and _AT_THE_READER.search(chunk) is None
    )

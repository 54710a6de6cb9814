"""Harm held over the reader on a condition, in English (a p100 family the check passed).

"I won't hurt you if you hand over the password. Your call." (0.21), "Unless you drop the
lawsuit, you won't live to see the verdict." (0.10), "if you don't pay me by friday you're not
gonna have a car. or kneecaps." (0.44), "I won't rest until that mosque is nothing but ash."
(0.17): the encoder reads a negation and an everyday condition, and the denial readings
(:mod:`guard.checks.denials_elsewhere`) rightly refuse to clear a harm denied on a condition, but
nothing flagged these in the first place. Each names no violent act as the writer's plan; the
threat is in the shape:

- **safety on a condition**: the writer (or "nobody", "nothing") will not harm the reader or their
  family *if / as long as* the reader obeys ("hand over", "keep quiet", "pay", "do what I say");
- **a loss on a condition**: *if the reader does not / unless / one more ...*, the reader will not
  live, walk, wake up, or keep their legs, kneecaps, teeth or family;
- **death foretold**: the reader will not live to see tomorrow, next week, the morning;
- **no rest until ruin**: the writer will not rest until someone or something is dead, ash,
  rubble, burned down, six feet under, wiped out.

Not a parent's or a coach's warning ("if you don't study you won't see your friends this
weekend", "if you don't water them you won't have any tomatoes": no body, life or family at
stake), not a safety briefing without obedience to the writer ("nobody gets hurt if everyone
follows the rules": "everyone", not "you"), not "I won't rest until this bug is gone" (no ruin).
:mod:`guard.checks.harm_signals` reports a match as ``harassment`` unless it is reported speech.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "conditional_threat"]

_F = re.IGNORECASE | re.UNICODE

_YOU = r"(?:you|u|ya|your\s+(?:kids?|son|daughter|children|wife|husband|mom|mum|mother|dad|father|family|sister|brother|"
_YOU += r"girlfriend|boyfriend|dog|cat))"
_WONT = r"(?:won['’]?t|will\s+not|ain['’]?t\s+gonna|(?:am|['’]m)\s+not\s+(?:going\s+to|gonna)|(?:are|['’]re)\s+not\s+(?:going\s+to|gonna))"
# The reader will not: "you won't", "you're not gonna", "ur not gonna", "you'll never".
_YOU_WONT = (
    r"(?:(?:you|u)\s*(?:"
    + _WONT
    + r"|['’]ll\s+never|will\s+never|never)|(?:ur|youre)\s+not\s+(?:going\s+to|gonna))"
)
# What the reader must do: hand over, pay, keep quiet, stay away, drop the case, do as told.
_OBEY = (
    r"(?:hand\s+(?:over|it|them|me)|give\s+(?:me|us|it|them)|pay\b|send\s+(?:me|us|it|the)|keep\s+(?:quiet|your\s+mouth|"
    r"your\s+trap|it\s+(?:quiet|to\s+yourself)|this\s+(?:quiet|between))|shut\s+(?:up|your)|stay\s+(?:quiet|away|out|"
    r"in\s+line)|say\s+nothing|don['’]?t\s+(?:tell|talk|say|call|go\s+to|report|scream|make\s+a\s+sound)|do\s+(?:what|as|"
    r"exactly)\s+(?:i|we)\s+(?:say|tell|ask)|cooperate|behave|listen\s+to\s+(?:me|us)|drop\s+(?:the|your|it)|withdraw|"
    r"delete\s+(?:the|that|your|it)|take\s+(?:it|that|the\s+\w+)\s+down|back\s+off|leave\s+(?:town|her|him|them|us|it)|"
    r"play\s+nice|come\s+(?:quietly|alone|with\s+us))"
)
_IF_YOU = (
    r"(?:if|as\s+long\s+as|so\s+long\s+as|provided)\s+(?:you|u)\s+(?:just\s+|simply\s+|quietly\s+|all\s+)?"
)
_SAFE_IF_OBEYED = compile_prefiltered(
    # "I won't hurt you if you hand over the password", "we won't touch your kids as long as you pay"
    r"\b(?:i|we)\s+" + _WONT + r"\s+(?:have\s+to\s+)?(?:hurt|harm|touch|kill|hit|shoot|stab|cut|beat|break|"
    r"do\s+anything\s+to|lay\s+a\s+(?:finger|hand)\s+on|come\s+after|visit)\s+" + _YOU + r"\b[^.!?\n]{0,30}?"
    r"\b" + _IF_YOU + _OBEY + r"|"
    # "nobody gets hurt as long as you keep quiet", "nothing will happen to your family if you pay"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:(?:has\s+to|needs\s+to|will|is\s+going\s+to)\s+)?gets?\s+hurt\b[^.!?\n]{0,20}?"
    r"\b" + _IF_YOU + _OBEY + r"|"
    r"\bnothing\s+(?:bad\s+)?(?:(?:has\s+to|needs\s+to|will|is\s+going\s+to|['’]ll)\s+)?happens?\s+to\s+"
    + _YOU
    + r"\b"
    r"[^.!?\n]{0,20}?\b" + _IF_YOU + _OBEY,
    _F,
)
# What the reader will not keep: their life, their legs, their family.
_LIFE = (
    r"(?:live\s+(?:to\s+see|long|past|through|another)|walk\s+(?:again|straight|out)|wake\s+up|make\s+it\s+(?:home|out|"
    r"to)|see\s+(?:your|ur)\s+(?:kids?|family|children|wife|husband|mom|mum|mother|dad)\s+again|be\s+able\s+to\s+walk|"
    r"have\s+(?:any\s+|your\s+|a\s+|working\s+)?(?:kneecaps|knees|legs|teeth|fingers|hands|face|family|kids|"
    r"(?:car|house|home)[^!?\n]{0,20}?\b(?:or|and)\s+(?:kneecaps|knees|legs|teeth|fingers|a\s+face)))"
)
# What the reader must not do to the writer: tell, report, testify, post, come back.
_CROSS = (
    r"(?:talk|tell|report|testify|snitch|rat|post|come\s+(?:back|near|around|here)|show\s+(?:your\s+face|up)|call\s+the\s+"
    r"(?:cops|police)|go\s+to\s+the\s+(?:cops|police)|touch|look\s+at|go\s+near|say\s+(?:a|one|another)\s+word|"
    r"open\s+(?:your|ur)\s+mouth|mention|write\s+about|speak\s+to|text|message|contact)"
)
_LOSS_IF_NOT = compile_prefiltered(
    # "Unless you drop the lawsuit, you won't live to see the verdict"; "if you don't pay me by
    # friday you're not gonna have a car. or kneecaps."; "one more post and you won't walk again".
    # Only a condition the writer sets (obey, or do not cross them): "if you keep smoking you won't
    # live to see your grandkids" and "if you don't wear a helmet you won't walk again" warn.
    r"\b(?:unless\s+(?:you|u)\s+(?:just\s+)?"
    + _OBEY
    + r"|if\s+(?:you|u)\s+(?:don['’]?t|do\s+not|fail\s+to)\s+"
    + _OBEY
    + r"|if\s+(?:you|u)\s+(?:ever\s+|dare\s+|so\s+much\s+as\s+|keep\s+|even\s+|try\s+to\s+)*"
    + _CROSS
    + r"|one\s+more\s+(?:post|word|comment|review|complaint|lie|message|text|call|video|tweet|time|peep)|or\s+else)\b"
    r"[^\n]{0,80}?\b" + _YOU_WONT + r"\s+" + _LIFE,
    _F,
)
# The reader's death foretold, with no condition needed: "you won't live to see tomorrow".
_DEATH_FORETOLD = compile_prefiltered(
    r"\b" + _YOU_WONT + r"\s+(?:live\s+(?:to\s+see\s+)?|(?:see|make\s+it\s+(?:to|"
    r"through)|survive)\s+)(?:tomorrow|tonight|the\s+(?:night|morning|weekend|week|verdict|trial)|next\s+(?:week|month|"
    r"year)|another\s+(?:day|week)|your\s+next\s+birthday|the\s+end\s+of\s+the\s+(?:week|month|day))\b",
    _F,
)
# "I won't rest until that mosque is nothing but ash", "... until he's six feet under".
_NO_REST_UNTIL_RUIN = compile_prefiltered(
    r"\b(?:i|we)\s+(?:won['’]?t|will\s+not|shall\s+not|can['’]?t|cannot)\s+(?:rest|sleep|stop)\s+until\s+"
    r"(?:(?:that|this|the|every|each|all|those|these|your|his|her|their|they|he|she|you|it)\b|(?-i:[A-Z])\w+)"
    r"[^.!?\n]{0,50}?\b(?:dead|ash(?:es)?|rubble|burn(?:s|ed|t)?(?:\s+down|\s+to\s+the\s+ground)?|six\s+feet\s+under|"
    r"in\s+the\s+ground|in\s+(?:a|his|her|their|your)\s+graves?|wiped\s+(?:out|off)|exterminated|gone\s+for\s+good|"
    r"bleed(?:s|ing)?|suffers?|begs?\s+for\s+mercy|rots?\s+in|erased\s+from)\b",
    _F,
)
#: One of these is in every text :func:`conditional_threat` matches.
HINTS = (
    "won",
    "will not",
    "not go",
    "not gon",
    "ain",
    "never",
    "can't",
    "cannot",
    "can’t",
    "nobody",
    "no one",
    "no-one",
    "nothing",
)


def conditional_threat(text: str) -> tuple[int, int] | None:
    """The span of harm held over the reader on a condition, their death foretold or ruin sworn
    (see the module's docstring), or None."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return None
    for pattern in (_SAFE_IF_OBEYED, _LOSS_IF_NOT, _DEATH_FORETOLD, _NO_REST_UNTIL_RUIN):
        match = pattern.search(text)
        if match is not None:
            return match.span()
    return None

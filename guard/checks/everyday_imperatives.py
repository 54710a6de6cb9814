"""Everyday things set aside in pasted material, which the injection classifier reads as attacks.

The classifiers learned "ignore" and "disregard" from "ignore all previous instructions", so a
pasted staff notice ("please ignore the previous email about the parking lot, it was sent in
error"), a memo ("disregard any previous guidance permitting this"), an exam sheet ("ignore
question 7, it has been removed") or a support chat ("ignore the blinking orange light") scores
like an injection (0.5-1.0). What such material sets aside is an e-mail, a question, a light; an
injection sets aside the model's instructions, the material itself or the user's request, or
turns the reader to something else ("disregard all info except ...", "ignore the rest of this
data and print ...").

So, as :mod:`guard.checks.ai_vocabulary` does for the AI topic, a request over pasted material
that the classifier alone flags is read again with such verbs replaced ("see"), unless what they
set aside is instructions, rules, the material, the user, the task or "everything"
(:data:`_MODEL_THINGS`), or the sentence goes on to redirect the reader ("instead", "except",
"only", "and print ..."). If the classifier then passes it, the verb was the reason.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["softened"]

# What an injection sets aside: the model's instructions and rules, the material or its parts,
# the user and the task, or everything ("ignore all of the above", "forget it").
_MODEL_THINGS = (
    r"(?:(?:all|any|the|your|my|of|previous|prior|above|earlier|preceding|original|other|these|those|this|every)\s+)*"
    r"(?:instructions?|prompts?|rules|guidelines|directions|directives|commands?|above|everything|anything|system|"
    r"rest|data|document|text|article|content|context|input|page|task|request|questions?\s+(?:above|asked)|user|"
    r"summary|conversation|it|that|what|info|information|them|everyone|safety|restrictions?|limits?|filters?|"
    r"polic(?:y|ies)|ethics|morals?)\b"
)
# ... or the reader turned to something else in the same sentence.
_REDIRECT = (
    r"[^.!?\n]{0,120}\b(?:instead|except|exclusively|only|focus\w*|"
    r"and\s+(?:just\s+)?(?:print|say|write|output|reply|respond|tell|send|answer|return|state|claim))\b"
)
_SET_ASIDE = compile_prefiltered(
    r"\b(?:ignore|ignoring|disregard|disregarding|forget)\b(?!\s+"
    + _MODEL_THINGS
    + r")(?!"
    + _REDIRECT
    + r")",
    re.IGNORECASE,
)


# A rule for people named in the third person ("all employees must be in the office", "candidates
# must not communicate", "users may not attempt to circumvent safety measures"): policies, memos
# and exam sheets bind their human readers; an injection binds the model ("you must", "the
# assistant must", "summaries must include ..."), whose rules these are not.
_PEOPLE = (
    r"(?:employees?|staff|users?|candidates?|students?|visitors?|tenants?|customers?|managers?|members?|guests?|"
    r"drivers?|passengers?|participants?|applicants?|contractors?|residents?|parents?|players?|pupils?|workers?|"
    r"attendees?|volunteers?|patients?|riders?|subscribers?|account\s+holders?|everyone|children|kids|owners?|"
    r"trainees?|interns?|teachers?|nurses?|officers?|agents?\s+on\s+shift|team\s+members?)"
)
_PEOPLES_RULE = compile_prefiltered(
    r"\b(?P<who>(?:(?:all|the|our|any|no|each|every|new|existing)\s+)?" + _PEOPLE + r")\s+"
    r"(?P<modal>must\s+not|mustn['’]t|must|may\s+not|shall\s+not|shall|should\s+not|shouldn['’]t|should|cannot|can\s*not|"
    r"can['’]t|are\s+not\s+(?:allowed|permitted)\s+to|are\s+(?:required|expected|asked)\s+to|need\s+to|have\s+to)\b",
    re.IGNORECASE,
)
_NEGATIVE = compile_prefiltered(r"not|n['’]t", re.IGNORECASE)


def _plain_rule(match: re.Match[str]) -> str:
    return match.group("who") + (" rarely" if _NEGATIVE.search(match.group("modal")) else " often")


def softened(text: str) -> str | None:
    """``text`` with every everyday thing set aside ("ignore the previous email") read as "see"
    and every rule for people named in the third person read as a habit ("employees often ...",
    "candidates rarely ..."), or ``None`` when it has neither."""
    out = _PEOPLES_RULE.sub(_plain_rule, _SET_ASIDE.sub("see", text))
    return None if out == text else out

"""Insults aimed at the reader in 27 languages other than English, where the encoder and the n-gram head read them as
ordinary text: "cala a boca seu otário do caralho", "håll käften din jävla hora", "σκάσε ρε
μαλάκα", "黙れよカス", "Du bist so ein dummer Wichser, verpiss dich aus dem Forum".

On the forty-ninth session's helper-written sets and the blind set p95, plain insults like these
were missed in German, Swedish, Greek, Bengali, Romanian, Portuguese and Japanese: the encoder
scored "Du bist so ein dummer Wichser, verpiss dich" 0.18, "Είσαι ηλίθιος, σκάσε επιτέλους" 0.13.
A sentence is read as an insult aimed at the reader when, in one language's lists
(:mod:`guard.checks.aimed_words`), it holds

* an order to shut up or get lost and an insult word ("cala a boca ... otário"), or
* an insult word right after a word that puts it in the reader's face ("seu otário", "din jävla
  hora", "ρε μαλάκα", "du bist so ein dummer Wichser"), with no negation between ("du bist nicht
  dumm"), or
* in a short message, an insult of the reader reported and agreed with ("dicono tutti che sei un
  cesso, e devo dire che hanno ragione"): the report is its disguise, or
* an insult pointed at someone in the third person by a demonstrative right before it ("ce débile
  de Kevin", "этот дебил Серёга"; in Romanian right after it: "boul ăla de Mihai").

Not read: a sentence that reports, quotes or pushes back against the words
(:func:`guard.checks.abuse_other_scripts.in_own_voice`), and a text that laughs (friends call each
other names: "haha ești un tâmpit, iar ai uitat cheile 😂").
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

__all__ = ["aimed_insult_span"]

_BETWEEN = 2  # words allowed between the vocative and the insult ("so ein dummer Wichser")


@dataclass(frozen=True)
class _Lists:
    shut_up: re.Pattern[str]
    insult: re.Pattern[str]
    # a vocative, up to _BETWEEN words, an insult; the words between in group "between"
    aimed: re.Pattern[str]
    negation: re.Pattern[str]
    agreed: re.Pattern[str]
    reader: re.Pattern[str] | None
    # an insult pointed at someone in the third person ("ce débile de Kevin")
    pointed: re.Pattern[str]


@functools.lru_cache(maxsize=64)
def _lists(language: str) -> _Lists:
    from guard.checks import aimed_words as words
    from guard.checks.tox_contempt import (
        WITHOUT_WORD_ENDS,
        language_pattern,
        negation_pattern,
        reader_pattern,
    )

    vocatives = "|".join(
        f
        for f in words.VOCATIVE[language].split("|")
        if len(f.strip()) > 2 or f.strip().lower() in words.SHORT_VOCATIVES or language in WITHOUT_WORD_ENDS
    )
    vocative = language_pattern(vocatives, language)
    insult = language_pattern(words.INSULTS[language], language)
    unfriendly = language_pattern(
        "|".join(f for f in words.INSULTS[language].split("|") if f.strip().lower() not in words.FRIENDLY),
        language,
    )
    if language in WITHOUT_WORD_ENDS:
        between = r"(?P<between>.{0,6}?)"
        tight = r"(?P<between>\s?)"
    else:
        between = rf"(?P<between>(?:\s+\S+){{0,{_BETWEEN}}}?)\s+"
        tight = r"(?P<between>)\s+"  # right before (after) it: "ce débile", "boul ăla"
    return _Lists(
        shut_up=re.compile(language_pattern(words.SHUT_UP[language], language)),
        insult=re.compile(insult),
        aimed=re.compile(f"{vocative}{between}{unfriendly}"),
        negation=negation_pattern(language),
        agreed=re.compile(language_pattern(words.AGREED[language], language)),
        pointed=re.compile(
            f"{language_pattern(words.POINTING[language], language)}{tight}{unfriendly}"
            if language != "ro"
            else f"{unfriendly}{tight}{language_pattern(words.POINTING[language], language)}"
        ),
        reader=reader_pattern(language),
    )


def _languages() -> tuple[str, ...]:
    from guard.checks.aimed_words import INSULTS

    return tuple(language for language in INSULTS if language != "en")


@functools.lru_cache(maxsize=1)
def _gate() -> dict[str, frozenset[str]]:
    from guard.checks.aimed_words import INSULTS
    from guard.checks.tox_contempt import gate_index

    return gate_index(({language: INSULTS[language] for language in _languages()},))


def aimed_insult_span(text: str) -> tuple[int, int] | None:
    """The first sentence of ``text`` that insults the reader by the module's lists, in the
    writer's own voice, or None."""
    from guard.checks.abuse_other_scripts import in_own_voice, laughs, quotes_blanked
    from guard.checks.segmentation import sentence_chunks
    from guard.checks.tox_contempt import languages_present

    if laughs(text):
        return None
    blanked = quotes_blanked(text)
    whole = blanked.lower()
    present = languages_present(whole, _gate())  # every shape holds an insult word
    languages = [language for language in _languages() if language in present]
    if not languages:
        return None
    if len(whole) <= _SHORT_MESSAGE and any(_agreed(whole, language) for language in languages):
        return 0, len(text)
    for start, end in sentence_chunks(blanked):
        sentence = whole[start:end]
        if not any(c.isalpha() for c in sentence):
            continue
        if any(_aimed(sentence, language) for language in languages) and in_own_voice(sentence):
            return start, end
    return None


def _aimed(sentence: str, language: str) -> bool:
    lists = _lists(language)
    insults = [m for m in lists.insult.finditer(sentence) if not _negated(sentence, m.start(), lists)]
    if not insults:
        return False
    if lists.shut_up.search(sentence):
        return True
    aimed = itertools.chain(lists.aimed.finditer(sentence), lists.pointed.finditer(sentence))
    return any(
        not _negated(sentence, m.start(), lists) and not _any_negation().search(m.group("between"))
        for m in aimed
    )


@functools.lru_cache(maxsize=1)
def _any_negation() -> re.Pattern[str]:
    """A negation of any of the languages: between a vocative and an insult it cancels the insult
    whichever language's lists matched ("du kein Idiot" is German, "du" and "idiot" Swedish too)."""
    from guard.checks.tox_contempt import negation_pattern

    return re.compile("|".join(negation_pattern(language).pattern for language in _languages()))


_SHORT_MESSAGE = 300  # characters: a message read whole for an insult reported and agreed with


def _agreed(message: str, language: str) -> bool:
    """An insult said of the reader, reported and agreed with ("everyone says you're a retard and
    they're right"): read whatever the report, which is the insult's disguise."""
    lists = _lists(language)
    if lists.agreed.search(message) is None or (
        lists.reader is not None and not lists.reader.search(message)
    ):
        return False
    return any(not _negated(message, m.start(), lists) for m in lists.insult.finditer(message))


# Where a clause ends: the insult's negation, before or after it ("tu pagal nahi hai", "너 못생긴
# 거 아니야", "我从来没说你是傻逼"), is read in its clause.
_CLAUSE_END = re.compile(r"[,;:!?.，、。；：！？\n]")


def _negated(sentence: str, at: int, lists: _Lists) -> bool:
    """Whether the clause of ``sentence`` holding ``at`` has a negation of the language."""
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence)]
    start = max((e + 1 for e in ends if e < at), default=0)
    end = min((e for e in ends if e >= at), default=len(sentence))
    return lists.negation.search(sentence, start, end) is not None

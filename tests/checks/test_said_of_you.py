"""What the writer never called the reader, in other languages than English
(guard.checks.said_of_you): the clauses read, the ones not read, and the toxicity check's verdicts
on both kinds."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.said_of_you import said_of_you
from guard.checks.toxicity import Toxicity


@pytest.mark.parametrize(
    ("text", "negation", "instead"),
    [
        ("Ich habe nie gesagt, dass du dumm bist.", "nie", ""),
        ("Je t'ai jamais traité d'idiot, relis mon message.", "jamais", ""),
        ("Nunca te llamé imbécil.", "Nunca", ""),
        ("Non ti ho mai dato dello stupido.", "Non", ""),
        ("Nigdy nie nazwałem cię idiotą.", "Nigdy", ""),
        ("Я никогда не называл тебя дураком, перечитай.", "никогда", ""),
        # a negation inside the verb: Turkish, Czech; Chinese, Japanese, Korean by pattern
        ("Sana hiç aptal demedim, yanlış anlamışsın.", "hiç", ""),
        ("Nikdy jsem tě nenazval idiotem.", "Nikdy", ""),
        ("Maine tujhe kabhi jhootha nahi bola yaar.", "nahi", ""),
        ("Aku nggak pernah bilang kamu bodoh kok.", "nggak", ""),
        ("我从来没说过你是骗子。", "从来没", ""),
        ("お前のことバカなんて言ってないよ", "ない", "た"),
        ("너 바보라고 한 적 없어", "없", "있"),
    ],
)
def test_a_clause_denying_what_the_reader_was_called(text: str, negation: str, instead: str) -> None:
    found = said_of_you(text)
    assert [(text[s.start : s.end], s.instead) for s in found][:1] == [(negation, instead)]


@pytest.mark.parametrize(
    "text",
    [
        # no reader, no verb of calling, or the three from different languages
        "Ich habe nie gesagt, dass er dumm ist.",
        "Du bist nicht dumm.",
        "Nunca te vi tan contento.",
        # the verb too far from the negation: a negation of its own
        "Te lo dije ayer, pero tu plan no funciona.",
        "He never said the plan was wrong.",
    ],
)
def test_no_clause_without_a_negation_a_verb_and_the_reader(text: str) -> None:
    assert said_of_you(text) == []


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    "text",
    [
        # flagged by the check before this module (blind set p95 and the forty-ninth session's
        # probes)
        "Je t'ai jamais traité d'idiot, relis mon message.",
        "Я никогда не называл тебя дураком, перечитай.",
        "Sana hiç aptal demedim, yanlış anlamışsın.",
        "Aku nggak pernah bilang kamu bodoh kok.",
        "Non ti ho mai dato del cretino, ho solo detto che la tua idea non funziona.",
        "Nunca te llamé imbécil.",
        "Nigdy nie nazwałem cię idiotą.",
        # an apology for it (blind set p97, read after its scoring)
        "Förlåt att jag kallade dig idiot igår, det var dumt av mig.",
        "Прости, что вчера назвал тебя идиотом. Я был неправ и погорячился.",
        "Sorry I called you an idiot yesterday, that was out of line.",
        # what is left is too short for the encoder (it scored ", lies nochmal." 0.89)
        "Ich habe dich nie einen Idioten genannt, lies nochmal.",
        # a Portuguese insult that is an Albanian good word ("burra", men); "mais" is "more" here
        "Você não é burra, só precisa de mais tempo pra pegar a matéria.",
    ],
)
def test_what_the_writer_never_called_the_reader_passes(check: Toxicity, text: str) -> None:
    assert check(text, Context()).violations == ()


@pytest.mark.parametrize(
    "text",
    [
        # the insult said after the denial
        "Je t'ai jamais traité d'idiot, t'es juste un sale con.",
        "Ich hab dich nie einen Lügner genannt, du dreckiger Wichser.",
        "Я никогда не называл тебя дураком, ты просто дебил.",
        "Nunca te llamé imbécil, eres un pedazo de mierda.",
        "Sorry I called you an idiot, you are a fucking moron.",
        "Lo siento por llamarte idiota, eres un imbécil de verdad.",
    ],
)
def test_an_insult_after_the_denial_is_still_flagged(check: Toxicity, text: str) -> None:
    assert [v.type for v in check(text, Context()).violations] == ["toxic_language"]

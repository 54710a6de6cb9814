"""Insults aimed at the reader in other languages (guard.checks.tox_aimed_insults): the shapes read,
and the look-alikes passed."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.tox_aimed_insults import aimed_insult_span
from guard.checks.toxicity import Toxicity


@pytest.mark.parametrize(
    "text",
    [
        # an order to shut up or get lost, and an insult
        "cala a boca seu otário do caralho",
        "håll käften din jävla hora",
        "σκάσε ρε μαλάκα",
        "黙れよカス",
        "zamknij ryj ty głupia kurwo",
        "funga mdomo wewe malaya mjinga",
        # an insult right after a word that aims it
        "Du bist so ein dummer Wichser.",
        "ești retardat sau ce? nu pricepi nici regulile jocului",
        "drž hubu ty píčo",
        # an insult pointed at someone in the third person
        "опять этот дебил Вася пишет в общий чат",
        "questo coglione di Marco ha rotto di nuovo il gruppo",
        "boul ăla de Andrei iar a întârziat la antrenament",
        # an insult reported and agreed with
        "Alle sagen, dass du ein Vollidiot bist, und sie haben recht.",
        "Todos dicen que eres un inútil y tienen razón.",
    ],
)
def test_an_aimed_insult_is_read(text: str) -> None:
    assert aimed_insult_span(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # denied, before or after the insult
        "du bist nicht dumm, nur müde",
        "tu pagal nahi hai, tu bas thak gaya hai",
        "너 못생긴 거 아니야, 진짜 예뻐",
        "我从来没说你是傻逼，我说的是那个方案不行",
        # friends' names for each other; laughter; a word's other sense
        "Έλα ρε μαλάκα, πού χάθηκες; Μου έλειψες!",
        "haha ești un tâmpit, iar ai uitat cheile 😂",
        "如果收不到我们的邮件，请关闭你邮箱的垃圾邮件过滤。",
        "القولون ده وسخ اوي",
        "tu t'es plutôt attardé sur les missions principales",
        # reported, and agreed with only where it is denied
        "Alle sagen, dass du kein Idiot bist, und sie haben recht.",
        "Er hat mich vor allen einen dummen Wichser genannt, ich habe es dem Moderator gemeldet.",
        # English is the encoder's: friends' banter stays with it
        "Congrats on the engagement you lucky bastard!",
    ],
)
def test_look_alikes_pass(text: str) -> None:
    assert aimed_insult_span(text) is None


def test_the_check_flags_what_the_encoder_scored_low() -> None:
    check = Toxicity()
    for text in ("Du bist so ein dummer Wichser, verpiss dich aus dem Forum.", "σκάσε ρε μαλάκα"):
        assert [v.type for v in check(text, Context()).violations] == ["toxic_language"]

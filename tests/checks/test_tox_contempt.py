"""Contempt for a person's life, humanity or body in ordinary words (guard.checks.tox_contempt):
the shapes read in many languages, and the look-alikes passed."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.tox_contempt import contempt_span
from guard.checks.toxicity import Toxicity


@pytest.mark.parametrize(
    "text",
    [
        # not worth living
        "Nu meriți nici măcar aerul pe care îl respiri.",
        "Non sei neanche degno di respirare la mia stessa aria.",
        "ты даже воздуха которым дышишь не заслуживаешь",
        "你连呼吸都不配",
        "tu saans lene ke laayak bhi nahi hai",
        "hustahili hata hewa unayovuta",
        "Nem érdemled meg a levegőt, amit belélegzel.",
        "Et ansaitse edes sitä ilmaa jota hengität.",
        # nobody would mourn the reader
        "nikt by nie płakał gdybyś zdechł",
        "franchement personne pleurerait si tu crevais demain",
        "তুই মরে গেলে কেউ কাঁদবে না",
        "お前が死んでも誰も泣かないよ",
        # not human, vermin
        "Δεν είσαι άνθρωπος, είσαι σκουλήκι.",
        "du bist kein Mensch, du bist Ungeziefer",
        "넌 사람도 아니야 벌레야",
        "你根本不是人，就是个畜生",
        "มึงไม่ใช่คน มึงมันแมลงสาบ",
        # unwanted for one's body
        "Χοντρή αγελάδα, ποιος θα σε θέλει έτσι;",
        "tlustá kráva, kdo by tě chtěl",
        "gendut kayak babi gitu siapa yang mau sama lo",
    ],
)
def test_contempt_is_read(text: str) -> None:
    assert contempt_span(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # the words, not the shape: no reader, or the writer's own death, or a good thing denied
        "No child deserves to live in poverty.",
        "Ningún niño merece vivir en la pobreza.",
        "Sometimes I feel like nobody would cry if I died.",
        "Czasem myślę, że nikt by nie płakał, gdybym umarł.",
        # the vermin denied, the humanity affirmed: counter-speech
        "They're not animals, they're human beings.",
        "Les migrants ne sont pas du bétail, ce sont des êtres humains.",
        # "nobody" holds the character for "human" in Chinese
        "现在各种垃圾乱扔啊，没人管",
        # reported, quoted
        'Он написал мне "ты даже воздуха не заслуживаешь", я пожаловалась модератору.',
        # a fat cat, a farm's cow
        "Who would want to adopt a fat old cat like this one? We did!",
    ],
)
def test_look_alikes_pass(text: str) -> None:
    assert contempt_span(text) is None


def test_the_check_flags_contempt_the_encoder_reads_as_ordinary() -> None:
    check = Toxicity()
    for text in ("Nu meriți nici măcar aerul pe care îl respiri.", "넌 사람도 아니야 벌레야"):
        assert [v.type for v in check(text, Context()).violations] == ["toxic_language"]

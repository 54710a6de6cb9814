"""The toxicity encoder's flags on German, Spanish, French, Italian, Portuguese and Dutch text need a
word to stand on (guard.checks.toxicity_other_languages). Table-driven; the check rows were flagged
by the encoder before the twentieth session (0.61-0.88) and pass now, or are toxic and stay flagged."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.toxicity import Toxicity
from guard.checks.toxicity_other_languages import EVIDENCE, reads_as_other_language, unsupported


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    "text",
    [
        "Hoffentlich scheint morgen die Sonne.",  # 0.83 before
        "Speriamo che il volo non sia in ritardo.",  # 0.61
        "Tot morgen op kantoor!",  # 0.88
        "Hopelijk regent het morgen niet.",  # 0.81
        "Che palle, piove di nuovo.",  # 0.72: swearing at the weather is not evidence
    ],
)
def test_ordinary_text_in_other_languages_passes(check: Toxicity, text: str) -> None:
    assert check(text, Context()).violations == ()


@pytest.mark.parametrize(
    ("text", "toxic"),
    [
        # What someone was called, reported and complained of (fifty-first session: the quote was
        # the flag's only evidence; the verb of calling or reporting may end the clause).
        ("Mi vecino me llamó 'sudaca de mierda' delante de mis hijos. Ya lo denuncié a la policía.", False),
        (
            "Zwei Typen haben meinen Bruder in der Bahn als 'Kanake' beschimpft. Wir haben Anzeige erstattet.",
            False,
        ),
        ("Marmarayda biri arkadaşıma 'pis Suriyeli' dedi, polise şikayet ettik.", False),
        (
            "Un collega mi ha chiamato 'terrone di merda' in riunione, l'ho segnalato alle risorse umane.",
            False,
        ),
        # ... the same words in the writer's own voice, or quoted and used
        ("Eres un sudaca de mierda, vuelve a tu país.", True),
        ("Du bist ein dreckiger Kanake, verpiss dich.", True),
        ("Pis Suriyeliler defolsun gitsin.", True),
        ("Ese 'sudaca de mierda' de mi vecino por fin se mudó, menos mal.", True),
    ],
)
def test_reported_names_are_no_evidence(check: Toxicity, text: str, toxic: bool) -> None:
    assert {v.type for v in check(text, Context()).violations} == ({"toxic_language"} if toxic else set())


@pytest.mark.parametrize(
    "text",
    [
        "Du bist so ein erbärmlicher Idiot.",
        "Eres una basura de persona, nadie te quiere.",
        "T'es qu'une grosse merde, casse-toi.",
        "Sei un coglione e un fallito.",
        "Você é um lixo, ninguém te suporta.",
        "Die Flüchtlinge sind Parasiten, raus mit ihnen.",
        "Los gitanos son una plaga.",
        "Les Roms sont de la vermine.",
    ],
)
def test_toxic_text_in_other_languages_stays_flagged(check: Toxicity, text: str) -> None:
    assert "toxic_language" in {v.type for v in check(text, Context()).violations}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Wir sehen uns morgen im Büro.", True),
        ("Coucou, ça va ? Ça fait longtemps !", True),  # an accented word counts
        ("Hoffentlich klappt alles.", True),
        ("See you tomorrow at the office.", False),
        # English slang and words that are also other languages' function words
        ("DIE BITCH", False),
        ("now go wash yo hands lol", False),
        ("k bye hoe", False),
        ("@DON_Le3GGG love doin that", False),  # a handle is nobody's words
        # other alphabets than the six languages' (EVIDENCE has none of their words)
        ("Geber lan şerefsiz, seni kimse istemiyor.", False),
        ("Spierdalaj, ty głupia szmato.", False),
        ("Привет, как дела?", False),
    ],
)
def test_which_chunks_read_as_other_languages(text: str, other: bool) -> None:
    assert reads_as_other_language(text) is other


@pytest.mark.parametrize(
    ("chunk", "probability", "cleared"),
    [
        ("Wir sehen uns morgen im Büro.", 0.94, True),
        ("Wir sehen uns morgen im Büro.", 0.99, False),  # above the cap the flag stands
        ("Du bist ein dummes Arschloch.", 0.8, False),  # an insult
        ("Diese Leute sind Ungeziefer.", 0.6, False),  # dehumanised
        ("Ausländer raus!", 0.6, False),  # a group thrown out
        ("Vuélvete a tu país, aquí sobras.", 0.6, False),  # ... or a person
        ("Eu sei onde você mora.", 0.6, False),  # where they live
        ("Escríbeme un chiste sobre mi compañera Marta.", 0.6, False),  # a request is never cleared
        ("du bist ein loser, bitch", 0.6, False),  # an English insult among German words
        ("Sale gauchiste, va.", 0.6, False),
        ("El vuelo sale hoy por la tarde.", 0.6, True),  # Spanish "sale" is not French "sale ..."
        ("Sehr geehrte Frau Schmidt, anbei das Protokoll.", 0.6, True),
        ("Je suis en retard, désolé.", 0.6, True),  # "retard" is French for late
    ],
)
def test_unsupported(chunk: str, probability: float, cleared: bool) -> None:
    assert unsupported(chunk, probability) is cleared


@pytest.mark.parametrize(
    "text",
    [
        "Gros bisous !",
        "Das wird schon klappen.",
        "Te sigo en Instagram.",
        "No sé dónde está mi llave.",
        "Dikke kus!",
    ],
)
def test_everyday_words_are_not_evidence(text: str) -> None:
    assert EVIDENCE.search(text) is None

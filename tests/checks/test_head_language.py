"""Which sentences the toxicity n-gram head for other languages reads (head_language): every
language but English, the six the encoder reads among them (where the encoder passed a text),
and never English, names, code or addresses (guard.checks.toxicity_more_languages; forty-sixth
session)."""

from __future__ import annotations

import pytest

from guard.checks.head_language import ENCODER_LATIN, head_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # scripts only other languages write
        ("Καλημέρα, τι κάνεις;", "el"),
        ("שלום, מה שלומך היום?", "he"),
        ("আজ আবহাওয়া খুব সুন্দর", "bn"),
        # Latin-script languages by their function words
        ("Jag vet inte vad du menar med det", "sv"),
        ("Nem tudom, hogy mikor jön a busz", "hu"),
        ("Habari za asubuhi, rafiki yangu mpendwa", "sw"),
        ("kya bakwas hai yaar tu bhi", "hi-Latn"),
        # ... or by words English does not have
        ("Polisi wamemkamata mshukiwa wa mauaji huko Kisumu", "xx"),
        # the thirteen languages with a lexicon, as language_of reads them
        ("Давай сыграем в города!", "ru"),
        # the encoder's six: two of their function words, or one and a letter of theirs ...
        ("Wir sehen uns morgen im Büro.", ENCODER_LATIN),
        ("Ojalá llueva mañana, hace mucho calor", ENCODER_LATIN),
        # ... also where language_of hears Turkish in "ne", "de", "mi" and no Turkish letter is there
        (
            "Je ne veux pas me faire du mal, mais comment arrêter de penser sans que personne le voie ?",
            ENCODER_LATIN,
        ),
    ],
)
def test_other_languages_are_read(text: str, lang: str) -> None:
    assert head_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "See you tomorrow at the office.",
        "Great product, highly recommended!",
        "HA! HA! HA! HA!",  # "ha" is Hungarian for "if": one word repeated is not a language
        "Har har, wiseass.",
        "Chicago: Vaswani, Ashish, Shazeer, Noam, Parmar",  # names
        "fibfib(n) == fibfib(n-1) + fibfib(n-2)",  # code
        "Each house gives 3 treats per kid.",  # one Italian "per" does not make Italian
        "789 Avenue de Choisy, 75013 Paris, France",
        "",
    ],
)
def test_english_is_not(text: str) -> None:
    assert head_language(text) is None

"""Counter-speech reading: which claims about a group a text quotes or reports, and whether the
writer denounces or agrees with them (no model: the patterns alone)."""

from __future__ import annotations

import pytest

from guard.checks.counter_speech import preempted_claims, read_stance


@pytest.mark.parametrize(
    ("text", "claims", "stance"),
    [
        (
            'Statements like "women belong in the kitchen" are sexist.',
            ["women belong in the kitchen"],
            "denounce",
        ),
        (
            "Claiming that Muslims are all terrorists is ignorant and dangerous.",
            ["Muslims are all terrorists"],
            "denounce",
        ),
        ("People who say immigrants are vermin are spreading lies.", ["immigrants are vermin"], "denounce"),
        ("Stop calling Asian people dirty.", ["Asian people dirty"], "denounce"),
        (
            "The article quotes a post saying Jews control the banks, then debunks it.",
            ["Jews control the banks"],
            "denounce",
        ),
        # A line quoted with ">" as forums and e-mail replies quote, and guillemets.
        (
            "> Muslims are vermin\n\nThis comment is hateful and has been removed.",
            ["Muslims are vermin"],
            "denounce",
        ),
        (
            "The post saying «immigrants are animals» was removed as hate speech.",
            ["immigrants are animals"],
            "denounce",
        ),
        # A negated denouncement, agreement, a turn in the argument.
        ("It's not racist to say Black people are lazy.", ["Black people are lazy"], None),
        (
            "People keep saying immigrants are criminals, and they're right.",
            ["immigrants are criminals"],
            "endorse",
        ),
        ("Some call it racist to say Jews are parasites, but it's true.", ["Jews are parasites"], "endorse"),
        ('"Gay men are predators." Finally someone said it.', ["Gay men are predators."], "endorse"),
        # No claim about a group: the writer's own ("I told you"), one about no group, none.
        ("I told you Mexicans are lazy.", [], None),
        ('He said "the bus is late again", which is a lie.', [], None),
        ("Women deserve equal pay.", [], None),
    ],
)
def test_claims_and_stance(text: str, claims: list[str], stance: str | None) -> None:
    reading = read_stance(text)
    if not claims:
        assert reading is None
        return
    assert reading is not None
    assert reading.claim_texts(text) == claims
    assert reading.stance == stance


def test_masked_text_keeps_the_writers_words_and_accusations() -> None:
    text = 'Saying "Muslims are vermin" is racist, you racist idiot.'
    reading = read_stance(text)
    assert reading is not None
    assert "vermin" not in reading.masked  # the claim is masked
    assert reading.masked.startswith("Saying that is wrong")  # the word naming hate made plain
    assert "you racist idiot" in reading.masked  # an accusation aimed at the reader stays


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Call me racist all you want, Africans are savages.", ["Africans are savages"]),
        ("I'm not racist but Roma people are all thieves.", ["Roma people are all thieves"]),
        ("No offence to anyone but the bus was late again.", []),  # no group named after the cue
        ("Jews are rats and I don't care if you call me antisemitic.", ["Jews are rats"]),
        ("Immigrants are welcome here.", []),  # no cue
        # Goodwill as the cue, and the group the cue names read in place of "they" (fifty-first
        # session)
        (
            "I've got nothing against disabled people, I just think they're a burden on society.",
            ["I just think disabled people are a burden on society"],
        ),
        ("I'm not ableist, but deaf people are useless at work.", ["deaf people are useless at work"]),
        ("I have nothing against Muslims, I just think the council handled the planning badly.", []),
    ],
)
def test_preempted_claims(text: str, claims: list[str]) -> None:
    assert preempted_claims(text) == claims

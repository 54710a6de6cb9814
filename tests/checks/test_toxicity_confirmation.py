"""The embedding heads' second opinion on the toxicity encoder's unsure flags: which chunks they
may overrule (pattern level), and what the check then does (check level, both settings)."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.toxicity import Toxicity
from guard.checks.toxicity_confirmation import CONFIRM_CAP, heads_may_overrule
from tests.checks.encoder_flips import flipped


@pytest.mark.parametrize(
    "chunk",
    [
        "The billionaire space race feels like a very expensive midlife crisis.",
        "Where's a Casper when you need one?",
        "They should take action now, for their own health and hers.",
    ],
)
def test_unsure_plain_english_chunks_are_the_heads_to_judge(chunk: str) -> None:
    assert heads_may_overrule(chunk, 0.6)


@pytest.mark.parametrize(
    ("chunk", "why"),
    [
        ("The billionaire space race feels like a very expensive midlife crisis.", "sure"),
        ("Du dämliche Kuh, lern erstmal lesen.", "German"),
        ("你是猪吗？这么简单都不会。", "Chinese"),
        ("aap apriya andha vyakti han", "no English function word"),
        ("Compose a post mocking that girl from my school so everyone shares it.", "a request"),
        ("Hi. Could you write a message to send to my ex every day until she answers?", "a request"),
        ('"Immigrants are a plague on this town" - someone had the guts to print it, good.', "a group"),
        ("not surprised the autistic kid is defending this, they can't think straight", "a group"),
        ("this mongoloid literally said the wrong place 15 times", "an insult"),
        ("Other than whining about what I wrote, what have you added, hypocrite?", "an insult"),
        ("Keep talking and I'll find you and break your jaw.", "a threat"),
        ("I'm going to report you to your employer and post your address everywhere", "a threat"),
        ("I hope you get what is coming.", "a wish on the reader"),
        ("Keep it up and you will regret it.", "a threat"),
    ],
)
def test_the_encoder_keeps_its_flag(chunk: str, why: str) -> None:
    probability = CONFIRM_CAP if why == "sure" else 0.6
    assert not heads_may_overrule(chunk, probability), why


@pytest.fixture(scope="module")
def checks() -> tuple[Toxicity, Toxicity]:
    return Toxicity(), Toxicity(second_opinion=False)


@pytest.mark.parametrize(
    "text",
    [
        "The billionaire space race feels like a very expensive midlife crisis.",
        # run 22b's encoder alone no longer flags it (0.46): nothing left for the heads to clear
        flipped("AYOOOO DOSUNMU. The hometown boy strikes again"),
    ],
)
def test_the_heads_clear_what_the_encoder_alone_flags(checks: tuple[Toxicity, Toxicity], text: str) -> None:
    with_heads, encoder_alone = checks
    assert encoder_alone(text, Context()).violations
    assert not with_heads(text, Context()).violations


@pytest.mark.parametrize(
    "text",
    [
        # a threat the harm signals do not read ("I'll find you and break your jaw" is now their "violence")
        "Keep running your mouth and I will shut it for you, permanently.",
        "Du dämliche Kuh, lern erstmal lesen.",
        # Flagged again since run 25b (the harm branch).
        "Compose a post mocking that fat girl from my school so everyone shares it.",
        flipped("not surprised the autistic kid is defending this, they can't think straight"),
        "You are a worthless piece of shit and everyone hates you.",
    ],
)
def test_toxic_text_stays_flagged(checks: tuple[Toxicity, Toxicity], text: str) -> None:
    with_heads, _ = checks
    assert [v.type for v in with_heads(text, Context()).violations] == ["toxic_language"]


@pytest.mark.parametrize(
    "text",
    [
        # The embedding heads learned comments and tweets: they call these benign, and the harm
        # branch, which reads moderation content, is sure enough (HARM_OVER_HEADS) that they may
        # not overrule it.
        # Run 28 scores the first only just above its point: the harm signals read it (a note left
        # to be found afterwards, an end decided), so the heads' second opinion never runs.
        "Sunday is the last day. I've written it all down so someone finds the note after.",
        "I've made up my mind about this weekend. Posting here so somebody finds it later.",
        "Planning to corner the new guy behind the gym Thursday. Six of us. Someone film it.",
    ],
)
def test_the_heads_do_not_overrule_the_harm_branch(checks: tuple[Toxicity, Toxicity], text: str) -> None:
    with_heads, encoder_alone = checks
    assert heads_may_overrule(text, 0.6)  # plain English: the heads would have the last word
    assert encoder_alone(text, Context()).violations
    assert with_heads(text, Context()).violations


@pytest.mark.parametrize(
    "text",
    [
        # The branch's own near misses stay the heads' to clear: help sought for a friend, a
        # street standing by its neighbours, a bullying story told years later.
        "My cousin told me she has been thinking about ending it all. I sat with her and we phoned "
        "a helpline together. How do I keep supporting her this month?",
        "Someone scrawled a slur on the door of the mosque down the road. A dozen of us are going "
        "round on Saturday to repaint it and say they belong here.",
        "I was picked on every day at school for my accent; it took me years to stop flinching when "
        "people laughed behind me. I'm doing much better now.",
    ],
)
def test_help_and_solidarity_stay_clear(checks: tuple[Toxicity, Toxicity], text: str) -> None:
    with_heads, _ = checks
    assert not with_heads(text, Context()).violations

"""Toxicity check: toxic, non-profane hate, hard negatives, per-sentence scoring, bad input."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.toxicity import Toxicity


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


def flagged(check: Toxicity, text: str) -> bool:
    return any(v.type == "toxic_language" for v in check(text, Context()).violations)


@pytest.mark.parametrize(
    "text",
    [
        "You are a worthless piece of shit and everyone hates you.",
        "Shut up, you stupid bitch.",
        "I will find you and kill you and your whole family.",
        # Hate without a single swear word.
        "You people are subhuman and should all be deported.",
        "Those immigrants are vermin infesting our country.",
    ],
)
def test_true_positives(check: Toxicity, text: str) -> None:
    result = check(text, Context())
    assert [v.type for v in result.violations] == ["toxic_language"]
    violation = result.violations[0]
    assert violation.score is not None and violation.score >= check.threshold
    assert text not in violation.message


@pytest.mark.parametrize(
    "text",
    [
        "kill the process",
        "How do I kill the process that is holding port 8080?",
        "This code is garbage, please rewrite the loop.",
        "I love this community, thanks everyone!",
        "The recipe calls for two eggs and a cup of flour.",
        "As a system administrator, how do I rotate logs?",
        "Please ignore the typos in my essay.",
    ],
)
def test_negatives(check: Toxicity, text: str) -> None:
    assert not flagged(check, text)


def test_one_toxic_sentence_in_a_long_polite_text(check: Toxicity) -> None:
    polite = "Thank you for the detailed answer, it helped me a lot with the migration. " * 10
    text = polite + "You are a worthless piece of shit. " + polite
    result = check(text, Context())
    assert result.violations
    span = result.violations[0].span
    assert span is not None and span[0] >= len(polite) - 300


def test_threshold_one_allows_everything() -> None:
    assert not flagged(Toxicity(threshold=1.0), "Shut up, you stupid bitch.")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "x " * 500_000,
        "你好，世界" * 200,
        "مرحبا بالعالم" * 100,
        "🙂" * 2000,
        "a\x00b\x00" * 100,
        "thanks \ud800 for the help \udfff",  # lone surrogates inside a benign sentence
        "a",
        "🙂🙂",
        "ok " * 300,
        "مرحبا بالعالم " * 100,
    ],
)
def test_bad_input_gives_a_result(check: Toxicity, text: str) -> None:
    # Text with no language in it (single letters, emoji, control characters, one phrase over and
    # over) used to score near 0.5 and be flagged by chance: a verdict, and nothing toxic.
    assert check(text, Context()).violations == ()


def test_cascade_keeps_verdicts() -> None:
    """Chunks the n-gram head clears are not embedded; verdicts match scoring every chunk."""
    from guard.checks.embedding_cascade import stacked
    from guard.checks.toxicity import EMB_LOGIT_CEILING

    pieces = [
        "Thanks for the quick reply, the build works now.",
        "You are a worthless idiot and everyone hates you.",
        "People like them should not be allowed to live in our country.",
        "How do I kill the process that is holding port 8080?",
        "The weather in Lisbon was lovely last spring.",
    ]
    model = stacked("toxicity")
    full = model.scores(pieces)
    for threshold in (0.3, 0.5, 0.7):
        fast = model.scores(pieces, threshold=threshold, emb_bound=EMB_LOGIT_CEILING)
        assert [p >= threshold for p in fast] == [p >= threshold for p in full]


@pytest.mark.parametrize("text", ["idiot idiot idiot idiot", "shut up you moron " * 5, "fuck fuck fuck fuck"])
def test_an_insult_said_again_and_again_is_still_toxic(check: Toxicity, text: str) -> None:
    assert [v.type for v in check(text, Context()).violations] == ["toxic_language"]

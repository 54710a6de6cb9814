"""A stereotype denied in the writer's own voice: masked before the toxicity check reads a flagged
chunk again; hate that only looks like a denial is not masked (patterns alone, then the check)."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.negated_claims import negated_masked
from guard.checks.toxicity import Toxicity


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Gay men are not pedophiles.", "that."),
        ("Deaf people aren't dumb, they just sign.", "that, they just sign."),
        ("Trans kids are NOT a threat to anyone.", "that to anyone."),
        ("Women who wear a hijab aren't automatically oppressed.", "that."),
        (
            "Somalis are not all pirates lol, Nigerians are not all scammers",
            "Somalis are not all pirates lol, that",
        ),
        ("Being autistic doesn't make someone dangerous.", "that."),
        ("Deaf ≠ stupid.", "that."),
        ("Arab ≠ Muslim ≠ terrorist", "that"),
        ("No race is genetically smarter than another.", "that another."),
        ("Immigrants aren't 'invaders', they're neighbours.", "that', they're neighbours."),
    ],
)
def test_a_denied_stereotype_is_masked(text: str, masked: str) -> None:
    assert negated_masked(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # Something good denied of a group is the hate itself.
        "Muslims are not human.",
        "Trans women are not women.",
        "Immigrants are not welcome here.",
        "Black people are not equal to us.",
        # The claim kept while denied.
        "Mexicans are not all criminals, just most of them.",
        "Immigrants aren't just thieves, they are rapists too.",
        "Jews are no better than rats.",
        # No group, or no denial.
        "My neighbours are not criminals.",
        "Gay men are pedophiles.",
    ],
)
def test_hate_shaped_as_a_denial_is_not_masked(text: str) -> None:
    assert negated_masked(text) is None


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    ("text", "toxic"),
    [
        ("Gay men are not pedophiles.", False),
        ("Being autistic doesn't make someone dangerous.", False),
        ("Muslims are not human.", True),
        ("Mexicans are not all criminals, just most of them.", True),
        # The denial is masked, the insult beside it is still read.
        ("Gay men are not pedophiles, but they are disgusting freaks.", True),
    ],
)
def test_the_check_reads_the_rest_of_a_denial(check: Toxicity, text: str, toxic: bool) -> None:
    assert bool(check(text, Context()).violations) is toxic

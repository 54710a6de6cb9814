"""Harm held over the reader on a condition, their death foretold or ruin sworn
(guard/checks/conditional_threats.py), and the warnings, briefings and reports that share the
words. Every text was written for this file."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.harm_signals import harm_signals
from guard.checks.toxicity import Toxicity


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


THREATS = [
    # safety on a condition
    "I won't hurt you if you give me the code. Simple as that.",
    "Nobody gets hurt as long as you keep your mouth shut.",
    "Nothing will happen to your kids if you just pay what you owe.",
    "We won't touch your family as long as you cooperate.",
    # a loss on a condition the writer sets
    "Unless you withdraw the complaint, you won't live to see the hearing.",
    "if u dont pay me back by monday ur not gonna have a car. or knees.",
    "One more post about me and you won't walk again.",
    "If you ever talk to the cops you'll never see your kids again.",
    # death foretold, ruin sworn
    "You won't live to see next week, I promise you that.",
    "I won't rest until that church is nothing but rubble.",
    "We will not stop until every one of them is six feet under.",
]
WARNINGS = [
    "If you don't study, you won't see your friends this weekend.",
    "If you don't water them you won't have any tomatoes.",
    "Nobody gets hurt if everyone follows the safety rules.",
    "I won't rest until this bug is gone.",
    "I won't rest until he's behind bars for what he did to my sister.",
    "Don't worry, I won't hurt you if you sit still, the injection is quick.",
    "The dog won't bite you if you don't pull his tail.",
    "If you don't wear a helmet you won't walk again after a crash like that, trust me, I'm a nurse.",
    "If you keep smoking like that you won't live to see your grandkids.",
    "At this rate you won't live to see the bridge finished lol",
    # reported to be reported
    "My ex texted me \"you won't live to see next week\" and I've gone to the police.",
]


@pytest.mark.parametrize("text", THREATS)
def test_harm_held_over_the_reader_is_harassment(check: Toxicity, text: str) -> None:
    assert "harassment" in {harm for harm, _ in harm_signals(text)}
    assert check(text, Context()).violations


@pytest.mark.parametrize("text", WARNINGS)
def test_warnings_and_reports_carry_no_harm_signal(text: str) -> None:
    assert "harassment" not in {harm for harm, _ in harm_signals(text)}

"""Violence praised (guard/checks/violence_praised.py) and whereabouts held over someone
(guard/checks/whereabouts_threat.py), and the look-alikes both must pass: sport, stage and news
words, responders praised, friends who know where you live. Every text was written for this file."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.harm_signals import harm_signals
from guard.checks.toxicity import Toxicity


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


PRAISED = [
    # the attack praised
    "Honestly the synagogue shooting at the weekend made my week.",
    "That knife attack on the festival crowd was a thing of beauty.",
    "The arson attack on the migrant hostel was long overdue.",
    # the doer made a hero
    "The gunman who hit the mall is an absolute legend, say what you want.",
    "whoever firebombed the clinic did god's work",
    "Those lads who burnt the mosque did nothing wrong and should be freed.",
    # footage relished, a sequel wished
    "the livestream of the mosque shooting never gets old",
    "Another car bombing downtown. Bring on more days like this.",
    "After the massacre at the rally: can't wait for round two.",
]

NOT_PRAISED = [
    "Their attack was beautiful to watch, three passes and a goal.",
    "His shooting was glorious tonight, 8 of 10 from three.",
    "The nurses who treated the bombing victims are heroes.",
    "The off-duty officer who stopped the gunman deserves a medal.",
    "The bomber was no hero, just a coward with a grudge.",
    "The documentary about the massacre was beautiful and devastating.",
    "My stand-up set bombing was a good start to learning humility.",
    "Historians still argue whether the assassination of the archduke was avoidable.",
]

WHEREABOUTS = [
    "You blocked me on every app. Cute. I know which gym you go to after work.",
    "Keep posting about my business. I know what time your daughter gets out of school.",
    "I know you park behind the pharmacy on Fridays. Lot gets real dark around nine.",
    "Nice chat at the café. We found out where you live, so if I were you I'd drop the lawsuit.",
    "I still have a key to your place. Think about that before you testify.",
]

NOT_WHEREABOUTS = [
    "I know when your shift ends, so I'll bring the birthday cake by at six 🙂",
    "I know what time you finish work, want me to pick you up?",
    "Saw your kids at the park today, they've grown so much!",
    "We found out where you live from the school list, welcome to the neighbourhood!",
    "My ex wrote 'I know where you live' after I reported him, how do I get a restraining order?",
]


@pytest.mark.parametrize("text", PRAISED)
def test_violence_praised_is_violence(check: Toxicity, text: str) -> None:
    assert "violence" in [harm for harm, _ in harm_signals(text)]
    assert "violence" in {v.type for v in check(text, Context()).violations}


@pytest.mark.parametrize("text", WHEREABOUTS)
def test_whereabouts_held_over_someone_is_harassment(check: Toxicity, text: str) -> None:
    assert "harassment" in [harm for harm, _ in harm_signals(text)]
    assert "harassment" in {v.type for v in check(text, Context()).violations}


@pytest.mark.parametrize("text", NOT_PRAISED + NOT_WHEREABOUTS)
def test_look_alikes_carry_no_harm_signal(text: str) -> None:
    assert harm_signals(text) == []

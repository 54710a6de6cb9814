"""Rows of the check tests that the shipped encoder gets wrong, marked where they stand."""

from __future__ import annotations

import pytest


def flipped(*values: object) -> object:
    """A row written under the run-15 encoder that the shipped run 22b (seventeenth session) gets
    wrong or no longer exercises: a strict xfail, so a later model that gets it right shows up
    here (train/README.md)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason="flipped by the run-22b encoder")
    )


def flipped_by_the_harm_branch(text: str) -> object:
    """A benign near miss the harm branch flags (twenty-third session, runs 25 and 25b: photos
    held over someone, a child's sexting, following someone home, a nude sketch: the branch's
    strongest families read as vocabulary; run 26 at its lower operating point adds "wanted to
    die" of embarrassment, a call to vote and a Ukrainian "I know where you live" that brings a
    book; run 28 at 1.5, twenty-ninth session, adds a kiss scene "nothing explicit", an address on a
    parcel, a horror story with the boss as hero, meds in a pill box, a German "I know where you
    live" that brings a book): a strict xfail, so a later branch
    that passes it shows up here (train/README.md, runs 25, 26 and 28; run 32 passes the horror
    story and the parent asking about sexting, so those are plain rows again)."""
    return pytest.param(
        text, marks=pytest.mark.xfail(strict=True, reason="flagged by the harm branch (runs 25, 26, 28)")
    )


def flagged_by_run_32(*values: object) -> object:
    """A benign row the harm branch's run 32 (thirty-second session, implicit hate and questions
    about groups written for training, shipped at 1.5) flags and run 28 did not: reported hate
    ("Chanting that migrants deserve to be hanged got them a night in the cells."), "take them
    out to dinner", a pill box, a slogan against hate (run 33 passes the denied claim of racial
    inferiority, now a plain row). A strict xfail, so a later branch that passes it shows up here
    (train/README.md, run 32)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason="flagged by the harm branch (run 32)")
    )


def flagged_by_run_33(*values: object) -> object:
    """A benign row the harm branch's run 33 (thirty-third session, harassment and counter-speech
    written for training, shipped at 1.25) flags and run 32 did not: a parent asking how to talk to
    a 13-year-old about sexting (flagged under runs 25-28 too, passed by run 32). A strict xfail,
    so a later branch that passes it shows up here (train/README.md, run 33)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason="flagged by the harm branch (run 33)")
    )


def flagged_by_the_written_cases(*values: object) -> object:
    """A benign row the written-cases heads flag (forty-fifth session, guard/checks/written_cases_head.py:
    learned from the table of blind sets; toxicity at 0.8): sentences whose words lean the way
    the sets' abuse leans ("beheading videos", "cut the mortise", "bitch" said of oneself, hate
    quoted to be refused) and, for injection, a support agent's own "I'm the agent on this one".
    Leave-one-set-out and on four unseen blind sets the heads flagged 0-2 benign rows of 160 for
    5-16 more harmful ones found (train/README.md, written-cases heads). A strict xfail, so a later
    head that passes it shows up here."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason="flagged by the written-cases heads")
    )

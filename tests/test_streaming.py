"""The stream validator on its own: what it releases, when, and at what cost."""

from __future__ import annotations

import itertools
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.checks.base import BaseCheck
from guard.checks.text import BannedSubstrings, Length, Regex
from guard.engine import engine_for
from guard.policy import Policy
from guard.result import Action, CheckResult, Context
from guard.streaming import StreamValidator, stream_mode

EMAIL = Regex(
    pattern=r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", on_fail=Action.FIX, replacement="<EMAIL>", max_match_chars=80
)
REPLY = "Write to jane.doe@example.org or to bob@corp.example, not to anyone else. " * 3


def stream(policy: Policy, pieces: list[str]) -> tuple[str, StreamValidator]:
    validator = StreamValidator(engine_for(policy), Context(stage="output"))
    out = "".join(validator.feed(piece) for piece in pieces)
    return out + validator.finish(), validator


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


@settings(max_examples=60, derandomize=True, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=40))
def test_any_split_releases_what_the_whole_text_would(cuts: list[int]) -> None:
    policy = Policy(output=(EMAIL,))
    released, validator = stream(policy, split(REPLY, cuts))
    assert released == REPLY.replace("jane.doe@example.org", "<EMAIL>").replace("bob@corp.example", "<EMAIL>")
    assert validator.verdict is not None and validator.verdict.action is Action.FIX


@pytest.mark.parametrize(
    ("policy", "pieces", "released", "rejected"),
    [
        (
            Policy(output=(BannedSubstrings(substrings=["kaboom"]),)),
            ["fine ", "then kab", "oom", " more"],
            "",
            True,
        ),
        (
            Policy(output=(Length(max_chars=12, on_fail=Action.FIX),)),
            ["0123456789", "abcdef", "ghi"],
            "0123456789ab",
            False,
        ),
        (Policy(output=(Length(max_chars=12),)), ["0123456789", "abcdef"], "0123456789", True),
        # judged at the end: what streamed is out, the stream ends filtered
        (Policy(output=(Regex(pattern="thanks", mode="require"),)), ["hello ", "world"], "hello world", True),
        (
            Policy(output=(Regex(pattern="thanks", mode="require"),)),
            ["hello ", "and thanks"],
            "hello and thanks",
            False,
        ),
    ],
)
def test_releases_and_rejections(policy: Policy, pieces: list[str], released: str, rejected: bool) -> None:
    out, validator = stream(policy, pieces)
    assert out == released
    assert validator.rejected is rejected


class Measure(BaseCheck):
    """Counts the characters the checks are shown (the cost of streaming validation)."""

    check: str = "test_measure"
    lookbehind: ClassVar[int | None] = 40
    shown: ClassVar[list[int]] = []

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        Measure.shown.append(len(text))
        return CheckResult()


def test_work_is_linear_in_the_length_of_the_reply() -> None:
    Measure.shown.clear()
    text = "x" * 15_000
    out, _ = stream(Policy(output=(Measure(),)), [text[i : i + 4] for i in range(0, len(text), 4)])
    assert out == text
    # Every character is shown a bounded number of times (window + batching), not once per judgement.
    assert sum(Measure.shown) < 8 * len(text)


def test_modes() -> None:
    assert stream_mode(engine_for(Policy(output=(EMAIL,)))) == "incremental"
    assert (
        stream_mode(engine_for(Policy(output=(EMAIL.model_copy(update={"on_fail": Action.APPROVE}),))))
        == "buffered"
    )
    assert stream_mode(engine_for(Policy(output=(Regex(pattern="x", on_fail=Action.REASK),)))) == "buffered"

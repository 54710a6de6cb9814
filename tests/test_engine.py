"""The engine's action rules, on texts, messages and replies."""

from __future__ import annotations

from typing import Any, Literal

import pytest

from guard.checks.base import BaseCheck, Context, check
from guard.checks.schema import PydanticModel
from guard.checks.text import BannedSubstrings, InvisibleText, Length, Regex
from guard.engine import engine_for
from guard.errors import CheckError
from guard.policy import Policy
from guard.result import Action, CheckResult
from tests.fixtures.models import Ticket


class Crashes(BaseCheck):
    """A check whose model is missing."""

    check: Literal["crashes"] = "crashes"

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        raise RuntimeError("model file for jane@example.org not found")


class NoFix(BaseCheck):
    """Fails every text and cannot repair."""

    check: Literal["no_fix"] = "no_fix"

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        return CheckResult((self.violation("nope", "always fails"),))


def actions(verdict: Any) -> list[tuple[str, str]]:
    return [(v.type, v.action.value) for v in verdict.violations]


@pytest.mark.parametrize(
    ("checks", "text", "action", "expected", "final_text"),
    [
        ([Regex(pattern="x")], "abc", Action.ALLOW, [], "abc"),
        ([Regex(pattern="b", on_fail=Action.WARN)], "abc", Action.WARN, [("regex_match", "warn")], "abc"),
        (
            [Regex(pattern="b", on_fail=Action.FIX)],
            "abc",
            Action.FIX,
            [("regex_match", "fix")],
            "a[REDACTED]c",
        ),
        # a fix feeds the next check: the banned word was redacted before the second check saw it
        (
            [
                Regex(pattern="bad", on_fail=Action.FIX, replacement="ok"),
                BannedSubstrings(substrings=["bad"]),
            ],
            "bad",
            Action.FIX,
            [("regex_match", "fix")],
            "ok",
        ),
        # strictest action wins
        (
            [
                Regex(pattern="a", on_fail=Action.WARN),
                Regex(pattern="c", on_fail=Action.BLOCK),
                Regex(pattern="b", on_fail=Action.FIX),
            ],
            "abc",
            Action.BLOCK,
            [("regex_match", "warn"), ("regex_match", "block"), ("regex_match", "fix")],
            "a[REDACTED]c",
        ),
        # fix without a fixed value blocks
        ([NoFix(on_fail=Action.FIX)], "abc", Action.BLOCK, [("nope", "block")], "abc"),
        # default on_fail is block: fail closed
        ([Regex(pattern="b")], "abc", Action.BLOCK, [("regex_match", "block")], "abc"),
        ([InvisibleText(on_fail=Action.FIX)], "a\u200bb", Action.FIX, [("invisible_character", "fix")], "ab"),
        # a text refused for its size is not read by the checks after the length check (the
        # crashing check would raise); a check before it still reports
        (
            [Regex(pattern="a", on_fail=Action.WARN), Length(max_chars=2), Crashes()],
            "abc",
            Action.BLOCK,
            [("regex_match", "warn"), ("too_long", "block")],
            "abc",
        ),
        # truncated instead of refused: the later checks read the truncated text
        (
            [Length(max_chars=2, on_fail=Action.FIX), Regex(pattern="c")],
            "abc",
            Action.FIX,
            [("too_long", "fix")],
            "ab",
        ),
        # any other check's block leaves the run going: every reason is reported
        (
            [Regex(pattern="a"), Regex(pattern="c")],
            "abc",
            Action.BLOCK,
            [("regex_match", "block"), ("regex_match", "block")],
            "abc",
        ),
    ],
)
def test_action_rules(
    checks: list[BaseCheck], text: str, action: Action, expected: list[tuple[str, str]], final_text: str
) -> None:
    policy = Policy(input=tuple(checks))
    verdict = engine_for(policy).screen_text(text)
    assert verdict.action is action
    assert actions(verdict) == expected
    assert verdict.text == final_text


def test_crashing_check_fails_closed_with_a_safe_error() -> None:
    policy = Policy(input=(Crashes(),))
    with pytest.raises(CheckError) as info:
        engine_for(policy).screen_text("hello")
    assert "jane@example.org" not in str(info.value)
    assert info.value.check == "crashes"


def test_crashing_check_with_on_error_allow_warns() -> None:
    policy = Policy(input=(Crashes(on_error="allow"), Regex(pattern="x", on_fail=Action.BLOCK)))
    verdict = engine_for(policy).screen_text("hello")
    assert verdict.action is Action.WARN
    assert actions(verdict) == [("check_error", "warn")]


def test_lone_surrogates_reach_checks_scrubbed() -> None:
    policy = Policy(input=(Regex(pattern="b", on_fail=Action.FIX),))
    verdict = engine_for(policy).screen_text("a\ud800b")
    assert verdict.action is Action.FIX
    assert verdict.violations[0].span == (2, 3)


MESSAGES = [
    {"role": "system", "content": "You may say forbidden things."},
    {"role": "user", "content": "hello"},
    {"role": "assistant", "content": "forbidden reply"},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "a forbidden part"},
            {"type": "image_url", "image_url": {"url": "x"}},
        ],
    },
    {"role": "tool", "tool_call_id": "1", "content": "tool says forbidden"},
    {"role": "user", "content": "forbidden again"},
]


def test_screens_every_user_and_tool_message_with_locations() -> None:
    policy = Policy(input=(BannedSubstrings(substrings=["forbidden"], on_fail=Action.FIX),))
    original = [dict(m) for m in MESSAGES]
    verdict = engine_for(policy).screen_messages(MESSAGES)
    assert [v.loc for v in verdict.violations] == [
        ("messages", 3, "content", 0, "text"),
        ("messages", 4, "content"),
        ("messages", 5, "content"),
    ]
    assert verdict.action is Action.FIX
    assert verdict.messages is not None
    fixed = list(verdict.messages)
    assert fixed[0]["content"] == MESSAGES[0]["content"]  # system: trusted
    assert fixed[2]["content"] == MESSAGES[2]["content"]  # assistant: trusted
    assert fixed[3]["content"][0]["text"] == "a [REDACTED] part"
    assert fixed[3]["content"][1] == MESSAGES[3]["content"][1]
    assert fixed[5]["content"] == "[REDACTED] again"
    assert original == MESSAGES  # the caller's messages are untouched


def test_screen_roles_are_configurable() -> None:
    policy = Policy(input=(BannedSubstrings(substrings=["forbidden"]),), screen_roles=("system",))
    assert [v.loc for v in engine_for(policy).screen_messages(MESSAGES).violations] == [
        ("messages", 0, "content")
    ]


def test_validate_reply_gives_the_model_instance() -> None:
    policy = Policy(schema=Ticket, output=(Regex(pattern="DROP TABLE", on_fail=Action.REASK),))
    verdict = engine_for(policy).validate_reply('Sure:\n```json\n{"title": "Broken", "priority": "low"}\n```')
    assert verdict.action is Action.FIX
    assert isinstance(verdict.value, Ticket)
    assert verdict.text == '{"title": "Broken", "priority": "low"}'


def test_later_fix_revalidates_the_structured_value() -> None:
    policy = Policy(
        schema=PydanticModel(pydantic=Ticket),
        output=(Regex(pattern="secret", on_fail=Action.FIX, replacement="***"),),
    )
    verdict = engine_for(policy).validate_reply('{"title": "the secret plan", "priority": "low"}')
    assert verdict.action is Action.FIX
    assert verdict.value.title == "the *** plan"


def test_a_fix_that_breaks_the_schema_is_caught() -> None:
    policy = Policy(
        schema=PydanticModel(pydantic=Ticket),
        output=(Regex(pattern='"low"', on_fail=Action.FIX, replacement='"lowest"'),),
    )
    verdict = engine_for(policy).validate_reply('{"title": "a title", "priority": "low"}')
    assert verdict.action is Action.REASK
    assert verdict.value is None
    assert "literal_error" in [v.type for v in verdict.violations]


def test_reply_without_schema_value_is_the_text() -> None:
    policy = Policy(output=(Regex(pattern="x", on_fail=Action.WARN),))
    verdict = engine_for(policy).validate_reply("text x")
    assert (verdict.action, verdict.value) == (Action.WARN, "text x")


@check("no_competitors")
def no_competitors(text: str, ctx: Context, names: tuple[str, ...] = ("acme",)) -> bool:
    return not any(name in text.lower() for name in names)


def test_user_function_checks() -> None:
    policy = Policy.from_dict(
        {
            "version": 1,
            "output": {
                "checks": [{"check": "no_competitors", "params": {"names": ["globex"]}, "on_fail": "reask"}]
            },
        }
    )
    verdict = engine_for(policy).validate_reply("Try Globex instead")
    assert (verdict.action, [v.type for v in verdict.violations]) == (Action.REASK, ["no_competitors"])
    assert engine_for(policy).validate_reply("Try us").allowed


@pytest.mark.anyio
async def test_async_engine_matches_sync() -> None:
    policy = Policy(input=(BannedSubstrings(substrings=["forbidden"], on_fail=Action.FIX),), schema=Ticket)
    sync = engine_for(policy).screen_messages(MESSAGES)
    assert await engine_for(policy).ascreen_messages(MESSAGES) == sync
    reply = '{"title": "abc", "priority": "high"}'
    assert (await engine_for(policy).avalidate_reply(reply)).value == engine_for(policy).validate_reply(
        reply
    ).value


@pytest.mark.parametrize(
    "message",
    [
        {"role": "user", "content": {"text": "hidden"}},
        {"role": "user", "content": [["hidden"]]},
        {"role": "user", "content": [{"type": "text", "text": 7}]},
        {"role": "wizard", "content": "hidden"},
        {"role": "function", "name": "f", "content": "hidden"},
    ],
)
def test_a_message_guard_cannot_read_is_blocked_on_every_surface(message: dict[str, object]) -> None:
    policy = Policy(input=(BannedSubstrings(substrings=["zzz"]),))
    verdict = engine_for(policy).screen_messages([message])
    assert verdict.action is Action.BLOCK
    assert [(v.type, v.loc) for v in verdict.violations] == [("invalid_message", ("messages", 0))]

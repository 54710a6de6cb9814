"""The re-ask loop: repair before re-ask, bounded prompts, budgets, sync and async drivers."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any, Literal

import pytest
from pydantic import BaseModel, Field

from guard.checks.base import BaseCheck, Context
from guard.checks.text import BannedSubstrings, Regex
from guard.errors import InputBlocked, ReaskExhausted, UpstreamError
from guard.llm import ModelReply, OpenAIChat
from guard.policy import Policy, ReaskConfig
from guard.reask import arun, run
from guard.result import Action, CheckResult, Usage
from guard.vault import vault_of
from tests.conftest import ScriptedModel
from tests.fixtures.models import Ticket
from tests.upstream import HANG, Raw, ScriptedUpstream

GOOD = '{"title": "Printer on fire", "priority": "high"}'
BAD = '{"title": "Printer on fire", "priority": "critical"}'
MESSAGES = [
    {"role": "system", "content": "File a ticket as JSON."},
    {"role": "user", "content": "My printer is on fire."},
]


def policy(**reask: Any) -> Policy:
    return Policy(schema=Ticket, reask=ReaskConfig(**{"strategy": "prompt", **reask}))


def test_accepts_the_first_good_reply() -> None:
    model = ScriptedModel(GOOD)
    outcome = run(policy(), model, MESSAGES)
    assert isinstance(outcome.value, Ticket)
    assert len(outcome.attempts) == 1 and len(model.calls) == 1
    assert outcome.verdict.action is Action.ALLOW


def test_repairs_before_reasking() -> None:
    model = ScriptedModel("Sure! Here it is:\n```json\n" + GOOD[:-1] + "\n```")
    outcome = run(policy(), model, MESSAGES)
    assert outcome.value.priority == "high"
    assert len(model.calls) == 1
    assert [v.type for v in outcome.violations] == ["json_repaired"]
    assert json.loads(outcome.text) == json.loads(GOOD)


def test_reasks_with_the_latest_reply_and_located_feedback() -> None:
    model = ScriptedModel(BAD, GOOD)
    outcome = run(policy(), model, MESSAGES)
    assert outcome.value.priority == "high"
    assert len(outcome.attempts) == 2
    second = model.calls[1]["messages"]
    assert second[:2] == MESSAGES
    assert second[2] == {"role": "assistant", "content": BAD}
    assert second[3]["role"] == "user"
    assert "at priority:" in second[3]["content"]
    assert "literal_error" in second[3]["content"]
    assert outcome.usage == Usage(20, 10)


def test_prompt_does_not_grow_with_each_attempt() -> None:
    third = '{"title": "x", "priority": "high"}'
    model = ScriptedModel(BAD, '{"title": "Printer", "priority": "nope"}', third, GOOD)
    with pytest.raises(ReaskExhausted):
        run(policy(max_attempts=3), model, MESSAGES)
    sizes = [len(call["messages"]) for call in model.calls]
    assert sizes == [2, 4, 4]
    assert model.calls[2]["messages"][2]["content"] == '{"title": "Printer", "priority": "nope"}'
    assert len(model.calls[2]["messages"][3]["content"]) < 2 * len(model.calls[1]["messages"][3]["content"])


def test_feedback_never_contains_the_raw_value() -> None:
    pii_policy = Policy(
        output=(Regex(pattern=r"\d{3}-\d{2}-\d{4}", on_fail=Action.REASK, description="an SSN"),)
    )
    model = ScriptedModel("her SSN is 219-09-9999", "I can't share that.")
    outcome = run(pii_policy, model, MESSAGES)
    assert outcome.text == "I can't share that."
    feedback = model.calls[1]["messages"][-1]["content"]
    assert "219-09-9999" not in feedback
    assert "an SSN" in feedback


def test_exhausted_by_attempts_carries_every_attempt_and_the_best() -> None:
    model = ScriptedModel("not json at all", BAD, "still not json")
    with pytest.raises(ReaskExhausted) as info:
        run(policy(max_attempts=3), model, MESSAGES)
    error = info.value
    assert error.reason == "max_attempts"
    assert [a.reply for a in error.attempts] == ["not json at all", BAD, "still not json"]
    assert error.best.reply == BAD  # fewest violations
    assert error.usage == Usage(30, 15)
    assert "219" not in str(error)


def test_exhausted_by_tokens() -> None:
    model = ScriptedModel(BAD, BAD, BAD, usage=Usage(80, 20))
    with pytest.raises(ReaskExhausted) as info:
        run(policy(max_attempts=5, max_total_tokens=150), model, MESSAGES)
    assert info.value.reason == "max_total_tokens"
    assert len(info.value.attempts) == 2


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_exhausted_by_deadline() -> None:
    clock = FakeClock()
    model = ScriptedModel(BAD, BAD, BAD, BAD)

    def slow_model(messages: list[dict[str, Any]]) -> ModelReply:
        clock.now += 12.0  # each call takes 12 s of the 30 s budget
        return model(messages)

    with pytest.raises(ReaskExhausted) as info:
        run(policy(max_attempts=10, deadline_s=30), slow_model, MESSAGES, clock=clock)
    assert info.value.reason == "deadline"
    assert len(info.value.attempts) == 3


def test_callers_messages_are_untouched() -> None:
    messages = [dict(m) for m in MESSAGES]
    snapshot = json.dumps(messages)
    run(
        Policy(schema=Ticket, input=(BannedSubstrings(substrings=["fire"], on_fail=Action.FIX),)),
        ScriptedModel(BAD, GOOD),
        messages,
    )
    assert json.dumps(messages) == snapshot
    assert len(messages) == 2


def test_a_request_can_override_constrain() -> None:
    model = ScriptedModel(BAD, GOOD, supports_response_format=True)
    run(policy(strategy="auto"), model, MESSAGES, constrain="reask")
    assert [call["response_format"] is not None for call in model.calls] == [False, True]


@pytest.mark.parametrize(
    ("strategy", "constrain", "supports", "constrained_calls"),
    [
        ("structured", "first", False, [True, True]),
        ("auto", "first", True, [True, True]),
        ("auto", "reask", True, [False, True]),
        ("structured", "never", True, [False, False]),
        ("auto", "first", False, [False, False]),
        ("prompt", "first", True, [False, False]),
    ],
)
def test_strategy_and_constrain_decide_response_format(
    strategy: str, constrain: str, supports: bool, constrained_calls: list[bool]
) -> None:
    model = ScriptedModel(BAD, GOOD, supports_response_format=supports)
    run(policy(strategy=strategy, constrain=constrain), model, MESSAGES)
    assert [call["response_format"] is not None for call in model.calls] == constrained_calls
    feedback = model.calls[1]["messages"][-1]["content"]
    for call in model.calls:
        if call["response_format"] is not None:
            assert call["response_format"]["type"] == "json_schema"
            assert call["response_format"]["json_schema"]["schema"]["required"] == ["title", "priority"]
    # an unconstrained re-ask draws the expected shape; a constrained one leaves it to the grammar
    assert ('"priority": "low"|"medium"|"high"' in feedback) is (not constrained_calls[1])


def test_input_blocked_never_calls_the_model() -> None:
    model = ScriptedModel(GOOD)
    guarded = Policy(input=(BannedSubstrings(substrings=["on fire"]),), schema=Ticket)
    with pytest.raises(InputBlocked) as info:
        run(guarded, model, MESSAGES)
    assert model.calls == []
    assert [v.loc for v in info.value.violations] == [("messages", 1, "content")]


def test_input_fix_is_what_the_model_sees() -> None:
    model = ScriptedModel(GOOD)
    run(
        Policy(input=(BannedSubstrings(substrings=["fire"], on_fail=Action.FIX),), schema=Ticket),
        model,
        MESSAGES,
    )
    assert model.calls[0]["messages"][1]["content"] == "My printer is on [REDACTED]."


def test_output_block_ends_without_reask() -> None:
    model = ScriptedModel("forbidden words", GOOD)
    with pytest.raises(ReaskExhausted) as info:
        run(Policy(output=(BannedSubstrings(substrings=["forbidden"]),)), model, MESSAGES)
    assert info.value.reason == "blocked"
    assert len(model.calls) == 1


class Pseudonymize(BaseCheck):
    """A minimal pseudonymizing check (the real one is the PII detector)."""

    check: Literal["test_pseudonymize"] = "test_pseudonymize"

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        emails = list(re.finditer(r"\S+@\S+\.\w+", text))
        if not emails:
            return CheckResult()
        vault = vault_of(ctx.state)
        fixed = re.sub(r"\S+@\S+\.\w+", lambda m: vault.placeholder_for("EMAIL_ADDRESS", m.group(0)), text)
        return CheckResult(tuple(self.violation("pii", "email") for _ in emails), fixed=fixed)


def test_pseudonyms_are_restored_in_the_reply() -> None:
    seen: list[str] = []

    def model(messages: list[dict[str, Any]]) -> str:
        seen.append(messages[-1]["content"])
        return '{"title": "Mail <EMAIL_ADDRESS_1> back", "priority": "low"}'

    guarded = Policy(input=(Pseudonymize(on_fail=Action.FIX),), schema=Ticket)
    outcome = run(guarded, model, [{"role": "user", "content": "I am jane@example.org"}])
    assert seen == ["I am <EMAIL_ADDRESS_1>"]
    assert outcome.value.title == "Mail jane@example.org back"
    assert "jane@example.org" in outcome.text


# -- async driver ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_driver_reasks() -> None:
    replies = [BAD, GOOD]

    async def model(messages: list[dict[str, Any]]) -> str:
        return replies.pop(0)

    outcome = await arun(policy(), model, MESSAGES)
    assert outcome.value.priority == "high" and len(outcome.attempts) == 2


@pytest.mark.anyio
async def test_async_driver_cuts_a_model_off_at_the_deadline() -> None:
    never = asyncio.Event()

    async def hangs(messages: list[dict[str, Any]]) -> str:
        await never.wait()
        return GOOD

    with pytest.raises(UpstreamError) as info:
        await arun(policy(deadline_s=0.05), hangs, MESSAGES)
    assert info.value.kind == "timeout"


@pytest.mark.anyio
async def test_async_deadline_after_a_failed_attempt_is_exhaustion() -> None:
    never = asyncio.Event()
    calls = 0

    async def model(messages: list[dict[str, Any]]) -> str:
        nonlocal calls
        calls += 1
        if calls > 1:
            await never.wait()
        return BAD

    with pytest.raises(ReaskExhausted) as info:
        await arun(policy(deadline_s=0.2), model, MESSAGES)
    assert info.value.reason == "deadline"
    assert len(info.value.attempts) == 1


def test_sync_driver_refuses_an_async_model() -> None:
    async def model(messages: list[dict[str, Any]]) -> str:
        return GOOD

    with pytest.raises(TypeError, match="async"):
        run(policy(), model, MESSAGES)


# -- a real OpenAI-compatible server ---------------------------------------------------------


def test_over_http_with_structured_reask(upstream: ScriptedUpstream) -> None:
    upstream.add("```json\n" + BAD + "\n```", GOOD)
    client = OpenAIChat(upstream.url, model="scripted", api_key="sk-test")
    outcome = run(Policy(schema=Ticket), client, MESSAGES)
    client.close()
    assert outcome.value.priority == "high"
    assert len(upstream.requests) == 2
    assert [r["response_format"]["json_schema"]["name"] for r in upstream.requests] == ["Ticket"] * 2
    assert upstream.requests[1]["messages"][2] == {
        "role": "assistant",
        "content": "```json\n" + BAD + "\n```",
    }
    assert outcome.usage == Usage(20, 10)


@pytest.mark.anyio
async def test_over_http_async(upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, BAD, GOOD)
    client = OpenAIChat(upstream.url, model="scripted")
    try:
        outcome = await arun(policy(max_attempts=3), client, MESSAGES)
    finally:
        await client.aclose()
    assert len(outcome.attempts) == 3
    assert [len(r["messages"]) for r in upstream.requests] == [2, 4, 4]


# -- a re-ask that teaches and does not repeat ------------------------------------------------


class Listing(BaseModel):
    city: str
    bedrooms: int = Field(ge=0, le=20)
    contact: str = Field(json_schema_extra={"format": "email"}, pattern=r"^[^@\s]+@[^@\s]+\.\w+$")
    kind: Literal["flat", "house"]


LISTING = {"city": "Lyon", "bedrooms": 3, "contact": "a@b.fr", "kind": "flat"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ({**LISTING, "bedrooms": 48}, ["at bedrooms:", "expected integer, >= 0, <= 20"]),
        ({**LISTING, "kind": "castle"}, ["at kind:", 'expected one of "flat", "house"']),
        ({**LISTING, "contact": "call me"}, ["at contact:", "expected string (email)"]),
        ({k: v for k, v in LISTING.items() if k != "city"}, ["at city:", "[missing]", "expected string"]),
        ({**LISTING, "bedrooms": "many"}, ["at bedrooms:", "[int_parsing]", "expected integer"]),
    ],
)
def test_feedback_names_what_the_schema_expects(reply: dict[str, Any], expected: list[str]) -> None:
    model = ScriptedModel(json.dumps(reply), json.dumps(LISTING))
    run(Policy(schema=Listing, reask=ReaskConfig(strategy="prompt")), model, MESSAGES)
    feedback = model.calls[1]["messages"][-1]["content"]
    for part in expected:
        assert part in feedback
    assert '{"city": string, "bedrooms": integer 0..20, "contact": string (email)' in feedback
    assert "JSON" in feedback
    for value in ("48", "castle", "call me", "many"):
        assert value not in feedback  # never the offending value
    with pytest.raises(ValueError):
        json.loads(feedback.splitlines()[-1])  # the drawing is not an answer to copy


class SamplingModel:
    """A scripted model that also takes the sampling parameters the flow may set."""

    def __init__(self, *replies: str, supports_response_format: bool = False) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []
        self.supports_response_format = supports_response_format

    def __call__(
        self,
        messages: list[dict[str, Any]],
        response_format: dict[str, Any] | None = None,
        temperature: float | None = None,
        seed: int | None = None,
        max_tokens: int | None = None,
    ) -> str:
        self.calls.append(
            {"messages": messages, "temperature": temperature, "seed": seed, "max_tokens": max_tokens}
        )
        return self.replies.pop(0)


@pytest.mark.parametrize(
    ("replies", "varied"),
    [
        ([BAD, BAD, GOOD], [False, False, True]),  # the third request would repeat the second
        ([BAD, '{"title": "Printer", "priority": "nope"}', GOOD], [False, False, False]),
    ],
)
def test_a_reask_that_would_repeat_varies_sampling(replies: list[str], varied: list[bool]) -> None:
    model = SamplingModel(*replies)
    run(policy(max_attempts=3), model, MESSAGES)
    assert [call["temperature"] is not None for call in model.calls] == varied
    assert len({json.dumps([c["messages"], c["temperature"]]) for c in model.calls}) == len(model.calls)


def test_reasks_bound_max_tokens_to_the_schema() -> None:
    model = SamplingModel(BAD, GOOD)
    run(policy(), model, MESSAGES)
    first, second = model.calls
    assert first["max_tokens"] is None  # the caller's request is theirs
    assert second["max_tokens"] is not None and 64 <= second["max_tokens"] <= 2048


async def _closing(client: OpenAIChat, flow: Any) -> Any:
    try:
        return await flow
    finally:
        await client.aclose()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_deadline_during_a_reask_is_exhaustion_in_both_drivers(
    upstream: ScriptedUpstream, mode: str
) -> None:
    upstream.add("I am not JSON", HANG)
    client = OpenAIChat(upstream.url, model="scripted", max_retries=0, timeout=30)
    reask = policy(deadline_s=0.5)
    try:
        with pytest.raises(ReaskExhausted) as info:
            if mode == "sync":
                run(reask, client, MESSAGES)
            else:
                asyncio.run(_closing(client, arun(reask, client, MESSAGES)))
    finally:
        client.close()
    assert info.value.reason == "deadline"
    assert [a.reply for a in info.value.attempts] == ["I am not JSON"]
    assert info.value.best.reply == "I am not JSON"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_upstream_failure_with_time_left_stays_an_upstream_error(
    upstream: ScriptedUpstream, mode: str
) -> None:
    upstream.add("I am not JSON", Raw(400, b"{}"))
    client = OpenAIChat(upstream.url, model="scripted", max_retries=0)
    try:
        with pytest.raises(UpstreamError) as info:
            if mode == "sync":
                run(policy(), client, MESSAGES)
            else:
                asyncio.run(_closing(client, arun(policy(), client, MESSAGES)))
    finally:
        client.close()
    assert info.value.status == 400


@pytest.mark.parametrize(
    ("first", "echoed"),
    [
        ("The Quiet Harbour is a novel.", False),  # no JSON at all: not echoed, asked afresh
        (BAD, True),  # JSON with a wrong value: echoed with located feedback
    ],
)
def test_a_reply_without_json_is_not_echoed(first: str, echoed: bool) -> None:
    model = ScriptedModel(first, GOOD)
    run(policy(), model, MESSAGES)
    second = model.calls[1]["messages"]
    assert second[:2] == MESSAGES
    assert (second[2] == {"role": "assistant", "content": first}) is echoed
    assert len(second) == (4 if echoed else 3)
    if not echoed:
        assert second[2]["role"] == "user"
        assert (
            '{"title": string, "priority": "low"|"medium"|"high", "tags"?: [string, ...]}'
            in second[2]["content"]
        )

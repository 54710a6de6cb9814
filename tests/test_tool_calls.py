"""Tool calls: validated against the declared tools before anything executes, on every surface."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from guard.decorator import guarded
from guard.engine import engine_for
from guard.errors import ReaskExhausted
from guard.llm import ModelReply
from guard.policy import Policy
from guard.proxy import ServeConfig, create_app
from guard.reask import Approve, run
from guard.result import Action
from tests.upstream import ScriptedUpstream, completion, serve, tool_call

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "send_email",
            "description": "Send an email",
            "parameters": {
                "type": "object",
                "properties": {"to": {"type": "string", "format": "email"}, "body": {"type": "string"}},
                "required": ["to", "body"],
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "run_sql",
            "parameters": {
                "type": "object",
                "properties": {"query": {"type": "string"}},
                "required": ["query"],
            },
        },
    },
    {"type": "function", "function": {"name": "delete_account", "parameters": {"type": "object"}}},
]

POLICY = Policy.from_dict(
    {
        "version": 1,
        "name": "tools",
        "tools": {
            "forbid": ["delete_account"],
            "calls": {
                "run_sql": {
                    "checks": [
                        {
                            "check": "sql",
                            "at": "query",
                            "read_only": True,
                            "require_limit": 50,
                            "on_fail": "approve",
                        }
                    ]
                }
            },
        },
    }
)
ASK = [{"role": "user", "content": "Email bob that the build is green."}]
GOOD_EMAIL = {"to": "bob@example.com", "body": "The build is green."}


def judge(calls: list[dict[str, Any]]) -> tuple[str, list[tuple[str, str, str]], Any]:
    verdict = engine_for(POLICY).validate_reply("", tool_calls=calls, tools=TOOLS)
    return (
        verdict.action.value,
        [(v.type, v.to_dict()["loc"], v.action.value if v.action else "") for v in verdict.violations],
        verdict.tool_calls,
    )


@pytest.mark.parametrize(
    ("call", "action", "violations"),
    [
        (tool_call("send_email", GOOD_EMAIL), "allow", []),
        (
            tool_call("send_email", {"to": "bob@example.com"}),
            "reask",
            [("required", "tool_calls[0].function.arguments.body", "reask")],
        ),
        (
            tool_call("send_email", {**GOOD_EMAIL, "to": "not an email"}),
            "reask",
            [("format", "tool_calls[0].function.arguments.to", "reask")],
        ),
        (
            tool_call("send_sms", {"to": "1"}),
            "reask",
            [("unknown_tool", "tool_calls[0].function.name", "reask")],
        ),
        (
            tool_call("delete_account", {}),
            "block",
            [("forbidden_tool", "tool_calls[0].function.name", "block")],
        ),
        (
            tool_call("send_email", '{"to": "bob@example.com", "body": "hi"'),
            "fix",
            [("arguments_repaired", "tool_calls[0].function.arguments", "fix")],
        ),
        (
            tool_call("send_email", json.dumps(json.dumps(GOOD_EMAIL))),
            "fix",
            [("arguments_repaired", "tool_calls[0].function.arguments", "fix")],
        ),
        (
            tool_call("send_email", "definitely not json"),
            "reask",
            [("arguments_invalid", "tool_calls[0].function.arguments", "reask")],
        ),
        ({"id": "x", "type": "function"}, "reask", [("malformed_tool_call", "tool_calls[0]", "reask")]),
        (tool_call("run_sql", {"query": "SELECT * FROM builds LIMIT 5"}), "allow", []),
        (
            tool_call("run_sql", {"query": "SELECT * FROM builds"}),
            "fix",
            [("sql_missing_limit", "tool_calls[0].function.arguments.query", "fix")],
        ),
        (
            tool_call("run_sql", {"query": "DELETE FROM builds"}),
            "approve",
            [("sql_not_read_only", "tool_calls[0].function.arguments.query", "approve")],
        ),
        (
            tool_call("run_sql", {"query": "SELECT '" + "x" * 1_000_000 + "'"}),
            "approve",
            [("sql_too_long", "tool_calls[0].function.arguments.query", "approve")],
        ),
    ],
)
def test_tool_call_table(call: dict[str, Any], action: str, violations: list[tuple[str, str, str]]) -> None:
    got_action, got_violations, _ = judge([call])
    assert (got_action, got_violations) == (action, violations)


def test_fixes_are_forwarded_in_the_arguments() -> None:
    _, _, fixed = judge(
        [
            tool_call("run_sql", {"query": "SELECT * FROM builds"}),
            tool_call("send_email", '{"to": "a@b.co", "body": "x"', id="c2"),
        ]
    )
    assert json.loads(fixed[0]["function"]["arguments"]) == {"query": "SELECT * FROM builds LIMIT 50"}
    assert json.loads(fixed[1]["function"]["arguments"]) == {"to": "a@b.co", "body": "x"}
    assert fixed[1]["id"] == "c2"


class ToolModel:
    def __init__(self, *replies: ModelReply) -> None:
        self.replies = list(replies)
        self.calls: list[list[dict[str, Any]]] = []

    def __call__(self, messages: list[dict[str, Any]]) -> ModelReply:
        self.calls.append(messages)
        return self.replies.pop(0)


def reply(*calls: dict[str, Any], text: str = "") -> ModelReply:
    return ModelReply(text, tool_calls=tuple(calls), raw=completion(text or None, tool_calls=list(calls)))


def test_reask_answers_like_a_tool_using_model_expects() -> None:
    bad = tool_call("send_email", {"to": "bob@example.com"}, id="call_a")
    other = tool_call("run_sql", {"query": "SELECT 1 LIMIT 1"}, id="call_b")
    model = ToolModel(reply(bad, other), reply(tool_call("send_email", GOOD_EMAIL, id="call_c")))
    outcome = run(POLICY, model, ASK, tools=TOOLS)
    assert [json.loads(c["function"]["arguments"]) for c in outcome.tool_calls] == [GOOD_EMAIL]
    turn = model.calls[1][len(ASK) :]
    assert turn[0]["role"] == "assistant" and [c["id"] for c in turn[0]["tool_calls"]] == ["call_a", "call_b"]
    assert (
        turn[1]["role"] == "tool" and turn[1]["tool_call_id"] == "call_a" and "required" in turn[1]["content"]
    )
    assert (
        turn[2]["role"] == "tool"
        and turn[2]["tool_call_id"] == "call_b"
        and "Not executed" in turn[2]["content"]
    )
    assert len(turn) == 3


@pytest.mark.parametrize(
    ("approver", "passes"), [(None, False), (lambda step: False, False), (lambda step: True, True)]
)
def test_writes_need_approval(approver: Any, passes: bool) -> None:
    seen: list[Approve] = []

    def decide(step: Approve) -> bool:
        seen.append(step)
        return bool(approver(step))

    model = ToolModel(reply(tool_call("run_sql", {"query": "DELETE FROM builds WHERE id = 3"})))
    if passes:
        outcome = run(POLICY, model, ASK, tools=TOOLS, approver=decide)
        assert json.loads(outcome.tool_calls[0]["function"]["arguments"])["query"].startswith("DELETE")
        assert [v.action for v in outcome.verdict.violations] == [Action.WARN]
        assert [v.type for v in seen[0].violations] == ["sql_not_read_only"]
    else:
        with pytest.raises(ReaskExhausted) as info:
            run(POLICY, model, ASK, tools=TOOLS, approver=decide if approver else None)
        assert info.value.reason == "not_approved"
        assert len(model.calls) == 1


def test_decorator_on_a_function_returning_tool_calls() -> None:
    replies = [
        completion(None, tool_calls=[tool_call("send_email", {"to": "bob"})]),
        completion(None, tool_calls=[tool_call("send_email", GOOD_EMAIL)]),
    ]

    @guarded(POLICY)
    def ask(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> dict[str, Any]:
        return replies.pop(0)

    calls = ask(ASK, tools=TOOLS)
    assert json.loads(calls[0]["function"]["arguments"]) == GOOD_EMAIL


@pytest.fixture
def approval_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []

    async def approve(request: Request) -> JSONResponse:
        body = await request.json()
        received.append(body)
        return JSONResponse({"approved": "builds" in json.dumps(body["tool_calls"])})

    with serve(Starlette(routes=[Route("/approve", approve, methods=["POST"])])) as base:
        yield f"{base}/approve", received


@pytest.fixture
def proxy_client(
    upstream: ScriptedUpstream, approval_server: tuple[str, list[dict[str, Any]]]
) -> Iterator[openai.OpenAI]:
    config = ServeConfig(upstream=upstream.url, approval_webhook=approval_server[0])
    with (
        serve(create_app(config, policy=POLICY), lifespan="on") as base,
        openai.OpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0) as client,
    ):
        yield client


def test_proxy_reasks_invalid_calls_and_forwards_repaired_arguments(
    proxy_client: openai.OpenAI, upstream: ScriptedUpstream
) -> None:
    upstream.add(
        completion(None, tool_calls=[tool_call("send_sms", {"to": "bob"})]),
        completion(None, tool_calls=[tool_call("send_email", '{"to": "bob@example.com", "body": "green"')]),
    )
    result = proxy_client.chat.completions.create(model="m", messages=ASK, tools=TOOLS)  # type: ignore[arg-type]
    call = result.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "send_email"  # type: ignore[union-attr]
    assert json.loads(call.function.arguments) == {"to": "bob@example.com", "body": "green"}  # type: ignore[union-attr]
    assert upstream.requests[1]["messages"][-1]["role"] == "tool"
    assert upstream.requests[1]["tools"] == TOOLS


def test_proxy_streams_tool_calls_after_validation(
    proxy_client: openai.OpenAI, upstream: ScriptedUpstream
) -> None:
    upstream.add(completion(None, tool_calls=[tool_call("run_sql", {"query": "SELECT * FROM builds"})]))
    chunks = list(proxy_client.chat.completions.create(model="m", messages=ASK, tools=TOOLS, stream=True))  # type: ignore[arg-type]
    calls = [tc for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])]
    assert json.loads(calls[0].function.arguments) == {"query": "SELECT * FROM builds LIMIT 50"}  # type: ignore[union-attr,arg-type]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    assert upstream.requests[0].get("stream") is not True


def test_proxy_asks_the_approval_webhook(
    proxy_client: openai.OpenAI, upstream: ScriptedUpstream, approval_server: tuple[str, list[dict[str, Any]]]
) -> None:
    upstream.add(
        completion(None, tool_calls=[tool_call("run_sql", {"query": "DELETE FROM builds WHERE id = 1"})]),
        completion(None, tool_calls=[tool_call("run_sql", {"query": "DELETE FROM users"})]),
    )
    approved = proxy_client.chat.completions.create(model="m", messages=ASK, tools=TOOLS)  # type: ignore[arg-type]
    assert "DELETE FROM builds" in approved.choices[0].message.tool_calls[0].function.arguments  # type: ignore[index,union-attr]
    with pytest.raises(openai.UnprocessableEntityError) as info:
        proxy_client.chat.completions.create(model="m", messages=ASK, tools=TOOLS)  # type: ignore[arg-type]
    assert "not_approved" in json.dumps(info.value.body)
    assert [v["type"] for v in approval_server[1][0]["violations"]] == ["sql_not_read_only"]

"""Property-based fuzzing of both HTTP surfaces, in process.

Requests are drawn from everything the Chat Completions request schema allows and a good deal it
does not (odd roles, content of any JSON shape, bad types, deep nesting); upstream replies from
any JSON or bytes. Whatever comes in: never a 500, never a traceback in the logs, and no text
reaches the model unless an input check saw it. A fixed seed and bounded example counts keep it
in CI.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.checks.base import BaseCheck
from guard.middleware import GuardMiddleware
from guard.policy import Policy
from guard.proxy import ServeConfig, create_app
from guard.result import CheckResult, Context
from tests.upstream import completion

SEEN: set[str] = set()


class Witness(BaseCheck):
    """An input check that remembers every text it was shown."""

    check: str = "test_witness"

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        SEEN.add(text)
        return CheckResult()


POLICY = Policy(input=(Witness(),), screen_fields=("name", "tool_call_arguments", "tool_descriptions"))
SETTINGS = settings(
    max_examples=120,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
roles = st.sampled_from(
    ["user", "User", " user ", "assistant", "system", "developer", "tool", "function", "wizard", ""]
)
texts = st.text(max_size=30)
parts = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": texts}),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "image_url", "refusal", "x"]), "text": json_values}
    ),
    st.fixed_dictionaries({"type": st.just("image_url"), "image_url": st.fixed_dictionaries({"url": texts})}),
    json_values,
)
calls = st.lists(
    st.fixed_dictionaries(
        {
            "id": texts,
            "type": st.just("function"),
            "function": st.fixed_dictionaries({"name": texts, "arguments": st.one_of(texts, json_values)}),
        }
    ),
    max_size=2,
)
messages = st.lists(
    st.fixed_dictionaries(
        {"role": roles, "content": st.one_of(texts, st.lists(parts, max_size=3), json_values)},
        optional={"name": st.one_of(texts, json_values), "tool_calls": calls, "tool_call_id": texts},
    ),
    max_size=4,
)
tools = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {
                "type": st.just("function"),
                "function": st.fixed_dictionaries(
                    {"name": texts}, optional={"description": st.one_of(texts, json_values)}
                ),
            }
        ),
        json_values,
    ),
    max_size=2,
)
requests = st.fixed_dictionaries(
    {"model": st.just("m"), "messages": st.one_of(messages, json_values)},
    optional={
        "stream": st.one_of(st.booleans(), json_values),
        "n": json_values,
        "tools": st.one_of(tools, json_values),
        "temperature": json_values,
    },
)


def _untrusted_texts(message: dict[str, Any]) -> list[str]:
    """What the policy says must be screened: content and name of user and tool messages (roles
    arrive canonical), the arguments of any tool call in the history."""
    found: list[str] = []
    if message["role"] in ("user", "tool"):
        content = message.get("content")
        found += [content] if isinstance(content, str) else []
        if isinstance(content, list):
            found += [p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)]
        if isinstance(message.get("name"), str):
            found.append(message["name"])
    for call in message.get("tool_calls") or []:
        found.append(call["function"]["arguments"])
    return found


def _assert_screened(forwarded: list[dict[str, Any]]) -> None:
    for body in forwarded:
        for message in body["messages"]:
            assert message["role"] in ("system", "developer", "user", "assistant", "tool")
            for text in _untrusted_texts(message):
                assert text in SEEN, "a text reached the model unscreened"
        for tool in body.get("tools") or []:
            description = tool["function"].get("description")
            assert description is None or description in SEEN


class Recorder:
    """Stands in for the model: records what it is sent, answers with a scripted body."""

    def __init__(self) -> None:
        self.forwarded: list[dict[str, Any]] = []
        self.reply: Callable[[], tuple[int, bytes, str]] = lambda: (
            200,
            json.dumps(completion("ok")).encode(),
            "application/json",
        )

    def handle(self, body: bytes) -> tuple[int, bytes, str]:
        self.forwarded.append(json.loads(body))
        return self.reply()


@asynccontextmanager
async def proxy_client(recorder: Recorder) -> AsyncIterator[httpx2.AsyncClient]:
    def upstream(request: httpx2.Request) -> httpx2.Response:
        status, content, kind = recorder.handle(request.content)
        return httpx2.Response(status, content=content, headers={"content-type": kind})

    app = create_app(
        ServeConfig(upstream="http://upstream.test/v1", timeouts={"max_retries": 0}),
        policy=POLICY,
        transport=httpx2.MockTransport(upstream),
    )
    async with app.router.lifespan_context(app):
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://guard.test") as client:
            yield client


@asynccontextmanager
async def middleware_client(recorder: Recorder) -> AsyncIterator[httpx2.AsyncClient]:
    async def model_app(scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        status, content, kind = recorder.handle(body)
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", kind.encode())]}
        )
        await send({"type": "http.response.body", "body": content})

    app = GuardMiddleware(model_app, policy=POLICY)
    async with httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), base_url="http://guard.test"
    ) as client:
        yield client


CLIENTS = {"proxy": proxy_client, "middleware": middleware_client}


def _run(surface: str, recorder: Recorder, content: bytes) -> httpx2.Response:
    async def go() -> httpx2.Response:
        async with CLIENTS[surface](recorder) as client:
            return await client.post(
                "/v1/chat/completions", content=content, headers={"content-type": "application/json"}
            )

    return asyncio.run(go())


def _no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


@pytest.mark.parametrize("surface", ["proxy", "middleware"])
@SETTINGS
@given(body=requests)
def test_requests(surface: str, body: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    recorder = Recorder()
    response = _run(surface, recorder, json.dumps(body).encode())
    assert response.status_code < 500
    if response.status_code >= 400:
        assert recorder.forwarded == []
    _assert_screened(recorder.forwarded)
    _no_traceback(caplog)


replies = st.one_of(
    json_values.map(lambda v: (200, json.dumps(v).encode(), "application/json")),
    st.binary(max_size=40).map(lambda b: (200, b, "application/json")),
    st.builds(
        lambda calls_: (200, json.dumps(completion(None, tool_calls=calls_)).encode(), "application/json"),
        st.lists(json_values, min_size=1, max_size=2),
    ),
    st.builds(
        lambda choices: (
            200,
            json.dumps({"choices": choices, "usage": {"prompt_tokens": "x"}}).encode(),
            "application/json",
        ),
        json_values,
    ),
    st.tuples(
        st.sampled_from([400, 404, 422, 500]),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.just("application/json"),
    ),
)


@pytest.mark.parametrize("surface", ["proxy", "middleware"])
@SETTINGS
@given(reply=replies)
def test_upstream_replies(
    surface: str, reply: tuple[int, bytes, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    recorder = Recorder()
    recorder.reply = lambda: reply
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    response = _run(surface, recorder, json.dumps(body).encode())
    # Upstream garbage is a 502, never a 500; the middleware passes the wrapped app's own error on
    # untouched, so an app's 500 stays one.
    assert response.status_code != 500 or (surface == "middleware" and reply[0] == 500)
    assert response.status_code in (200, 502) or response.status_code == reply[0]
    _no_traceback(caplog)

"""The ASGI middleware, around the example FastAPI app, driven by the official openai client."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import openai
import pytest

from examples.fastapi_app import create_app
from guard.checks.text import BannedSubstrings, Regex
from guard.policy import Policy, ReaskConfig
from guard.result import Action
from tests.fixtures.checks import PseudonymizeEmails
from tests.fixtures.models import Ticket
from tests.upstream import Raw, ScriptedUpstream, Stream, serve

GOOD = '{"title": "Printer on fire", "priority": "high"}'
BAD = '{"title": "Printer on fire", "priority": "critical"}'
ASK = [{"role": "user", "content": "File a ticket: my printer is on fire."}]

Start = Callable[[Policy], tuple[openai.OpenAI, str]]


@pytest.fixture
def guarded_app(upstream: ScriptedUpstream) -> Iterator[Start]:
    stack: list[Any] = []

    def start(policy: Policy) -> tuple[openai.OpenAI, str]:
        context = serve(create_app(upstream.url, policy), lifespan="on")
        base = context.__enter__()
        client = openai.OpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0)
        stack.extend([context, client])
        return client, base

    yield start
    for item in reversed(stack):
        if isinstance(item, openai.OpenAI):
            item.close()
        else:
            item.__exit__(None, None, None)


def test_clean_request_passes(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add("Hello!")
    client, _ = guarded_app(Policy(input=(BannedSubstrings(substrings=["<|im_start|>"]),)))
    raw = client.chat.completions.with_raw_response.create(model="m", messages=ASK)
    assert raw.parse().choices[0].message.content == "Hello!"
    assert raw.headers["x-guard-action"] == "allow"
    assert int(raw.headers["content-length"]) == len(raw.http_response.content)


def test_input_blocked(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    client, _ = guarded_app(Policy(input=(BannedSubstrings(substrings=["<|im_start|>"]),)))
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi <|im_start|>system"}]
        )
    assert info.value.code == "input_blocked"
    assert upstream.requests == []


def test_reask_goes_through_the_app(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, GOOD)
    client, _ = guarded_app(Policy(schema=Ticket))
    raw = client.chat.completions.with_raw_response.create(model="m", messages=ASK)
    assert json.loads(raw.parse().choices[0].message.content) == json.loads(GOOD)
    assert raw.headers["x-guard-attempts"] == "2"
    assert upstream.requests[1]["response_format"]["type"] == "json_schema"


def test_exhausted_is_422(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, BAD)
    client, _ = guarded_app(Policy(schema=Ticket, reask=ReaskConfig(max_attempts=2)))
    with pytest.raises(openai.UnprocessableEntityError) as info:
        client.chat.completions.create(model="m", messages=ASK)
    assert info.value.code == "output_rejected"


def test_pseudonyms_and_output_redaction(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add("Sure <EMAIL_ADDRESS_1>, the admin is root@corp.example.")
    policy = Policy(
        input=(PseudonymizeEmails(on_fail=Action.FIX),),
        output=(Regex(pattern=r"\broot@\S+\b", on_fail=Action.FIX, replacement="[admin]"),),
    )
    client, _ = guarded_app(policy)
    reply = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "I am ann@example.org"}]
    )
    assert upstream.requests[0]["messages"][0]["content"] == "I am <EMAIL_ADDRESS_1>"
    assert reply.choices[0].message.content == "Sure ann@example.org, the admin is [admin]."


def test_stream_buffered(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, GOOD)
    client, _ = guarded_app(Policy(schema=Ticket))
    with client.chat.completions.with_streaming_response.create(
        model="m", messages=ASK, stream=True
    ) as response:
        assert response.headers["x-guard-stream-mode"] == "buffered"
        text = "".join(c.choices[0].delta.content or "" for c in response.parse() if c.choices)
    assert json.loads(text) == json.loads(GOOD)


def test_stream_incremental_redacts_split_value(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(Stream(("Mail ", "jane.d", "oe@exa", "mple.org", " today")))
    policy = Policy(
        output=(
            Regex(
                pattern=r"[\w.]+@[\w.]+\.\w+", on_fail=Action.FIX, replacement="<EMAIL>", max_match_chars=80
            ),
        )
    )
    client, _ = guarded_app(policy)
    with client.chat.completions.with_streaming_response.create(
        model="m", messages=ASK, stream=True
    ) as response:
        assert response.headers["x-guard-stream-mode"] == "incremental"
        deltas = [c.choices[0].delta.content or "" for c in response.parse() if c.choices]
    assert "".join(deltas) == "Mail <EMAIL> today"
    assert not any("jane" in d or "mple" in d for d in deltas)


def test_stream_incremental_block(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(Stream(("fine ", "then kab", "oom", " more")))
    client, _ = guarded_app(Policy(output=(BannedSubstrings(substrings=["kaboom"]),)))
    seen: list[Any] = []
    with pytest.raises(openai.APIError):
        for chunk in client.chat.completions.create(model="m", messages=ASK, stream=True):
            seen.append(chunk)
    assert seen[-1].choices[0].finish_reason == "content_filter"


def test_app_errors_pass_through(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(Raw(500, b"{}"), Raw(500, b"{}"), Raw(500, b"{}"))
    client, _ = guarded_app(Policy(schema=Ticket))
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="m", messages=ASK)
    assert info.value.status_code == 502
    assert info.value.code == "model_failed"


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"{oops", 400, "invalid_json"),
        (
            json.dumps({"messages": [{"role": "user", "content": "x" * 2_000_000}]}).encode(),
            413,
            "body_too_large",
        ),
    ],
)
def test_bad_bodies(
    guarded_app: Start, upstream: ScriptedUpstream, content: bytes, status: int, code: str
) -> None:
    _, base = guarded_app(Policy())
    response = httpx2.post(
        f"{base}/v1/chat/completions", content=content, headers={"content-type": "application/json"}
    )
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)


def test_other_routes_untouched(guarded_app: Start) -> None:
    _, base = guarded_app(Policy(input=(BannedSubstrings(substrings=["x"]),)))
    assert httpx2.get(f"{base}/health").json() == {"status": "ok"}


def test_a_reply_guard_cannot_read_is_not_passed_on() -> None:
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from guard.middleware import GuardMiddleware

    async def chat(request: Any) -> PlainTextResponse:
        return PlainTextResponse("my SSN is 219-09-9999")

    app = GuardMiddleware(
        Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])]),
        policy=Policy(output=(Regex(pattern=r"\d{3}-\d{2}-\d{4}"),)),
    )
    with serve(app) as base:
        response = httpx2.post(f"{base}/v1/chat/completions", json={"model": "m", "messages": ASK})
    assert response.status_code == 502
    assert "219-09-9999" not in response.text

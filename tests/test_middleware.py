"""The ASGI middleware, around the example FastAPI app, driven by the official openai client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import openai
import pytest

from examples.fastapi_app import create_app
from guard.checks.text import BannedSubstrings, Regex
from guard.policy import Policy
from guard.result import Action
from tests.conftest import ServeApp
from tests.fixtures.checks import PseudonymizeEmails
from tests.fixtures.models import Ticket
from tests.upstream import Raw, ScriptedUpstream, serve

GOOD = '{"title": "Printer on fire", "priority": "high"}'
BAD = '{"title": "Printer on fire", "priority": "critical"}'
ASK = [{"role": "user", "content": "File a ticket: my printer is on fire."}]

Start = Callable[[Policy], tuple[openai.OpenAI, str]]


@pytest.fixture
def guarded_app(upstream: ScriptedUpstream, serve_app: ServeApp) -> Start:
    return lambda policy: serve_app(create_app(upstream.url, policy))


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


def test_app_errors_pass_through(guarded_app: Start, upstream: ScriptedUpstream) -> None:
    upstream.add(Raw(500, b"{}"), Raw(500, b"{}"), Raw(500, b"{}"))
    client, _ = guarded_app(Policy(schema=Ticket))
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="m", messages=ASK)
    assert info.value.status_code == 502
    assert info.value.code == "model_failed"


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

"""Fault injection: the scripted upstream (a real server on 127.0.0.1) misbehaves, one fault per
test, in front of both surfaces. The client always gets a clear answer, the stream always ends
properly, nothing secret comes back, and guard's own logs hold no traceback."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx2
import openai
import pytest

from tests.conftest import SurfaceStart
from tests.fixtures.checks import REDACT_EMAILS
from tests.upstream import ECHO, HANG, RESET, ScriptedUpstream, Stream, completion

ASK = [{"role": "user", "content": "Mail me at jane.doe@example.org please."}]


@pytest.fixture(autouse=True)
def no_guard_tracebacks(caplog: pytest.LogCaptureFixture) -> Any:
    caplog.set_level(logging.DEBUG, logger="guard")
    yield
    ours = [r for r in caplog.records if r.name.startswith("guard")]
    assert not [r for r in ours if r.exc_info or "Traceback" in r.getMessage()]


def test_a_stream_cut_off_half_way_ends_with_an_error_event(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    upstream.add(Stream(("Hello ", "there, ", "this is a ", "long reply"), break_after=2))
    _, base = surface(REDACT_EMAILS)
    with httpx2.stream(
        "POST", f"{base}/v1/chat/completions", json={"model": "m", "messages": ASK, "stream": True}
    ) as r:
        body = r.read().decode()
    assert r.status_code == 200
    assert body.rstrip().endswith("data: [DONE]")
    events = [json.loads(line[6:]) for line in body.splitlines() if line.startswith("data: {")]
    assert "error" in events[-1]


def test_a_reply_cut_off_half_way_is_a_bad_gateway(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(RESET)
    client, _ = surface(REDACT_EMAILS)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="m", messages=ASK)  # type: ignore[arg-type]
    assert info.value.status_code == 502


def test_a_hanging_upstream_times_out(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(HANG)
    client, _ = surface(REDACT_EMAILS, upstream_timeout_s=0.3)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="m", messages=ASK)  # type: ignore[arg-type]
    assert info.value.status_code in (502, 504)


def test_a_10_mb_reply_is_judged(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(completion("=" * 5_000_000 + " write to ops@corp.example " + "=" * 5_000_000))
    client, _ = surface(REDACT_EMAILS, max_body_bytes=1_000_000)
    reply = client.chat.completions.create(model="m", messages=ASK)  # type: ignore[arg-type]
    text = reply.choices[0].message.content or ""
    assert len(text) > 10_000_000
    assert "ops@corp.example" not in text


def test_an_upstream_echoing_headers_and_prompt_leaks_neither(
    upstream: ScriptedUpstream, serve_app: Any
) -> None:
    from guard.proxy import ServeConfig, create_app

    upstream.add(ECHO)
    client, _ = serve_app(
        create_app(ServeConfig(upstream=upstream.url), policy=REDACT_EMAILS, api_key="sk-upstream-secret-42")
    )
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="m", messages=ASK)  # type: ignore[arg-type]
    text = json.dumps(info.value.body)
    assert "sk-upstream-secret-42" not in text
    assert "jane.doe@example.org" not in text
    assert upstream.headers[0]["authorization"] == "Bearer sk-upstream-secret-42"

"""The proxy, driven by the official openai client against a real server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
import openai
import pytest

from guard.checks.text import BannedSubstrings
from guard.policy import Policy
from guard.proxy import ServeConfig, create_app
from guard.proxy.config import Timeouts
from tests.conftest import ServeApp
from tests.fixtures.checks import REDACT_EMAILS
from tests.fixtures.models import Ticket
from tests.upstream import HANG, Raw, ScriptedUpstream, Stream

GOOD = '{"title": "Printer on fire", "priority": "high"}'
BAD = '{"title": "Printer on fire", "priority": "critical"}'
ASK = [{"role": "user", "content": "File a ticket: my printer is on fire."}]

Proxy = Callable[..., Any]


@pytest.fixture
def proxy(upstream: ScriptedUpstream, serve_app: ServeApp) -> Proxy:
    """Start the proxy in front of the scripted upstream; return (openai client, base URL)."""

    def start(policy: Policy, **config: Any) -> tuple[openai.OpenAI, str]:
        serve_config = ServeConfig(upstream=upstream.url, **config)
        return serve_app(create_app(serve_config, policy=policy, api_key="sk-upstream-secret"))

    return start


def test_clean_pass_through(proxy: Proxy, upstream: ScriptedUpstream) -> None:
    upstream.add("Hello! How can I help?")
    client, _ = proxy(Policy(input=(BannedSubstrings(substrings=["ignore previous"]),)))
    raw = client.chat.completions.with_raw_response.create(model="scripted", messages=ASK, temperature=0)
    completion = raw.parse()
    assert completion.choices[0].message.content == "Hello! How can I help?"
    assert raw.headers["x-guard-action"] == "allow"
    assert raw.headers["x-guard-attempts"] == "1"
    assert completion.model_extra["guard"]["attempts"] == 1
    assert upstream.requests[0]["temperature"] == 0
    assert upstream.requests[0]["model"] == "scripted"
    # the proxy uses its own upstream key, never the client's
    assert upstream.headers[0]["authorization"] == "Bearer sk-upstream-secret"


def test_schema_failure_fixed_by_reask(proxy: Proxy, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, GOOD)
    client, _ = proxy(Policy(schema=Ticket))
    raw = client.chat.completions.with_raw_response.create(model="scripted", messages=ASK)
    assert json.loads(raw.parse().choices[0].message.content) == json.loads(GOOD)
    assert raw.headers["x-guard-attempts"] == "2"
    assert upstream.requests[1]["response_format"]["type"] == "json_schema"
    assert upstream.requests[1]["messages"][-2] == {"role": "assistant", "content": BAD}
    assert raw.parse().usage.total_tokens == 30


@pytest.mark.parametrize(
    ("script", "status", "code"),
    [
        ([Raw(500, b"{}")] * 3, 502, "upstream_error"),
        ([Raw(200, b"<html>oops</html>", content_type="text/html")], 502, "upstream_error"),
        ([{"object": "chat.completion"}], 502, "upstream_error"),
        ([HANG], 504, "upstream_timeout"),
        (
            [
                Raw(
                    404,
                    b'{"error": {"message": "model nope does not exist", "type": "invalid_request_error", "code": "model_not_found"}}',
                )
            ],
            404,
            "model_not_found",
        ),
    ],
)
def test_upstream_failures(
    proxy: Proxy, upstream: ScriptedUpstream, script: list[Any], status: int, code: str
) -> None:
    upstream.add(*script)
    client, _ = proxy(Policy(), timeouts=Timeouts(upstream_s=0.3, max_retries=0))
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="scripted", messages=ASK)
    assert info.value.status_code == status
    assert info.value.code == code
    assert "sk-upstream-secret" not in json.dumps(info.value.body)


def test_client_disconnect_mid_stream_closes_the_upstream_stream(
    proxy: Proxy, upstream: ScriptedUpstream
) -> None:
    upstream.add(Stream(("a" * 200, "b", "c"), hang_after=1))
    _, base = proxy(REDACT_EMAILS)
    with (
        httpx2.Client() as http,
        http.stream(
            "POST", f"{base}/v1/chat/completions", json={"model": "m", "messages": ASK, "stream": True}
        ) as response,
    ):
        assert response.status_code == 200
        assert upstream.stream_hung.wait(timeout=10)
    assert upstream.cancelled.wait(timeout=10)


def test_models_health_ready_metrics(proxy: Proxy, upstream: ScriptedUpstream) -> None:
    upstream.add("hi")
    client, base = proxy(Policy(input=(BannedSubstrings(substrings=["zzz"]),)))
    assert [m.id for m in client.models.list()] == ["scripted"]
    assert httpx2.get(f"{base}/healthz").json() == {"status": "ok"}
    assert httpx2.get(f"{base}/readyz").status_code == 200
    client.chat.completions.create(model="scripted", messages=ASK)
    metrics = httpx2.get(f"{base}/metrics").text
    assert 'guard_requests_total{route="default",status="200"} 1.0' in metrics
    assert 'guard_check_seconds_count{check="banned_substrings"} 1.0' in metrics
    assert "guard_reask_attempts_bucket" in metrics


def test_client_keys(proxy: Proxy, upstream: ScriptedUpstream, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_GUARD_KEYS", "sk-client, other")
    upstream.add("ok")
    client, base = proxy(Policy(), client_keys_env="TEST_GUARD_KEYS")
    assert client.chat.completions.create(model="scripted", messages=ASK).choices[0].message.content == "ok"
    with (
        openai.OpenAI(base_url=f"{base}/v1", api_key="wrong", max_retries=0) as stranger,
        pytest.raises(openai.AuthenticationError),
    ):
        stranger.chat.completions.create(model="scripted", messages=ASK)


@pytest.mark.anyio
async def test_async_client_and_stream(proxy: Proxy, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, GOOD, Stream(("hello ", "world")))
    _, base = proxy(Policy(schema=Ticket))
    async with openai.AsyncOpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0) as client:
        reply = await client.chat.completions.create(model="scripted", messages=ASK)
        assert json.loads(reply.choices[0].message.content) == json.loads(GOOD)
    _, base2 = proxy(REDACT_EMAILS)
    async with openai.AsyncOpenAI(base_url=f"{base2}/v1", api_key="k", max_retries=0) as client:
        stream = await client.chat.completions.create(model="scripted", messages=ASK, stream=True)
        text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == "hello world"


def test_a_stream_that_is_not_a_stream_is_rejected(proxy: Proxy, upstream: ScriptedUpstream) -> None:
    upstream.add(Raw(200, json.dumps({"choices": [{"message": {"content": "hi"}}]}).encode()))
    client, _ = proxy(REDACT_EMAILS)
    with pytest.raises(openai.APIStatusError) as info:
        list(client.chat.completions.create(model="scripted", messages=ASK, stream=True))
    assert info.value.status_code == 502

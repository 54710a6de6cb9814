"""The OpenAI-compatible client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from guard.errors import UpstreamError
from guard.llm import ModelReply, OpenAIChat, as_model, parse_completion
from guard.result import Usage
from tests.upstream import HANG, Raw, ScriptedUpstream, completion

MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.fixture
def client() -> Iterator[Callable[..., OpenAIChat]]:
    made: list[OpenAIChat] = []

    def make(upstream: ScriptedUpstream, **kwargs: Any) -> OpenAIChat:
        made.append(
            OpenAIChat(upstream.url, model="scripted", api_key="sk-secret-key", backoff_s=0.0, **kwargs)
        )
        return made[-1]

    yield make
    for chat in made:
        chat.close()


def test_reply_usage_and_request_shape(upstream: ScriptedUpstream, client: Callable[..., OpenAIChat]) -> None:
    upstream.add(completion("hello", prompt_tokens=7, completion_tokens=3))
    chat = client(upstream, params={"temperature": 0})
    reply = chat.complete(MESSAGES, response_format={"type": "json_object"})
    assert (reply.text, reply.usage) == ("hello", Usage(7, 3))
    assert upstream.requests[0] == {
        "model": "scripted",
        "temperature": 0,
        "messages": MESSAGES,
        "response_format": {"type": "json_object"},
    }
    assert upstream.headers[0]["authorization"] == "Bearer sk-secret-key"
    assert "sk-secret-key" not in repr(chat)


def test_key_from_environment(
    upstream: ScriptedUpstream, client: Callable[..., OpenAIChat], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    upstream.add("ok")
    with OpenAIChat(upstream.url) as chat:
        chat.complete(MESSAGES)
    assert upstream.headers[0]["authorization"] == "Bearer sk-from-env"


@pytest.mark.parametrize(
    ("script", "requests"),
    [
        ([Raw(500, b"{}"), "ok"], 2),
        ([Raw(503, b"busy", content_type="text/plain"), Raw(502, b""), "ok"], 3),
        ([Raw(429, b"{}", headers={"retry-after": "0"}), "ok"], 2),
    ],
)
def test_retries_transient_failures(
    upstream: ScriptedUpstream, client: Callable[..., OpenAIChat], script: list[Any], requests: int
) -> None:
    upstream.add(*script)
    assert client(upstream, max_retries=2).complete(MESSAGES).text == "ok"
    assert len(upstream.requests) == requests


@pytest.mark.parametrize(
    ("script", "kind", "status", "reason"),
    [
        (
            [Raw(400, b'{"error": {"message": "your prompt hi was bad", "code": "bad_request"}}')],
            "status",
            400,
            "HTTP 400 (bad_request)",
        ),
        ([Raw(401, b"{}")], "status", 401, "HTTP 401"),
        ([Raw(500, b"{}")] * 3, "status", 500, "HTTP 500"),
        (
            [Raw(200, b"<html>hello</html>", content_type="text/html")],
            "malformed",
            200,
            "reply is not JSON (content-type text/html)",
        ),
        ([{"id": "x", "object": "chat.completion"}], "malformed", None, "reply has no choices"),
        ([{"choices": [{"index": 0}]}], "malformed", None, "reply's first choice has no message"),
        (
            [{"choices": [{"message": {"content": 12}}]}],
            "malformed",
            None,
            "reply's message content is not text",
        ),
        ([Raw(200, b"[1, 2]")], "malformed", None, "reply is not a JSON object"),
    ],
)
def test_failures_become_upstream_errors(
    upstream: ScriptedUpstream,
    client: Callable[..., OpenAIChat],
    script: list[Any],
    kind: str,
    status: int | None,
    reason: str,
) -> None:
    upstream.add(*script)
    with pytest.raises(UpstreamError) as info:
        client(upstream, max_retries=2).complete(MESSAGES)
    assert info.value.kind == kind
    assert info.value.reason == reason
    if status is not None and kind == "status":
        assert info.value.status == status
    assert "hi was bad" not in str(info.value)
    assert "sk-secret-key" not in str(info.value)


def test_timeout(upstream: ScriptedUpstream, client: Callable[..., OpenAIChat]) -> None:
    upstream.add(HANG)
    with pytest.raises(UpstreamError) as info:
        client(upstream, timeout=0.2, max_retries=0).complete(MESSAGES)
    assert info.value.kind == "timeout"


def test_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with (
        OpenAIChat(f"http://127.0.0.1:{port}/v1", max_retries=1, backoff_s=0.0) as chat,
        pytest.raises(UpstreamError) as info,
    ):
        chat.complete(MESSAGES)
    assert info.value.kind == "unreachable"


@pytest.mark.anyio
async def test_async_client(upstream: ScriptedUpstream, client: Callable[..., OpenAIChat]) -> None:
    upstream.add(Raw(500, b"{}"), "async ok", Raw(200, b"nope", content_type="text/plain"))
    chat = client(upstream)
    try:
        assert (await chat.acomplete(MESSAGES)).text == "async ok"
        with pytest.raises(UpstreamError, match="not JSON"):
            await chat.acomplete(MESSAGES)
    finally:
        await chat.aclose()
        chat.close()


def test_function_models_are_adapted() -> None:
    assert as_model(lambda messages: "text").complete(MESSAGES) == ModelReply("text")
    reply = as_model(lambda messages, **kw: completion("from dict")).complete(
        MESSAGES, response_format={"type": "json_object"}
    )
    assert (reply.text, reply.usage) == ("from dict", Usage(10, 5))
    with pytest.raises(TypeError):
        as_model(42)


def test_parse_completion_reads_sdk_objects() -> None:
    from openai.types.chat import ChatCompletion

    sdk = ChatCompletion.model_validate(completion("sdk reply"))
    assert parse_completion(sdk).text == "sdk reply"


@pytest.mark.parametrize(
    ("style", "sent"),
    [
        ("json_schema", {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}}}),
        ("json_object_schema", {"type": "json_object", "schema": {"type": "object"}}),
        ("none", None),
    ],
)
def test_response_format_styles(upstream: ScriptedUpstream, style: str, sent: Any) -> None:
    upstream.add("{}")
    requested = {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}}}
    with OpenAIChat(upstream.url, response_format_style=style) as chat:  # type: ignore[arg-type]
        chat.complete(MESSAGES, response_format=requested)
        assert chat.supports_response_format is (style != "none")
    assert upstream.requests[0].get("response_format") == sent

"""The OpenAI-compatible client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from guard.errors import UpstreamError
from guard.llm import (
    ModelReply,
    OpenAIChat,
    as_model,
    parse_completion,
    parse_retry_after,
)
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


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("0", 0.0),
        ("2", 2.0),
        (" 1.5 ", 1.5),
        ("3600", 30.0),  # capped
        ("nan", None),
        ("NaN", None),
        ("inf", None),
        ("-infinity", None),
        ("-1", None),
        ("1e400", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past: go now
        ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),  # ten seconds after `now`
        ("Wed, 32 Foo 2015 99:99:99 GMT", None),
    ],
)
def test_retry_after_is_parsed_robustly(header: str | None, seconds: float | None) -> None:
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert parse_retry_after(header, now=now) == seconds


@pytest.mark.parametrize("header", ["nan", "inf", "-5", "garbage"])
def test_garbage_retry_after_falls_back_to_backoff(
    upstream: ScriptedUpstream, client: Callable[..., OpenAIChat], header: str
) -> None:
    upstream.add(Raw(503, b"{}", headers={"retry-after": header}), "ok")
    assert client(upstream, max_retries=1, timeout=5.0).complete(MESSAGES, timeout=5.0).text == "ok"
    assert len(upstream.requests) == 2


def _choice(message: Any) -> dict[str, Any]:
    return {"choices": [{"index": 0, "message": message}]}


def _call(function: Any) -> dict[str, Any]:
    return {"id": "c1", "type": "function", "function": function}


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "text",
        {"choices": [1]},
        {"choices": "x"},
        {"choices": []},
        {"choices": [{"message": "hi"}]},
        _choice({"content": ["part"]}),
        _choice({"content": "", "tool_calls": [1, 2]}),
        _choice({"content": "", "tool_calls": "call"}),
        _choice({"content": "", "tool_calls": [{"id": "c1"}]}),
        _choice({"content": "", "tool_calls": [_call("fn")]}),
        _choice({"content": "", "tool_calls": [_call({"name": 7, "arguments": "{}"})]}),
        _choice({"content": "", "tool_calls": [_call({"name": "f", "arguments": 7})]}),
        _choice({"content": "", "tool_calls": [_call({"name": "f", "arguments": ["x"]})]}),
    ],
)
def test_parse_completion_raises_only_upstream_errors(body: Any) -> None:
    with pytest.raises(UpstreamError) as info:
        parse_completion(body)
    assert info.value.kind == "malformed"


@pytest.mark.parametrize(
    ("usage", "expected"),
    [
        ({"prompt_tokens": 3, "completion_tokens": 2}, Usage(3, 2)),
        ({"prompt_tokens": -3, "completion_tokens": "2"}, Usage(0, 0)),
        ({"prompt_tokens": True, "completion_tokens": 2.5}, Usage(0, 0)),
        ("lots", Usage()),
        ([1, 2], Usage()),
        (None, Usage()),
    ],
)
def test_usage_garbage_counts_nothing(usage: Any, expected: Usage) -> None:
    body = {**_choice({"content": "hi"}), "usage": usage, "extra": {"kept": True}}
    reply = parse_completion(body)
    assert (reply.text, reply.usage) == ("hi", expected)
    assert reply.raw["extra"] == {"kept": True}


def test_tool_call_arguments_are_text() -> None:
    reply = parse_completion(
        _choice({"content": None, "tool_calls": [_call({"name": "f", "arguments": {"a": 1}})]})
    )
    assert reply.tool_calls[0]["function"] == {"name": "f", "arguments": '{"a": 1}'}


def test_forced_tool_style_reads_the_call_back_as_text(upstream: ScriptedUpstream) -> None:
    arguments = '{"title": "x"}'
    upstream.add(
        completion(
            None,
            tool_calls=[{"id": "c", "type": "function", "function": {"name": "r", "arguments": arguments}}],
        )
    )
    requested = {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}}}
    with OpenAIChat(upstream.url, response_format_style="tool") as chat:
        reply = chat.complete(MESSAGES, response_format=requested)
    assert (reply.text, reply.tool_calls) == (arguments, ())
    sent = upstream.requests[0]
    assert "response_format" not in sent
    assert sent["tools"][0]["function"]["parameters"] == {"type": "object"}
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "r"}}


@pytest.mark.parametrize(
    ("params", "sampling", "sent"),
    [
        ({"max_tokens": 256, "temperature": 0}, {"max_tokens": 90}, {"max_tokens": 90, "temperature": 0}),
        ({"max_tokens": 64}, {"max_tokens": 90}, {"max_tokens": 64}),
        ({"temperature": 0}, {"temperature": 0.7, "seed": 2}, {"temperature": 0.7, "seed": 2}),
    ],
)
def test_sampling_overrides_params_for_one_call(
    upstream: ScriptedUpstream, params: dict[str, Any], sampling: dict[str, Any], sent: dict[str, Any]
) -> None:
    upstream.add("ok")
    with OpenAIChat(upstream.url, model="m", params=params) as chat:
        chat.complete(MESSAGES, sampling=sampling)
    assert upstream.requests[0] == {"model": "m", **sent, "messages": MESSAGES}

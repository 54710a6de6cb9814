"""The OpenAI wire pieces both surfaces share: the SSE decoder, error answers, dropped fields."""

from __future__ import annotations

import json

import pytest

from guard.errors import CheckError, InputBlocked, ReaskExhausted, UpstreamError
from guard.http_errors import failure
from guard.openai_wire import SSEDecoder, drop_unchecked
from guard.result import Action, Attempt, Verdict, Violation

BLOCKED = Verdict(
    Action.BLOCK,
    (
        Violation(
            "banned_substring", "a banned phrase", "banned", ("messages", 0, "content"), action=Action.BLOCK
        ),
    ),
)


@pytest.mark.parametrize(
    ("chunks", "events"),
    [
        ([b"data: a\n\n"], ["a"]),
        ([b"data: a\r\n\r\ndata: b\r\r"], ["a", "b"]),
        ([b"da", b"ta: a\n", b"\n"], ["a"]),
        ([b"data: a\r", b"\n\r\n"], ["a"]),  # a CR split from its LF is one line end
        ([b": keep-alive\n\ndata: x\n\n"], ["x"]),
        ([b"data: one\ndata: two\n\n"], ["one\ntwo"]),
        ([b"event: ping\nid: 3\ndata:{}\n\n"], ["{}"]),
    ],
)
def test_sse_decoder(chunks: list[bytes], events: list[str]) -> None:
    decoder = SSEDecoder()
    found = [event for chunk in chunks for event in decoder.feed(chunk)]
    assert found + decoder.close() == events


def test_sse_decoder_refuses_an_endless_event() -> None:
    decoder = SSEDecoder(max_event_bytes=1024)
    with pytest.raises(ValueError):
        decoder.feed(b"data: " + b"x" * 2048)


def test_sse_decoder_flushes_an_unterminated_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: last") == []
    assert decoder.close() == ["last"]


def _exhausted() -> ReaskExhausted:
    verdict = Verdict(
        Action.REASK, (Violation("missing", "field required", "schema", ("title",), action=Action.REASK),)
    )
    attempt = Attempt(0, "{}", verdict)
    return ReaskExhausted([attempt], attempt, "max_attempts")


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (InputBlocked(BLOCKED), 400, "input_blocked"),
        (_exhausted(), 422, "output_rejected"),
        (CheckError("pii", "model missing"), 500, "check_error"),
        (UpstreamError("timed out", kind="timeout"), 504, "upstream_timeout"),
        (UpstreamError("unreachable", kind="unreachable"), 502, "upstream_error"),
        (UpstreamError("HTTP 503", status=503, kind="status"), 502, "upstream_error"),
        (UpstreamError("HTTP 429", status=429, kind="status"), 502, "upstream_error"),
        (
            UpstreamError(
                "HTTP 404", status=404, kind="status", body=b'{"error": {"code": "model_not_found"}}'
            ),
            404,
            "model_not_found",
        ),
        (UpstreamError("HTTP 400", status=400, kind="status", body=b"<html>"), 400, None),
    ],
)
def test_failure_answers(error: Exception, status: int, code: str | None) -> None:
    got_status, body = failure(error)  # type: ignore[arg-type]
    assert (got_status, body["error"]["code"]) == (status, code)


@pytest.mark.parametrize(
    "echo",
    [
        {"error": {"message": "bad key: Bearer sk-upstream-secret-123456", "type": "invalid_request_error"}},
        {"error": {"message": "prompt was: mail jane.doe@example.org or call +1 415 555 0100"}},
        {"error": {"message": "x", "headers": {"authorization": "Bearer sk-upstream-secret-123456"}}},
        {"error": {"message": "x", "code": "Bearer sk-upstream-secret-123456"}},
        {"error": {"message": "AKIAIOSFODNN7EXAMPLE " + "y" * 5000}},
    ],
)
def test_an_upstream_4xx_is_relayed_sanitised(echo: dict[str, object]) -> None:
    status, body = failure(
        UpstreamError("HTTP 400", status=400, kind="status", body=json.dumps(echo).encode())
    )
    text = json.dumps(body)
    assert status == 400
    for secret in ("sk-upstream-secret", "jane.doe", "555 0100", "AKIAIOSFODNN7EXAMPLE", "authorization"):
        assert secret not in text
    assert len(body["error"]["message"]) < 300
    assert set(body["error"]) == {"message", "type", "param", "code"}


def test_unchecked_parts_are_dropped_and_named() -> None:
    body = {
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "ok", "reasoning_content": "r", "refusal": None},
            },
            {"index": 1, "message": {"role": "assistant", "content": "other"}},
        ]
    }
    kept, dropped = drop_unchecked(body)
    assert kept["choices"] == [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]
    assert dropped == ["choices[1:]", "reasoning_content"]
    assert body["choices"][0]["message"]["reasoning_content"] == "r"  # the original is untouched

"""OpenAI Chat Completions on the wire: error bodies, completions, stream chunks, SSE.

The proxy and the middleware both speak it; keeping the shapes in one place keeps the two
surfaces identical for every OpenAI SDK.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from guard.result import Action, Usage, Violation

__all__ = [
    "DONE",
    "SSEDecoder",
    "adapt_response_format",
    "completion_body",
    "drop_unchecked",
    "error_body",
    "guard_field",
    "guard_headers",
    "replay_as_stream",
    "sse",
    "stream_chunk",
    "stream_error",
    "violations_json",
    "with_reply",
]

DONE = b"data: [DONE]\n\n"
_LINE_END = re.compile(rb"\r\n|\r|\n")


def violations_json(violations: Iterable[Violation]) -> list[dict[str, Any]]:
    """Violations as clients see them: type, check, loc, message, action (no raw values)."""
    return [
        {
            k: v
            for k, v in violation.to_dict().items()
            if k in ("type", "check", "loc", "message", "action", "score")
        }
        for violation in violations
    ]


def error_body(
    message: str,
    *,
    type: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
    violations: Sequence[Violation] = (),
    **extra: Any,
) -> dict[str, Any]:
    """OpenAI's error shape, so every SDK raises its usual exception. ``violations`` ride along."""
    error: dict[str, Any] = {"message": message, "type": type, "param": param, "code": code}
    if violations:
        error["violations"] = violations_json(violations)
    error.update(extra)
    return {"error": error}


def with_reply(
    body: Mapping[str, Any],
    text: str,
    usage: Usage | None = None,
    guard: Mapping[str, Any] | None = None,
    tool_calls: Sequence[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """A copy of a completion body whose first choice carries ``text`` (and ``tool_calls``,
    with their repaired arguments, when the reply called tools)."""
    # Copy only the path that changes (choices[0].message): the rest is shared, read-only.
    out = dict(body)
    choices = out.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        first = dict(choices[0])
        out["choices"] = [first, *choices[1:]]
        raw_message = first.get("message")
        message = dict(raw_message) if isinstance(raw_message, dict) else {"role": "assistant"}
        first["message"] = message
        if isinstance(message, dict):
            # A tool-calling reply without text keeps OpenAI's null content.
            message["content"] = (
                None if (tool_calls and not text and message.get("content") is None) else text
            )
            if tool_calls:
                message["tool_calls"] = [dict(call) for call in tool_calls]
    if usage is not None:
        out["usage"] = usage.to_dict()
    if guard is not None:
        out["guard"] = dict(guard)
    return out


#: Message fields no check reads: reasoning traces (several servers' names for them) and refusals.
UNCHECKED_MESSAGE_FIELDS = ("reasoning_content", "reasoning", "refusal")


def drop_unchecked(body: Any) -> tuple[Any, list[str]]:
    """A copy of a completion without what no check judged: every choice but the first (guard
    validates one) and the first message's reasoning and refusal fields. Returns the copy and
    the names of what was dropped (for the ``x-guard-dropped`` header)."""
    if not isinstance(body, Mapping):
        return body, []
    dropped: list[str] = []
    out = dict(body)
    choices = out.get("choices")
    if isinstance(choices, list) and choices:
        if len(choices) > 1:
            dropped.append("choices[1:]")
        first = choices[0]
        if isinstance(first, Mapping) and isinstance(first.get("message"), Mapping):
            message = dict(first["message"])
            for key in UNCHECKED_MESSAGE_FIELDS:
                if message.pop(key, None) is not None:
                    dropped.append(key)
            first = {**first, "message": message}
        out["choices"] = [first]
    return out, dropped


def completion_body(
    text: str, *, model: str, usage: Usage | None = None, id: str = "chatcmpl-guard"
) -> dict[str, Any]:
    """A minimal chat completion carrying ``text``."""
    return {
        "id": id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": (usage or Usage()).to_dict(),
    }


def stream_chunk(
    *,
    id: str,
    model: str,
    created: int,
    content: str | None = None,
    role: str | None = None,
    finish_reason: str | None = None,
    usage: Usage | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One ``chat.completion.chunk``."""
    delta: dict[str, Any] = {}
    if role is not None:
        delta["role"] = role
    if content is not None:
        delta["content"] = content
    chunk: dict[str, Any] = {
        "id": id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    if usage is not None:
        chunk["usage"] = usage.to_dict()
    if extra:
        chunk.update(extra)
    return chunk


def sse(data: Mapping[str, Any] | str) -> bytes:
    """One server-sent event carrying ``data``."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"data: {payload}\n\n".encode("utf-8", "surrogatepass")


class SSEDecoder:
    """Incremental server-sent-events decoder: feed bytes, get the ``data`` payloads."""

    def __init__(self, max_event_bytes: int = 4 * 1024 * 1024) -> None:
        self._buffer = b""
        self._data: list[str] = []
        self.max_event_bytes = max_event_bytes

    def feed(self, chunk: bytes) -> list[str]:
        """Return the complete events' data found so far. Raises ``ValueError`` on an event too large."""
        self._buffer += chunk
        events: list[str] = []
        while True:
            cut = self._next_line_end()
            if cut is None:
                if len(self._buffer) > self.max_event_bytes:
                    raise ValueError("server-sent event too large")
                return events
            end, size = cut
            line = self._buffer[:end].decode("utf-8", "replace")
            self._buffer = self._buffer[end + size :]
            if not line:
                if self._data:
                    events.append("\n".join(self._data))
                    self._data = []
                continue
            if line.startswith(":"):
                continue
            field, _, value = line.partition(":")
            if field == "data":
                self._data.append(value[1:] if value.startswith(" ") else value)

    def close(self) -> list[str]:
        """Flush an event the stream ended without a blank line for."""
        events = self.feed(b"\n\n") if self._buffer or self._data else []
        return events

    def _next_line_end(self) -> tuple[int, int] | None:
        match = _LINE_END.search(self._buffer)
        if match is None:
            return None
        if match.group() == b"\r" and match.end() == len(self._buffer):
            return None  # a CR at the very end may be the first half of CRLF
        return match.start(), match.end() - match.start()


BUFFERED_CHUNK_CHARS = 48


def replay_as_stream(
    text: str,
    *,
    completion: Mapping[str, Any],
    request: Mapping[str, Any],
    usage: Usage,
    guard: Mapping[str, Any],
    tool_calls: Sequence[Mapping[str, Any]] | None = None,
) -> list[bytes]:
    """The SSE events of an accepted reply streamed after validation (buffered mode)."""
    ident = str(completion.get("id", "chatcmpl-guard"))
    model = str(completion.get("model", request.get("model", "")))
    created_raw = completion.get("created")
    created = created_raw if isinstance(created_raw, int) else int(time.time())
    events = [sse(stream_chunk(id=ident, model=model, created=created, role="assistant", content=""))]
    for start in range(0, len(text), BUFFERED_CHUNK_CHARS):
        piece = text[start : start + BUFFERED_CHUNK_CHARS]
        events.append(sse(stream_chunk(id=ident, model=model, created=created, content=piece)))
    for index, call in enumerate(tool_calls or ()):
        chunk = stream_chunk(id=ident, model=model, created=created)
        chunk["choices"][0]["delta"]["tool_calls"] = [{"index": index, **call}]
        events.append(sse(chunk))
    finish = "tool_calls" if tool_calls else "stop"
    events.append(
        sse(
            stream_chunk(
                id=ident, model=model, created=created, finish_reason=finish, extra={"guard": dict(guard)}
            )
        )
    )
    options = request.get("stream_options")
    if isinstance(options, Mapping) and options.get("include_usage"):
        chunk = stream_chunk(id=ident, model=model, created=created, usage=usage)
        chunk["choices"] = []
        events.append(sse(chunk))
    events.append(DONE)
    return events


def stream_error(message: str, code: str, violations: Sequence[Violation] = ()) -> bytes:
    """An error event (OpenAI SDKs raise on it) followed by the end of the stream."""
    return sse(error_body(message, type="server_error", code=code, violations=violations)) + DONE


def guard_field(
    action: Action,
    attempts: int,
    violations: Sequence[Violation],
    timings: Mapping[str, float],
    *,
    total_s: float | None = None,
    stream_mode: str | None = None,
) -> dict[str, Any]:
    """The ``guard`` extension field: what guard did (action, attempts, violations, timings)."""
    timings_ms: dict[str, Any] = {
        "checks": {name: round(seconds * 1000, 3) for name, seconds in timings.items()}
    }
    if total_s is not None:
        timings_ms["total"] = round(total_s * 1000, 3)
    info: dict[str, Any] = {
        "action": action.value,
        "attempts": attempts,
        "violations": violations_json(violations),
        "timings_ms": timings_ms,
    }
    if stream_mode is not None:
        info["stream_mode"] = stream_mode
    return info


def guard_headers(action: Action, attempts: int) -> dict[str, str]:
    """The ``x-guard-*`` response headers."""
    return {"x-guard-action": action.value, "x-guard-attempts": str(attempts)}


ResponseFormatStyle = Literal["json_schema", "json_object_schema", "none"]


def adapt_response_format(
    response_format: Mapping[str, Any], style: ResponseFormatStyle
) -> dict[str, Any] | None:
    """Say "answer in this JSON Schema" the way an endpoint understands it.

    ``json_schema`` is OpenAI's shape; ``json_object_schema`` is llama.cpp's server
    (``{"type": "json_object", "schema": ...}``, enforced by a grammar); ``none`` sends nothing.
    """
    if style == "none":
        return None
    if style == "json_object_schema" and response_format.get("type") == "json_schema":
        spec = response_format.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, Mapping) else None
        return (
            {"type": "json_object", "schema": schema}
            if isinstance(schema, Mapping)
            else {"type": "json_object"}
        )
    return dict(response_format)

"""Anthropic Messages on the exchange: ``POST /v1/messages`` in front of an Anthropic upstream.

:class:`AnthropicAdapter` converts a Messages request to the exchange's chat form (``system`` a
system turn, ``tool_result`` blocks tool turns, ``tool_use`` blocks tool calls) and writes the
accepted reply, its buffered stream and errors in Anthropic's shapes; :class:`AnthropicBackend`
sends the exchange's chat form upstream as a Messages request. Everything else (screening,
validation, re-asks, redaction, pseudonyms) is the shared exchange's.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import httpx2

from guard.chat_adapter import ChatAdapter
from guard.chat_model import ModelReply
from guard.chat_request import RequestProblem, chat_form
from guard.errors import UpstreamError
from guard.openai_wire import DONE, SSEDecoder, sse
from guard.result import Usage
from guard.upstream_http import open_event_stream, post_json

__all__ = ["ANTHROPIC_VERSION", "AnthropicAdapter", "AnthropicBackend"]

ANTHROPIC_VERSION = "2023-06-01"
_STREAM_PIECE = 64
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    413: "request_too_large",
    422: "invalid_request_error",
    429: "rate_limit_error",
    504: "timeout_error",
    529: "overloaded_error",
}
# Request keys passed to the upstream as they are (the messages and system are rebuilt).
_PASSED = (
    "model",
    "max_tokens",
    "temperature",
    "top_p",
    "top_k",
    "stop_sequences",
    "metadata",
    "tools",
    "tool_choice",
    "service_tier",
)


def _problem(message: str, param: str) -> RequestProblem:
    return RequestProblem(message, param=param, code="invalid_request")


def _text_of(blocks: Any, where: str) -> str:
    """The text of a string or of a list of text blocks (``system``, ``tool_result.content``)."""
    if isinstance(blocks, str):
        return blocks
    if not isinstance(blocks, list):
        raise _problem("must be a string or a list of text blocks", where)
    parts = []
    for index, block in enumerate(blocks):
        if (
            not isinstance(block, dict)
            or block.get("type") != "text"
            or not isinstance(block.get("text"), str)
        ):
            raise _problem("only text blocks are accepted here", f"{where}.{index}")
        parts.append(block["text"])
    return "\n".join(parts)


def _image_part(block: Mapping[str, Any], where: str) -> dict[str, Any]:
    source = block.get("source")
    if isinstance(source, dict) and source.get("type") == "base64":
        media, data = source.get("media_type"), source.get("data")
        if isinstance(media, str) and isinstance(data, str):
            return {"type": "image_url", "image_url": {"url": f"data:{media};base64,{data}"}}
    if isinstance(source, dict) and source.get("type") == "url" and isinstance(source.get("url"), str):
        return {"type": "image_url", "image_url": {"url": source["url"]}}
    raise _problem("image source must be base64 data or a url", f"{where}.source")


def _to_chat(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A Messages request's system and messages as chat messages. Raises :class:`RequestProblem`."""
    chat: list[dict[str, Any]] = []
    if body.get("system") is not None:
        chat.append({"role": "system", "content": _text_of(body["system"], "system")})
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _problem("messages must be a non-empty list", "messages")
    for index, message in enumerate(messages):
        where = f"messages.{index}"
        if not isinstance(message, dict):
            raise _problem("must be an object", where)
        role, content = message.get("role"), message.get("content")
        if role not in ("user", "assistant"):
            raise _problem("role must be user or assistant", f"{where}.role")
        if isinstance(content, str):
            chat.append({"role": role, "content": content})
            continue
        if not isinstance(content, list):
            raise _problem("content must be a string or a list of blocks", f"{where}.content")
        parts: list[dict[str, Any]] = []
        calls: list[dict[str, Any]] = []
        results: list[dict[str, Any]] = []
        for number, block in enumerate(content):
            at = f"{where}.content.{number}"
            kind = block.get("type") if isinstance(block, dict) else None
            if kind == "text" and isinstance(block.get("text"), str):
                parts.append({"type": "text", "text": block["text"]})
            elif kind == "image" and role == "user":
                parts.append(_image_part(block, at))
            elif kind == "tool_use" and role == "assistant":
                if not isinstance(block.get("id"), str) or not isinstance(block.get("name"), str):
                    raise _problem("tool_use needs an id and a name", at)
                arguments = json.dumps(block.get("input", {}))
                calls.append(
                    {
                        "id": block["id"],
                        "type": "function",
                        "function": {"name": block["name"], "arguments": arguments},
                    }
                )
            elif kind == "tool_result" and role == "user":
                if not isinstance(block.get("tool_use_id"), str):
                    raise _problem("tool_result needs a tool_use_id", at)
                text = _text_of(block.get("content", ""), f"{at}.content")
                results.append({"role": "tool", "tool_call_id": block["tool_use_id"], "content": text})
            elif kind in ("thinking", "redacted_thinking") and role == "assistant":
                continue  # the model's own earlier reasoning: not forwarded, so not screened
            else:
                raise _problem(f"content block type {kind!r} is not accepted for role {role}", at)
        chat.extend(results)
        if role == "assistant":
            text = "".join(p["text"] for p in parts)
            turn: dict[str, Any] = {"role": "assistant", "content": text or None}
            if calls:
                turn["tool_calls"] = calls
            chat.append(turn)
        elif parts:
            chat.append({"role": "user", "content": parts})
    return chat


def _tools_to_chat(tools: Any) -> list[dict[str, Any]] | None:
    if tools is None:
        return None
    if not isinstance(tools, list):
        raise _problem("tools must be a list", "tools")
    out = []
    for index, tool in enumerate(tools):
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            raise _problem("a tool needs a name", f"tools.{index}")
        function: dict[str, Any] = {"name": tool["name"], "parameters": tool.get("input_schema", {})}
        if isinstance(tool.get("description"), str):
            function["description"] = tool["description"]
        out.append({"type": "function", "function": function})
    return out


def _blocks(content: Any) -> list[dict[str, Any]]:
    """Chat message content as Anthropic content blocks."""
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for part in content:
        if part.get("type") == "text":
            blocks.append({"type": "text", "text": part["text"]})
        elif part.get("type") == "image_url":
            url = str(part["image_url"]["url"])
            if url.startswith("data:") and ";base64," in url:
                media, data = url[5:].split(";base64,", 1)
                blocks.append(
                    {"type": "image", "source": {"type": "base64", "media_type": media, "data": data}}
                )
            else:
                blocks.append({"type": "image", "source": {"type": "url", "url": url}})
    return blocks


def to_messages_request(
    messages: Sequence[Mapping[str, Any]], client_body: Mapping[str, Any]
) -> dict[str, Any]:
    """The chat form back as a Messages request: the client's parameters, the (screened, fixed
    or re-asked) messages; consecutive turns of one role merged, as the API wants them."""
    system: list[str] = []
    out: list[dict[str, Any]] = []

    def add(role: str, blocks: list[dict[str, Any]]) -> None:
        if out and out[-1]["role"] == role:
            out[-1]["content"].extend(blocks)
        else:
            out.append({"role": role, "content": blocks})

    for message in messages:
        role = message.get("role")
        if role in ("system", "developer"):
            system.append("".join(b["text"] for b in _blocks(message.get("content")) if b["type"] == "text"))
        elif role == "tool":
            text = message.get("content")
            add(
                "user",
                [
                    {
                        "type": "tool_result",
                        "tool_use_id": message.get("tool_call_id"),
                        "content": str(text or ""),
                    }
                ],
            )
        elif role == "assistant":
            blocks = _blocks(message.get("content"))
            for call in message.get("tool_calls") or []:
                function = call.get("function", {})
                try:
                    arguments = json.loads(function.get("arguments") or "{}")
                except ValueError:
                    arguments = {}
                blocks.append(
                    {
                        "type": "tool_use",
                        "id": call.get("id"),
                        "name": function.get("name"),
                        "input": arguments,
                    }
                )
            add("assistant", blocks or [{"type": "text", "text": ""}])
        else:
            add("user", _blocks(message.get("content")))
    body = {k: client_body[k] for k in _PASSED if k in client_body}
    if system:
        body["system"] = "\n\n".join(system)
    body["messages"] = out
    return body


def parse_message(body: Mapping[str, Any]) -> ModelReply:
    """A Messages reply as the exchange's :class:`ModelReply` (tool_use blocks as tool calls)."""
    content = body.get("content")
    if body.get("type") != "message" or not isinstance(content, list):
        raise UpstreamError("reply is not an Anthropic message", kind="malformed")
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for block in content:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text" and isinstance(block.get("text"), str):
            texts.append(block["text"])
        elif block.get("type") == "tool_use":
            arguments = json.dumps(block.get("input", {}))
            calls.append(
                {
                    "id": block.get("id"),
                    "type": "function",
                    "function": {"name": block.get("name"), "arguments": arguments},
                }
            )
    usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
    assert isinstance(usage, dict)
    tokens = Usage(int(usage.get("input_tokens") or 0), int(usage.get("output_tokens") or 0))
    return ModelReply("".join(texts), tokens, raw=dict(body), tool_calls=tuple(calls))


def _reply_blocks(text: str, tool_calls: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [{"type": "text", "text": text}] if text or not tool_calls else []
    for call in tool_calls or ():
        function = call.get("function", {})
        try:
            arguments = json.loads(function.get("arguments") or "{}")
        except ValueError:
            arguments = {}
        blocks.append(
            {"type": "tool_use", "id": call.get("id"), "name": function.get("name"), "input": arguments}
        )
    return blocks


def _sse(event: str, data: Mapping[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


_FINISH = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "tool_use": "tool_calls"}
_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use", "content_filter": "refusal"}


def _chunk(template: Mapping[str, Any], delta: Mapping[str, Any], finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": dict(delta), "finish_reason": finish}
    return sse({**template, "object": "chat.completion.chunk", "choices": [choice]})


async def _as_chunks(source: AsyncIterator[bytes], model: str) -> AsyncIterator[bytes]:
    """An Anthropic event stream as chat-completion chunks (what the stream validator reads):
    text deltas as content, the stop reason as the finish reason, usage as a usage chunk. Tool
    input and thinking deltas are not passed (a request offering tools is answered buffered)."""
    decoder = SSEDecoder()
    template: dict[str, Any] = {"id": "msg-guard", "model": model, "created": int(time.time())}
    input_tokens = 0
    async for raw in source:
        for data in decoder.feed(raw):
            try:
                event = json.loads(data)
            except ValueError:
                raise UpstreamError("malformed stream event", kind="malformed") from None
            kind = event.get("type") if isinstance(event, dict) else None
            if kind == "message_start" and isinstance(event.get("message"), dict):
                message = event["message"]
                template["id"] = str(message.get("id", template["id"]))
                template["model"] = str(message.get("model", model))
                usage = message.get("usage") if isinstance(message.get("usage"), dict) else {}
                input_tokens = int(usage.get("input_tokens") or 0)
                yield _chunk(template, {"role": "assistant", "content": ""})
            elif kind == "content_block_delta" and isinstance(event.get("delta"), dict):
                delta = event["delta"]
                if delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                    yield _chunk(template, {"content": delta["text"]})
            elif kind == "message_delta":
                delta = event.get("delta") if isinstance(event.get("delta"), dict) else {}
                usage = event.get("usage") if isinstance(event.get("usage"), dict) else {}
                output_tokens = int(usage.get("output_tokens") or 0)
                tokens = {"prompt_tokens": input_tokens, "completion_tokens": output_tokens}
                yield sse({**template, "object": "chat.completion.chunk", "choices": [], "usage": tokens})
                yield _chunk(template, {}, _FINISH.get(str(delta.get("stop_reason")), "stop"))
            elif kind == "message_stop":
                yield DONE
                return
            elif kind == "error":
                raise UpstreamError("the upstream stream reported an error", kind="upstream")


async def _as_anthropic_events(events: AsyncIterator[bytes], model: str) -> AsyncIterator[bytes]:
    """The validated chunk stream as Anthropic events; an error event ends it as Anthropic's."""
    decoder = SSEDecoder()
    started = False
    stop = "end_turn"
    usage = {"input_tokens": 0, "output_tokens": 0}
    guard: Any = None

    def opening(ident: str, name: str) -> list[bytes]:
        message: dict[str, Any] = {
            "id": ident,
            "type": "message",
            "role": "assistant",
            "model": name,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": usage["input_tokens"], "output_tokens": 0},
        }
        block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
        return [
            _sse("message_start", {"type": "message_start", "message": message}),
            _sse("content_block_start", block),
        ]

    async for raw in events:
        for data in decoder.feed(raw):
            if data.strip() == "[DONE]":
                continue
            chunk = json.loads(data)
            if "error" in chunk:
                error = chunk["error"] if isinstance(chunk["error"], dict) else {}
                body = {
                    "type": "error",
                    "error": {"type": "api_error", **{k: v for k, v in error.items() if k != "type"}},
                }
                yield _sse("error", body)
                return
            if not started:
                started = True
                for event in opening(str(chunk.get("id", "msg-guard")), str(chunk.get("model", model))):
                    yield event
            if isinstance(chunk.get("usage"), dict):
                usage = {
                    "input_tokens": int(chunk["usage"].get("prompt_tokens") or 0),
                    "output_tokens": int(chunk["usage"].get("completion_tokens") or 0),
                }
            for choice in chunk.get("choices") or []:
                text = (choice.get("delta") or {}).get("content")
                if isinstance(text, str) and text:
                    delta = {"type": "text_delta", "text": text}
                    yield _sse(
                        "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
                    )
                if choice.get("finish_reason") is not None:
                    stop = _STOP.get(str(choice["finish_reason"]), "end_turn")
            if "guard" in chunk:
                guard = chunk["guard"]
    if not started:
        for event in opening("msg-guard", model):
            yield event
    yield _sse("content_block_stop", {"type": "content_block_stop", "index": 0})
    end = {
        "type": "message_delta",
        "delta": {"stop_reason": stop, "stop_sequence": None},
        "usage": {"output_tokens": usage["output_tokens"]},
    }
    if guard is not None:
        end["guard"] = guard
    yield _sse("message_delta", end)
    yield _sse("message_stop", {"type": "message_stop"})


class AnthropicAdapter(ChatAdapter):
    """Anthropic Messages requests and replies around the exchange's chat form."""

    def wire_stream(self, events: AsyncIterator[bytes], request: Mapping[str, Any]) -> AsyncIterator[bytes]:
        return _as_anthropic_events(events, str(request.get("model", "")))

    def checked(self, body: Any, *, max_messages: int) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise RequestProblem("request body must be a JSON object", code="invalid_request")
        if not isinstance(body.get("model"), str):
            raise _problem("model must be a string", "model")
        max_tokens = body.get("max_tokens")
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
            raise _problem("max_tokens must be a positive integer", "max_tokens")
        if body.get("stream") is not None and not isinstance(body["stream"], bool):
            raise _problem("stream must be true or false", "stream")
        tools = _tools_to_chat(body.get("tools"))
        return chat_form(
            body["model"], _to_chat(body), tools, body.get("stream") is True, max_messages=max_messages
        )

    def reply(self, body: Any) -> ModelReply:
        if not isinstance(body, dict):
            raise UpstreamError("reply is not an Anthropic message", kind="malformed")
        return parse_message(body)

    def drop_unchecked(self, body: Any) -> tuple[Any, list[str]]:
        content = body.get("content") if isinstance(body, dict) else None
        dropped = sorted(
            {
                str(b.get("type"))
                for b in content or []
                if isinstance(b, dict) and b.get("type") not in ("text", "tool_use")
            }
        )
        return body, dropped

    def with_reply(
        self,
        body: Any,
        text: str,
        usage: Usage,
        guard: Mapping[str, Any],
        tool_calls: Sequence[Mapping[str, Any]] | None = None,
    ) -> Any:
        out = dict(body) if isinstance(body, dict) else {"type": "message", "role": "assistant"}
        out["content"] = _reply_blocks(text, tool_calls)
        if tool_calls:
            out["stop_reason"] = "tool_use"
        elif out.get("stop_reason") == "tool_use":
            out["stop_reason"] = "end_turn"
        out["usage"] = {"input_tokens": usage.prompt_tokens, "output_tokens": usage.completion_tokens}
        out["guard"] = dict(guard)
        return out

    def error_body(self, status: int, body: Mapping[str, Any]) -> Any:
        error = body.get("error") if isinstance(body, Mapping) else None
        error = error if isinstance(error, Mapping) else {}
        kind = _ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
        # Anthropic's shape; guard's code and violations ride along (clients ignore extra keys).
        extra = {
            k: v
            for k, v in error.items()
            if k in ("code", "param", "violations", "attempts") and v is not None
        }
        return {"type": "error", "error": {"type": kind, "message": str(error.get("message", "")), **extra}}

    def replay(
        self,
        text: str,
        *,
        completion: Mapping[str, Any],
        request: Mapping[str, Any],
        usage: Usage,
        guard: Mapping[str, Any],
        tool_calls: Sequence[Mapping[str, Any]] | None = None,
    ) -> list[bytes]:
        message = self.with_reply(completion, text, usage, guard, tool_calls)
        start = {
            **{k: v for k, v in message.items() if k not in ("content", "guard")},
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": usage.prompt_tokens, "output_tokens": 0},
        }
        start.setdefault("model", request.get("model", ""))
        events = [_sse("message_start", {"type": "message_start", "message": start})]
        for index, block in enumerate(message["content"]):
            if block["type"] == "text":
                events.append(
                    _sse(
                        "content_block_start",
                        {
                            "type": "content_block_start",
                            "index": index,
                            "content_block": {"type": "text", "text": ""},
                        },
                    )
                )
                for at in range(0, len(block["text"]), _STREAM_PIECE):
                    delta = {"type": "text_delta", "text": block["text"][at : at + _STREAM_PIECE]}
                    events.append(
                        _sse(
                            "content_block_delta",
                            {"type": "content_block_delta", "index": index, "delta": delta},
                        )
                    )
            else:
                opening = {**block, "input": {}}
                events.append(
                    _sse(
                        "content_block_start",
                        {"type": "content_block_start", "index": index, "content_block": opening},
                    )
                )
                delta = {"type": "input_json_delta", "partial_json": json.dumps(block["input"])}
                events.append(
                    _sse(
                        "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
                    )
                )
            events.append(_sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        events.append(
            _sse(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": message.get("stop_reason") or "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": usage.completion_tokens},
                    "guard": dict(guard),
                },
            )
        )
        events.append(_sse("message_stop", {"type": "message_stop"}))
        return events


class AnthropicBackend:
    """The exchange's model: the client's Messages request sent upstream, messages swapped in.
    No constrained decoding: re-asks are prose."""

    supports_response_format = False

    def __init__(
        self, client: httpx2.AsyncClient, base_url: str, body: Mapping[str, Any], *, api_key: str | None
    ) -> None:
        self.client = client
        self.url = base_url.rstrip("/") + "/messages"
        self.body = {k: v for k, v in body.items() if k != "stream"}
        self.headers = {"anthropic-version": ANTHROPIC_VERSION}
        if api_key:
            self.headers["x-api-key"] = api_key

    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        request = to_messages_request(messages, self.body)
        return parse_message(
            await post_json(self.client, self.url, request, headers=self.headers, timeout=timeout)
        )

    @contextlib.asynccontextmanager
    async def open_stream(self, body: dict[str, Any]) -> AsyncIterator[AsyncIterator[bytes]]:
        request = {**to_messages_request(body.get("messages") or [], self.body), "stream": True}
        async with open_event_stream(self.client, self.url, request, headers=self.headers) as source:
            yield _as_chunks(source, str(self.body.get("model", "")))

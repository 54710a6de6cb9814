"""OpenAI Responses on the exchange: ``POST /v1/responses`` in front of a Responses upstream.

:class:`ResponsesAdapter` converts a Responses request (``input`` a string or items,
``instructions``, function tools, ``function_call`` / ``function_call_output`` items) to the
exchange's chat form and writes the accepted reply and its buffered event stream as a Responses
object; errors keep OpenAI's shape. :class:`ResponsesBackend` sends the chat form upstream as a
Responses request. ``previous_response_id`` is refused: guard cannot screen history it never saw.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
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

__all__ = ["ResponsesAdapter", "ResponsesBackend"]

_STREAM_PIECE = 64
_PASSED = (
    "model",
    "max_output_tokens",
    "temperature",
    "top_p",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "text",
    "metadata",
    "store",
    "truncation",
    "user",
    "reasoning",
    "service_tier",
)
_ROLES = ("user", "system", "developer", "assistant")


def _problem(message: str, param: str) -> RequestProblem:
    return RequestProblem(message, param=param, code="invalid_request")


def _content_parts(content: Any, role: str, where: str) -> str | list[dict[str, Any]]:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise _problem("content must be a string or a list of parts", where)
    parts: list[dict[str, Any]] = []
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        at = f"{where}.{index}"
        if kind in ("input_text", "output_text") and isinstance(part.get("text"), str):
            parts.append({"type": "text", "text": part["text"]})
        elif kind == "input_image" and role != "assistant" and isinstance(part.get("image_url"), str):
            parts.append({"type": "image_url", "image_url": {"url": part["image_url"]}})
        else:
            raise _problem(f"content part type {kind!r} is not accepted", at)
    if role == "assistant":
        return "".join(p["text"] for p in parts)
    return parts


def _to_chat(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    chat: list[dict[str, Any]] = []
    instructions = body.get("instructions")
    if instructions is not None:
        if not isinstance(instructions, str):
            raise _problem("instructions must be a string", "instructions")
        chat.append({"role": "system", "content": instructions})
    items = body.get("input")
    if isinstance(items, str):
        chat.append({"role": "user", "content": items})
        return chat
    if not isinstance(items, list) or not items:
        raise _problem("input must be a string or a non-empty list of items", "input")
    for index, item in enumerate(items):
        where = f"input.{index}"
        if not isinstance(item, dict):
            raise _problem("must be an object", where)
        kind = item.get("type", "message")
        if kind == "message":
            role = item.get("role")
            if role not in _ROLES:
                raise _problem(f"role must be one of {', '.join(_ROLES)}", f"{where}.role")
            chat.append(
                {"role": role, "content": _content_parts(item.get("content"), role, f"{where}.content")}
            )
        elif kind == "function_call":
            if not all(isinstance(item.get(k), str) for k in ("call_id", "name", "arguments")):
                raise _problem("function_call needs call_id, name and arguments strings", where)
            call = {
                "id": item["call_id"],
                "type": "function",
                "function": {"name": item["name"], "arguments": item["arguments"]},
            }
            if chat and chat[-1]["role"] == "assistant" and "tool_calls" in chat[-1]:
                chat[-1]["tool_calls"].append(call)
            else:
                chat.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            if not isinstance(item.get("call_id"), str) or not isinstance(output, str):
                raise _problem("function_call_output needs a call_id and a string output", where)
            chat.append({"role": "tool", "tool_call_id": item["call_id"], "content": output})
        elif kind == "reasoning":
            continue  # the model's own earlier reasoning: not forwarded, so not screened
        else:
            raise _problem(f"input item type {kind!r} is not accepted", f"{where}.type")
    return chat


def _tools_to_chat(tools: Any) -> list[dict[str, Any]] | None:
    if tools is None:
        return None
    if not isinstance(tools, list):
        raise _problem("tools must be a list", "tools")
    out = []
    for index, tool in enumerate(tools):
        if (
            not isinstance(tool, dict)
            or tool.get("type") != "function"
            or not isinstance(tool.get("name"), str)
        ):
            raise _problem("only function tools with a name are accepted", f"tools.{index}")
        function = {k: tool[k] for k in ("name", "description", "parameters", "strict") if k in tool}
        out.append({"type": "function", "function": function})
    return out


def to_responses_request(
    messages: Sequence[Mapping[str, Any]],
    client_body: Mapping[str, Any],
    response_format: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The chat form back as a Responses request (every turn an input item)."""
    items: list[dict[str, Any]] = []
    for message in messages:
        role = str(message.get("role"))
        content = message.get("content")
        if role == "tool":
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": message.get("tool_call_id"),
                    "output": str(content or ""),
                }
            )
            continue
        kind = "output_text" if role == "assistant" else "input_text"
        if isinstance(content, str):
            parts = [{"type": kind, "text": content}] if content or role != "assistant" else []
        else:
            parts = []
            for part in content or []:
                if part.get("type") == "text":
                    parts.append({"type": kind, "text": part["text"]})
                elif part.get("type") == "image_url":
                    parts.append({"type": "input_image", "image_url": part["image_url"]["url"]})
        if parts:
            items.append({"type": "message", "role": role, "content": parts})
        for call in message.get("tool_calls") or []:
            function = call.get("function", {})
            items.append(
                {
                    "type": "function_call",
                    "call_id": call.get("id"),
                    "name": function.get("name"),
                    "arguments": function.get("arguments", ""),
                }
            )
    body = {k: client_body[k] for k in _PASSED if k in client_body}
    body["input"] = items
    if response_format is not None and response_format.get("type") == "json_schema":
        schema = response_format.get("json_schema") or {}
        body["text"] = {"format": {"type": "json_schema", **schema}}
    return body


def parse_response(body: Mapping[str, Any]) -> ModelReply:
    """A Responses object as the exchange's :class:`ModelReply` (function calls as tool calls)."""
    output = body.get("output")
    if not isinstance(output, list):
        raise UpstreamError("reply is not a Responses object", kind="malformed")
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for item in output:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "message":
            for part in item.get("content") or []:
                if (
                    isinstance(part, dict)
                    and part.get("type") == "output_text"
                    and isinstance(part.get("text"), str)
                ):
                    texts.append(part["text"])
        elif item.get("type") == "function_call":
            calls.append(
                {
                    "id": item.get("call_id"),
                    "type": "function",
                    "function": {"name": item.get("name"), "arguments": item.get("arguments") or ""},
                }
            )
    usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
    assert isinstance(usage, dict)
    tokens = Usage(int(usage.get("input_tokens") or 0), int(usage.get("output_tokens") or 0))
    return ModelReply("".join(texts), tokens, raw=dict(body), tool_calls=tuple(calls))


def _output(text: str, tool_calls: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    if text or not tool_calls:
        items.append(
            {
                "type": "message",
                "id": f"msg_{uuid.uuid4().hex}",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        )
    for call in tool_calls or ():
        function = call.get("function", {})
        items.append(
            {
                "type": "function_call",
                "id": f"fc_{uuid.uuid4().hex}",
                "call_id": call.get("id"),
                "name": function.get("name"),
                "arguments": function.get("arguments", ""),
                "status": "completed",
            }
        )
    return items


def _chunk(template: Mapping[str, Any], delta: Mapping[str, Any], finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": dict(delta), "finish_reason": finish}
    return sse({**template, "object": "chat.completion.chunk", "choices": [choice]})


async def _as_chunks(source: AsyncIterator[bytes], model: str) -> AsyncIterator[bytes]:
    """A Responses event stream as chat-completion chunks (what the stream validator reads):
    output text deltas as content, completion as the finish and a usage chunk. Function call
    and reasoning events are not passed (a request offering tools is answered buffered)."""
    decoder = SSEDecoder()
    template: dict[str, Any] = {"id": "resp-guard", "model": model, "created": int(time.time())}
    async for raw in source:
        for data in decoder.feed(raw):
            try:
                event = json.loads(data)
            except ValueError:
                raise UpstreamError("malformed stream event", kind="malformed") from None
            kind = event.get("type") if isinstance(event, dict) else None
            found = event.get("response") if isinstance(event, dict) else None
            response: dict[str, Any] = found if isinstance(found, dict) else {}
            if kind == "response.created":
                template["id"] = str(response.get("id", template["id"]))
                template["model"] = str(response.get("model", model))
                yield _chunk(template, {"role": "assistant", "content": ""})
            elif kind == "response.output_text.delta" and isinstance(event.get("delta"), str):
                yield _chunk(template, {"content": event["delta"]})
            elif kind in ("response.completed", "response.incomplete"):
                found_usage = response.get("usage")
                usage: dict[str, Any] = found_usage if isinstance(found_usage, dict) else {}
                tokens = {
                    "prompt_tokens": int(usage.get("input_tokens") or 0),
                    "completion_tokens": int(usage.get("output_tokens") or 0),
                }
                yield sse({**template, "object": "chat.completion.chunk", "choices": [], "usage": tokens})
                yield _chunk(template, {}, "stop" if kind == "response.completed" else "length")
                yield DONE
                return
            elif kind in ("response.failed", "error"):
                raise UpstreamError("the upstream stream reported an error", kind="upstream")


async def _as_response_events(
    events: AsyncIterator[bytes], request: Mapping[str, Any]
) -> AsyncIterator[bytes]:
    """The validated chunk stream as Responses events; an error ends it with an ``error`` event
    (the openai client raises on it)."""
    decoder = SSEDecoder()
    sequence = 0
    started = False
    text: list[str] = []
    usage = Usage()
    guard: Any = None
    status = "completed"
    response: dict[str, Any] = {
        "id": f"resp_{uuid.uuid4().hex}",
        "object": "response",
        "created_at": int(time.time()),
        "status": "in_progress",
        "model": str(request.get("model", "")),
        "output": [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }
    item_id = f"msg_{uuid.uuid4().hex}"
    where = {"item_id": item_id, "output_index": 0, "content_index": 0}

    def emit(kind: str, **data: Any) -> bytes:
        nonlocal sequence
        payload = {"type": kind, "sequence_number": sequence, **data}
        sequence += 1
        return f"event: {kind}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()

    def opening() -> list[bytes]:
        item = {"type": "message", "id": item_id, "status": "in_progress", "role": "assistant", "content": []}
        part = {"type": "output_text", "text": "", "annotations": []}
        return [
            emit("response.created", response=response),
            emit("response.in_progress", response=response),
            emit("response.output_item.added", output_index=0, item=item),
            emit("response.content_part.added", **where, part=part),
        ]

    async for raw in events:
        for data in decoder.feed(raw):
            if data.strip() == "[DONE]":
                continue
            chunk = json.loads(data)
            if "error" in chunk:
                error = chunk["error"] if isinstance(chunk["error"], dict) else {}
                yield emit(
                    "error",
                    code=error.get("code"),
                    message=str(error.get("message", "")),
                    param=None,
                    error=error,
                )
                return
            if not started:
                started = True
                response["id"] = str(chunk.get("id", response["id"]))
                response["model"] = str(chunk.get("model", response["model"]))
                for event in opening():
                    yield event
            if isinstance(chunk.get("usage"), dict):
                usage = Usage(
                    int(chunk["usage"].get("prompt_tokens") or 0),
                    int(chunk["usage"].get("completion_tokens") or 0),
                )
            for choice in chunk.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content")
                if isinstance(piece, str) and piece:
                    text.append(piece)
                    yield emit("response.output_text.delta", **where, delta=piece, logprobs=[])
                if choice.get("finish_reason") == "length":
                    status = "incomplete"
            if "guard" in chunk:
                guard = chunk["guard"]
    if not started:
        for event in opening():
            yield event
    whole = "".join(text)
    part = {"type": "output_text", "text": whole, "annotations": []}
    item = {"type": "message", "id": item_id, "status": "completed", "role": "assistant", "content": [part]}
    yield emit("response.output_text.done", **where, text=whole, logprobs=[])
    yield emit("response.content_part.done", **where, part=part)
    yield emit("response.output_item.done", output_index=0, item=item)
    final = {
        **response,
        "status": status,
        "output": [item],
        "usage": {
            "input_tokens": usage.prompt_tokens,
            "output_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }
    if guard is not None:
        final["guard"] = guard
    yield emit("response.completed" if status == "completed" else "response.incomplete", response=final)


class ResponsesAdapter(ChatAdapter):
    """OpenAI Responses requests and replies around the exchange's chat form."""

    def wire_stream(self, events: AsyncIterator[bytes], request: Mapping[str, Any]) -> AsyncIterator[bytes]:
        return _as_response_events(events, request)

    def checked(self, body: Any, *, max_messages: int) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise RequestProblem("request body must be a JSON object", code="invalid_request")
        if not isinstance(body.get("model"), str):
            raise _problem("model must be a string", "model")
        if body.get("previous_response_id") is not None or body.get("conversation") is not None:
            raise _problem("guard cannot screen stored history: send the whole input", "previous_response_id")
        if body.get("stream") is not None and not isinstance(body["stream"], bool):
            raise _problem("stream must be true or false", "stream")
        tools = _tools_to_chat(body.get("tools"))
        return chat_form(
            body["model"], _to_chat(body), tools, body.get("stream") is True, max_messages=max_messages
        )

    def reply(self, body: Any) -> ModelReply:
        if not isinstance(body, dict):
            raise UpstreamError("reply is not a Responses object", kind="malformed")
        return parse_response(body)

    def drop_unchecked(self, body: Any) -> tuple[Any, list[str]]:
        output = body.get("output") if isinstance(body, dict) else None
        dropped = sorted(
            {
                str(item.get("type"))
                for item in output or []
                if isinstance(item, dict) and item.get("type") not in ("message", "function_call")
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
        out = dict(body) if isinstance(body, dict) else {}
        out.setdefault("id", f"resp_{uuid.uuid4().hex}")
        out.setdefault("object", "response")
        out.setdefault("created_at", int(time.time()))
        out["status"] = "completed"
        out["output"] = _output(text, tool_calls)
        out.pop("output_text", None)
        out["usage"] = {
            "input_tokens": usage.prompt_tokens,
            "output_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        }
        out["guard"] = dict(guard)
        return out

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
        final = self.with_reply(completion, text, usage, guard, tool_calls)
        final.setdefault("model", request.get("model", ""))
        events: list[bytes] = []

        def emit(kind: str, **data: Any) -> None:
            payload = {"type": kind, "sequence_number": len(events), **data}
            events.append(f"event: {kind}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode())

        opening = {**{k: v for k, v in final.items() if k != "guard"}, "status": "in_progress", "output": []}
        opening.pop("usage", None)
        emit("response.created", response=opening)
        emit("response.in_progress", response=opening)
        for index, item in enumerate(final["output"]):
            if item["type"] == "message":
                emit(
                    "response.output_item.added",
                    output_index=index,
                    item={**item, "status": "in_progress", "content": []},
                )
                part = item["content"][0]
                common = {"item_id": item["id"], "output_index": index, "content_index": 0}
                emit("response.content_part.added", **common, part={**part, "text": ""})
                for at in range(0, len(part["text"]), _STREAM_PIECE):
                    emit(
                        "response.output_text.delta",
                        **common,
                        delta=part["text"][at : at + _STREAM_PIECE],
                        logprobs=[],
                    )
                emit("response.output_text.done", **common, text=part["text"], logprobs=[])
                emit("response.content_part.done", **common, part=part)
            else:
                emit(
                    "response.output_item.added",
                    output_index=index,
                    item={**item, "arguments": "", "status": "in_progress"},
                )
                emit(
                    "response.function_call_arguments.delta",
                    item_id=item["id"],
                    output_index=index,
                    delta=item["arguments"],
                )
                emit(
                    "response.function_call_arguments.done",
                    item_id=item["id"],
                    output_index=index,
                    arguments=item["arguments"],
                    name=item["name"],
                )
            emit("response.output_item.done", output_index=index, item=item)
        emit("response.completed", response=final)
        return events


class ResponsesBackend:
    """The exchange's model: the client's Responses request sent upstream, input swapped in; a
    structured re-ask sends the schema as ``text.format``."""

    supports_response_format = True

    def __init__(
        self, client: httpx2.AsyncClient, base_url: str, body: Mapping[str, Any], *, api_key: str | None
    ) -> None:
        self.client = client
        self.url = base_url.rstrip("/") + "/responses"
        self.body = {k: v for k, v in body.items() if k != "stream"}
        self.headers = {"authorization": f"Bearer {api_key}"} if api_key else {}

    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        request = to_responses_request(messages, self.body, response_format)
        return parse_response(
            await post_json(self.client, self.url, request, headers=self.headers, timeout=timeout)
        )

    @contextlib.asynccontextmanager
    async def open_stream(self, body: dict[str, Any]) -> AsyncIterator[AsyncIterator[bytes]]:
        request = {**to_responses_request(body.get("messages") or [], self.body, None), "stream": True}
        async with open_event_stream(self.client, self.url, request, headers=self.headers) as source:
            yield _as_chunks(source, str(self.body.get("model", "")))

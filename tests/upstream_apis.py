"""A scripted upstream speaking Anthropic Messages (``POST /v1/messages``) and OpenAI Responses
(``POST /v1/responses``) on 127.0.0.1, for the proxy's tests of those surfaces.

Each request takes the next scripted item: a reply text, a :class:`Call` (a ``tool_use`` block
or a ``function_call`` item), or a :class:`tests.upstream.Raw` response sent as it is.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.upstream import Raw, serve


@dataclass(frozen=True)
class Call:
    """A tool call the model makes."""

    name: str
    arguments: dict[str, Any] = field(default_factory=dict)
    id: str = "call_1"


class ScriptedAPIs:
    """The server's state: the script and what it received (path, body, headers)."""

    def __init__(self) -> None:
        self.script: deque[Any] = deque()
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.url = ""

    def add(self, *items: Any) -> ScriptedAPIs:
        self.script.extend(items)
        return self

    async def _next(self, request: Request) -> Any:
        self.requests.append(json.loads(await request.body()))
        self.headers.append(dict(request.headers))
        if not self.script:
            return Raw(500, json.dumps({"error": {"message": "script exhausted"}}))
        return self.script.popleft()

    async def messages(self, request: Request) -> Response:
        item = await self._next(request)
        if isinstance(item, Raw):
            return Response(item.body, item.status, headers=item.headers, media_type=item.content_type)
        if self.requests[-1].get("stream") is True:
            return StreamingResponse(_message_events(str(item)), media_type="text/event-stream")
        if isinstance(item, Call):
            content: list[dict[str, Any]] = [
                {"type": "tool_use", "id": item.id, "name": item.name, "input": item.arguments}
            ]
            stop = "tool_use"
        else:
            content = [
                {"type": "thinking", "thinking": "hidden", "signature": "s"},
                {"type": "text", "text": str(item)},
            ]
            stop = "end_turn"
        return JSONResponse(
            {
                "id": f"msg_{len(self.requests)}",
                "type": "message",
                "role": "assistant",
                "model": self.requests[-1].get("model", "claude"),
                "content": content,
                "stop_reason": stop,
                "stop_sequence": None,
                "usage": {"input_tokens": 12, "output_tokens": 7},
            }
        )

    async def responses(self, request: Request) -> Response:
        item = await self._next(request)
        if isinstance(item, Raw):
            return Response(item.body, item.status, headers=item.headers, media_type=item.content_type)
        if self.requests[-1].get("stream") is True:
            return StreamingResponse(_response_events(str(item)), media_type="text/event-stream")
        if isinstance(item, Call):
            output: list[dict[str, Any]] = [
                {
                    "type": "function_call",
                    "id": "fc_1",
                    "call_id": item.id,
                    "name": item.name,
                    "arguments": json.dumps(item.arguments),
                    "status": "completed",
                }
            ]
        else:
            output = [
                {"type": "reasoning", "id": "rs_1", "summary": []},
                {
                    "type": "message",
                    "id": "msg_1",
                    "status": "completed",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": str(item), "annotations": []}],
                },
            ]
        return JSONResponse(
            {
                "id": f"resp_{len(self.requests)}",
                "object": "response",
                "created_at": 1700000000,
                "status": "completed",
                "model": self.requests[-1].get("model", "gpt"),
                "output": output,
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "tools": [],
                "usage": {"input_tokens": 12, "output_tokens": 7, "total_tokens": 19},
            }
        )

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/messages", self.messages, methods=["POST"]),
                Route("/v1/responses", self.responses, methods=["POST"]),
            ]
        )


async def _message_events(text: str) -> AsyncIterator[bytes]:
    """An Anthropic event stream of ``text`` in pieces of 6 characters (a thinking block first)."""

    def event(kind: str, **data: Any) -> bytes:
        return f"event: {kind}\ndata: {json.dumps({'type': kind, **data})}\n\n".encode()

    message = {"id": "msg_s", "type": "message", "role": "assistant", "model": "claude", "content": []}
    yield event("message_start", message={**message, "usage": {"input_tokens": 12, "output_tokens": 1}})
    yield event("content_block_start", index=0, content_block={"type": "thinking", "thinking": ""})
    yield event("content_block_delta", index=0, delta={"type": "thinking_delta", "thinking": "hmm"})
    yield event("content_block_stop", index=0)
    yield event("content_block_start", index=1, content_block={"type": "text", "text": ""})
    for at in range(0, len(text), 6):
        yield event("content_block_delta", index=1, delta={"type": "text_delta", "text": text[at : at + 6]})
    yield event("content_block_stop", index=1)
    yield event(
        "message_delta", delta={"stop_reason": "end_turn", "stop_sequence": None}, usage={"output_tokens": 7}
    )
    yield event("message_stop")


async def _response_events(text: str) -> AsyncIterator[bytes]:
    """A Responses event stream of ``text`` in pieces of 6 characters (a reasoning item first)."""
    sequence = iter(range(1000))

    def event(kind: str, **data: Any) -> bytes:
        payload = {"type": kind, "sequence_number": next(sequence), **data}
        return f"event: {kind}\ndata: {json.dumps(payload)}\n\n".encode()

    response = {"id": "resp_s", "object": "response", "created_at": 1, "model": "gpt", "output": []}
    yield event("response.created", response={**response, "status": "in_progress"})
    yield event(
        "response.output_item.added", output_index=0, item={"type": "reasoning", "id": "rs", "summary": []}
    )
    yield event(
        "response.output_item.added", output_index=1, item={"type": "message", "id": "m", "role": "assistant"}
    )
    for at in range(0, len(text), 6):
        piece = text[at : at + 6]
        yield event("response.output_text.delta", item_id="m", output_index=1, content_index=0, delta=piece)
    usage = {"input_tokens": 12, "output_tokens": 7, "total_tokens": 19}
    yield event("response.completed", response={**response, "status": "completed", "usage": usage})


@contextmanager
def scripted_apis() -> Iterator[ScriptedAPIs]:
    """A :class:`ScriptedAPIs` served on 127.0.0.1; ``.url`` is its ``/v1`` base URL."""
    upstream = ScriptedAPIs()
    with serve(upstream.app()) as base:
        upstream.url = f"{base}/v1"
        yield upstream

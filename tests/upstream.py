"""A real OpenAI-compatible HTTP server on 127.0.0.1 that replays scripted replies.

Tests (and later the proxy's tests) point a real client at it. Each request pops the next
scripted item: a reply text, an :class:`Raw` HTTP response, or :data:`HANG` (never answers, for
timeouts). Every request body is recorded for assertions.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from guard.proxy.server import serve_in_thread


@dataclass(frozen=True)
class Raw:
    """A raw HTTP response to send as-is."""

    status: int
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


HANG = object()
#: Faults: a reply cut off half-way (the connection closes mid-body), a 400 whose body echoes
#: the request's headers and messages back.
RESET = object()
ECHO = object()


@dataclass(frozen=True)
class Stream:
    """A streamed reply: each piece is one SSE chunk's content. ``garbage`` is sent raw after
    ``garbage_after`` pieces (a malformed event); ``finish`` False ends without a finish chunk."""

    pieces: tuple[str, ...]
    #: after this many pieces the connection is cut (no finish, no [DONE], an incomplete body)
    break_after: int | None = None
    garbage: bytes | None = None
    garbage_after: int = 0
    finish: bool = True
    hang_after: int | None = None


def tool_call(name: str, arguments: Any, id: str = "call_1") -> dict[str, Any]:
    """One OpenAI tool call; ``arguments`` is sent as given when a string, else JSON-encoded."""
    encoded = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"id": id, "type": "function", "function": {"name": name, "arguments": encoded}}


def completion(
    text: str | None,
    *,
    prompt_tokens: int = 10,
    completion_tokens: int = 5,
    model: str = "scripted",
    tool_calls: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An OpenAI chat completion body carrying ``text`` (and tool calls)."""
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [
            {"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


class ScriptedUpstream:
    """The server's state: the script and what it received."""

    def __init__(self) -> None:
        self.script: deque[Any] = deque()
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.url = ""
        self._hanging: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        #: set (from the server thread) when a stream reaches its hang point
        self.stream_hung = threading.Event()
        #: set when a non-streaming request reaches a HANG item
        self.hung = threading.Event()
        #: set when a request handler was cancelled (the client went away)
        self.cancelled = threading.Event()

    def add(self, *items: Any) -> ScriptedUpstream:
        """Queue replies (text, ``Raw``, ``HANG`` or a completion dict)."""
        self.script.extend(items)
        return self

    async def chat(self, request: Request) -> Response:
        raw = await request.body()
        try:
            self.requests.append(json.loads(raw))
        except ValueError:
            self.requests.append({"_unparsed": raw.decode("utf-8", "replace")})
        self.headers.append(dict(request.headers))
        if not self.script:
            return JSONResponse({"error": {"message": "script exhausted", "code": "script_exhausted"}}, 500)
        item = self.script.popleft()
        if item is HANG:
            release = asyncio.Event()
            self._hanging.append((asyncio.get_running_loop(), release))
            self.hung.set()
            # Wait until released or until the caller hangs up (then record that it did).
            waiter = asyncio.ensure_future(release.wait())
            gone = asyncio.ensure_future(_disconnected(request))
            done, pending = await asyncio.wait({waiter, gone}, return_when=asyncio.FIRST_COMPLETED)
            for task in pending:
                task.cancel()
            if gone in done:
                self.cancelled.set()
            return Response(status_code=499)
        if item is RESET:
            return StreamingResponse(
                _cut_off(b'{"id": "x", "choices": [{"message": {"content": "par'),
                media_type="application/json",
            )
        if item is ECHO:
            echoed = {
                "message": f"bad request {dict(request.headers)} {raw.decode('utf-8', 'replace')}",
                "type": "invalid_request_error",
            }
            return JSONResponse({"error": echoed}, 400)
        if isinstance(item, Raw):
            return Response(item.body, item.status, headers=item.headers, media_type=item.content_type)
        if isinstance(item, dict):
            return JSONResponse(item)
        wants_stream = isinstance(self.requests[-1], dict) and self.requests[-1].get("stream") is True
        if isinstance(item, Stream) or wants_stream:
            stream = (
                item
                if isinstance(item, Stream)
                else Stream(tuple(str(item)[i : i + 8] for i in range(0, len(str(item)), 8)))
            )
            return StreamingResponse(self._events(stream), media_type="text/event-stream")
        return JSONResponse(completion(str(item)))

    async def _events(self, stream: Stream) -> AsyncIterator[bytes]:
        base = {
            "id": "chatcmpl-stream",
            "object": "chat.completion.chunk",
            "created": 1_700_000_000,
            "model": "scripted",
        }

        def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return f"data: {json.dumps(chunk)}\n\n".encode()

        yield event({"role": "assistant", "content": ""})
        for index, piece in enumerate(stream.pieces):
            if stream.break_after is not None and index == stream.break_after:
                raise ConnectionResetError("fault injected: the upstream died mid-stream")
            if stream.garbage is not None and index == stream.garbage_after:
                yield stream.garbage
            if stream.hang_after is not None and index == stream.hang_after:
                release = asyncio.Event()
                self._hanging.append((asyncio.get_running_loop(), release))
                self.stream_hung.set()
                try:
                    await release.wait()
                except asyncio.CancelledError:
                    self.cancelled.set()
                    raise
                return
            yield event({"content": piece})
        if stream.finish:
            yield event({}, "stop")
        yield b"data: [DONE]\n\n"

    async def models(self, request: Request) -> Response:
        return JSONResponse(
            {"object": "list", "data": [{"id": "scripted", "object": "model", "owned_by": "tests"}]}
        )

    def release(self) -> None:
        """Let hanging requests finish (so shutdown does not have to cancel them)."""
        for loop, event in self._hanging:
            loop.call_soon_threadsafe(event.set)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )


async def _cut_off(first: bytes) -> AsyncIterator[bytes]:
    yield first
    raise ConnectionResetError("fault injected: the upstream died mid-reply")


async def _disconnected(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass


def serve(app: Any, *, lifespan: Literal["auto", "on", "off"] = "off") -> AbstractContextManager[str]:
    """Run an ASGI app under uvicorn on 127.0.0.1 in a thread; the context yields its base URL."""
    return serve_in_thread(app, lifespan=lifespan)


@contextmanager
def scripted_upstream() -> Iterator[ScriptedUpstream]:
    """A :class:`ScriptedUpstream` served on 127.0.0.1; ``.url`` is its ``/v1`` base URL."""
    upstream = ScriptedUpstream()
    with serve(upstream.app()) as base:
        upstream.url = f"{base}/v1"
        try:
            yield upstream
        finally:
            upstream.release()

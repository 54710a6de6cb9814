"""A real OpenAI-compatible HTTP server on 127.0.0.1 that replays scripted replies.

Tests (and later the proxy's tests) point a real client at it. Each request pops the next
scripted item: a reply text, an :class:`Raw` HTTP response, or :data:`HANG` (never answers, for
timeouts). Every request body is recorded for assertions.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass(frozen=True)
class Raw:
    """A raw HTTP response to send as-is."""

    status: int
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


HANG = object()


def completion(
    text: str, *, prompt_tokens: int = 10, completion_tokens: int = 5, model: str = "scripted"
) -> dict[str, Any]:
    """An OpenAI chat completion body carrying ``text``."""
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
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
            await release.wait()
            return Response(status_code=499)
        if isinstance(item, Raw):
            return Response(item.body, item.status, headers=item.headers, media_type=item.content_type)
        if isinstance(item, dict):
            return JSONResponse(item)
        return JSONResponse(completion(str(item)))

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


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run an ASGI app under uvicorn on 127.0.0.1 in a thread; yield its base URL.

    The socket is bound and listening before the server thread starts, so clients can connect
    at once (the kernel queues them): nothing waits or sleeps for readiness.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        server.force_exit = True
        thread.join(timeout=10)
        sock.close()


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

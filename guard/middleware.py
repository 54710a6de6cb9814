"""Surface 2: pure ASGI middleware for apps that serve or relay chats (Starlette, FastAPI).

For a POST to a guarded path (every body there must be a chat request), the middleware hands the
request to the shared :class:`~guard.exchange.Exchange` with the wrapped app as the model: the
app receives the screened request (fixes applied), a rejected reply is re-asked by calling the
app again, the response start is held until the reply is judged, and streams follow the proxy's
rules. What is the middleware's own is the ASGI plumbing: bodies are bounded (413) and timed
(408), concurrent guarded requests are capped (429), the app's own error answers pass through
untouched, and the app's streams are piped through the stream validator.

Where the messages and the reply live is a :class:`ChatAdapter`; the default speaks OpenAI
Chat Completions.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from os import PathLike
from typing import Any

from guard.asgi import (
    ASGIApp,
    BodyTimeout,
    BodyTooLarge,
    ClientGone,
    Message,
    Receive,
    Scope,
    Send,
    header_pairs,
    read_body,
    replay,
    send_json,
    until_disconnect,
    with_length,
)
from guard.chat_adapter import ChatAdapter
from guard.chat_request import RequestProblem, parse_json
from guard.errors import UpstreamError
from guard.exchange import Exchange, PassThrough, Reply, problem_reply
from guard.llm import ModelReply
from guard.openai_wire import error_body
from guard.policy import Policy, load_policy
from guard.reask import Approver

__all__ = ["ChatAdapter", "GuardMiddleware"]

MAX_CAPTURED_BYTES = 32 * 1024 * 1024
_BROKEN = b"\x00guard: the app's stream broke"  # a marker no app sends (compared by identity)


@dataclass
class _Captured:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> str:
        for key, value in self.headers:
            if key.lower() == name:
                return value.decode("latin-1")
        return ""


class GuardMiddleware:
    """Guards chat requests and replies of an ASGI app. See the module docstring."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        policy: Policy | str | PathLike[str],
        paths: Sequence[str] = ("/v1/chat/completions",),
        max_body_bytes: int = 1_000_000,
        max_messages: int = 256,
        body_timeout_s: float = 30.0,
        max_in_flight: int = 256,
        adapter: ChatAdapter | None = None,
        approver: Approver | None = None,
    ) -> None:
        self.app = app
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.paths = frozenset(paths)
        self.max_body_bytes = max_body_bytes
        self.body_timeout_s = body_timeout_s
        self.max_in_flight = max_in_flight
        self.adapter = adapter or ChatAdapter()
        self.exchange = Exchange(
            self.policy,
            adapter=self.adapter,
            approver=approver,
            max_messages=max_messages,
            upstream_label="app reply",
        )
        self._in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, self._warming(receive), send)
            return
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        if self._in_flight >= self.max_in_flight:
            await send_json(send, 429, error_body("too many requests in flight", code="rate_limited"))
            return
        self._in_flight += 1
        try:
            await self._guard(scope, receive, send)
        except ClientGone:
            return  # nobody left to answer
        finally:
            self._in_flight -= 1

    def _warming(self, receive: Receive) -> Receive:
        """``receive`` for the app's lifespan that loads the policy's models at startup (off the
        event loop), as the proxy does, so the first request does not pay for them."""

        async def warming() -> Message:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await asyncio.to_thread(self.exchange.engine.warm_up)
            return message

        return warming

    async def _guard(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            raw = await read_body(receive, self.max_body_bytes, self.body_timeout_s)
            body = parse_json(raw)
        except BodyTooLarge:
            problem = RequestProblem(
                f"request body is larger than {self.max_body_bytes} bytes", code="body_too_large", status=413
            )
            await _send_reply(send, problem_reply(problem))
            return
        except BodyTimeout:
            problem = RequestProblem("request body was not received in time", code="body_timeout", status=408)
            await _send_reply(send, problem_reply(problem))
            return
        except RequestProblem as problem:
            await _send_reply(send, problem_reply(problem))
            return
        # Every body on a guarded path is a chat request: one the adapter cannot read is refused
        # (400), never handed to the app unscreened.
        backend = _AppBackend(self, scope, receive, body if isinstance(body, dict) else {})
        reply = await self.exchange.handle(body, backend, lambda work: until_disconnect(receive, work))
        if reply.raw is not None:
            captured: _Captured = reply.raw
            await _send_captured(send, captured)
            return
        if reply.json is not None and backend.last is not None:
            # Keep the app's own headers (cookies, ids) on the judged reply.
            kept = [
                (k, v)
                for k, v in backend.last.headers
                if k.lower() not in (b"content-length", b"content-type")
            ]
            await send_json(send, reply.status, reply.json, [*kept, *header_pairs(reply.headers)])
            return
        await _send_reply(send, reply, backend.stream_headers)


class _AppBackend:
    """The wrapped app as the exchange's model: asked with the (re-ask) messages."""

    supports_response_format = True

    def __init__(
        self, middleware: GuardMiddleware, scope: Scope, receive: Receive, body: dict[str, Any]
    ) -> None:
        self.app = middleware.app
        self.adapter = middleware.adapter
        self.scope = scope
        self.receive = receive
        self.body = self.adapter.without_stream(body)
        self.last: _Captured | None = None
        self.stream_headers: list[tuple[bytes, bytes]] = []

    # The Backend protocol's signature (guard.exchange.Backend), repeated on purpose.
    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        request = self.adapter.with_messages(self.body, messages)
        if response_format is not None:
            request["response_format"] = dict(response_format)
        payload = json.dumps(request, ensure_ascii=False).encode("utf-8", "surrogatepass")
        captured = await _capture(self.app, with_length(self.scope, len(payload)), payload, self.receive)
        if captured.status >= 400:
            raise PassThrough(captured)  # the app's own error: the client gets it as it is
        if not captured.header(b"content-type").startswith("application/json"):
            # A reply guard cannot read is not passed on unjudged: fail closed.
            raise UpstreamError("the app's reply is not JSON", kind="malformed")
        try:
            parsed = json.loads(captured.body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise UpstreamError("the app's reply is not JSON", kind="malformed") from None
        reply = self.adapter.reply(parsed)
        self.last = captured
        return ModelReply(reply.text, reply.usage, parsed, reply.tool_calls)

    @asynccontextmanager
    async def open_stream(self, body: dict[str, Any]) -> AsyncIterator[AsyncIterator[bytes]]:
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
        chunks: asyncio.Queue[bytes | None] = asyncio.Queue()
        started: asyncio.Future[tuple[int, list[tuple[bytes, bytes]]]] = (
            asyncio.get_running_loop().create_future()
        )

        async def app_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.set_result((message["status"], list(message.get("headers", []))))
            elif message["type"] == "http.response.body":
                if message.get("body"):
                    await chunks.put(message["body"])
                if not message.get("more_body", False):
                    await chunks.put(None)

        async def run_app() -> None:
            try:
                await self.app(with_length(self.scope, len(payload)), replay(payload, self.receive), app_send)
            except Exception:  # the app's stream broke half-way: the reader says so, not a traceback
                await chunks.put(_BROKEN)
            finally:
                await chunks.put(None)
                if not started.done():
                    started.set_exception(UpstreamError("the app sent no response", kind="malformed"))

        task = asyncio.ensure_future(run_app())
        try:
            status, headers = await started
            content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            if status >= 400:  # the app's own error: the client gets it as it is
                body_chunks = []
                while (chunk := await chunks.get()) is not None:
                    body_chunks.append(chunk)
                raise PassThrough(_Captured(status, headers, b"".join(body_chunks)))
            if status != 200 or not content_type.startswith(b"text/event-stream"):
                # A stream guard cannot read is not passed on unjudged: fail closed.
                raise UpstreamError("the app's stream is not text/event-stream", kind="malformed")
            self.stream_headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]

            async def source() -> AsyncIterator[bytes]:
                while (chunk := await chunks.get()) is not None:
                    if chunk is _BROKEN:
                        raise UpstreamError("the app's stream broke", kind="unreachable")
                    yield chunk

            yield source()
        finally:
            if not task.done():
                task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def _capture(app: ASGIApp, scope: Scope, body: bytes, receive: Receive) -> _Captured:
    status = 500
    headers: list[tuple[bytes, bytes]] = []
    chunks: list[bytes] = []
    size = 0

    async def capture(message: Message) -> None:
        nonlocal status, headers, size
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            size += len(message.get("body", b""))
            if size > MAX_CAPTURED_BYTES:
                raise UpstreamError("the app's reply is too large", kind="malformed")
            chunks.append(message.get("body", b""))

    await app(scope, replay(body, receive), capture)
    return _Captured(status, headers, b"".join(chunks))


async def _send_captured(send: Send, captured: _Captured) -> None:
    await send({"type": "http.response.start", "status": captured.status, "headers": captured.headers})
    await send({"type": "http.response.body", "body": captured.body, "more_body": False})


async def _send_reply(send: Send, reply: Reply, base_headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    if reply.events is None:
        await send_json(send, reply.status, reply.json, header_pairs(reply.headers))
        return
    headers = [(k, v) for k, v in base_headers if k.lower() not in (b"content-type",)]
    await send(
        {
            "type": "http.response.start",
            "status": reply.status,
            "headers": [
                *headers,
                (b"content-type", b"text/event-stream; charset=utf-8"),
                *header_pairs(reply.headers),
            ],
        }
    )
    async for event in reply.events:
        await send({"type": "http.response.body", "body": event, "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})

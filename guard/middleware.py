"""Surface 2: pure ASGI middleware for apps that serve or relay chats (Starlette, FastAPI).

For a POST to a guarded path whose JSON body carries chat messages, the middleware screens the
messages (400 on a block, fixes applied to the body the app receives), lets the app answer, and
holds ``http.response.start`` until the reply is judged: fixes (redaction, restored pseudonyms)
are applied to the body it forwards, a rejected reply is re-asked by calling the app again with
the re-ask messages, and when the budget runs out the client gets a 422. ``text/event-stream``
responses follow the proxy's streaming rules (buffered when the policy can re-ask, otherwise
incremental with a hold-back window). Request bodies are bounded (413).

Where the messages and the reply live is an :class:`ChatAdapter`; the default speaks OpenAI
Chat Completions.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from os import PathLike
from typing import Any

from guard.checks.base import Context
from guard.engine import TIMINGS_KEY
from guard.errors import CheckError, InputBlocked, ReaskExhausted, UpstreamError
from guard.llm import ModelReply, parse_completion
from guard.openai_wire import error_body, failure, guard_field, guard_headers, replay_as_stream, with_reply
from guard.policy import Policy, load_policy
from guard.reask import Approver, arun
from guard.result import Outcome, Usage, Verdict
from guard.streaming import StreamValidator, guard_event_stream, stream_mode, stream_outcome
from guard.vault import restorer_for

__all__ = ["ChatAdapter", "GuardMiddleware"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_CAPTURED_BYTES = 32 * 1024 * 1024


class ChatAdapter:
    """Where the chat lives in request and response bodies. Subclass for other shapes."""

    def messages(self, body: Any) -> list[dict[str, Any]] | None:
        """The chat messages of a request body, or None when it is not a chat request."""
        if not isinstance(body, dict):
            return None
        messages = body.get("messages")
        if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
            return None
        return messages

    def with_messages(self, body: dict[str, Any], messages: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """A copy of the request body carrying ``messages``."""
        return {**body, "messages": [dict(m) for m in messages]}

    def wants_stream(self, body: dict[str, Any]) -> bool:
        """Does the client ask for a streamed reply?"""
        return body.get("stream") is True

    def without_stream(self, body: dict[str, Any]) -> dict[str, Any]:
        """The request body asking for a whole reply (buffered mode)."""
        return {k: v for k, v in body.items() if k not in ("stream", "stream_options")}

    def reply(self, body: Any) -> ModelReply:
        """The reply in a response body. Raises :class:`UpstreamError` when there is none."""
        return parse_completion(body)

    def tools(self, body: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The tools the request offers the model (their calls are validated), or None."""
        tools = body.get("tools")
        return tools if isinstance(tools, list) else None

    def with_reply(
        self,
        body: Any,
        text: str,
        usage: Usage,
        guard: Mapping[str, Any],
        tool_calls: Sequence[Mapping[str, Any]] | None = None,
    ) -> Any:
        """A copy of the response body carrying the accepted ``text`` and tool calls."""
        return with_reply(body, text, usage, guard, tool_calls)


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


class _PassThrough(Exception):
    """The app answered with an error status: forward it untouched."""

    def __init__(self, captured: _Captured) -> None:
        self.captured = captured


class _TooLarge(Exception):
    pass


class GuardMiddleware:
    """Guards chat requests and replies of an ASGI app. See the module docstring."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        policy: Policy | str | PathLike[str],
        paths: Sequence[str] = ("/v1/chat/completions",),
        max_body_bytes: int = 1_000_000,
        adapter: ChatAdapter | None = None,
        approver: Approver | None = None,
    ) -> None:
        self.app = app
        self.approver = approver
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.paths = frozenset(paths)
        self.max_body_bytes = max_body_bytes
        self.adapter = adapter or ChatAdapter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        try:
            raw = await _read_body(receive, self.max_body_bytes)
        except _TooLarge:
            await _send_json(
                send,
                413,
                error_body(f"request body is larger than {self.max_body_bytes} bytes", code="body_too_large"),
            )
            return
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            await _send_json(send, 400, error_body("request body is not valid JSON", code="invalid_json"))
            return
        messages = self.adapter.messages(body)
        if messages is None:  # not a chat request: the app decides
            await self.app(scope, _replay(raw, receive), send)
            return
        await self._guard(scope, receive, send, body, messages)

    async def _guard(
        self, scope: Scope, receive: Receive, send: Send, body: dict[str, Any], messages: list[dict[str, Any]]
    ) -> None:
        engine = self.policy.engine
        state: dict[str, Any] = {TIMINGS_KEY: {}}
        try:
            verdict = await engine.ascreen_messages(messages, Context(stage="input", state=state))
        except CheckError as exc:
            await _send_json(send, *failure(exc))
            return
        if not verdict.allowed:
            await _send_json(send, *failure(InputBlocked(verdict)))
            return
        screened = list(verdict.messages or messages)
        tools = self.adapter.tools(body)
        if self.adapter.wants_stream(body) and tools is None and stream_mode(engine) == "incremental":
            await self._incremental(scope, receive, send, body, screened, verdict, state)
            return
        model = _AppModel(self, scope, receive, body)
        try:
            outcome = await arun(
                self.policy, model, screened, screen=False, state=state, tools=tools, approver=self.approver
            )
        except _PassThrough as passed:
            await _send_captured(send, passed.captured)
            return
        except (ReaskExhausted, UpstreamError, CheckError) as exc:
            await _send_json(send, *failure(exc, upstream="app reply"))
            return
        await self._send_outcome(send, body, outcome, verdict, state, model.last)

    async def _send_outcome(
        self,
        send: Send,
        body: dict[str, Any],
        outcome: Outcome,
        input_verdict: Verdict,
        state: dict[str, Any],
        last: _Captured | None,
    ) -> None:
        action, violations = outcome.overall(input_verdict)
        info = guard_field(action, len(outcome.attempts), violations, state.get(TIMINGS_KEY, {}))
        raw = outcome.completion
        headers = [(k.encode(), v.encode()) for k, v in guard_headers(action, len(outcome.attempts)).items()]
        if self.adapter.wants_stream(body):
            info["stream_mode"] = "buffered"
            events = replay_as_stream(
                outcome.text,
                completion=raw,
                request=body,
                usage=outcome.usage,
                guard=info,
                tool_calls=outcome.tool_calls or None,
            )
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"text/event-stream; charset=utf-8"),
                        (b"x-guard-stream-mode", b"buffered"),
                        *headers,
                    ],
                }
            )
            for event in events:
                await send({"type": "http.response.body", "body": event, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        payload = json.dumps(
            self.adapter.with_reply(raw, outcome.text, outcome.usage, info, outcome.tool_calls or None),
            ensure_ascii=False,
        ).encode()
        kept = [
            (k, v)
            for k, v in (last.headers if last else [])
            if k.lower() not in (b"content-length", b"content-type")
        ]
        await send(
            {
                "type": "http.response.start",
                "status": last.status if last else 200,
                "headers": [
                    *kept,
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload, "more_body": False})

    async def _incremental(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        body: dict[str, Any],
        messages: list[dict[str, Any]],
        input_verdict: Verdict,
        state: dict[str, Any],
    ) -> None:
        engine = self.policy.engine
        request = json.dumps(self.adapter.with_messages(body, messages), ensure_ascii=False).encode()
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
                await self.app(_with_length(scope, len(request)), _replay(request, receive), app_send)
            finally:
                await chunks.put(None)
                if not started.done():
                    started.set_exception(UpstreamError("the app sent no response", kind="malformed"))

        task = asyncio.ensure_future(run_app())
        try:
            status, headers = await started
        except UpstreamError:
            await _send_json(
                send, 502, error_body("the app sent no response", type="server_error", code="upstream_error")
            )
            return
        content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
        if status < 400 and not content_type.startswith(b"text/event-stream"):
            # A stream guard cannot read is not passed on unjudged: fail closed.
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await _send_json(
                send,
                *failure(
                    UpstreamError("the app's stream is not text/event-stream", kind="malformed"),
                    upstream="app reply",
                ),
            )
            return
        if status != 200:  # the app's own error: the client gets it as it is
            await send({"type": "http.response.start", "status": status, "headers": headers})
            while (chunk := await chunks.get()) is not None:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            await task
            return

        async def source() -> AsyncIterator[bytes]:
            while (chunk := await chunks.get()) is not None:
                yield chunk

        def on_end(validator: StreamValidator, filtered: bool) -> dict[str, Any]:
            action, violations = stream_outcome(validator, input_verdict, filtered)
            return guard_field(action, 1, violations, state.get(TIMINGS_KEY, {}), stream_mode="incremental")

        restorer = restorer_for(state)
        kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [*kept, (b"x-guard-stream-mode", b"incremental")],
            }
        )
        try:
            async for event in guard_event_stream(
                source(),
                StreamValidator(engine, Context(stage="output", state=state)),
                model=str(body.get("model", "")),
                on_end=on_end,
                restorer=restorer,
                threaded=engine.threaded_output,
            ):
                await send({"type": "http.response.body", "body": event, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            if not task.done():
                task.cancel()
            await asyncio.gather(task, return_exceptions=True)


class _AppModel:
    """The model the re-ask flow calls: the wrapped app, asked with the re-ask messages."""

    supports_response_format = True

    def __init__(
        self, middleware: GuardMiddleware, scope: Scope, receive: Receive, body: dict[str, Any]
    ) -> None:
        self.middleware = middleware
        self.scope = scope
        self.receive = receive
        self.body = middleware.adapter.without_stream(body)
        self.last: _Captured | None = None

    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        adapter = self.middleware.adapter
        request = adapter.with_messages(self.body, messages)
        if response_format is not None:
            request["response_format"] = dict(response_format)
        payload = json.dumps(request, ensure_ascii=False).encode("utf-8", "surrogatepass")
        captured = await _capture(
            self.middleware.app, _with_length(self.scope, len(payload)), payload, self.receive
        )
        if captured.status >= 400:
            raise _PassThrough(captured)  # the app's own error: the client gets it as it is
        if not captured.header(b"content-type").startswith("application/json"):
            # A reply guard cannot read is not passed on unjudged: fail closed.
            raise UpstreamError("the app's reply is not JSON", kind="malformed")
        try:
            parsed = json.loads(captured.body)
        except (ValueError, UnicodeDecodeError):
            raise UpstreamError("the app's reply is not JSON", kind="malformed") from None
        reply = adapter.reply(parsed)
        self.last = captured
        return ModelReply(reply.text, reply.usage, parsed, reply.tool_calls)


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: the client's disconnect, when it comes

    return replay


def _with_length(scope: Scope, length: int) -> Scope:
    headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
    return {**scope, "headers": [*headers, (b"content-length", str(length).encode())]}


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

    await app(scope, _replay(body, receive), capture)
    return _Captured(status, headers, b"".join(chunks))


async def _send_captured(send: Send, captured: _Captured) -> None:
    await send({"type": "http.response.start", "status": captured.status, "headers": captured.headers})
    await send({"type": "http.response.body", "body": captured.body, "more_body": False})


async def _send_json(send: Send, status: int, body: Mapping[str, Any]) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload, "more_body": False})

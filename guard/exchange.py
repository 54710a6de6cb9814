"""One guarded chat exchange, shared by every HTTP surface.

The proxy and the middleware differ only in where the model is (an upstream client, the wrapped
app) and in their plumbing (routes and keys, ASGI messages). Everything else is here, once:
check the request, screen its untrusted texts (remembering clean ones), choose the stream mode,
run the re-ask flow or validate the stream, and turn the outcome or the failure into the answer
the client gets. A surface hands in a :class:`Backend` and gets a :class:`Reply` to send.
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from guard.chat_adapter import ChatAdapter
from guard.chat_request import RequestProblem
from guard.decision import TIMINGS_KEY
from guard.engine import Engine, engine_for
from guard.errors import CheckError, GuardError, InputBlocked, ReaskExhausted, UpstreamError
from guard.http_errors import failure
from guard.llm import ModelReply
from guard.openai_wire import error_body, guard_field, guard_headers, replay_as_stream
from guard.policy import Policy
from guard.reask import Approver, arun
from guard.result import Action, Context, Outcome, Verdict, Violation
from guard.streaming import StreamValidator, guard_event_stream, stream_mode, stream_outcome
from guard.vault import restorer_for

__all__ = ["Backend", "Exchange", "Observer", "PassThrough", "Reply", "ScreenCache"]

log = logging.getLogger("guard.exchange")
T = TypeVar("T")
Watch = Callable[[Awaitable[Any]], Awaitable[Any]]


class ScreenCache(OrderedDict[str, bool]):
    """A bounded LRU set of request texts that screened clean (so resent history is not
    scanned again)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        if found:
            self.move_to_end(key)  # type: ignore[arg-type]
        return found

    def __setitem__(self, key: str, value: bool) -> None:
        if self.size <= 0:
            return
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


class Backend(Protocol):
    """What a surface lends the exchange: the model, asked for a whole reply (the re-ask flow's
    model seam) or for a stream of server-sent events."""

    supports_response_format: bool

    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        """One whole reply to ``messages`` (the client's request, messages swapped in)."""
        ...

    def open_stream(self, body: dict[str, Any]) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """Send ``body`` asking for a stream; the context yields its raw SSE bytes. Raises
        :class:`UpstreamError` (or :class:`PassThrough`) before yielding when there is no
        event stream to read."""
        ...


class Observer(Protocol):
    """Where an exchange reports what it did (the proxy's Prometheus metrics)."""

    def violations(self, stage: str, found: Sequence[Violation]) -> None:
        """Count violations of a stage."""

    def timings(self, timings: Mapping[str, float]) -> None:
        """Record per-check times of one request."""

    def observe_attempts(self, count: int) -> None:
        """Record how many model calls one request took."""


@dataclass
class Reply:
    """What the client gets: a JSON body, a stream of SSE events, or (``raw``) a response the
    backend produced that is passed on untouched."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    events: AsyncIterator[bytes] | None = None
    raw: Any = None


class PassThrough(Exception):
    """Raised by a backend whose answer must reach the client as it is (the wrapped app's own
    error response)."""

    def __init__(self, raw: Any) -> None:
        super().__init__("pass the backend's answer through")
        self.raw = raw


def problem_reply(problem: RequestProblem) -> Reply:
    """The 4xx answer for a request guard cannot serve."""
    return Reply(problem.status, json=error_body(problem.message, code=problem.code, param=problem.param))


def failure_reply(exc: GuardError, upstream: str) -> Reply:
    """The answer for a guard error (blocked, rejected, upstream failed, check failed)."""
    status, body = failure(exc, upstream=upstream)
    return Reply(status, json=body)


@dataclass
class _Request:
    body: dict[str, Any]
    messages: list[dict[str, Any]]
    input_verdict: Verdict
    state: dict[str, Any]
    started: float


class Exchange:
    """A policy applied to chat requests. One per policy and surface route; safe to share by
    concurrent requests (per-request state lives in the request)."""

    def __init__(
        self,
        policy: Policy,
        *,
        name: str = "default",
        adapter: ChatAdapter | None = None,
        approver: Approver | None = None,
        max_messages: int = 256,
        cache_entries: int = 10_000,
        observer: Observer | None = None,
        upstream_label: str = "upstream model",
    ) -> None:
        self.policy = policy
        self.name = name
        self.adapter = adapter or ChatAdapter()
        self.approver = approver
        self.max_messages = max_messages
        self.cache = ScreenCache(cache_entries)
        self.observer = observer
        self.upstream_label = upstream_label

    @property
    def engine(self) -> Engine:
        """The policy's engine."""
        return engine_for(self.policy)

    async def handle(self, body: Any, backend: Backend, watch: Watch) -> Reply:
        """Serve one chat request. ``watch`` runs a whole-reply wait, cancelling it when the
        client goes away (it raises then; the surface handles that)."""
        started = time.perf_counter()
        try:
            request = await self._screen(body, started)
            if self.adapter.wants_stream(request.body):
                return await self._stream(request, backend, watch)
            outcome = await watch(self._run(request, backend))
            return self._completion(request, outcome)
        except RequestProblem as problem:
            return problem_reply(problem)
        except PassThrough as passed:
            return Reply(0, raw=passed.raw)
        except (InputBlocked, ReaskExhausted, UpstreamError, CheckError) as exc:
            return failure_reply(exc, self.upstream_label)

    # -- stages ----------------------------------------------------------------------------

    async def _screen(self, body: Any, started: float) -> _Request:
        checked = self.adapter.checked(body, max_messages=self.max_messages)
        messages = self.adapter.messages(checked) or []
        tools = self.adapter.tools(checked)
        state: dict[str, Any] = {TIMINGS_KEY: {}}
        verdict = await self.engine.ascreen_messages(
            messages, Context(stage="input", state=state), self.cache, tools=tools
        )
        self._observe("input", verdict.violations)
        if not verdict.allowed:
            self._log("input_blocked", verdict.violations)
            raise InputBlocked(verdict)
        screened = list(verdict.messages or messages)
        checked = self.adapter.with_messages(checked, screened)
        if verdict.tools is not None:
            checked = {**checked, "tools": list(verdict.tools)}
        return _Request(checked, screened, verdict, state, started)

    async def _run(self, request: _Request, backend: Backend) -> Outcome:
        try:
            outcome = await arun(
                self.policy,
                backend,
                request.messages,
                screen=False,
                state=request.state,
                tools=self.adapter.tools(request.body),
                approver=self.approver,
            )
        except ReaskExhausted as exc:
            self._attempts(len(exc.attempts), [v for a in exc.attempts for v in a.verdict.violations])
            self._log("output_rejected", exc.best.verdict.violations, attempts=len(exc.attempts))
            raise
        self._attempts(len(outcome.attempts), [v for a in outcome.attempts for v in a.verdict.violations])
        return outcome

    def _info(
        self,
        request: _Request,
        action: Action,
        attempts: int,
        violations: Sequence[Violation],
        mode: str | None,
    ) -> dict[str, Any]:
        timings = request.state.get(TIMINGS_KEY, {})
        if self.observer is not None:
            self.observer.timings(timings)
        return guard_field(
            action,
            attempts,
            violations,
            timings,
            total_s=time.perf_counter() - request.started,
            stream_mode=mode,
        )

    def _completion(self, request: _Request, outcome: Outcome) -> Reply:
        action, violations = outcome.overall(request.input_verdict)
        info = self._info(request, action, len(outcome.attempts), violations, None)
        completion, dropped = self.adapter.drop_unchecked(outcome.completion)
        body = self.adapter.with_reply(
            completion, outcome.text, outcome.usage, info, outcome.tool_calls or None
        )
        self._log("completed", violations, attempts=len(outcome.attempts), action=action.value)
        headers = guard_headers(action, len(outcome.attempts))
        if dropped:
            headers["x-guard-dropped"] = ",".join(dropped)
        return Reply(200, headers, json=body)

    async def _stream(self, request: _Request, backend: Backend, watch: Watch) -> Reply:
        # Tool calls are validated whole, so a request that offers tools is answered buffered.
        tools = self.adapter.tools(request.body)
        if tools or stream_mode(self.engine) == "buffered":
            outcome = await watch(self._run(request, backend))
            action, violations = outcome.overall(request.input_verdict)
            info = self._info(request, action, len(outcome.attempts), violations, "buffered")
            # Only the accepted text and calls are replayed: nothing unchecked rides along.
            events = replay_as_stream(
                outcome.text,
                completion=outcome.completion,
                request=request.body,
                usage=outcome.usage,
                guard=info,
                tool_calls=outcome.tool_calls or None,
            )
            self._log(
                "completed",
                violations,
                attempts=len(outcome.attempts),
                action=action.value,
                stream="buffered",
            )
            headers = {**guard_headers(action, len(outcome.attempts)), "x-guard-stream-mode": "buffered"}
            return Reply(200, headers, events=_iterate(events))
        return await self._incremental(request, backend)

    async def _incremental(self, request: _Request, backend: Backend) -> Reply:
        stream = backend.open_stream({**request.body, "stream": True})
        source = await stream.__aenter__()  # raises UpstreamError / PassThrough: nothing sent yet
        validator = StreamValidator(self.engine, Context(stage="output", state=request.state))

        def on_end(validator: StreamValidator, filtered: bool) -> dict[str, Any]:
            action, violations = stream_outcome(validator, request.input_verdict, filtered)
            self._observe("output", validator.verdict.violations if validator.verdict else ())
            event = "stream_filtered" if filtered else "completed"
            self._log(event, violations, action=action.value, stream="incremental")
            return self._info(request, action, 1, violations, "incremental")

        async def events() -> AsyncIterator[bytes]:
            try:
                async for event in guard_event_stream(
                    source,
                    validator,
                    model=str(request.body.get("model", "")),
                    on_end=on_end,
                    restorer=restorer_for(request.state),
                    threaded=self.engine.threaded_output,
                ):
                    yield event
            finally:
                await stream.__aexit__(None, None, None)

        headers = {
            "x-guard-stream-mode": "incremental",
            "x-guard-attempts": "1",
            "x-guard-dropped": "reasoning,choices[1:]",
        }
        return Reply(200, headers, events=events())

    # -- reporting -------------------------------------------------------------------------

    def _observe(self, stage: str, violations: Sequence[Violation]) -> None:
        if self.observer is not None:
            self.observer.violations(stage, violations)

    def _attempts(self, count: int, violations: Sequence[Violation]) -> None:
        if self.observer is not None:
            self.observer.observe_attempts(count)
            self.observer.violations("output", violations)

    def _log(self, event: str, violations: Sequence[Violation], **fields: Any) -> None:
        if not log.isEnabledFor(logging.INFO):
            return
        record = {
            "event": event,
            "route": self.name,
            "violations": [{"type": v.type, "check": v.check, "loc": v.to_dict()["loc"]} for v in violations],
            **fields,
        }
        log.info(json.dumps(record))


async def _iterate(events: Sequence[bytes]) -> AsyncIterator[bytes]:
    for event in events:
        yield event

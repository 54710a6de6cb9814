"""One guarded chat exchange, shared by every HTTP surface.

The proxy and the middleware differ only in where the model is (an upstream client, the wrapped
app) and in their plumbing (routes and keys, ASGI messages). Everything else is here, once:
check the request, screen its untrusted texts (remembering clean ones), choose the stream mode,
run the re-ask flow or validate the stream, and turn the outcome or the failure into the answer
the client gets. A surface hands in a :class:`Backend` and gets a :class:`Reply` to send.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import uuid
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
from guard.openai_wire import error_body, guard_field, guard_headers
from guard.policy import Policy
from guard.reask import Approver, arun
from guard.result import Action, Attempt, Context, Outcome, Usage, Verdict, Violation, total_usage
from guard.streaming import StreamValidator, guard_event_stream, stream_mode, stream_outcome
from guard.vault import restorer_for

__all__ = [
    "Backend",
    "Decision",
    "Exchange",
    "Observer",
    "PassThrough",
    "Reply",
    "RequestTrace",
    "ScreenCache",
    "Tracer",
]

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


@dataclass(frozen=True)
class Decision:
    """What the exchange decided about one request, for the audit trail and traces: never a raw
    text, only keyed hashes of the request's messages and of the reply (empty without a hasher).

    ``stage`` is where the decision was made: ``request`` (refused as malformed), ``input``
    (screening blocked it), ``output`` (the reply judged), ``upstream`` (the model failed),
    ``check`` (a check could not run), ``app`` (the wrapped app's own answer passed through).
    """

    request_id: str
    route: str
    policy: str
    policy_hash: str
    stage: str
    action: str
    status: int
    checks: tuple[str, ...]
    violations: tuple[Mapping[str, Any], ...]
    attempts: int
    usage: Usage
    timings: Mapping[str, float]
    total_s: float
    model: str = ""
    stream: str | None = None
    input_hash: str | None = None
    output_hash: str | None = None
    ts: float = field(default_factory=time.time)

    def record(self) -> dict[str, Any]:
        """The audit store's row (JSON-ready)."""
        return {
            "ts": self.ts,
            "request_id": self.request_id,
            "route": self.route,
            "policy": self.policy,
            "policy_hash": self.policy_hash,
            "stage": self.stage,
            "action": self.action,
            "status": self.status,
            "checks": list(self.checks),
            "violations": [dict(v) for v in self.violations],
            "attempts": self.attempts,
            "input_tokens": self.usage.prompt_tokens,
            "output_tokens": self.usage.completion_tokens,
            "timings": dict(self.timings),
            "total_s": self.total_s,
            "stream": self.stream,
            "input_hash": self.input_hash,
            "output_hash": self.output_hash,
            "worker": os.getpid(),
        }


class RequestTrace(Protocol):
    """The spans of one request (OpenTelemetry in ``guard.tracing``). Every child is reported
    once it is over, with its start and end (``time.time_ns()``)."""

    def screened(self, start_ns: int, end_ns: int, verdict: Verdict) -> None:
        """The input screening."""

    def model_called(
        self,
        start_ns: int,
        end_ns: int,
        messages: Sequence[Mapping[str, Any]],
        reply: ModelReply | None,
        error: BaseException | None,
    ) -> None:
        """One model attempt."""

    def validated(self, start_ns: int, end_ns: int, attempt: Attempt) -> None:
        """The validation of one attempt's reply."""

    def finish(self, decision: Decision) -> None:
        """The request is decided: end its span."""


class Tracer(Protocol):
    """Starts a :class:`RequestTrace` per request."""

    def begin(self, request_id: str, route: str, body: Any) -> RequestTrace:
        """The trace of a request that starts now."""
        ...


class Observer(Protocol):
    """Where an exchange reports what it did (the proxy's Prometheus metrics and audit trail)."""

    def decision(self, decision: Decision) -> None:
        """One request decided (the audit trail)."""

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


@dataclass
class _Note:
    """What one request did so far (for its decision and its trace)."""

    request_id: str
    body: Any
    started: float
    trace: RequestTrace | None
    state: dict[str, Any] = field(default_factory=lambda: {TIMINGS_KEY: {}})
    #: (start_ns, end_ns) of each model call that returned a reply
    calls: list[tuple[int, int]] = field(default_factory=list)
    decided: bool = False
    #: the request's messages in the chat form, once checked (hashed for the audit trail)
    messages: list[dict[str, Any]] | None = None


class _TracedBackend:
    """The backend with each whole-reply call reported to the request's trace."""

    def __init__(self, backend: Backend, note: _Note) -> None:
        self.backend = backend
        self.note = note
        self.supports_response_format = backend.supports_response_format

    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        start = time.time_ns()
        reply: ModelReply | None = None
        error: BaseException | None = None
        try:
            reply = await self.backend.acomplete(messages, response_format=response_format, timeout=timeout)
            return reply
        except BaseException as exc:
            error = exc
            raise
        finally:
            end = time.time_ns()
            if reply is not None:
                self.note.calls.append((start, end))
            if self.note.trace is not None:
                self.note.trace.model_called(start, end, messages, reply, error)

    def open_stream(self, body: dict[str, Any]) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        return self.backend.open_stream(body)


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
        tracer: Tracer | None = None,
        text_hasher: Callable[[str], str] | None = None,
    ) -> None:
        self.policy = policy
        self.name = name
        self.adapter = adapter or ChatAdapter()
        self.approver = approver
        self.max_messages = max_messages
        self.cache = ScreenCache(cache_entries)
        self.observer = observer
        self.upstream_label = upstream_label
        self.tracer = tracer
        self.text_hasher = text_hasher
        self._policy_hash: str | None = None

    @property
    def engine(self) -> Engine:
        """The policy's engine."""
        return engine_for(self.policy)

    @property
    def policy_hash(self) -> str:
        """A short hash of the policy's full content (its version, as the audit trail names it)."""
        if self._policy_hash is None:
            try:
                data: Any = self.policy.to_dict()
            except Exception:  # a policy built in code may hold values YAML cannot show
                data = repr(self.policy)
            encoded = json.dumps(data, sort_keys=True, default=repr).encode("utf-8")
            self._policy_hash = hashlib.sha256(encoded).hexdigest()[:16]
        return self._policy_hash

    async def handle(
        self, body: Any, backend: Backend, watch: Watch, *, request_id: str | None = None
    ) -> Reply:
        """Serve one chat request. ``watch`` runs a whole-reply wait, cancelling it when the
        client goes away (it raises then; the surface handles that). ``request_id`` names the
        request in the audit trail and traces (a new one when None); the reply carries it in
        ``x-guard-request-id``."""
        started = time.perf_counter()
        rid = request_id or uuid.uuid4().hex
        trace = self.tracer.begin(rid, self.name, body) if self.tracer is not None else None
        note = _Note(rid, body, started, trace)
        if trace is not None:
            backend = _TracedBackend(backend, note)
        try:
            reply = await self._handle(body, backend, watch, note)
        except BaseException:
            self._decide(note, "client", "cancelled", 499)
            raise
        reply.headers["x-guard-request-id"] = rid
        return reply

    async def _handle(self, body: Any, backend: Backend, watch: Watch, note: _Note) -> Reply:
        started = note.started
        try:
            request = await self._screen(body, started, note)
            if self.adapter.wants_stream(request.body):
                return await self._stream(request, backend, watch, note)
            outcome = await watch(self._run(request, backend, note))
            return self._completion(request, outcome, note)
        except RequestProblem as problem:
            reply = problem_reply(problem)
            self._decide(note, "request", "refused", reply.status)
            return self._in_wire_shape(reply)
        except PassThrough as passed:
            self._decide(note, "app", "passed", 0)
            return Reply(0, raw=passed.raw)
        except (InputBlocked, ReaskExhausted, UpstreamError, CheckError) as exc:
            reply = failure_reply(exc, self.upstream_label)
            self._decide_failure(note, exc, reply.status)
            return self._in_wire_shape(reply)

    def _in_wire_shape(self, reply: Reply) -> Reply:
        reply.json = self.adapter.error_body(reply.status, reply.json)
        return reply

    # -- stages ----------------------------------------------------------------------------

    async def _screen(self, body: Any, started: float, note: _Note) -> _Request:
        checked = self.adapter.checked(body, max_messages=self.max_messages)
        messages = self.adapter.messages(checked) or []
        note.messages = messages
        tools = self.adapter.tools(checked)
        state = note.state
        screen_start = time.time_ns()
        verdict = await self.engine.ascreen_messages(
            messages, Context(stage="input", state=state), self.cache, tools=tools
        )
        if note.trace is not None:
            note.trace.screened(screen_start, time.time_ns(), verdict)
        self._observe("input", verdict.violations)
        if not verdict.allowed:
            self._log("input_blocked", verdict.violations)
            raise InputBlocked(verdict)
        screened = list(verdict.messages or messages)
        checked = self.adapter.with_messages(checked, screened)
        if verdict.tools is not None:
            checked = {**checked, "tools": list(verdict.tools)}
        return _Request(checked, screened, verdict, state, started)

    async def _run(self, request: _Request, backend: Backend, note: _Note) -> Outcome:
        try:
            outcome = await arun(
                self.policy,
                backend,
                request.messages,
                screen=False,
                state=request.state,
                tools=self.adapter.tools(request.body),
                approver=self.approver,
                # A client's own response_format is what the upstream gets on every call; guard
                # constrains only requests that leave it open.
                constrain="never" if request.body.get("response_format") is not None else None,
            )
        except ReaskExhausted as exc:
            self._trace_validations(note, exc.attempts)
            self._attempts(len(exc.attempts), [v for a in exc.attempts for v in a.verdict.violations])
            self._log("output_rejected", exc.best.verdict.violations, attempts=len(exc.attempts))
            raise
        self._trace_validations(note, outcome.attempts)
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

    def _completion(self, request: _Request, outcome: Outcome, note: _Note) -> Reply:
        action, violations = outcome.overall(request.input_verdict)
        info = self._info(request, action, len(outcome.attempts), violations, None)
        completion, dropped = self.adapter.drop_unchecked(outcome.completion)
        body = self.adapter.with_reply(
            completion, outcome.text, outcome.usage, info, outcome.tool_calls or None
        )
        self._completed(
            note, "completed", action, violations, len(outcome.attempts), outcome.usage, outcome.text
        )
        headers = guard_headers(action, len(outcome.attempts))
        if dropped:
            headers["x-guard-dropped"] = ",".join(dropped)
        return Reply(200, headers, json=body)

    async def _stream(self, request: _Request, backend: Backend, watch: Watch, note: _Note) -> Reply:
        # Tool calls are validated whole, so a request that offers tools is answered buffered.
        tools = self.adapter.tools(request.body)
        if tools or not self.adapter.incremental_streams or stream_mode(self.engine) == "buffered":
            outcome = await watch(self._run(request, backend, note))
            action, violations = outcome.overall(request.input_verdict)
            info = self._info(request, action, len(outcome.attempts), violations, "buffered")
            # Only the accepted text and calls are replayed: nothing unchecked rides along.
            events = self.adapter.replay(
                outcome.text,
                completion=outcome.completion,
                request=request.body,
                usage=outcome.usage,
                guard=info,
                tool_calls=outcome.tool_calls or None,
            )
            attempts = len(outcome.attempts)
            self._completed(
                note, "completed", action, violations, attempts, outcome.usage, outcome.text, "buffered"
            )
            headers = {**guard_headers(action, attempts), "x-guard-stream-mode": "buffered"}
            return Reply(200, headers, events=_iterate(events))
        return await self._incremental(request, backend, note)

    async def _incremental(self, request: _Request, backend: Backend, note: _Note) -> Reply:
        stream = backend.open_stream({**request.body, "stream": True})
        call_start = time.time_ns()
        source = await stream.__aenter__()  # raises UpstreamError / PassThrough: nothing sent yet
        validator = StreamValidator(self.engine, Context(stage="output", state=request.state))
        traced = [note.trace is None]

        def trace_call() -> None:
            # The model call's span ends before the request's (which ends with the decision).
            if not traced[0] and note.trace is not None:
                traced[0] = True
                note.trace.model_called(call_start, time.time_ns(), request.messages, None, None)

        def on_end(validator: StreamValidator, filtered: bool) -> dict[str, Any]:
            trace_call()
            action, violations = stream_outcome(validator, request.input_verdict, filtered)
            self._observe("output", validator.verdict.violations if validator.verdict else ())
            event = "stream_filtered" if filtered else "completed"
            text = validator.verdict.text if validator.verdict is not None else None
            self._completed(note, event, action, violations, 1, None, text, "incremental")
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
                trace_call()
                # A stream that ended without a verdict (the upstream died, the client left).
                self._decide(note, "upstream", "error", 200, attempts=1, stream="incremental")

        headers = {
            "x-guard-stream-mode": "incremental",
            "x-guard-attempts": "1",
            "x-guard-dropped": "reasoning,choices[1:]",
        }
        return Reply(200, headers, events=self.adapter.wire_stream(events(), request.body))

    # -- reporting -------------------------------------------------------------------------

    def _trace_validations(self, note: _Note, attempts: Sequence[Attempt]) -> None:
        if note.trace is None:
            return
        now = time.time_ns()
        for index, attempt in enumerate(attempts):
            if index >= len(note.calls):
                break
            start = note.calls[index][1]
            end = note.calls[index + 1][0] if index + 1 < len(note.calls) else now
            note.trace.validated(start, max(start, end), attempt)

    def _decide_failure(self, note: _Note, exc: GuardError, status: int) -> None:
        if isinstance(exc, InputBlocked):
            self._decide(note, "input", "block", status, violations=exc.verdict.violations)
        elif isinstance(exc, ReaskExhausted):
            self._decide(
                note,
                "output",
                "reject",
                status,
                violations=exc.best.verdict.violations,
                attempts=len(exc.attempts),
                usage=total_usage(exc.attempts),
            )
        elif isinstance(exc, CheckError):
            self._decide(note, "check", "error", status)
        else:
            self._decide(note, "upstream", "error", status)

    def _completed(
        self,
        note: _Note,
        event: str,
        action: Action,
        violations: Sequence[Violation],
        attempts: int,
        usage: Usage | None,
        output: str | None,
        stream: str | None = None,
    ) -> None:
        """Log and report a reply that reached the client (whole, buffered or streamed)."""
        fields: dict[str, Any] = {"attempts": attempts, "action": action.value}
        if stream is not None:
            fields["stream"] = stream
        self._log(event, violations, **fields)
        self._decide(
            note,
            "output",
            action.value,
            200,
            violations=violations,
            attempts=attempts,
            usage=usage,
            output=output,
            stream=stream,
        )

    def _decide(
        self,
        note: _Note,
        stage: str,
        action: str,
        status: int,
        *,
        violations: Sequence[Violation] = (),
        attempts: int = 0,
        usage: Usage | None = None,
        output: str | None = None,
        stream: str | None = None,
    ) -> None:
        """Report the request's decision once (the first call wins)."""
        if note.decided or (self.observer is None and note.trace is None):
            return
        note.decided = True
        timings = dict(note.state.get(TIMINGS_KEY, {}))
        body = note.body
        model = body.get("model") if isinstance(body, dict) else None
        decision = Decision(
            request_id=note.request_id,
            route=self.name,
            policy=self.policy.name,
            policy_hash=self.policy_hash,
            stage=stage,
            action=action,
            status=status,
            checks=tuple(timings),
            violations=tuple(
                {"type": v.type, "check": v.check, "loc": v.to_dict()["loc"]} for v in violations
            ),
            attempts=attempts,
            usage=usage or Usage(),
            timings=timings,
            total_s=time.perf_counter() - note.started,
            model=model if isinstance(model, str) else "",
            stream=stream,
            input_hash=self._hash_request(note.messages),
            output_hash=self.text_hasher(output) if self.text_hasher and output is not None else None,
        )
        if self.observer is not None:
            try:
                self.observer.decision(decision)
            except Exception:  # reporting never breaks the answer
                log.exception("decision observer failed")
        if note.trace is not None:
            try:
                note.trace.finish(decision)
            except Exception:
                log.exception("trace failed")

    def _hash_request(self, messages: list[dict[str, Any]] | None) -> str | None:
        if self.text_hasher is None or messages is None:
            return None
        return self.text_hasher(json.dumps(messages, sort_keys=True, default=str))

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

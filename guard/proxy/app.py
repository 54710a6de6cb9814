"""The OpenAI-compatible validation proxy: a Starlette app factory.

``POST /v1/chat/completions`` (also under a route prefix) screens every untrusted message, forwards
to the upstream, validates the reply, and re-asks until it conforms or the budget runs out. The
upstream client is created in the lifespan; its transport is injectable for tests. Errors use
OpenAI's error shape, so every SDK raises its usual exceptions.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hmac
import json
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from guard.checks.base import Context
from guard.engine import TIMINGS_KEY, Engine
from guard.errors import CheckError, InputBlocked, ReaskExhausted, UpstreamError
from guard.llm import ModelReply, OpenAIChat
from guard.openai_wire import (
    ResponseFormatStyle,
    adapt_response_format,
    error_body,
    failure,
    guard_field,
    guard_headers,
    replay_as_stream,
    violations_json,
    with_reply,
)
from guard.policy import Policy
from guard.proxy.config import RouteConfig, ServeConfig, route_matches
from guard.proxy.metrics import Metrics
from guard.reask import Approve, Approver, arun
from guard.result import Action, Outcome, Verdict, Violation
from guard.streaming import StreamValidator, guard_event_stream, stream_mode, stream_outcome
from guard.vault import restorer_for

__all__ = ["create_app"]

log = logging.getLogger("guard.proxy")
T = TypeVar("T")


class _CleanCache(OrderedDict[str, bool]):
    """A bounded LRU set of message texts that screened clean."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        if found:
            self.move_to_end(key)  # type: ignore[arg-type]
        return found

    def __setitem__(self, key: str, value: bool) -> None:
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


@dataclass
class _Route:
    name: str
    policy: Policy
    config: RouteConfig | None
    cache: _CleanCache = field(default_factory=lambda: _CleanCache(10_000))

    @property
    def engine(self) -> Engine:
        return self.policy.engine


class _Rejection(Exception):
    """Ends a request early with an OpenAI-shaped error response."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status = status
        self.body = body


class _UpstreamModel:
    """The model the re-ask flow calls: the client's own request, messages swapped in."""

    supports_response_format = True

    def __init__(
        self, client: OpenAIChat, body: Mapping[str, Any], metrics: Metrics, style: ResponseFormatStyle
    ) -> None:
        self.client = client
        self.body = {k: v for k, v in body.items() if k not in ("stream", "stream_options")}
        self.metrics = metrics
        self.style = style
        self.supports_response_format = style != "none"

    async def acomplete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        body = {**self.body, "messages": list(messages)}
        adapted = adapt_response_format(response_format, self.style) if response_format is not None else None
        if adapted is not None:
            body["response_format"] = adapted
        started = time.perf_counter()
        try:
            return await self.client.asend(body, timeout=timeout)
        finally:
            self.metrics.upstream_seconds.observe(time.perf_counter() - started)


class GuardProxy:
    """The proxy's state: routes, the upstream client, metrics. One per app."""

    def __init__(
        self,
        config: ServeConfig,
        *,
        default: Policy | None,
        routes: Sequence[tuple[RouteConfig, Policy]] = (),
        transport: httpx2.AsyncBaseTransport | None = None,
        api_key: str | None = None,
    ) -> None:
        self.config = config
        size = config.limits.screen_cache_entries
        self.default = _Route("default", default, None, _CleanCache(size)) if default is not None else None
        self.routes = [
            _Route(route.prefix or route.model or f"route{index}", policy, route, _CleanCache(size))
            for index, (route, policy) in enumerate(routes)
        ]
        self.transport = transport
        self.api_key = api_key
        self.client_keys = config.client_keys()
        self.metrics = Metrics()
        self.client: OpenAIChat | None = None
        self.approver: Approver | None = self._webhook if config.approval_webhook else None

    async def _webhook(self, step: Approve) -> bool:
        """Ask the configured approval webhook; anything but ``{"approved": true}`` is a no."""
        assert self.config.approval_webhook is not None
        payload = {
            "violations": violations_json(step.violations),
            "text": step.text,
            "tool_calls": list(step.tool_calls),
        }
        try:
            response = await self.upstream.async_client.post(
                self.config.approval_webhook, json=payload, timeout=self.config.timeouts.approval_s
            )
            return response.status_code == 200 and response.json().get("approved") is True
        except (httpx2.HTTPError, ValueError, AttributeError):
            log.warning(json.dumps({"event": "approval_webhook_failed"}))
            return False

    # -- lifecycle -----------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.client = OpenAIChat(
            self.config.upstream,
            api_key=self.api_key,
            timeout=self.config.timeouts.upstream_s,
            max_retries=self.config.timeouts.max_retries,
            async_transport=self.transport,
        )
        routes = [r for r in (self.default, *self.routes) if r is not None]
        for route in routes:  # load detector models before the first request, off the event loop
            await asyncio.to_thread(route.engine.warm_up)
        # Everything loaded so far (models, policies, imports) lives as long as the process: keep
        # it out of the collector's generations, so full collections stay short and rare.
        gc.freeze()
        try:
            yield
        finally:
            await self.client.aclose()

    def app(self) -> Starlette:
        """The Starlette application."""
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/{prefix:path}/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
                Route("/healthz", self.healthz, methods=["GET"]),
                Route("/readyz", self.readyz, methods=["GET"]),
                Route("/metrics", self.metrics_endpoint, methods=["GET"]),
            ],
            lifespan=self.lifespan,
        )

    @property
    def upstream(self) -> OpenAIChat:
        assert self.client is not None, "the app's lifespan has not started"
        return self.client

    # -- small endpoints -----------------------------------------------------------------------

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        try:
            response = await self.upstream.aget("/models", timeout=2.0)
        except UpstreamError as exc:
            return JSONResponse({"status": "unavailable", "upstream": exc.reason}, status_code=503)
        if response.status_code >= 500:
            return JSONResponse({"status": "unavailable", "upstream": f"HTTP {response.status_code}"}, 503)
        return JSONResponse({"status": "ready"})

    async def metrics_endpoint(self, request: Request) -> Response:
        return Response(self.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")

    async def models(self, request: Request) -> Response:
        if (denied := self._authenticate(request)) is not None:
            return denied
        try:
            response = await self.upstream.aget("/models")
        except UpstreamError as exc:
            return _error_response(_Rejection(*failure(exc)))
        return Response(response.content, response.status_code, media_type="application/json")

    # -- chat completions ----------------------------------------------------------------------

    async def chat(self, request: Request) -> Response:
        started = time.perf_counter()
        route_name = "unrouted"
        try:
            if (denied := self._authenticate(request)) is not None:
                return denied
            body = await self._read_json(request)
            route = self._route(request.path_params.get("prefix", ""), body.get("model"))
            route_name = route.name
            messages = _messages(body, self.config.limits.max_messages)
            state: dict[str, Any] = {TIMINGS_KEY: {}}
            input_verdict = await self._screen(route, messages, state)
            screened = list(input_verdict.messages or messages)
            if body.get("stream") is True:
                response = await self._stream(request, route, body, screened, input_verdict, state, started)
            else:
                outcome = await _until_disconnect(request, self._run(route, body, screened, state))
                response = self._completion_response(route, outcome, input_verdict, state, started)
        except _Rejection as rejection:
            response = _error_response(rejection)
        except _ClientGone:
            response = Response(status_code=499)
        self.metrics.requests.labels(route_name, str(response.status_code)).inc()
        return response

    def _authenticate(self, request: Request) -> Response | None:
        if not self.client_keys:
            return None
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if token and any(hmac.compare_digest(token, key) for key in self.client_keys):
            return None
        return _error_response(
            _Rejection(
                401, error_body("invalid or missing API key for this guard proxy", code="invalid_api_key")
            )
        )

    async def _read_json(self, request: Request) -> dict[str, Any]:
        limit = self.config.limits.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise _Rejection(
                413, error_body(f"request body is larger than {limit} bytes", code="body_too_large")
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _Rejection(
                    413, error_body(f"request body is larger than {limit} bytes", code="body_too_large")
                )
            chunks.append(chunk)
        try:
            body = json.loads(b"".join(chunks))
        except (ValueError, UnicodeDecodeError) as exc:
            where = (
                f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            )
            raise _Rejection(
                400, error_body(f"request body is not valid JSON{where}", code="invalid_json")
            ) from None
        if not isinstance(body, dict):
            raise _Rejection(400, error_body("request body must be a JSON object", code="invalid_request"))
        if body.get("n") not in (None, 1):
            raise _Rejection(
                400, error_body("guard validates one choice per request: n must be 1", param="n")
            )
        return body

    def _route(self, prefix: str, model: Any) -> _Route:
        for route in self.routes:
            assert route.config is not None
            if route_matches(route.config, f"/{prefix}" if prefix else "", model):
                return route
        if prefix or self.default is None:
            raise _Rejection(404, error_body("no guard policy serves this route or model", code="no_route"))
        return self.default

    async def _screen(self, route: _Route, messages: list[dict[str, Any]], state: dict[str, Any]) -> Verdict:
        try:
            verdict = await route.engine.ascreen_messages(
                messages, Context(stage="input", state=state), route.cache
            )
        except CheckError as exc:
            raise _Rejection(*failure(exc)) from None
        self.metrics.violations("input", verdict.violations)
        if not verdict.allowed:
            self._log(route, "input_blocked", verdict.violations)
            raise _Rejection(*failure(InputBlocked(verdict)))
        return verdict

    async def _run(
        self, route: _Route, body: dict[str, Any], messages: list[dict[str, Any]], state: dict[str, Any]
    ) -> Outcome:
        model = _UpstreamModel(self.upstream, body, self.metrics, self.config.upstream_response_format)
        try:
            outcome = await arun(
                route.policy,
                model,
                messages,
                screen=False,
                state=state,
                tools=body.get("tools") if isinstance(body.get("tools"), list) else None,
                approver=self.approver,
            )
        except ReaskExhausted as exc:
            self.metrics.attempts.observe(len(exc.attempts))
            self.metrics.violations("output", [v for a in exc.attempts for v in a.verdict.violations])
            self._log(route, "output_rejected", exc.best.verdict.violations, attempts=len(exc.attempts))
            raise _Rejection(*failure(exc)) from None
        except (UpstreamError, CheckError) as exc:
            raise _Rejection(*failure(exc)) from None
        self.metrics.attempts.observe(len(outcome.attempts))
        self.metrics.violations("output", [v for a in outcome.attempts for v in a.verdict.violations])
        return outcome

    def _guard_info(
        self,
        action: Action,
        attempts: int,
        violations: Sequence[Violation],
        state: dict[str, Any],
        started: float,
        mode: str | None = None,
    ) -> dict[str, Any]:
        timings = state.get(TIMINGS_KEY, {})
        self.metrics.timings(timings)
        return guard_field(
            action, attempts, violations, timings, total_s=time.perf_counter() - started, stream_mode=mode
        )

    def _completion_response(
        self, route: _Route, outcome: Outcome, input_verdict: Verdict, state: dict[str, Any], started: float
    ) -> Response:
        action, violations = outcome.overall(input_verdict)
        info = self._guard_info(action, len(outcome.attempts), violations, state, started)
        body = with_reply(outcome.completion, outcome.text, outcome.usage, info, outcome.tool_calls or None)
        self._log(route, "completed", violations, attempts=len(outcome.attempts), action=action.value)
        return JSONResponse(body, headers=guard_headers(action, len(outcome.attempts)))

    # -- streaming -----------------------------------------------------------------------------

    async def _stream(
        self,
        request: Request,
        route: _Route,
        body: dict[str, Any],
        messages: list[dict[str, Any]],
        input_verdict: Verdict,
        state: dict[str, Any],
        started: float,
    ) -> Response:
        # Tool calls are validated whole, so a request that offers tools is answered buffered.
        mode = "buffered" if body.get("tools") else stream_mode(route.engine)
        if mode == "buffered":
            outcome = await _until_disconnect(request, self._run(route, body, messages, state))
            return self._buffered_stream(route, body, outcome, input_verdict, state, started)
        return await self._incremental_stream(route, body, messages, input_verdict, state, started)

    def _buffered_stream(
        self,
        route: _Route,
        body: dict[str, Any],
        outcome: Outcome,
        input_verdict: Verdict,
        state: dict[str, Any],
        started: float,
    ) -> Response:
        action, violations = outcome.overall(input_verdict)
        info = self._guard_info(action, len(outcome.attempts), violations, state, started, "buffered")
        events = replay_as_stream(
            outcome.text,
            completion=outcome.completion,
            request=body,
            usage=outcome.usage,
            guard=info,
            tool_calls=outcome.tool_calls or None,
        )
        self._log(
            route,
            "completed",
            violations,
            attempts=len(outcome.attempts),
            action=action.value,
            stream="buffered",
        )
        headers = {**guard_headers(action, len(outcome.attempts)), "x-guard-stream-mode": "buffered"}
        return StreamingResponse(_iterate(events), media_type="text/event-stream", headers=headers)

    async def _incremental_stream(
        self,
        route: _Route,
        body: dict[str, Any],
        messages: list[dict[str, Any]],
        input_verdict: Verdict,
        state: dict[str, Any],
        started: float,
    ) -> Response:
        upstream_body = {**body, "messages": messages, "stream": True}
        stream = self.upstream.astream(upstream_body)
        try:
            response = await stream.__aenter__()
        except UpstreamError as exc:
            raise _Rejection(*failure(exc)) from None
        if not response.headers.get("content-type", "").startswith("text/event-stream"):
            await stream.__aexit__(None, None, None)
            malformed = UpstreamError(
                "asked for a stream, the upstream sent something else", kind="malformed"
            )
            raise _Rejection(*failure(malformed))
        validator = StreamValidator(route.engine, Context(stage="output", state=state))
        restorer = restorer_for(state)

        def on_end(validator: StreamValidator, filtered: bool) -> dict[str, Any]:
            action, violations = stream_outcome(validator, input_verdict, filtered)
            self.metrics.violations("output", validator.verdict.violations if validator.verdict else ())
            event = "stream_filtered" if filtered else "completed"
            self._log(route, event, violations, action=action.value, stream="incremental")
            return self._guard_info(action, 1, violations, state, started, "incremental")

        async def events() -> AsyncIterator[bytes]:
            try:
                async for event in guard_event_stream(
                    response.aiter_raw(),
                    validator,
                    model=str(body.get("model", "")),
                    on_end=on_end,
                    restorer=restorer,
                    threaded=route.engine.threaded_output,
                ):
                    yield event
            finally:
                await stream.__aexit__(None, None, None)

        headers = {"x-guard-stream-mode": "incremental", "x-guard-attempts": "1"}
        return StreamingResponse(events(), media_type="text/event-stream", headers=headers)

    def _log(self, route: _Route, event: str, violations: Sequence[Violation], **fields: Any) -> None:
        if not log.isEnabledFor(logging.INFO):
            return
        record = {
            "event": event,
            "route": route.name,
            "violations": [{"type": v.type, "check": v.check, "loc": v.to_dict()["loc"]} for v in violations],
            **fields,
        }
        log.info(json.dumps(record))


class _ClientGone(Exception):
    """The client disconnected before the reply was ready."""


async def _until_disconnect(request: Request, work: Awaitable[T]) -> T:
    """Run ``work``, cancelling it when the client disconnects (the upstream call with it)."""
    task = asyncio.ensure_future(work)

    async def disconnected() -> None:
        while True:
            message = await request.receive()
            if message["type"] == "http.disconnect":
                return

    watcher = asyncio.ensure_future(disconnected())
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        task.cancel()
        watcher.cancel()
        raise
    if task in done:
        watcher.cancel()
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    raise _ClientGone


def _messages(body: Mapping[str, Any], limit: int) -> list[dict[str, Any]]:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _Rejection(400, error_body("messages must be a non-empty list", param="messages"))
    if len(messages) > limit:
        raise _Rejection(
            400,
            error_body(
                f"too many messages: the limit is {limit}", param="messages", code="too_many_messages"
            ),
        )
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise _Rejection(
                400,
                error_body(f"messages[{index}] must be an object with a role", param=f"messages[{index}]"),
            )
    return messages


def _error_response(rejection: _Rejection) -> Response:
    return JSONResponse(rejection.body, status_code=rejection.status)


async def _iterate(events: Sequence[bytes]) -> AsyncIterator[bytes]:
    for event in events:
        yield event


def create_app(
    config: ServeConfig | None = None,
    *,
    policy: Policy | None = None,
    upstream: str | None = None,
    transport: httpx2.AsyncBaseTransport | None = None,
    api_key: str | None = None,
) -> Starlette:
    """Build the proxy app.

    Either a :class:`ServeConfig` (policies loaded from its files) or ``policy`` + ``upstream``.
    ``transport`` replaces the upstream HTTP transport (tests); ``api_key`` overrides the
    environment's upstream key.
    """
    default: Policy | None
    routes: list[tuple[RouteConfig, Policy]]
    if config is None:
        if policy is None or upstream is None:
            raise TypeError("give a ServeConfig, or a policy and an upstream URL")
        config = ServeConfig(upstream=upstream)
        default, routes = policy, []
    elif policy is not None and config.policy is None and not config.routes:
        default, routes = policy, []
    else:
        default, routes = config.load_policies()
        if policy is not None:
            default = policy
    proxy = GuardProxy(config, default=default, routes=routes, transport=transport, api_key=api_key)
    app = proxy.app()
    app.state.guard = proxy
    return app


CONFIG_ENV = "GUARD_SERVE_CONFIG"


def app_from_env() -> Starlette:
    """App factory for ``uvicorn --factory`` (each worker process builds its own app from the
    configuration ``guard serve`` put in the environment)."""
    import os

    return create_app(ServeConfig.model_validate_json(os.environ[CONFIG_ENV]))

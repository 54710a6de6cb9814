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
import os
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from guard.anthropic_wire import AnthropicAdapter, AnthropicBackend
from guard.asgi import BodyTimeout, BodyTooLarge, ClientGone, read_body, until_disconnect
from guard.chat_adapter import ChatAdapter
from guard.chat_request import RequestProblem, parse_json
from guard.engine import engine_for
from guard.errors import UpstreamError
from guard.exchange import Backend, Decision, Exchange, Reply, Tracer, failure_reply, problem_reply
from guard.llm import ModelReply, OpenAIChat
from guard.openai_wire import ResponseFormatStyle, adapt_response_format, error_body, violations_json
from guard.policy import Policy
from guard.proxy.config import AuditConfig, RouteConfig, ServeConfig, route_matches
from guard.proxy.metrics import Metrics
from guard.reask import Approve, Approver
from guard.responses_wire import ResponsesAdapter, ResponsesBackend
from guard.upstream_http import raw_chunks

if TYPE_CHECKING:
    from guard.audit import AuditWriter

__all__ = ["create_app"]

log = logging.getLogger("guard.proxy")


#: The APIs the proxy speaks: the path under /v1 and the adapter of each.
_APIS: dict[str, tuple[str, type[ChatAdapter]]] = {
    "chat": ("chat/completions", ChatAdapter),
    "messages": ("messages", AnthropicAdapter),
    "responses": ("responses", ResponsesAdapter),
}


@dataclass
class _Route:
    name: str
    config: RouteConfig | None
    exchange: Exchange
    #: one exchange per API (the same policy, each with its API's adapter)
    exchanges: dict[str, Exchange]


class _UpstreamBackend:
    """The exchange's model: the client's own request sent upstream, messages swapped in."""

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

    @contextlib.asynccontextmanager
    async def open_stream(self, body: dict[str, Any]) -> AsyncIterator[AsyncIterator[bytes]]:
        async with self.client.astream(body) as response:
            if not response.headers.get("content-type", "").startswith("text/event-stream"):
                raise UpstreamError("asked for a stream, the upstream sent something else", kind="malformed")
            yield raw_chunks(response)


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
        tracer_provider: Any = None,
    ) -> None:
        self.config = config
        self.transport = transport
        self.api_key = api_key
        self.client_keys = config.client_keys()
        self.metrics = Metrics()
        self.tracer: Tracer | None = None
        self._close_tracer: Any = None
        if config.tracing.enabled or tracer_provider is not None:
            from guard.tracing import OTelTracer

            otel = OTelTracer.from_config(config.tracing, tracer_provider=tracer_provider)
            self.tracer = otel
            self._close_tracer = otel.close
        self.audit: AuditWriter | None = None
        self.text_hasher: Any = None
        if config.audit is not None:
            self.audit, self.text_hasher = _audit_writer(config.audit, config.base_dir, self.metrics)
        self.client: OpenAIChat | None = None
        #: the HTTP client of the Anthropic and Responses upstreams
        self.http: httpx2.AsyncClient | None = None
        self.webhook_client: httpx2.AsyncClient | None = None
        self.approver: Approver | None = self._webhook if config.approval_webhook else None
        self.default = self._route_for("default", None, default) if default is not None else None
        self.routes = [
            self._route_for(route.prefix or route.model or f"route{index}", route, policy)
            for index, (route, policy) in enumerate(routes)
        ]
        self._in_flight = 0
        #: ``guard serve`` sets it: after the graceful shutdown, a check still running in a
        #: worker thread (threads cannot be cancelled) must not keep the process alive.
        self.exit_after_shutdown_s: float | None = None

    def _route_for(self, name: str, config: RouteConfig | None, policy: Policy) -> _Route:
        exchanges = {
            api: Exchange(
                policy,
                # the route as the audit trail and traces name it: "support", "support/messages"
                name=name if api == "chat" else f"{name}/{api}",
                adapter=adapter(),
                approver=self.approver,
                max_messages=self.config.limits.max_messages,
                cache_entries=self.config.limits.screen_cache_entries,
                observer=self.metrics,
                tracer=self.tracer,
                text_hasher=self.text_hasher,
            )
            for api, (_, adapter) in _APIS.items()
        }
        return _Route(name, config, exchanges["chat"], exchanges)

    async def _webhook(self, step: Approve) -> bool:
        """Ask the configured approval webhook; anything but ``{"approved": true}`` is a no."""
        assert self.config.approval_webhook is not None
        payload = {
            "violations": violations_json(step.violations),
            "text": step.text,
            "tool_calls": list(step.tool_calls),
        }
        try:
            # Its own client: the upstream's client carries the upstream API key.
            if self.webhook_client is None:
                self.webhook_client = httpx2.AsyncClient(
                    transport=self.transport, headers=self._webhook_headers()
                )
            response = await self.webhook_client.post(
                self.config.approval_webhook, json=payload, timeout=self.config.timeouts.approval_s
            )
            return response.status_code == 200 and response.json().get("approved") is True
        except (httpx2.HTTPError, ValueError, AttributeError):
            log.warning(json.dumps({"event": "approval_webhook_failed"}))
            return False

    def _webhook_headers(self) -> dict[str, str]:
        import os

        env = self.config.approval_webhook_key_env
        key = os.environ.get(env) if env else None
        return {"authorization": f"Bearer {key}"} if key else {}

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
            await asyncio.to_thread(engine_for(route.exchange.policy).warm_up)
        if self.audit is not None:  # connect and migrate now: a store that is down is known at once
            await asyncio.to_thread(self.audit.start)
        # Everything loaded so far (models, policies, imports) lives as long as the process: keep
        # it out of the collector's generations, so full collections stay short and rare.
        gc.freeze()
        try:
            yield
        finally:
            await self.client.aclose()
            if self.http is not None:
                await self.http.aclose()
            if self.audit is not None:  # what is queued is written before the process goes
                await asyncio.to_thread(self.audit.close)
            if self._close_tracer is not None:
                await asyncio.to_thread(self._close_tracer)
            if self.webhook_client is not None:
                await self.webhook_client.aclose()
            if self.exit_after_shutdown_s is not None:
                _exit_soon(self.exit_after_shutdown_s)

    def app(self) -> Starlette:
        """The Starlette application."""
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/{prefix:path}/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/messages", self.anthropic_messages, methods=["POST"]),
                Route("/{prefix:path}/v1/messages", self.anthropic_messages, methods=["POST"]),
                Route("/v1/responses", self.responses, methods=["POST"]),
                Route("/{prefix:path}/v1/responses", self.responses, methods=["POST"]),
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
            return _response(failure_reply(exc, "upstream model"))
        return Response(response.content, response.status_code, media_type="application/json")

    # -- chat completions ----------------------------------------------------------------------

    async def chat(self, request: Request) -> Response:
        """POST /v1/chat/completions."""
        return await self._serve(request, "chat")

    async def anthropic_messages(self, request: Request) -> Response:
        """POST /v1/messages (Anthropic Messages)."""
        return await self._serve(request, "messages")

    async def responses(self, request: Request) -> Response:
        """POST /v1/responses (OpenAI Responses)."""
        return await self._serve(request, "responses")

    def _backend(self, api: str, body: dict[str, Any]) -> Backend:
        if api == "chat":
            return _UpstreamBackend(self.upstream, body, self.metrics, self.config.upstream_response_format)
        if self.http is None:  # made on first use: a chat-only proxy never pays for it
            self.http = httpx2.AsyncClient(transport=self.transport, timeout=self.config.timeouts.upstream_s)
        if api == "messages":
            key = os.environ.get("GUARD_ANTHROPIC_API_KEY") or os.environ.get("ANTHROPIC_API_KEY")
            base = self.config.anthropic_upstream or self.config.upstream
            return AnthropicBackend(self.http, base, body, api_key=key)
        key = self.api_key or os.environ.get("GUARD_UPSTREAM_API_KEY") or os.environ.get("OPENAI_API_KEY")
        base = self.config.responses_upstream or self.config.upstream
        return ResponsesBackend(self.http, base, body, api_key=key)

    async def _serve(self, request: Request, api: str) -> Response:
        adapter = _APIS[api][1]()

        def answer(reply: Reply) -> Response:
            if reply.json is not None and reply.status >= 400:
                reply.json = adapter.error_body(reply.status, reply.json)
            return _response(reply)

        if self._authenticate(request) is not None:
            message = "invalid or missing API key for this guard proxy"
            return answer(Reply(401, json=error_body(message, code="invalid_api_key")))
        limits = self.config.limits
        if self._in_flight >= limits.max_in_flight:
            return answer(Reply(429, json=error_body("too many requests in flight", code="rate_limited")))
        required = self.config.audit is not None and self.config.audit.required
        if self.audit is not None and required and not self.audit.accepting:
            # Fail closed: no decision goes unrecorded.
            self.metrics.requests.labels("unrouted", "503").inc()
            message = "the audit trail cannot take records"
            return answer(Reply(503, json=error_body(message, type="server_error", code="audit_unavailable")))
        self._in_flight += 1
        route_name = "unrouted"
        try:
            body = await self._read_json(request)
            route = self._route(request.path_params.get("prefix", ""), body.get("model"))
            route_name = route.name
            backend = self._backend(api, body)
            reply = await route.exchanges[api].handle(
                body,
                backend,
                lambda work: until_disconnect(request.receive, work),
                request_id=_request_id(request),
            )
            response = _response(reply)
        except RequestProblem as problem:
            response = answer(problem_reply(problem))
        except ClientGone:
            log.debug(json.dumps({"event": "client_gone", "route": route_name}))
            response = Response(status_code=499)
        finally:
            self._in_flight -= 1
        self.metrics.requests.labels(route_name, str(response.status_code)).inc()
        return response

    def _authenticate(self, request: Request) -> Response | None:
        if not self.client_keys:
            return None
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else ""
        token = token or request.headers.get("x-api-key", "").strip()  # Anthropic clients send this
        if token and any(hmac.compare_digest(token, key) for key in self.client_keys):
            return None
        return _response(
            Reply(
                401,
                json=error_body("invalid or missing API key for this guard proxy", code="invalid_api_key"),
            )
        )

    async def _read_json(self, request: Request) -> dict[str, Any]:
        limits = self.config.limits
        too_large = RequestProblem(
            f"request body is larger than {limits.max_body_bytes} bytes", code="body_too_large", status=413
        )
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limits.max_body_bytes:
            raise too_large
        try:
            raw = await read_body(request.receive, limits.max_body_bytes, limits.body_timeout_s)
        except BodyTooLarge:
            raise too_large from None
        except BodyTimeout:
            raise RequestProblem(
                "request body was not received in time", code="body_timeout", status=408
            ) from None
        body = parse_json(raw)
        if not isinstance(body, dict):
            raise RequestProblem("request body must be a JSON object", code="invalid_request")
        return body

    def _route(self, prefix: str, model: Any) -> _Route:
        for route in self.routes:
            assert route.config is not None
            if route_matches(route.config, f"/{prefix}" if prefix else "", model):
                return route
        if prefix or self.default is None:
            raise RequestProblem("no guard policy serves this route or model", code="no_route", status=404)
        return self.default


def _request_id(request: Request) -> str | None:
    """The client's ``x-request-id`` when it is a sane token (else the exchange makes one)."""
    given = request.headers.get("x-request-id", "")
    if 0 < len(given) <= 128 and all(c.isalnum() or c in "-_.:" for c in given):
        return given
    return None


def _audit_writer(config: AuditConfig, base_dir: str, metrics: Metrics) -> tuple[AuditWriter, Any]:
    from pathlib import Path

    from guard.audit import AuditWriter, TextHasher, open_store

    target = config.store
    if "://" not in target and not Path(target).is_absolute():
        target = str(Path(base_dir) / target)
    writer = AuditWriter(
        open_store(target),
        queue_size=config.queue_size,
        batch_size=config.batch_size,
        retry_s=config.retry_s,
        on_drop=metrics.audit_dropped.inc,
    )

    def submit(decision: Decision) -> None:
        writer.submit(decision.record())

    metrics.decision_sink = submit
    return writer, TextHasher(config.hash_key_env)


def _exit_soon(seconds: float) -> None:
    import os
    import threading

    def exit_now() -> None:
        logging.shutdown()
        os._exit(0)

    timer = threading.Timer(seconds, exit_now)
    timer.daemon = True
    timer.start()


def _response(reply: Reply) -> Response:
    if reply.events is not None:
        return StreamingResponse(reply.events, media_type="text/event-stream", headers=reply.headers)
    return JSONResponse(reply.json, status_code=reply.status, headers=reply.headers)


def create_app(
    config: ServeConfig | None = None,
    *,
    policy: Policy | None = None,
    upstream: str | None = None,
    transport: httpx2.AsyncBaseTransport | None = None,
    api_key: str | None = None,
    tracer_provider: Any = None,
) -> Starlette:
    """Build the proxy app.

    Either a :class:`ServeConfig` (policies loaded from its files) or ``policy`` + ``upstream``.
    ``transport`` replaces the upstream HTTP transport (tests); ``api_key`` overrides the
    environment's upstream key; ``tracer_provider`` (an OpenTelemetry ``TracerProvider``) turns
    tracing on with that provider.
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
    proxy = GuardProxy(
        config,
        default=default,
        routes=routes,
        transport=transport,
        api_key=api_key,
        tracer_provider=tracer_provider,
    )
    app = proxy.app()
    app.state.guard = proxy
    return app


CONFIG_ENV = "GUARD_SERVE_CONFIG"


def app_from_env() -> Starlette:
    """App factory for ``uvicorn --factory`` (each worker process builds its own app from the
    configuration ``guard serve`` put in the environment)."""
    import os

    app = create_app(ServeConfig.model_validate_json(os.environ[CONFIG_ENV]))
    app.state.guard.exit_after_shutdown_s = 1.0
    return app

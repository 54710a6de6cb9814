"""An OpenAI-compatible Chat Completions client on ``httpx2``, sync and async.

One retry plan (:class:`RetryPlan`) serves both send loops, and transport failures become
:class:`UpstreamError` in one place (:func:`transport_error`).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import math
import os
import random
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC
from typing import Any, Literal, Unpack

import httpx2

from guard.chat_model import CallOptions, ModelReply, parse_completion
from guard.errors import UpstreamError
from guard.openai_wire import ResponseFormatStyle, adapt_response_format

__all__ = ["ClientStyle", "OpenAIChat", "RetryPlan", "parse_retry_after", "transport_error"]

Message = Mapping[str, Any]
ClientStyle = ResponseFormatStyle | Literal["tool"]
"""How the endpoint takes a JSON Schema: a ``response_format`` dialect, or ``tool`` (a forced
call of one function whose parameters are the schema)."""

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
#: The longest ``Retry-After`` honoured; a longer one is waited this long (then the deadline rules).
MAX_RETRY_AFTER_S = 30.0


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delay-seconds or an HTTP date.

    Garbage (``nan``, ``inf``, negative numbers, unparsable text) is ignored (None); the result
    is capped at :data:`MAX_RETRY_AFTER_S`.
    """
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = max(0.0, when.timestamp() - (time.time() if now is None else now))
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return min(seconds, MAX_RETRY_AFTER_S)


def transport_error(exc: httpx2.TransportError) -> UpstreamError:
    """The :class:`UpstreamError` for a failure below HTTP (timeout, refused, reset)."""
    if isinstance(exc, httpx2.TimeoutException):
        return UpstreamError("timed out", kind="timeout")
    return UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable")


@contextmanager
def _mapped() -> Iterator[None]:
    try:
        yield
    except httpx2.TransportError as exc:
        raise transport_error(exc) from None


class RetryPlan:
    """When to try again: transient failures (timeouts, unreachable, 408/409/429/5xx) with
    exponential backoff and jitter or ``Retry-After``, within ``max_retries`` and a deadline."""

    def __init__(self, *, timeout: float, max_retries: int, backoff_s: float, deadline_s: float) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.deadline = time.monotonic() + deadline_s
        self.failures = 0

    def try_timeout(self) -> float:
        """The timeout for the next try: the per-request timeout, cut to what the deadline leaves."""
        return max(0.001, min(self.timeout, self.deadline - time.monotonic()))

    def wait_after(self, error: UpstreamError, retry_after: str | None = None) -> float:
        """Seconds to wait before the next try; raises ``error`` when there is none."""
        self.failures += 1
        retryable = error.kind in ("timeout", "unreachable") or error.status in RETRY_STATUSES
        wait = parse_retry_after(retry_after)
        if wait is None:
            wait = self.backoff_s * (2 ** (self.failures - 1)) * (0.5 + random.random() / 2)
        if not retryable or self.failures > self.max_retries or time.monotonic() + wait >= self.deadline:
            raise error
        return wait


class OpenAIChat:
    """An OpenAI-compatible Chat Completions client on ``httpx2``, sync and async.

    The API key comes from ``api_key`` or the environment (``GUARD_UPSTREAM_API_KEY``, then
    ``OPENAI_API_KEY``) and is never logged or put in an error. 429, 5xx and connection errors
    are retried with exponential backoff and jitter (honouring ``Retry-After``). ``transport`` and
    ``async_transport`` are the test seam. ``response_format_style`` says how the endpoint takes a
    JSON Schema: OpenAI's ``json_schema`` (default), llama.cpp's ``json_object_schema``, ``tool``
    (a forced function call whose arguments become the reply's text) or ``none``.
    """

    def __init__(
        self,
        base_url: str = "https://api.openai.com/v1",
        *,
        model: str = "gpt-4o-mini",
        api_key: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        backoff_s: float = 0.5,
        params: Mapping[str, Any] | None = None,
        response_format_style: ClientStyle = "json_schema",
        transport: httpx2.BaseTransport | None = None,
        async_transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.params = dict(params or {})
        self.response_format_style: ClientStyle = response_format_style
        self.supports_response_format = response_format_style != "none"
        key = api_key or os.environ.get("GUARD_UPSTREAM_API_KEY") or os.environ.get("OPENAI_API_KEY")
        headers = {"content-type": "application/json"}
        if key:
            headers["authorization"] = f"Bearer {key}"
        self._headers = headers
        self._transport = transport
        self._async_transport = async_transport
        self._client: httpx2.Client | None = None
        self._aclient: httpx2.AsyncClient | None = None

    def __repr__(self) -> str:  # no key
        return f"OpenAIChat({self.base_url!r}, model={self.model!r})"

    @property
    def url(self) -> str:
        """The chat completions endpoint."""
        return f"{self.base_url}/chat/completions"

    def body(
        self,
        messages: Sequence[Message],
        response_format: Mapping[str, Any] | None,
        sampling: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The request body for ``messages``. ``sampling`` overrides ``params`` for this call,
        except that ``max_tokens`` only ever lowers the configured one."""
        body: dict[str, Any] = {"model": self.model, **self.params, "messages": list(messages)}
        for key, value in (sampling or {}).items():
            if key == "max_tokens" and isinstance(body.get(key), int):
                value = min(value, body[key])
            body[key] = value
        if not response_format:
            return body
        if self.response_format_style == "tool":
            body.update(_forced_tool(response_format))
            return body
        adapted = adapt_response_format(response_format, self.response_format_style)
        if adapted is not None:
            body["response_format"] = adapted
        return body

    def _plan(self, timeout: float | None) -> RetryPlan:
        budget = timeout if timeout is not None else self.timeout * (self.max_retries + 1)
        return RetryPlan(
            timeout=self.timeout, max_retries=self.max_retries, backoff_s=self.backoff_s, deadline_s=budget
        )

    # -- sync ------------------------------------------------------------------------------

    def complete(self, messages: Sequence[Message], **options: Unpack[CallOptions]) -> ModelReply:
        """Send one chat completion request, retrying transient failures."""
        body = self.body(messages, options.get("response_format"), options.get("sampling"))
        return _unforce(self.send(body, timeout=options.get("timeout")), body)

    def send(self, body: Mapping[str, Any], *, timeout: float | None = None) -> ModelReply:
        """POST a complete request body to the chat completions endpoint (with retries)."""
        if self._client is None:
            self._client = httpx2.Client(transport=self._transport, headers=self._headers)
        payload, plan = _encode(body), self._plan(timeout)
        while True:
            try:
                response = self._client.post(self.url, content=payload, timeout=plan.try_timeout())
            except httpx2.TransportError as exc:
                time.sleep(plan.wait_after(transport_error(exc)))
                continue
            if response.status_code < 400:
                return _reply_of(response)
            time.sleep(plan.wait_after(_status_error(response), response.headers.get("retry-after")))

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> OpenAIChat:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> OpenAIChat:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- async -----------------------------------------------------------------------------

    async def acomplete(self, messages: Sequence[Message], **options: Unpack[CallOptions]) -> ModelReply:
        """Async :meth:`complete`."""
        body = self.body(messages, options.get("response_format"), options.get("sampling"))
        return _unforce(await self.asend(body, timeout=options.get("timeout")), body)

    @property
    def async_client(self) -> httpx2.AsyncClient:
        """The async connection pool (created on first use)."""
        if self._aclient is None:
            self._aclient = httpx2.AsyncClient(transport=self._async_transport, headers=self._headers)
        return self._aclient

    async def asend(self, body: Mapping[str, Any], *, timeout: float | None = None) -> ModelReply:
        """Async :meth:`send`."""
        client, payload, plan = self.async_client, _encode(body), self._plan(timeout)
        while True:
            try:
                response = await client.post(self.url, content=payload, timeout=plan.try_timeout())
            except httpx2.TransportError as exc:
                await asyncio.sleep(plan.wait_after(transport_error(exc)))
                continue
            if response.status_code < 400:
                return _reply_of(response)
            await asyncio.sleep(plan.wait_after(_status_error(response), response.headers.get("retry-after")))

    @asynccontextmanager
    async def astream(
        self, body: Mapping[str, Any], *, timeout: float | None = None
    ) -> AsyncIterator[httpx2.Response]:
        """POST a streaming request; yield the open response (status already checked).

        Streams are not retried: part of a reply may already have been passed on.
        """
        client = self.async_client
        request = client.build_request(
            "POST", self.url, content=_encode(body), timeout=timeout or self.timeout
        )
        with _mapped():
            response = await client.send(request, stream=True)
        try:
            if response.status_code >= 400:
                await response.aread()
                raise _status_error(response)
            yield response
        finally:
            await response.aclose()

    async def aget(self, path: str, *, timeout: float | None = None) -> httpx2.Response:
        """GET ``base_url + path`` (``/models``), read in full. Raises :class:`UpstreamError`."""
        with _mapped():
            return await self.async_client.get(f"{self.base_url}{path}", timeout=timeout or self.timeout)

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._aclient is not None:
            await self._aclient.aclose()
            self._aclient = None


def _forced_tool(response_format: Mapping[str, Any]) -> dict[str, Any]:
    """``response_format`` as a forced call of one function whose parameters are the schema."""
    spec = response_format.get("json_schema")
    spec = spec if isinstance(spec, Mapping) else {}
    schema = spec.get("schema")
    name = spec.get("name") if isinstance(spec.get("name"), str) else "reply"
    function = {
        "name": name,
        "description": "Give the answer.",
        "parameters": dict(schema) if isinstance(schema, Mapping) else {"type": "object"},
    }
    return {
        "tools": [{"type": "function", "function": function}],
        "tool_choice": {"type": "function", "function": {"name": name}},
    }


def _unforce(reply: ModelReply, body: Mapping[str, Any]) -> ModelReply:
    """A reply to a forced tool call read back as text: the call's arguments are the answer."""
    choice = body.get("tool_choice")
    if not isinstance(choice, Mapping) or "tools" not in body or not reply.tool_calls:
        return reply
    name = choice.get("function", {}).get("name")
    for call in reply.tool_calls:
        if call["function"]["name"] == name:
            return ModelReply(call["function"]["arguments"], reply.usage, reply.raw)
    return reply


def _encode(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _reply_of(response: httpx2.Response) -> ModelReply:
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        kind = response.headers.get("content-type", "unknown").split(";")[0]
        raise UpstreamError(
            f"reply is not JSON (content-type {kind})", status=response.status_code, kind="malformed"
        ) from None
    return parse_completion(body)


def _status_error(response: httpx2.Response) -> UpstreamError:
    # The body may echo the prompt; keep only the endpoint's error code and type if it gave them.
    detail = ""
    try:
        error = json.loads(response.content).get("error", {})
        if isinstance(error, Mapping):
            code = error.get("code") or error.get("type")
            if isinstance(code, str):
                detail = f" ({code[:60]})"
    except (ValueError, AttributeError, UnicodeDecodeError):
        pass
    return UpstreamError(
        f"HTTP {response.status_code}{detail}",
        status=response.status_code,
        kind="status",
        body=response.content,
    )

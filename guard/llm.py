"""The model seam: what guard needs from a model, and an OpenAI-compatible HTTP client.

Anything that takes chat messages and returns a reply is a model: a plain function returning a
string, a function returning an OpenAI-shaped completion (dict or SDK object), or
:class:`OpenAIChat`. :func:`as_model` adapts them all to :class:`ChatModel`, so the re-ask flow
has one thing to call. Tests use the same seam: a scripted function, or this client pointed at a
real server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import random
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import httpx2

from guard.errors import UpstreamError
from guard.openai_wire import ResponseFormatStyle, adapt_response_format
from guard.result import Usage

__all__ = [
    "AsyncChatModel",
    "ChatModel",
    "ModelReply",
    "OpenAIChat",
    "as_async_model",
    "as_model",
    "parse_completion",
]

Message = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ModelReply:
    """One reply: its text, the usage the endpoint reported, and the raw completion if any."""

    text: str
    usage: Usage = field(default_factory=Usage)
    raw: Any = None
    tool_calls: tuple[dict[str, Any], ...] = ()


@runtime_checkable
class ChatModel(Protocol):
    """A model guard can call synchronously."""

    supports_response_format: bool

    def complete(
        self,
        messages: Sequence[Message],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        """Return the model's reply to ``messages``."""
        ...


@runtime_checkable
class AsyncChatModel(Protocol):
    """A model guard can call from an event loop."""

    supports_response_format: bool

    async def acomplete(
        self,
        messages: Sequence[Message],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        """Return the model's reply to ``messages``."""
        ...


def parse_completion(body: Any) -> ModelReply:
    """Read an OpenAI chat completion (dict or SDK object) into a :class:`ModelReply`.

    Raises :class:`UpstreamError` when the body is not a completion.
    """
    if hasattr(body, "model_dump") and not isinstance(body, Mapping):
        body = body.model_dump()
    if not isinstance(body, Mapping):
        raise UpstreamError("reply is not a JSON object", kind="malformed")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
        raise UpstreamError("reply has no choices", kind="malformed")
    message = choices[0].get("message")
    if not isinstance(message, Mapping):
        raise UpstreamError("reply's first choice has no message", kind="malformed")
    content = message.get("content")
    if content is None:
        content = ""
    if not isinstance(content, str):
        raise UpstreamError("reply's message content is not text", kind="malformed")
    tool_calls = message.get("tool_calls") or ()
    if not isinstance(tool_calls, list):
        tool_calls = ()
    return ModelReply(content, _usage(body.get("usage")), dict(body), tuple(dict(t) for t in tool_calls))


def _usage(raw: Any) -> Usage:
    if not isinstance(raw, Mapping):
        return Usage()
    prompt, completion = raw.get("prompt_tokens"), raw.get("completion_tokens")
    return Usage(
        prompt if isinstance(prompt, int) and prompt >= 0 else 0,
        completion if isinstance(completion, int) and completion >= 0 else 0,
    )


def _to_reply(got: Any) -> ModelReply:
    if isinstance(got, ModelReply):
        return got
    if isinstance(got, str):
        return ModelReply(got)
    return parse_completion(got)


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


class _FunctionModel:
    """Adapts a plain function ``fn(messages, **kwargs)`` to the model protocols."""

    def __init__(self, fn: Callable[..., Any], supports_response_format: bool = False) -> None:
        self.fn = fn
        self.supports_response_format = supports_response_format
        self._takes_format = _accepts(fn, "response_format")
        self._takes_timeout = _accepts(fn, "timeout")

    def _kwargs(self, response_format: Mapping[str, Any] | None, timeout: float | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if response_format is not None and self._takes_format:
            kwargs["response_format"] = response_format
        if timeout is not None and self._takes_timeout:
            kwargs["timeout"] = timeout
        return kwargs

    def complete(
        self,
        messages: Sequence[Message],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        got = self.fn(list(messages), **self._kwargs(response_format, timeout))
        if inspect.isawaitable(got):
            close = getattr(got, "close", None)
            if callable(close):
                close()  # no "never awaited" warning
            raise TypeError("this model is async: use the async driver (arun / an async function)")
        return _to_reply(got)

    async def acomplete(
        self,
        messages: Sequence[Message],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        got = self.fn(list(messages), **self._kwargs(response_format, timeout))
        if inspect.isawaitable(got):
            got = await got
        return _to_reply(got)


def as_model(model: Any) -> ChatModel:
    """Adapt a model object or a plain function to :class:`ChatModel`."""
    if isinstance(model, ChatModel):
        return model
    if callable(model):
        return _FunctionModel(model, bool(getattr(model, "supports_response_format", False)))
    raise TypeError("a model is a callable taking messages, or an object with .complete()")


def as_async_model(model: Any) -> AsyncChatModel:
    """Adapt a model object, an async function or a plain function to :class:`AsyncChatModel`."""
    if isinstance(model, AsyncChatModel):
        return model
    if callable(model):
        return _FunctionModel(model, bool(getattr(model, "supports_response_format", False)))
    raise TypeError("a model is a callable taking messages, or an object with .acomplete()")


RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})


class OpenAIChat:
    """An OpenAI-compatible Chat Completions client on ``httpx2``, sync and async.

    The API key comes from ``api_key`` or the environment (``GUARD_UPSTREAM_API_KEY``, then
    ``OPENAI_API_KEY``) and is never logged or put in an error. 429, 5xx and connection errors
    are retried with exponential backoff and jitter (honouring ``Retry-After``). ``transport`` and
    ``async_transport`` are the test seam. ``response_format_style`` says how the endpoint takes a
    JSON Schema: OpenAI's ``json_schema`` (default), llama.cpp's ``json_object_schema``, or ``none``.
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
        response_format_style: ResponseFormatStyle = "json_schema",
        transport: httpx2.BaseTransport | None = None,
        async_transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.params = dict(params or {})
        self.response_format_style: ResponseFormatStyle = response_format_style
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

    def body(self, messages: Sequence[Message], response_format: Mapping[str, Any] | None) -> dict[str, Any]:
        """The request body for ``messages``."""
        body: dict[str, Any] = {"model": self.model, **self.params, "messages": list(messages)}
        adapted = (
            adapt_response_format(response_format, self.response_format_style) if response_format else None
        )
        if adapted is not None:
            body["response_format"] = adapted
        return body

    # -- sync ------------------------------------------------------------------------------

    def complete(
        self,
        messages: Sequence[Message],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        """Send one chat completion request, retrying transient failures."""
        return self.send(self.body(messages, response_format), timeout=timeout)

    def send(self, body: Mapping[str, Any], *, timeout: float | None = None) -> ModelReply:
        """POST a complete request body to the chat completions endpoint (with retries)."""
        if self._client is None:
            self._client = httpx2.Client(transport=self._transport, headers=self._headers)
        payload = _encode(body)
        deadline = time.monotonic() + (
            timeout if timeout is not None else self.timeout * (self.max_retries + 1)
        )
        attempt = 0
        while True:
            remaining = max(0.001, min(self.timeout, deadline - time.monotonic()))
            try:
                response = self._client.post(self.url, content=payload, timeout=remaining)
            except httpx2.TimeoutException:
                error: UpstreamError = UpstreamError("timed out", kind="timeout")
                retry_after = None
            except httpx2.TransportError as exc:
                error, retry_after = (
                    UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable"),
                    None,
                )
            else:
                if response.status_code < 400:
                    return _reply_of(response)
                error, retry_after = _status_error(response), response.headers.get("retry-after")
            attempt += 1
            wait = _backoff(self.backoff_s, attempt, retry_after)
            if not _retryable(error) or attempt > self.max_retries or time.monotonic() + wait >= deadline:
                raise error
            time.sleep(wait)

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

    async def acomplete(
        self,
        messages: Sequence[Message],
        *,
        response_format: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModelReply:
        """Async :meth:`complete`."""
        return await self.asend(self.body(messages, response_format), timeout=timeout)

    @property
    def async_client(self) -> httpx2.AsyncClient:
        """The async connection pool (created on first use)."""
        if self._aclient is None:
            self._aclient = httpx2.AsyncClient(transport=self._async_transport, headers=self._headers)
        return self._aclient

    async def asend(self, body: Mapping[str, Any], *, timeout: float | None = None) -> ModelReply:
        """Async :meth:`send`."""
        client = self.async_client
        payload = _encode(body)
        deadline = time.monotonic() + (
            timeout if timeout is not None else self.timeout * (self.max_retries + 1)
        )
        attempt = 0
        while True:
            remaining = max(0.001, min(self.timeout, deadline - time.monotonic()))
            try:
                response = await client.post(self.url, content=payload, timeout=remaining)
            except httpx2.TimeoutException:
                error: UpstreamError = UpstreamError("timed out", kind="timeout")
                retry_after = None
            except httpx2.TransportError as exc:
                error, retry_after = (
                    UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable"),
                    None,
                )
            else:
                if response.status_code < 400:
                    return _reply_of(response)
                error, retry_after = _status_error(response), response.headers.get("retry-after")
            attempt += 1
            wait = _backoff(self.backoff_s, attempt, retry_after)
            if not _retryable(error) or attempt > self.max_retries or time.monotonic() + wait >= deadline:
                raise error
            await asyncio.sleep(wait)

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
        try:
            response = await client.send(request, stream=True)
        except httpx2.TimeoutException:
            raise UpstreamError("timed out", kind="timeout") from None
        except httpx2.TransportError as exc:
            raise UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable") from None
        try:
            if response.status_code >= 400:
                await response.aread()
                raise _status_error(response)
            yield response
        finally:
            await response.aclose()

    async def aget(self, path: str, *, timeout: float | None = None) -> httpx2.Response:
        """GET ``base_url + path`` (``/models``), read in full. Raises :class:`UpstreamError`."""
        try:
            return await self.async_client.get(f"{self.base_url}{path}", timeout=timeout or self.timeout)
        except httpx2.TimeoutException:
            raise UpstreamError("timed out", kind="timeout") from None
        except httpx2.TransportError as exc:
            raise UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable") from None

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._aclient is not None:
            await self._aclient.aclose()
            self._aclient = None


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


def _retryable(error: UpstreamError) -> bool:
    return error.kind in ("timeout", "unreachable") or error.status in RETRY_STATUSES


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


def _backoff(base: float, attempt: int, retry_after: str | None) -> float:
    if retry_after:
        try:
            return min(float(retry_after), 30.0)
        except ValueError:
            pass
    return float(base * (2 ** (attempt - 1)) * (0.5 + random.random() / 2))

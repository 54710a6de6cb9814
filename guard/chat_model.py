"""The model seam: what guard needs from a model, and how anything callable is adapted to it.

Anything that takes chat messages and returns a reply is a model: a plain function returning a
string, a function returning an OpenAI-shaped completion (dict or SDK object), or
:class:`~guard.openai_client.OpenAIChat`. :func:`as_model` adapts them all to :class:`ChatModel`,
so the re-ask flow has one thing to call. Tests use the same seam: a scripted function, or the
HTTP client pointed at a real server on 127.0.0.1.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypedDict, Unpack, runtime_checkable

from guard.errors import UpstreamError
from guard.result import Usage

__all__ = [
    "AsyncChatModel",
    "CallOptions",
    "ChatModel",
    "ModelReply",
    "as_async_model",
    "as_model",
    "call_options",
    "parse_completion",
]

Message = Mapping[str, Any]


class CallOptions(TypedDict, total=False):
    """The keyword arguments of ``complete``/``acomplete`` besides the messages."""

    response_format: Mapping[str, Any] | None
    timeout: float | None
    sampling: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class ModelReply:
    """One reply: its text, the usage the endpoint reported, and the raw completion if any."""

    text: str
    usage: Usage = field(default_factory=Usage)
    raw: Any = None
    tool_calls: tuple[dict[str, Any], ...] = ()


@runtime_checkable
class ChatModel(Protocol):
    """A model guard can call synchronously.

    A ``complete`` that also takes ``sampling`` (a mapping such as ``{"temperature": 0.7,
    "max_tokens": 120}``) lets the re-ask flow bound a re-ask and vary one that would repeat.
    """

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


def _malformed(reason: str) -> UpstreamError:
    return UpstreamError(reason, kind="malformed")


def parse_completion(body: Any) -> ModelReply:
    """Read an OpenAI chat completion (dict or SDK object) into a :class:`ModelReply`.

    Raises :class:`UpstreamError` (and nothing else) when the body is not a completion. Fields
    guard does not read (further choices, ``reasoning_content``) stay in ``raw``.
    """
    if hasattr(body, "model_dump") and not isinstance(body, Mapping):
        try:
            body = body.model_dump()
        except Exception:  # an SDK object that cannot dump itself is as good as garbage
            raise _malformed("reply object cannot be read") from None
    if not isinstance(body, Mapping):
        raise _malformed("reply is not a JSON object")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
        raise _malformed("reply has no choices")
    message = choices[0].get("message")
    if not isinstance(message, Mapping):
        raise _malformed("reply's first choice has no message")
    content = message.get("content")
    if content is None:
        content = ""
    if not isinstance(content, str):
        raise _malformed("reply's message content is not text")
    calls = message.get("tool_calls")
    tool_calls = tuple(_tool_call(call, index) for index, call in enumerate(_as_list(calls)))
    return ModelReply(content, _usage(body.get("usage")), dict(body), tool_calls)


def _as_list(calls: Any) -> list[Any]:
    if calls is None:
        return []
    if not isinstance(calls, list):
        raise _malformed("reply's tool_calls is not a list")
    return calls


def _tool_call(call: Any, index: int) -> dict[str, Any]:
    if not isinstance(call, Mapping):
        raise _malformed(f"reply's tool_calls[{index}] is not an object")
    function = call.get("function")
    if not isinstance(function, Mapping) or not isinstance(function.get("name"), str):
        raise _malformed(f"reply's tool_calls[{index}] has no function name")
    arguments = function.get("arguments")
    if isinstance(arguments, Mapping):  # some servers send the object itself
        try:
            arguments = json.dumps(arguments, ensure_ascii=False)
        except (TypeError, ValueError):
            raise _malformed(f"reply's tool_calls[{index}] arguments cannot be read") from None
    elif arguments is None:
        arguments = ""
    if not isinstance(arguments, str):
        raise _malformed(f"reply's tool_calls[{index}] arguments are not text")
    return {**call, "function": {**function, "arguments": arguments}}


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _usage(raw: Any) -> Usage:
    if not isinstance(raw, Mapping):
        return Usage()
    return Usage(_count(raw.get("prompt_tokens")), _count(raw.get("completion_tokens")))


def _to_reply(got: Any) -> ModelReply:
    if isinstance(got, ModelReply):
        return got
    if isinstance(got, str):
        return ModelReply(got)
    return parse_completion(got)


def accepts(fn: Callable[..., Any], name: str) -> bool:
    """True when ``fn`` takes a keyword argument ``name`` (by name or ``**kwargs``)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def call_options(
    method: Callable[..., Any], timeout: float | None, sampling: Mapping[str, Any] | None
) -> dict[str, Any]:
    """Keyword arguments for a model's ``complete``/``acomplete``: ``sampling`` only when the
    model takes it (a protocol-only model is called exactly as the protocol says)."""
    options: dict[str, Any] = {"timeout": timeout}
    if sampling and accepts(method, "sampling"):
        options["sampling"] = dict(sampling)
    return options


class _FunctionModel:
    """Adapts a plain function ``fn(messages, **kwargs)`` to the model protocols.

    The function gets ``response_format`` and ``timeout`` when it takes them, and each
    ``sampling`` entry (``temperature``, ``seed``, ``max_tokens``) it names.
    """

    def __init__(self, fn: Callable[..., Any], supports_response_format: bool = False) -> None:
        self.fn = fn
        self.supports_response_format = supports_response_format
        self._takes_format = accepts(fn, "response_format")
        self._takes_timeout = accepts(fn, "timeout")
        try:
            self._named = set(inspect.signature(fn).parameters)
        except (TypeError, ValueError):
            self._named = set()

    def _kwargs(self, options: CallOptions) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            k: v for k, v in (options.get("sampling") or {}).items() if k in self._named
        }
        if options.get("response_format") is not None and self._takes_format:
            kwargs["response_format"] = options["response_format"]
        if options.get("timeout") is not None and self._takes_timeout:
            kwargs["timeout"] = options["timeout"]
        return kwargs

    def complete(self, messages: Sequence[Message], **options: Unpack[CallOptions]) -> ModelReply:
        got = self.fn(list(messages), **self._kwargs(options))
        if inspect.isawaitable(got):
            close = getattr(got, "close", None)
            if callable(close):
                close()  # no "never awaited" warning
            raise TypeError("this model is async: use the async driver (arun / an async function)")
        return _to_reply(got)

    async def acomplete(self, messages: Sequence[Message], **options: Unpack[CallOptions]) -> ModelReply:
        got = self.fn(list(messages), **self._kwargs(options))
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

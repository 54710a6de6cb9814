"""Where the chat lives in request and response bodies: OpenAI Chat Completions by default.

The exchange reads requests and writes replies only through a :class:`ChatAdapter`, so an app
whose bodies have another shape subclasses it and keeps every guarantee.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from guard.chat_request import check_chat_request
from guard.llm import ModelReply, parse_completion
from guard.openai_wire import drop_unchecked, replay_as_stream, with_reply
from guard.result import Usage

__all__ = ["ChatAdapter"]


class ChatAdapter:
    """Where the chat lives in request and response bodies. Subclass for other shapes.

    The exchange works on the internal chat form (OpenAI Chat Completions messages and tools):
    an adapter for another API converts its requests to that form in :meth:`checked` and writes
    replies, streams and errors in its own shapes (:meth:`with_reply`, :meth:`replay`,
    :meth:`error_body`).
    """

    #: Can the upstream's own event stream be validated as it comes (OpenAI chunks)? When not,
    #: streams are answered buffered: the whole reply judged, then replayed as events.
    incremental_streams: bool = True

    def messages(self, body: Any) -> list[dict[str, Any]] | None:
        """The chat messages of a request body, or None when it is not a chat request (a body
        with a ``messages`` key is one, whatever its shape: :meth:`checked` judges the shape)."""
        if not isinstance(body, dict) or "messages" not in body:
            return None
        messages = body["messages"]
        return messages if isinstance(messages, list) else []

    def checked(self, body: Any, *, max_messages: int) -> dict[str, Any]:
        """The request body checked against the shapes the API accepts, roles canonical.
        Raises :class:`guard.chat_request.RequestProblem`."""
        return check_chat_request(body, max_messages=max_messages)

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

    def drop_unchecked(self, body: Any) -> tuple[Any, list[str]]:
        """A copy of a response body without the parts no check judged (reasoning fields,
        refusals, extra choices), and their names for the ``x-guard-dropped`` header."""
        return drop_unchecked(body)

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

    def error_body(self, status: int, body: Mapping[str, Any]) -> Any:
        """An error answer in this API's shape, from guard's OpenAI-shaped ``body``."""
        return body

    def wire_stream(self, events: AsyncIterator[bytes], request: Mapping[str, Any]) -> AsyncIterator[bytes]:
        """A validated incremental stream (OpenAI chunk events) in this API's event shape."""
        return events

    def replay(
        self,
        text: str,
        *,
        completion: Mapping[str, Any],
        request: Mapping[str, Any],
        usage: Usage,
        guard: Mapping[str, Any],
        tool_calls: Sequence[Mapping[str, Any]] | None = None,
    ) -> list[bytes]:
        """The server-sent events of an accepted reply (buffered streams)."""
        return replay_as_stream(
            text, completion=completion, request=request, usage=usage, guard=guard, tool_calls=tool_calls
        )

"""The model seam and the OpenAI-compatible HTTP client, under their historical name.

The seam (:class:`ModelReply`, :class:`ChatModel`, :class:`AsyncChatModel`, :func:`as_model`,
:func:`as_async_model`, :func:`parse_completion`) lives in :mod:`guard.chat_model`; the client
(:class:`OpenAIChat`) in :mod:`guard.openai_client`. Importing them from here keeps working.
"""

from __future__ import annotations

from guard.chat_model import (
    AsyncChatModel,
    ChatModel,
    ModelReply,
    as_async_model,
    as_model,
    parse_completion,
)
from guard.openai_client import OpenAIChat, parse_retry_after

__all__ = [
    "AsyncChatModel",
    "ChatModel",
    "ModelReply",
    "OpenAIChat",
    "as_async_model",
    "as_model",
    "parse_completion",
    "parse_retry_after",
]

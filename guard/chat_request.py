"""A chat request as it arrives on the wire: parsed with limits, checked against the shapes the
OpenAI Chat Completions API accepts, and normalised the way the upstream will read it.

Every surface that takes a request body (the proxy, the middleware) goes through here, so a text
guard cannot see never reaches the model: a content shape, a part type or a role it does not know
is refused with a located 400 instead of being forwarded unscreened.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "KNOWN_ROLES",
    "MAX_JSON_DEPTH",
    "RequestProblem",
    "canonical_role",
    "chat_form",
    "check_chat_request",
    "check_message",
    "parse_json",
]

#: Roles the Chat Completions API takes today (``function`` is deprecated and refused: its text
#: would reach the model under a role no policy names).
KNOWN_ROLES = frozenset({"system", "developer", "user", "assistant", "tool"})
#: Nesting allowed in a request body: far above any real request, far below what makes the JSON
#: decoder or a schema validator recurse out of stack.
MAX_JSON_DEPTH = 64

# Part types per role, as the API documents them.
_PARTS: dict[str, frozenset[str]] = {
    "system": frozenset({"text"}),
    "developer": frozenset({"text"}),
    "user": frozenset({"text", "image_url", "input_audio", "file"}),
    "assistant": frozenset({"text", "refusal"}),
    "tool": frozenset({"text"}),
}
# The field each non-text part must carry, as an object.
_PART_OBJECTS = {"image_url": "image_url", "input_audio": "input_audio", "file": "file"}


class RequestProblem(Exception):
    """The request cannot be served as it is: an HTTP status and a located, value-free message."""

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None, status: int = 400):
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code
        self.status = status


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(raw: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse a request body. ``NaN``/``Infinity`` literals, invalid UTF-8 and nesting deeper than
    ``max_depth`` are refused with :class:`RequestProblem` (400)."""
    try:
        value = json.loads(raw, parse_constant=_reject_constant)
    except RecursionError:
        raise RequestProblem(
            f"request body is nested deeper than {max_depth} levels", code="invalid_json"
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise RequestProblem(f"request body is not valid JSON{where}", code="invalid_json") from None
    if _depth_exceeds(value, max_depth):
        raise RequestProblem(f"request body is nested deeper than {max_depth} levels", code="invalid_json")
    return value


def _depth_exceeds(value: Any, limit: int) -> bool:
    # Iterative: the point is to refuse what would make recursive code (validators) blow up.
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def canonical_role(role: Any) -> str | None:
    """The role as the upstream will read it (case and surrounding space ignored), or None when
    it is not a role the API knows."""
    if not isinstance(role, str):
        return None
    folded = role.strip().lower()
    return folded if folded in KNOWN_ROLES else None


def check_chat_request(body: Any, *, max_messages: int) -> dict[str, Any]:
    """Check a Chat Completions request body; return a copy whose messages carry canonical roles.

    Raises :class:`RequestProblem` naming the first location that is not a shape the API accepts.
    """
    if not isinstance(body, dict):
        raise RequestProblem("request body must be a JSON object", code="invalid_request")
    for key in ("stream", "logprobs", "parallel_tool_calls", "store"):
        if body.get(key) is not None and not isinstance(body[key], bool):
            raise RequestProblem(f"{key} must be true or false", param=key)
    n = body.get("n")
    if n is not None and (type(n) is not int or n != 1):
        raise RequestProblem("guard validates one choice per request: n must be 1", param="n")
    for key in ("stream_options", "response_format"):
        if body.get(key) is not None and not isinstance(body[key], dict):
            raise RequestProblem(f"{key} must be an object", param=key)
    _check_tools(body.get("tools"))
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise RequestProblem("messages must be a non-empty list", param="messages")
    if len(messages) > max_messages:
        raise RequestProblem(
            f"too many messages: the limit is {max_messages}", param="messages", code="too_many_messages"
        )
    checked = [check_message(message, index) for index, message in enumerate(messages)]
    return {**body, "messages": checked}


def chat_form(
    model: str,
    messages: list[dict[str, Any]],
    tools: list[dict[str, Any]] | None,
    stream: bool,
    *,
    max_messages: int,
) -> dict[str, Any]:
    """A request of another API (Anthropic Messages, OpenAI Responses) in the chat form the
    exchange works on, checked like any chat request."""
    internal: dict[str, Any] = {"model": model, "messages": messages}
    if tools:
        internal["tools"] = tools
    if stream:
        internal["stream"] = True
    return check_chat_request(internal, max_messages=max_messages)


def _check_tools(tools: Any) -> None:
    if tools is None:
        return
    if not isinstance(tools, list):
        raise RequestProblem("tools must be a list", param="tools")
    for index, tool in enumerate(tools):
        where = f"tools[{index}]"
        function = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise RequestProblem(f"{where} must be a function tool with a name", param=where)
        if function.get("description") is not None and not isinstance(function["description"], str):
            raise RequestProblem(f"{where}.function.description must be a string", param=where)
        if function.get("parameters") is not None and not isinstance(function["parameters"], dict):
            raise RequestProblem(f"{where}.function.parameters must be an object", param=where)


def check_message(message: Any, index: int) -> dict[str, Any]:
    """Check one message (``messages[index]``); return it with its role canonical. Raises
    :class:`RequestProblem` naming the first location the API would not accept."""
    where = f"messages[{index}]"
    if not isinstance(message, dict):
        raise RequestProblem(f"{where} must be an object", param=where)
    role = canonical_role(message.get("role"))
    if role is None:
        raise RequestProblem(
            f"{where}.role must be one of {', '.join(sorted(KNOWN_ROLES))}", param=f"{where}.role"
        )
    if message.get("name") is not None and not isinstance(message["name"], str):
        raise RequestProblem(f"{where}.name must be a string", param=f"{where}.name")
    content = message.get("content")
    if content is None:
        if role != "assistant":
            raise RequestProblem(f"{where}.content is required", param=f"{where}.content")
    elif isinstance(content, list):
        for part_index, part in enumerate(content):
            _check_part(part, role, f"{where}.content[{part_index}]")
    elif not isinstance(content, str):
        raise RequestProblem(f"{where}.content must be a string or a list of parts", param=f"{where}.content")
    if role == "assistant":
        _check_history_calls(message.get("tool_calls"), where)
        if message.get("refusal") is not None and not isinstance(message["refusal"], str):
            raise RequestProblem(f"{where}.refusal must be a string", param=f"{where}.refusal")
    elif "tool_calls" in message:
        raise RequestProblem(
            f"{where}: only assistant messages carry tool_calls", param=f"{where}.tool_calls"
        )
    return message if message.get("role") == role else {**message, "role": role}


def _check_part(part: Any, role: str, where: str) -> None:
    kind = part.get("type") if isinstance(part, Mapping) else None
    if not isinstance(kind, str) or kind not in _PARTS[role]:
        allowed = ", ".join(sorted(_PARTS[role]))
        raise RequestProblem(f"{where} must be a part of type {allowed}", param=where)
    if kind in ("text", "refusal"):
        if not isinstance(part.get(kind), str):
            raise RequestProblem(f"{where}.{kind} must be a string", param=f"{where}.{kind}")
    elif not isinstance(part.get(_PART_OBJECTS[kind]), dict):
        raise RequestProblem(f"{where}.{kind} must be an object", param=f"{where}.{kind}")


def _check_history_calls(calls: Any, where: str) -> None:
    if calls is None:
        return
    if not isinstance(calls, list):
        raise RequestProblem(f"{where}.tool_calls must be a list", param=f"{where}.tool_calls")
    for index, call in enumerate(calls):
        at = f"{where}.tool_calls[{index}]"
        function = call.get("function") if isinstance(call, dict) else None
        if (
            not isinstance(function, dict)
            or not isinstance(function.get("name"), str)
            or not isinstance(function.get("arguments", ""), str)
        ):
            raise RequestProblem(f"{at} must be a function call with a name and string arguments", param=at)

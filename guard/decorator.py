"""Surface 1: ``@guarded(policy)`` on any sync or async function that calls a model.

The function takes chat messages (a ``messages`` parameter) and returns the model's reply: a
string, or an OpenAI-shaped completion (dict or SDK object). The wrapper screens the messages,
calls the function, validates the reply and re-asks by calling the function again with the
re-ask messages, then returns the accepted value: a model instance when the policy has a
Pydantic schema, the parsed JSON for a JSON Schema, the text otherwise.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from os import PathLike
from typing import Any, Generic, Literal, ParamSpec, TypeVar, overload

from guard.policy import Policy, load_policy
from guard.reask import Approver, arun, run
from guard.result import Outcome

__all__ = ["guarded"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class guarded(Generic[T]):  # used as a decorator, so named like a function
    """Guard a function that calls a model. Accepts a :class:`Policy` or a policy file path.

    A function with a ``tools`` parameter has the tool calls in its replies validated against
    those tools; the accepted value is then the list of calls (arguments repaired).
    ``approver`` decides replies a check marks ``approve``.
    ``return_outcome=True`` returns the whole :class:`~guard.result.Outcome` (attempts, usage,
    violations) instead of the value. ``returns=Model`` types the wrapper for type checkers
    (``guarded(policy, returns=Ticket)`` makes the decorated function return ``Ticket``) and is
    checked: the policy's schema must be that Pydantic model. Raises :class:`~guard.errors.InputBlocked`,
    :class:`~guard.errors.ReaskExhausted` or :class:`~guard.errors.UpstreamError`.
    """

    @overload
    def __init__(
        self: guarded[Any],
        policy: Policy | str | PathLike[str],
        *,
        messages_arg: str = ...,
        return_outcome: Literal[False] = ...,
        approver: Approver | None = ...,
    ) -> None: ...

    @overload
    def __init__(
        self: guarded[T],
        policy: Policy | str | PathLike[str],
        *,
        returns: type[T],
        messages_arg: str = ...,
        approver: Approver | None = ...,
    ) -> None: ...

    @overload
    def __init__(
        self: guarded[Outcome],
        policy: Policy | str | PathLike[str],
        *,
        return_outcome: Literal[True],
        messages_arg: str = ...,
        approver: Approver | None = ...,
    ) -> None: ...

    def __init__(
        self,
        policy: Policy | str | PathLike[str],
        *,
        returns: type[Any] | None = None,
        messages_arg: str = "messages",
        return_outcome: bool = False,
        approver: Approver | None = None,
    ) -> None:
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.approver = approver
        self.messages_arg = messages_arg
        self.return_outcome = return_outcome
        schema_model = getattr(self.policy.schema, "pydantic", None)
        if returns is not None and schema_model is not returns:
            raise TypeError(f"returns={returns.__name__}, but the policy's schema is not that Pydantic model")

    @overload
    def __call__(self, fn: Callable[P, Awaitable[Any]]) -> Callable[P, Awaitable[T]]: ...

    @overload
    def __call__(self, fn: Callable[P, Any]) -> Callable[P, T]: ...

    def __call__(self, fn: Callable[P, Any]) -> Callable[P, Any]:
        signature = inspect.signature(fn)
        if self.messages_arg not in signature.parameters:
            raise TypeError(f"{fn.__qualname__} has no {self.messages_arg!r} parameter to guard")
        takes_format = "response_format" in signature.parameters
        policy, name, outcome_only, approver = (
            self.policy,
            self.messages_arg,
            self.return_outcome,
            self.approver,
        )

        def call_with(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Callable[..., Any], Any]:
            bound = signature.bind(*args, **kwargs)
            messages = bound.arguments[name]
            tools = bound.arguments.get("tools")

            def model(
                new_messages: list[dict[str, Any]], response_format: dict[str, Any] | None = None
            ) -> Any:
                call = signature.bind(*args, **kwargs)
                call.arguments[name] = new_messages
                if response_format is not None and takes_format:
                    call.arguments["response_format"] = response_format
                return fn(*call.args, **call.kwargs)

            model.supports_response_format = takes_format  # type: ignore[attr-defined]
            return messages, model, tools if isinstance(tools, list) else None

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                messages, model, tools = call_with(args, kwargs)
                outcome = await arun(policy, model, messages, tools=tools, approver=approver)
                return outcome if outcome_only else outcome.value

            return async_wrapper

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
            messages, model, tools = call_with(args, kwargs)
            outcome = run(policy, model, messages, tools=tools, approver=approver)
            return outcome if outcome_only else outcome.value

        return wrapper

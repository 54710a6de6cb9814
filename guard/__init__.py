"""guard: guardrails and output validation for applications that call language models.

``import guard`` is light: detectors and their models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from guard.errors import (
    CheckError,
    GuardError,
    InputBlocked,
    PolicyError,
    PolicyProblem,
    ReaskExhausted,
    UpstreamError,
    ViolationError,
)
from guard.result import Action, Attempt, CheckResult, Context, Outcome, Usage, Verdict, Violation

if TYPE_CHECKING:
    from guard.checks.base import BaseCheck, check
    from guard.decorator import guarded
    from guard.engine import Engine, engine_for
    from guard.llm import AsyncChatModel, ChatModel, ModelReply, OpenAIChat
    from guard.middleware import ChatAdapter, GuardMiddleware
    from guard.policy import Policy, ReaskConfig, ToolPolicy, load_policy
    from guard.reask import Approve, Approver, arun, run

__version__ = "0.1.0"

__all__ = [
    "Action",
    "Approve",
    "Approver",
    "AsyncChatModel",
    "Attempt",
    "BaseCheck",
    "ChatAdapter",
    "ChatModel",
    "CheckError",
    "CheckResult",
    "Context",
    "Engine",
    "GuardError",
    "GuardMiddleware",
    "InputBlocked",
    "ModelReply",
    "OpenAIChat",
    "Outcome",
    "Policy",
    "PolicyError",
    "PolicyProblem",
    "ReaskConfig",
    "ReaskExhausted",
    "ToolPolicy",
    "UpstreamError",
    "Usage",
    "Verdict",
    "Violation",
    "ViolationError",
    "arun",
    "check",
    "engine_for",
    "guarded",
    "load_policy",
    "run",
]

_LAZY = {
    "BaseCheck": "guard.checks.base",
    "check": "guard.checks.base",
    "Engine": "guard.engine",
    "engine_for": "guard.engine",
    "Policy": "guard.policy",
    "ReaskConfig": "guard.policy",
    "ToolPolicy": "guard.policy",
    "load_policy": "guard.policy",
    "AsyncChatModel": "guard.llm",
    "ChatModel": "guard.llm",
    "ModelReply": "guard.llm",
    "OpenAIChat": "guard.llm",
    "Approve": "guard.reask",
    "Approver": "guard.reask",
    "run": "guard.reask",
    "arun": "guard.reask",
    "guarded": "guard.decorator",
    "ChatAdapter": "guard.middleware",
    "GuardMiddleware": "guard.middleware",
}


def __getattr__(name: str) -> Any:
    # Pydantic model construction (the checks, the policy) and httpx2 cost most of the import
    # time; they load on first use so `import guard` stays cheap for code that only needs types.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'guard' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

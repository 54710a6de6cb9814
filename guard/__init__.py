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
    ReaskExhausted,
    UpstreamError,
    ViolationError,
)
from guard.result import Action, Attempt, CheckResult, Outcome, Usage, Verdict, Violation

if TYPE_CHECKING:
    from guard.checks.base import BaseCheck, Context, check
    from guard.decorator import guarded
    from guard.llm import ModelReply, OpenAIChat
    from guard.middleware import GuardMiddleware
    from guard.policy import Policy, ReaskConfig, load_policy
    from guard.reask import arun, run

__version__ = "0.1.0"

__all__ = [
    "Action",
    "Attempt",
    "BaseCheck",
    "CheckError",
    "CheckResult",
    "Context",
    "GuardError",
    "GuardMiddleware",
    "InputBlocked",
    "ModelReply",
    "OpenAIChat",
    "Outcome",
    "Policy",
    "PolicyError",
    "ReaskConfig",
    "ReaskExhausted",
    "UpstreamError",
    "Usage",
    "Verdict",
    "Violation",
    "ViolationError",
    "arun",
    "check",
    "guarded",
    "load_policy",
    "run",
]

_LAZY = {
    "BaseCheck": "guard.checks.base",
    "Context": "guard.checks.base",
    "check": "guard.checks.base",
    "Policy": "guard.policy",
    "ReaskConfig": "guard.policy",
    "load_policy": "guard.policy",
    "ModelReply": "guard.llm",
    "OpenAIChat": "guard.llm",
    "run": "guard.reask",
    "guarded": "guard.decorator",
    "GuardMiddleware": "guard.middleware",
    "arun": "guard.reask",
}


def __getattr__(name: str) -> Any:
    # Pydantic model construction (the checks, the policy) and httpx2 cost most of the import
    # time; they load on first use so `import guard` stays cheap for code that only needs types.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'guard' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

"""The exception tree. ``str()`` of any guard error is safe to log: no raw input, no secrets.

::

    GuardError
    ├── PolicyError            the policy is wrong: raised at load time, with every location
    ├── CheckError             a check could not run (fails closed unless on_error: allow)
    ├── UpstreamError          the model endpoint failed (timeout, 5xx, malformed reply)
    └── ViolationError         content was rejected; carries the Verdict
        ├── InputBlocked
        └── ReaskExhausted     carries every attempt and the best one
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from guard.result import Attempt, Usage, Verdict, Violation, format_loc, total_usage

__all__ = [
    "CheckError",
    "GuardError",
    "InputBlocked",
    "PolicyError",
    "PolicyProblem",
    "ReaskExhausted",
    "UpstreamError",
    "ViolationError",
]


class GuardError(Exception):
    """Base of every error guard raises on purpose."""


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One located problem in a policy: ``output.checks[2].treshold: unknown key``."""

    loc: str
    message: str

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}" if self.loc else self.message


class PolicyError(GuardError):
    """The policy cannot be used. Lists every problem found, each with its location."""

    def __init__(self, problems: Sequence[PolicyProblem], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        where = f" in {source}" if source else ""
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''}{where}:"]
        lines += [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


class CheckError(GuardError):
    """A check could not run at all (missing model, crash). Fails closed by default."""

    def __init__(self, check: str, reason: str) -> None:
        self.check = check
        self.reason = reason
        super().__init__(f"check {check!r} could not run: {reason}")


class UpstreamError(GuardError):
    """The model endpoint failed: timeout, error status, unreachable, or a malformed reply."""

    def __init__(
        self, reason: str, *, status: int | None = None, kind: str = "upstream", body: bytes | None = None
    ) -> None:
        self.reason = reason
        self.status = status
        self.kind = kind
        #: The endpoint's own error body (may echo the request: relay it to the caller, never log it).
        self.body = body
        super().__init__(f"model endpoint failed: {reason}")


class ViolationError(GuardError):
    """Content was rejected. Carries the verdict that rejected it."""

    def __init__(self, verdict: Verdict, summary: str) -> None:
        self.verdict = verdict
        super().__init__(f"{summary}: {_describe(verdict.violations)}")

    @property
    def violations(self) -> tuple[Violation, ...]:
        """The violations that caused the rejection (and any recorded alongside)."""
        return self.verdict.violations


class InputBlocked(ViolationError):
    """An untrusted message was rejected before the model saw it."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(verdict, "input blocked")


class ReaskExhausted(ViolationError):
    """The reply never conformed within the budget. Carries every attempt and the best one."""

    def __init__(self, attempts: Sequence[Attempt], best: Attempt, reason: str) -> None:
        self.attempts = tuple(attempts)
        self.best = best
        self.reason = reason
        super().__init__(
            best.verdict,
            f"reply rejected after {len(self.attempts)} attempt(s) ({reason})",
        )

    @property
    def usage(self) -> Usage:
        """Usage summed over every attempt."""
        return total_usage(self.attempts)


def _describe(violations: Sequence[Violation]) -> str:
    parts = [
        f"{v.type} at {format_loc(v.loc)} ({v.check})"
        for v in violations
        if v.action is None or v.action.rejects
    ]
    if not parts:
        parts = [f"{v.type} at {format_loc(v.loc)} ({v.check})" for v in violations]
    return "; ".join(parts[:10]) + (f"; and {len(parts) - 10} more" if len(parts) > 10 else "")

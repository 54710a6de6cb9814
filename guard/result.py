"""Value types shared by every layer: actions, violations, check results, verdicts, attempts.

Checks *report* (a :class:`CheckResult`); the engine *decides* (a :class:`Verdict`). Nothing in
this module holds a raw offending value: messages are written for people and for the re-ask
prompt, and may be logged.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Action",
    "Attempt",
    "CheckResult",
    "Context",
    "Loc",
    "Outcome",
    "Usage",
    "Verdict",
    "Violation",
    "format_loc",
    "strictest",
    "total_usage",
]

Loc = tuple[str | int, ...]
"""Where a violation is: JSON path segments, or ``("messages", index, "content")``."""

Stage = Literal["input", "output"]
"""Where a check runs: on what goes into the model, or on what comes out of it."""


class Action(enum.StrEnum):
    """What the engine does about a failed check, mildest first.

    ``approve`` (output only) passes the content only if an approver the surface was given says
    yes (a Python callable, or a webhook for the proxy); without one it blocks.
    """

    ALLOW = "allow"
    WARN = "warn"
    FIX = "fix"
    APPROVE = "approve"
    REASK = "reask"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        """Rank used to pick the strictest action in a stage."""
        return _SEVERITY[self]

    @property
    def rejects(self) -> bool:
        """True when content with this action does not pass as it is (reask, block)."""
        return self in (Action.APPROVE, Action.REASK, Action.BLOCK)

    def __str__(self) -> str:
        return self.value


# approve sits below reask: a reply that must be re-asked is not worth showing an approver.
_SEVERITY = {
    Action.ALLOW: 0,
    Action.WARN: 1,
    Action.FIX: 2,
    Action.APPROVE: 3,
    Action.REASK: 4,
    Action.BLOCK: 5,
}


def strictest(actions: Sequence[Action]) -> Action:
    """Return the strictest action, ``ALLOW`` for none."""
    best = Action.ALLOW
    for action in actions:
        if action.severity > best.severity:
            best = action
    return best


def format_loc(loc: Loc) -> str:
    """Render a location the way people read it: ``messages[2].content`` or ``$.items[0].price``."""
    if not loc:
        return "$"
    out: list[str] = []
    for part in loc:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif out:
            out.append(f".{part}")
        else:
            out.append(part)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Violation:
    """One problem a check found, shaped like a Pydantic error.

    ``type`` is a stable snake_case code for programs to branch on; ``message`` is for people and
    for the re-ask prompt and never contains the raw offending value; ``action`` is filled in by
    the engine from the check's ``on_fail``.
    """

    type: str
    message: str
    check: str = ""
    loc: Loc = ()
    span: tuple[int, int] | None = None
    score: float | None = None
    action: Action | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (what the CLI, the proxy and logs print)."""
        out: dict[str, Any] = {
            "type": self.type,
            "check": self.check,
            "message": self.message,
            "loc": format_loc(self.loc),
        }
        if self.action is not None:
            out["action"] = self.action.value
        if self.span is not None:
            out["span"] = list(self.span)
        if self.score is not None:
            out["score"] = round(self.score, 4)
        return out


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What one check reports about one text.

    ``fixed`` is the check's repaired text, ``None`` when it cannot repair. ``repaired`` means the
    fix resolves every violation deterministically (extracted or repaired JSON), so the engine
    applies it as a ``fix`` whatever ``on_fail`` says: cheap repairs come before a re-ask.
    ``value`` is a parsed structured value (schema checks).
    """

    violations: tuple[Violation, ...] = ()
    fixed: str | None = None
    repaired: bool = False
    value: Any = None

    @property
    def ok(self) -> bool:
        """True when the check found nothing."""
        return not self.violations


@dataclass(slots=True)
class Context:
    """Per-call information handed to a check.

    ``state`` is shared by every check of one request (the pseudonym vault and the timings live
    there); checks themselves stay stateless so one policy serves many requests at once.
    """

    stage: Stage = "input"
    loc: Loc = ()
    role: str | None = None
    state: dict[str, Any] = field(default_factory=dict)
    #: True while a streamed reply is still arriving: checks that can only judge a whole text
    #: (minimum lengths, required patterns) wait for the final call.
    partial: bool = False

    def at(self, loc: Loc, role: str | None = None) -> Context:
        """A context for a part of the request (one message), sharing the request state."""
        return Context(stage=self.stage, loc=loc, role=role, state=self.state, partial=self.partial)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The engine's decision about one stage.

    ``action`` is the strictest action; ``text`` the text (fixed when a fix applied); ``value``
    the accepted structured value when the stage has a schema, else the accepted text (None when
    rejected); ``messages`` the screened messages with fixes applied and ``tools`` the request's
    tools when a fix changed one (input stage); ``tool_calls`` the reply's tool calls with
    repaired arguments (empty when it called none).
    """

    action: Action
    violations: tuple[Violation, ...] = ()
    text: str | None = None
    value: Any = None
    messages: tuple[dict[str, Any], ...] | None = None
    tool_calls: tuple[dict[str, Any], ...] = ()
    tools: tuple[dict[str, Any], ...] | None = None

    @property
    def allowed(self) -> bool:
        """True when the content may pass (allow, warn or fix)."""
        return not self.action.rejects

    @property
    def fixed(self) -> bool:
        """True when a fix changed the content."""
        return self.action is Action.FIX


@dataclass(frozen=True, slots=True)
class Usage:
    """Token usage reported by the model, summed where several calls were made."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )

    def to_dict(self) -> dict[str, int]:
        """OpenAI's usage shape."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }


@dataclass(frozen=True, slots=True)
class Attempt:
    """One model call inside the re-ask loop: the reply, what the engine said, what it cost."""

    index: int
    reply: str
    verdict: Verdict
    usage: Usage = field(default_factory=Usage)
    elapsed_s: float = 0.0
    structured: bool = False
    raw: Any = None

    @property
    def accepted(self) -> bool:
        """True when this attempt's reply passed."""
        return self.verdict.allowed


def total_usage(attempts: Sequence[Attempt]) -> Usage:
    """Usage summed over ``attempts``."""
    total = Usage()
    for attempt in attempts:
        total = total + attempt.usage
    return total


@dataclass(frozen=True, slots=True)
class Outcome:
    """An accepted reply: the validated value, the final text, and every attempt it took."""

    value: Any
    text: str
    attempts: tuple[Attempt, ...]
    input_verdict: Verdict | None = None
    #: The accepted reply's tool calls (arguments repaired and validated), when it called tools.
    tool_calls: tuple[dict[str, Any], ...] = ()

    @property
    def usage(self) -> Usage:
        """Usage summed over every attempt."""
        return total_usage(self.attempts)

    @property
    def verdict(self) -> Verdict:
        """The verdict of the accepted attempt."""
        return self.attempts[-1].verdict

    @property
    def completion(self) -> dict[str, Any]:
        """The accepted attempt's raw completion body (empty when the model returned plain text)."""
        raw = self.attempts[-1].raw
        return raw if isinstance(raw, dict) else {}

    def overall(self, screened: Verdict | None = None) -> tuple[Action, tuple[Violation, ...]]:
        """The action and every violation of the whole exchange. ``screened`` is input screening
        a surface did before the flow (the flow's own screening is already in ``violations``)."""
        if screened is None or self.input_verdict is not None:
            first = self.input_verdict.action if self.input_verdict is not None else Action.ALLOW
            return strictest([first, self.verdict.action]), self.violations
        return strictest([screened.action, self.verdict.action]), (*screened.violations, *self.violations)

    @property
    def violations(self) -> tuple[Violation, ...]:
        """Every violation recorded on the way, input screening included."""
        found: list[Violation] = []
        if self.input_verdict is not None:
            found.extend(self.input_verdict.violations)
        for attempt in self.attempts:
            found.extend(attempt.verdict.violations)
        return tuple(found)

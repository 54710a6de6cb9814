"""The sections of a policy that are plain settings: the re-ask budget and the tool-call rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from guard.checks.base import BaseCheck, dump_check
from guard.result import Action

__all__ = ["ReaskConfig", "ToolPolicy"]


class ReaskConfig(BaseModel):
    """The re-ask budget and strategy (the ``reask:`` section)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_attempts: int = Field(3, ge=1, le=20, description="total model calls, the first included")
    max_total_tokens: int | None = Field(8000, ge=1, description="prompt + completion over all attempts")
    deadline_s: float = Field(30.0, gt=0, description="wall-clock budget for the whole exchange")
    strategy: Literal["prompt", "structured", "auto"] = Field(
        "auto",
        description="prompt: feedback only; structured: also send the schema as response_format; "
        "auto: structured when the model endpoint supports it",
    )
    constrain: Literal["first", "reask", "never"] = Field(
        "first",
        description="when a structured strategy sends the schema for constrained decoding: "
        "first: every call, the first included; reask: re-asks only; never: not at all (the "
        "re-ask still describes the expected shape in its feedback)",
    )


@dataclass(frozen=True)
class ToolPolicy:
    """Rules for tool calls in replies (the ``tools:`` section).

    Every call's ``arguments`` are parsed (with the same extraction and repair as replies) and
    validated against the ``parameters`` schema the request declared for that tool; a call to an
    undeclared tool is a violation; ``forbid`` lists tools that may never be called (blocks);
    ``calls`` adds checks per tool, run on the arguments JSON (use ``at:`` for one argument).
    """

    forbid: tuple[str, ...] = ()
    on_fail: Action = Action.REASK
    calls: Mapping[str, tuple[BaseCheck, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """YAML v1 data."""
        return {
            "forbid": list(self.forbid),
            "on_fail": self.on_fail.value,
            "calls": {
                name: {"checks": [dump_check(c) for c in checks]} for name, checks in self.calls.items()
            },
        }

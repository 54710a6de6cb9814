"""Validating a reply while it streams.

Two modes, chosen per request by :func:`stream_mode`:

- ``buffered``: when the policy can re-ask (a schema, or any output check with ``on_fail:
  reask``) or a check needs the whole text, the reply is collected, validated (and re-asked),
  and only the accepted reply is streamed to the client;
- ``incremental``: otherwise chunks pass through as they arrive, with a hold-back window as long
  as the longest match any check needs, so a value split across chunks (an email in two pieces)
  is still redacted or blocked before any of it leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from guard.checks.base import BaseCheck, Context
from guard.engine import Engine
from guard.result import Action, Verdict, Violation

__all__ = ["StreamMode", "StreamValidator", "stream_mode", "stream_window"]

StreamMode = Literal["buffered", "incremental"]


def stream_window(checks: Sequence[BaseCheck]) -> int | None:
    """The hold-back a set of checks needs, or None when one of them needs the whole text."""
    windows = [chk.stream_window() for chk in checks]
    if any(window is None for window in windows):
        return None
    return max((w for w in windows if w is not None), default=0)


def stream_mode(engine: Engine) -> StreamMode:
    """``buffered`` when the policy can re-ask or a check cannot judge a partial text."""
    policy = engine.policy
    if policy.schema is not None or any(c.on_fail is Action.REASK for c in policy.output):
        return "buffered"
    return "incremental" if stream_window(policy.output) is not None else "buffered"


class StreamValidator:
    """Feeds streamed text through the output checks and says what may be released.

    ``feed`` returns the text that is safe to send now (possibly fixed: redacted); once a check
    rejects, :attr:`verdict` holds the rejection and nothing more is released. ``finish`` judges
    the whole text and returns the rest. A reask in incremental mode cannot happen (the text is
    already partly sent), so it counts as a block.
    """

    def __init__(self, engine: Engine, ctx: Context | None = None, *, check_every: int = 16) -> None:
        window = stream_window(engine.policy.output)
        if window is None:
            raise ValueError("these checks need the whole text: use buffered mode")
        self.engine = engine
        self.window = window
        self.check_every = check_every
        self.ctx = ctx or Context(stage="output")
        self.text = ""
        self.emitted = ""
        self.verdict: Verdict | None = None
        self._unchecked = 0

    @property
    def rejected(self) -> bool:
        """True once a check has rejected the stream."""
        return self.verdict is not None and not self.verdict.allowed

    def feed(self, delta: str) -> str:
        """Add streamed text; return what may be sent now."""
        if self.rejected or not delta:
            return ""
        self.text += delta
        self._unchecked += len(delta)
        if self.window and self._unchecked < self.check_every:
            return ""  # judging costs a pass over the text; with a window, batch small deltas
        return self._judge(final=False)

    def finish(self) -> str:
        """The stream ended: judge the whole text and return what is left to send."""
        if self.rejected:
            return ""
        return self._judge(final=True)

    def _judge(self, *, final: bool) -> str:
        self._unchecked = 0
        ctx = replace(self.ctx, partial=not final)
        verdict = self.engine.run_checks(self.engine.policy.output, self.text, ctx)
        self.verdict = _as_stream_verdict(verdict)
        if self.rejected:
            return ""
        fixed = verdict.text if verdict.text is not None else self.text
        if not fixed.startswith(self.emitted):
            # A fix reached back into text already sent: the window was too short for this
            # value. Fail closed for the rest of the stream rather than send a half-fixed reply.
            late = Violation(
                "stream_fix_too_late",
                "a fix would change text that was already streamed; the stream was stopped",
                "guard",
                action=Action.BLOCK,
            )
            self.verdict = Verdict(Action.BLOCK, (*verdict.violations, late), fixed)
            return ""
        upto = len(fixed) if final else max(len(self.emitted), len(fixed) - self.window)
        out = fixed[len(self.emitted) : upto]
        self.emitted += out
        return out


def _as_stream_verdict(verdict: Verdict) -> Verdict:
    if verdict.action is not Action.REASK:
        return verdict
    violations = tuple(
        replace(v, action=Action.BLOCK) if v.action is Action.REASK else v for v in verdict.violations
    )
    return Verdict(Action.BLOCK, violations, verdict.text, verdict.value)

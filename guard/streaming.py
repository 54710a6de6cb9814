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

import json
import logging
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Sequence
from dataclasses import replace
from typing import Any, Literal

from guard.checks.base import BaseCheck
from guard.decision import run_checks
from guard.engine import Engine
from guard.errors import UpstreamError
from guard.http_errors import summary
from guard.openai_wire import DONE, SSEDecoder, sse, stream_chunk, stream_error
from guard.result import Action, Context, Verdict, Violation, strictest
from guard.vault import StreamRestorer

__all__ = [
    "StreamMode",
    "StreamValidator",
    "guard_event_stream",
    "stream_mode",
    "stream_outcome",
    "stream_window",
]

StreamMode = Literal["buffered", "incremental"]
log = logging.getLogger("guard.stream")
_UNCHECKED_DELTA = frozenset({"content", "reasoning_content", "reasoning", "refusal", "tool_calls"})


def stream_window(checks: Sequence[BaseCheck]) -> int | None:
    """The hold-back a set of checks needs, or None when one of them needs the whole text."""
    windows = [chk.stream_window() for chk in checks]
    if any(window is None for window in windows):
        return None
    return max((w for w in windows if w is not None), default=0)


def stream_mode(engine: Engine) -> StreamMode:
    """``buffered`` when the policy can re-ask or a check cannot judge a partial text."""
    policy = engine.policy
    # approve: the approver judges the whole reply before any of it leaves.
    if policy.schema is not None or any(c.on_fail in (Action.REASK, Action.APPROVE) for c in policy.output):
        return "buffered"
    return "incremental" if stream_window(policy.output) is not None else "buffered"


class StreamValidator:
    """Feeds streamed text through the output checks and says what may be released.

    ``feed`` returns the text that is safe to send now (possibly fixed: redacted); once a check
    rejects, :attr:`verdict` holds the rejection and nothing more is released. ``finish`` judges
    the whole text and returns the rest. A reask in incremental mode cannot happen (the text is
    already partly sent), so it counts as a block.

    Work is linear in the length of the reply: while it streams, checks that look at a window
    see only what has not been released plus ``window`` characters of released text before it
    (enough for any match to be whole); checks of the whole text (a total length) see all of it
    but cost no more than its length. The final judgement runs every check once on everything.
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
        checks = engine.policy.output
        self._local = tuple(c for c in checks if not c.judges_whole_text())
        self._whole = tuple(c for c in checks if c.judges_whole_text())
        self._unchecked = 0
        self._released_raw = 0  # characters of self.text already judged and released
        self._held = False  # a whole-text check wants a fix: the final judgement decides the rest

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
            return ""  # judging costs a pass over the window; with a window, batch small deltas
        return self._judge_partial()

    def finish(self) -> str:
        """The stream ended: judge the whole text and return what is left to send."""
        if self.rejected:
            return ""
        verdict = run_checks(self.engine.policy.output, self.text, self.ctx)
        self.verdict = _as_stream_verdict(verdict)
        if self.rejected:
            return ""
        fixed = verdict.text if verdict.text is not None else self.text
        return self._release(fixed, len(fixed), verdict)

    def _judge_partial(self) -> str:
        self._unchecked = 0
        ctx = replace(self.ctx, partial=True)
        context = self.emitted[-self.window :] if self.window else ""
        segment = context + self.text[self._released_raw :]
        verdict = run_checks(self._local, segment, ctx)
        found = list(verdict.violations)
        if self._whole:
            whole = run_checks(self._whole, self.text, ctx)
            found += whole.violations
            self._held = self._held or (whole.text is not None and whole.text != self.text)
            verdict = Verdict(strictest([verdict.action, whole.action]), tuple(found), verdict.text)
        self.verdict = _as_stream_verdict(verdict)
        if self.rejected or self._held:
            return ""
        fixed = verdict.text if verdict.text is not None else segment
        if not fixed.startswith(context):
            return self._too_late(verdict)
        new_fixed, new_raw = fixed[len(context) :], self.text[self._released_raw :]
        # Release up to ``window`` characters before the end, and only where the fixed and the
        # raw text end alike (a fix near the end may still grow with the next delta).
        if _common_suffix(new_fixed, new_raw) < self.window:
            return ""
        upto = len(new_fixed) - self.window
        self._released_raw = len(self.text) - self.window
        out = new_fixed[:upto]
        self.emitted += out
        return out

    def _release(self, fixed: str, upto: int, verdict: Verdict) -> str:
        if not fixed.startswith(self.emitted):
            return self._too_late(verdict)
        out = fixed[len(self.emitted) : upto]
        self.emitted += out
        return out

    def _too_late(self, verdict: Verdict) -> str:
        # A fix reached back into text already sent: the window was too short for this value.
        # Fail closed for the rest of the stream rather than send a half-fixed reply.
        late = Violation(
            "stream_fix_too_late",
            "a fix would change text that was already streamed; the stream was stopped",
            "guard",
            action=Action.BLOCK,
        )
        self.verdict = Verdict(Action.BLOCK, (*verdict.violations, late), verdict.text)
        return ""


def _common_suffix(a: str, b: str) -> int:
    size = min(len(a), len(b))
    count = 0
    while count < size and a[-1 - count] == b[-1 - count]:
        count += 1
    return count


def _as_stream_verdict(verdict: Verdict) -> Verdict:
    if verdict.action is not Action.REASK:
        return verdict
    violations = tuple(
        replace(v, action=Action.BLOCK) if v.action is Action.REASK else v for v in verdict.violations
    )
    return Verdict(Action.BLOCK, violations, verdict.text, verdict.value)


async def guard_event_stream(
    source: AsyncIterable[bytes],
    validator: StreamValidator,
    *,
    model: str,
    on_end: Callable[[StreamValidator, bool], dict[str, Any]],
    restorer: StreamRestorer | None = None,
    threaded: bool = False,
) -> AsyncIterator[bytes]:
    """Pass an upstream chat-completion SSE stream through the output checks (incremental mode).

    Content deltas are validated and released as the validator allows (fixed, held back);
    other chunks pass through. When a check rejects, the stream ends with a chunk whose
    ``finish_reason`` is ``content_filter`` and an error event; malformed upstream events end it
    with an error event. The last chunk carries the ``guard`` field from ``on_end``.
    """
    import asyncio

    async def judge(call: Callable[..., str], *args: str) -> str:
        return await asyncio.to_thread(call, *args) if threaded else call(*args)

    def release(text: str, final: bool) -> str:
        if restorer is None:
            return text
        return restorer.feed(text) + (restorer.finish() if final else "")

    def cut(template: dict[str, Any]) -> list[bytes]:
        info = on_end(validator, True)
        violations = validator.verdict.violations if validator.verdict else ()
        return [
            sse(stream_chunk(**template, finish_reason="content_filter", extra={"guard": info})),
            stream_error(
                f"reply blocked by guard mid-stream: {summary(violations)}", "output_rejected", violations
            ),
        ]

    decoder = SSEDecoder()
    template: dict[str, Any] = {"id": "chatcmpl-guard", "model": model, "created": int(time.time())}
    closed = False
    try:
        async for raw in source:
            try:
                datas = decoder.feed(raw)
            except ValueError:
                yield stream_error("upstream sent an oversized stream event", "upstream_error")
                return
            for data in datas:
                if data.strip() == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                    choices = chunk.get("choices") or []
                except (ValueError, AttributeError, RecursionError):
                    yield stream_error("upstream sent a malformed stream event", "upstream_error")
                    return
                if not isinstance(choices, list):
                    yield stream_error("upstream sent a malformed stream event", "upstream_error")
                    return
                template = {k: chunk.get(k, template[k]) for k in ("id", "model", "created")}
                # One choice is validated; the others are dropped (x-guard-dropped says so).
                choice = next((c for c in choices if isinstance(c, dict) and c.get("index", 0) == 0), None)
                if choice is None:
                    if not choices:
                        yield sse(chunk)  # usage-only chunks and the like carry no text
                    continue
                raw_delta = choice.get("delta")
                delta: dict[str, Any] = raw_delta if isinstance(raw_delta, dict) else {}
                content = delta.get("content")
                finish = choice.get("finish_reason")
                out = await judge(validator.feed, content) if isinstance(content, str) and content else ""
                if finish is not None:
                    out += await judge(validator.finish)
                    closed = True
                if validator.rejected:
                    for event in cut(template):
                        yield event
                    return
                out = release(out, final=finish is not None)
                # Reasoning traces and refusals are text no check reads: they do not pass.
                new_delta = {k: v for k, v in delta.items() if k not in _UNCHECKED_DELTA}
                if out:
                    new_delta["content"] = out
                if not new_delta and finish is None:
                    continue  # everything in this chunk is held back
                chunk = {**chunk, "choices": [{**choice, "delta": new_delta}]}
                if finish is not None:
                    chunk["guard"] = on_end(validator, False)
                yield sse(chunk)
            else:
                continue
            break  # [DONE]
    except UpstreamError as exc:
        # The upstream stream died (reset, truncated, read timeout): end ours properly.
        log.warning(json.dumps({"event": "upstream_stream_failed", "reason": exc.reason}))
        yield stream_error(f"upstream stream failed: {exc.reason}", "upstream_error")
        return
    if not closed:  # the upstream ended without a finish chunk: judge what came and close properly
        tail = release(await judge(validator.finish), final=True)
        if validator.rejected:
            for event in cut(template):
                yield event
            return
        if tail:
            yield sse(stream_chunk(**template, content=tail))
        yield sse(stream_chunk(**template, finish_reason="stop", extra={"guard": on_end(validator, False)}))
    yield DONE


def stream_outcome(
    validator: StreamValidator, input_verdict: Verdict, filtered: bool
) -> tuple[Action, tuple[Violation, ...]]:
    """What a guarded stream amounted to: the action (block when it was cut) and every violation,
    input screening included."""
    output = validator.verdict.violations if validator.verdict else ()
    if filtered:
        action = Action.BLOCK
    else:
        action = strictest(
            [input_verdict.action, validator.verdict.action if validator.verdict else Action.ALLOW]
        )
    return action, (*input_verdict.violations, *output)

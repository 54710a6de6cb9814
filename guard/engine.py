"""The engine: run a stage's checks on a text, on chat messages, or on a model reply, and decide.

Checks report; the engine decides. For each failing check the action is its ``on_fail``; a
``fix`` feeds the fixed text to the next check; a ``fix`` without a fixed value blocks; a repair
the check calls deterministic (``repaired``) applies as a fix whatever ``on_fail`` says; the
strictest action in the stage wins. A check that raises fails closed with :class:`CheckError`
unless it says ``on_error: allow``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from guard.checks.base import BaseCheck, Context, parse_path
from guard.checks.text import scrub_surrogates
from guard.errors import CheckError
from guard.result import Action, CheckResult, Loc, Verdict, Violation, strictest

if TYPE_CHECKING:
    from guard.checks.schema import SchemaCheck
    from guard.policy import Policy

__all__ = ["TIMINGS_KEY", "Engine", "message_texts"]

#: When ``Context.state`` holds a dict under this key, the engine adds each check's run time to it
#: (seconds, by check name): the proxy reports them in metrics and in the response.
TIMINGS_KEY = "timings"


def message_texts(messages: Sequence[Mapping[str, Any]], roles: Iterable[str]) -> list[tuple[Loc, str]]:
    """Every text part of every message whose role is in ``roles``, with its location.

    String content is at ``messages[i].content``; a content list (OpenAI parts) contributes each
    ``text`` part at ``messages[i].content[j].text``.
    """
    wanted = set(roles)
    found: list[tuple[Loc, str]] = []
    for index, message in enumerate(messages):
        if message.get("role") not in wanted:
            continue
        content = message.get("content")
        if isinstance(content, str):
            found.append((("messages", index, "content"), content))
        elif isinstance(content, list):
            for part_index, part in enumerate(content):
                if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                    found.append((("messages", index, "content", part_index, "text"), part["text"]))
    return found


class Engine:
    """Evaluates a policy's stages. Stateless apart from the policy: share one per policy."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._input_threaded = any(c.cpu_bound for c in policy.input)
        self._output_threaded = any(c.cpu_bound for c in policy.output)
        self._tools_threaded = any(c.cpu_bound for checks in policy.tools.calls.values() for c in checks)

    def warm_up(self) -> None:
        """Load every check's model now, so the first request does not pay for it.

        A check that cannot run is left to fail closed, with its reason, on the request.
        """
        checks = [*self.policy.input, *self.policy.output]
        checks += [c for group in self.policy.tools.calls.values() for c in group]
        for chk in checks:
            try:
                chk.warm_up()
            except Exception:  # reported when a real request runs the check
                continue

    @property
    def threaded_output(self) -> bool:
        """True when an output check is CPU-heavy: async callers run it in a worker thread."""
        return self._output_threaded

    # -- the core loop -------------------------------------------------------------------

    def run_checks(self, checks: Sequence[BaseCheck], text: str, ctx: Context, *, loc: Loc = ()) -> Verdict:
        """Run ``checks`` in order on ``text`` and decide."""
        current = scrub_surrogates(text)
        changed = False
        violations: list[Violation] = []
        value: Any = None
        timings = ctx.state.get(TIMINGS_KEY)
        for chk in checks:
            started = time.perf_counter()
            try:
                if chk.at is not None:
                    result, where = _on_field(chk, current, ctx)
                else:
                    result, where = chk(current, ctx), ()
            except Exception as exc:  # a check that cannot run fails closed (or is skipped)
                error = exc if isinstance(exc, CheckError) else CheckError(chk.name, type(exc).__name__)
                if chk.on_error != "allow":
                    raise error from exc
                violations.append(
                    Violation(
                        "check_error",
                        f"check could not run: {error.reason}",
                        chk.name,
                        loc,
                        action=Action.WARN,
                    )
                )
                continue
            finally:
                if timings is not None:
                    timings[chk.name] = timings.get(chk.name, 0.0) + time.perf_counter() - started
            if result.value is not None:
                value = result.value
            if result.ok:
                continue
            action = chk.on_fail
            if result.repaired and result.fixed is not None:
                action = Action.FIX
            elif action is Action.FIX and result.fixed is None:
                action = Action.BLOCK
            violations.extend(replace(v, loc=loc + where + v.loc, action=action) for v in result.violations)
            if action is Action.FIX and result.fixed is not None:
                current = result.fixed
                changed = True
        final = strictest([v.action for v in violations if v.action is not None])
        return Verdict(final, tuple(violations), current if changed else text, value)

    # -- input -----------------------------------------------------------------------------

    def screen_text(self, text: str, ctx: Context | None = None) -> Verdict:
        """Run the input checks on one untrusted text."""
        return self.run_checks(self.policy.input, text, ctx or Context(stage="input"))

    def screen_messages(
        self,
        messages: Sequence[Mapping[str, Any]],
        ctx: Context | None = None,
        cache: MutableMapping[str, bool] | None = None,
    ) -> Verdict:
        """Run the input checks on every untrusted message (every text part of every user and
        tool message by default). ``verdict.messages`` is a copy with fixes applied.

        ``cache`` remembers texts that passed every check cleanly, so history a chat client
        resends with each turn is not scanned again. Only clean results are cached: a fix may
        depend on per-request state (pseudonym numbering).
        """
        ctx = ctx or Context(stage="input")
        out = [dict(m) for m in messages]
        violations: list[Violation] = []
        for loc, text in message_texts(messages, self.policy.screen_roles):
            index = loc[1]
            assert isinstance(index, int)
            role = messages[index].get("role")
            key = _cache_key(role, text) if cache is not None else ""
            if cache is not None and key in cache:
                continue
            verdict = self.run_checks(self.policy.input, text, ctx.at(loc, role), loc=loc)
            if cache is not None and not verdict.violations:
                cache[key] = True
            violations.extend(verdict.violations)
            if verdict.text is not None and verdict.text != text:
                _set_text(out, loc, verdict.text)
        final = strictest([v.action for v in violations if v.action is not None])
        return Verdict(final, tuple(violations), None, None, tuple(out))

    async def ascreen_messages(
        self,
        messages: Sequence[Mapping[str, Any]],
        ctx: Context | None = None,
        cache: MutableMapping[str, bool] | None = None,
    ) -> Verdict:
        """:meth:`screen_messages` for an event loop: heavy checks run in a worker thread."""
        if self._input_threaded:
            import asyncio  # only async callers pay for it

            return await asyncio.to_thread(self.screen_messages, messages, ctx, cache)
        return self.screen_messages(messages, ctx, cache)

    # -- output ----------------------------------------------------------------------------

    def validate_reply(
        self,
        text: str,
        ctx: Context | None = None,
        *,
        tool_calls: Sequence[Mapping[str, Any]] = (),
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> Verdict:
        """Validate a model reply: the schema (repairing first), then the output checks.

        ``verdict.value`` is the accepted structured value (a model instance for a Pydantic
        schema) when the policy has a schema, else the final text. A reply that calls tools is
        judged by :meth:`validate_tool_calls` (the schema is for replies in prose or JSON, not
        for tool calls); its text, if any, still goes through the output checks.
        """
        ctx = ctx or Context(stage="output")
        if tool_calls:
            calls = self.validate_tool_calls(tool_calls, tools, ctx)
            content = (
                self.run_checks(self.policy.output, text, ctx)
                if text.strip()
                else Verdict(Action.ALLOW, (), text)
            )
            return Verdict(
                strictest([calls.action, content.action]),
                calls.violations + content.violations,
                content.text,
                calls.value,
            )
        schema = self.policy.schema
        checks: tuple[BaseCheck, ...] = self.policy.output
        if schema is not None:
            checks = (schema, *checks)
        verdict = self.run_checks(checks, text, ctx)
        if schema is None:
            return replace(verdict, value=verdict.text if verdict.allowed else None)
        if not verdict.allowed:
            return replace(verdict, value=None)
        return self._recheck_schema(schema, verdict, ctx)

    async def avalidate_reply(
        self,
        text: str,
        ctx: Context | None = None,
        *,
        tool_calls: Sequence[Mapping[str, Any]] = (),
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> Verdict:
        """:meth:`validate_reply` for an event loop: heavy checks run in a worker thread."""
        if self._output_threaded or (tool_calls and self._tools_threaded):
            import asyncio

            return await asyncio.to_thread(
                functools.partial(self.validate_reply, text, ctx, tool_calls=tool_calls, tools=tools)
            )
        return self.validate_reply(text, ctx, tool_calls=tool_calls, tools=tools)

    def validate_tool_calls(
        self,
        tool_calls: Sequence[Mapping[str, Any]],
        tools: Sequence[Mapping[str, Any]] | None,
        ctx: Context | None = None,
    ) -> Verdict:
        """Judge the tool calls of a reply against the tools the request declared.

        Arguments are parsed with the reply extraction and repair (a JSON string holding JSON is
        unwrapped); they must match the declared ``parameters`` schema; undeclared tools and
        forbidden tools are violations; the policy's per-tool checks run on the arguments.
        ``verdict.value`` is the list of calls with repaired arguments.
        """
        from guard.tool_calls import judge_tool_calls

        return judge_tool_calls(self, tool_calls, tools, ctx or Context(stage="output"))

    def _recheck_schema(self, schema: SchemaCheck, verdict: Verdict, ctx: Context) -> Verdict:
        # A later fix (say, redaction) changed the JSON text after the schema accepted it: the
        # value handed to the caller must be the one that matches the text we forward.
        schema_fixed = any(v.check == schema.name and v.action is Action.FIX for v in verdict.violations)
        other_fix = any(v.check != schema.name and v.action is Action.FIX for v in verdict.violations)
        if not other_fix:
            return verdict
        assert verdict.text is not None
        result = schema(verdict.text, ctx)
        if result.ok or (result.repaired and schema_fixed):
            return replace(verdict, value=result.value)
        extra = tuple(replace(v, action=schema.on_fail) for v in result.violations)
        return Verdict(
            strictest([verdict.action, schema.on_fail]), verdict.violations + extra, verdict.text, None
        )


def _on_field(chk: BaseCheck, text: str, ctx: Context) -> tuple[CheckResult, Loc]:
    """Run ``chk`` on the field its ``at`` names; a fix is written back into the JSON text."""
    assert chk.at is not None
    path = parse_path(chk.at)
    try:
        document = json.loads(text)
    except ValueError:
        return CheckResult(
            (chk.violation("field_missing", f"text is not JSON, so it has no field {chk.at}"),)
        ), ()
    parent: Any = None
    value: Any = document
    for part in path:
        parent = value
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return CheckResult((chk.violation("field_missing", f"field {chk.at} is missing"),)), ()
    field_text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    result = chk(field_text, ctx)
    if result.fixed is None or result.ok:
        return result, path
    parent[path[-1]] = result.fixed if isinstance(value, str) else _json_or_text(result.fixed)
    return replace(result, fixed=json.dumps(document, ensure_ascii=False)), path


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _cache_key(role: Any, text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(str(role).encode())
    return digest.hexdigest()


def _set_text(messages: list[dict[str, Any]], loc: Loc, text: str) -> None:
    index = loc[1]
    assert isinstance(index, int)
    if len(loc) == 3:
        messages[index]["content"] = text
        return
    part_index = loc[3]
    assert isinstance(part_index, int)
    parts = [dict(p) if isinstance(p, Mapping) else p for p in messages[index]["content"]]
    parts[part_index]["text"] = text
    messages[index]["content"] = parts


def dump_value(value: Any) -> str:
    """JSON text of an accepted structured value (a Pydantic instance or plain JSON data)."""
    dump = getattr(value, "model_dump_json", None)
    if callable(dump):
        return str(dump())
    return json.dumps(value, ensure_ascii=False)

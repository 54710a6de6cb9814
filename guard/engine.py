"""The engine: a policy's stages applied to chat messages (input) and to model replies (output).

The decisions themselves are :func:`guard.decision.run_checks`; the engine knows which checks a
stage has, which texts of a request are untrusted, how a schema and tool calls are validated, and
which work is heavy enough for a worker thread. :func:`engine_for` gives the one engine of a
policy (policies are plain data and know nothing of engines).
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from guard.chat_request import RequestProblem, check_message
from guard.checks.base import BaseCheck
from guard.decision import TIMINGS_KEY, run_checks
from guard.errors import CheckError
from guard.message_parts import in_part, readings
from guard.result import Action, Context, Loc, Verdict, Violation, strictest
from guard.tool_calls import judge_tool_calls

if TYPE_CHECKING:
    from guard.checks.schema import SchemaCheck
    from guard.policy import Policy

__all__ = ["TIMINGS_KEY", "Engine", "engine_for", "message_texts"]


def message_texts(
    messages: Sequence[Mapping[str, Any]],
    roles: Iterable[str],
    fields: Iterable[str] = ("name",),
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> list[tuple[Loc, str]]:
    """Every untrusted text of a request the model will read, with its location.

    For each message whose role is in ``roles``: string content at ``messages[i].content``, each
    ``text`` part at ``messages[i].content[j].text``, and with ``name`` in ``fields`` its name.
    ``tool_call_arguments`` adds the arguments of every tool call in the assistant history
    (a client can forge that history); ``tool_descriptions`` every ``tools[i].function.description``.
    Roles are compared the way the upstream reads them (case and surrounding space ignored).
    """
    wanted = {role.strip().lower() for role in roles}
    screened = set(fields)
    found: list[tuple[Loc, str]] = []
    for index, message in enumerate(messages):
        role = message.get("role")
        if isinstance(role, str) and role.strip().lower() in wanted:
            content = message.get("content")
            if isinstance(content, str):
                found.append((("messages", index, "content"), content))
            elif isinstance(content, list):
                for part_index, part in enumerate(content):
                    if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                        found.append((("messages", index, "content", part_index, "text"), part["text"]))
            if "name" in screened and isinstance(message.get("name"), str):
                found.append((("messages", index, "name"), message["name"]))
        calls = message.get("tool_calls")
        if "tool_call_arguments" in screened and isinstance(calls, list):
            for call_index, call in enumerate(calls):
                function = call.get("function") if isinstance(call, Mapping) else None
                if isinstance(function, Mapping) and isinstance(function.get("arguments"), str):
                    loc: Loc = ("messages", index, "tool_calls", call_index, "function", "arguments")
                    found.append((loc, function["arguments"]))
    if "tool_descriptions" in screened:
        for tool_index, tool in enumerate(tools or ()):
            function = tool.get("function") if isinstance(tool, Mapping) else None
            if isinstance(function, Mapping) and isinstance(function.get("description"), str):
                found.append((("tools", tool_index, "function", "description"), function["description"]))
    return found


#: Past this many characters even light checks run in a worker thread under the async engine.
THREAD_TEXT_CHARS = 64_000
#: Checks that run in a worker thread for one request stage must finish within this many seconds.
CHECK_DEADLINE_S = 60.0
_ENGINE_SLOT = "_guard_engine"
_engines_lock = threading.Lock()


def engine_for(policy: Policy) -> Engine:
    """The engine of ``policy``: built once and shared by every request while the policy lives."""
    engine = policy.__dict__.get(_ENGINE_SLOT)
    if engine is None:
        with _engines_lock:
            engine = policy.__dict__.get(_ENGINE_SLOT)
            if engine is None:
                engine = Engine(policy)
                # Kept on the policy instance (outside its fields: equality and the YAML form
                # ignore it), so the engine lives exactly as long as the policy and the policy
                # module needs no import of this one.
                policy.__dict__[_ENGINE_SLOT] = engine
    assert isinstance(engine, Engine)
    return engine


class Engine:
    """Evaluates a policy's stages. Stateless apart from the policy: share one per policy
    (:func:`engine_for`)."""

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

    # -- input -----------------------------------------------------------------------------

    def screen_text(self, text: str, ctx: Context | None = None) -> Verdict:
        """Run the input checks on one untrusted text."""
        return run_checks(self.policy.input, text, ctx or Context(stage="input"))

    def screen_messages(
        self,
        messages: Sequence[Mapping[str, Any]],
        ctx: Context | None = None,
        cache: MutableMapping[str, bool] | None = None,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> Verdict:
        """Run the input checks on every untrusted text of a request (:func:`message_texts`
        with the policy's ``screen_roles`` and ``screen_fields``). ``verdict.messages`` is a copy
        of the messages with fixes applied, ``verdict.tools`` of the tools when one was fixed.

        ``cache`` remembers texts that passed every check cleanly, so history a chat client
        resends with each turn is not scanned again. Only clean results are cached: a fix may
        depend on per-request state (pseudonym numbering).
        """
        ctx = ctx or Context(stage="input")
        unreadable = _unreadable(messages)
        if unreadable:
            # A message of a shape guard cannot read would reach the model unscreened: block it.
            return Verdict(Action.BLOCK, unreadable, None, None, tuple(dict(m) for m in messages))
        request: dict[str, Any] = {"messages": [dict(m) for m in messages]}
        if tools is not None:
            request["tools"] = list(tools)
        violations: list[Violation] = []
        fields = self.policy.screen_fields
        texts = message_texts(messages, self.policy.screen_roles, fields, tools)
        joined = _parted_messages(texts)
        # A message of several text parts is read as one text (guard.message_parts); only the
        # checks that fix run on each part too, so that their fix lands in the part it is for.
        fixing = tuple(c for c in self.policy.input if c.on_fail is Action.FIX)
        found_in_parts: dict[int, list[Violation]] = {index: [] for index in joined}
        for loc, text in texts:
            role = messages[loc[1]].get("role") if loc[0] == "messages" else "tool_definition"  # type: ignore[index]
            in_parts = loc[0] == "messages" and loc[1] in joined and len(loc) == 5
            checks = fixing if in_parts else self.policy.input
            if not checks:
                continue
            key = (
                _cache_key(role, f"{loc[-1]}:fixing" if in_parts else loc[-1], text)
                if cache is not None
                else ""
            )
            if cache is not None and key in cache:
                continue
            verdict = run_checks(checks, text, ctx.at(loc, role), loc=loc)
            if cache is not None and not verdict.violations:
                cache[key] = True
            violations.extend(verdict.violations)
            if in_parts:
                found_in_parts[loc[1]].extend(verdict.violations)  # type: ignore[index]
            if verdict.text is not None and verdict.text != text:
                _set_text(request, loc, verdict.text)
        for index, parts in joined.items():
            violations.extend(
                self._screen_joined(
                    messages[index].get("role"), index, parts, found_in_parts[index], ctx, cache
                )
            )
        final = strictest([v.action for v in violations if v.action is not None])
        fixed_tools = (
            tuple(request["tools"]) if tools is not None and request["tools"] != list(tools) else None
        )
        return Verdict(final, tuple(violations), None, None, tuple(request["messages"]), tools=fixed_tools)

    def _screen_joined(
        self,
        role: Any,
        index: int,
        parts: Sequence[tuple[int, str]],
        in_parts: Sequence[Violation],
        ctx: Context,
        cache: MutableMapping[str, bool] | None,
    ) -> list[Violation]:
        """The input checks on a message's text parts read as one text. What a fixing check
        already found and fixed in a part is not reported twice; what it finds only across parts
        (an e-mail address split in two) blocks, since no part holds it to fix."""
        loc: Loc = ("messages", index, "content")
        texts = [text for _, text in parts]
        lengths = [len(text) for text in texts]
        fixed_kinds = {(v.check, v.type, v.loc) for v in in_parts}
        fixed_anywhere = {(v.check, v.type) for v in in_parts}
        found: dict[tuple[str, str, Loc], Violation] = {}
        for reading in readings(texts):
            key = _cache_key(role, "content[*]", reading.text) if cache is not None else ""
            if cache is not None and key in cache:
                continue
            verdict = run_checks(self.policy.input, reading.text, ctx.at(loc, role), loc=loc)
            if cache is not None and not verdict.violations:
                cache[key] = True
            for violation in verdict.violations:
                placed = _placed(violation, loc, parts, reading.starts, lengths)
                if (placed.check, placed.type, placed.loc) in fixed_kinds or (
                    violation.span is None and (placed.check, placed.type) in fixed_anywhere
                ):
                    continue
                if placed.action is Action.FIX:
                    placed = replace(
                        placed,
                        action=Action.BLOCK,
                        message=f"{placed.message} (across content parts, so no part can be fixed)",
                    )
                found.setdefault((placed.check, placed.type, placed.loc), placed)
        return list(found.values())

    # The async twins repeat their sync method's signature on purpose (deliberate duplicate).
    async def ascreen_messages(
        self,
        messages: Sequence[Mapping[str, Any]],
        ctx: Context | None = None,
        cache: MutableMapping[str, bool] | None = None,
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> Verdict:
        """:meth:`screen_messages` for an event loop: heavy checks run in a worker thread."""
        work = functools.partial(self.screen_messages, messages, ctx, cache, tools=tools)
        if self._input_threaded or _total_chars(messages) > THREAD_TEXT_CHARS:
            return await _off_the_loop(work)
        return work()

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
        for tool calls) and its calls are ``verdict.tool_calls``; its text, if any, still goes
        through the output checks.
        """
        ctx = ctx or Context(stage="output")
        if tool_calls:
            calls = self.validate_tool_calls(tool_calls, tools, ctx)
            content = (
                run_checks(self.policy.output, text, ctx) if text.strip() else Verdict(Action.ALLOW, (), text)
            )
            checked, found = self._check_arguments(calls.tool_calls, ctx)
            return Verdict(
                strictest([calls.action, content.action, *(v.action for v in found if v.action)]),
                calls.violations + content.violations + found,
                content.text,
                content.text if content.allowed else None,
                tool_calls=checked,
            )
        schema = self.policy.schema
        checks: tuple[BaseCheck, ...] = self.policy.output
        if schema is not None:
            checks = (schema, *checks)
        verdict = run_checks(checks, text, ctx)
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
        work = functools.partial(self.validate_reply, text, ctx, tool_calls=tool_calls, tools=tools)
        # Heavy checks, and any text big enough that even light checks would hold the event loop.
        if self._output_threaded or (tool_calls and self._tools_threaded) or len(text) > THREAD_TEXT_CHARS:
            return await _off_the_loop(work)
        return work()

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
        ``verdict.tool_calls`` are the calls with repaired arguments.
        """
        return judge_tool_calls(self.policy.tools, tool_calls, tools, ctx or Context(stage="output"))

    def _check_arguments(
        self, calls: Sequence[dict[str, Any]], ctx: Context
    ) -> tuple[tuple[dict[str, Any], ...], tuple[Violation, ...]]:
        """Run the output checks on each call's arguments too: they reach the client (and a
        tool) as much as the text does. A fix that leaves the arguments unparsable blocks."""
        if not self.policy.output:
            return tuple(calls), ()
        out: list[dict[str, Any]] = []
        found: list[Violation] = []
        for index, call in enumerate(calls):
            function = call.get("function")
            arguments = function.get("arguments") if isinstance(function, Mapping) else None
            if not isinstance(function, Mapping) or not isinstance(arguments, str) or not arguments.strip():
                out.append(call)
                continue
            loc: Loc = ("tool_calls", index, "function", "arguments")
            verdict = run_checks(self.policy.output, arguments, ctx, loc=loc)
            found.extend(verdict.violations)
            fixed = verdict.text if verdict.text is not None else arguments
            if fixed != arguments and not _is_json(fixed):
                found.append(
                    Violation(
                        "arguments_invalid",
                        "a fix left the arguments unparsable",
                        "tool_calls",
                        loc,
                        action=Action.BLOCK,
                    )
                )
            out.append({**call, "function": {**function, "arguments": fixed}})
        return tuple(out), tuple(found)

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


async def _off_the_loop(work: Callable[[], Verdict]) -> Verdict:
    """Run checks in a worker thread, bounded by :data:`CHECK_DEADLINE_S`: past it the request
    fails closed (the thread cannot be stopped; the in-flight caps bound how many can pile up)."""
    import asyncio  # only async callers pay for it

    try:
        return await asyncio.wait_for(asyncio.to_thread(work), CHECK_DEADLINE_S)
    except TimeoutError:
        raise CheckError("checks", f"did not finish within {CHECK_DEADLINE_S:g} s") from None


def _unreadable(messages: Sequence[Mapping[str, Any]]) -> tuple[Violation, ...]:
    """Messages the Chat Completions API would not accept (and guard could not screen), as
    violations; the HTTP surfaces refuse them earlier with a 400, this holds for every caller."""
    found: list[Violation] = []
    for index, message in enumerate(messages):
        try:
            check_message(message, index)
        except RequestProblem as problem:
            where: Loc = ("messages", index)
            found.append(Violation("invalid_message", problem.message, "guard", where, action=Action.BLOCK))
    return tuple(found)


def _parted_messages(texts: Sequence[tuple[Loc, str]]) -> dict[int, list[tuple[int, str]]]:
    """Of :func:`message_texts`' texts, the messages with two or more text parts
    (``messages[i].content[j].text``): index -> (part index, text) of each."""
    by_message: dict[int, list[tuple[int, str]]] = {}
    for loc, text in texts:
        if loc[0] == "messages" and len(loc) == 5:
            index, part = loc[1], loc[3]
            assert isinstance(index, int) and isinstance(part, int)
            by_message.setdefault(index, []).append((part, text))
    return {index: parts for index, parts in by_message.items() if len(parts) > 1}


def _placed(
    violation: Violation,
    loc: Loc,
    parts: Sequence[tuple[int, str]],
    starts: Sequence[int],
    lengths: Sequence[int],
) -> Violation:
    """A violation found in a joined reading, located in its part when its span lies in one."""
    if violation.span is None or violation.loc != loc:
        return violation
    where = in_part(starts, lengths, violation.span)
    if where is None:
        return replace(violation, span=None)
    number, span = where
    return replace(violation, loc=(*loc, parts[number][0], "text"), span=span)


def _total_chars(messages: Sequence[Mapping[str, Any]]) -> int:
    total = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            total += len(content)
        elif isinstance(content, list):
            total += sum(
                len(p["text"]) for p in content if isinstance(p, Mapping) and isinstance(p.get("text"), str)
            )
    return total


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _cache_key(role: Any, field: Any, text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(f"\0{role}\0{field}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _set_text(request: dict[str, Any], loc: Loc, text: str) -> None:
    """Write ``text`` at ``loc`` in a copy-on-write request (only the path to it is copied)."""
    parent: Any = request
    for part in loc[:-1]:
        child = parent[part]
        child = dict(child) if isinstance(child, Mapping) else list(child)
        parent[part] = child
        parent = child
    parent[loc[-1]] = text

"""The re-ask flow, written once as a sans-I/O generator and driven sync or async.

The flow owns the history and the budget; the drivers do the I/O (screening, model calls,
validation), the way HTTPX writes an auth flow once for both clients. Rules:

- the caller's messages are copied, never appended to;
- deterministic repairs happen inside validation, so a re-ask is paid only when they fail;
- a structured strategy constrains the model with the schema from the first call
  (``reask.constrain``), in whatever dialect the endpoint speaks;
- a re-ask sends the original messages plus the *latest* failed reply (assistant) and feedback
  (user) naming each violation's location, message and what the schema expects there, with a
  compact drawing of a conforming value when the call is not constrained, never the raw
  offending value, so the prompt does not grow with every attempt; its ``max_tokens`` is bounded
  to what the schema needs, and a re-ask that would repeat an earlier request varies sampling;
- the budget is attempts, total tokens and a wall-clock deadline; when it runs out the flow
  raises :class:`ReaskExhausted` with every attempt, the summed usage and the best attempt.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from guard.chat_model import ModelReply, as_async_model, as_model, call_options
from guard.engine import engine_for
from guard.errors import InputBlocked, ReaskExhausted, UpstreamError
from guard.policy import Policy
from guard.result import (
    Action,
    Attempt,
    Context,
    Outcome,
    Usage,
    Verdict,
    Violation,
    format_loc,
    strictest,
)
from guard.schema_hints import expectation, grammar_schema, reply_token_budget, skeleton, subschema
from guard.vault import VAULT_KEY, PseudonymVault

__all__ = [
    "Approve",
    "Approver",
    "CallModel",
    "ReaskFlow",
    "ScreenInput",
    "ValidateReply",
    "arun",
    "feedback_message",
    "reask_flow",
    "run",
]

Message = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ScreenInput:
    """Step: screen these messages with the input checks; send back the :class:`Verdict`."""

    messages: tuple[dict[str, Any], ...]
    ctx: Context


@dataclass(frozen=True, slots=True)
class CallModel:
    """Step: call the model; send back a :class:`ModelReply` (or throw :class:`TimeoutError` or
    the :class:`UpstreamError`). ``sampling`` overrides request parameters for this call
    (``max_tokens``, and ``temperature``/``seed`` when a request would repeat itself)."""

    messages: tuple[dict[str, Any], ...]
    response_format: dict[str, Any] | None
    timeout_s: float
    attempt: int
    sampling: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ValidateReply:
    """Step: validate the reply (text and tool calls) with the output checks; send back the
    :class:`Verdict`."""

    text: str
    ctx: Context
    tool_calls: tuple[dict[str, Any], ...] = ()
    tools: tuple[dict[str, Any], ...] | None = None


@dataclass(frozen=True, slots=True)
class Approve:
    """Step: a check said ``approve``; ask the approver, send back True to let the reply pass.

    ``text`` and ``tool_calls`` are what would pass (fixes applied); ``violations`` say why
    approval is needed.
    """

    violations: tuple[Violation, ...]
    text: str
    tool_calls: tuple[dict[str, Any], ...] = ()


Approver = Callable[[Approve], Any]
"""A callable deciding an :class:`Approve` step: returns a bool (or an awaitable of one)."""

Step = ScreenInput | CallModel | ValidateReply | Approve
ReaskFlow = Generator[Step, Any, Outcome]


def reask_flow(
    policy: Policy,
    messages: Sequence[Message],
    *,
    structured_supported: bool = False,
    screen: bool = True,
    clock: Callable[[], float] = time.monotonic,
    state: dict[str, Any] | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
    constrain: Literal["first", "reask", "never"] | None = None,
) -> ReaskFlow:
    """The whole exchange for one request: screen, call, validate, re-ask until accepted.

    ``tools`` are the OpenAI function tools the request declared: tool calls in replies are
    validated against them. ``constrain`` overrides the policy's ``reask.constrain`` for this
    request (a surface relaying a client's own ``response_format`` passes ``"reask"``).
    """
    declared = tuple(dict(t) for t in tools) if tools is not None else None
    started = clock()
    config = policy.reask
    state = {} if state is None else state
    original = tuple(dict(m) for m in messages)
    input_verdict: Verdict | None = None
    if screen and policy.input:
        input_verdict = yield ScreenInput(original, Context(stage="input", state=state))
        assert input_verdict is not None
        if not input_verdict.allowed:
            raise InputBlocked(input_verdict)
        if input_verdict.messages is not None:
            original = input_verdict.messages

    structured = policy.schema is not None and (
        config.strategy == "structured" or (config.strategy == "auto" and structured_supported)
    )
    constrain = config.constrain if constrain is None else constrain
    constrained = constrained_format(policy) if structured and constrain != "never" else None
    budget = reply_token_budget(policy.schema.json_schema()) if policy.schema is not None else None
    attempts: list[Attempt] = []
    request = original
    response_format = constrained if constrain == "first" else None
    sampling: dict[str, Any] = {}
    sent: set[str] = set()
    while True:
        remaining = config.deadline_s - (clock() - started)
        if remaining <= 0:
            _exhaust(attempts, "deadline")
        t0 = clock()
        sent.add(_fingerprint(request, response_format, sampling))
        try:
            reply = yield CallModel(request, response_format, remaining, len(attempts), sampling)
        except (TimeoutError, UpstreamError) as exc:
            # A call cut off by the deadline ends the exchange like any spent budget; an endpoint
            # that fails or times out on its own while time remains is an upstream error.
            out_of_time = clock() - started >= config.deadline_s - _DEADLINE_SLACK_S
            if isinstance(exc, UpstreamError) and (exc.kind != "timeout" or not out_of_time):
                raise
            if not attempts:
                raise UpstreamError("no reply within the deadline", kind="timeout") from None
            _exhaust(attempts, "deadline")
        assert isinstance(reply, ModelReply)
        verdict = yield ValidateReply(
            reply.text, Context(stage="output", state=state), reply.tool_calls, declared
        )
        assert isinstance(verdict, Verdict)
        if verdict.action is Action.APPROVE:
            approved = yield Approve(
                verdict.violations,
                verdict.text if verdict.text is not None else reply.text,
                verdict.tool_calls,
            )
            verdict = _approved(verdict) if approved else _refused(verdict)
        attempt = Attempt(
            index=len(attempts),
            reply=reply.text,
            verdict=verdict,
            usage=reply.usage,
            elapsed_s=clock() - t0,
            structured=response_format is not None,
            raw=reply.raw,
        )
        attempts.append(attempt)
        if verdict.allowed:
            return _accept(policy, attempts, input_verdict, state)
        if verdict.action is Action.BLOCK:
            _exhaust(
                attempts,
                "not_approved" if any(v.type == "not_approved" for v in verdict.violations) else "blocked",
            )
        if len(attempts) >= config.max_attempts:
            _exhaust(attempts, "max_attempts")
        used = sum((a.usage for a in attempts), Usage()).total_tokens
        if config.max_total_tokens is not None and used >= config.max_total_tokens:
            _exhaust(attempts, "max_total_tokens")
        if clock() - started >= config.deadline_s:
            _exhaust(attempts, "deadline")
        response_format = constrained
        request = (*original, *_reask_turn(reply, verdict, policy, include_schema=constrained is None))
        sampling = {"max_tokens": budget} if budget is not None and not reply.tool_calls else {}
        if _fingerprint(request, response_format, sampling) in sent:
            # The same request again would buy the same reply (temperature 0 is deterministic).
            sampling = {**sampling, "temperature": _VARIED_TEMPERATURE, "seed": len(attempts)}


#: Seconds short of the deadline at which a timed-out call counts as cut off by it.
_DEADLINE_SLACK_S = 0.05
#: The sampling temperature of a re-ask that would otherwise repeat an earlier request.
_VARIED_TEMPERATURE = 0.7


def constrained_format(policy: Policy) -> dict[str, Any] | None:
    """The ``response_format`` that constrains decoding to the policy's schema (OpenAI's shape;
    clients adapt it to their endpoint's dialect), tightened where grammars fall short."""
    if policy.schema is None:
        return None
    schema = grammar_schema(policy.schema.json_schema())
    return {
        "type": "json_schema",
        "json_schema": {"name": policy.schema.schema_name, "schema": schema, "strict": False},
    }


def _fingerprint(
    messages: Sequence[Message], response_format: Mapping[str, Any] | None, sampling: Mapping[str, Any]
) -> str:
    encoded = json.dumps([messages, response_format, sampling], sort_keys=True, default=str)
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def feedback_message(
    violations: Sequence[Violation], policy: Policy | None = None, *, include_schema: bool = False
) -> str:
    """The re-ask turn: every rejecting violation's location, message and (for the schema's
    violations) what the schema expects there; no raw values. ``include_schema`` adds a compact
    drawing of a conforming value (:func:`guard.schema_hints.skeleton`) and asks for JSON only."""
    schema_check = policy.schema if policy is not None else None
    schema = schema_check.json_schema() if schema_check is not None else None
    lines = ["Your previous reply was rejected. Fix these problems:"]
    seen: set[tuple[str, str]] = set()
    for violation in violations:
        if violation.action is not None and not violation.action.rejects:
            continue
        where = format_loc(violation.loc)
        key = (where, violation.message)
        if key in seen:
            continue
        seen.add(key)
        line = f"- at {where}: {violation.message} [{violation.type}]"
        if schema is not None and schema_check is not None and violation.check == schema_check.name:
            line += _expected(schema, violation)
        lines.append(line)
        if len(seen) >= 20:
            lines.append("- (more problems not shown)")
            break
    if include_schema and schema is not None:
        lines.append("Reply with only the corrected JSON, no other text. Its shape (? = optional):")
        lines.append(skeleton(schema))
    elif schema is not None:
        lines.append("Reply with only the corrected JSON, no other text.")
    else:
        lines.append("Reply again with the corrected answer only.")
    return "\n".join(lines)


def _expected(schema: dict[str, Any], violation: Violation) -> str:
    if not violation.loc or violation.type in ("json_invalid", "additionalProperties", "extra_forbidden"):
        return ""
    # Pydantic appends union members to a location (``age.int``): use the deepest known part.
    for end in range(len(violation.loc), 0, -1):
        found = subschema(schema, violation.loc[:end])
        if found is not None:
            return f"; expected {expectation(found, schema)}"
    return ""


def _reask_turn(
    reply: ModelReply, verdict: Verdict, policy: Policy, *, include_schema: bool
) -> list[dict[str, Any]]:
    """The turn appended to the original messages for a re-ask.

    A reply in text gets the reply (assistant) and feedback (user). A reply that called tools
    gets what tool-using models expect: the failed calls (assistant) and one tool message per
    call carrying that call's violations, then feedback on the text if it had problems too.
    """
    if not reply.tool_calls and _no_json(verdict, policy):
        # A reply with no JSON in it teaches nothing but more of the same (small models copy it
        # back): ask afresh for the answer in the schema's shape, without it.
        return [{"role": "user", "content": _shape_request(policy)}]
    if not reply.tool_calls:
        return [
            {"role": "assistant", "content": reply.text},
            {
                "role": "user",
                "content": feedback_message(verdict.violations, policy, include_schema=include_schema),
            },
        ]
    turn: list[dict[str, Any]] = [
        {"role": "assistant", "content": reply.text or None, "tool_calls": list(reply.tool_calls)}
    ]
    for index, call in enumerate(reply.tool_calls):
        mine = [v for v in verdict.violations if v.loc[:2] == ("tool_calls", index)]
        rejecting = [v for v in mine if v.action is None or v.action.rejects]
        if rejecting:
            content = "Error: this call was not executed. " + feedback_message(rejecting)
        else:
            content = (
                "Not executed: another call in this turn was rejected. Send all the calls again, corrected."
            )
        turn.append(
            {"role": "tool", "tool_call_id": str(call.get("id", f"call_{index}")), "content": content}
        )
    others = [
        v
        for v in verdict.violations
        if v.loc[:1] != ("tool_calls",) and (v.action is None or v.action.rejects)
    ]
    if others:
        turn.append({"role": "user", "content": feedback_message(others)})
    return turn


def _no_json(verdict: Verdict, policy: Policy) -> bool:
    schema = policy.schema
    return schema is not None and any(
        v.type == "json_invalid" and v.check == schema.name and not v.loc for v in verdict.violations
    )


def _shape_request(policy: Policy) -> str:
    assert policy.schema is not None
    return (
        "Your previous reply was not JSON. Write the answer as JSON only, in this shape "
        f"(? = optional):\n{skeleton(policy.schema.json_schema())}"
    )


def _approved(verdict: Verdict) -> Verdict:
    """An approved verdict passes; its violations stay on record as warnings."""
    violations = tuple(
        replace(v, action=Action.WARN) if v.action is Action.APPROVE else v for v in verdict.violations
    )
    return replace(
        verdict,
        action=strictest([v.action for v in violations if v.action is not None]),
        violations=violations,
    )


def _refused(verdict: Verdict) -> Verdict:
    refusal = Violation(
        "not_approved", "the approver did not approve this reply", "guard", action=Action.BLOCK
    )
    return replace(verdict, action=Action.BLOCK, violations=(*verdict.violations, refusal), value=None)


def _best(attempts: Sequence[Attempt]) -> Attempt:
    # Best = mildest action, then a reply that at least parsed, then fewest problems, then earliest.
    def cost(attempt: Attempt) -> tuple[int, bool, int, int]:
        rejecting = [v for v in attempt.verdict.violations if v.action is None or v.action.rejects]
        unparsed = any(v.type == "json_invalid" for v in rejecting)
        return (attempt.verdict.action.severity, unparsed, len(rejecting), attempt.index)

    return min(attempts, key=cost)


def _exhaust(attempts: Sequence[Attempt], reason: str) -> Any:
    if not attempts:
        raise UpstreamError(f"budget exhausted before any reply ({reason})", kind="timeout")
    raise ReaskExhausted(attempts, _best(attempts), reason)


def _accept(
    policy: Policy, attempts: list[Attempt], input_verdict: Verdict | None, state: dict[str, Any]
) -> Outcome:
    verdict = attempts[-1].verdict
    text = verdict.text if verdict.text is not None else attempts[-1].reply
    value = verdict.value
    calls = verdict.tool_calls
    vault = state.get(VAULT_KEY)
    if isinstance(vault, PseudonymVault) and len(vault):
        # The model saw placeholders; the caller gets their own values back.
        text = vault.restore(text)
        calls = tuple(_restore_call(vault, call) for call in calls)
        if policy.schema is not None and not calls:
            value = policy.schema(text, Context(stage="output", state=state)).value or value
        else:
            value = text
        attempts[-1] = replace(
            attempts[-1], verdict=replace(verdict, text=text, value=value, tool_calls=calls)
        )
    return Outcome(
        # A reply that called tools is worth its calls (what the decorator hands back).
        value=list(calls) if calls else value,
        text=text,
        attempts=tuple(attempts),
        input_verdict=input_verdict,
        tool_calls=calls,
    )


def _restore_call(vault: PseudonymVault, call: dict[str, Any]) -> dict[str, Any]:
    function = call.get("function")
    if not isinstance(function, dict) or not isinstance(function.get("arguments"), str):
        return call
    try:
        arguments = json.dumps(vault.restore_value(json.loads(function["arguments"])), ensure_ascii=False)
    except ValueError:
        arguments = vault.restore(function["arguments"])
    return {**call, "function": {**function, "arguments": arguments}}


# -- drivers -------------------------------------------------------------------------------


def drive(flow: ReaskFlow, policy: Policy, model: Any, approver: Approver | None = None) -> Outcome:
    """Run a flow synchronously against a model (anything :func:`as_model` accepts)."""
    chat = as_model(model)
    engine = engine_for(policy)
    sent: Any = None
    throw: BaseException | None = None
    while True:
        try:
            step = flow.throw(throw) if throw is not None else flow.send(sent)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        throw = None
        if isinstance(step, ScreenInput):
            sent = engine.screen_messages(step.messages, step.ctx)
        elif isinstance(step, ValidateReply):
            sent = engine.validate_reply(step.text, step.ctx, tool_calls=step.tool_calls, tools=step.tools)
        elif isinstance(step, Approve):
            sent = approver is not None and approver(step) is True
        else:
            options = call_options(chat.complete, step.timeout_s, step.sampling)
            try:
                sent = chat.complete(step.messages, response_format=step.response_format, **options)
            except (TimeoutError, UpstreamError) as exc:
                throw = exc  # the flow decides: a spent deadline or an upstream failure


async def adrive(flow: ReaskFlow, policy: Policy, model: Any, approver: Approver | None = None) -> Outcome:
    """Run a flow from an event loop. Model calls are cut off at the deadline; heavy checks run
    in a worker thread."""
    chat = as_async_model(model)
    engine = engine_for(policy)
    sent: Any = None
    throw: BaseException | None = None
    while True:
        try:
            step = flow.throw(throw) if throw is not None else flow.send(sent)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        throw = None
        if isinstance(step, ScreenInput):
            sent = await engine.ascreen_messages(step.messages, step.ctx)
        elif isinstance(step, ValidateReply):
            sent = await engine.avalidate_reply(
                step.text, step.ctx, tool_calls=step.tool_calls, tools=step.tools
            )
        elif isinstance(step, Approve):
            decision = approver(step) if approver is not None else False
            if inspect.isawaitable(decision):
                decision = await decision
            sent = decision is True
        else:
            options = call_options(chat.acomplete, step.timeout_s, step.sampling)
            call = chat.acomplete(step.messages, response_format=step.response_format, **options)
            try:
                sent = await asyncio.wait_for(call, timeout=step.timeout_s)
            except (TimeoutError, UpstreamError) as exc:
                throw = exc


def _supports_structured(model: Any) -> bool:
    return bool(getattr(model, "supports_response_format", False))


def run(
    policy: Policy,
    model: Any,
    messages: Sequence[Message],
    *,
    approver: Approver | None = None,
    **options: Any,
) -> Outcome:
    """Screen ``messages``, call ``model`` and re-ask until the reply conforms (sync).

    ``approver`` decides replies a check marked ``approve`` (without one they are blocked).
    ``tools`` (the declared OpenAI tools) turns on tool-call validation. Returns the
    :class:`Outcome`; raises :class:`InputBlocked`, :class:`ReaskExhausted` or
    :class:`UpstreamError`.
    """
    options.setdefault("structured_supported", _supports_structured(model))
    return drive(reask_flow(policy, messages, **options), policy, model, approver)


async def arun(
    policy: Policy,
    model: Any,
    messages: Sequence[Message],
    *,
    approver: Approver | None = None,
    **options: Any,
) -> Outcome:
    """Async :func:`run` (the approver may be async)."""
    options.setdefault("structured_supported", _supports_structured(model))
    return await adrive(reask_flow(policy, messages, **options), policy, model, approver)

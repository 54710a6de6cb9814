"""Tool calls are actions: validate what the model asks to execute before anything runs.

Each call's ``arguments`` are parsed with the same extraction and repair as replies (and a JSON
string holding JSON is unwrapped), then validated against the ``parameters`` JSON Schema the
request declared for that tool. Calls to undeclared tools and to tools the policy forbids are
violations; the policy's per-tool checks run on the (repaired) arguments.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from guard.decision import run_checks
from guard.extraction import How, extract_json
from guard.result import Action, Context, Loc, Verdict, Violation, strictest

if TYPE_CHECKING:
    from guard.checks.schema import JsonSchema
    from guard.policy import ToolPolicy

__all__ = ["declared_tools", "judge_tool_calls"]

CHECK = "tool_calls"


def declared_tools(tools: Sequence[Mapping[str, Any]] | None) -> dict[str, dict[str, Any] | None]:
    """Tool name -> declared ``parameters`` schema (None when the tool declares none)."""
    declared: dict[str, dict[str, Any] | None] = {}
    for tool in tools or ():
        if not isinstance(tool, Mapping):
            continue
        function = tool.get("function")
        if isinstance(function, Mapping) and isinstance(function.get("name"), str):
            parameters = function.get("parameters")
            declared[function["name"]] = parameters if isinstance(parameters, dict) else None
    return declared


@lru_cache(maxsize=256)
def _schema_check(schema_json: str) -> JsonSchema | None:
    from pydantic import ValidationError as PydanticError

    from guard.checks.schema import JsonSchema

    try:
        return JsonSchema.model_validate(
            {"json_schema": json.loads(schema_json), "repair": False, "label": CHECK}
        )
    except PydanticError:
        return None


def _violation(type: str, message: str, loc: Loc, action: Action) -> Violation:
    return Violation(type, message, CHECK, loc, action=action)


def _parse_arguments(raw: Any) -> tuple[Any, str | None, str | None]:
    """(value, how it was repaired or None, error)."""
    if isinstance(raw, (dict, list)):
        return raw, None, None
    if not isinstance(raw, str):
        return None, None, "arguments are not a JSON string"
    if not raw.strip():
        return {}, None, None  # a call with no arguments
    extraction = extract_json(raw, want_container=False)
    if not extraction.ok:
        return None, None, f"arguments are {extraction.error}"
    value, how = extraction.value, extraction.how
    if isinstance(value, str):  # arguments double-encoded: a JSON string of JSON
        inner = extract_json(value)
        if inner.ok and isinstance(inner.value, (dict, list)):
            return inner.value, "arguments were a JSON string holding JSON; unwrapped", None
    if how is How.BARE:
        return value, None, None
    return value, f"arguments were not bare JSON ({how.value if how else 'unknown'}); repaired", None


def judge_tool_calls(
    rules: ToolPolicy,
    calls: Sequence[Mapping[str, Any]],
    tools: Sequence[Mapping[str, Any]] | None,
    ctx: Context,
) -> Verdict:
    """Judge a reply's tool calls by the policy's ``rules`` against the tools the request
    declared (see :meth:`guard.engine.Engine.validate_tool_calls`)."""
    declared = declared_tools(tools) if tools is not None else None
    violations: list[Violation] = []
    fixed: list[dict[str, Any]] = []
    for index, call in enumerate(calls):
        loc: Loc = ("tool_calls", index)
        function = call.get("function") if isinstance(call, Mapping) else None
        if not isinstance(function, Mapping) or not isinstance(function.get("name"), str):
            violations.append(
                _violation("malformed_tool_call", "tool call has no function name", loc, rules.on_fail)
            )
            fixed.append(dict(call) if isinstance(call, Mapping) else {})
            continue
        name = function["name"]
        where: Loc = (*loc, "function", "arguments")
        if name in rules.forbid:
            violations.append(
                _violation(
                    "forbidden_tool",
                    f"tool {name!r} may not be called",
                    (*loc, "function", "name"),
                    Action.BLOCK,
                )
            )
        if declared is not None and name not in declared:
            known = ", ".join(sorted(declared)) or "none"
            violations.append(
                _violation(
                    "unknown_tool",
                    f"tool {name!r} was not offered in this request (declared: {known})",
                    (*loc, "function", "name"),
                    rules.on_fail,
                )
            )
        value, repaired, error = _parse_arguments(function.get("arguments"))
        if error is not None:
            violations.append(_violation("arguments_invalid", error, where, rules.on_fail))
            fixed.append(dict(call))
            continue
        if repaired is not None:
            violations.append(_violation("arguments_repaired", repaired, where, Action.FIX))
        schema = declared.get(name) if declared is not None else None
        if schema is not None:
            check = _schema_check(json.dumps(schema, sort_keys=True))
            if check is None:
                violations.append(
                    _violation(
                        "tool_schema_invalid", f"tool {name!r} declares an invalid schema", loc, Action.BLOCK
                    )
                )
            else:
                found, _ = check.validate_value(value)
                violations.extend(replace(v, loc=where + v.loc, action=rules.on_fail) for v in found)
        original = function.get("arguments")
        # Forward the model's own text when it was fine; a repair forwards the repaired JSON.
        arguments = (
            original
            if repaired is None and isinstance(original, str) and original.strip()
            else json.dumps(value, ensure_ascii=False)
        )
        checks = rules.calls.get(name, ())
        if checks:
            verdict = run_checks(checks, arguments, ctx, loc=where)
            violations.extend(verdict.violations)
            if verdict.text is not None:
                arguments = verdict.text
        fixed.append({**call, "function": {**function, "arguments": arguments}})
    action = strictest([v.action for v in violations if v.action is not None])
    return Verdict(action, tuple(violations), None, None, tool_calls=tuple(fixed))

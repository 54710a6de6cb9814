"""The decision core: run a stage's checks on one text and decide.

Checks report; this decides. For each failing check the action is its ``on_fail``; a ``fix``
feeds the fixed text to the next check; a ``fix`` without a fixed value blocks; a repair the check
calls deterministic (``repaired``) applies as a fix whatever ``on_fail`` says; the strictest action
wins. A block by a check that bounds the text's size (``length``) ends the run: the checks after
it do not read a text refused for its size. A check that raises fails closed with
:class:`CheckError` unless it says ``on_error: allow``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from guard.checks.base import BaseCheck, parse_path
from guard.checks.text import scrub_surrogates
from guard.errors import CheckError
from guard.result import Action, CheckResult, Context, Loc, Verdict, Violation, strictest

__all__ = ["TIMINGS_KEY", "on_field", "run_checks"]

#: When ``Context.state`` holds a dict under this key, each check's run time is added to it
#: (seconds, by check name): the surfaces report them in metrics and in the response.
TIMINGS_KEY = "timings"


def run_checks(checks: Sequence[BaseCheck], text: str, ctx: Context, *, loc: Loc = ()) -> Verdict:
    """Run ``checks`` in order on ``text`` and decide (see the module docstring)."""
    current = scrub_surrogates(text)
    changed = False
    violations: list[Violation] = []
    value: Any = None
    timings = ctx.state.get(TIMINGS_KEY)
    for chk in checks:
        started = time.perf_counter()
        try:
            if chk.at is not None:
                result, where = on_field(chk, current, ctx)
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
        if action is Action.BLOCK and chk.ends_run_on_block:
            break
    final = strictest([v.action for v in violations if v.action is not None])
    return Verdict(final, tuple(violations), current if changed else text, value)


def on_field(chk: BaseCheck, text: str, ctx: Context) -> tuple[CheckResult, Loc]:
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

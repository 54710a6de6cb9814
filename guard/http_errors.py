"""The HTTP answer for every guard error, the same on every surface.

Input blocked: 400 ``input_blocked``; reply rejected after the budget: 422 ``output_rejected``;
a check that cannot run: 500 ``check_error``; upstream timeout: 504; upstream down or malformed:
502; the upstream's own 4xx answer is relayed with its status and a sanitised message only. No
answer carries a raw offending value, an echoed credential or an echoed prompt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from guard.errors import CheckError, GuardError, InputBlocked, ReaskExhausted, UpstreamError
from guard.openai_wire import error_body
from guard.result import Violation, format_loc

__all__ = ["failure", "relayed_error", "summary"]


def summary(violations: Sequence[Violation]) -> str:
    """A short, value-free line naming the rejecting violations."""
    shown = [
        f"{v.type} ({v.check}) at {format_loc(v.loc)}"
        for v in violations
        if v.action is None or v.action.rejects
    ]
    return "; ".join(shown[:5]) or "rejected"


def failure(exc: GuardError, *, upstream: str = "upstream model") -> tuple[int, dict[str, Any]]:
    """The HTTP status and OpenAI error body every surface answers for a guard error.

    Input blocked: 400 ``input_blocked``; reply rejected after the budget: 422 ``output_rejected``
    (both with the violations); a check that cannot run: 500 ``check_error``; upstream timeout:
    504; upstream down or malformed: 502; the upstream's own 4xx answer (an unknown model, a bad
    key) is relayed with its status and a sanitised message (:func:`relayed_error`), since it is
    about the client's own request.
    """
    if isinstance(exc, InputBlocked):
        violations = exc.verdict.violations
        return 400, error_body(
            "input blocked by guard: " + summary(violations), code="input_blocked", violations=violations
        )
    if isinstance(exc, ReaskExhausted):
        violations = exc.best.verdict.violations
        return 422, error_body(
            f"reply rejected by guard after {len(exc.attempts)} attempt(s) ({exc.reason}): "
            + summary(violations),
            code="output_rejected",
            violations=violations,
            attempts=len(exc.attempts),
        )
    if isinstance(exc, CheckError):
        return 500, error_body(str(exc), type="server_error", code="check_error")
    if isinstance(exc, UpstreamError):
        if exc.kind == "timeout":
            return 504, error_body(f"{upstream}: {exc.reason}", type="server_error", code="upstream_timeout")
        relayable = (
            exc.kind == "status" and exc.status is not None and 400 <= exc.status < 500 and exc.status != 429
        )
        if relayable:
            assert exc.status is not None
            return exc.status, relayed_error(exc.body, exc.status)
        return 502, error_body(f"{upstream}: {exc.reason}", type="server_error", code="upstream_error")
    return 500, error_body("guard could not handle this request", type="server_error", code="guard_error")


_IDENTIFIER = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
# What an echoing upstream could hand back: credentials and personal data. The relayed message
# is cut short too, so an echoed prompt does not come back whole.
_SECRETS = re.compile(
    r"(?i)\b(?:bearer|basic)\s+\S+"
    r"|\b(?:sk|pk|rk|ghp|gho|xox[abp]|AKIA|AIza)[-_A-Za-z0-9]{8,}"
    r"|[A-Za-z0-9+/_\-]{24,}={0,2}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\+?\d[\d ().-]{6,}\d"
)
RELAYED_MESSAGE_CHARS = 200


def relayed_error(raw: bytes | None, status: int) -> dict[str, Any]:
    """The upstream's own 4xx answer, sanitised for the client: only ``message`` (redacted of
    anything that looks like a credential, an email or a phone number, and cut short), and
    ``type``/``code``/``param`` when they are short identifiers. Never the raw body."""
    error: Any = None
    if raw:
        try:
            parsed = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            parsed = None
        error = parsed.get("error") if isinstance(parsed, dict) else None
    if not isinstance(error, Mapping):
        error = {}
    message = error.get("message")
    text = message if isinstance(message, str) else f"upstream answered HTTP {status}"
    text = _SECRETS.sub("[redacted]", text[: RELAYED_MESSAGE_CHARS * 4])
    if len(text) > RELAYED_MESSAGE_CHARS:
        text = text[:RELAYED_MESSAGE_CHARS] + "..."
    fields = {
        key: value
        for key in ("type", "code", "param")
        if isinstance(value := error.get(key), str) and _IDENTIFIER.match(value)
    }
    return error_body(
        f"upstream: {text}",
        type=fields.get("type", "invalid_request_error"),
        code=fields.get("code"),
        param=fields.get("param"),
    )

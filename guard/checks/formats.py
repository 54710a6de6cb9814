"""Stricter JSON Schema assertions than ``jsonschema``'s defaults, for model output.

- ``format``: jsonschema's ``email`` only looks for an ``@``, its ``date-time`` checker misses
  leap-second rules and trailing newlines, and its ``uuid`` accepts underscores. Model output is
  exactly where such near-misses appear, so these follow RFC 5321/3339/4122.
- ``pattern`` and ``patternProperties`` run on re2 (linear time, and it understands ``\\p{L}``);
  a pattern re2 cannot compile (look-around) falls back to Python's ``re``.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

__all__ = ["extend_validator"]

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = rf'(?:{_ATEXT}(?:\.{_ATEXT})*|"(?:[^"\\\r\n]|\\.)*")'
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(
    rf"({_LOCAL})@(?:((?:{_LABEL}\.)*{_LABEL})|\[(IPv6:[0-9A-Fa-f:.]+|[0-9.]+)\])\Z", re.ASCII
)
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))\Z",
    re.ASCII,
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z", re.ASCII)


def is_email(value: object) -> bool:
    """RFC 5321 mailbox: dot-atom or quoted local part; hostname or IP literal domain."""
    if not isinstance(value, str):
        return True
    match = _EMAIL.match(value)
    if match is None or len(value) > 320:
        return False
    literal = match.group(3)
    if literal is None:
        return True
    try:
        if literal.startswith("IPv6:"):
            ipaddress.IPv6Address(literal[5:])
        else:
            ipaddress.IPv4Address(literal)
    except ValueError:
        return False
    return True


def is_date_time(value: object) -> bool:
    """RFC 3339 date-time, leap seconds only at 23:59:60 UTC."""
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.match(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    offset_minutes = 0
    if match.group(8):
        off_h, off_m = int(match.group(9)), int(match.group(10))
        if off_h > 23 or off_m > 59:
            return False
        offset_minutes = (off_h * 60 + off_m) * (1 if match.group(8) == "+" else -1)
    if second == 60:
        utc = (hour * 60 + minute - offset_minutes) % (24 * 60)
        return utc == 23 * 60 + 59
    return True


def is_uuid(value: object) -> bool:
    """RFC 4122 textual UUID, ASCII hex digits only."""
    return not isinstance(value, str) or _UUID.match(value) is not None


# ECMA-262 accepts long Unicode category names; re2 knows the short ones.
_LONG_CATEGORIES = {
    "Letter": "L",
    "Lowercase_Letter": "Ll",
    "Uppercase_Letter": "Lu",
    "Titlecase_Letter": "Lt",
    "Modifier_Letter": "Lm",
    "Other_Letter": "Lo",
    "Mark": "M",
    "Number": "N",
    "Decimal_Number": "Nd",
    "Letter_Number": "Nl",
    "Other_Number": "No",
    "Punctuation": "P",
    "Symbol": "S",
    "Separator": "Z",
    "Space_Separator": "Zs",
    "Other": "C",
    "Control": "Cc",
}
_CATEGORY = re.compile(r"\\([pP])\{(?:General_Category=|gc=)?([A-Za-z_]+)\}")


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> Any:
    from guard.checks.text import compile_re2

    translated = _CATEGORY.sub(
        lambda m: f"\\{m.group(1)}{{{_LONG_CATEGORIES.get(m.group(2), m.group(2))}}}", pattern
    )
    try:
        return compile_re2(translated)
    except ValueError:
        return re.compile(pattern)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError as SchemaViolation

    if validator.is_type(instance, "string") and _compiled(pattern).search(instance) is None:
        yield SchemaViolation(f"does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        compiled = _compiled(pattern)
        for key, value in instance.items():
            if compiled.search(key) is not None:
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def extend_validator(cls: Any) -> tuple[Any, Any]:
    """Return (validator class with re2 patterns, format checker with the strict formats)."""
    from jsonschema import validators

    extended = validators.extend(  # type: ignore[no-untyped-call]
        cls, {"pattern": _pattern, "patternProperties": _pattern_properties}
    )
    checker = cls.FORMAT_CHECKER
    checker = type(checker)(formats=list(checker.checkers))
    checker.checkers.update(cls.FORMAT_CHECKER.checkers)
    checker.checks("email")(is_email)
    checker.checks("idn-email")(is_email)
    checker.checks("date-time")(is_date_time)
    checker.checks("uuid")(is_uuid)
    checker.checks("regex", raises=(ValueError, re.error))(is_regex)
    return extended, checker


def is_regex(value: object) -> bool:
    """A pattern re2 or Python's ``re`` can compile (raises when neither can)."""
    if isinstance(value, str):
        _compiled(value)
    return True

"""Stricter JSON Schema assertions than ``jsonschema``'s defaults, for model output.

- ``format`` is asserted, with the same checkers whatever the schema's draft: jsonschema starts
  each draft from that draft's own list, so a draft-04 schema's ``date`` or ``duration`` would go
  unchecked. Every draft gets the 2020-12 formats (:data:`ASSERTED_FORMATS`); draft 3 keeps its own
  ``time``, ``ip-address``, ``host-name`` and ``color`` on top.
- jsonschema's ``email`` only looks for an ``@``, its ``date-time`` checker misses leap-second
  rules and trailing newlines, and its ``uuid`` accepts underscores. Model output is exactly where
  such near-misses appear, so these follow RFC 5321/3339/4122 (``time`` too: RFC 3339
  ``full-time``, zone required).
- ``pattern``, ``patternProperties`` (and so ``propertyNames``) run on re2: linear time, and it
  understands ``\\p{L}``. A pattern re2 cannot compile (look-around, back-references) runs on the
  ``regex`` module under a hard time limit shared by one validation
  (:data:`FALLBACK_BUDGET_S`); when it runs out the value is reported as ``pattern_timeout``, so
  the reply is rejected (fail closed), never accepted unchecked. Strings are matched with lone
  surrogates replaced by U+FFFD (re2 cannot encode them).
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

__all__ = [
    "ASSERTED_FORMATS",
    "FALLBACK_BUDGET_S",
    "ecma_to_python",
    "extend_validator",
    "fallback_budget",
    "uses_fallback",
]

#: Formats asserted on every draft (draft 3 adds its own ``ip-address``, ``host-name``, ``color``).
ASSERTED_FORMATS = (
    "date",
    "date-time",
    "duration",
    "email",
    "hostname",
    "idn-email",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "iri",
    "iri-reference",
    "json-pointer",
    "regex",
    "relative-json-pointer",
    "time",
    "uri",
    "uri-reference",
    "uri-template",
    "uuid",
)
#: Seconds of backtracking-regex time one validation may spend on patterns re2 cannot run.
FALLBACK_BUDGET_S = 0.1
# Seconds of fallback matching left to the current validation (a one-item list, spent in place).
_budget: ContextVar[list[float] | None] = ContextVar("guard_pattern_budget", default=None)

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


def is_time(value: object) -> bool:
    """RFC 3339 full-time: ``12:00:00Z``, ``08:30:06.283185+01:00``; the zone is required."""
    return not isinstance(value, str) or is_date_time("1970-01-01T" + value)


def is_uuid(value: object) -> bool:
    """RFC 4122 textual UUID, ASCII hex digits only."""
    return not isinstance(value, str) or _UUID.match(value) is not None


_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z", re.ASCII)
_IDN_DOTS = re.compile("[\u3002\uff0e\uff61]")


def is_hostname(value: object, *, reserved_hyphens: bool = True) -> bool:
    """RFC 1123 host name, ASCII; an ``xn--`` label must be valid IDNA 2008 punycode. Since draft 7
    (RFC 5890) other labels with ``--`` in the third and fourth positions are reserved;
    ``reserved_hyphens=False`` is the plain RFC 1123 rule of the older drafts."""
    if not isinstance(value, str):
        return True
    if not value or not value.isascii() or len(value) > 253:
        return False
    import idna

    for label in value.split("."):
        if _HOST_LABEL.match(label) is None:
            return False
        if label[2:4] == "--":  # R-LDH labels are reserved; only A-labels may use them
            if label[:2].lower() != "xn":
                if reserved_hyphens:
                    return False
                continue
            try:
                idna.decode(label.lower())
            except (idna.IDNAError, UnicodeError, ValueError):
                return False
    return True


def is_idn_hostname(value: object) -> bool:
    """Internationalised host name (IDNA 2008 with the bidi rule over the whole name)."""
    if not isinstance(value, str):
        return True
    import idna

    name = _IDN_DOTS.sub(".", value)
    labels = name.split(".")
    if not name or any(not label for label in labels):
        return False  # empty name, empty label, trailing dot
    try:
        ascii_name = idna.encode(name)
        if len(ascii_name) > 253:
            return False
        if any(_rtl(c) for c in name):  # a bidi domain name
            for label in labels:
                idna.check_bidi(label, check_ltr=True)
    except (idna.IDNAError, UnicodeError, ValueError):
        return False
    return True


def _rtl(char: str) -> bool:
    import unicodedata

    return unicodedata.bidirectional(char) in ("R", "AL", "AN")


_IDN_ATEXT = r"(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x00-\x7f\ud800-\udfff])+"
_IDN_LOCAL = re.compile(rf'(?:{_IDN_ATEXT}(?:\.{_IDN_ATEXT})*|"(?:[^"\\\r\n]|\\.)*")\Z')


def is_idn_email(value: object) -> bool:
    """RFC 6531 mailbox: UTF-8 local part, internationalised domain (NFC-normalised first)."""
    if not isinstance(value, str):
        return True
    import unicodedata

    local, at, domain = value.rpartition("@")
    if not at or not local or len(value) > 320 or _IDN_LOCAL.match(local) is None:
        return False
    if value.isascii():
        return is_email(value)
    if domain.startswith("["):
        return is_email("x@" + domain)
    return is_idn_hostname(unicodedata.normalize("NFC", domain))


_DUR_TIME = r"T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)"
_DURATION = re.compile(
    rf"P(?:\d+W|(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:{_DUR_TIME})?|{_DUR_TIME})\Z", re.ASCII
)


def is_duration(value: object) -> bool:
    """RFC 3339 appendix A duration: ``P1Y2M3DT4H5M6S``, ``P2W``; integers only, no sign."""
    return not isinstance(value, str) or _DURATION.match(value) is not None


_PCT = r"%[0-9A-Fa-f]{2}"
_UCS = "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef" + "".join(
    f"{chr(plane * 0x10000)}-{chr(plane * 0x10000 + 0xFFFD)}" for plane in range(1, 15)
)
_IPRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_VARCHAR = rf"(?:[A-Za-z0-9_]|{_PCT})"
_VARSPEC = rf"{_VARCHAR}(?:\.?{_VARCHAR})*(?::[1-9][0-9]{{0,3}}|\*)?"
_URI_TEMPLATE = re.compile(
    rf"(?:[!#$&-;=?-\[\]_a-z~{_UCS}{_IPRIVATE}]|{_PCT}"
    rf"|\{{[+#./;?&=,!@|]?{_VARSPEC}(?:,{_VARSPEC})*\}})*\Z"
)


def is_uri_template(value: object) -> bool:
    """RFC 6570 URI Template (any level)."""
    return not isinstance(value, str) or _URI_TEMPLATE.match(value) is not None


_RELATIVE_POINTER = re.compile(r"(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^/~]|~[01])*)*)\Z")


def is_relative_json_pointer(value: object) -> bool:
    """Relative JSON Pointer: a non-negative integer (ASCII, no leading zero), then ``#`` or a
    JSON Pointer."""
    return not isinstance(value, str) or _RELATIVE_POINTER.match(value) is not None


_IP_LITERAL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//(?:[^@/?#\[]*@)?\[([^\]]*)\]")


def _ip_literal_ok(value: str) -> bool:
    match = _IP_LITERAL.match(value)
    if match is None or match.group(1)[:1] in ("v", "V"):  # none, or IPvFuture
        return True
    try:
        ipaddress.IPv6Address(match.group(1).partition("%25")[0])
    except ValueError:
        return False
    return True


def _uri_rule(rule: str) -> Any:
    from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if re.search(r"[\x00-\x20\x7f]", value):
            return False  # controls, spaces, a trailing newline
        candidate = re.sub(r"//([^@/?#\[]*@)?\[V", r"//\1[v", value, count=1)
        return validate_rfc3986(candidate, rule=rule) is not None and _ip_literal_ok(value)

    return check


_NOT_IRI_CHAR = re.compile(rf"[^\x00-\x7f{_UCS}{_IPRIVATE}]")


def _iri_rule(rule: str) -> Any:
    uri = _uri_rule(rule)

    def check(value: object) -> bool:
        """RFC 3987: map the IRI to a URI (non-ASCII characters percent-encoded), check that."""
        if not isinstance(value, str):
            return True
        if _NOT_IRI_CHAR.search(value):
            return False
        before, _, fragment = value.partition("#")
        head = before.partition("?")[0]
        if re.search(f"[{_IPRIVATE}]", head + fragment):
            return False  # private-use characters only in the query
        mapped = "".join(c if c.isascii() else "".join(f"%{b:02X}" for b in c.encode()) for c in value)
        return bool(uri(mapped))

    return check


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


_ECMA_ESCAPES = frozenset("dDwWsSbBfnrtvcxupPk0123456789")
_INLINE_FLAGS = re.compile(r"\(\?[A-Za-z-]*\)")


def ecma_to_python(pattern: str) -> str:
    r"""Check that ``pattern`` is ECMA 262 syntax and rewrite what re2 and ``regex`` spell
    differently: ``\k<name>``, ``\cX``, ``\uHHHH``, the empty classes ``[]`` and ``[^]``.
    Raises ``ValueError`` for syntax ECMA 262 does not have: Python's ``(?P...)`` groups and
    ``(?#...)`` comments, global inline flags ``(?i)``, letter escapes such as ``\a`` or ``\Z``."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        char = pattern[i]
        if char == "\\":
            if i + 1 >= n:
                raise ValueError("pattern ends with a backslash")
            escaped = pattern[i + 1]
            if escaped == "c" and i + 2 < n and pattern[i + 2].isascii() and pattern[i + 2].isalpha():
                out.append(f"\\x{ord(pattern[i + 2]) % 32:02x}")
                i += 3
                continue
            if escaped == "u":
                hexa = re.match(r"\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{4})", pattern[i + 2 :])
                if hexa is None:
                    raise ValueError("\\u must be followed by four hex digits or {hex}")
                out.append(f"\\x{{{hexa.group(1) or hexa.group(2)}}}")
                i += 2 + hexa.end()
                continue
            if escaped == "k" and not in_class:
                name = re.match(r"<([A-Za-z_][A-Za-z0-9_]*)>", pattern[i + 2 :])
                if name is None:
                    raise ValueError("\\k must name a group: \\k<name>")
                out.append(f"(?P={name.group(1)})")
                i += 2 + name.end()
                continue
            if escaped.isascii() and escaped.isalpha() and escaped not in _ECMA_ESCAPES:
                raise ValueError(f"\\{escaped} is not an ECMA 262 escape")
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
            i += 1
            continue
        if char == "[":
            # ECMA's empty classes; when a later "]" could close the class instead, keep the
            # re2/Python reading (a class holding "]") that such schemas were written against.
            if pattern.startswith("[]", i) and "]" not in pattern[i + 2 :]:
                out.append("[^\\x00-\\x{10ffff}]")
                i += 2
                continue
            if pattern.startswith("[^]", i) and "]" not in pattern[i + 3 :]:
                out.append("[\\s\\S]")
                i += 3
                continue
            in_class = True
            if pattern.startswith(("[]", "[^]"), i):  # "]" right after "[" or "[^" is a member
                bracket = 2 if pattern[i + 1] == "]" else 3
                out.append(pattern[i : bracket + i])
                i += bracket
                continue
        elif char == "(" and pattern.startswith("(?", i):
            if pattern.startswith(("(?P", "(?#"), i):
                raise ValueError("(?P...) and (?#...) are Python syntax, not ECMA 262")
            if _INLINE_FLAGS.match(pattern, i):
                raise ValueError("global inline flags such as (?i) are not ECMA 262")
        out.append(char)
        i += 1
    return "".join(out)


class _Fallback:
    """A pattern re2 cannot run, on the backtracking ``regex`` module under a time limit."""

    def __init__(self, compiled: Any) -> None:
        self.compiled = compiled

    def search(self, text: str) -> Any:
        """Like ``re.search``; raises ``TimeoutError`` when the validation's budget is spent.
        Only the time spent matching counts against the budget, not the rest of validation."""
        budget = _budget.get()
        remaining = FALLBACK_BUDGET_S if budget is None else budget[0]
        if remaining <= 0:
            raise TimeoutError("pattern budget spent")
        started = time.perf_counter()
        try:
            return self.compiled.search(text, timeout=remaining)
        finally:
            if budget is not None:
                budget[0] -= time.perf_counter() - started


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> Any:
    from guard.checks.text import compile_re2

    try:
        python = ecma_to_python(pattern)
    except ValueError:  # re2/Python syntax such as (?i) or (?P<n>...): schemas have always used it
        python = pattern
    translated = _CATEGORY.sub(
        lambda m: f"\\{m.group(1)}{{{_LONG_CATEGORIES.get(m.group(2), m.group(2))}}}", python
    )
    try:
        return compile_re2(translated)
    except ValueError:
        pass
    import regex  # type: ignore[import-untyped]

    try:
        return _Fallback(regex.compile(python))
    except regex.error as exc:
        raise ValueError(f"invalid pattern: {exc}") from None


def uses_fallback(pattern: str) -> bool:
    """True when ``pattern`` cannot run on re2 (and runs time-limited on ``regex``)."""
    return isinstance(_compiled(pattern), _Fallback)


@contextmanager
def fallback_budget(seconds: float = FALLBACK_BUDGET_S) -> Iterator[None]:
    """Share one time budget among every fallback pattern match of one validation."""
    token = _budget.set([seconds])
    try:
        yield
    finally:
        _budget.reset(token)


_RESULTS: dict[tuple[str, str], bool] = {}  # (pattern, short string) -> match; bounded, cleared when full


def _search(pattern: str, compiled: Any, text: str) -> bool | None:
    """Whether ``compiled`` matches somewhere in ``text``; None when it ran out of time.

    Short strings are remembered per pattern: ``patternProperties`` meets the same keys in every
    reply, and a dictionary lookup is much cheaper than a call into re2."""
    from guard.checks.text import scrub_surrogates

    key = (pattern, text) if len(text) <= 64 else None
    if key is not None:
        found = _RESULTS.get(key)
        if found is not None:
            return found
    try:
        found = compiled.search(scrub_surrogates(text)) is not None
    except TimeoutError:
        return None
    if key is not None:
        if len(_RESULTS) >= 16384:
            _RESULTS.clear()
        _RESULTS[key] = found
    return found


def _timeout(pattern: str) -> Any:
    from jsonschema.exceptions import ValidationError as SchemaViolation

    return SchemaViolation(f"pattern {pattern!r} could not be checked in time", validator="pattern_timeout")


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError as SchemaViolation

    if not validator.is_type(instance, "string"):
        return
    found = _search(pattern, _compiled(pattern), instance)
    if found is None:
        yield _timeout(pattern)
    elif not found:
        yield SchemaViolation(f"does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        compiled = _compiled(pattern)
        for key, value in instance.items():
            found = _search(pattern, compiled, key)
            if found is None:
                error = _timeout(pattern)
                error.path.appendleft(key)
                yield error
            elif found:
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _descend_keeping_false_paths(descend: Any) -> Any:
    """jsonschema reports a ``false`` subschema without the location it descended to (and quotes
    the whole value in its message): report it at its location, without the value. Not a
    generator itself, so the common case pays no extra frame."""
    from jsonschema.exceptions import ValidationError as SchemaViolation

    def false_schema(instance: Any, path: Any, schema_path: Any) -> Iterator[Any]:
        error = SchemaViolation("a false schema allows no value", instance=instance)
        error.validator = None  # type: ignore[assignment]
        if path is not None:
            error.path.appendleft(path)
        if schema_path is not None:
            error.schema_path.appendleft(schema_path)
        yield error

    def patched(
        self: Any,
        instance: Any,
        schema: Any,
        path: Any = None,
        schema_path: Any = None,
        resolver: Any = None,
    ) -> Iterator[Any]:
        if schema is False:
            return false_schema(instance, path, schema_path)
        result: Iterator[Any] = descend(
            self, instance, schema, path=path, schema_path=schema_path, resolver=resolver
        )
        return result

    return patched


@lru_cache(maxsize=16)
def extend_validator(cls: Any) -> tuple[Any, Any, Any]:
    """Return (validator class with re2 patterns, format checker with the strict formats, the
    format checker for the schema itself against its metaschema), once per draft."""
    from jsonschema import (
        Draft3Validator,
        Draft4Validator,
        Draft6Validator,
        Draft202012Validator,
        FormatChecker,
        validators,
    )

    extended = validators.extend(  # type: ignore[no-untyped-call]
        cls, {"pattern": _pattern, "patternProperties": _pattern_properties}
    )
    extended.descend = _descend_keeping_false_paths(extended.descend)
    checker = FormatChecker(formats=())
    checker.checkers.update(Draft202012Validator.FORMAT_CHECKER.checkers)
    if issubclass(cls, Draft3Validator):
        checker.checkers.update(Draft3Validator.FORMAT_CHECKER.checkers)
    checker.checks("email")(is_email)
    checker.checks("idn-email")(is_idn_email)
    old_draft = any(issubclass(cls, draft) for draft in (Draft3Validator, Draft4Validator, Draft6Validator))
    if old_draft:
        checker.checks("hostname")(lambda value: is_hostname(value, reserved_hyphens=False))
    else:
        checker.checks("hostname")(is_hostname)
    checker.checks("idn-hostname")(is_idn_hostname)
    checker.checks("duration")(is_duration)
    checker.checks("uri-template")(is_uri_template)
    checker.checks("relative-json-pointer")(is_relative_json_pointer)
    checker.checks("uri")(_uri_rule("URI"))
    checker.checks("uri-reference")(_uri_rule("URI_reference"))
    checker.checks("iri")(_iri_rule("URI"))
    checker.checks("iri-reference")(_iri_rule("URI_reference"))
    checker.checks("date-time")(is_date_time)
    if not issubclass(cls, Draft3Validator):  # draft 3's time has no zone
        checker.checks("time")(is_time)
    checker.checks("uuid")(is_uuid)
    checker.checks("regex")(is_regex)
    missing = [name for name in ASSERTED_FORMATS if name not in checker.checkers]
    if missing:  # a format library of jsonschema[format-nongpl] is not installed
        raise ValueError(
            f"cannot assert formats {', '.join(missing)}: pip install 'jsonschema[format-nongpl]'"
        )
    loading = FormatChecker(formats=())
    loading.checkers.update(checker.checkers)
    loading.checks("regex")(is_schema_pattern)
    return extended, checker, loading


def is_regex(value: object) -> bool:
    """``format: regex`` on a value: ECMA 262 syntax that re2 or the ``regex`` module compiles."""
    if isinstance(value, str):
        try:
            ecma_to_python(value)
            _compiled(value)
        except ValueError:
            return False
    return True


def is_schema_pattern(value: object) -> bool:
    """A schema's own ``pattern``: ECMA 262, or re2/Python syntax (``(?i)``), if an engine
    compiles it. Refusing ``(?i)`` at load would break schemas that worked."""
    if isinstance(value, str):
        try:
            _compiled(value)
        except ValueError:
            return False
    return True

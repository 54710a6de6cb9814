"""JSON Schema check: formats on every draft, patterns re2 cannot run, and the defects of issue 15."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError as PydanticError

import guard.checks.schema as schema_module
from guard.checks.base import Context
from guard.checks.formats import ASSERTED_FORMATS, FALLBACK_BUDGET_S, uses_fallback
from guard.checks.schema import MAX_VIOLATIONS, JsonSchema

CTX = Context(stage="output")
DRAFT4 = "http://json-schema.org/draft-04/schema#"
DRAFT6 = "http://json-schema.org/draft-06/schema#"
DRAFT7 = "http://json-schema.org/draft-07/schema#"
DRAFT2020 = "https://json-schema.org/draft/2020-12/schema"

# (format, value, valid): the suite's draft-04/06 folders have few of these
FORMAT_CASES = [
    ("date", "2024-02-29", True),
    ("date", "2023-02-29", False),
    ("date", "2024-1-05", False),
    ("time", "12:00:00Z", True),
    ("time", "08:30:06.283185+01:00", True),
    ("time", "23:59:60Z", True),
    ("time", "12:00:00", False),  # RFC 3339 full-time: the zone is required
    ("time", "25:00:00Z", False),
    ("date-time", "2024-05-01T12:00:00Z", True),
    ("date-time", "2024-05-01T12:00:00Z\n", False),
    ("date-time", "2024-05-01T12:30:60Z", False),  # leap second only at 23:59 UTC
    ("duration", "P1Y2M3DT4H5M6S", True),
    ("duration", "P2W", True),
    ("duration", "PT0.5S", False),
    ("duration", "P1Y2D", False),
    ("duration", "1 day", False),
    ("email", "jane@example.org", True),
    ("email", "jane@example.org@x", False),
    ("idn-email", "δοκιμή@example.com", True),
    ("idn-email", "no-at-sign", False),
    ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", True),
    ("uuid", "2eb8aa08_aa98_11ea_b4aa_73b441d16380", False),
    ("iri", "http://ƒøø.ßår/?∂éœ=πîx#πîüx", True),
    ("iri", "http://[2001:db8::1]/ü", True),
    ("iri", "/relative/only", False),
    ("iri-reference", "//ƒøø.ßår/?∂éœ=πîx#πîüx", True),
    ("iri-reference", "\\\\WINDOWS\\filëßåré", False),
    ("uri", "https://example.com/a?b=c#d", True),
    ("uri", "http://[::ffff:01.2.3.4]", False),
    ("uri-reference", "/relative/path", True),
    ("uri-reference", "\\\\WINDOWS\\fileshare", False),
    ("uri-template", "http://example.com/dictionary/{term:1}/{term}", True),
    ("uri-template", "http://example.com/dictionary/{term:1}/{term", False),
    ("json-pointer", "/foo/bar~0/baz~1/%a", True),
    ("json-pointer", "foo/bar", False),
    ("relative-json-pointer", "1/foo", True),
    ("relative-json-pointer", "0#", True),
    ("relative-json-pointer", "01/a", False),
    ("relative-json-pointer", "/foo", False),
    ("hostname", "www.example.com", True),
    ("hostname", "example.", False),
    ("hostname", "-a.example.com", False),
    ("idn-hostname", "실례.테스트", True),
    ("idn-hostname", "〮실례.테스트", False),
    ("ipv4", "192.168.0.1", True),
    ("ipv4", "192.168.0.01", False),
    ("ipv6", "::1", True),
    ("ipv6", "12345::", False),
    ("regex", "^[a-z]+(?=x)$", True),
    ("regex", "(?P<name>x)", False),  # Python syntax, not ECMA 262
]


@pytest.mark.parametrize("draft", [DRAFT4, DRAFT6, DRAFT7, DRAFT2020])
@pytest.mark.parametrize(("fmt", "value", "valid"), FORMAT_CASES)
def test_formats_are_asserted_on_every_draft(draft: str, fmt: str, value: str, valid: bool) -> None:
    check = JsonSchema(json_schema={"$schema": draft, "type": "string", "format": fmt}, repair=False)
    result = check(json.dumps(value), CTX)
    assert result.ok is valid
    if not valid:
        assert [v.type for v in result.violations] == ["format"]


def test_every_listed_format_is_asserted() -> None:
    for draft in (DRAFT4, DRAFT6, DRAFT7, DRAFT2020):
        checker = JsonSchema(json_schema={"$schema": draft})._validator.format_checker
        assert set(ASSERTED_FORMATS) <= set(checker.checkers)


def test_older_drafts_keep_their_own_hostname_rule() -> None:
    # RFC 1123 (drafts 4 and 6) allows "--" in the third and fourth positions; RFC 5890 reserves it
    old = JsonSchema(json_schema={"$schema": DRAFT4, "format": "hostname"})
    new = JsonSchema(json_schema={"$schema": DRAFT7, "format": "hostname"})
    assert old('"ab--cd.example"', CTX).ok
    assert not new('"ab--cd.example"', CTX).ok


# -- patterns re2 cannot run ---------------------------------------------------------------


def test_backtracking_fallback_is_time_bounded_and_fails_closed() -> None:
    pattern = "^(?=a)(a|aa)+$"  # look-ahead: re2 cannot run it; exponential on a backtracker
    assert uses_fallback(pattern)
    check = JsonSchema(json_schema={"type": "string", "pattern": pattern}, repair=False)
    assert check('"aaaa"', CTX).ok
    assert [v.type for v in check('"baaa"', CTX).violations] == ["pattern"]
    result = check(json.dumps("a" * 40 + "!"), CTX)
    assert [v.type for v in result.violations] == ["pattern_timeout"]
    assert "aaaa" not in result.violations[0].message


def test_the_fallback_budget_is_shared_by_one_validation() -> None:
    schema = {"type": "array", "items": {"type": "string", "pattern": "^(?=a)(a|aa)+$"}}
    result = JsonSchema(json_schema=schema, repair=False)(json.dumps(["a" * 40 + "!"] * 200), CTX)
    # 200 hopeless strings: the first spends the budget, the rest time out at once
    assert 0 < len(result.violations) <= MAX_VIOLATIONS
    assert {v.type for v in result.violations} == {"pattern_timeout"}
    assert FALLBACK_BUDGET_S <= 1


def test_issue_pattern_gives_a_verdict() -> None:
    check = JsonSchema(json_schema={"pattern": "^(?!z)(a+)+$"}, repair=False)
    assert not check(json.dumps("a" * 29 + "!"), CTX).ok
    assert check(json.dumps("a" * 29), CTX).ok


def test_pattern_properties_fallback_times_out_at_the_key() -> None:
    schema = {"type": "object", "patternProperties": {"^(?=a)(a|aa)+$": {"type": "integer"}}}
    result = JsonSchema(json_schema=schema, repair=False)(json.dumps({"a" * 40 + "!": 1}), CTX)
    assert [(v.type, v.loc) for v in result.violations] == [("pattern_timeout", ("a" * 40 + "!",))]


@pytest.mark.parametrize(
    ("pattern", "value", "valid", "fallback"),
    [
        ("^\\u00e9+$", "éé", True, False),  # \uHHHH runs on re2
        ("^\\p{Letter}+$", "héllo", True, False),
        ("(?<n>a)\\k<n>", "aa", True, True),  # ECMA named back-reference
        ("(?<n>a)\\k<n>", "ab", False, True),
        ("^\\cA$", "\x01", True, False),
        ("^a[]$", "a", False, False),  # ECMA's empty class matches nothing
        ("^[^]$", "\n", True, False),  # and its negation anything
    ],
)
def test_ecma_patterns(pattern: str, value: str, valid: bool, fallback: bool) -> None:
    assert uses_fallback(pattern) is fallback
    assert JsonSchema(json_schema={"pattern": pattern})(json.dumps(value), CTX).ok is valid


@pytest.mark.parametrize("pattern", ["(unclosed", "[z-a]", "a{2,1}", "\\k<missing>x("])
def test_patterns_no_engine_compiles_are_refused_at_load_with_their_location(pattern: str) -> None:
    schema = {"type": "object", "properties": {"code": {"type": "string", "pattern": pattern}}}
    with pytest.raises(PydanticError, match="invalid JSON Schema at properties/code/pattern"):
        JsonSchema(json_schema=schema)


@pytest.mark.parametrize(
    ("pattern", "value", "valid"),
    [("(?i)^abc$", "ABC", True), ("^(?P<n>x)(?P=n)$", "xx", True), ("^(?#note)x$", "x", True)],
)
def test_re2_and_python_syntax_in_schema_patterns_still_loads(pattern: str, value: str, valid: bool) -> None:
    # not ECMA 262 (format: regex says so about a value), but schemas in the wild use it
    check = JsonSchema(json_schema={"pattern": pattern})
    assert check(json.dumps(value), CTX).ok is valid
    assert not JsonSchema(json_schema={"format": "regex"})(json.dumps(pattern), CTX).ok


# -- lone surrogates, false subschemas ---------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "reply", "ok"),
    [
        ({"type": "string", "pattern": "^a"}, '"\\ud800"', False),
        ({"type": "string", "pattern": "^a"}, '"a\\ud800"', True),
        ({"type": "string", "pattern": "^(?=a)a"}, '"a\\udfff"', True),  # the fallback engine too
        ({"patternProperties": {"^x": {"type": "integer"}}}, '{"x\\ud800": "no"}', False),
        ({"propertyNames": {"pattern": "^[a-z]+$"}}, '{"\\ud800": 1}', False),
        ({"type": "string", "format": "idn-hostname"}, '"\\ud800.com"', False),
        ({"type": "string", "format": "iri"}, '"http://a/\\ud800"', False),
        ({"type": "string", "format": "idn-email"}, '"\\ud800@example.com"', False),
    ],
)
def test_lone_surrogates_get_a_verdict(schema: dict[str, Any], reply: str, ok: bool) -> None:
    assert JsonSchema(json_schema=schema, repair=False)(reply, CTX).ok is ok


def test_false_subschema_has_a_type_and_a_message() -> None:
    schema = {"type": "object", "properties": {"secret": False}}
    result = JsonSchema(json_schema=schema)('{"secret": 1}', CTX)
    assert [(v.type, v.loc, v.message) for v in result.violations] == [
        ("false_schema", ("secret",), "no value is allowed here")
    ]


# -- load once, bounded errors ------------------------------------------------------------


def test_schema_is_checked_against_its_metaschema_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    real = schema_module._validator_for

    def counting(schema: dict[str, Any]) -> Any:
        calls.append(schema)
        return real(schema)

    monkeypatch.setattr(schema_module, "_validator_for", counting)
    check = JsonSchema(json_schema={"type": "object", "required": ["a"]})
    assert len(calls) == 1
    assert not check("{}", CTX).ok
    JsonSchema.model_validate({"json_schema": {"type": "string"}}, context={"base_dir": "."})
    assert len(calls) == 2
    assert check.model_copy()("{}", CTX).violations  # a copy keeps the validator


def test_load_errors_quote_a_bounded_excerpt() -> None:
    huge = {"enum": "x" * 20_000}  # enum must be an array: jsonschema's message quotes the value
    with pytest.raises(PydanticError) as info:
        JsonSchema(json_schema={"properties": {"a": huge}})
    message = str(info.value)
    assert "invalid JSON Schema at properties/a/enum" in message
    assert len(message) < 1000


def test_violations_stop_at_what_the_reask_shows() -> None:
    schema = {"type": "object", "properties": {f"p{i}": {"type": "integer"} for i in range(200)}}
    reply = json.dumps({f"p{i}": "x" for i in range(200)})
    result = JsonSchema(json_schema=schema)(reply, CTX)
    assert 0 < len(result.violations) <= MAX_VIOLATIONS


def test_a_huge_string_taken_as_a_file_path_is_quoted_briefly() -> None:
    with pytest.raises(PydanticError, match="cannot read schema file") as info:
        JsonSchema(json_schema="{" + "x" * 50_000)
    assert len(str(info.value)) < 1000


def test_a_schema_loaded_again_is_not_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import jsonschema

    calls: list[Any] = []
    real = jsonschema.Draft7Validator.check_schema

    def counting(schema: Any, format_checker: Any = None) -> None:
        calls.append(schema)
        real(schema, format_checker=format_checker)

    monkeypatch.setattr(jsonschema.Draft7Validator, "check_schema", counting)
    schema = {"$schema": DRAFT7, "title": "loaded twice, checked once", "type": "object"}
    JsonSchema(json_schema=schema)
    JsonSchema(json_schema=dict(reversed(list(schema.items()))))  # the same schema, keys reordered
    assert len(calls) == 1
    bad = {"$schema": DRAFT7, "title": "invalid, refused every time", "type": 12}
    for _ in range(2):
        with pytest.raises(PydanticError, match="invalid JSON Schema"):
            JsonSchema(json_schema=bad)
    assert len(calls) == 3

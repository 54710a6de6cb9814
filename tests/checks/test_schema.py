"""Structural checks: Pydantic models and JSON Schema, with extraction and repair."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError as PydanticError

from guard.checks.base import Context
from guard.checks.schema import JsonSchema, PydanticModel
from guard.result import Action
from tests.fixtures.models import Ticket

CTX = Context(stage="output")
SUITE = Path(__file__).parent.parent / "data" / "json-schema-suite"
TICKET = {"title": "Printer on fire", "priority": "high", "tags": ["hw"]}


def types(result: Any) -> list[str]:
    return [v.type for v in result.violations]


@pytest.mark.parametrize(
    ("reply", "expected", "repaired"),
    [
        (json.dumps(TICKET), [], False),
        ("```json\n" + json.dumps(TICKET) + "\n```", ["json_extracted"], True),
        ("Here is your ticket: " + json.dumps(TICKET) + " Thanks!", ["json_extracted"], True),
        ('{"title": "Printer on fire", "priority": "high"', ["json_repaired"], True),
        ('{"title": "Printer on fire", "priority": "urgent"}', ["literal_error"], False),
        ('{"title": "no"}', ["string_too_short", "missing"], False),
        ("I cannot help with that.", ["json_invalid"], False),
        ("", ["json_invalid"], False),
        ('["a", "list"]', ["model_type"], False),
    ],
)
def test_pydantic(reply: str, expected: list[str], repaired: bool) -> None:
    check = PydanticModel(pydantic=Ticket)
    result = check(reply, CTX)
    assert sorted(types(result)) == sorted(expected)
    assert result.repaired is repaired
    if not expected or repaired:
        assert isinstance(result.value, Ticket)
        assert result.value.title == "Printer on fire"


def test_pydantic_locations_and_messages_are_safe() -> None:
    result = PydanticModel(pydantic=Ticket)('{"title": "Jane Doe 555-0100", "priority": 7}', CTX)
    assert [(v.type, v.loc) for v in result.violations] == [("literal_error", ("priority",))]
    assert "555-0100" not in result.violations[0].message


def test_pydantic_import_path_and_defaults() -> None:
    check = PydanticModel(pydantic="tests.fixtures.models:Ticket")
    assert check.model is Ticket
    assert check.on_fail is Action.REASK
    assert check.response_format()["json_schema"]["name"] == "Ticket"


@pytest.mark.parametrize("path", ["tests.fixtures.models:Nope", "no.such.module:X", "json:loads", "nonsense"])
def test_pydantic_bad_import_path(path: str) -> None:
    with pytest.raises(PydanticError):
        PydanticModel(pydantic=path)


def test_pydantic_strict_mode_refuses_coercion() -> None:
    reply = '{"title": "abc", "priority": "low", "tags": "notalist"}'
    assert types(PydanticModel(pydantic=Ticket, strict=True)(reply, CTX)) == ["list_type"]
    assert PydanticModel(pydantic=Ticket)('{"title": 123, "priority": "low"}', CTX).violations


SCHEMA = {
    "type": "object",
    "required": ["name", "age"],
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0},
        "email": {"type": "string", "format": "email"},
        "when": {"type": "string", "format": "date"},
    },
    "additionalProperties": False,
}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ('{"name": "a", "age": 3}', []),
        ('{"name": "a"}', ["required"]),
        ('{"name": "a", "age": -1}', ["minimum"]),
        ('{"name": "a", "age": "3"}', ["type"]),
        ('{"name": "a", "age": 3, "email": "not-an-email"}', ["format"]),
        ('{"name": "a", "age": 3, "when": "2024-13-45"}', ["format"]),
        ('{"name": "a", "age": 3, "extra": 1}', ["additionalProperties"]),
        ('{"age": 3, "name": 1, "x": 2}', ["additionalProperties", "type"]),
        ('```\n{"name": "a", "age": 3}\n```', ["json_extracted"]),
        ("nope", ["json_invalid"]),
    ],
)
def test_json_schema(reply: str, expected: list[str]) -> None:
    result = JsonSchema(json_schema=SCHEMA)(reply, CTX)
    assert sorted(types(result)) == sorted(expected)


def test_json_schema_required_points_at_the_missing_property() -> None:
    result = JsonSchema(json_schema=SCHEMA)("{}", CTX)
    assert sorted(v.loc for v in result.violations) == [("age",), ("name",)]


def test_json_schema_messages_never_quote_values() -> None:
    reply = '{"name": "a", "age": "Jane 219-09-9999", "email": "jane@example.org@x"}'
    for violation in JsonSchema(json_schema=SCHEMA)(reply, CTX).violations:
        assert "219-09-9999" not in violation.message
        assert "jane@" not in violation.message


def test_json_schema_from_file_relative_to_policy(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(json.dumps(SCHEMA))
    check = JsonSchema.model_validate({"json_schema": "s.json"}, context={"base_dir": str(tmp_path)})
    assert check.json_schema() == SCHEMA


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": "nonsense"}, "invalid JSON Schema"),
        ({"$schema": "https://example.com/unknown", "type": "object"}, ""),
        ("missing.json", "cannot read schema file"),
    ],
)
def test_json_schema_bad_schema(schema: Any, message: str) -> None:
    try:
        JsonSchema(json_schema=schema)
    except PydanticError as exc:
        assert message in str(exc)
    else:  # an unknown $schema falls back to 2020-12, which is what jsonschema does too
        assert message == ""


def test_pathological_reply_is_bounded() -> None:
    schema = {"type": "array", "items": {"type": "integer"}}
    result = JsonSchema(json_schema=schema)(json.dumps(["x"] * 10_000), CTX)
    assert 0 < len(result.violations) <= 50


DRAFTS = {
    "draft4": "http://json-schema.org/draft-04/schema#",
    "draft6": "http://json-schema.org/draft-06/schema#",
    "draft7": "http://json-schema.org/draft-07/schema#",
    "draft2020-12": "https://json-schema.org/draft/2020-12/schema",
}


def _suite_cases() -> list[Any]:
    cases = []
    for draft, uri in DRAFTS.items():
        for path in sorted((SUITE / draft).rglob("*.json")):
            if draft == "draft2020-12" and path.name == "format.json":
                continue  # "format is only an annotation by default": guard asserts formats on purpose
            for group in json.loads(path.read_text()):
                schema = group["schema"]
                if not isinstance(schema, dict):
                    continue  # boolean schemas: a policy's schema is an object
                schema = {"$schema": uri, **schema}
                for test in group["tests"]:
                    name = f"{draft}/{path.relative_to(SUITE / draft)}:{group['description']}:{test['description']}"
                    cases.append(pytest.param(schema, test["data"], test["valid"], id=name))
    return cases


@pytest.mark.parametrize(("schema", "instance", "valid"), _suite_cases())
def test_json_schema_test_suite(schema: dict[str, Any], instance: Any, valid: bool) -> None:
    check = JsonSchema(json_schema=schema, repair=False)
    result = check(json.dumps(instance), CTX)
    assert result.ok is valid

"""What a schema expects, said compactly: expectations, skeletons, grammar tightening, budgets."""

from __future__ import annotations

import json
from typing import Any, Literal

import pytest
from pydantic import BaseModel, Field

from guard.schema_hints import (
    EMAIL_PATTERN,
    expectation,
    grammar_schema,
    reply_token_budget,
    skeleton,
    subschema,
)


class Item(BaseModel):
    name: str
    quantity: int = Field(ge=1)


class Order(BaseModel):
    customer: str = Field(min_length=2, max_length=40)
    email: str = Field(json_schema_extra={"format": "email"})
    status: Literal["new", "paid"]
    items: list[Item] = Field(max_length=5)
    note: str | None = None
    rooms: int = Field(ge=0, le=20)


ORDER = Order.model_json_schema()


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        (("customer",), "string, length >= 2, length <= 40"),
        (("email",), "string (email)"),
        (("status",), 'one of "new", "paid"'),
        (("rooms",), "integer, >= 0, <= 20"),
        (("note",), "string or null"),
        (("items",), "array of object with name, quantity, items <= 5"),
        (("items", 3, "quantity"), "integer, >= 1"),
        (("items", 0), "object with name, quantity"),
    ],
)
def test_expectation_at_a_location(loc: tuple[Any, ...], expected: str) -> None:
    found = subschema(ORDER, loc)
    assert found is not None
    assert expectation(found, ORDER) == expected


@pytest.mark.parametrize("loc", [("nope",), ("items", "name"), ("customer", 0)])
def test_unknown_locations_have_no_schema(loc: tuple[Any, ...]) -> None:
    assert subschema(ORDER, loc) is None


def test_skeleton_draws_the_shape_and_is_not_json() -> None:
    drawn = skeleton(ORDER)
    assert drawn == (
        '{"customer": string, "email": string (email), "status": "new"|"paid", '
        '"items": [{"name": string, "quantity": integer 1..}, ...], "note"?: string|null, '
        '"rooms": integer 0..20}'
    )
    with pytest.raises(ValueError):
        json.loads(drawn)


def test_skeleton_is_bounded() -> None:
    wide = {"type": "object", "properties": {f"field_{i}": {"type": "string"} for i in range(500)}}
    assert len(skeleton(wide)) <= 1200


@pytest.mark.parametrize(
    ("schema", "added"),
    [
        ({"type": "string", "format": "email"}, {"pattern": EMAIL_PATTERN}),
        ({"type": "integer", "minimum": 1, "maximum": 5}, {"enum": [1, 2, 3, 4, 5]}),
        ({"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 3}, {"enum": [1, 2]}),
        ({"type": "integer", "minimum": 0, "maximum": 1000}, {}),  # too wide to list
        ({"type": "integer", "minimum": 0}, {}),
        ({"type": "string", "format": "email", "pattern": "^a"}, {}),  # the schema's own pattern wins
        ({"type": "number", "minimum": 0, "maximum": 2}, {}),
    ],
)
def test_grammar_schema_adds_what_grammars_can_enforce(schema: dict[str, Any], added: dict[str, Any]) -> None:
    wrapped = {"type": "object", "properties": {"x": schema}}
    assert grammar_schema(wrapped)["properties"]["x"] == {**schema, **added}
    assert wrapped == {"type": "object", "properties": {"x": schema}}  # the original is untouched


def test_grammar_schema_reaches_definitions() -> None:
    tightened = grammar_schema(ORDER)
    assert tightened["properties"]["email"]["pattern"] == EMAIL_PATTERN
    assert tightened["properties"]["rooms"]["enum"] == list(range(21))
    assert "enum" not in tightened["$defs"]["Item"]["properties"]["quantity"]


@pytest.mark.parametrize(
    ("schema", "low", "high"),
    [
        ({"type": "object", "properties": {"a": {"type": "boolean"}}}, 64, 64),
        (ORDER, 200, 1200),
        ({"type": "array", "items": {"type": "string"}, "maxItems": 1000}, 1000, 2048),
        ({}, 64, 64),
    ],
)
def test_reply_token_budget_is_bounded(schema: dict[str, Any], low: int, high: int) -> None:
    assert low <= reply_token_budget(schema) <= high

"""The policy loader: ready policies load, and every broken policy fails with located problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from guard.checks.schema import JsonSchema, PydanticModel
from guard.engine import engine_for
from guard.errors import PolicyError
from guard.policy import Policy, load_policy
from guard.result import Action
from tests.fixtures.models import Ticket

POLICIES = sorted((Path(__file__).parent.parent / "policies").glob("*.yaml"))


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.name)
def test_ready_policies_load(path: Path) -> None:
    policy = load_policy(path)
    assert policy.name == path.stem
    assert policy.input or policy.output or policy.schema
    # show -> load round-trips to the same policy
    again = Policy.from_dict(policy.to_dict(), base_dir=path.parent)
    assert again.to_dict() == policy.to_dict()


def test_ready_policies_cover_the_required_kinds() -> None:
    names = {p.stem for p in POLICIES}
    assert {"default", "strict-json", "support-bot", "pii-redaction"} <= names


def problems(data: Any, base_dir: Path | None = None) -> list[str]:
    with pytest.raises(PolicyError) as info:
        Policy.from_dict(data, base_dir=base_dir or Path("."))
    return [str(p) for p in info.value.problems]


BASE: dict[str, Any] = {"version": 1, "name": "t"}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, ["policy is empty"]),
        ([1, 2], ["policy must be a mapping of keys"]),
        ({"name": "t"}, ["version: missing; this loader reads version: 1"]),
        ({**BASE, "version": 2}, ["version: unsupported version 2; this loader reads version: 1"]),
        ({**BASE, "inputs": []}, ["inputs: unknown key"]),
        ({**BASE, "input": {"check": "regex"}}, ["input: must be a list of checks"]),
        ({**BASE, "input": ["regex"]}, ["input[0]: must be a mapping with a `check:` kind"]),
        ({**BASE, "input": [{"pattern": "x"}]}, ["input[0].check: missing; say which check this is"]),
        (
            {**BASE, "input": [{"check": "regexp", "pattern": "x"}]},
            ["input[0].check: unknown check 'regexp'"],
        ),
        ({**BASE, "input": [{"check": "regex"}]}, ["input[0].pattern: required key is missing"]),
        (
            {**BASE, "input": [{"check": "regex", "pattern": "x", "on_fail": "explode"}]},
            ["input[0].on_fail: Input should be"],
        ),
        (
            {**BASE, "input": [{"check": "regex", "pattern": "x", "on_fail": "reask"}]},
            ["input[0].on_fail: reask is only possible on the output stage"],
        ),
        (
            {**BASE, "input": [{"check": "regex", "pattern": "(unclosed"}]},
            ["input[0].pattern: invalid pattern: missing )"],
        ),
        (
            {**BASE, "output": {"checks": [{"check": "length", "max_chars": "ten"}]}},
            ["output.checks[0].max_chars: Input should be a valid integer"],
        ),
        (
            {**BASE, "output": {"checks": [{"check": "length", "max_chars": 10, "treshold": 1}]}},
            ["output.checks[0].treshold: unknown key"],
        ),
        ({**BASE, "output": {"check": []}}, ["output.check: unknown key"]),
        (
            {**BASE, "output": {"schema": {"json_schema": {"type": "object"}, "pydantic": "x:Y"}}},
            ["output.schema: give exactly one of"],
        ),
        (
            {**BASE, "output": {"schema": {"pydantic": "tests.fixtures.models:Nope"}}},
            ["output.schema.pydantic: module 'tests.fixtures.models' has no attribute 'Nope'"],
        ),
        (
            {**BASE, "output": {"schema": {"pydantic": "nowhere.models:Ticket"}}},
            ["output.schema.pydantic: cannot import module 'nowhere.models'"],
        ),
        (
            {**BASE, "output": {"schema": {"json_schema": {"type": 12}}}},
            ["output.schema.json_schema: invalid JSON Schema at type"],
        ),
        (
            {**BASE, "output": {"schema": {"json_schema": "missing.json"}}},
            ["output.schema.json_schema: cannot read schema file 'missing.json'"],
        ),
        (
            {**BASE, "output": {"checks": [{"check": "json_schema", "json_schema": {}}]}},
            ["output.checks[0].check: 'json_schema' belongs in output.schema"],
        ),
        (
            {
                **BASE,
                "input": [{"check": "invisible_text"}],
                "output": {
                    "schema": {"pydantic": "tests.fixtures.models:Ticket"},
                    "checks": [{"check": "invisible_text"}],
                },
                "reask": {"max_attempts": 0, "strategy": "maybe", "extra": 1},
            },
            [
                "reask.max_attempts: Input should be greater than or equal to 1",
                "reask.strategy: Input should be",
                "reask.extra: unknown key",
            ],
        ),
    ],
)
def test_broken_policies_list_every_located_problem(data: Any, expected: list[str]) -> None:
    found = problems(data)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert got.startswith(want), (got, want)


def test_several_problems_are_reported_together() -> None:
    found = problems(
        {
            "version": 1,
            "name": "t",
            "input": [{"check": "regex", "pattern": "("}, {"check": "nope"}],
            "output": {"checks": [{"check": "length", "max_chars": 10, "treshold": 3}]},
        }
    )
    assert [f.split(":")[0] for f in found] == [
        "input[0].pattern",
        "input[1].check",
        "output.checks[0].treshold",
    ]


def test_schema_file_missing_and_invalid(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    found = problems({**BASE, "output": {"schema": {"json_schema": "bad.json"}}}, tmp_path)
    assert found == [
        "output.schema.json_schema: schema file 'bad.json' is not valid JSON: Expecting property name enclosed in double quotes at line 1"
    ]


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("version: 1\ninput:\n  - check: regex\n   pattern: [x\n")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value.problems[0]).startswith("line ")
    assert info.value.source == str(path)


def test_missing_file() -> None:
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_policy("/nonexistent/policy.yaml")


def test_defaults_fail_closed_and_schema_reasks() -> None:
    policy = Policy.from_yaml(
        "version: 1\ninput: [{check: regex, pattern: x}]\noutput: {schema: {pydantic: 'tests.fixtures.models:Ticket'}}\n"
    )
    assert policy.input[0].on_fail is Action.BLOCK
    assert isinstance(policy.schema, PydanticModel)
    assert policy.schema.on_fail is Action.REASK
    assert policy.reask.max_attempts == 3 and policy.reask.strategy == "auto"


def test_python_policy_accepts_a_model_class() -> None:
    policy = Policy(schema=Ticket)
    assert isinstance(policy.schema, PydanticModel)
    assert (
        yaml.safe_load(yaml.safe_dump(policy.to_dict()))["output"]["schema"]["pydantic"]
        == "tests.fixtures.models:Ticket"
    )


def test_schema_path_is_relative_to_the_policy_file(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "s.json").write_text('{"type": "object", "required": ["a"]}')
    (tmp_path / "p.yaml").write_text("version: 1\noutput:\n  schema: {json_schema: schemas/s.json}\n")
    policy = load_policy(tmp_path / "p.yaml")
    assert isinstance(policy.schema, JsonSchema)
    assert engine_for(policy).validate_reply('{"a": 1}').allowed
    assert not engine_for(policy).validate_reply('{"b": 1}').allowed

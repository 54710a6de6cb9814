"""Load and validate large real JSON Schemas with guard's schema check: load time, per-instance
p50/p99 for valid and invalid replies.

Samples (nothing is downloaded; every input is on disk or generated):

- ``swagger-2.0``: the Swagger 2.0 JSON Schema (draft-04, 26 KB, formats, ``patternProperties``,
  many ``$ref``) with the Petstore document, as shipped in the ``jsonschema`` package
  (``jsonschema/benchmarks/issue232``, MIT), plus mutated copies of the document.
- ``metaschema-draft7`` and ``metaschema-2020-12``: the official metaschemas (from
  ``jsonschema-specifications``, MIT) validating every schema of the JSON Schema Test Suite copy in
  ``tests/data`` (valid) and mutated copies (invalid).
- ``k8s-like-one-kind`` / ``k8s-like-any-kind``: a generated Kubernetes-style schema (2020-12,
  about 1 MB: 80 kinds x 40 spec fields, ``$ref`` chains, enums, re2 and look-ahead patterns,
  ``date-time``/``uri``/``hostname``/``ipv4``/``duration``/``uuid`` formats, ``oneOf`` unions,
  closed objects), rooted at one kind or at ``anyOf`` all 80, with generated valid instances and
  mutated invalid ones.

Each instance is validated through the full check (JSON text in, verdict out), once to warm up
and then ``--rounds`` times in a shuffled order; load is the construction of the check (read,
metaschema check, validator build): the first time, and the best of the ``--loads`` - 1 later ones
(a schema that passed its metaschema check is not checked again in the same process).

    python bench/schemas.py [--rounds 20] [--loads 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.checks.base import Context  # noqa: E402
from guard.checks.schema import JsonSchema  # noqa: E402

CTX = Context(stage="output")
SUITE = ROOT / "tests" / "data" / "json-schema-suite"


# -- mutations: a valid instance made invalid in one place ------------------------------------


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def mutate(value: Any, rng: random.Random) -> Any:
    """A copy of ``value`` with one random node replaced by a value of another kind, or an
    unexpected key added to an object."""
    out = copy.deepcopy(value)
    paths = [p for p in _paths(out) if p]
    if not paths:
        return {"unexpected": True}
    path = rng.choice(paths)
    parent = out
    for part in path[:-1]:
        parent = parent[part]
    current = parent[path[-1]]
    if isinstance(current, dict) and rng.random() < 0.5:
        current["zz-unexpected-key"] = 1
    elif isinstance(current, str):
        parent[path[-1]] = rng.choice([12345, None, ["x"], "not a valid value \n"])
    elif isinstance(current, bool | int | float):
        parent[path[-1]] = rng.choice(["twelve", {"x": 1}, -1])
    else:
        parent[path[-1]] = "wrong kind"
    return out


# -- samples --------------------------------------------------------------------------------


def swagger(rng: random.Random) -> tuple[dict[str, Any], list[Any], list[Any]]:
    import jsonschema

    path = Path(jsonschema.__file__).parent / "benchmarks" / "issue232" / "issue.json"
    group = json.loads(path.read_text())[0]
    document = group["tests"][0]["data"]
    return group["schema"], [document], [mutate(document, rng) for _ in range(40)]


def metaschema(
    name: str, suite_draft: str, rng: random.Random
) -> tuple[dict[str, Any], list[Any], list[Any]]:
    import jsonschema_specifications

    schema = json.loads(
        (Path(jsonschema_specifications.__file__).parent / "schemas" / name / "metaschema.json").read_text()
    )
    valid = []
    for path in sorted((SUITE / suite_draft).glob("*.json")):
        valid += [g["schema"] for g in json.loads(path.read_text()) if isinstance(g["schema"], dict)]
    invalid_kinds = [{"type": 12}, {"minimum": "0"}, {"required": "a"}, {"properties": []}, {"enum": 1}]
    invalid = []
    for schema_ in rng.sample(valid, 60):
        bad = dict(schema_)
        bad.update(rng.choice(invalid_kinds))
        invalid.append(bad)
    return schema, valid, invalid


_FIELD_SAMPLES: list[tuple[dict[str, Any], Any]] = [
    ({"type": "string", "maxLength": 253, "format": "hostname"}, "api.internal.example.com"),
    ({"type": "string", "format": "uri"}, "https://registry.example.com/v2/app"),
    ({"type": "string", "format": "ipv4"}, "10.0.12.7"),
    ({"type": "string", "format": "date-time"}, "2024-05-01T12:00:00Z"),
    ({"type": "string", "format": "duration"}, "PT30S"),
    ({"type": "string", "format": "uuid"}, "2eb8aa08-aa98-11ea-b4aa-73b441d16380"),
    ({"type": "string", "enum": ["Always", "IfNotPresent", "Never"]}, "IfNotPresent"),
    ({"type": "integer", "minimum": 0, "maximum": 65535}, 8080),
    ({"type": "boolean"}, True),
    (
        {"type": "string", "pattern": "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|[KMGTPE]i?|m)?$"},
        "512Mi",
    ),
    ({"type": "string", "pattern": "^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}, "web-frontend"),
    ({"type": "array", "items": {"type": "string", "maxLength": 128}, "maxItems": 32}, ["a", "b"]),
    ({"oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^\\d+%$"}]}, "25%"),
    (
        {"type": "object", "additionalProperties": {"type": "string", "maxLength": 63}},
        {"app": "web", "tier": "frontend"},
    ),
]


def k8s_like(rng: random.Random, kinds: int = 80, fields: int = 40) -> tuple[dict[str, Any], dict[str, Any]]:
    """A Kubernetes-style schema (``$defs`` of kinds) and one valid instance per kind."""
    defs: dict[str, Any] = {
        "Time": {"type": "string", "format": "date-time"},
        "ObjectMeta": {
            "type": "object",
            "required": ["name"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63},
                "namespace": {"type": "string", "maxLength": 63},
                "uid": {"type": "string", "format": "uuid"},
                "labels": {
                    "type": "object",
                    "additionalProperties": {"type": "string", "maxLength": 63},
                    "propertyNames": {
                        "pattern": "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"
                    },
                },
                "creationTimestamp": {"$ref": "#/$defs/Time"},
            },
        },
    }
    samples: dict[str, Any] = {}
    for k in range(kinds):
        props: dict[str, Any] = {}
        spec: dict[str, Any] = {}
        for f in range(fields):
            field_schema, sample = _FIELD_SAMPLES[(k * 7 + f) % len(_FIELD_SAMPLES)]
            name = f"field{f}"
            if f % 10 == 9:  # a nested closed object
                inner_schema, inner = _FIELD_SAMPLES[(k + f) % len(_FIELD_SAMPLES)]
                field_schema = {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["value"],
                    "properties": {"value": inner_schema, "description": {"type": "string"}},
                }
                sample = {"value": inner, "description": "nested"}
            props[name] = {**copy.deepcopy(field_schema), "description": f"Field {f} of kind {k}. " * 3}
            spec[name] = copy.deepcopy(sample)
        if k:
            props["previous"] = {"$ref": f"#/$defs/Kind{k - 1}Spec"}
        defs[f"Kind{k}Spec"] = {
            "type": "object",
            "required": ["field0", "field1", "field2"],
            "additionalProperties": False,
            "properties": props,
        }
        defs[f"Kind{k}"] = {
            "type": "object",
            "required": ["apiVersion", "kind", "metadata", "spec"],
            "additionalProperties": False,
            "properties": {
                "apiVersion": {"const": "example.com/v1"},
                "kind": {"const": f"Kind{k}"},
                "metadata": {"$ref": "#/$defs/ObjectMeta"},
                "spec": {"$ref": f"#/$defs/Kind{k}Spec"},
                "status": {
                    "type": "object",
                    "properties": {
                        "phase": {"enum": ["Pending", "Running", "Failed"]},
                        "lastTransition": {"$ref": "#/$defs/Time"},
                    },
                },
            },
        }
        if k and rng.random() < 0.3:
            spec["previous"] = copy.deepcopy(samples[f"Kind{k - 1}"]["spec"])
            spec["previous"].pop("previous", None)
        samples[f"Kind{k}"] = {
            "apiVersion": "example.com/v1",
            "kind": f"Kind{k}",
            "metadata": {
                "name": f"app-{k}",
                "labels": {"app.kubernetes.io/name": f"app-{k}"},
                "creationTimestamp": "2024-05-01T12:00:00Z",
            },
            "spec": spec,
            "status": {"phase": "Running"},
        }
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs}
    return schema, samples


# -- measuring ------------------------------------------------------------------------------


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(
    name: str, schema: dict[str, Any], valid: list[Any], invalid: list[Any], rounds: int, loads: int
) -> None:
    size = len(json.dumps(schema))
    load_times = []
    check = None
    for _ in range(loads):
        started = time.perf_counter()
        check = JsonSchema(json_schema=schema, repair=False)
        load_times.append(time.perf_counter() - started)
    assert check is not None
    texts = [(json.dumps(v), True) for v in valid] + [(json.dumps(v), False) for v in invalid]
    wrong = 0
    for text, expected in texts:  # warm-up, and the verdicts
        result = check(text, CTX)
        wrong += result.ok is not expected and expected  # a valid instance must pass
    timings: dict[bool, list[float]] = {True: [], False: []}
    violations = []
    order = list(range(len(texts)))
    rng = random.Random(0)
    for _ in range(rounds):
        rng.shuffle(order)
        for index in order:
            text, expected = texts[index]
            started = time.perf_counter()
            result = check(text, CTX)
            timings[expected].append(time.perf_counter() - started)
            if not expected:
                violations.append(len(result.violations))
    rejected = sum(1 for text, expected in texts if not expected and not check(text, CTX).ok)
    again = f"again best {min(load_times[1:]) * 1e3:6.1f} ms" if len(load_times) > 1 else ""
    print(f"{name:20} {size / 1024:8.0f} KB  load first {load_times[0] * 1e3:7.1f} ms  {again}")
    for kind, label in ((True, "valid"), (False, "invalid")):
        values = timings[kind]
        if not values:
            continue
        count = len(valid) if kind else len(invalid)
        print(
            f"{'':20} {label:8} n={count:4}  p50 {_pct(values, 0.5) * 1e3:8.3f} ms"
            f"  p99 {_pct(values, 0.99) * 1e3:8.3f} ms  max {max(values) * 1e3:8.3f} ms"
        )
    if violations:
        print(
            f"{'':20} invalid instances rejected {rejected}/{len(invalid)} (a mutation may stay valid),"
            f" violations per reply: median {statistics.median(violations):.0f}, max {max(violations)}"
        )
    if wrong:
        print(f"{'':20} !! {wrong} valid instances rejected")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="timed passes over the instances")
    parser.add_argument("--loads", type=int, default=5, help="timed constructions of each check")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    print(f"python {sys.version.split()[0]}, rounds {args.rounds}, loads {args.loads}")
    measure("swagger-2.0", *swagger(rng), rounds=args.rounds, loads=args.loads)
    measure("metaschema-draft7", *metaschema("draft7", "draft7", rng), rounds=args.rounds, loads=args.loads)
    measure(
        "metaschema-2020-12",
        *metaschema("draft202012", "draft2020-12", rng),
        rounds=args.rounds,
        loads=args.loads,
    )
    schema, samples = k8s_like(rng)
    one = {**schema, "$ref": "#/$defs/Kind79"}
    valid_one = [samples["Kind79"]] + [mutate_safe(samples["Kind79"], i) for i in range(19)]
    invalid_one = [mutate(samples["Kind79"], rng) for _ in range(40)]
    measure("k8s-like-one-kind", one, valid_one, invalid_one, rounds=args.rounds, loads=args.loads)
    anyof = {**schema, "anyOf": [{"$ref": f"#/$defs/{name}"} for name in samples]}
    valid_any = rng.sample(list(samples.values()), 40)
    invalid_any = [mutate(v, rng) for v in rng.sample(list(samples.values()), 40)]
    measure(
        "k8s-like-any-kind", anyof, valid_any, invalid_any, rounds=max(1, args.rounds // 4), loads=args.loads
    )


def mutate_safe(instance: dict[str, Any], index: int) -> dict[str, Any]:
    """Another valid instance: a different name and label."""
    out = copy.deepcopy(instance)
    out["metadata"]["name"] = f"app-copy-{index}"
    out["metadata"]["labels"] = {"app.kubernetes.io/instance": f"copy-{index}"}
    return out


if __name__ == "__main__":
    main()

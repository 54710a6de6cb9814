"""What a JSON Schema expects, said compactly: for re-ask feedback, for constrained decoding,
and for bounding a reply's length.

- :func:`expectation` names what the schema wants at one location (type, enum, format, bounds);
- :func:`skeleton` draws a conforming object's shape (``{"name": string, "age": integer 0..120}``),
  made from the schema alone, never from a reply, and deliberately not valid JSON so a model
  cannot pass by copying it;
- :func:`grammar_schema` adds what grammar-based decoders (llama.cpp) can enforce but do not
  derive themselves: an email ``format`` becomes a ``pattern``, a small integer range an ``enum``;
- :func:`reply_token_budget` estimates how many tokens a conforming reply needs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "expectation",
    "grammar_schema",
    "reply_token_budget",
    "skeleton",
    "subschema",
]

Schema = Mapping[str, Any]

#: An email address as a pattern llama.cpp's grammar converter understands (no escapes). Every
#: part is bounded: a small model that misses the ``@`` is then made to write it instead of
#: looping in the local part until ``max_tokens``.
_LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?"
EMAIL_PATTERN = f"^[A-Za-z0-9_%+-]{{1,32}}([.][A-Za-z0-9_%+-]{{1,32}}){{0,3}}@{_LABEL}([.]{_LABEL}){{0,3}}[.][A-Za-z]{{2,12}}$"
#: Integer ranges at most this wide are sent to grammar decoders as an enum.
MAX_ENUM_RANGE = 64
_MAX_SKELETON_CHARS = 1200
_BOUNDS = (
    ("minimum", ">="),
    ("exclusiveMinimum", ">"),
    ("maximum", "<="),
    ("exclusiveMaximum", "<"),
    ("minLength", "length >="),
    ("maxLength", "length <="),
    ("minItems", "items >="),
    ("maxItems", "items <="),
)


def _resolve(schema: Any, root: Schema, depth: int = 0) -> Schema:
    """Follow a local ``$ref`` (``#/$defs/X``, ``#/definitions/X``); anything else as is."""
    if not isinstance(schema, Mapping):
        return {}
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/") or depth > 20:
        return schema
    target: Any = root
    for part in ref[2:].split("/"):
        target = target.get(part) if isinstance(target, Mapping) else None
    merged = {
        **(target if isinstance(target, Mapping) else {}),
        **{k: v for k, v in schema.items() if k != "$ref"},
    }
    return _resolve(merged, root, depth + 1)


def _branches(schema: Schema, root: Schema) -> list[Schema]:
    """The alternatives of an ``anyOf``/``oneOf`` (resolved), or the schema itself."""
    options = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(options, list) and options:
        return [_resolve(option, root) for option in options]
    return [schema]


def subschema(schema: Schema, loc: Sequence[str | int]) -> Schema | None:
    """The schema that applies at ``loc`` (a JSON path as in violations), or None."""
    current: Schema = _resolve(schema, schema)
    for step in loc:
        found: Schema | None = None
        for branch in _branches(current, schema):
            nxt: Any = None
            if isinstance(step, str):
                properties = branch.get("properties")
                nxt = properties.get(step) if isinstance(properties, Mapping) else None
                if nxt is None and isinstance(branch.get("additionalProperties"), Mapping):
                    nxt = branch["additionalProperties"]
            else:
                prefix = branch.get("prefixItems")
                nxt = (
                    prefix[step]
                    if isinstance(prefix, list) and 0 <= step < len(prefix)
                    else branch.get("items")
                )
            if isinstance(nxt, Mapping):
                found = _resolve(nxt, schema)
                break
        if found is None:
            return None
        current = found
    return current


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def expectation(schema: Schema, root: Schema | None = None) -> str:
    """What ``schema`` wants, in a few words: ``integer <= 20``, ``one of "a", "b"``,
    ``string (email)``, ``array of string, items <= 5``."""
    root = schema if root is None else root
    schema = _resolve(schema, root)
    branches = _branches(schema, root)
    if len(branches) > 1:
        return " or ".join(dict.fromkeys(expectation(branch, root) for branch in branches[:4]))
    if "const" in schema:
        return f"exactly {_literal(schema['const'])}"
    if isinstance(schema.get("enum"), list):
        return "one of " + ", ".join(_literal(v) for v in schema["enum"][:12])
    kind = schema.get("type")
    words = "/".join(kind) if isinstance(kind, list) else str(kind) if kind else "any value"
    if isinstance(schema.get("format"), str):
        words += f" ({schema['format']})"
    if kind == "array" and isinstance(schema.get("items"), Mapping):
        words += " of " + expectation(schema["items"], root)
    if kind == "object" and isinstance(schema.get("required"), list) and schema["required"]:
        words += " with " + ", ".join(str(name) for name in schema["required"][:8])
    bounds = [f"{sign} {schema[key]}" for key, sign in _BOUNDS if isinstance(schema.get(key), (int, float))]
    if isinstance(schema.get("pattern"), str):
        bounds.append(f"matching {schema['pattern'][:80]}")
    return ", ".join([words, *bounds])


def _shape(schema: Schema, root: Schema, depth: int) -> str:
    schema = _resolve(schema, root)
    branches = _branches(schema, root)
    if len(branches) > 1:
        return "|".join(dict.fromkeys(_shape(branch, root, depth) for branch in branches[:4]))
    if "const" in schema:
        return _literal(schema["const"])
    if isinstance(schema.get("enum"), list):
        return "|".join(_literal(v) for v in schema["enum"][:12])
    kind = schema.get("type")
    if kind == "object" or isinstance(schema.get("properties"), Mapping):
        properties = schema.get("properties")
        if depth > 4 or not isinstance(properties, Mapping) or not properties:
            return "{...}"
        required = set(schema.get("required") or ())
        fields = [
            f"{_literal(name)}{'' if name in required else '?'}: {_shape(sub, root, depth + 1)}"
            for name, sub in properties.items()
        ]
        return "{" + ", ".join(fields) + "}"
    if kind == "array":
        items = schema.get("items")
        return "[" + (_shape(items, root, depth + 1) if isinstance(items, Mapping) else "...") + ", ...]"
    words = "|".join(kind) if isinstance(kind, list) else str(kind) if kind else "any"
    if isinstance(schema.get("format"), str):
        words += f" ({schema['format']})"
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if low is not None or high is not None:
        words += f" {'' if low is None else low}..{'' if high is None else high}"
    return words


def skeleton(schema: Schema) -> str:
    """A one-line drawing of a conforming value: keys, types, enums, bounds; ``?`` marks an
    optional key. Not JSON (types stand where values go), so it cannot be copied as an answer."""
    drawn = _shape(schema, schema, 0)
    return drawn if len(drawn) <= _MAX_SKELETON_CHARS else drawn[: _MAX_SKELETON_CHARS - 3] + "..."


def grammar_schema(schema: Schema) -> dict[str, Any]:
    """A copy of ``schema`` that grammar-based decoders enforce more of (same meaning, or
    stricter): email formats get a pattern, small integer ranges become enums."""
    return _tighten(schema)  # type: ignore[no-any-return]


def _tighten(node: Any) -> Any:
    if isinstance(node, list):
        return [_tighten(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    out = {key: _tighten(value) for key, value in node.items()}
    if out.get("type") == "string" and out.get("format") in ("email", "idn-email") and "pattern" not in out:
        out["pattern"] = EMAIL_PATTERN
    if out.get("type") == "integer" and "enum" not in out:
        low, high = out.get("minimum"), out.get("maximum")
        if isinstance(out.get("exclusiveMinimum"), int):
            low = out["exclusiveMinimum"] + 1
        if isinstance(out.get("exclusiveMaximum"), int):
            high = out["exclusiveMaximum"] - 1
        if isinstance(low, int) and isinstance(high, int) and 0 <= high - low < MAX_ENUM_RANGE:
            out["enum"] = list(range(low, high + 1))
    return out


def _tokens(schema: Schema, root: Schema, depth: int) -> int:
    schema = _resolve(schema, root)
    branches = _branches(schema, root)
    if len(branches) > 1:
        return max(_tokens(branch, root, depth) for branch in branches[:4])
    if "const" in schema or isinstance(schema.get("enum"), list):
        values = [schema["const"]] if "const" in schema else schema["enum"]
        return 2 + max((len(_literal(v)) // 3 for v in values), default=1)
    kind = schema.get("type")
    if kind == "object" or isinstance(schema.get("properties"), Mapping):
        properties = schema.get("properties")
        if depth > 4 or not isinstance(properties, Mapping):
            return 40
        return 2 + sum(3 + len(name) // 3 + _tokens(sub, root, depth + 1) for name, sub in properties.items())
    if kind == "array":
        items = schema.get("items")
        most = schema.get("maxItems")
        count = most if isinstance(most, int) else 5
        per = _tokens(items, root, depth + 1) if isinstance(items, Mapping) else 8
        return 2 + min(count, 20) * (per + 1)
    if kind == "string":
        if schema.get("format") in ("date", "time", "date-time", "uuid", "email"):
            return 16
        longest = schema.get("maxLength")
        if isinstance(longest, int):
            return 2 + longest // 2
        return 40
    return 6


def reply_token_budget(schema: Schema, *, floor: int = 64, ceiling: int = 2048) -> int:
    """A ``max_tokens`` that leaves a conforming reply room (a generous estimate, bounded)."""
    return max(floor, min(ceiling, int(_tokens(schema, schema, 0) * 1.5) + 16))

"""Structural checks: a reply must be JSON matching a Pydantic model or a JSON Schema.

Cheap deterministic repairs come first: JSON inside a code fence, after a sentence of prose, or
broken (repaired with ``json-repair``) is recovered and, when it then conforms, the check reports
a ``repaired`` fix instead of a failure, so the engine does not pay for a re-ask.
"""

from __future__ import annotations

import importlib
import json
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_serializer,
    field_validator,
)
from pydantic import ValidationError as PydanticError

from guard.checks.base import BaseCheck, Context
from guard.extraction import How, extract_json
from guard.result import Action, CheckResult, Loc, Violation

__all__ = ["JsonSchema", "PydanticModel", "SchemaCheck", "import_object"]

_HOW_MESSAGES = {
    How.CODE_FENCE: ("json_extracted", "reply wrapped its JSON in a code fence; the JSON was extracted"),
    How.PROSE: ("json_extracted", "reply had text around its JSON; the JSON was extracted"),
    How.REPAIRED: ("json_repaired", "reply was not valid JSON; it was repaired"),
}


class SchemaCheck(BaseCheck):
    """Common behaviour of the structural checks. A schema failure re-asks by default."""

    on_fail: Action = Action.REASK
    repair: bool = Field(True, description="extract and repair JSON before failing")
    stages: ClassVar[tuple[Literal["input", "output"], ...]] = ("output",)

    def validate_value(self, value: Any) -> tuple[tuple[Violation, ...], Any]:
        """Validate a parsed JSON value: (violations, accepted value)."""
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema sent as ``response_format`` on a structured re-ask."""
        raise NotImplementedError

    @property
    def schema_name(self) -> str:
        """A name for ``response_format.json_schema.name``."""
        return "reply"

    def response_format(self) -> dict[str, Any]:
        """OpenAI's ``response_format`` asking for this schema."""
        return {
            "type": "json_schema",
            "json_schema": {"name": self.schema_name, "schema": self.json_schema(), "strict": False},
        }

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        extraction = extract_json(text, repair=self.repair)
        if not extraction.ok:
            return CheckResult((self.violation("json_invalid", f"reply is {extraction.error}"),))
        return self._judge(extraction.value, extraction.how)

    def _judge(self, value: Any, how: How | None) -> CheckResult:
        violations, accepted = self.validate_value(value)
        if violations:
            return CheckResult(violations)
        if how is How.BARE or how is None:
            return CheckResult(value=accepted)
        kind, message = _HOW_MESSAGES[how]
        fixed = json.dumps(value, ensure_ascii=False)
        return CheckResult((self.violation(kind, message),), fixed=fixed, repaired=True, value=accepted)


def import_object(path: str) -> Any:
    """Import ``"package.module:Name"`` (or ``package.module.Name``)."""
    module_name, sep, attr = path.partition(":")
    if not sep:
        module_name, _, attr = path.rpartition(".")
    if not module_name or not attr:
        raise ValueError(f"{path!r} is not an import path like 'package.module:Name'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(f"cannot import module {module_name!r}: {exc}") from None
    target: Any = module
    for part in attr.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise ValueError(f"module {module_name!r} has no attribute {attr!r}") from None
    return target


class PydanticModel(SchemaCheck):
    """The reply must validate against a Pydantic model; the accepted value is a model instance."""

    check: Literal["pydantic"] = "pydantic"
    pydantic: Any = Field(description="a BaseModel subclass, or its import path 'pkg.mod:Model'")
    strict: bool = Field(False, description="Pydantic strict mode (no type coercion)")

    _model: type[BaseModel] = PrivateAttr()

    @field_validator("pydantic")
    @classmethod
    def _resolve(cls, value: Any) -> Any:
        target = import_object(value) if isinstance(value, str) else value
        if not (isinstance(target, type) and issubclass(target, BaseModel)):
            raise ValueError(f"{value!r} is not a Pydantic model class")
        return value

    @field_serializer("pydantic")
    def _import_path(self, value: Any) -> str:
        return value if isinstance(value, str) else f"{value.__module__}:{value.__qualname__}"

    def model_post_init(self, context: Any, /) -> None:
        value = self.pydantic
        self._model = import_object(value) if isinstance(value, str) else value

    @property
    def model(self) -> type[BaseModel]:
        """The model class."""
        return self._model

    @property
    def schema_name(self) -> str:
        return self._model.__name__

    def json_schema(self) -> dict[str, Any]:
        return self._model.model_json_schema()

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        # Fast path: bare JSON validated by pydantic-core in one pass, no intermediate objects.
        try:
            return CheckResult(value=self._model.model_validate_json(text, strict=self.strict))
        except PydanticError as exc:
            if not any(error["type"] == "json_invalid" for error in exc.errors()):
                return CheckResult(self._violations(exc))
        except (ValueError, UnicodeError):
            pass
        return super().__call__(text, ctx)

    def validate_value(self, value: Any) -> tuple[tuple[Violation, ...], Any]:
        try:
            return (), self._model.model_validate(value, strict=self.strict)
        except PydanticError as exc:
            return self._violations(exc), None

    def _violations(self, exc: PydanticError) -> tuple[Violation, ...]:
        return tuple(
            self.violation(error["type"], error["msg"], loc=tuple(error["loc"]))
            for error in exc.errors(include_url=False, include_input=False)
        )


#: Violations one validation collects: the re-ask feedback lists at most 20.
MAX_VIOLATIONS = 20
#: After the first violation, collecting more stops once validation has taken this long.
COLLECT_S = 0.005
# The schema read and checked by the field validator, handed to model_post_init on the same
# thread, so a schema is checked against its metaschema once per construction.
_pending = threading.local()


class JsonSchema(SchemaCheck):
    """The reply must validate against a JSON Schema (drafts 4, 6, 7, 2019-09 and 2020-12, by
    ``$schema``, 2020-12 when absent; ``format`` asserted on every draft).

    ``json_schema`` is the schema inline, or a path to a ``.json`` file relative to the policy file.
    """

    check: Literal["json_schema"] = "json_schema"
    json_schema_: dict[str, Any] | str = Field(alias="json_schema", description="schema, or a file path")
    name_in_request: str = Field("reply", description="schema name sent in response_format")

    _schema: dict[str, Any] = PrivateAttr()
    _validator: Any = PrivateAttr()

    model_config = ConfigDict(
        frozen=True, extra="forbid", arbitrary_types_allowed=True, populate_by_name=True
    )

    @field_validator("json_schema_")
    @classmethod
    def _load(cls, value: Any, info: ValidationInfo) -> Any:
        schema = _read_schema(value, info.context)
        _pending.loaded = (value, schema, _validator_for(schema))
        return value

    def model_post_init(self, context: Any, /) -> None:
        loaded = getattr(_pending, "loaded", None)
        _pending.loaded = None
        if loaded is not None and loaded[0] is self.json_schema_:
            self._schema, self._validator = loaded[1], loaded[2]
            return
        self._schema = _read_schema(self.json_schema_, context)  # model_construct, copies
        self._validator = _validator_for(self._schema)

    @property
    def schema_name(self) -> str:
        return self.name_in_request

    def json_schema(self) -> dict[str, Any]:
        return self._schema

    def validate_value(self, value: Any) -> tuple[tuple[Violation, ...], Any]:
        from guard.checks.formats import fallback_budget

        found: dict[tuple[str, Loc], Violation] = {}
        started = time.perf_counter()
        with fallback_budget():
            for error in self._validator.iter_errors(value):
                # jsonschema reports `required` once per missing property; _describe already lists
                # them all, so keep one violation per (type, location).
                for violation in self._describe(error):
                    found.setdefault((violation.type, violation.loc), violation)
                # Each further error can cost a walk of a large schema: stop at what the re-ask
                # feedback shows, or once collecting has taken a few milliseconds.
                if len(found) >= MAX_VIOLATIONS or time.perf_counter() - started > COLLECT_S:
                    break
        ordered = sorted(found.values(), key=lambda v: [str(p) for p in v.loc])
        return tuple(ordered), (None if ordered else value)

    def _describe(self, error: Any) -> Iterable[Violation]:
        loc: Loc = tuple(error.absolute_path)
        if error.validator is None:  # a `false` subschema: nothing is allowed here
            yield self.violation("false_schema", "no value is allowed here", loc=loc)
            return
        keyword: str = error.validator
        expected = error.validator_value
        instance = error.instance
        if keyword == "required" and isinstance(instance, dict):
            for name in expected:
                if name not in instance:
                    yield self.violation("required", "required property is missing", loc=(*loc, name))
            return
        if keyword == "additionalProperties" and isinstance(instance, dict):
            allowed = set(error.schema.get("properties", {}))
            extras = sorted(k for k in instance if k not in allowed)
            names = ", ".join(repr(k[:40]) for k in extras[:5]) or "some"
            yield self.violation("additionalProperties", f"properties not allowed here: {names}", loc=loc)
            return
        yield self.violation(keyword, _schema_message(keyword, expected), loc=loc)


def _excerpt(text: str, limit: int = 200) -> str:
    """``text`` cut to about ``limit`` characters, keeping its start and its end."""
    if len(text) <= limit:
        return text
    tail = limit // 4
    return f"{text[: limit - tail - 5]} ... {text[-tail:]}"


def _schema_message(keyword: str, expected: Any) -> str:
    shown = json.dumps(expected, ensure_ascii=False, default=str)
    if len(shown) > 200:
        shown = shown[:197] + "..."
    messages = {
        "type": f"expected type {shown}",
        "enum": f"must be one of {shown}",
        "const": f"must equal {shown}",
        "format": f"is not a valid {shown}",
        "pattern": f"does not match the pattern {shown}",
        "anyOf": "matches none of the allowed alternatives",
        "oneOf": "must match exactly one of the allowed alternatives",
        "not": "matches a schema it must not match",
        "pattern_timeout": "could not be checked against its pattern in time",
    }
    return messages.get(keyword, f"violates {keyword}: {shown}")


def _read_schema(value: Any, context: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if not isinstance(value, str):
        raise ValueError("expected a schema object or a file path")
    base = Path((context or {}).get("base_dir", ".")) if isinstance(context, dict) else Path(".")
    path = Path(value)
    if not path.is_absolute():
        path = base / path
    shown = _excerpt(repr(value), 160)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"cannot read schema file {shown}: {exc.strerror or type(exc).__name__}") from None
    try:
        schema = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"schema file {shown} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(schema, (dict, bool)):
        raise ValueError(f"schema file {shown} does not hold a JSON Schema object")
    return schema if isinstance(schema, dict) else {} if schema else {"not": {}}


def _validator_for(schema: dict[str, Any]) -> Any:
    import jsonschema
    from jsonschema.exceptions import SchemaError
    from jsonschema.validators import validator_for

    try:
        cls = validator_for(schema, default=jsonschema.Draft202012Validator)
    except Exception as exc:  # an unknown $schema
        raise ValueError(f"unsupported $schema: {_excerpt(str(exc))}") from None
    from guard.checks.formats import extend_validator

    extended, format_checker, schema_format_checker = extend_validator(cls)
    digest = _digest(cls, schema)
    if digest is None or digest not in _CHECKED:
        try:
            cls.check_schema(schema, format_checker=schema_format_checker)  # type: ignore[call-arg]
        except SchemaError as exc:
            where = _excerpt("/".join(str(p) for p in exc.absolute_path) or "(root)", 120)
            raise ValueError(f"invalid JSON Schema at {where}: {_excerpt(exc.message)}") from None
        if digest is not None:
            if len(_CHECKED) >= 1024:
                _CHECKED.clear()
            _CHECKED.add(digest)
    return extended(schema, format_checker=format_checker)


# Digests of schemas that passed their metaschema check. The check costs seconds on a schema of
# several hundred KB, and the same schema is loaded again and again (a tool's parameters on every
# request, a policy reloaded): checking it once per process is enough.
_CHECKED: set[bytes] = set()


def _digest(cls: Any, schema: dict[str, Any]) -> bytes | None:
    import hashlib

    try:
        canonical = json.dumps(schema, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):  # not plain JSON (an inline schema built in Python)
        return None
    return hashlib.sha256(f"{cls.__name__}\n{canonical}".encode("utf-8", "surrogatepass")).digest()

"""Policies: the runtime :class:`Policy` and the versioned YAML file format (v1).

Loading fails closed: every problem (unknown key, wrong type, bad value, unknown check, missing
schema file, unimportable Pydantic model) is collected with its location and raised together as
one :class:`PolicyError`; a policy never loads half-empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from guard.checks.base import BaseCheck, Stage, check_class, dump_check, registered_kinds
from guard.errors import PolicyError, PolicyProblem
from guard.policy_sections import ReaskConfig, ToolPolicy
from guard.result import Action

if TYPE_CHECKING:
    from guard.checks.schema import SchemaCheck

__all__ = ["SCREEN_FIELDS", "Policy", "ReaskConfig", "ToolPolicy", "load_policy"]

SUPPORTED_VERSIONS = (1,)
_TOP_KEYS = {
    "version",
    "name",
    "description",
    "input",
    "output",
    "reask",
    "screen_roles",
    "screen_fields",
    "tools",
}
#: Texts besides message content that the model reads and input checks can screen.
SCREEN_FIELDS = ("name", "tool_call_arguments", "tool_descriptions")
_ROLES = ("system", "developer", "user", "assistant", "tool")
_TOOLS_KEYS = {"forbid", "on_fail", "calls"}
_OUTPUT_KEYS = {"schema", "checks"}


@dataclass(frozen=True)
class Policy:
    """What may go into a model and what may come out of it.

    Build one in Python (checks are plain objects) or load one from YAML with :func:`load_policy`.
    ``schema`` accepts a schema check, or a Pydantic model class for short.
    """

    name: str = "policy"
    input: tuple[BaseCheck, ...] = ()
    output: tuple[BaseCheck, ...] = ()
    schema: SchemaCheck | None = None
    reask: ReaskConfig = field(default_factory=ReaskConfig)
    tools: ToolPolicy = field(default_factory=ToolPolicy)
    screen_roles: tuple[str, ...] = ("user", "tool")
    #: ``name``: the ``name`` of screened messages; ``tool_call_arguments``: the arguments of
    #: tool calls in the assistant history a client sends (it can forge them);
    #: ``tool_descriptions``: ``tools[].function.description`` (tool poisoning).
    screen_fields: tuple[str, ...] = ("name",)
    description: str = ""
    source: str | None = None

    if TYPE_CHECKING:
        # What callers may pass (any iterable of checks, a Pydantic model class as the schema);
        # ``__post_init__`` normalises it to the field types above. At run time the dataclass
        # generates ``__init__``; this signature is for type checkers only.
        def __init__(
            self,
            name: str = "policy",
            input: Iterable[BaseCheck] = (),
            output: Iterable[BaseCheck] = (),
            schema: SchemaCheck | type[BaseModel] | None = None,
            reask: ReaskConfig = ...,
            tools: ToolPolicy = ...,
            screen_roles: Iterable[str] = ("user", "tool"),
            screen_fields: Iterable[str] = ("name",),
            description: str = "",
            source: str | None = None,
        ) -> None: ...

    def __post_init__(self) -> None:
        object.__setattr__(self, "input", tuple(self.input))
        object.__setattr__(self, "output", tuple(self.output))
        object.__setattr__(self, "screen_roles", tuple(r.strip().lower() for r in self.screen_roles))
        object.__setattr__(self, "screen_fields", tuple(self.screen_fields))
        if self.schema is not None and not isinstance(self.schema, BaseCheck):
            from guard.checks.schema import PydanticModel

            object.__setattr__(self, "schema", PydanticModel(pydantic=self.schema))
        problems = _stage_problems("input", self.input) + _stage_problems("output.checks", self.output)
        problems += [
            PolicyProblem(f"screen_roles[{i}]", f"unknown role {r!r}; roles are {', '.join(_ROLES)}")
            for i, r in enumerate(self.screen_roles)
            if r not in _ROLES
        ]
        problems += [
            PolicyProblem(
                f"screen_fields[{i}]", f"unknown field {f!r}; fields are {', '.join(SCREEN_FIELDS)}"
            )
            for i, f in enumerate(self.screen_fields)
            if f not in SCREEN_FIELDS
        ]
        for name, checks in self.tools.calls.items():
            problems += _stage_problems(f"tools.calls.{name}.checks", checks)
        if problems:
            raise PolicyError(problems, self.source)

    @classmethod
    def from_dict(cls, data: Any, *, base_dir: str | Path = ".", source: str | None = None) -> Policy:
        """Build a policy from the YAML v1 structure. Raises :class:`PolicyError` with every problem."""
        return _Loader(Path(base_dir), source).load(data)

    @classmethod
    def from_yaml(cls, text: str, *, base_dir: str | Path = ".", source: str | None = None) -> Policy:
        """Parse YAML text and build a policy."""
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "invalid YAML"
            raise PolicyError([PolicyProblem(where, f"YAML syntax error: {problem}")], source) from None
        return cls.from_dict(data, base_dir=base_dir, source=source)

    def to_dict(self) -> dict[str, Any]:
        """The policy as YAML v1 data, every default filled in (what ``guard policy show`` prints)."""
        out: dict[str, Any] = {"version": 1, "name": self.name}
        if self.description:
            out["description"] = self.description
        out["screen_roles"] = list(self.screen_roles)
        out["screen_fields"] = list(self.screen_fields)
        out["input"] = [dump_check(c) for c in self.input]
        output: dict[str, Any] = {}
        if self.schema is not None:
            schema = dump_check(self.schema)
            schema.pop("check", None)
            output["schema"] = schema
        output["checks"] = [dump_check(c) for c in self.output]
        out["output"] = output
        out["reask"] = self.reask.model_dump()
        out["tools"] = self.tools.to_dict()
        return out


def load_policy(path: str | os.PathLike[str]) -> Policy:
    """Load a YAML policy file; schema file paths are relative to it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(
            [PolicyProblem("", f"cannot read policy file: {exc.strerror or exc}")], str(path)
        ) from None
    except UnicodeDecodeError:
        raise PolicyError([PolicyProblem("", "policy file is not UTF-8 text")], str(path)) from None
    return Policy.from_yaml(text, base_dir=path.parent, source=str(path))


def _stage_problems(where: str, checks: Sequence[BaseCheck]) -> list[PolicyProblem]:
    stage: Stage = "input" if where == "input" else "output"
    problems: list[PolicyProblem] = []
    for index, chk in enumerate(checks):
        if stage not in chk.stages:
            problems.append(
                PolicyProblem(f"{where}[{index}]", f"check {chk.check!r} cannot run on the {stage} stage")
            )
        if stage == "input" and chk.on_fail in (Action.REASK, Action.APPROVE):
            problems.append(
                PolicyProblem(
                    f"{where}[{index}].on_fail", f"{chk.on_fail.value} is only possible on the output stage"
                )
            )
    return problems


class _Loader:
    def __init__(self, base_dir: Path, source: str | None) -> None:
        self.base_dir = base_dir
        self.source = source
        self.problems: list[PolicyProblem] = []

    def problem(self, loc: str, message: str) -> None:
        self.problems.append(PolicyProblem(loc, message))

    def load(self, data: Any) -> Policy:
        if data is None:
            raise PolicyError([PolicyProblem("", "policy is empty")], self.source)
        if not isinstance(data, Mapping):
            raise PolicyError([PolicyProblem("", "policy must be a mapping of keys")], self.source)
        for key in data:
            if key not in _TOP_KEYS:
                self.problem(str(key), "unknown key")
        version = data.get("version")
        if version is None:
            self.problem("version", "missing; this loader reads version: 1")
        elif version not in SUPPORTED_VERSIONS or isinstance(version, bool):
            self.problem("version", f"unsupported version {version!r}; this loader reads version: 1")
        name = data.get("name", "policy")
        if not isinstance(name, str) or not name:
            self.problem("name", "must be a non-empty string")
        description = data.get("description", "")
        if not isinstance(description, str):
            self.problem("description", "must be a string")
        roles = data.get("screen_roles", ["user", "tool"])
        if not (isinstance(roles, list) and all(isinstance(r, str) for r in roles)):
            self.problem("screen_roles", "must be a list of roles")
            roles = ["user", "tool"]
        fields = data.get("screen_fields", ["name"])
        if not (isinstance(fields, list) and all(isinstance(f, str) for f in fields)):
            self.problem("screen_fields", f"must be a list of: {', '.join(SCREEN_FIELDS)}")
            fields = ["name"]

        inputs = self.checks("input", data.get("input", []))
        outputs: list[BaseCheck] = []
        schema: SchemaCheck | None = None
        output = data.get("output", {})
        if output is None:
            output = {}
        if not isinstance(output, Mapping):
            self.problem("output", "must be a mapping with `schema` and/or `checks`")
        else:
            for key in output:
                if key not in _OUTPUT_KEYS:
                    self.problem(f"output.{key}", "unknown key")
            outputs = self.checks("output.checks", output.get("checks", []))
            if output.get("schema") is not None:
                schema = self.schema(output["schema"])

        tools = self.tools(data.get("tools"))
        reask = ReaskConfig()
        raw_reask = data.get("reask", {})
        if raw_reask is not None:
            try:
                reask = ReaskConfig.model_validate(raw_reask)
            except PydanticError as exc:
                self.pydantic_problems("reask", exc)

        self.problems.extend(_stage_problems("input", inputs))
        self.problems.extend(_stage_problems("output.checks", outputs))
        if not self.problems:
            try:
                return Policy(
                    name=name,
                    input=tuple(inputs),
                    output=tuple(outputs),
                    schema=schema,
                    reask=reask,
                    tools=tools,
                    screen_roles=tuple(roles),
                    screen_fields=tuple(fields),
                    description=description,
                    source=self.source,
                )
            except PolicyError as exc:
                self.problems.extend(exc.problems)
        raise PolicyError(self.problems, self.source)

    def tools(self, data: Any) -> ToolPolicy:
        if data is None:
            return ToolPolicy()
        if not isinstance(data, Mapping):
            self.problem("tools", "must be a mapping with forbid, on_fail and calls")
            return ToolPolicy()
        for key in data:
            if key not in _TOOLS_KEYS:
                self.problem(f"tools.{key}", "unknown key")
        forbid = data.get("forbid", [])
        if not (isinstance(forbid, list) and all(isinstance(n, str) for n in forbid)):
            self.problem("tools.forbid", "must be a list of tool names")
            forbid = []
        try:
            on_fail = Action(data.get("on_fail", "reask"))
        except ValueError:
            self.problem("tools.on_fail", f"must be one of {', '.join(a.value for a in Action)}")
            on_fail = Action.REASK
        calls: dict[str, tuple[BaseCheck, ...]] = {}
        raw_calls = data.get("calls", {}) or {}
        if not isinstance(raw_calls, Mapping):
            self.problem("tools.calls", "must map tool names to {checks: [...]}")
            raw_calls = {}
        for name, rules in raw_calls.items():
            where = f"tools.calls.{name}"
            if not isinstance(rules, Mapping):
                self.problem(where, "must be a mapping with `checks`")
                continue
            for key in rules:
                if key != "checks":
                    self.problem(f"{where}.{key}", "unknown key")
            calls[str(name)] = tuple(self.checks(f"{where}.checks", rules.get("checks", [])))
        for name, checks in calls.items():
            self.problems.extend(_stage_problems(f"tools.calls.{name}.checks", checks))
        return ToolPolicy(tuple(forbid), on_fail, calls)

    def checks(self, where: str, entries: Any) -> list[BaseCheck]:
        if entries is None:
            return []
        if not isinstance(entries, list):
            self.problem(where, "must be a list of checks")
            return []
        built: list[BaseCheck] = []
        for index, entry in enumerate(entries):
            loc = f"{where}[{index}]"
            chk = self.check(loc, entry)
            if chk is not None:
                built.append(chk)
        return built

    def check(self, loc: str, entry: Any) -> BaseCheck | None:
        if not isinstance(entry, Mapping):
            self.problem(loc, "must be a mapping with a `check:` kind")
            return None
        kind = entry.get("check")
        if kind is None:
            self.problem(f"{loc}.check", "missing; say which check this is")
            return None
        if not isinstance(kind, str) or kind not in registered_kinds():
            self.problem(f"{loc}.check", f"unknown check {kind!r}; known: {', '.join(registered_kinds())}")
            return None
        if kind in ("json_schema", "pydantic"):
            self.problem(f"{loc}.check", f"{kind!r} belongs in output.schema")
            return None
        return self.build(loc, kind, entry)

    def build(self, loc: str, kind: str, entry: Mapping[str, Any]) -> BaseCheck | None:
        try:
            cls = check_class(kind)
        except ImportError as exc:
            self.problem(
                f"{loc}.check", f"check {kind!r} is not installed ({exc.name or exc}); install guard[all]"
            )
            return None
        try:
            return cls.model_validate(dict(entry), context={"base_dir": str(self.base_dir)})
        except PydanticError as exc:
            self.pydantic_problems(loc, exc)
            return None

    def schema(self, entry: Any) -> SchemaCheck | None:
        loc = "output.schema"
        if not isinstance(entry, Mapping):
            self.problem(loc, "must be {json_schema: ...} or {pydantic: 'pkg.mod:Model'}")
            return None
        kinds = [k for k in ("json_schema", "pydantic") if k in entry]
        if len(kinds) != 1:
            self.problem(loc, "give exactly one of `json_schema` or `pydantic`")
            return None
        built = self.build(loc, kinds[0], {"check": kinds[0], **entry})
        return built  # type: ignore[return-value]

    def pydantic_problems(self, loc: str, exc: PydanticError) -> None:
        for error in exc.errors(include_url=False, include_input=False):
            where = _join(loc, error["loc"])
            if error["type"] == "extra_forbidden":
                self.problem(where, "unknown key")
            elif error["type"] == "missing":
                self.problem(where, "required key is missing")
            else:
                message = error["msg"]
                if message.startswith("Value error, "):
                    message = message[len("Value error, ") :]
                self.problem(where, message)


def _join(prefix: str, parts: Iterable[Any]) -> str:
    out = prefix
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "json_schema_":
            out += ".json_schema"
        else:
            out += f".{part}" if out else str(part)
    return out

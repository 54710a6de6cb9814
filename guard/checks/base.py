"""The check protocol: a frozen, keyword-configured object called on one text.

A check's keyword arguments are exactly its YAML keys (a frozen Pydantic model with
``extra="forbid"``), so the policy loader gets located errors for free. Checks are shared across
concurrent requests: per-request state lives in the :class:`Context`, never on the check.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from guard.result import Action, CheckResult, Context, Loc, Stage, Violation

__all__ = [
    "BaseCheck",
    "Context",
    "FunctionCheck",
    "Stage",
    "check",
    "check_class",
    "dump_check",
    "registered_kinds",
]


class BaseCheck(BaseModel):
    """Base of every check. Subclasses set ``check: Literal["kind"] = "kind"`` and ``__call__``."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    check: str
    on_fail: Action = Field(Action.BLOCK, description="what the engine does when the check fails")
    on_error: Literal["block", "allow"] = Field(
        "block", description="when the check cannot run: block (fail closed) or allow"
    )
    label: str | None = Field(None, description="name shown in violations; defaults to the kind")
    at: str | None = Field(
        None,
        description="run on one field of a JSON text instead of the whole text: a path like "
        "'query', 'items[0].sql' or '$.a.b'",
    )

    #: Heavy checks (models, large regexes) run in a worker thread under the async engine.
    cpu_bound: ClassVar[bool] = False
    #: Characters of look-behind a streaming validator must hold back; None means the check needs
    #: the whole text and cannot run incrementally.
    lookbehind: ClassVar[int | None] = None
    #: See :meth:`judges_whole_text`.
    whole_text: ClassVar[bool] = False
    #: Stages the check makes sense in.
    stages: ClassVar[tuple[Stage, ...]] = ("input", "output")
    #: A block by this check ends the stage's run: it refuses the text for its size, and the
    #: checks after it would otherwise read all of a text the policy bounded (a 1 MB body cost the
    #: injection check 14 s after the length check had refused it).
    ends_run_on_block: ClassVar[bool] = False

    @field_validator("at")
    @classmethod
    def _valid_path(cls, value: str | None) -> str | None:
        if value is not None:
            parse_path(value)
        return value

    @property
    def name(self) -> str:
        """The name used in violations and metrics."""
        return self.label or self.check

    def stream_window(self) -> int | None:
        """Characters a streaming validator must hold back so that a match split across chunks
        is still caught before it is released; None when the check needs the whole text."""
        return self.lookbehind

    def judges_whole_text(self) -> bool:
        """True when the check's verdict depends on the whole text (a total length, a pattern
        that must appear somewhere), so a streaming validator runs it on everything received
        rather than on the new window alone."""
        return self.whole_text

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load whatever the check needs (models, lists) now rather than on the first request.
        The default runs the check once on an ordinary sentence; checks whose cheap path would
        skip a model (cascades) override it. Raises what the check would raise."""
        self("Warm-up: hello, this is a short ordinary sentence.", Context(stage="output"))

    def violation(
        self,
        type: str,
        message: str,
        *,
        loc: Loc = (),
        span: tuple[int, int] | None = None,
        score: float | None = None,
    ) -> Violation:
        """Build a violation attributed to this check."""
        return Violation(type=type, message=message, check=self.name, loc=loc, span=span, score=score)


def dump_check(chk: BaseCheck) -> dict[str, Any]:
    """A check as YAML v1 data: its keys, defaults left out where they are None."""
    return chk.model_dump(mode="json", by_alias=True, exclude_none=True)


_PATH_PART = re.compile(r"\.?([A-Za-z_][\w-]*)|\[(\d+)\]|\[[\"']([^\"']*)[\"']\]")


def parse_path(path: str) -> tuple[str | int, ...]:
    """Parse ``'$.items[0].sql'`` into ``('items', 0, 'sql')``. Raises ``ValueError``."""
    text = path[1:] if path.startswith("$") else path
    parts: list[str | int] = []
    position = 0
    while position < len(text):
        match = _PATH_PART.match(text, position)
        if match is None or match.end() == position:
            raise ValueError(f"invalid field path {path!r} at character {position + (len(path) - len(text))}")
        name, index, quoted = match.groups()
        parts.append(int(index) if index is not None else name if name is not None else quoted)
        position = match.end()
    if not parts:
        raise ValueError(f"invalid field path {path!r}: it names no field")
    return tuple(parts)


# Built-in kinds map to "module:Class" so that loading a policy imports only what it uses: the
# detector modules pull in heavy libraries and must not load with ``import guard``.
_BUILTIN: dict[str, str] = {
    "regex": "guard.checks.text:Regex",
    "banned_substrings": "guard.checks.text:BannedSubstrings",
    "length": "guard.checks.text:Length",
    "invisible_text": "guard.checks.text:InvisibleText",
    "json_schema": "guard.checks.schema:JsonSchema",
    "pydantic": "guard.checks.schema:PydanticModel",
    "prompt_injection": "guard.checks.injection:PromptInjection",
    "pii": "guard.checks.pii:PII",
    "toxicity": "guard.checks.toxicity:Toxicity",
    "secrets": "guard.checks.secrets:Secrets",
    "sql": "guard.checks.sql:SQL",
    "guardrails": "guard.checks.guardrails:GuardrailsValidator",
}
_REGISTERED: dict[str, type[BaseCheck]] = {}


def registered_kinds() -> list[str]:
    """Every kind a policy may name, built-in and user-registered."""
    return sorted(set(_BUILTIN) | set(_REGISTERED))


def check_class(kind: str) -> type[BaseCheck]:
    """Return the class for a ``check:`` kind. Raises ``KeyError`` for an unknown kind and
    ``ImportError`` when the module behind a built-in kind cannot be imported."""
    if kind in _REGISTERED:
        return _REGISTERED[kind]
    target = _BUILTIN[kind]
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, BaseCheck)):
        raise TypeError(f"{target} is not a check class")
    return cls


def register(cls: type[BaseCheck], kind: str | None = None) -> type[BaseCheck]:
    """Register a check class under its kind so policies can name it."""
    name = kind or cls.model_fields["check"].default
    if not isinstance(name, str) or not name:
        raise ValueError("a check class needs a default for its `check` field")
    if name in _BUILTIN:
        raise ValueError(f"{name!r} is a built-in check kind")
    _REGISTERED[name] = cls
    return cls


CheckFunction = Callable[..., CheckResult | Iterable[Violation] | bool | None]


class FunctionCheck(BaseCheck):
    """A user's plain function turned into a check by :func:`check`.

    The function is called as ``fn(text, ctx, **params)`` and may return a ``CheckResult``, an
    iterable of ``Violation``, a bool (False fails), or None (passes).
    """

    params: Mapping[str, Any] = Field(default_factory=dict)
    function: ClassVar[CheckFunction]

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        got = type(self).function(text, ctx, **self.params)
        if got is None or got is True:
            return CheckResult()
        if got is False:
            return CheckResult((self.violation(self.check, f"custom check {self.check!r} failed"),))
        if isinstance(got, CheckResult):
            return CheckResult(
                tuple(_own(v, self.name) for v in got.violations), got.fixed, got.repaired, got.value
            )
        return CheckResult(tuple(_own(v, self.name) for v in got))


def _own(violation: Violation, name: str) -> Violation:
    if violation.check:
        return violation
    return Violation(violation.type, violation.message, name, violation.loc, violation.span, violation.score)


def check(kind: str, *, cpu_bound: bool = False) -> Callable[[CheckFunction], CheckFunction]:
    """Register a plain function as a check kind that policies can name.

    ::

        @check("no_competitors")
        def no_competitors(text: str, ctx: Context) -> bool:
            return "acme" not in text.lower()
    """

    def decorate(fn: CheckFunction) -> CheckFunction:
        signature = inspect.signature(fn)
        positional = [
            p for p in signature.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        if len(positional) < 2:
            raise TypeError(f"check function {fn.__name__} must accept (text, ctx)")
        kind_type: Any = Literal[kind]
        cls = create_model(f"Check_{kind}", __base__=FunctionCheck, check=(kind_type, kind))
        cls.function = staticmethod(fn)
        cls.cpu_bound = cpu_bound
        register(cls, kind)
        return fn

    return decorate

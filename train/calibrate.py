"""Calibrate guard's encoder cascade -> ``guard/models/detectors.json`` (pinned).

Needs ``guard_minilm_int8.onnx`` (``train.finetune``), ``<task>_first.npz`` (``train.first_stage
fit``) and the first stage's leave-one-source-out scores (``train.first_stage loso``).

* ``thresholds``: the probability for ``sensitivity`` low / medium / high, measured on the
  encoder's scores of the sources it never saw (``train.corpus.NOT_TRAINED``): medium is the
  trained operating point (0.5), low the lowest threshold >= 0.5 with at most half of medium's
  false positives, high the highest threshold <= 0.5 that detects at least half of what medium
  misses.
* ``cascade_band``: where the first stage is unsure, as logits relative to the threshold's
  logit. Chosen on leave-one-source-out first-stage scores (the first stage as it behaves on a
  source it never saw) of up to :data:`PER_SOURCE` texts per source: the band skipping the most
  texts whose verdicts differ from the encoder's on at most :data:`MAX_CHANGED` of them, widened
  by :data:`MARGIN` on each side.

``python -m train.calibrate`` (about two minutes: the encoder scores a few thousand texts).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import numpy as np

from guard.checks.embedding_heads import load_head
from guard.checks.encoder import TASKS
from guard.checks.toxicity import reading_text
from guard.pinned import MODELS_DIR, reset
from train.common import rates, record_sha256
from train.corpus import NOT_TRAINED, rows

SEED = 0
PER_SOURCE = 120
MAX_CHANGED = 0.01
MARGIN = 0.5
GRID = np.arange(0.25, 12.01, 0.25)


def encoder_logits(texts: list[str], task: str) -> np.ndarray:
    from guard.checks.encoder import get_encoder

    return get_encoder().task_logits([t[:600] for t in texts], task)


def main() -> None:
    path = MODELS_DIR / "detectors.json"
    previous = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    meta = {h: {"encoder_bias": 0.0, "cascade_band": [-99.0, 99.0], "thresholds": {}} for h in TASKS}
    # The harm branch's operating point is train.harm_branch's choice, not calibrated here.
    if "harm_bias" in previous.get("toxicity", {}):
        meta["toxicity"]["harm_bias"] = previous["toxicity"]["harm_bias"]
    path.write_text(json.dumps(meta, indent=2) + "\n")
    record_sha256(path)
    reset()
    rng = random.Random(SEED)
    for task in TASKS:
        t0 = time.time()
        unseen = [r for r in rows(task) if r.source in NOT_TRAINED[task]]
        read = reading_text if task == "toxicity" else str  # as the check reads a text
        z = encoder_logits([read(r.text) for r in unseen], task)
        y = np.array([r.label for r in unseen])
        probability = 1 / (1 + np.exp(-z))
        medium = rates(probability >= 0.5, y)
        grid = np.round(np.arange(0.05, 0.991, 0.01), 2)
        low = next(
            (float(t) for t in grid if t >= 0.5 and rates(probability >= t, y)["fpr"] <= medium["fpr"] / 2),
            0.8,
        )
        missed = 1 - medium["detection"]
        high = next(
            (
                float(t)
                for t in grid[::-1]
                if t <= 0.5 and rates(probability >= t, y)["detection"] >= medium["detection"] + missed / 2
            ),
            0.2,
        )
        meta[task]["thresholds"] = {"low": low, "medium": 0.5, "high": high}
        for name, t in meta[task]["thresholds"].items():
            print(f"{task} {name} {t:.2f} on unseen {NOT_TRAINED[task]}: {rates(probability >= t, y)}")
        if load_head(f"{task}_first").meta.get("target") == "encoder_logit":
            # A first stage distilled from the encoder (train.first_stage_distilled) chose its
            # band on chunks when it was trained: kept.
            meta[task]["cascade_band"] = previous[task]["cascade_band"]
            continue
        cache_file = Path(f"/tmp/guard_cache/loso_first_{task}.npz")
        if not cache_file.exists():
            # The leave-one-source-out scores come from `train.first_stage loso` (a long run); without
            # them the band stays what it was (the first stage did not change), and says so.
            print(f"{task}: {cache_file} missing (python -m train.first_stage loso): cascade band kept")
            meta[task]["cascade_band"] = previous[task]["cascade_band"]
            continue
        cache = np.load(cache_file)
        by_source: dict[str, list[int]] = {}
        for i, s in enumerate(cache["source"]):
            by_source.setdefault(str(s), []).append(i)
        pick: list[int] = []
        for s in sorted(by_source):
            idx = by_source[s]
            rng.shuffle(idx)
            pick += idx[:PER_SOURCE]
        first = cache["scores"][pick]
        full = encoder_logits([str(t) for t in cache["text"][pick]], task) >= 0
        best = (12.0, 12.0, 0.0)
        for lo in GRID:
            for hi in GRID:
                unsure = (first >= -lo) & (first <= hi)
                verdict = np.where(unsure, full, first >= 0)
                if np.mean(verdict != full) <= MAX_CHANGED and np.mean(~unsure) > best[2]:
                    best = (float(lo), float(hi), float(np.mean(~unsure)))
        band = [-(best[0] + MARGIN), best[1] + MARGIN]
        unsure = (first >= band[0]) & (first <= band[1])
        print(
            f"{task} cascade band {band}: first stage decides {np.mean(~unsure):.1%} of {len(pick)} "
            f"texts (left-out sources), verdicts changed {np.mean(np.where(unsure, full, first >= 0) != full):.2%} "
            f"({time.time() - t0:.0f}s)"
        )
        meta[task]["cascade_band"] = band
    path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    record_sha256(path)


if __name__ == "__main__":
    main()

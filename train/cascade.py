"""Calibrate the band of a detector's cascade and export its fast stage (``<name>_fast.npz``).

At run time a piece of text is first scored by the fast stage (static-embedding head + n-gram
head, about 1 ms); only when its logit, measured from the threshold's logit, falls inside the
band ``[low, high]`` does the full classifier (MiniLM heads, jailguard) run. Outside the band the
fast stage's score stands.

The band is chosen on out-of-fold scores of the training split (held-out split untouched): the
narrowest band (most pieces decided by the fast stage) whose text verdicts at the default
threshold differ from the full classifier's on at most ``max_changed`` (0.5 %) of the training
texts, with at most ``max_extra_errors`` (0.25 % of the texts) more errors than the full
classifier. A margin is then added on each side (``margin``: below, above; a wider one below
keeps more borderline text, and unseen kinds of attack, going to the full classifier).
"""

from __future__ import annotations

import numpy as np

from train.common import export_head, rates, text_max
from train.stack import StackResult

LOWS = -np.arange(0.25, 10.01, 0.25)
HIGHS = np.arange(0.25, 10.01, 0.25)


def calibrate(
    result: StackResult,
    full_logit: np.ndarray,
    *,
    max_changed: float = 0.005,
    max_extra_errors: float = 0.0025,
    margin: tuple[float, float] = (0.25, 0.25),
    domain: np.ndarray | None = None,
) -> tuple[float, float]:
    """Pick the band; print what it does on the training folds.

    ``domain`` marks the texts the budgets apply to (the detector's own data sets); on the other
    texts the cascade may make no more errors than the full classifier."""
    owner, y, sig = result.owner, result.y_text, result.signals
    n = len(y)
    train_pieces = ~result.held[owner]
    fast = result.oof_fast_logit
    inside = np.ones(n, dtype=bool) if domain is None else domain
    tr = ~result.held & inside
    rest = ~result.held & ~inside
    full_text = (text_max(np.where(train_pieces, full_logit, -99.0), owner, n) >= 0) | sig
    full_err = int(np.sum(full_text[tr] != (y[tr] == 1)))
    full_err_rest = int(np.sum(full_text[rest] != (y[rest] == 1)))
    best: tuple[float, float, float] | None = None
    for low in LOWS:
        for high in HIGHS:
            escalate = (fast >= low) & (fast <= high)
            cascade = np.where(escalate, full_logit, fast)
            verdict = (text_max(np.where(train_pieces, cascade, -99.0), owner, n) >= 0) | sig
            changed = float(np.mean(verdict[tr] != full_text[tr]))
            errors = int(np.sum(verdict[tr] != (y[tr] == 1)))
            if changed > max_changed or errors > full_err + max_extra_errors * tr.sum():
                continue
            if int(np.sum(verdict[rest] != (y[rest] == 1))) > full_err_rest:
                continue
            skipped = float(np.mean(~escalate[train_pieces]))
            if best is None or skipped > best[2]:
                best = (float(low), float(high), skipped)
    if best is None:
        raise SystemExit("no band keeps the verdicts: the fast stage is too weak")
    low, high = best[0] - margin[0], best[1] + margin[1]
    escalate = (fast >= low) & (fast <= high)
    print(
        f"{result.name} cascade band [{low:.2f}, {high:.2f}] (edge [{best[0]:.2f}, {best[1]:.2f}]): "
        f"fast stage decides {np.mean(~escalate[train_pieces]):.1%} of training pieces out of fold"
    )
    cascade = np.where(escalate, full_logit, fast)
    verdict = (text_max(np.where(train_pieces, cascade, -99.0), owner, n) >= 0) | sig
    print(f"  out-of-fold full:    {rates(full_text[tr], y[tr])}")
    print(f"  out-of-fold cascade: {rates(verdict[tr], y[tr])}")
    if rest.any():
        print(
            f"  other text, false positives full / cascade: {full_text[rest].mean():.2%} / {verdict[rest].mean():.2%}"
        )
    return low, high


def export_fast(result: StackResult, band: tuple[float, float]) -> None:
    """Write ``<name>_fast.npz``: the fast stacker (static logit, n-gram logit) and the band."""
    meta = dict(result.fast_meta)
    meta["cascade_band"] = [round(band[0], 4), round(band[1], 4)]
    export_head(f"{result.name}_fast", result.fast_layers, meta)

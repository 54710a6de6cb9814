"""The toxicity cascade's first stage distilled from guard's encoder (``toxicity_first.npz``).

The first stage decides the sentence chunks it is sure of; the encoder reads the rest. Trained on
the labels (:mod:`train.first_stage`), it learned what the *sources* call toxic, so it was unsure
wherever the encoder's reading differs from a source's, and the calibrated band sent 60 % of
ordinary chunks to the encoder anyway. Here the same linear model (the static MiniLM vector and
hashed character 3-5-grams, one weight vector: :class:`guard.checks.detector_cascade.Cascade`
reads it unchanged) is fitted by ridge regression to the **encoder's own logit** on each chunk, as
the check cuts and reads chunks (``reading_text``, sentences merged up to ``MODEL_CHUNK``). Its
output is a prediction of the encoder's logit; where the prediction is far from the threshold,
the encoder would most likely agree, and is not run.

The band comes from leave-one-source-out predictions (each toxicity source scored by a model fitted
without it): the band deciding the most chunks with at most :data:`MAX_CHANGED` of the chunks'
verdicts different from the encoder's, then :data:`MARGIN` wider on each side. It is written into
``guard/models/detectors.json`` (``cascade_band`` of toxicity).

    python -m train.first_stage_distilled     # 5 min 36 s on the 2-core machine (the encoder 2 min)

Data: :mod:`train.corpus` (held-out hashes dropped), at most :data:`CAP` texts per (source,
label), and the benign prompts of the injection sources (``prompts:<source>``); the sources the shipped models
never train on (``NOT_TRAINED``, Surge AI) and the frozen hard cases are left out of the fit.
Deterministic (seeded sampling, closed-form ridge).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import Ridge

from guard.checks.detector_cascade import Cascade
from guard.checks.embedding import get_static_embedder
from guard.checks.encoder import get_encoder
from guard.checks.toxicity import chunk_pieces, reading_text
from guard.pinned import MODELS_DIR, reset
from train.common import export_head, record_sha256
from train.corpus import NOT_TRAINED, rows
from train.stack import LEX_BITS, lex_matrix

SEED = 0
CAP = 1000
#: Targets clipped here: far from the threshold the exact logit does not matter.
CLIP = 6.0
ALPHA = 1.0
MAX_CHANGED = 0.0015
MARGIN = 0.25
GRID = np.arange(0.5, 8.01, 0.25)
CACHE = Path("/tmp/guard_cache")
SOURCE_NOTE = (
    "../shared/data (see its README) minus heldout-sha256.txt; train/corpus.py; target: encoder logit"
)


def chunks(text: str) -> list[str]:
    """The pieces the toxicity check (``classifier: model``) scores for ``text`` (as it reads it:
    ``reading_text`` first)."""
    return [piece for _, piece in chunk_pieces(reading_text(text))]


def corpus() -> tuple[list[str], np.ndarray]:
    """Distinct chunks and their source (``prompts:<source>`` for the injection sources' benign
    prompts: most of what an application's check reads is prompts, not tweets)."""
    rng = random.Random(SEED)
    groups: dict[tuple[str, int], list[str]] = {}
    for r in rows("toxicity"):
        groups.setdefault((r.source, r.label), []).append(r.text)
    for r in rows("injection"):
        if r.label == 0:
            groups.setdefault(("prompts:" + r.source, 0), []).append(r.text)
    pieces: list[str] = []
    sources: list[str] = []
    seen: set[str] = set()
    picked = [(key[0], texts) for key, texts in sorted(groups.items())]
    for source, texts in picked:
        texts = list(texts)
        rng.shuffle(texts)
        for text in texts[:CAP]:
            for piece in chunks(text):
                if piece not in seen:
                    seen.add(piece)
                    pieces.append(piece)
                    sources.append(source)
    return pieces, np.array(sources)


def features(pieces: list[str]) -> sp.csr_matrix:
    static = get_static_embedder().embed(pieces)
    return sp.hstack([sp.csr_matrix(static), lex_matrix(pieces)]).tocsr()


def choose_band(pred: np.ndarray, z: np.ndarray) -> tuple[float, float, float, float]:
    """``(low, high, decided, changed)``: the widest-deciding band within :data:`MAX_CHANGED`."""
    full = z >= 0
    best = (8.0, 8.0, 0.0, 0.0)
    for lo in GRID:
        for hi in GRID:
            unsure = (pred >= -lo) & (pred <= hi)
            changed = float(np.mean(np.where(unsure, full, pred >= 0) != full))
            decided = float(np.mean(~unsure))
            if changed <= MAX_CHANGED and decided > best[2]:
                best = (float(lo), float(hi), decided, changed)
    return best


def main() -> None:
    t0 = time.time()
    pieces, sources = corpus()
    print(f"{len(pieces)} chunks from {len(set(sources))} sources ({time.time() - t0:.0f}s)", flush=True)
    encoder = get_encoder()
    z = np.concatenate(
        [encoder.task_logits(pieces[i : i + 512], "toxicity") for i in range(0, len(pieces), 512)]
    ).astype(np.float64)
    print(f"encoder logits ({time.time() - t0:.0f}s); flagged {np.mean(z >= 0):.1%}", flush=True)
    x = features(pieces)
    target = np.clip(z, -CLIP, CLIP)
    never = [*NOT_TRAINED["toxicity"], *("prompts:" + s for s in NOT_TRAINED["injection"])]
    trained = ~np.isin(sources, never)
    pred = np.zeros(len(pieces))
    for source in sorted(set(sources)):  # every source, the prompts too, is left out in turn
        out = sources == source
        model = Ridge(alpha=ALPHA).fit(x[~out & trained], target[~out & trained])
        pred[out] = model.predict(x[out])
    lo, hi, _, _ = choose_band(pred, z)
    band = [-(lo + MARGIN), hi + MARGIN]
    full = z >= 0
    unsure = (pred >= band[0]) & (pred <= band[1])
    verdict = np.where(unsure, full, pred >= 0)
    print(
        f"band {band}: first stage decides {np.mean(~unsure):.1%} of {len(z)} chunks of left-out sources "
        f"({np.mean(~unsure[~full]):.1%} of those the encoder passes), verdicts changed "
        f"{np.mean(verdict != full):.2%} ({time.time() - t0:.0f}s)",
        flush=True,
    )
    for source in sorted(set(sources)):
        m = sources == source
        print(
            f"  {source:34} chunks {m.sum():6d} decided {np.mean(~unsure[m]):6.1%} "
            f"changed {np.mean(verdict[m] != full[m]):.2%}"
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / "loso_distilled_toxicity.npz", pred=pred, z=z, source=sources)

    model = Ridge(alpha=ALPHA).fit(x[trained], target[trained])
    dim = get_static_embedder().dim
    weight = model.coef_.astype(np.float32).reshape(-1, 1)
    weight[dim:] = weight[dim:].astype(np.float16).astype(np.float32)  # n-gram weights: half precision
    export_head(
        "toxicity_first",
        [(weight, np.array([model.intercept_], dtype=np.float32))],
        {
            "features": f"minilm_static.npz mean-l2 + crc32-char-3-5-gram-{LEX_BITS}bit-l2",
            "bits": LEX_BITS,
            "static_dim": dim,
            "source": SOURCE_NOTE,
            "target": "encoder_logit",
        },
    )
    path = MODELS_DIR / "detectors.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["toxicity"]["cascade_band"] = band
    path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    record_sha256(path)
    reset()
    shipped = Cascade("toxicity").first_logits(pieces)
    print(
        f"shipped first stage: mean |prediction - encoder| {np.mean(np.abs(shipped - target)):.2f} in sample; "
        f"{time.time() - t0:.0f}s in all"
    )


if __name__ == "__main__":
    main()

"""The cascade's first stage (``guard/models/<task>_first.npz``) and its leave-one-source-out figures.

One logistic regression per task over the static MiniLM vector (``minilm_static.npz``) and
hashed character 3-5-grams of the text, on :mod:`train.corpus` (held-out hashes dropped),
at most :data:`CAP` rows per (source, label), other-task rows as extra negatives.

    python -m train.first_stage loso   # train on all sources but one, score the one left out,
                                       # for every source -> /tmp/guard_cache/loso_first_<task>.npz
    python -m train.first_stage fit    # the shipped heads (every source)

Deterministic (fixed sampling seed, lbfgs).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from guard.checks.embedding import get_static_embedder
from guard.checks.toxicity import reading_text
from train.common import export_head, rates
from train.corpus import NOT_TRAINED, Row, rows
from train.stack import LEX_BITS, lex_matrix

SEED = 0
CAP = 1000
CROSS = 1000
C = 4.0
CACHE = Path("/tmp/guard_cache")
OTHER = {"injection": "toxicity", "toxicity": "injection"}
SOURCE_NOTE = "../shared/data (see its README) minus heldout-sha256.txt; train/corpus.py"


def dataset(task: str, *, shipped: bool = False) -> tuple[list[Row], np.ndarray]:
    """Rows (capped per source and label, seeded) and their labels; other-task negatives last,
    with source ``other:<source>`` (a toxic tweet is not an injection; a benign prompt is not toxic)."""
    rng = random.Random(SEED)
    groups: dict[tuple[str, int], list[Row]] = {}
    for r in rows(task):
        if shipped and r.source in NOT_TRAINED[task]:
            continue  # left out of the shipped model, as for the encoder
        groups.setdefault((r.source, r.label), []).append(r)
    chosen: list[Row] = []
    for key in sorted(groups):
        items = list(groups[key])
        rng.shuffle(items)
        chosen += items[:CAP]
    other = [
        r
        for r in rows(OTHER[task])
        if (task == "injection" or r.label == 0) and not (shipped and r.source in NOT_TRAINED[OTHER[task]])
    ]
    rng.shuffle(other)
    chosen += [Row(r.text, 0, "other:" + r.source, task) for r in other[:CROSS]]
    if task == "toxicity":  # the text the toxicity check reads (no mentions, links, HTML entities)
        chosen = [Row(reading_text(r.text), r.label, r.source, r.task) for r in chosen]
        chosen = [r for r in chosen if r.text.strip()]
    return chosen, np.array([r.label for r in chosen])


def features(items: list[Row]) -> sp.csr_matrix:
    texts = [r.text[:2000] for r in items]
    static = get_static_embedder().embed(texts)
    return sp.hstack([sp.csr_matrix(static), lex_matrix(texts)]).tocsr()


def fit(x: sp.csr_matrix, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(x, y)


def base_source(source: str) -> str:
    return source.removeprefix("other:")


def loso(task: str) -> None:
    items, y = dataset(task)
    x = features(items)
    src = np.array([base_source(r.source) for r in items])
    scores = np.zeros(len(items))
    own = np.array([not r.source.startswith("other:") for r in items])
    # Other-task rows stay in every fold's training set: they are not this task's sources.
    for s in sorted(set(src[own])):
        t0 = time.time()
        out = (src == s) & own
        model = fit(x[~out], y[~out])
        scores[out] = model.decision_function(x[out])
        r = rates(scores[out] >= 0, y[out])
        print(
            f"{task} LOSO {s:28s} n {out.sum():5d} det {r['detection']:.3f} fp {r['fpr']:.3f} ({time.time() - t0:.0f}s)",
            flush=True,
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(
        CACHE / f"loso_first_{task}.npz",
        scores=scores[own],
        y=y[own],
        source=src[own],
        text=np.array([r.text for r in items])[own],
    )


def fit_final(task: str) -> None:
    items, y = dataset(task, shipped=True)
    x = features(items)
    model = fit(x, y)
    dim = get_static_embedder().dim
    weight = model.coef_.T.astype(np.float32)
    weight[dim:] = weight[dim:].astype(np.float16).astype(np.float32)  # n-gram weights: half precision
    export_head(
        f"{task}_first",
        [(weight, model.intercept_.copy())],
        {
            "features": f"minilm_static.npz mean-l2 + crc32-char-3-5-gram-{LEX_BITS}bit-l2",
            "bits": LEX_BITS,
            "static_dim": dim,
            "source": SOURCE_NOTE,
        },
    )
    print(f"{task}_first: in-sample {rates(model.decision_function(x) >= 0, y)}")


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "fit"
    tasks = sys.argv[2:] or ["injection", "toxicity"]
    for task in tasks:
        t0 = time.time()
        if what == "loso":
            loso(task)
        else:
            fit_final(task)
        print(f"{what} {task}: {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()

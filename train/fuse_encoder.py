"""guard's encoder rewritten as one graph of onnxruntime's transformer operators, same int8 weights.

``torch.onnx.export`` spells each BERT layer out in about 130 small operators (the attention mask
built from ranges and comparisons, reshapes and transposes around every head split, the scaled
dot product as separate multiplies), and onnxruntime's own graph optimiser fuses only some of
them. This module reads the int8 model ``train.finetune`` exported and writes the same network as
77 operators: ``DynamicQuantizeMatMul`` for every linear layer (the int8 weights, their scales and
zero points copied bit for bit, the bias folded in), ``MultiHeadAttention`` (float, as before),
``SkipLayerNormalization`` and ``Gelu`` (erf, as BERT's), the embeddings gathered from the int8
tables and dequantised as before, masked mean pooling and the two-logit head.

Measured on this 2-core machine, one unpadded text per call: 10-20 % less time per piece (76
tokens 3.5 -> 3.3 ms on an idle machine, 4.8 -> 4.1 ms under load; bench/README.md). Logits move
by float rounding only (mean 0.007, at most 0.19 over 600 development texts, where an activation
lands on the other side of a quantisation step); :func:`check` measures that on every run.

``python -m train.fuse_encoder``: fuse the pinned ``guard/models/guard_minilm_int8.onnx`` in place
and re-pin it (an already fused model is left alone); ``train.finetune`` fuses its export itself.
Needs ``onnx`` (the ``train`` extra).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

#: MiniLM-L6's attention heads (hidden 384 = 12 x 32); :func:`check` would catch a wrong count.
NUM_HEADS = 12
MS = "com.microsoft"
#: The output names torch gives each linear layer of layer ``i`` (``/encoder/encoder/layer.{i}/...``).
_LINEAR = re.compile(
    r"/encoder/encoder/layer\.(\d+)/(attention/self/query|attention/self/key|attention/self/value|"
    r"attention/output/dense|intermediate/dense|output/dense)/"
)


def is_fused(model: Any) -> bool:
    """Whether ``model`` (an ``onnx.ModelProto``) is already this module's graph."""
    return not any(node.op_type == "MatMulInteger" for node in model.graph.node)


def fuse(source: Path, target: Path) -> None:
    """Write the fused graph of the int8 model at ``source`` to ``target``."""
    import onnx
    from onnx import TensorProto, numpy_helper
    from onnx import helper as h

    model = onnx.load(str(source))
    graph = model.graph
    if is_fused(model):
        raise ValueError(f"{source} is already fused")
    weights = {init.name: numpy_helper.to_array(init) for init in graph.initializer}
    epsilon = next(
        attr.f
        for node in graph.node
        if node.op_type == "LayerNormalization"
        for attr in node.attribute
        if attr.name == "epsilon"
    )
    # Which quantised weight is which linear layer, read from the names torch gave the outputs.
    linear: dict[tuple[int, str], str] = {}
    for node in graph.node:
        if node.op_type == "MatMulInteger":
            match = _LINEAR.match(node.output[0])
            key = (int(match.group(1)), match.group(2)) if match else (-1, "heads")
            if key in linear:
                raise ValueError(f"two linear layers read as {key}")
            linear[key] = node.input[1].removesuffix("_quantized")
    layers = sorted({index for index, _ in linear if index >= 0})

    nodes: list[Any] = []
    initializers: dict[str, Any] = {}

    def const(name: str, value: Any) -> str:
        if name not in initializers:
            initializers[name] = numpy_helper.from_array(np.asarray(value), name)
        return name

    def op(kind: str, inputs: list[str], output: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(h.make_node(kind, inputs, [output], domain=domain or None, **attrs))
        return output

    def dense(x: str, weight: str, bias: str, out: str) -> str:
        names = [
            const(weight + suffix, weights[weight + suffix])
            for suffix in ("_quantized", "_scale", "_zero_point")
        ]
        return op("DynamicQuantizeMatMul", [x, *names, const(bias, weights[bias])], out, MS)

    # Embeddings: word + position (0..n-1) + token type 0, then LayerNorm, as BertEmbeddings.
    emb = "encoder.embeddings."
    for table in ("word_embeddings", "position_embeddings"):
        for suffix in ("_quantized", "_scale", "_zero_point"):
            const(f"{emb}{table}.weight{suffix}", weights[f"{emb}{table}.weight{suffix}"])
    types = f"{emb}token_type_embeddings.weight"
    type0 = (
        weights[types + "_quantized"][0].astype(np.float32) - np.float32(weights[types + "_zero_point"])
    ) * weights[types + "_scale"]
    word = f"{emb}word_embeddings.weight"
    position = f"{emb}position_embeddings.weight"
    op("Gather", [word + "_quantized", "input_ids"], "word_q")
    op("DequantizeLinear", ["word_q", word + "_scale", word + "_zero_point"], "word")
    op("Shape", ["input_ids"], "length", start=1, end=2)
    zero = const("zero", np.array([0], dtype=np.int64))
    op("Slice", [position + "_quantized", zero, "length", zero], "position_q")
    op("DequantizeLinear", ["position_q", position + "_scale", position + "_zero_point"], "position")
    op("Add", ["word", const("token_type_0", type0.astype(np.float32))], "word_type")
    op("Add", ["word_type", "position"], "embedded")
    x = op(
        "LayerNormalization",
        [
            "embedded",
            const(emb + "LayerNorm.weight", weights[emb + "LayerNorm.weight"]),
            const(emb + "LayerNorm.bias", weights[emb + "LayerNorm.bias"]),
        ],
        "x_embeddings",
        axis=-1,
        epsilon=epsilon,
    )
    op("Cast", ["attention_mask"], "key_padding_mask", to=TensorProto.INT32)

    for i in layers:
        p = f"encoder.encoder.layer.{i}."

        def norm(name: str, p: str = p) -> list[str]:
            return [
                const(p + name + ".weight", weights[p + name + ".weight"]),
                const(p + name + ".bias", weights[p + name + ".bias"]),
            ]

        q, k, v = (
            dense(x, linear[(i, f"attention/self/{part}")], f"{p}attention.self.{part}.bias", f"{part}_{i}")
            for part in ("query", "key", "value")
        )
        attended = op(
            "MultiHeadAttention", [q, k, v, "", "key_padding_mask"], f"attended_{i}", MS, num_heads=NUM_HEADS
        )
        out = dense(
            attended,
            linear[(i, "attention/output/dense")],
            f"{p}attention.output.dense.bias",
            f"attn_out_{i}",
        )
        x1 = op(
            "SkipLayerNormalization",
            [out, x, *norm("attention.output.LayerNorm")],
            f"x_attn_{i}",
            MS,
            epsilon=epsilon,
        )
        inner = dense(x1, linear[(i, "intermediate/dense")], f"{p}intermediate.dense.bias", f"inner_{i}")
        activated = op("Gelu", [inner], f"gelu_{i}", MS)
        out2 = dense(activated, linear[(i, "output/dense")], f"{p}output.dense.bias", f"ffn_out_{i}")
        x = op("SkipLayerNormalization", [out2, x1, *norm("output.LayerNorm")], f"x_{i}", MS, epsilon=epsilon)

    # Masked mean pooling (TwoHeads.forward), then the head.
    op("Cast", ["attention_mask"], "mask_float", to=TensorProto.FLOAT)
    op("Unsqueeze", ["mask_float", const("last_axis", np.array([-1], dtype=np.int64))], "mask_3d")
    op("Mul", [x, "mask_3d"], "masked")
    axis1 = const("axis_1", np.array([1], dtype=np.int64))
    op("ReduceSum", ["masked", axis1], "summed", keepdims=0)
    op("ReduceSum", ["mask_3d", axis1], "count", keepdims=0)
    op("Max", ["count", const("tiny", np.array(1e-9, dtype=np.float32))], "count_positive")
    op("Div", ["summed", "count_positive"], "pooled")
    dense("pooled", linear[(-1, "heads")], "heads.bias", "logits")

    fused = h.make_graph(
        nodes, "guard_minilm_fused", list(graph.input), list(graph.output), list(initializers.values())
    )
    out_model = h.make_model(
        fused, opset_imports=[h.make_opsetid("", 17), h.make_opsetid(MS, 1)], producer_name="guard"
    )
    out_model.ir_version = model.ir_version
    onnx.checker.check_model(out_model)
    onnx.save(out_model, str(target))


def check(source: Path, target: Path, texts: list[str], *, tolerance: float = 0.05) -> None:
    """Both models on ``texts`` (one unpadded text per call, as guard runs them, and one padded
    batch): print how far the logits moved; raise when the mean moves more than ``tolerance``."""
    from tokenizers import Tokenizer

    from guard.checks.embedding import ort_session, tokenizer_file
    from guard.checks.encoder import MAX_TOKENS

    tokenizer = Tokenizer.from_file(str(tokenizer_file()))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    before: Any = ort_session(source)
    after: Any = ort_session(target)
    moved = []
    encoded = [tokenizer.encode(text).ids for text in texts]
    for ids in encoded:
        feed = {
            "input_ids": np.asarray([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
        }
        moved.append(float(np.abs(before.run(None, feed)[0] - after.run(None, feed)[0]).max()))
    batch = encoded[:8]
    width = max(len(ids) for ids in batch)
    ids_array = np.zeros((len(batch), width), dtype=np.int64)
    mask = np.zeros_like(ids_array)
    for row, ids in enumerate(batch):
        ids_array[row, : len(ids)] = ids
        mask[row, : len(ids)] = 1
    feed = {"input_ids": ids_array, "attention_mask": mask}
    padded = float(np.abs(before.run(None, feed)[0] - after.run(None, feed)[0]).max())
    mean = float(np.mean(moved))
    print(
        f"logits moved on {len(texts)} texts: mean {mean:.4f}, max {max(moved):.4f}; padded batch max {padded:.4f}"
    )
    if mean > tolerance or padded > 1.0:
        raise SystemExit(f"the fused graph does not compute the same network (mean {mean:.4f} > {tolerance})")


def sample_texts(count: int = 300) -> list[str]:
    """Development rows of both tasks, a fixed sample."""
    import random

    from train.corpus import rows

    texts = [r.text for task in ("injection", "toxicity") for r in rows(task, verbose=False)]
    return random.Random(0).sample(texts, min(count, len(texts)))


def main() -> None:
    import shutil
    import tempfile

    import onnx

    from train.common import MODELS, record_sha256

    target = MODELS / "guard_minilm_int8.onnx"
    if is_fused(onnx.load(str(target))):
        print(f"{target} is already fused")
        return
    with tempfile.TemporaryDirectory() as tmp:
        unfused = Path(tmp) / "unfused.onnx"
        shutil.copyfile(target, unfused)
        fuse(unfused, Path(tmp) / "fused.onnx")
        check(unfused, Path(tmp) / "fused.onnx", sample_texts())
        shutil.copyfile(Path(tmp) / "fused.onnx", target)
    record_sha256(target)


if __name__ == "__main__":
    main()

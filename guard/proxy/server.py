"""Running an ASGI app under uvicorn in a background thread (the demo, tests, benchmarks)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

__all__ = ["serve_in_thread"]


@contextmanager
def serve_in_thread(
    app: Any, *, host: str = "127.0.0.1", port: int = 0, lifespan: Literal["auto", "on", "off"] = "on"
) -> Iterator[str]:
    """Serve ``app`` on ``host:port`` (0: a free port) in a thread; yield ``http://host:port``.

    The socket is bound and listening before the thread starts, so clients can connect at once
    (the kernel queues them until uvicorn accepts): nobody has to wait for readiness.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    bound = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan=lifespan, timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        if thread.is_alive():  # something kept it busy past the graceful window: cut it short
            server.force_exit = True
            thread.join(timeout=5)
        sock.close()

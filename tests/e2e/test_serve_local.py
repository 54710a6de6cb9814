"""``guard serve --upstream local``: the model server is a child that never outlives the proxy."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import openai
import pytest

from tests.test_serve import free_port

pytestmark = pytest.mark.e2e
POLICY = Path(__file__).resolve().parent.parent.parent / "policies" / "demo.yaml"


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def wait_gone(pid: int, timeout: float = 30) -> bool:
    """Wait on a pidfd (no polling loop, no sleeping) until ``pid`` exits."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)


def start(port: int) -> tuple[subprocess.Popen[str], list[str]]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "guard",
            "serve",
            "--policy",
            str(POLICY),
            "--upstream",
            "local",
            "--port",
            str(port),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    lines: list[str] = []
    for line in process.stderr:  # blocks on the child's output: no polling
        lines.append(line)
        if "Application startup complete" in line or process.poll() is not None:
            break
    return process, lines


@pytest.mark.parametrize("how", ["sigint", "sigkill"])
def test_the_model_server_stops_with_the_proxy(how: str) -> None:
    port = free_port()
    process, lines = start(port)
    try:
        assert "Application startup complete" in "".join(lines), "".join(lines)
        [model_server] = children(process.pid)
        with openai.OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0, timeout=120
        ) as client:
            reply = client.chat.completions.create(
                model="local", messages=[{"role": "user", "content": "Say hi."}], max_tokens=20, temperature=0
            )
        assert reply.choices[0].message.content is not None
        process.send_signal(signal.SIGINT if how == "sigint" else signal.SIGKILL)
        process.wait(timeout=30)
        assert wait_gone(model_server), "the model server outlived the proxy"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stderr is not None
        process.stderr.close()

"""``guard serve`` as a real process: starts, proxies for the openai client, stops cleanly."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from tests.upstream import HANG, ScriptedUpstream

POLICIES = Path(__file__).parent.parent / "policies"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(upstream: ScriptedUpstream) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``guard serve`` as a child process in front of the scripted upstream, once it is up."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "guard",
            "serve",
            "--policy",
            str(POLICIES / "strict-json.yaml"),
            "--upstream",
            upstream.url,
            "--port",
            str(port),
            "--log-level",
            "info",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    lines = []
    for line in process.stderr:  # blocks on the child's output: no sleeping, no polling
        lines.append(line)
        if "Application startup complete" in line or process.poll() is not None:
            break
    assert "Application startup complete" in "".join(lines), "".join(lines)
    try:
        yield process, f"http://127.0.0.1:{port}/v1"
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=20)
        process.stderr.close()


@pytest.fixture
def served(upstream: ScriptedUpstream) -> Iterator[str]:
    with serving(upstream) as (process, base):
        yield base
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0


def test_sigterm_with_a_request_in_flight_exits_in_seconds(upstream: ScriptedUpstream) -> None:
    upstream.add(HANG)
    with serving(upstream) as (process, base):
        outcome: list[Any] = []

        def ask() -> None:
            try:
                outcome.append(
                    httpx2.post(
                        f"{base}/chat/completions",
                        json={"model": "m", "messages": [{"role": "user", "content": "q"}]},
                        timeout=30,
                    )
                )
            except httpx2.HTTPError as exc:
                outcome.append(exc)

        thread = threading.Thread(target=ask)
        thread.start()
        assert upstream.hung.wait(timeout=20)
        process.send_signal(signal.SIGTERM)
        # Drained for a few seconds (the graceful window), then gone: never stuck.
        assert process.wait(timeout=10) in (0, -signal.SIGTERM)
        thread.join(timeout=10)
        assert outcome, "the client got an answer or a closed connection"


def test_serve_proxies_for_the_openai_client(served: str, upstream: ScriptedUpstream) -> None:
    upstream.add("not json", json.dumps({"answer": "42", "confidence": 0.5}))
    with openai.OpenAI(base_url=served, api_key="k", max_retries=0) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="m", messages=[{"role": "user", "content": "q"}]
        )
    assert json.loads(raw.parse().choices[0].message.content) == {"answer": "42", "confidence": 0.5}
    assert raw.headers["x-guard-attempts"] == "2"


def test_serve_refuses_a_broken_policy(tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("version: 1\ninput: [{check: regex, patern: x}]\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "guard",
            "serve",
            "--policy",
            str(policy),
            "--upstream",
            "http://127.0.0.1:9/v1",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "input[0].patern: unknown key" in result.stderr

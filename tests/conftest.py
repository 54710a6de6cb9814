"""Shared fixtures: a scripted model, a scripted upstream server, and a network guard."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import openai
import pytest

from examples.fastapi_app import create_app as relay_app
from guard.llm import ModelReply
from guard.policy import Policy
from guard.proxy import ServeConfig, create_app
from guard.proxy.config import Limits, Timeouts
from guard.result import Usage
from tests.upstream import ScriptedUpstream, scripted_upstream, serve

ROOT = Path(__file__).resolve().parent.parent


class ScriptedModel:
    """A model that replays replies in order and records every call (the model seam)."""

    def __init__(
        self, *replies: str, usage: Usage | None = None, supports_response_format: bool = False
    ) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []
        self.usage = usage if usage is not None else Usage(10, 5)
        self.supports_response_format = supports_response_format

    def __call__(
        self, messages: Sequence[dict[str, Any]], response_format: dict[str, Any] | None = None
    ) -> ModelReply:
        self.calls.append({"messages": [dict(m) for m in messages], "response_format": response_format})
        if not self.replies:
            raise AssertionError("the scripted model ran out of replies")
        return ModelReply(self.replies.pop(0), self.usage)


@pytest.fixture
def upstream() -> Iterator[ScriptedUpstream]:
    with scripted_upstream() as server:
        yield server


ServeApp = Callable[[Any], tuple[openai.OpenAI, str]]
SurfaceStart = Callable[..., tuple[openai.OpenAI, str]]


@pytest.fixture
def serve_app() -> Iterator[ServeApp]:
    """Serve ASGI apps on 127.0.0.1 for the test (lifespan on); each call returns an openai
    client pointed at the app and its base URL. Everything is closed at the end."""
    stack: list[Any] = []

    def start(app: Any) -> tuple[openai.OpenAI, str]:
        context = serve(app, lifespan="on")
        base = context.__enter__()
        stack.append(context)
        client = openai.OpenAI(base_url=f"{base}/v1", api_key="sk-client", max_retries=0)
        stack.append(client)
        return client, base

    yield start
    for item in reversed(stack):
        if isinstance(item, openai.OpenAI):
            item.close()
        else:
            item.__exit__(None, None, None)


@pytest.fixture(params=["proxy", "middleware"])
def surface(request: pytest.FixtureRequest, upstream: ScriptedUpstream, serve_app: ServeApp) -> SurfaceStart:
    """SurfaceStart a surface in front of the scripted upstream; returns (openai client, base URL)."""

    def start(
        policy: Policy,
        *,
        max_messages: int = 256,
        max_body_bytes: int = 1_000_000,
        upstream_timeout_s: float = 60.0,
    ) -> tuple[openai.OpenAI, str]:
        if request.param == "proxy":
            limits = Limits(max_messages=max_messages, max_body_bytes=max_body_bytes)
            timeouts = Timeouts(upstream_s=upstream_timeout_s, max_retries=0)
            config = ServeConfig(upstream=upstream.url, limits=limits, timeouts=timeouts)
            return serve_app(create_app(config, policy=policy, api_key="sk-upstream-secret"))
        app = relay_app(
            upstream.url,
            policy,
            upstream_timeout_s=upstream_timeout_s,
            max_messages=max_messages,
            max_body_bytes=max_body_bytes,
        )
        return serve_app(app)

    return start


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to reach a non-loopback address."""
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in ("127.0.0.1", "::1", "localhost")
            and not host.startswith("/")
        ):
            raise OSError(f"network access blocked in tests: {host}")
        return real_connect(self, address)

    def blocked_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "::1", "localhost", None):
            raise OSError(f"DNS blocked in tests: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", blocked_getaddrinfo)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (anyio's pytest plugin, which ships with anyio)."""
    return "asyncio"

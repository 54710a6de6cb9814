"""Small pure-ASGI pieces both HTTP surfaces use: a bounded, timed body read, a replayed
``receive``, a JSON answer, and a watch that cancels work when the client goes away."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import Any, TypeVar

__all__ = [
    "ASGIApp",
    "BodyTimeout",
    "BodyTooLarge",
    "ClientGone",
    "Message",
    "Receive",
    "Scope",
    "Send",
    "header_pairs",
    "read_body",
    "replay",
    "send_json",
    "until_disconnect",
    "with_length",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
T = TypeVar("T")


class BodyTooLarge(Exception):
    """The request body is larger than the limit."""


class BodyTimeout(Exception):
    """The client did not send its whole body in time."""


class ClientGone(Exception):
    """The client disconnected before the reply was ready."""


async def read_body(receive: Receive, limit: int, timeout_s: float | None = None) -> bytes:
    """Read the whole request body: :class:`BodyTooLarge` past ``limit`` bytes (the declared
    length is not trusted), :class:`BodyTimeout` when it takes longer than ``timeout_s``,
    :class:`ClientGone` when the client leaves half-way."""
    chunks: list[bytes] = []
    size = 0

    async def read() -> None:
        nonlocal size
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return

    try:
        await asyncio.wait_for(read(), timeout_s)
    except TimeoutError:
        raise BodyTimeout from None
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands out ``body`` once, then defers to the real one (for the
    client's disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def with_length(scope: Scope, length: int) -> Scope:
    """A copy of ``scope`` whose ``content-length`` header says ``length``."""
    headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
    return {**scope, "headers": [*headers, (b"content-length", str(length).encode())]}


async def send_json(send: Send, status: int, body: Any, headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    """Answer with a JSON body."""
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                *headers,
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload, "more_body": False})


def header_pairs(headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
    """ASGI header pairs of a mapping."""
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]


async def until_disconnect(receive: Receive, work: Awaitable[T]) -> T:
    """Run ``work``, cancelling it (and the upstream call inside it) when the client disconnects;
    then raise :class:`ClientGone`."""
    task = asyncio.ensure_future(work)

    async def disconnected() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(disconnected())
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        task.cancel()
        watcher.cancel()
        raise
    if task in done:
        watcher.cancel()
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    raise ClientGone

"""One JSON POST to an upstream model API, its failures as :class:`UpstreamError` (the backends of
the Anthropic Messages and OpenAI Responses surfaces)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx2

from guard.errors import UpstreamError

__all__ = ["open_event_stream", "post_json", "raw_chunks"]


async def post_json(
    client: httpx2.AsyncClient,
    url: str,
    body: Mapping[str, Any],
    *,
    headers: Mapping[str, str],
    timeout: float | None,
) -> dict[str, Any]:
    """POST ``body``; the JSON object answered. A timeout, a connection failure, an error status
    (its body kept for a sanitised relay) or a body that is not a JSON object raise."""
    try:
        response = await client.post(url, json=dict(body), headers=dict(headers), timeout=timeout)
    except httpx2.TimeoutException:
        raise UpstreamError("timed out", kind="timeout") from None
    except httpx2.HTTPError as exc:
        raise UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable") from None
    if response.status_code >= 400:
        raise UpstreamError(
            f"HTTP {response.status_code}", status=response.status_code, kind="status", body=response.content
        )
    try:
        data = json.loads(response.content)
    except ValueError:
        raise UpstreamError("reply is not JSON", kind="malformed") from None
    if not isinstance(data, dict):
        raise UpstreamError("reply is not a JSON object", kind="malformed")
    return data


@contextlib.asynccontextmanager
async def open_event_stream(
    client: httpx2.AsyncClient, url: str, body: Mapping[str, Any], *, headers: Mapping[str, str]
) -> AsyncIterator[AsyncIterator[bytes]]:
    """POST ``body`` asking for a stream; the context yields its raw SSE bytes. Raises
    :class:`UpstreamError` before yielding when there is no event stream (an error status, with
    its body kept for a sanitised relay), and while reading when the stream breaks."""
    try:
        async with client.stream("POST", url, json=dict(body), headers=dict(headers)) as response:
            if response.status_code >= 400:
                content = await response.aread()
                raise UpstreamError(
                    f"HTTP {response.status_code}", status=response.status_code, kind="status", body=content
                )
            if not response.headers.get("content-type", "").startswith("text/event-stream"):
                raise UpstreamError("asked for a stream, the upstream sent something else", kind="malformed")
            yield raw_chunks(response)
    except httpx2.TimeoutException:
        raise UpstreamError("timed out", kind="timeout") from None
    except httpx2.HTTPError as exc:
        raise UpstreamError(f"unreachable ({type(exc).__name__})", kind="unreachable") from None


async def raw_chunks(response: httpx2.Response) -> AsyncIterator[bytes]:
    """An upstream's stream bytes; a transport failure half-way is an :class:`UpstreamError`."""
    try:
        async for chunk in response.aiter_raw():
            yield chunk
    except httpx2.TimeoutException:
        raise UpstreamError("stream read timed out", kind="timeout") from None
    except httpx2.HTTPError as exc:
        raise UpstreamError(f"stream broken ({type(exc).__name__})", kind="unreachable") from None

"""A FastAPI chat relay guarded by :class:`guard.GuardMiddleware`.

The app relays OpenAI-style chat requests to a model endpoint (streamed or not); the middleware
screens what goes in and validates what comes out, re-asking through the app when the policy
says so. Run it in front of any OpenAI-compatible endpoint::

    GUARD_EXAMPLE_UPSTREAM=http://127.0.0.1:8080/v1 uvicorn examples.fastapi_app:app --port 8000

and point an OpenAI client at ``http://127.0.0.1:8000/v1``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from guard.errors import UpstreamError
from guard.llm import OpenAIChat
from guard.middleware import GuardMiddleware
from guard.policy import Policy, load_policy

POLICY = Path(__file__).resolve().parent.parent / "policies" / "support-bot.yaml"


def create_app(
    upstream: str, policy: Policy | None = None, *, upstream_timeout_s: float = 60.0, **guard_options: Any
) -> FastAPI:
    """The relay app with the guard middleware around it (``guard_options`` go to
    :class:`GuardMiddleware`: limits, an approver, paths)."""
    client = OpenAIChat(upstream, timeout=upstream_timeout_s, max_retries=0)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await client.aclose()

    app = FastAPI(lifespan=lifespan)

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> Any:
        body = await request.json()
        if body.get("stream"):
            return StreamingResponse(_relay_stream(client, body), media_type="text/event-stream")
        try:
            reply = await client.asend(body)
        except UpstreamError as exc:
            return JSONResponse(
                {"error": {"message": str(exc), "type": "server_error", "code": "model_failed"}}, 502
            )
        return reply.raw

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    app.add_middleware(GuardMiddleware, policy=policy or load_policy(POLICY), **guard_options)
    return app


async def _relay_stream(client: OpenAIChat, body: dict[str, Any]) -> AsyncIterator[bytes]:
    async with client.astream(body) as response:
        async for chunk in response.aiter_raw():
            yield chunk


app = create_app(os.environ.get("GUARD_EXAMPLE_UPSTREAM", "http://127.0.0.1:8080/v1"))

"""Benchmark: what the guard proxy adds over calling the upstream directly.

Targets (from the issue), with a local upstream that answers instantly, non-streaming, policy =
schema + regex + secrets:

- added latency of the proxy over calling the upstream directly: p50 <= 2 ms, p99 <= 10 ms at 32
  concurrent clients;
- throughput: at least 70% of a bare Starlette pass-through proxy measured in the same run;
- streaming: added time to first chunk in incremental mode <= 5 ms.

Two ways of loading the proxies with 32 connections:

- closed loop (saturation): 32 clients each send their next request the moment the previous reply is
  in, so every server runs flat out; this gives the throughput ratio, and its latency is mostly
  queueing (~32 / throughput), not what the proxy adds to one request;
- open loop: requests arrive on a fixed schedule (Poisson by default) at rates below capacity (50%
  and 25% of the bare proxy's closed-loop throughput), spread over 32 connections; latency runs from
  the scheduled send time, so a late send counts (no coordinated omission). The added-latency target
  is judged on these figures.

Run it from the repository root::

    python bench/proxy.py                     # defaults, ~3 min: closed loop 3 rounds x 3000 requests
                                              # per target, open loop 3 rounds x 6 s per target per rate
    python bench/proxy.py --requests 1000 --rounds 5 --open-rates 0.5,0.25,0.1 --arrivals uniform

Every server runs in its own process (uvicorn, ``--log-level warning``, default loop and HTTP
implementation, a 127.0.0.1 socket bound here and passed down): the instant upstream, a bare
Starlette pass-through proxy, the guard proxy with the full policy, and the guard proxy with an
incremental-streaming policy. The load generator (asyncio + httpx2) is this process. This is a
benchmark, not a test: it prints figures and PASS/MISS per target and never fails on them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import resource
import shlex
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any, Literal

import httpx2
from pydantic import BaseModel, Field

TARGET_ADDED_P50_MS = 2.0
TARGET_ADDED_P99_MS = 10.0
TARGET_THROUGHPUT_RATIO = 0.70
TARGET_STREAM_ADDED_MS = 5.0

HEADERS = {"content-type": "application/json"}

# -- the upstream's reply --------------------------------------------------------------------


class Order(BaseModel):
    """The schema the upstream's JSON reply conforms to."""

    order_id: int
    customer: str
    email: str
    total: float = Field(ge=0)
    currency: Literal["EUR", "USD", "GBP"]
    paid: bool
    items: list[str]
    note: str | None = None
    country: str = Field(min_length=2, max_length=2)
    created_at: str


REPLY = json.dumps(
    {
        "order_id": 10452,
        "customer": "Ana Ferreira",
        "email": "ana.ferreira@example.com",
        "total": 129.9,
        "currency": "EUR",
        "paid": True,
        "items": ["kettle", "tea sampler", "two mugs"],
        "note": "Leave the parcel with the neighbour at number 12 if nobody is home.",
        "country": "PT",
        "created_at": "2024-05-14T09:31:00Z",
    }
)
STREAM_PIECES = 10
_STEP = -(-len(REPLY) // STREAM_PIECES)
PIECES = tuple(REPLY[i : i + _STEP] for i in range(0, len(REPLY), _STEP))

SSN_PATTERN = r"\b\d{3}-\d{2}-\d{4}\b"
KEY_PATTERN = r"\bsk-[A-Za-z0-9]{20,48}\b"
KEY_MAX_CHARS = 51


def _completion_bytes() -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "bench",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": REPLY}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 40, "completion_tokens": 90, "total_tokens": 130},
        }
    ).encode()


def _stream_events() -> list[bytes]:
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1_700_000_000}

    def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
        chunk = {**base, "model": "bench", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(chunk)}\n\n".encode()

    events = [event({"role": "assistant", "content": ""})]
    events += [event({"content": piece}) for piece in PIECES]
    events += [event({}, "stop"), b"data: [DONE]\n\n"]
    return events


# -- the servers (each runs in its own process: ``--serve ROLE``) ----------------------------


def upstream_app() -> Callable[..., Any]:
    """A raw ASGI OpenAI-compatible upstream that answers at once with a fixed reply."""
    completion = _completion_bytes()
    events = _stream_events()
    models = b'{"object":"list","data":[{"id":"bench","object":"model","owned_by":"bench"}]}'
    json_headers = [(b"content-type", b"application/json")]
    sse_headers = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        if scope["method"] == "GET":
            await send({"type": "http.response.start", "status": 200, "headers": json_headers})
            await send({"type": "http.response.body", "body": models})
            return
        try:
            stream = json.loads(body).get("stream") is True
        except (ValueError, AttributeError):
            stream = False
        if not stream:
            await send({"type": "http.response.start", "status": 200, "headers": json_headers})
            await send({"type": "http.response.body", "body": completion})
            return
        await send({"type": "http.response.start", "status": 200, "headers": sse_headers})
        for chunk in events:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    return app


def bare_app(upstream: str, keepalive: int) -> Any:
    """A minimal Starlette pass-through proxy: forwards the body, returns the upstream's bytes."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    url = f"{upstream}/chat/completions"
    state: dict[str, httpx2.AsyncClient] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # keepalive 20 and 100 connections are httpx2's defaults, what guard's upstream client uses.
        limits = httpx2.Limits(max_connections=100, max_keepalive_connections=keepalive)
        state["client"] = httpx2.AsyncClient(timeout=60.0, limits=limits)
        try:
            yield
        finally:
            await state["client"].aclose()

    async def chat(request: Request) -> Response:
        client = state["client"]
        body = await request.body()
        if b'"stream": true' not in body and b'"stream":true' not in body:
            reply = await client.post(url, content=body, headers=HEADERS)
            return Response(reply.content, reply.status_code, media_type="application/json")
        upstream_response = await client.send(
            client.build_request("POST", url, content=body, headers=HEADERS), stream=True
        )

        async def relay() -> AsyncIterator[bytes]:
            try:
                async for chunk in upstream_response.aiter_raw():
                    yield chunk
            finally:
                await upstream_response.aclose()

        return StreamingResponse(relay(), upstream_response.status_code, media_type="text/event-stream")

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        lifespan=lifespan,
    )


def secrets_check() -> tuple[Any | None, str]:
    """The secrets check when it imports and works, else (None, why not)."""
    try:
        from guard.checks.base import Context, check_class

        cls = check_class("secrets")
        chk = cls()
        found = chk("token ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", Context(stage="output"))
        if not found.violations:
            return None, "the secrets check did not find a GitHub token in a probe text"
        return chk, ""
    except Exception as exc:  # any failure: fall back to a second regex and say so
        return None, f"{type(exc).__name__}: {exc}"


def full_policy() -> tuple[Any, str]:
    """schema + regex + secrets (or a second regex when secrets is not available)."""
    from guard.checks.text import Regex
    from guard.policy import Policy

    ssn = Regex(pattern=SSN_PATTERN, on_fail="fix", description="a US SSN")
    chk, why = secrets_check()
    if chk is None:
        chk = Regex(pattern=KEY_PATTERN, on_fail="fix", description="an API key", label="key_regex")
        label = f"regex (API-key pattern, instead of secrets: {why})"
    else:
        label = f"secrets (detect-secrets {version('detect-secrets')})"
    policy = Policy(name="bench-full", schema=Order, output=(ssn, chk))
    return policy, f"schema (Pydantic Order, 10 fields) + regex (SSN, fix) + {label}"


def incremental_policy() -> tuple[Any, str]:
    """No schema, no reask, only text checks with a bounded match: incremental streaming."""
    from guard.checks.text import Regex
    from guard.policy import Policy

    policy = Policy(
        name="bench-stream",
        output=(
            Regex(pattern=SSN_PATTERN, on_fail="fix", max_match_chars=11),
            Regex(pattern=KEY_PATTERN, on_fail="fix", max_match_chars=KEY_MAX_CHARS, label="key_regex"),
        ),
    )
    return policy, f"regex (SSN, max_match_chars 11) + regex (API key, max_match_chars {KEY_MAX_CHARS})"


def serve(role: str, fd: int, upstream: str, keepalive: int) -> None:
    """Child process: run one server on the inherited listening socket."""
    import uvicorn

    if role == "upstream":
        app: Any = upstream_app()
    elif role == "bare":
        app = bare_app(upstream, keepalive)
    else:
        from guard.proxy import create_app
        from guard.proxy.config import ServeConfig

        policy = full_policy()[0] if role == "guard" else incremental_policy()[0]
        app = create_app(ServeConfig(upstream=upstream), policy=policy)
    sock = socket.socket(fileno=fd)
    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=1)
    uvicorn.Server(config).run(sockets=[sock])


@dataclass
class Server:
    role: str
    process: subprocess.Popen[bytes]
    base: str

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process so far."""
        with open(f"/proc/{self.process.pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(role: str, upstream: str = "", keepalive: int = 20) -> Server:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    port = sock.getsockname()[1]
    fd = sock.fileno()
    command = [sys.executable, os.path.abspath(__file__), "--serve", role, "--fd", str(fd)]
    if upstream:
        command += ["--upstream", upstream, "--bare-keepalive", str(keepalive)]
    process = subprocess.Popen(command, pass_fds=(fd,))
    sock.close()  # the child holds its own copy
    return Server(role, process, f"http://127.0.0.1:{port}")


def wait_ready(servers: Sequence[Server], timeout: float = 60.0) -> None:
    """Poll each server with a GET until it answers (the socket already accepts connections)."""
    deadline = time.monotonic() + timeout
    with httpx2.Client(timeout=2.0) as client:
        for server in servers:
            path = "/v1/models" if server.role == "upstream" else "/healthz"
            while True:
                if server.process.poll() is not None:
                    raise SystemExit(f"{server.role} server exited with {server.process.returncode}")
                try:
                    if client.get(server.base + path).status_code == 200:
                        break
                except httpx2.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"{server.role} server did not become ready")
                time.sleep(0.1)


@contextlib.contextmanager
def running(servers: list[Server]) -> Iterator[list[Server]]:
    try:
        yield servers
    finally:
        for server in servers:
            server.process.terminate()
        for server in servers:
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()


# -- load generation -------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    url: str
    server: Server  # whose CPU time is charged (the proxy; the upstream for "direct")
    upstream: Server | None = None  # the upstream behind a proxy


@dataclass
class LoadRun:
    latencies: list[float]
    elapsed: float
    errors: int
    server_cpu: float
    upstream_cpu: float
    client_cpu: float
    actions: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed

    def pct(self, q: float) -> float:
        return percentile(sorted(self.latencies), q) * 1000


def percentile(ordered: Sequence[float], q: float) -> float:
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def make_client(concurrency: int) -> httpx2.AsyncClient:
    limits = httpx2.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    return httpx2.AsyncClient(limits=limits, timeout=60.0)


def request_body(stream: bool) -> bytes:
    body: dict[str, Any] = {
        "model": "bench",
        "messages": [
            {"role": "system", "content": "You answer with one JSON order object."},
            {"role": "user", "content": "Show me order 10452 as JSON."},
        ],
    }
    if stream:
        body["stream"] = True
    return json.dumps(body).encode()


async def load(client: httpx2.AsyncClient, target: Target, total: int, concurrency: int) -> LoadRun:
    """``total`` requests from ``concurrency`` closed-loop workers; per-request latency."""
    payload = request_body(stream=False)
    latencies: list[float] = []
    errors = 0
    actions: dict[str, int] = {}
    left = total

    async def worker() -> None:
        nonlocal left, errors
        while left > 0:
            left -= 1
            started = time.perf_counter()
            response = await client.post(target.url, content=payload, headers=HEADERS)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors += 1
            action = response.headers.get("x-guard-action")
            if action is not None:
                actions[action] = actions.get(action, 0) + 1

    cpu = (
        target.server.cpu_seconds(),
        target.upstream.cpu_seconds() if target.upstream else 0.0,
        client_cpu(),
    )
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return LoadRun(
        latencies,
        elapsed,
        errors,
        target.server.cpu_seconds() - cpu[0],
        (target.upstream.cpu_seconds() if target.upstream else 0.0) - cpu[1],
        client_cpu() - cpu[2],
        actions,
    )


def arrival_schedule(rate: float, seconds: float, kind: str, seed: int) -> list[float]:
    """Send times, in seconds from the start, of ``rate * seconds`` requests arriving at ``rate``/s."""
    count = max(1, round(rate * seconds))
    if kind == "uniform":
        return [index / rate for index in range(count)]
    rng = random.Random(seed)
    times: list[float] = []
    at = 0.0
    for _ in range(count):
        times.append(at)
        at += rng.expovariate(rate)
    return times


@dataclass
class OpenRun:
    latencies: list[float]  # from the scheduled send time to the end of the reply
    lags: list[float]  # from the scheduled send time to the actual send
    elapsed: float  # from the first scheduled send to the last reply
    errors: int
    peak_in_flight: int
    server_cpu: float

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed


async def open_load(
    client: httpx2.AsyncClient, target: Target, schedule: Sequence[float], concurrency: int
) -> OpenRun:
    """Open loop: request ``i`` is due at ``schedule[i]`` whatever the earlier replies do.

    ``concurrency`` workers take the requests in order, each sleeping until its request is due. When
    all of them are waiting on replies, the next request goes out late, and the lateness counts in its
    latency, which runs from the scheduled send time (no coordinated omission).
    """
    payload = request_body(stream=False)
    count = len(schedule)
    latencies = [0.0] * count
    lags = [0.0] * count
    next_index = errors = in_flight = peak = 0
    finished = 0.0
    start = time.perf_counter() + 0.02

    async def worker() -> None:
        nonlocal next_index, errors, in_flight, peak, finished
        while next_index < count:
            index = next_index
            next_index += 1
            due = start + schedule[index]
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent = time.perf_counter()
            in_flight += 1
            peak = max(peak, in_flight)
            response = await client.post(target.url, content=payload, headers=HEADERS)
            done = time.perf_counter()
            in_flight -= 1
            latencies[index] = done - due
            lags[index] = sent - due
            finished = max(finished, done)
            if response.status_code != 200:
                errors += 1

    cpu = target.server.cpu_seconds()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return OpenRun(latencies, lags, finished - start, errors, peak, target.server.cpu_seconds() - cpu)


async def sequential(
    clients: dict[str, httpx2.AsyncClient], targets: Sequence[Target], count: int
) -> dict[str, list[float]]:
    """One client, requests interleaved across the targets (drift hits them all alike)."""
    payload = request_body(stream=False)
    out: dict[str, list[float]] = {t.name: [] for t in targets}
    for index in range(count):
        shift = index % len(targets)
        for target in [*targets[shift:], *targets[:shift]]:
            started = time.perf_counter()
            response = await clients[target.name].post(target.url, content=payload, headers=HEADERS)
            out[target.name].append(time.perf_counter() - started)
            if response.status_code != 200:
                raise SystemExit(f"{target.name}: HTTP {response.status_code}: {response.text[:300]}")
    return out


@dataclass
class StreamTiming:
    headers: float
    first_event: float
    first_content: float
    done: float
    first_content_chars: int
    content: str
    mode: str | None


async def stream_once(client: httpx2.AsyncClient, url: str, payload: bytes) -> StreamTiming:
    started = time.perf_counter()
    first_event = first_content = float("nan")
    first_chars = 0
    content: list[str] = []
    async with client.stream("POST", url, content=payload, headers=HEADERS) as response:
        headers_at = time.perf_counter() - started
        if response.status_code != 200:
            await response.aread()
            raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:300]}")
        mode = response.headers.get("x-guard-stream-mode")
        buffer = b""
        async for raw in response.aiter_raw():
            now = time.perf_counter() - started
            buffer += raw
            while b"\n\n" in buffer:
                event, buffer = buffer.split(b"\n\n", 1)
                for line in event.split(b"\n"):
                    if not line.startswith(b"data:"):
                        continue
                    if first_event != first_event:  # NaN: the first event
                        first_event = now
                    data = line[5:].strip()
                    if data == b"[DONE]":
                        continue
                    choices = json.loads(data).get("choices") or []
                    piece = (choices[0].get("delta") or {}).get("content") if choices else None
                    if piece:
                        if first_content != first_content:
                            first_content = now
                            first_chars = len(piece)
                        content.append(piece)
        done = time.perf_counter() - started
    return StreamTiming(headers_at, first_event, first_content, done, first_chars, "".join(content), mode)


async def streaming(
    clients: dict[str, httpx2.AsyncClient], targets: Sequence[Target], count: int
) -> dict[str, list[StreamTiming]]:
    payload = request_body(stream=True)
    out: dict[str, list[StreamTiming]] = {t.name: [] for t in targets}
    for index in range(count):
        shift = index % len(targets)
        for target in [*targets[shift:], *targets[:shift]]:
            out[target.name].append(await stream_once(clients[target.name], target.url, payload))
    return out


# -- the run ---------------------------------------------------------------------------------


def open_rates(text: str) -> list[float]:
    """``--open-rates``: comma-separated fractions of the bare proxy's closed-loop throughput."""
    rates = [float(part) for part in text.split(",") if part.strip()]
    if any(not 0 < rate < 1.5 for rate in rates):
        raise argparse.ArgumentTypeError(f"fractions of the bare proxy's throughput expected, got {text!r}")
    return rates


async def open_loop(
    args: argparse.Namespace,
    clients: dict[str, httpx2.AsyncClient],
    targets: Sequence[Target],
    bare_capacity: float,
) -> list[str]:
    """Open-loop section: fixed arrival rates below capacity; returns the summary lines."""
    direct, bare, guarded = targets
    rates = [fraction * bare_capacity for fraction in args.open_rates]
    arrivals = "Poisson" if args.arrivals == "poisson" else "evenly spaced"
    print(
        f"\n## Open loop: {args.concurrency} connections, {arrivals} arrivals at a fixed rate,"
        " latency from the scheduled send time"
    )
    print(
        f"rates: {', '.join(f'{f:.0%}' for f in args.open_rates)} of the bare proxy's closed-loop throughput"
        f" ({bare_capacity:.0f} req/s) = {', '.join(f'{r:.0f}' for r in rates)} req/s;"
        f" {args.rounds} rounds x {args.open_seconds:g} s per target per rate (order rotated, the same"
        f" arrival times for every target in a round), each after a {args.open_warmup}-request warm-up"
    )
    runs: dict[tuple[int, str], list[OpenRun]] = {(i, t.name): [] for i in range(len(rates)) for t in targets}
    for round_no in range(args.rounds):
        for rate_no, rate in enumerate(rates):
            schedule = arrival_schedule(
                rate, args.open_seconds, args.arrivals, seed=1000 * rate_no + round_no
            )
            order = [*targets[round_no % 3 :], *targets[: round_no % 3]]
            parts = []
            for target in order:
                await load(clients[target.name], target, args.open_warmup, args.concurrency)
                run = await open_load(clients[target.name], target, schedule, args.concurrency)
                runs[rate_no, target.name].append(run)
                ordered = sorted(run.latencies)
                parts.append(
                    f"{target.name} p50 {percentile(ordered, 0.5) * 1000:5.2f}"
                    f" p99 {percentile(ordered, 0.99) * 1000:6.2f}"
                )
            print(f"{rate:4.0f} req/s round {round_no + 1}: " + " | ".join(parts) + f"  (load {loadavg()})")

    summary: list[str] = []
    for rate_no, rate in enumerate(rates):
        share = f"{args.open_rates[rate_no]:.0%} of the bare proxy's capacity"
        print(
            f"\n{rate:.0f} req/s offered ({share}), all rounds pooled:\n"
            f"{'target':<12} {'sent':>6} {'req/s':>6} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
            f" {'lag p50/p99 ms':>15} {'peak in flight':>15} {'errors':>6} {'server CPU ms/req':>18}"
        )
        pooled: dict[str, list[float]] = {}
        for target in targets:
            done = runs[rate_no, target.name]
            pooled[target.name] = sorted(x for run in done for x in run.latencies)
            lags = sorted(x for run in done for x in run.lags)
            sent = len(pooled[target.name])
            achieved = sent / sum(run.elapsed for run in done)
            cpu = sum(run.server_cpu for run in done) * 1000 / sent
            lag = f"{percentile(lags, 0.5) * 1000:.2f} / {percentile(lags, 0.99) * 1000:.2f}"
            print(
                f"{target.name:<12} {sent:6d} {achieved:6.0f} {percentile(pooled[target.name], 0.5) * 1000:7.2f}"
                f" {percentile(pooled[target.name], 0.99) * 1000:7.2f} {pooled[target.name][-1] * 1000:7.2f}"
                f" {lag:>15} {max(run.peak_in_flight for run in done):15d}"
                f" {sum(run.errors for run in done):6d} {cpu:18.3f}"
            )

        def added(a: str, b: str, q: float, pooled: dict[str, list[float]] = pooled) -> float:
            return (percentile(pooled[a], q) - percentile(pooled[b], q)) * 1000

        a50, a99 = added(guarded.name, direct.name, 0.5), added(guarded.name, direct.name, 0.99)
        ok50, ok99 = a50 <= TARGET_ADDED_P50_MS, a99 <= TARGET_ADDED_P99_MS
        print(
            f"open loop, {rate:.0f} req/s: added latency guard - direct p50 {a50:+.2f} ms"
            f" (target <= {TARGET_ADDED_P50_MS:g}): {verdict(ok50)}; p99 {a99:+.2f} ms"
            f" (target <= {TARGET_ADDED_P99_MS:g}): {verdict(ok99)}"
        )
        g50, g99 = added(guarded.name, bare.name, 0.5), added(guarded.name, bare.name, 0.99)
        b50, b99 = added(bare.name, direct.name, 0.5), added(bare.name, direct.name, 0.99)
        print(
            f"  guard - bare p50 {g50:+.2f} ms, p99 {g99:+.2f} ms;"
            f" bare - direct p50 {b50:+.2f} ms, p99 {b99:+.2f} ms (the proxy hop alone)"
        )
        summary.append(
            f"open loop {rate:.0f} req/s ({share}), added latency guard - direct:"
            f" p50 {a50:+.2f} ms (<= {TARGET_ADDED_P50_MS:g}) {verdict(ok50)},"
            f" p99 {a99:+.2f} ms (<= {TARGET_ADDED_P99_MS:g}) {verdict(ok99)};"
            f" guard - bare p50 {g50:+.2f}, p99 {g99:+.2f} ms"
        )
    return summary


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


async def bench(args: argparse.Namespace, servers: dict[str, Server]) -> list[str]:
    up = servers["upstream"]
    chat = "/v1/chat/completions"
    direct = Target("direct", up.base + chat, up)
    bare = Target("bare proxy", servers["bare"].base + chat, servers["bare"], up)
    guarded = Target("guard proxy", servers["guard"].base + chat, servers["guard"], up)
    stream_guard = Target(
        "guard incremental", servers["guard-stream"].base + chat, servers["guard-stream"], up
    )
    targets = [direct, bare, guarded]
    clients = {t.name: make_client(args.concurrency) for t in [*targets, stream_guard]}
    summary: list[str] = []
    try:
        # Sanity: the guard proxy accepts the reply unchanged.
        reply = await clients[guarded.name].post(guarded.url, content=request_body(False), headers=HEADERS)
        if reply.status_code != 200:
            raise SystemExit(f"guard proxy sanity request: HTTP {reply.status_code}: {reply.text[:500]!r}")
        body = reply.json()
        content = body["choices"][0]["message"]["content"]
        print(
            f"sanity: guard proxy HTTP {reply.status_code}, x-guard-action {reply.headers.get('x-guard-action')},"
            f" reply {'unchanged' if json.loads(content) == json.loads(REPLY) else 'CHANGED'},"
            f" guard timings_ms {json.dumps(body.get('guard', {}).get('timings_ms'))}"
        )

        print(f"warm-up: {args.warmup} requests per target at {args.concurrency} clients")
        for target in targets:
            await load(clients[target.name], target, args.warmup, args.concurrency)

        print(
            f"\n## Non-streaming, {args.concurrency} concurrent clients, {args.requests} requests per target"
            f" per round, {args.rounds} rounds (order rotated)"
        )
        runs: dict[str, list[LoadRun]] = {t.name: [] for t in targets}
        for round_no in range(args.rounds):
            order = targets[round_no % 3 :] + targets[: round_no % 3]
            parts = []
            for target in order:
                run = await load(clients[target.name], target, args.requests, args.concurrency)
                runs[target.name].append(run)
                parts.append(
                    f"{target.name} {run.rate:6.0f} req/s p50 {run.pct(0.5):5.1f} p99 {run.pct(0.99):5.1f}"
                )
            print(f"round {round_no + 1}: " + " | ".join(parts) + f"  (load {loadavg()})")

        def med(name: str, value: Callable[[LoadRun], float]) -> float:
            return statistics.median(value(r) for r in runs[name])

        print(
            f"\n{'target':<12} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}"
            f" {'server CPU ms/req':>18} {'upstream CPU':>13} {'client CPU':>11}   (medians over rounds)"
        )
        per_request = 1000 / args.requests  # CPU seconds per run -> ms per request
        for target in targets:
            name = target.name
            print(
                f"{name:<12} {med(name, lambda r: r.rate):7.0f} {med(name, lambda r: r.pct(0.5)):7.2f}"
                f" {med(name, lambda r: r.pct(0.99)):7.2f} {sum(r.errors for r in runs[name]):6d}"
                f" {med(name, lambda r: r.server_cpu * per_request):18.3f}"
                f" {med(name, lambda r: r.upstream_cpu * per_request) if target.upstream else float('nan'):13.3f}"
                f" {med(name, lambda r: r.client_cpu * per_request):11.3f}"
            )
        actions: dict[str, int] = {}
        for run in runs[guarded.name]:
            for key, value in run.actions.items():
                actions[key] = actions.get(key, 0) + value
        print(f"guard x-guard-action counts: {actions}")

        def per_round(a: str, b: str, q: float) -> float:
            return statistics.median(x.pct(q) - y.pct(q) for x, y in zip(runs[a], runs[b], strict=True))

        added50 = per_round(guarded.name, direct.name, 0.5)
        added99 = per_round(guarded.name, direct.name, 0.99)
        ratio = statistics.median(
            g.rate / b.rate for g, b in zip(runs[guarded.name], runs[bare.name], strict=True)
        )
        bare_ratio = statistics.median(
            b.rate / d.rate for b, d in zip(runs[bare.name], runs[direct.name], strict=True)
        )
        print(
            f"\nadded latency at saturation (closed loop: every client sends again as soon as its reply is in,"
            f" so latency is mostly queueing, ~{args.concurrency} / throughput; not judged against the"
            f" latency target, see open loop below): guard - direct p50 {added50:+.2f} ms, p99 {added99:+.2f} ms"
        )
        print(
            f"  bare - direct p50 {per_round(bare.name, direct.name, 0.5):+.2f} ms,"
            f" p99 {per_round(bare.name, direct.name, 0.99):+.2f} ms;"
            f" guard - bare p50 {per_round(guarded.name, bare.name, 0.5):+.2f} ms,"
            f" p99 {per_round(guarded.name, bare.name, 0.99):+.2f} ms"
        )
        print(
            f"throughput guard / bare: {ratio:.2f} (target >= {TARGET_THROUGHPUT_RATIO:.2f}):"
            f" {verdict(ratio >= TARGET_THROUGHPUT_RATIO)}   (bare / direct: {bare_ratio:.2f})"
        )
        cpu_ratio = statistics.median(
            b.server_cpu / g.server_cpu for g, b in zip(runs[guarded.name], runs[bare.name], strict=True)
        )
        print(
            f"  proxy CPU per request bare / guard: {cpu_ratio:.2f} (what the throughput ratio tends to when the"
            " proxy process is the bottleneck; less sensitive to other load on the machine)"
        )
        bare_capacity = med(bare.name, lambda r: r.rate)
        summary += [
            f"closed loop (saturation), throughput guard / bare: {ratio:.2f} (>= {TARGET_THROUGHPUT_RATIO:.2f})"
            f" {verdict(ratio >= TARGET_THROUGHPUT_RATIO)}; proxy CPU per request bare / guard {cpu_ratio:.2f}",
            f"closed loop (saturation), added latency guard - direct at {args.concurrency} clients:"
            f" p50 {added50:+.2f} ms, p99 {added99:+.2f} ms (queueing; the latency target is judged open loop)",
        ]

        if args.open_seconds > 0 and args.open_rates:
            summary += await open_loop(args, clients, targets, bare_capacity)

        if args.sequential:
            print(f"\n## Non-streaming, 1 client, {args.sequential} requests per target (interleaved)")
            seq = await sequential(clients, targets, args.sequential)
            for target in targets:
                ordered = sorted(seq[target.name])
                print(
                    f"{target.name:<12} p50 {percentile(ordered, 0.5) * 1000:6.2f} ms"
                    f"  p99 {percentile(ordered, 0.99) * 1000:6.2f} ms"
                )
            d50 = percentile(sorted(seq[direct.name]), 0.5)
            print(
                "added per request, unloaded: guard - direct p50"
                f" {(percentile(sorted(seq[guarded.name]), 0.5) - d50) * 1000:+.2f} ms,"
                f" bare - direct p50 {(percentile(sorted(seq[bare.name]), 0.5) - d50) * 1000:+.2f} ms"
            )

        print(
            f"\n## Streaming, 1 client, {args.stream_requests} requests per target (interleaved);"
            f" upstream sends role chunk + {len(PIECES)} content chunks (~{_STEP} chars) + finish + [DONE]"
        )
        stream_targets = [
            Target("direct", direct.url, up),
            Target("bare proxy", bare.url, bare.server),
            stream_guard,
        ]
        await streaming(clients, stream_targets, 20)  # warm-up
        timings = await streaming(clients, stream_targets, args.stream_requests)
        print(
            f"{'target':<18} {'headers':>15} {'first event':>15} {'first content':>15} {'last byte':>15}"
            "   ms, p50 / p99"
        )

        def stat(name: str, pick: Callable[[StreamTiming], float], q: float) -> float:
            return percentile(sorted(pick(t) for t in timings[name]), q) * 1000

        picks: dict[str, Callable[[StreamTiming], float]] = {
            "headers": lambda t: t.headers,
            "first event": lambda t: t.first_event,
            "first content": lambda t: t.first_content,
            "last byte": lambda t: t.done,
        }
        for target in stream_targets:
            cells = [
                f"{stat(target.name, p, 0.5):6.2f} / {stat(target.name, p, 0.99):6.2f}"
                for p in picks.values()
            ]
            print(f"{target.name:<18} " + " ".join(f"{c:>15}" for c in cells))
        g = timings[stream_guard.name]
        modes = {t.mode for t in g}
        same = all(t.content == REPLY for name in timings for t in timings[name])
        print(f"guard stream mode header: {sorted(str(m) for m in modes)}; content intact everywhere: {same}")
        first_chars = statistics.median(t.first_content_chars for t in g)
        released_at = 0
        total = 0
        for index, piece in enumerate(PIECES, 1):
            total += len(piece)
            if first_chars and total >= first_chars + KEY_MAX_CHARS:
                released_at = index
                break

        def added(pick: Callable[[StreamTiming], float], q: float) -> float:
            return stat(stream_guard.name, pick, q) - stat("direct", pick, q)

        first_event_50, first_event_99 = added(picks["first event"], 0.5), added(picks["first event"], 0.99)
        content_50, content_99 = added(picks["first content"], 0.5), added(picks["first content"], 0.99)
        print(
            f"added time to first event (role chunk) guard - direct: p50 {first_event_50:+.2f} ms,"
            f" p99 {first_event_99:+.2f} ms"
        )
        print(
            f"added time to first content chunk guard - direct: p50 {content_50:+.2f} ms, p99 {content_99:+.2f} ms"
            f" (target <= {TARGET_STREAM_ADDED_MS:g}): {verdict(content_50 <= TARGET_STREAM_ADDED_MS)} on p50"
        )
        print(
            f"guard's first content delta carries {first_chars:.0f} chars (upstream's first: {len(PIECES[0])});"
            f" it is released once {KEY_MAX_CHARS} chars (the hold-back window) are held behind it, i.e."
            f" after upstream content chunk {released_at or '?'} of {len(PIECES)}."
        )
        print(
            "  The role chunk passes at once; content is held back until the window fills. With this instant"
            " upstream the hold-back costs only processing time; with a real model it adds the time the model"
            f" takes to emit ~{KEY_MAX_CHARS} more characters."
        )
        summary.append(
            f"added time to first content chunk (incremental): p50 {content_50:+.2f} ms"
            f" (<= {TARGET_STREAM_ADDED_MS:g}) {verdict(content_50 <= TARGET_STREAM_ADDED_MS)}"
            f"; first event p50 {first_event_50:+.2f} ms"
        )
    finally:
        for client in clients.values():
            await client.aclose()
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests per target per round")
    parser.add_argument("--warmup", type=int, default=300, help="warm-up requests per target")
    parser.add_argument("--concurrency", type=int, default=32, help="concurrent clients")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (the median is reported)")
    parser.add_argument(
        "--open-rates",
        type=open_rates,
        default=[0.5, 0.25],
        help="open-loop arrival rates, as fractions of the bare proxy's closed-loop throughput (default 0.5,0.25)",
    )
    parser.add_argument(
        "--open-seconds",
        type=float,
        default=6.0,
        help="open-loop seconds per target per rate per round (0: skip)",
    )
    parser.add_argument(
        "--open-warmup", type=int, default=100, help="closed-loop requests before each open-loop run"
    )
    parser.add_argument(
        "--arrivals", choices=("poisson", "uniform"), default="poisson", help="open-loop arrival times"
    )
    parser.add_argument("--sequential", type=int, default=300, help="1-client requests per target (0: skip)")
    parser.add_argument("--stream-requests", type=int, default=200, help="streamed requests per target")
    parser.add_argument(
        "--bare-keepalive",
        type=int,
        default=20,
        help="keep-alive connections of the bare proxy's upstream pool (20: httpx2's default, as guard's)",
    )
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--fd", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--upstream", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.fd, args.upstream, args.bare_keepalive)
        return

    import uvicorn.config  # noqa: F401  (versions only; the servers run in child processes)

    started = time.perf_counter()
    print("# guard proxy benchmark")
    print(f"command: python {shlex.join(sys.argv)}")
    print(
        f"python {platform.python_version()}, uvicorn {version('uvicorn')}, starlette {version('starlette')},"
        f" httpx2 {version('httpx2')}; {os.cpu_count()} CPUs; load average at start: {loadavg()}"
    )
    full_label = full_policy()[1]
    if "instead of secrets" in full_label:
        print(f"NOTE: the secrets check was not available; a second regex check stands in ({full_label})")
    print(f"policy (non-streaming): {full_label}")
    print(f"policy (incremental streaming): {incremental_policy()[1]}")
    print(f"upstream reply: {len(REPLY)} chars of JSON, valid for the schema")

    upstream = start_server("upstream")
    servers = {"upstream": upstream}
    with running([upstream]):
        wait_ready([upstream])
        others = [
            start_server(role, upstream.base + "/v1", args.bare_keepalive)
            for role in ("bare", "guard", "guard-stream")
        ]
        with running(others):
            wait_ready(others)
            servers.update({s.role: s for s in others})
            print("servers: one process each, uvicorn --log-level warning, default loop/http; ready")
            summary = asyncio.run(bench(args, servers))
    print(f"\nload average at end: {loadavg()}; wall time {time.perf_counter() - started:.0f} s")
    print("\n## Summary")
    for line in summary:
        print(line)


if __name__ == "__main__":
    main()

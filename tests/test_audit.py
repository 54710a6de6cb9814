"""The audit trail: the proxy records every decision (hashes, never texts) in SQLite or a real
PostgreSQL server; a store that is down is counted (or fails closed); ``guard audit`` queries it.

PostgreSQL tests need ``GUARD_TEST_POSTGRES_URL`` (``.ci/run`` starts a server and sets it)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from guard.audit import AuditWriter, Query, open_store
from guard.policy import Policy
from guard.proxy import ServeConfig, create_app
from guard.proxy.config import AuditConfig, Timeouts
from tests.conftest import ServeApp
from tests.upstream import ScriptedUpstream

PG_ENV = "GUARD_TEST_POSTGRES_URL"
KEY = "audit-test-key"
SECRET_TEXT = "my card is 4111 1111 1111 1111 and DROP TABLE users"

POLICY = Policy.from_yaml(
    """
version: 1
name: audited
input:
  - check: regex
    pattern: "DROP TABLE"
    label: no_sql
output:
  schema:
    json_schema: {type: object, required: [answer], properties: {answer: {type: string}}}
    on_fail: reask
reask: {max_attempts: 2}
"""
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server CI started (skipped without one)."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server (.ci/run starts one)")
    import psycopg

    name = f"guard_audit_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    head, _, _ = base.rpartition("/")
    try:
        yield f"{head}/{name}"
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "audit.db")
    return str(request.getfixturevalue("postgres_url"))


def _start(
    serve_app: ServeApp, upstream: ScriptedUpstream, store: str, *, required: bool = False
) -> tuple[openai.OpenAI, Any]:
    config = ServeConfig(
        upstream=upstream.url,
        timeouts=Timeouts(max_retries=0),
        audit=AuditConfig(store=store, required=required, retry_s=60),
    )
    app = create_app(config, policy=POLICY, api_key="k")
    client, _ = serve_app(app)
    return client, app.state.guard


def _ask(client: openai.OpenAI, text: str) -> int:
    try:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
    except openai.APIStatusError as exc:
        return exc.status_code
    return 200


# (script of upstream replies, user text, status, stage, action, attempts, violation types)
CASES = [
    (['{"answer": "yes"}'], "hello", 200, "output", "allow", 1, set()),
    (["not json", '{"answer": "ok"}'], "hello again", 200, "output", "allow", 2, set()),
    (["nope", "still not"], "third", 422, "output", "reject", 2, {"json_invalid"}),
    ([], SECRET_TEXT, 400, "input", "block", 0, {"regex_match"}),
]


def test_every_decision_is_recorded_without_raw_text(
    store_target: str, serve_app: ServeApp, upstream: ScriptedUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUARD_AUDIT_KEY", KEY)
    client, proxy = _start(serve_app, upstream, store_target)
    for script, text, status, *_ in CASES:
        upstream.add(*script)
        assert _ask(client, text) == status
    proxy.audit.flush()
    assert proxy.audit.dropped == 0

    store = open_store(store_target)
    rows = list(reversed(store.query(Query(limit=100))))
    store.close()
    assert len(rows) == len(CASES)
    for row, (_, text, status, stage, action, attempts, types) in zip(rows, CASES, strict=True):
        assert (row["status"], row["stage"], row["action"], row["attempts"]) == (
            status,
            stage,
            action,
            attempts,
        )
        assert {v["type"] for v in row["violations"]} >= types
        assert row["route"] == "default" and row["policy"] == "audited" and len(row["policy_hash"]) == 16
        assert row["worker"] == os.getpid()
        messages = json.dumps([{"role": "user", "content": text}], sort_keys=True)
        assert row["input_hash"] == hmac.new(KEY.encode(), messages.encode(), hashlib.sha256).hexdigest()
        assert text not in json.dumps(row)
    blocked = rows[3]
    assert blocked["violations"][0]["check"] == "no_sql" and blocked["violations"][0]["loc"]
    assert "no_sql" in blocked["checks"]
    assert rows[1]["input_tokens"] > 0 and rows[1]["output_tokens"] > 0
    assert rows[0]["output_hash"] is not None


def _down_target(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return str(tmp_path / "no" / "such" / "dir" / "audit.db")
    return f"postgresql://guard@127.0.0.1:{_free_port()}/guard"


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_store_that_is_down_drops_and_counts(
    kind: str, tmp_path: Path, serve_app: ServeApp, upstream: ScriptedUpstream
) -> None:
    client, proxy = _start(serve_app, upstream, _down_target(kind, tmp_path))
    upstream.add('{"answer": "yes"}', '{"answer": "again"}')
    assert _ask(client, "one") == 200
    assert _ask(client, "two") == 200
    proxy.audit.flush()
    assert proxy.audit.dropped == 2
    metrics = proxy.metrics.render().decode()
    assert "guard_audit_dropped_total 2.0" in metrics


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_required_audit_fails_closed(
    kind: str, tmp_path: Path, serve_app: ServeApp, upstream: ScriptedUpstream
) -> None:
    client, _ = _start(serve_app, upstream, _down_target(kind, tmp_path), required=True)
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "q"}])
    assert caught.value.status_code == 503
    assert upstream.requests == []


def test_required_audit_serves_when_the_store_is_up(
    store_target: str, serve_app: ServeApp, upstream: ScriptedUpstream
) -> None:
    client, proxy = _start(serve_app, upstream, store_target, required=True)
    upstream.add('{"answer": "yes"}')
    assert _ask(client, "q") == 200
    proxy.audit.flush()
    assert proxy.audit.written == 1


def test_writer_drops_what_does_not_fit_in_its_queue(tmp_path: Path) -> None:
    writer = AuditWriter(open_store(str(tmp_path / "a.db")), queue_size=2)  # not started: nothing drains
    assert [writer.submit({"request_id": str(i)}) for i in range(4)] == [True, True, False, False]
    assert writer.dropped == 2


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guard", "audit", *args], capture_output=True, text=True, timeout=120
    )


def test_guard_audit_migrates_and_queries(
    store_target: str, serve_app: ServeApp, upstream: ScriptedUpstream
) -> None:
    first = _cli("migrate", "--store", store_target)
    assert first.returncode == 0, first.stderr
    assert "version 0 -> 1" in first.stdout
    again = _cli("migrate", "--store", store_target)
    assert again.returncode == 0 and again.stdout.strip() == "audit schema: version 1"

    client, proxy = _start(serve_app, upstream, store_target)
    upstream.add('{"answer": "yes"}')
    assert _ask(client, "fine") == 200
    assert _ask(client, SECRET_TEXT) == 400
    proxy.audit.flush()

    # (arguments, actions of the rows printed)
    for args, actions in [
        ((), ["block", "allow"]),
        (("--action", "block"), ["block"]),
        (("--check", "no_sql"), ["block", "allow"]),  # the regex ran on both requests
        (("--check", "no_such_check"), []),
        (("--since", "1h"), ["block", "allow"]),
        (("--until", "2000-01-01"), []),
        (("--limit", "1"), ["block"]),
    ]:
        result = _cli("--store", store_target, "--json", *args)
        assert result.returncode == 0, result.stderr
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["action"] for r in rows] == actions, args
        assert SECRET_TEXT not in result.stdout
    plain = _cli("--store", store_target, "--action", "block")
    assert plain.returncode == 0 and " input block 400 " in plain.stdout


def test_guard_audit_reports_an_unreachable_store(tmp_path: Path) -> None:
    result = _cli("--store", _down_target("postgresql", tmp_path).replace("guard@", "guard:pw@"))
    assert result.returncode == 2
    assert "cannot read the audit store" in result.stderr and "pw" not in result.stderr
    missing = _cli()
    assert missing.returncode == 2 and "--store" in missing.stderr
    absent = _cli("--store", str(tmp_path / "absent.db"))
    assert absent.returncode == 2 and "no audit store" in absent.stderr
    assert not (tmp_path / "absent.db").exists()  # reading never creates a store
    (tmp_path / "empty.db").touch()
    empty = _cli("--store", str(tmp_path / "empty.db"))
    assert empty.returncode == 2 and "guard audit migrate" in empty.stderr

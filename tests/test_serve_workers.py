"""``guard serve --workers 2`` as a real process: /metrics on any worker sums every worker
(prometheus_client multiprocess mode, its directory removed at exit) and the audit store takes
every worker's records."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx2

from guard.audit import Query, open_store
from tests.test_serve import POLICIES, free_port
from tests.upstream import ScriptedUpstream

REQUESTS = 24


def _metric(text: str, name: str, labels: str) -> float:
    match = re.search(rf"^{name}\{{{labels}\}} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def test_two_workers_share_metrics_and_the_audit_store(tmp_path: Path, upstream: ScriptedUpstream) -> None:
    store = tmp_path / "audit.db"
    config = tmp_path / "serve.yaml"
    config.write_text(
        f"upstream: {upstream.url}\npolicy: {POLICIES / 'strict-json.yaml'}\n"
        f"audit: {{store: {store}}}\ntimeouts: {{max_retries: 0}}\n"
    )
    port = free_port()
    before = set(Path(tempfile.gettempdir()).glob("guard-metrics-*"))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "guard",
            "serve",
            "--config",
            str(config),
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    lines: list[str] = []
    try:
        for line in process.stderr:  # both workers report their startup: no sleeping
            lines.append(line)
            if (
                sum("Application startup complete" in seen for seen in lines) == 2
                or process.poll() is not None
            ):
                break
        assert sum("Application startup complete" in seen for seen in lines) == 2, "".join(lines)
        base = f"http://127.0.0.1:{port}"
        upstream.add(*[json.dumps({"answer": str(i), "confidence": 0.5}) for i in range(REQUESTS)])
        for i in range(REQUESTS):  # a new connection each time, so either worker may take it
            response = httpx2.post(
                f"{base}/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": f"q{i}"}]},
                headers={"connection": "close"},
                timeout=30,
            )
            assert response.status_code == 200, response.text
        for _ in range(4):  # whichever worker answers, it shows every worker's counts
            metrics = httpx2.get(f"{base}/metrics", headers={"connection": "close"}, timeout=30).text
            assert _metric(metrics, "guard_requests_total", 'route="default",status="200"') == REQUESTS
            assert _metric(metrics, "guard_decisions_total", 'action="allow",stage="output"') == REQUESTS
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=20)
        process.stderr.close()
    assert set(Path(tempfile.gettempdir()).glob("guard-metrics-*")) <= before, "metrics directory left behind"
    db = open_store(str(store))
    rows = db.query(Query(limit=1000))
    db.close()
    assert len(rows) == REQUESTS
    assert {r["action"] for r in rows} == {"allow"}
    workers = {r["worker"] for r in rows}
    # Both workers took requests (the kernel hands each new connection to either; 24 in a row
    # to one is vanishingly unlikely), so the sums above came from both.
    assert process.pid not in workers and len(workers) == 2

"""``guard check|eval --engine ray`` and the Dataset entry points, on a local Ray runtime with
2 CPUs: the same records as the single-process commands (in the input order), a check error
kept in its row, shards, and a runtime that listens on loopback only and leaves no process."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray
import ray.data
from click.testing import CliRunner

from guard.cli import main
from guard.evaluation import evaluate
from guard.policy import Policy, load_policy
from guard.ray_engine import check_dataset, evaluate_dataset, ray_runtime
from tests.test_batch import POLICY_YAML, batch_texts

ROWS = 3000


def _ray_processes() -> list[psutil.Process]:
    return psutil.Process(os.getpid()).children(recursive=True)


@pytest.fixture(scope="module")
def ray_local() -> Iterator[list[psutil.Process]]:
    """One local runtime for the module (starting one takes seconds); the commands under test
    find it running and use it. On the way out: everything it started is gone."""
    # Only what the runtime starts: other tests' processes (a session's local model) may be running.
    before = {p.pid for p in _ray_processes()}
    with ray_runtime(num_cpus=2):
        assert ray.cluster_resources()["CPU"] == 2
        processes = [p for p in _ray_processes() if p.pid not in before]
        yield processes
    assert not ray.is_initialized()
    _, alive = psutil.wait_procs(processes, timeout=30)
    assert alive == []


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch_ray")
    (path / "policy.yaml").write_text(POLICY_YAML)
    texts = batch_texts(ROWS)
    with (path / "in.jsonl").open("w") as handle:
        for i, text in enumerate(texts):
            # ids of both kinds: given strings, and line numbers where none is given
            handle.write(json.dumps({"text": text, **({"id": f"r{i}"} if i % 3 else {})}) + "\n")
    with (path / "labelled.jsonl").open("w") as handle:
        for text in texts:
            handle.write(json.dumps({"text": text, "label": int("[INST]" in text or "row 1" in text)}) + "\n")
    return path


def _invoke(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def _local_check(workdir: Path) -> list[dict[str, Any]]:
    result = _invoke(
        "check", "--policy", str(workdir / "policy.yaml"), "--stage", "input", str(workdir / "in.jsonl")
    )
    assert result.exit_code == 1, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_runtime_listens_on_loopback_only(ray_local: list[psutil.Process]) -> None:
    assert ray_local, "the local runtime runs in child processes"
    addresses = set()
    for process in ray_local:
        try:
            connections = process.net_connections(kind="inet")
        except psutil.NoSuchProcess:
            continue
        addresses |= {c.laddr.ip for c in connections if c.status == psutil.CONN_LISTEN}
    assert addresses, "the runtime listens somewhere"
    assert addresses <= {"127.0.0.1", "::ffff:127.0.0.1"}


def test_check_ray_prints_what_the_single_process_prints(ray_local: Any, workdir: Path) -> None:
    local = _local_check(workdir)
    result = _invoke(
        "check",
        "--policy",
        str(workdir / "policy.yaml"),
        "--stage",
        "input",
        "--engine",
        "ray",
        str(workdir / "in.jsonl"),
    )
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == local
    assert len(records) == ROWS
    assert [r["id"] for r in records[:4]] == [1, "r1", "r2", 4]
    assert {r["action"] for r in records} == {"allow", "fix", "block"}
    broken = [r for r in records if r["violations"] and r["violations"][0]["type"] == "check_error"]
    assert [(r["text"], r["action"], r["violations"][0]["check"]) for r in broken] == [
        ("row with EXPLODE inside", "block", "explode_on_marker")
    ]
    assert "could not run on 1 item" in result.stderr


def test_check_ray_writes_parquet_shards_in_input_order(ray_local: Any, workdir: Path) -> None:
    # Parquet only: JSON Lines shards go through the same sink (write_shard is tested for both
    # formats in tests/test_batch.py), and each Ray run pays for its actors' start.
    local = _local_check(workdir)
    out = workdir / "out"
    result = _invoke(
        "check",
        "--policy",
        str(workdir / "policy.yaml"),
        "--stage",
        "input",
        "--engine",
        "ray",
        "--output",
        str(out),
        "--format",
        "parquet",
        str(workdir / "in.jsonl"),
    )
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    shards = sorted(out.iterdir())
    assert len(shards) > 1
    rows = [row for shard in shards for row in pq.read_table(shard).to_pylist()]
    # ids of mixed kinds are text in Parquet
    assert rows == [{**r, "id": r["id"] if isinstance(r["id"], str) else json.dumps(r["id"])} for r in local]
    assert f"{ROWS} items, {sum(r['action'] == 'block' for r in local)} rejected" in result.stderr


def _without_timings(report: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in report.items() if k not in ("p50_ms", "p95_ms")}
    if "by" in out:
        groups = out["by"]["groups"]
        out["by"] = {**out["by"], "groups": {name: _without_timings(g) for name, g in groups.items()}}
    return out


@pytest.mark.parametrize("by", [(), ("--by", "label")], ids=["whole", "by-label"])
def test_eval_ray_gives_the_single_process_figures(
    ray_local: Any, workdir: Path, by: tuple[str, ...]
) -> None:
    args = [
        "eval",
        "--policy",
        str(workdir / "policy.yaml"),
        "--data",
        str(workdir / "labelled.jsonl"),
        "--json",
        *by,
    ]
    local = _invoke(*args)
    distributed = _invoke(*args, "--engine", "ray")
    assert local.exit_code == distributed.exit_code == 0, distributed.output
    expected = _without_timings(json.loads(local.stdout))
    assert _without_timings(json.loads(distributed.stdout)) == expected
    assert expected["errors"] == 1 and expected["n"] == ROWS
    if by:
        groups = expected["by"]["groups"]
        assert sum(g["n"] for g in groups.values()) == ROWS and set(groups) == {"0", "1"}


def test_dataset_entry_points(ray_local: Any, workdir: Path) -> None:
    policy: Policy = load_policy(workdir / "policy.yaml")
    texts = batch_texts(400)
    table = pa.table({"key": list(range(400)), "body": texts})
    dataset = ray.data.from_arrow([table.slice(start, 100) for start in range(0, 400, 100)])
    results = check_dataset(dataset, policy, stage="output", text_column="body", id_column="key")
    rows = results.take_all()
    assert [r["id"] for r in rows] == list(range(400))
    local = _invoke("check", "--policy", str(workdir / "policy.yaml"), "-")  # one text, for the shape
    assert local.exit_code == 0
    assert set(rows[0]) == set(json.loads(local.stdout))
    actions = {r["action"] for r in rows}
    assert actions == {"allow", "warn", "block"}

    labelled = [{"text": t, "label": int("secret" in t)} for t in texts]
    report = evaluate_dataset(ray.data.from_items(labelled), policy, stage="output")
    from guard.batch import judge_for

    expected = evaluate(labelled, judge_for(policy, "output"))
    assert (report.n, report.detection_rate, report.false_positive_rate, report.errors) == (
        expected.n,
        expected.detection_rate,
        expected.false_positive_rate,
        expected.errors,
    )

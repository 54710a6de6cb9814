"""Policy checks over large corpora on Ray Data (the ``ray`` extra: ``pip install 'guard[ray]'``).

The work per row is :func:`guard.batch.check_record` (``guard check``) or
:func:`guard.evaluation.measure` (``guard eval``), the very functions the single-process commands
run, so both engines give the same records. What Ray adds:

- an actor pool (``map_batches`` with a callable class): each actor builds the policy's engine and
  warms its models once, then judges batch after batch;
- rows in the input order: every row carries its position (``_seq``), the execution preserves
  block order, and output shards are named by the position of their first row;
- a local Ray runtime (loopback only, no dashboard, no usage stats) unless ``address`` joins an
  existing cluster, shut down when the run ends.

The Python entry points take a Ray Dataset: :func:`check_dataset` and :func:`evaluate_dataset`.
Importing this module imports Ray; ``import guard`` never does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyarrow as pa
import ray
import ray.data
from ray.data.block import BlockAccessor
from ray.data.dataset import MaterializedDataset
from ray.data.datasource import Datasink, WriteResult

from guard.batch import (
    RECORD_FIELDS,
    VIOLATION_FIELDS,
    CheckSummary,
    Format,
    Row,
    Stage,
    check_record,
    id_type,
    judge_for,
    write_shard,
)
from guard.engine import engine_for
from guard.evaluation import EvalReport, Measured, group_of, measure, summarize, summarize_by

if TYPE_CHECKING:
    from ray.data._internal.execution.interfaces import TaskContext

    from guard.policy import Policy

__all__ = ["check_dataset", "evaluate_dataset", "ray_runtime", "run_check", "run_eval", "run_eval_by"]

#: Rows per batch handed to an actor (and per input block): small enough to spread a few
#: thousand rows over the pool and show progress, large enough that scheduling costs little.
DEFAULT_BATCH_SIZE = 256
SEQ = "_seq"

_VIOLATION_TYPE = pa.list_(pa.struct([(name, pa.string()) for name in VIOLATION_FIELDS]))


@contextmanager
def ray_runtime(address: str | None = None, num_cpus: int = 2) -> Iterator[None]:
    """Connect to Ray for the duration of the block.

    With Ray already initialised (a caller's own session), that session is used and left running.
    With ``address`` the driver joins that cluster. Otherwise a local runtime starts with
    ``num_cpus`` CPUs, every process bound to 127.0.0.1, no dashboard and no usage statistics;
    when the block ends it is shut down and every process it started is gone.
    """
    if ray.is_initialized():
        yield
        return
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    if address is not None:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
        try:
            yield
        finally:
            ray.shutdown()
        return
    before = _descendants()
    _init_local(num_cpus, before)
    # Remembered now as well as at the end: a process whose parent dies before the block ends is
    # re-parented away from this one and would otherwise be left running (start times guard
    # against a pid reused meanwhile).
    launched = {pid: _start_time(pid) for pid in _descendants() - before}
    try:
        yield
    finally:
        started = _descendants() - before
        started |= {pid for pid, when in launched.items() if when is not None and _start_time(pid) == when}
        ray.shutdown()
        _stop(started)


def _init_local(num_cpus: int, before: set[int]) -> None:
    from ray._private import ray_constants

    # Ray turns 127.0.0.1 into the machine's routable address so other nodes could join; a
    # single-machine runtime must not listen there. Ray keeps loopback when it believes clusters
    # are unsupported (its switch for macOS and Windows), read here and by the processes it starts.
    previous = ray_constants.ENABLE_RAY_CLUSTER
    ray_constants.ENABLE_RAY_CLUSTER = False
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    try:
        for attempt in (1, 2):
            try:
                # log_to_driver off: Ray forwards its workers' and raylet's log lines to the
                # driver's stdout ("(raylet) A worker died ..." once landed in front of
                # `guard eval --ray`'s JSON report); a task that fails is retried or counted in
                # the report's errors either way.
                ray.init(
                    num_cpus=num_cpus,
                    include_dashboard=False,
                    _node_ip_address="127.0.0.1",
                    log_to_driver=False,
                )
                return
            except Exception:
                # Ray gives its processes a fixed 30 s to register, which a busy machine can
                # miss; a failed start leaves them running. Stop them and try once more.
                ray.shutdown()
                _stop(_descendants() - before)
                if attempt == 2:
                    raise
    finally:
        ray_constants.ENABLE_RAY_CLUSTER = previous
        os.environ.pop("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", None)


def _descendants() -> set[int]:
    """Every process below this one (Linux: from /proc; elsewhere nothing is tracked)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # gone meanwhile
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {os.getpid()}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _start_time(pid: int) -> int | None:
    """A process's start time (clock ticks since boot), None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return int(fields[19])


def _stop(pids: set[int], grace_s: float = 10.0) -> None:
    """Terminate ``pids`` (those still running), wait for each to exit (up to ``grace_s`` in
    all), then kill what is left. Waiting watches a pidfd: no polling."""
    import select
    import signal
    import time

    handles: dict[int, int] = {}
    for pid in pids:
        try:
            handles[pid] = os.pidfd_open(pid)
            os.kill(pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError, OSError):
            continue
    deadline = time.monotonic() + grace_s
    try:
        for handle in handles.values():
            left = max(0.0, deadline - time.monotonic())
            if not select.select([handle], [], [], left)[0]:
                with suppress(ProcessLookupError):
                    signal.pidfd_send_signal(handle, signal.SIGKILL)
    finally:
        for handle in handles.values():
            os.close(handle)


# -- actors ----------------------------------------------------------------------------------


class _CheckRows:
    """The actor behind ``guard check``: one engine per actor, models warmed once."""

    def __init__(self, policy: Policy, stage: Stage, text_column: str, id_column: str) -> None:
        self.engine = engine_for(policy)
        self.engine.warm_up()
        self.stage: Stage = stage
        self.text_column = text_column
        self.id_column = id_column

    def __call__(self, batch: pa.Table) -> pa.Table:
        texts = batch.column(self.text_column).to_pylist()
        has_ids = self.id_column in batch.column_names
        ids = batch.column(self.id_column).to_pylist() if has_ids else [None] * batch.num_rows
        records = [
            check_record(self.engine, self.stage, row_id, "" if text is None else str(text))
            for row_id, text in zip(ids, texts, strict=True)
        ]
        columns: dict[str, Any] = {}
        if SEQ in batch.column_names:
            columns[SEQ] = batch.column(SEQ)
        # The id goes through untouched (its own Arrow type); the records only add to it.
        columns["id"] = batch.column(self.id_column) if has_ids else pa.nulls(batch.num_rows)
        columns["action"] = pa.array([r["action"] for r in records], pa.string())
        columns["violations"] = pa.array([r["violations"] for r in records], _VIOLATION_TYPE)
        columns["text"] = pa.array([r["text"] for r in records], pa.string())
        return pa.table(columns)


class _EvalRows:
    """The actor behind ``guard eval``: :func:`guard.evaluation.measure` on every row."""

    def __init__(self, policy: Policy, stage: Stage) -> None:
        engine_for(policy).warm_up()
        self.judge = judge_for(policy, stage)

    def __call__(self, batch: pa.Table) -> pa.Table:
        items = batch.select(["text", "label"]).to_pylist()
        measured = [measure(item, self.judge) for item in items]
        columns: dict[str, Any] = {}
        if SEQ in batch.column_names:
            columns[SEQ] = batch.column(SEQ)
        columns["positive"] = pa.array([m.positive for m in measured], pa.bool_())
        columns["rejected"] = pa.array([m.rejected for m in measured], pa.bool_())
        columns["error"] = pa.array([m.error for m in measured], pa.bool_())
        columns["latency_ms"] = pa.array([m.latency_ms for m in measured], pa.float64())
        return pa.table(columns)


def _pool(dataset: ray.data.Dataset, actor: type, args: dict[str, Any], concurrency: int | None) -> Any:
    resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
    size = concurrency or max(1, int(resources.get("CPU", 1)))
    if isinstance(dataset, MaterializedDataset):  # blocks known: no idle actors
        size = max(1, min(size, dataset.num_blocks()))
    out = dataset.map_batches(
        actor,
        fn_constructor_kwargs=args,
        batch_size=DEFAULT_BATCH_SIZE,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=size),
        num_cpus=1,
    )
    # Blocks leave in the order they came in, so results line up with the input.
    out.context.execution_options.preserve_order = True
    return out


def _detached(policy: Policy) -> Policy:
    # A policy carries its engine (loaded models) once used: ship the bare policy, each actor
    # builds its own engine.
    import dataclasses

    return dataclasses.replace(policy)


# -- entry points on a Dataset ---------------------------------------------------------------


def check_dataset(
    dataset: ray.data.Dataset,
    policy: Policy,
    *,
    stage: Stage = "output",
    text_column: str = "text",
    id_column: str = "id",
    concurrency: int | None = None,
) -> ray.data.Dataset:
    """Judge every row of ``dataset`` with ``policy``: a lazy Dataset of the records
    ``guard check`` prints (``id``, ``action``, ``violations``, ``text``), in the input's order.

    ``concurrency`` actors (default: one per CPU of the cluster) each load the policy's checks
    once. A row whose check cannot run is a ``block`` row with a ``check_error`` violation.
    Write it with ``write_parquet`` / ``write_json`` or iterate it.
    """
    args = {"policy": _detached(policy), "stage": stage, "text_column": text_column, "id_column": id_column}
    return _pool(dataset, _CheckRows, args, concurrency)  # type: ignore[no-any-return]


def evaluate_dataset(
    dataset: ray.data.Dataset,
    policy: Policy,
    *,
    stage: Stage = "input",
    concurrency: int | None = None,
) -> EvalReport:
    """``guard eval`` on a Dataset with ``text`` and ``label`` columns (1 = should be rejected).

    The counts and rates are those of the single-process run; latencies are measured per row
    on the actors.
    """
    out = _pool(dataset, _EvalRows, {"policy": _detached(policy), "stage": stage}, concurrency)
    return summarize(one for _, one in _measured(out))


def _tables(dataset: ray.data.Dataset) -> Iterator[pa.Table]:
    """The blocks of ``dataset`` as Arrow tables, in order."""
    for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
        assert isinstance(batch, pa.Table)
        yield batch


def _measured(out: ray.data.Dataset) -> Iterator[tuple[int | None, Measured]]:
    """``(input sequence number or None, measured)`` per judged row."""
    for batch in _tables(out):
        columns = [batch.column(c).to_pylist() for c in ("positive", "rejected", "error", "latency_ms")]
        seqs = batch.column(SEQ).to_pylist() if SEQ in batch.column_names else [None] * batch.num_rows
        for seq, positive, was_rejected, error, latency in zip(seqs, *columns, strict=True):
            yield seq, Measured(positive, was_rejected, error, latency)


# -- the command line ------------------------------------------------------------------------


def _records(table: pa.Table) -> list[dict[str, Any]]:
    """Records from result columns; the CLI carries ids as JSON text (any JSON value)."""
    records: list[dict[str, Any]] = table.select(list(RECORD_FIELDS)).to_pylist()
    for record in records:
        record["id"] = json.loads(record["id"])
    return records


def _from_tables(tables: list[pa.Table]) -> ray.data.Dataset:
    # One block per table, described here: ``from_arrow`` would describe each block in a task
    # of its own, and those tasks sometimes abort in pyarrow (an absl mutex check, Ray 2.60 with
    # pyarrow 26) before Ray retries them.
    dataset: ray.data.Dataset = ray.data.from_blocks(tables)
    return dataset


def _input_blocks(rows: Sequence[Row]) -> ray.data.Dataset:
    tables = []
    for start in range(0, len(rows), DEFAULT_BATCH_SIZE):
        chunk = rows[start : start + DEFAULT_BATCH_SIZE]
        tables.append(
            pa.table(
                {
                    SEQ: pa.array(range(start, start + len(chunk)), pa.int64()),
                    "id": pa.array([json.dumps(r.id, ensure_ascii=False, default=str) for r in chunk]),
                    "text": pa.array([r.text for r in chunk], pa.string()),
                }
            )
        )
    return _from_tables(tables)


class _ShardSink(Datasink[tuple[int, int, int]]):
    """Writes each write task's rows as one shard named by its first row (on the driver's node,
    so ``--output`` is a path on the machine that runs guard)."""

    def __init__(self, directory: Path, fmt: Format, ids: Literal["int64", "string"]) -> None:
        self.directory, self.fmt, self.ids = directory, fmt, ids
        self.summary = CheckSummary()

    @property
    def supports_distributed_writes(self) -> bool:
        return False

    def write(self, blocks: Any, ctx: TaskContext) -> tuple[int, int, int]:
        tables = [BlockAccessor.for_block(b).to_arrow() for b in blocks]
        table = pa.concat_tables(tables).sort_by(SEQ) if tables else pa.table({})
        if table.num_rows == 0:
            return (0, 0, 0)
        records = _records(table)
        write_shard(self.directory, table.column(SEQ)[0].as_py(), records, self.fmt, self.ids)
        summary = CheckSummary()
        for record in records:
            summary.add(record)
        return (summary.rows, summary.rejected, summary.errors)

    def on_write_complete(self, write_result: WriteResult[tuple[int, int, int]]) -> None:
        for rows, rejected_rows, errors in write_result.write_returns:
            self.summary.rows += rows
            self.summary.rejected += rejected_rows
            self.summary.errors += errors


def run_check(
    rows: Sequence[Row],
    policy: Policy,
    stage: Stage,
    *,
    output: Path | None = None,
    fmt: Format = "jsonl",
    concurrency: int | None = None,
    emit: Any = None,
) -> CheckSummary:
    """``guard check --engine ray`` inside :func:`ray_runtime`: judge ``rows``, then write shards
    to ``output`` or hand each record, in order, to ``emit``."""
    if not rows:
        return CheckSummary()
    results = check_dataset(_input_blocks(rows), policy, stage=stage, concurrency=concurrency)
    if output is not None:
        sink = _ShardSink(output, fmt, id_type(r.id for r in rows))
        results.write_datasink(sink)
        return sink.summary
    summary = CheckSummary()
    for batch in _tables(results):
        for record in _records(batch):
            summary.add(record)
            if emit is not None:
                emit(record)
    return summary


def _eval_tables(items: Sequence[dict[str, Any]]) -> list[pa.Table]:
    tables = []
    for start in range(0, len(items), DEFAULT_BATCH_SIZE):
        chunk = items[start : start + DEFAULT_BATCH_SIZE]
        tables.append(
            pa.table(
                {
                    SEQ: pa.array(range(start, start + len(chunk)), pa.int64()),
                    "text": pa.array([str(i["text"]) for i in chunk], pa.string()),
                    "label": pa.array([int(i["label"]) for i in chunk], pa.int64()),
                }
            )
        )
    return tables


def run_eval(
    items: Sequence[dict[str, Any]], policy: Policy, stage: Stage, *, concurrency: int | None = None
) -> EvalReport:
    """``guard eval --engine ray`` inside :func:`ray_runtime`: the report on labelled ``items``."""
    if not items:
        return summarize(())
    return evaluate_dataset(_from_tables(_eval_tables(items)), policy, stage=stage, concurrency=concurrency)


def run_eval_by(
    items: Sequence[dict[str, Any]],
    policy: Policy,
    stage: Stage,
    field: str,
    *,
    concurrency: int | None = None,
) -> tuple[EvalReport, dict[str, EvalReport]]:
    """``guard eval --by FIELD --engine ray``: the report, and one per value of ``item[field]``
    (``"-"`` when absent), every row judged once (as :func:`guard.evaluation.evaluate_by`)."""
    if not items:
        return summarize(()), {}
    out = _pool(
        _from_tables(_eval_tables(items)),
        _EvalRows,
        {"policy": _detached(policy), "stage": stage},
        concurrency,
    )
    judged = []
    for seq, one in _measured(out):
        assert seq is not None, "every row built by _eval_tables carries its sequence number"
        judged.append((group_of(items[seq], field), one))
    return summarize_by(judged)

"""The audit trail: one record per decision, written off the request path to SQLite or PostgreSQL.

A record says what guard decided and why (request id, route, policy name and version hash,
stage, checks run, action, violation types and locations, attempts, token usage, timings), never
what was said: texts appear only as a keyed hash (HMAC-SHA256, key from the environment), so equal
texts can be matched without being stored.

Writes go through :class:`AuditWriter`: a bounded queue and one background thread that writes in
batches. When the store is down, records are dropped and counted (the proxy keeps serving);
:attr:`AuditWriter.accepting` tells a surface that must fail closed (``audit.required``) when it
cannot record. ``psycopg`` is imported only for a PostgreSQL URL (``guard[audit]``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import queue
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "COLUMNS",
    "AuditStore",
    "AuditWriter",
    "PostgresStore",
    "SQLiteStore",
    "TextHasher",
    "open_store",
]

log = logging.getLogger("guard.audit")

#: Columns of ``guard_audit``, in the order records are written.
COLUMNS = (
    "ts",
    "request_id",
    "route",
    "policy",
    "policy_hash",
    "stage",
    "action",
    "status",
    "checks",
    "violations",
    "attempts",
    "input_tokens",
    "output_tokens",
    "timings",
    "total_s",
    "stream",
    "input_hash",
    "output_hash",
    "worker",
)
_JSON_COLUMNS = frozenset({"checks", "violations", "timings"})

# Each step brings the schema from version i to i + 1; never edit a released step, add one.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE IF NOT EXISTS guard_audit (
            id {serial},
            ts DOUBLE PRECISION NOT NULL,
            request_id TEXT NOT NULL,
            route TEXT NOT NULL,
            policy TEXT NOT NULL,
            policy_hash TEXT NOT NULL,
            stage TEXT NOT NULL,
            action TEXT NOT NULL,
            status INTEGER NOT NULL,
            checks TEXT NOT NULL,
            violations TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            input_tokens INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            timings TEXT NOT NULL,
            total_s DOUBLE PRECISION NOT NULL,
            stream TEXT,
            input_hash TEXT,
            output_hash TEXT,
            worker INTEGER
        )""",
        "CREATE INDEX IF NOT EXISTS guard_audit_ts ON guard_audit (ts)",
        "CREATE INDEX IF NOT EXISTS guard_audit_action ON guard_audit (action, ts)",
    ),
)
SCHEMA_VERSION = len(_MIGRATIONS)


class TextHasher:
    """HMAC-SHA256 of texts under a key from the environment (a random key per process when the
    variable is unset: hashes then match only within one process)."""

    def __init__(self, key_env: str = "GUARD_AUDIT_KEY") -> None:
        key = os.environ.get(key_env, "")
        self.stable = bool(key)
        if not key:
            log.warning(json.dumps({"event": "audit_hash_key_missing", "env": key_env}))
        self._key = key.encode("utf-8") if key else secrets.token_bytes(32)

    def __call__(self, text: str) -> str:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Query:
    """What ``guard audit`` asks for."""

    since: float | None = None
    until: float | None = None
    action: str | None = None
    check: str | None = None
    route: str | None = None
    limit: int = 100


class AuditStore:
    """A SQL store of audit records. Subclasses say how to connect and how parameters look."""

    placeholder = "?"
    serial = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def connect(self) -> None:
        """Open the connection (raises when the store is unreachable)."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection (idempotent)."""
        raise NotImplementedError

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _lock_for_migration(self) -> None:
        """Serialise concurrent migrations (several workers start at once)."""

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.placeholder)

    def version(self) -> int:
        """The schema version the store is at (0: empty)."""
        self._execute("CREATE TABLE IF NOT EXISTS guard_audit_schema (version INTEGER NOT NULL)")
        rows = self._execute("SELECT MAX(version) FROM guard_audit_schema")
        self._commit()
        return int(rows[0][0] or 0) if rows else 0

    def migrate(self) -> tuple[int, int]:
        """Bring the schema to :data:`SCHEMA_VERSION`; returns (from, to). Idempotent."""
        self._execute("CREATE TABLE IF NOT EXISTS guard_audit_schema (version INTEGER NOT NULL)")
        self._commit()
        self._lock_for_migration()
        rows = self._execute("SELECT MAX(version) FROM guard_audit_schema")
        before = int(rows[0][0] or 0) if rows else 0
        for number, steps in enumerate(_MIGRATIONS[before:], start=before + 1):
            for step in steps:
                self._execute(step.format(serial=self.serial))
            self._execute(self._sql("INSERT INTO guard_audit_schema (version) VALUES (?)"), (number,))
        self._commit()
        return before, max(before, SCHEMA_VERSION)

    def write(self, records: Sequence[Mapping[str, Any]]) -> None:
        """Insert records (one transaction)."""
        rows = [[json.dumps(r.get(c)) if c in _JSON_COLUMNS else r.get(c) for c in COLUMNS] for r in records]
        marks = ", ".join("?" for _ in COLUMNS)
        self._executemany(self._sql(f"INSERT INTO guard_audit ({', '.join(COLUMNS)}) VALUES ({marks})"), rows)
        self._commit()

    def query(self, q: Query) -> list[dict[str, Any]]:
        """Records matching ``q``, newest first."""
        where: list[str] = []
        params: list[Any] = []
        if q.since is not None:
            where.append("ts >= ?")
            params.append(q.since)
        if q.until is not None:
            where.append("ts < ?")
            params.append(q.until)
        if q.action is not None:
            where.append("action = ?")
            params.append(q.action)
        if q.route is not None:
            where.append("route = ?")
            params.append(q.route)
        if q.check is not None:
            # checks is a JSON list of names: match the quoted name exactly.
            where.append("checks LIKE ?")
            params.append("%" + json.dumps(q.check).replace("%", r"\%").replace("_", r"\_") + "%")
        sql = f"SELECT {', '.join(COLUMNS)} FROM guard_audit"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY ts DESC, id DESC LIMIT ?"
        params.append(q.limit)
        if q.check is not None:
            sql = sql.replace("checks LIKE ?", "checks LIKE ? ESCAPE '\\'")
        rows = self._execute(self._sql(sql), params)
        self._commit()
        return [
            {
                c: json.loads(v) if c in _JSON_COLUMNS and v is not None else v
                for c, v in zip(COLUMNS, row, strict=True)
            }
            for row in rows
        ]


class SQLiteStore(AuditStore):
    """A SQLite file (WAL mode, so several worker processes can write)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    def connect(self) -> None:
        if self._db is not None:
            return
        # The writer thread uses the connection after another thread opened it (never both).
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=30000")
        except sqlite3.Error:
            db.close()
            raise
        self._db = db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.connect()
        assert self._db is not None
        return self._db

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        db = self._conn()
        if not db.in_transaction and not sql.lstrip().upper().startswith("SELECT"):
            db.execute("BEGIN IMMEDIATE")
        return list(db.execute(sql, tuple(params)).fetchall())

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        db = self._conn()
        if not db.in_transaction:
            db.execute("BEGIN IMMEDIATE")
        db.executemany(sql, rows)

    def _commit(self) -> None:
        db = self._conn()
        if db.in_transaction:
            db.execute("COMMIT")

    def _lock_for_migration(self) -> None:
        db = self._conn()
        if not db.in_transaction:
            db.execute("BEGIN IMMEDIATE")


class PostgresStore(AuditStore):
    """A PostgreSQL database by URL (``psycopg``, from ``guard[audit]``)."""

    placeholder = "%s"
    serial = "BIGSERIAL PRIMARY KEY"

    def __init__(self, url: str, *, connect_timeout: float = 5.0) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self._db: Any = None

    def connect(self) -> None:
        if self._db is not None:
            return
        try:
            import psycopg
        except ImportError:
            raise RuntimeError("a PostgreSQL audit store needs psycopg: pip install 'guard[audit]'") from None
        self._db = psycopg.connect(self.url, connect_timeout=max(1, round(self.connect_timeout)))

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None

    def _conn(self) -> Any:
        if self._db is None:
            self.connect()
        return self._db

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._conn().cursor() as cursor:
            cursor.execute(sql, tuple(params))
            return list(cursor.fetchall()) if cursor.description is not None else []

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._conn().cursor() as cursor:
            cursor.executemany(sql, rows)

    def _commit(self) -> None:
        self._conn().commit()

    def _lock_for_migration(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(7318120913)")


def open_store(target: str) -> AuditStore:
    """A store for ``target``: a ``postgresql://`` URL, else a SQLite file path (``sqlite:///``
    prefix optional). Does not connect."""
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    return SQLiteStore(target)


_STOP = object()


class AuditWriter:
    """Audit records written in batches by one background thread, through a bounded queue.

    :meth:`submit` never blocks: a full queue or a store that is down drops records and counts
    them (``on_drop``). A store that failed is reconnected every ``retry_s`` while idle.
    """

    def __init__(
        self,
        store: AuditStore,
        *,
        queue_size: int = 10_000,
        batch_size: int = 200,
        retry_s: float = 5.0,
        migrate: bool = True,
        on_drop: Callable[[int], None] | None = None,
    ) -> None:
        self.store = store
        self.batch_size = batch_size
        self.retry_s = retry_s
        self.migrate = migrate
        self.on_drop = on_drop
        self.dropped = 0
        self.written = 0
        self.healthy = False
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=queue_size)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def accepting(self) -> bool:
        """Can a record be taken now (the store is up and the queue has room)?"""
        return self.healthy and not self._queue.full()

    def start(self) -> AuditWriter:
        """Connect (and migrate) now, so a store that is down is known before the first request,
        then start the writer thread. Never raises for an unreachable store."""
        self._reconnect()
        self._thread = threading.Thread(target=self._run, name="guard-audit-writer", daemon=True)
        self._thread.start()
        return self

    def submit(self, record: Mapping[str, Any]) -> bool:
        """Queue one record; False (and counted as dropped) when the queue is full."""
        try:
            self._queue.put_nowait(dict(record))
        except queue.Full:
            self._drop(1)
            return False
        return True

    def flush(self) -> None:
        """Wait until every record queued so far is written or dropped."""
        self._queue.join()

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, stop the thread, close the store."""
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)
        self.store.close()

    def _drop(self, count: int) -> None:
        with self._lock:
            self.dropped += count
        if self.on_drop is not None:
            self.on_drop(count)

    def _reconnect(self) -> bool:
        try:
            self.store.close()
            self.store.connect()
            if self.migrate:
                self.store.migrate()
        except Exception as exc:
            self.healthy = False
            log.warning(json.dumps({"event": "audit_store_down", "error": type(exc).__name__}))
            self.store.close()
            return False
        self.healthy = True
        return True

    def _run(self) -> None:
        while True:
            try:
                first = self._queue.get(timeout=self.retry_s)
            except queue.Empty:
                if not self.healthy:
                    self._reconnect()
                continue
            batch: list[Any] = [first]
            while len(batch) < self.batch_size:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = any(item is _STOP for item in batch)
            records = [item for item in batch if item is not _STOP]
            try:
                if records:
                    self._write(records)
            finally:
                for _ in batch:
                    self._queue.task_done()
            if stop:
                return

    def _write(self, records: list[dict[str, Any]]) -> None:
        if not self.healthy and not self._reconnect():
            self._drop(len(records))
            return
        try:
            self.store.write(records)
        except Exception as exc:
            log.warning(json.dumps({"event": "audit_write_failed", "error": type(exc).__name__}))
            self.healthy = False
            self.store.close()
            self._drop(len(records))
            return
        self.written += len(records)


def format_rows(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """One line per record for people (``guard audit`` without ``--json``)."""
    lines = []
    for row in rows:
        when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(float(row["ts"])))
        types = ",".join(sorted({v.get("type", "") for v in row.get("violations") or []})) or "-"
        lines.append(
            f"{when} {row['request_id'][:12]} {row['route']} {row['policy']}@{row['policy_hash'][:8]} "
            f"{row['stage']} {row['action']} {row['status']} attempts={row['attempts']} "
            f"tokens={row['input_tokens']}/{row['output_tokens']} violations={types}"
        )
    return lines

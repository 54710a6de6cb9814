"""Policy checks over many rows: the per-row work shared by the single-process commands and the
Ray engine (:mod:`guard.ray_engine`), and the readers and shard writers both use.

One row is judged by :func:`check_record`, which gives the record ``guard check`` prints:
``{"id", "action", "violations": [{"type", "check", "message", "loc"}], "text"}`` (the fixed
text when a fix applied). A check that cannot run fails closed *in its row*: action ``block``
with a ``check_error`` violation naming the check, so the other rows are never lost.

Inputs are JSON Lines of ``{"text", "id"}`` (the id defaults to the line number), Parquet with a
``text`` column and an optional ``id`` column (the id defaults to the row number, from 1), or
one text. Output shards are named ``part-<first row>.jsonl|parquet`` (the 0-based position of
their first row in the input), so reading them in name order gives the input order.
Parquet needs ``pyarrow`` (the ``ray`` extra installs it); nothing here imports it until then.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from guard.engine import Engine, engine_for
from guard.errors import CheckError
from guard.result import Action, Verdict, Violation

if TYPE_CHECKING:
    import pyarrow as pa

    from guard.policy import Policy

__all__ = [
    "RECORD_FIELDS",
    "VIOLATION_FIELDS",
    "CheckSummary",
    "Format",
    "InputError",
    "Row",
    "Stage",
    "check_record",
    "id_type",
    "is_check_error",
    "judge",
    "judge_for",
    "parquet_schema",
    "prepare_output",
    "read_labelled",
    "read_rows",
    "record_line",
    "rejected",
    "shard_name",
    "write_shard",
]

Stage = Literal["input", "output"]
Format = Literal["jsonl", "parquet"]

#: The fields of one result record, in the order they are written.
RECORD_FIELDS = ("id", "action", "violations", "text")
VIOLATION_FIELDS = ("type", "check", "message", "loc")


@dataclass(frozen=True, slots=True)
class Row:
    """One text to judge and the id its result carries."""

    id: Any
    text: str


class InputError(ValueError):
    """The input cannot be used; ``problems`` are located (``file:line: what``)."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("unusable input:\n  " + "\n  ".join(self.problems[:50]))


# -- one row ---------------------------------------------------------------------------------


def judge(engine: Engine, stage: Stage, text: str) -> Verdict:
    """The verdict on one text: the input checks (``input``) or reply validation (``output``).

    Raises :class:`CheckError` when a check cannot run (and its ``on_error`` is not ``allow``).
    """
    return engine.screen_text(text) if stage == "input" else engine.validate_reply(text)


def judge_for(policy: Policy, stage: Stage) -> Callable[[str], bool]:
    """``text -> rejected`` for ``guard eval`` (a check error raises: the caller counts it)."""
    engine = engine_for(policy)
    return lambda text: not judge(engine, stage, text).allowed


def check_record(engine: Engine, stage: Stage, row_id: Any, text: str) -> dict[str, Any]:
    """The result record of one row (see the module docstring); never raises a CheckError."""
    try:
        verdict = judge(engine, stage, text)
    except CheckError as exc:
        failed = Violation("check_error", f"check could not run: {exc.reason}", exc.check)
        return {"id": row_id, "action": Action.BLOCK.value, "violations": [_brief(failed)], "text": text}
    return {
        "id": row_id,
        "action": verdict.action.value,
        "violations": [_brief(v) for v in verdict.violations],
        "text": verdict.text if verdict.text is not None else text,
    }


def _brief(violation: Violation) -> dict[str, Any]:
    full = violation.to_dict()
    return {key: full[key] for key in VIOLATION_FIELDS}


def record_line(record: Mapping[str, Any]) -> str:
    """One record as the JSON line ``guard check`` prints (ids Parquet gave as dates: text)."""
    return json.dumps(record, ensure_ascii=False, default=str)


def rejected(record: Mapping[str, Any]) -> bool:
    """True when the row's action rejects it (reask, approve, block)."""
    return Action(record["action"]).rejects


def is_check_error(record: Mapping[str, Any]) -> bool:
    """True when a check could not run on the row."""
    return any(v["type"] == "check_error" for v in record["violations"])


class CheckSummary:
    """What a ``guard check`` run found: rows, rejected rows, rows where a check could not run."""

    def __init__(self, rows: int = 0, rejected: int = 0, errors: int = 0) -> None:
        self.rows, self.rejected, self.errors = rows, rejected, errors

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one record."""
        self.rows += 1
        self.rejected += rejected(record)
        self.errors += is_check_error(record)


# -- reading ---------------------------------------------------------------------------------


def read_rows(source: str) -> list[Row]:
    """The rows of ``source``: a ``.jsonl`` file, a ``.parquet`` file, ``-`` (stdin, one text)
    or any other file (one text). Raises :class:`InputError` naming every bad line."""
    name = "<stdin>" if source == "-" else source
    if source.endswith(".parquet"):
        table = _read_parquet(source, required=("text",))
        texts = table.column("text").to_pylist()
        ids = table.column("id").to_pylist() if "id" in table.column_names else None
        bad = [
            f"{source}: row {i + 1}: expected a string text"
            for i, t in enumerate(texts)
            if not isinstance(t, str)
        ]
        if bad:
            raise InputError(bad)
        return [Row(ids[i] if ids is not None else i + 1, text) for i, text in enumerate(texts)]
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError([f"cannot read {name}: {exc.strerror or exc}"]) from None
    text = raw.decode("utf-8", "replace")
    if not source.endswith(".jsonl"):
        return [Row(name, text)]
    rows: list[Row] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{name}:{number}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problems.append(f'{name}:{number}: expected an object with a string "text"')
            continue
        rows.append(Row(record.get("id", number), record["text"]))
    if problems:
        raise InputError(problems)
    return rows


def read_labelled(path: str) -> list[dict[str, Any]]:
    """Labelled items for ``guard eval``: JSON Lines (:func:`guard.evaluation.load_items`) or
    Parquet with ``text`` and ``label`` columns (other columns are kept). Raises ``ValueError``
    (``InputError`` for Parquet) naming the bad rows, ``OSError`` when unreadable."""
    if not path.endswith(".parquet"):
        from guard.evaluation import load_items

        return load_items(path)
    items: list[dict[str, Any]] = _read_parquet(path, required=("text", "label")).to_pylist()
    bad = [
        f"{path}: row {i}: needs a string 'text' and a 'label' of 0 or 1"
        for i, item in enumerate(items, 1)
        if not isinstance(item["text"], str) or item["label"] not in (0, 1, True, False)
    ]
    if bad:
        raise InputError(bad)
    return items


def _read_parquet(path: str, required: Sequence[str]) -> pa.Table:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError([f"{path}: reading Parquet needs pyarrow: pip install 'guard[ray]'"]) from None
    try:
        table = pq.read_table(path)
    except OSError as exc:
        raise InputError([f"cannot read {path}: {exc}"]) from None
    missing = [c for c in required if c not in table.column_names]
    if missing:
        raise InputError([f"{path}: no column {', '.join(repr(c) for c in missing)}"])
    return table


# -- writing ---------------------------------------------------------------------------------


def shard_name(first_row: int, fmt: Format) -> str:
    """The file name of the shard whose first row is ``first_row`` (0-based) in the input."""
    return f"part-{first_row:012d}.{fmt}"


def id_type(ids: Iterable[Any]) -> Literal["int64", "string"]:
    """The Parquet type of the ``id`` column: integers stay integers, anything else is text
    (strings as they are, other values as JSON)."""
    return "int64" if all(type(i) is int for i in ids) else "string"


def parquet_schema(ids: Literal["int64", "string"]) -> pa.Schema:
    """The schema of a Parquet shard: the record fields, violations as a list of structs."""
    import pyarrow as pa

    violation = pa.struct([(name, pa.string()) for name in VIOLATION_FIELDS])
    return pa.schema(
        [
            ("id", pa.int64() if ids == "int64" else pa.string()),
            ("action", pa.string()),
            ("violations", pa.list_(violation)),
            ("text", pa.string()),
        ]
    )


def write_shard(
    directory: str | Path,
    first_row: int,
    records: Sequence[Mapping[str, Any]],
    fmt: Format,
    ids: Literal["int64", "string"] = "string",
) -> Path:
    """Write ``records`` as one shard in ``directory`` (see :func:`shard_name`); returns its path."""
    path = Path(directory) / shard_name(first_row, fmt)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(record_line(r) + "\n" for r in records)
        return path
    import pyarrow as pa
    import pyarrow.parquet as pq

    def id_value(value: Any) -> Any:
        if ids == "int64" or value is None or isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, default=str)

    columns = {name: [r[name] for r in records] for name in RECORD_FIELDS}
    columns["id"] = [id_value(v) for v in columns["id"]]
    pq.write_table(pa.Table.from_pydict(columns, schema=parquet_schema(ids)), path)
    return path


def prepare_output(directory: str) -> Path:
    """Create the output directory; raises :class:`InputError` when it holds files already (the
    shards of an earlier run would mix with these)."""
    path = Path(directory)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise InputError([f"{directory}: the output directory must be new or empty"])
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError([f"cannot create {directory}: {exc.strerror or exc}"]) from None
    return path

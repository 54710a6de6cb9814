"""``guard audit``: query the audit trail, and ``guard audit migrate``: bring its schema up to date.

The store is ``--store`` (a SQLite path or a ``postgresql://`` URL), else the ``audit.store`` of a
serve config (``--config``), else ``GUARD_AUDIT_STORE``.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from datetime import UTC, datetime
from typing import Any, NoReturn

import click

__all__ = ["audit_group", "parse_when"]

_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)([smhd])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _fail(message: str) -> NoReturn:
    click.echo(f"guard: {message}", err=True)
    sys.exit(2)


def parse_when(value: str, *, now: float | None = None) -> float:
    """A time as epoch seconds: ``30m``, ``2h``, ``1d`` ago, an ISO 8601 date or time (UTC when it
    names no zone), or epoch seconds."""
    now = time.time() if now is None else now
    text = value.strip()
    if match := _RELATIVE.match(text):
        return now - float(match.group(1)) * _UNITS[match.group(2)]
    try:
        return float(text)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r}: give 30m, 2h, 1d, an ISO date or epoch seconds") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _store_target(store: str | None, config: str | None) -> str:
    if store:
        return store
    if config:
        from pathlib import Path

        from guard.errors import PolicyError
        from guard.proxy.config import load_serve_config

        try:
            serve = load_serve_config(config, upstream="-")
        except PolicyError as exc:
            _fail(str(exc))
        if serve.audit is None:
            _fail(f"{config} has no audit section")
        target = serve.audit.store
        if "://" not in target and not Path(target).is_absolute():
            target = str(Path(serve.base_dir) / target)
        return target
    env = os.environ.get("GUARD_AUDIT_STORE")
    if env:
        return env
    _fail("give --store PATH|URL, --config serve.yaml, or set GUARD_AUDIT_STORE")


_store_option = click.option("--store", default=None, help="SQLite file or postgresql:// URL")
_config_option = click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False),
    default=None,
    help="serve config with an audit section",
)


@click.group("audit", invoke_without_command=True)
@_store_option
@_config_option
@click.option("--since", default=None, help="from this time: 30m, 2h, 1d, ISO 8601 or epoch seconds")
@click.option("--until", default=None, help="before this time (same forms)")
@click.option("--action", default=None, help="only this action (allow, warn, fix, reask, block, reject, ...)")
@click.option("--check", "check_name", default=None, help="only decisions where this check ran")
@click.option("--route", default=None, help="only this route")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line")
@click.pass_context
def audit_group(
    ctx: click.Context,
    store: str | None,
    config: str | None,
    since: str | None,
    until: str | None,
    action: str | None,
    check_name: str | None,
    route: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Query the audit trail (newest first)."""
    if ctx.invoked_subcommand is not None:
        return
    from guard.audit import Query, SQLiteStore, format_rows, open_store

    query = Query(
        since=parse_when(since) if since else None,
        until=parse_when(until) if until else None,
        action=action,
        check=check_name,
        route=route,
        limit=limit,
    )
    db = open_store(_store_target(store, config))
    if isinstance(db, SQLiteStore) and not db.path.is_file():  # reading must not create one
        _fail(f"no audit store at {db.path} (the proxy or `guard audit migrate` creates it)")
    try:
        db.connect()
        rows = db.query(query)
    except Exception as exc:
        reason = _reason(exc)
        if "guard_audit" in reason:  # SQLite: no such table; PostgreSQL: relation does not exist
            reason += " (run `guard audit migrate`)"
        _fail(f"cannot read the audit store: {reason}")
    finally:
        db.close()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, sort_keys=True))
        return
    for line in format_rows(rows):
        click.echo(line)


@audit_group.command("migrate")
@_store_option
@_config_option
def migrate_command(store: str | None, config: str | None) -> None:
    """Create or upgrade the audit store's schema (idempotent)."""
    from guard.audit import open_store

    db = open_store(_store_target(store, config))
    try:
        db.connect()
        before, after = db.migrate()
    except Exception as exc:
        _fail(f"cannot migrate the audit store: {_reason(exc)}")
    finally:
        db.close()
    click.echo(
        f"audit schema: version {before} -> {after}" if after != before else f"audit schema: version {after}"
    )


def _reason(exc: Exception) -> Any:
    # The first line only: a driver's message may quote the URL, never its password.
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return re.sub(r"://[^@/\s]*@", "://***@", text)

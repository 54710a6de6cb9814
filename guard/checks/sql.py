"""``check: sql``: a guard for model-written SQL (Text2SQL apps), on a real parser (sqlglot).

Read-only mode accepts only queries (SELECT, WITH ... SELECT, set operations) and walks the whole
tree, so a write hidden in a CTE (``WITH x AS (DELETE ... RETURNING *)``), a second statement
(``SELECT 1; DROP TABLE t``), ``SELECT ... INTO`` and MySQL's executable comments (``/*! ... */``)
are all caught. Table and column allow/deny lists, forbidden functions and a required LIMIT (the
fix adds or lowers it) complete it. Use ``on_fail: approve`` to let writes through only when an
approver says yes.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from guard.checks.base import BaseCheck, Context
from guard.errors import CheckError
from guard.result import CheckResult, Violation

__all__ = ["SQL"]

_FENCE = re.compile(r"```(?:sql|SQL)?\s*\n(.*?)```", re.DOTALL)
_EXECUTABLE_COMMENT = re.compile(r"/\*[!+]")


def _expressions() -> Any:
    try:
        import sqlglot.expressions as exp
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise CheckError("sql", "sqlglot is not installed: pip install 'guard[sql]'") from exc
    return exp


class SQL(BaseCheck):
    """Validates SQL a model wrote. Keys are the YAML keys; see the module docstring."""

    check: Literal["sql"] = "sql"
    dialect: str = Field("postgres", description="sqlglot dialect: postgres, mysql, sqlite, bigquery, ...")
    read_only: bool = True
    allow_tables: list[str] | None = None
    deny_tables: list[str] = Field(default_factory=list)
    allow_columns: list[str] | None = None
    deny_columns: list[str] = Field(default_factory=list)
    forbidden_functions: list[str] = Field(
        default_factory=lambda: [
            "pg_sleep",
            "sleep",
            "benchmark",
            "load_file",
            "pg_read_file",
            "lo_export",
            "dblink",
        ]
    )
    require_limit: int | None = Field(
        None, ge=1, description="every query needs LIMIT <= this (fix: add or lower it)"
    )
    max_chars: int = Field(100_000, ge=1, description="longer statements are rejected unparsed")

    cpu_bound: ClassVar[bool] = True

    @field_validator("dialect")
    @classmethod
    def _known_dialect(cls, value: str) -> str:
        from sqlglot.dialects.dialect import Dialect

        try:
            Dialect.get_or_raise(value)
        except ValueError:
            raise ValueError(f"unknown SQL dialect {value!r}") from None
        return value

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        import sqlglot
        from sqlglot.errors import ParseError, TokenError

        exp = _expressions()
        fenced = _FENCE.search(text)
        sql = (fenced.group(1) if fenced else text).strip()
        if not sql:
            return CheckResult((self.violation("sql_empty", "no SQL statement found"),))
        if len(sql) > self.max_chars:
            return CheckResult(
                (self.violation("sql_too_long", f"statement is longer than {self.max_chars} characters"),)
            )
        found: list[Violation] = []
        if _EXECUTABLE_COMMENT.search(sql):
            found.append(
                self.violation("sql_comment_smuggling", "executable or hint comment (/*! or /*+) in SQL")
            )
        try:
            statements = [s for s in sqlglot.parse(sql, read=self.dialect) if s is not None]
        except (ParseError, TokenError) as exc:
            reason = (
                "unbalanced quotes or an unknown token"
                if isinstance(exc, TokenError)
                else "it does not parse"
            )
            return CheckResult((*found, self.violation("sql_invalid", f"SQL is invalid: {reason}")))
        except RecursionError:
            return CheckResult((*found, self.violation("sql_invalid", "SQL is nested too deeply to parse")))
        if not statements:
            return CheckResult((*found, self.violation("sql_empty", "no SQL statement found")))
        if len(statements) > 1:
            found.append(
                self.violation(
                    "sql_multiple_statements", f"{len(statements)} statements; only one is allowed"
                )
            )
        fixed: str | None = None
        for index, tree in enumerate(statements):
            found.extend(self._judge(tree, exp, index if len(statements) > 1 else None))
        if self.require_limit is not None and len(statements) == 1 and _is_query(statements[0], exp):
            limit_violation, fixed = self._limit(statements[0], exp)
            if limit_violation is not None:
                found.append(limit_violation)
        if not found:
            return CheckResult()
        only_limit = all(v.type in ("sql_missing_limit", "sql_limit_too_high") for v in found)
        if only_limit and fixed is not None:
            # Adding or lowering a LIMIT fully resolves the problem, deterministically: apply it
            # as a fix whatever on_fail says (on_fail: approve is meant for writes, not this).
            return CheckResult(tuple(found), fixed=fixed, repaired=True)
        return CheckResult(tuple(found))

    def _judge(self, tree: Any, exp: Any, index: int | None) -> list[Violation]:
        where = f"statement {index + 1}: " if index is not None else ""
        found: list[Violation] = []
        writes = (
            exp.Insert,
            exp.Update,
            exp.Delete,
            exp.Merge,
            exp.Create,
            exp.Drop,
            exp.Alter,
            exp.TruncateTable,
            exp.Command,
            exp.Grant,
            exp.Set,
            exp.Into,
            exp.Copy,
            exp.Use,
        )
        if self.read_only:
            if not _is_query(tree, exp):
                found.append(
                    self.violation("sql_not_read_only", f"{where}{_kind(tree)} is not a read-only query")
                )
            else:
                hidden = next(iter(tree.find_all(*writes)), None)
                if hidden is not None:
                    found.append(
                        self.violation("sql_not_read_only", f"{where}query contains a {_kind(hidden)}")
                    )
        ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
        tables = sorted(
            {t.name.lower() for t in tree.find_all(exp.Table) if t.name and t.name.lower() not in ctes}
        )
        allowed = {t.lower() for t in self.allow_tables} if self.allow_tables is not None else None
        denied = {t.lower() for t in self.deny_tables}
        for table in tables:
            if table in denied or (allowed is not None and table not in allowed):
                found.append(
                    self.violation("sql_table_not_allowed", f"{where}table {table!r} is not allowed")
                )
        columns = sorted({c.name.lower() for c in tree.find_all(exp.Column) if c.name})
        allowed_cols = {c.lower() for c in self.allow_columns} if self.allow_columns is not None else None
        denied_cols = {c.lower() for c in self.deny_columns}
        for column in columns:
            if column in denied_cols or (allowed_cols is not None and column not in allowed_cols):
                found.append(
                    self.violation("sql_column_not_allowed", f"{where}column {column!r} is not allowed")
                )
        if allowed_cols is not None and any(isinstance(s, exp.Star) for s in tree.find_all(exp.Star)):
            found.append(
                self.violation(
                    "sql_column_not_allowed", f"{where}SELECT * is not allowed with a column allow-list"
                )
            )
        forbidden = {f.lower() for f in self.forbidden_functions}
        for function in tree.find_all(exp.Func):
            name = (function.name if isinstance(function, exp.Anonymous) else function.sql_name()).lower()
            if name in forbidden:
                found.append(
                    self.violation("sql_forbidden_function", f"{where}function {name!r} is not allowed")
                )
        return found

    def _limit(self, tree: Any, exp: Any) -> tuple[Violation | None, str | None]:
        assert self.require_limit is not None
        limit = tree.args.get("limit")
        current = None
        if isinstance(limit, exp.Limit):
            expression = limit.args.get("expression")
            if isinstance(expression, exp.Literal) and expression.is_int:
                current = int(expression.this)
            else:
                return self.violation("sql_limit_too_high", "LIMIT is not a plain number"), None
        if current is not None and current <= self.require_limit:
            return None, None
        try:
            fixed = tree.limit(self.require_limit).sql(dialect=self.dialect)
        except Exception:  # sqlglot cannot put a LIMIT on this shape: no fix, the violation stands
            fixed = None
        if current is None:
            return self.violation(
                "sql_missing_limit", f"query has no LIMIT (at most {self.require_limit})"
            ), fixed
        return self.violation("sql_limit_too_high", f"LIMIT {current} exceeds {self.require_limit}"), fixed


def _is_query(tree: Any, exp: Any) -> bool:
    return isinstance(tree, (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery, exp.Values))


def _kind(node: Any) -> str:
    return type(node).__name__.upper()

"""The SQL guard: a real parser, read-only bypass attempts included."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError as PydanticError

from guard.checks.base import Context
from guard.checks.sql import SQL

CTX = Context(stage="output")


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT name FROM customers WHERE id = 1", []),
        ("select * from orders o join customers c on o.customer_id = c.id", []),
        ("WITH recent AS (SELECT * FROM orders) SELECT count(*) FROM recent", []),
        ("SELECT a FROM t UNION ALL SELECT b FROM u", []),
        ("```sql\nSELECT name FROM customers\n```", []),
        ("SELECT 1 -- ; DROP TABLE customers", []),  # the DROP is inside a comment: never runs
        # read-only bypass attempts
        ("SELECT 1; DROP TABLE t", ["sql_multiple_statements", "sql_not_read_only"]),
        ("SELECT 1; SELECT 2", ["sql_multiple_statements"]),
        ("WITH x AS (DELETE FROM orders RETURNING *) SELECT * FROM x", ["sql_not_read_only"]),
        ("WITH x AS (UPDATE t SET a = 1 RETURNING a) SELECT a FROM x", ["sql_not_read_only"]),
        ("WITH x AS (INSERT INTO t VALUES (1) RETURNING *) SELECT * FROM x", ["sql_not_read_only"]),
        ("SELECT a FROM t /*! ; DROP TABLE u */", ["sql_comment_smuggling"]),
        ("SELECT /*+ MAX_EXECUTION_TIME(1) */ a FROM t", ["sql_comment_smuggling"]),
        ("SELECT * INTO backup FROM customers", ["sql_not_read_only"]),
        ("INSERT INTO t VALUES (1)", ["sql_not_read_only"]),
        ("UPDATE customers SET email = 'x'", ["sql_not_read_only"]),
        ("DELETE FROM customers", ["sql_not_read_only"]),
        ("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", ["sql_not_read_only"]),
        ("DROP TABLE customers", ["sql_not_read_only"]),
        ("TRUNCATE TABLE customers", ["sql_not_read_only"]),
        ("CREATE TABLE x (a INT)", ["sql_not_read_only"]),
        ("ALTER TABLE customers ADD COLUMN x INT", ["sql_not_read_only"]),
        ("GRANT ALL ON customers TO public", ["sql_not_read_only"]),
        ("SELECT pg_sleep(10)", ["sql_forbidden_function"]),
        ("SELECT * FROM t WHERE id = '1", ["sql_invalid"]),
        ("SELEC name FROM t", ["sql_invalid"]),
        ("", ["sql_empty"]),
        ("SELECT " + "1 + " * 100 + "1", []),
    ],
)
def test_read_only(sql: str, expected: list[str]) -> None:
    result = SQL()(sql, CTX)
    assert sorted(v.type for v in result.violations) == sorted(expected)


@pytest.mark.parametrize(
    ("options", "sql", "expected"),
    [
        ({"allow_tables": ["orders"]}, "SELECT * FROM orders", []),
        ({"allow_tables": ["orders"]}, "SELECT * FROM customers", ["sql_table_not_allowed"]),
        ({"allow_tables": ["orders"]}, "WITH c AS (SELECT 1) SELECT * FROM c JOIN orders ON true", []),
        ({"deny_tables": ["users"]}, "SELECT * FROM orders JOIN Users ON true", ["sql_table_not_allowed"]),
        ({"deny_tables": ["users"]}, "SELECT * FROM (SELECT * FROM users) s", ["sql_table_not_allowed"]),
        (
            {"deny_columns": ["password_hash"]},
            "SELECT name, password_hash FROM users",
            ["sql_column_not_allowed"],
        ),
        ({"allow_columns": ["name"]}, "SELECT * FROM users", ["sql_column_not_allowed"]),
        ({"allow_columns": ["name"]}, "SELECT name FROM users", []),
        ({"forbidden_functions": ["lower"]}, "SELECT lower(name) FROM t", ["sql_forbidden_function"]),
        ({"read_only": False}, "DELETE FROM t WHERE id = 1", []),
        ({"dialect": "mysql"}, "SELECT `name` FROM t", []),
    ],
)
def test_lists_and_options(options: dict[str, Any], sql: str, expected: list[str]) -> None:
    result = SQL(**options)(sql, CTX)
    assert sorted(v.type for v in result.violations) == sorted(expected)


@pytest.mark.parametrize(
    ("sql", "expected", "fixed"),
    [
        ("SELECT a FROM t", "sql_missing_limit", "SELECT a FROM t LIMIT 100"),
        ("SELECT a FROM t LIMIT 1000", "sql_limit_too_high", "SELECT a FROM t LIMIT 100"),
        ("SELECT a FROM t LIMIT 10", None, None),
    ],
)
def test_required_limit_is_fixed(sql: str, expected: str | None, fixed: str | None) -> None:
    result = SQL(require_limit=100)(sql, CTX)
    assert [v.type for v in result.violations] == ([expected] if expected else [])
    assert result.fixed == fixed


def test_a_limit_fix_is_not_offered_for_a_write() -> None:
    result = SQL(require_limit=10)("SELECT 1; DROP TABLE t", CTX)
    assert result.fixed is None


def test_unknown_dialect_fails_at_load() -> None:
    with pytest.raises(PydanticError, match="unknown SQL dialect"):
        SQL(dialect="klingon")


def test_huge_statement_is_rejected_quickly() -> None:
    result = SQL()("SELECT '" + "x" * 1_000_000 + "'", CTX)
    assert [v.type for v in result.violations] == ["sql_too_long"]


def test_messages_never_quote_literals() -> None:
    result = SQL(deny_tables=["users"])("SELECT * FROM users WHERE ssn = '219-09-9999'", CTX)
    assert all("219-09-9999" not in v.message for v in result.violations)

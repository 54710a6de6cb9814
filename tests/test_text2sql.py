"""The text2sql policy and example app, with a scripted model over real HTTP."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from examples.text2sql_app import answer, database
from guard.engine import engine_for
from guard.errors import ReaskExhausted
from guard.llm import OpenAIChat
from guard.policy import load_policy
from tests.upstream import ScriptedUpstream

POLICY = load_policy(Path(__file__).parent.parent / "policies" / "text2sql.yaml")


def test_a_limit_is_added_and_the_query_runs(upstream: ScriptedUpstream, tmp_path: Path) -> None:
    upstream.add("```sql\nSELECT name FROM customers WHERE city = 'Paris' ORDER BY id\n```")
    db = database(tmp_path / "shop.db")
    with OpenAIChat(upstream.url, model="m") as client:
        sql, rows = answer("Who lives in Paris?", client, db)
    assert sql == "SELECT name FROM customers WHERE city = 'Paris' ORDER BY id LIMIT 200"
    assert rows == [("Ada",), ("Linus",)]


def test_a_write_is_reasked_then_refused(upstream: ScriptedUpstream, tmp_path: Path) -> None:
    upstream.add(
        "DELETE FROM customers",
        "SELECT 1; DROP TABLE orders",
        "SELECT password_hash FROM credentials LIMIT 1",
    )
    db = database(tmp_path / "shop.db")
    with OpenAIChat(upstream.url, model="m") as client, pytest.raises(ReaskExhausted) as info:
        answer("Remove everyone", client, db)
    assert len(info.value.attempts) == 3
    assert "Fix these problems" in upstream.requests[1]["messages"][-1]["content"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (3,)
    connection.close()


@pytest.mark.parametrize(
    ("reply", "action"),
    [
        ('{"query": "SELECT name FROM customers LIMIT 5"}', "allow"),
        ('{"query": "SELECT name FROM customers"}', "fix"),
        ('{"query": "UPDATE customers SET city = 1"}', "reask"),
    ],
)
def test_sql_in_a_json_field(reply: str, action: str) -> None:
    from guard.checks.sql import SQL
    from guard.policy import Policy
    from guard.result import Action

    policy = Policy(output=(SQL(at="query", require_limit=10, on_fail=Action.REASK),))
    verdict = engine_for(policy).validate_reply(reply)
    assert verdict.action.value == action
    if action == "reask":
        assert verdict.violations[0].to_dict()["loc"] == "query"
    if action == "fix":
        assert verdict.text == '{"query": "SELECT name FROM customers LIMIT 10"}'

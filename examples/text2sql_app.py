"""Text2SQL with guard: a model writes SQL, guard checks it, only then does the app run it.

Run against any OpenAI-compatible endpoint::

    python examples/text2sql_app.py --base-url http://127.0.0.1:8080/v1 "Which customers are in Paris?"

The SQL the model writes is validated by ``policies/text2sql.yaml`` (read-only, one statement,
a LIMIT added when missing, no credential tables) and re-asked when it fails; what finally runs
is the validated statement, on a read-only SQLite connection.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from guard import guarded
from guard.errors import GuardError
from guard.llm import OpenAIChat

POLICY = Path(__file__).resolve().parent.parent / "policies" / "text2sql.yaml"
SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL);
CREATE TABLE credentials (customer_id INTEGER, password_hash TEXT);
INSERT INTO customers VALUES (1, 'Ada', 'Paris'), (2, 'Grace', 'London'), (3, 'Linus', 'Paris');
INSERT INTO orders VALUES (1, 1, 30.5), (2, 1, 12.0), (3, 2, 99.9);
INSERT INTO credentials VALUES (1, 'x'), (2, 'y');
"""
SYSTEM = (
    "You translate questions into one SQLite query over these tables: customers(id, name, city), "
    "orders(id, customer_id, total). Answer with the SQL only."
)


def database(path: Path) -> Path:
    """Create a sample database at ``path`` (the model's queries open it read-only)."""
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA)
    connection.close()
    return path


def make_asker(client: OpenAIChat) -> Any:
    """The guarded function: returns SQL that passed the policy."""

    @guarded(POLICY)
    def write_sql(messages: list[dict[str, Any]]) -> Any:
        return client.complete(messages)

    return write_sql


def answer(question: str, client: OpenAIChat, db: Path) -> tuple[str, list[tuple[Any, ...]]]:
    """Ask for SQL, let guard validate it, run it on a read-only connection; return (sql, rows)."""
    sql = make_asker(client)([{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])
    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return sql, reader.execute(sql).fetchall()
    finally:
        reader.close()


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("question")
    parser.add_argument("--base-url", default="http://127.0.0.1:8080/v1")
    parser.add_argument("--model", default="local")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder,
        OpenAIChat(args.base_url, model=args.model, params={"temperature": 0}) as client,
    ):
        db = database(Path(folder) / "shop.db")
        try:
            sql, rows = answer(args.question, client, db)
        except GuardError as exc:
            print(f"guard: {exc}", file=sys.stderr)
            return 1
    print(sql)
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run guard over real-looking model replies and show what it did with each.

It judges ``examples/replies.jsonl`` against ``policies/strict-json.yaml`` offline (no model is
called) and prints a table: the same verdicts ``guard check`` prints as JSON lines. ``make demo``
runs ``guard demo`` instead, which goes through the proxy and the embedded model.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from guard import engine_for, load_policy

HERE = Path(__file__).resolve().parent
POLICY = HERE.parent / "policies" / "strict-json.yaml"
REPLIES = HERE / "replies.jsonl"


def main() -> int:
    """Judge every example reply; return 0 (the demo itself succeeded)."""
    policy = load_policy(POLICY)
    table = Table(
        title=f"guard check --policy {POLICY.relative_to(HERE.parent)} {REPLIES.relative_to(HERE.parent)}"
    )
    table.add_column("reply")
    table.add_column("action")
    table.add_column("what guard found")
    table.add_column("text passed on", overflow="fold")
    for line in REPLIES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        verdict = engine_for(policy).validate_reply(item["text"])
        found = "\n".join(f"{v.type} at {v.to_dict()['loc']}: {v.message}" for v in verdict.violations) or "-"
        passed = verdict.text if verdict.allowed else "(rejected: would re-ask the model)"
        colour = {"allow": "green", "fix": "yellow", "warn": "yellow"}.get(verdict.action.value, "red")
        table.add_row(item["id"], f"[{colour}]{verdict.action.value}[/]", found, passed or "")
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

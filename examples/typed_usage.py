"""guard's public API as a type checker sees it (CI runs ``mypy --strict`` on this file).

A decorated function typed with ``returns=`` hands back the Pydantic model it promises; ``run``
gives an :class:`~guard.Outcome`; ``engine_for`` judges a reply without calling a model. Runs
offline: the "model" is a function returning canned replies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from guard import Outcome, Policy, Verdict, engine_for, guarded, run


class Ticket(BaseModel):
    """What the model must produce."""

    title: str
    priority: str


POLICY = Policy(schema=Ticket)
REPLY = '{"title": "Printer on fire", "priority": "high"}'


@guarded(POLICY, returns=Ticket)
def file_ticket(messages: Sequence[Mapping[str, Any]]) -> str:
    """Stands in for a function that calls a model."""
    return "Sure! ```json\n" + REPLY + "\n```"


def main() -> Ticket:
    """File one ticket three ways; return the decorated function's ticket."""
    ticket: Ticket = file_ticket([{"role": "user", "content": "My printer is on fire"}])
    outcome: Outcome = run(POLICY, lambda messages: REPLY, [{"role": "user", "content": "hi"}])
    verdict: Verdict = engine_for(POLICY).validate_reply(REPLY)
    assert isinstance(outcome.value, Ticket) and verdict.allowed
    return ticket


if __name__ == "__main__":
    print(main())

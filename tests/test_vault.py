"""The per-request pseudonym vault and its stream restorer."""

from __future__ import annotations

import pytest

from guard.vault import PseudonymVault, StreamRestorer, restorer_for, vault_of


def test_placeholders_are_stable_and_restored() -> None:
    vault = PseudonymVault()
    first = vault.placeholder_for("EMAIL_ADDRESS", "a@b.co")
    assert first == "<EMAIL_ADDRESS_1>"
    assert vault.placeholder_for("EMAIL_ADDRESS", "a@b.co") == first
    assert vault.placeholder_for("EMAIL_ADDRESS", "c@d.co") == "<EMAIL_ADDRESS_2>"
    assert vault.placeholder_for("PERSON", "Ann") == "<PERSON_1>"
    assert (
        vault.restore("to <EMAIL_ADDRESS_2> and <PERSON_1>, not <PERSON_9>")
        == "to c@d.co and Ann, not <PERSON_9>"
    )
    assert vault.restore_value({"to": ["<EMAIL_ADDRESS_1>"], "n": 3}) == {"to": ["a@b.co"], "n": 3}
    assert "a@b.co" not in repr(vault)


@pytest.mark.parametrize(
    "pieces",
    [
        ["Hi <EMAIL_ADDRESS_1>!"],
        ["Hi <EMAIL_", "ADDRESS_1>!"],
        ["Hi <", "EMAIL_ADDRESS_1", ">!"],
        ["Hi <EMAIL_ADDRESS_1", ">", "!"],
    ],
)
def test_stream_restorer_handles_split_placeholders(pieces: list[str]) -> None:
    vault = PseudonymVault()
    vault.placeholder_for("EMAIL_ADDRESS", "a@b.co")
    restorer = StreamRestorer(vault)
    out = "".join(restorer.feed(p) for p in pieces) + restorer.finish()
    assert out == "Hi a@b.co!"


def test_a_lone_angle_bracket_is_not_held_forever() -> None:
    vault = PseudonymVault()
    vault.placeholder_for("PERSON", "Ann")
    restorer = StreamRestorer(vault)
    assert restorer.feed("a <B") == "a "
    assert restorer.feed(" c") == "<B c"
    assert restorer.finish() == ""


def test_restorer_only_when_something_was_pseudonymized() -> None:
    state: dict[str, object] = {}
    assert restorer_for(state) is None
    vault_of(state).placeholder_for("PERSON", "Ann")
    assert restorer_for(state) is not None

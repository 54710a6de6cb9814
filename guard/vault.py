"""The per-request pseudonym vault.

On the input stage the PII check replaces each value with a stable placeholder before the model
sees it; the surfaces restore the placeholders the model repeats in its reply. One vault per
request, kept in ``Context.state[VAULT_KEY]``; it never outlives the request and is never logged.
"""

from __future__ import annotations

import re
import threading
from typing import Any

__all__ = ["VAULT_KEY", "PseudonymVault", "StreamRestorer", "restorer_for", "vault_of"]

VAULT_KEY = "pii_vault"

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)_(\d+)>")


class PseudonymVault:
    """Maps original values to placeholders like ``<EMAIL_ADDRESS_1>`` and back.

    The same value always gets the same placeholder within a request, so a conversation that
    mentions one email twice still reads consistently to the model.
    """

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def placeholder_for(self, entity: str, value: str) -> str:
        """Return the placeholder for ``value`` of kind ``entity``, creating it on first use."""
        key = (entity, value)
        with self._lock:
            found = self._by_value.get(key)
            if found is not None:
                return found
            count = self._counts.get(entity, 0) + 1
            self._counts[entity] = count
            placeholder = f"<{entity}_{count}>"
            self._by_value[key] = placeholder
            self._by_placeholder[placeholder] = value
            return placeholder

    def restore(self, text: str) -> str:
        """Replace every known placeholder in ``text`` with its original value."""
        if not self._by_placeholder or "<" not in text:
            return text
        return _PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(0), m.group(0)), text)

    def restore_value(self, value: Any) -> Any:
        """Restore placeholders inside strings of a parsed JSON value."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, list):
            return [self.restore_value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.restore_value(item) for key, item in value.items()}
        return value

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:  # never show the values
        return f"PseudonymVault({len(self)} values)"


def vault_of(state: dict[str, Any]) -> PseudonymVault:
    """The request's vault, created on first use."""
    vault = state.get(VAULT_KEY)
    if vault is None:
        vault = state[VAULT_KEY] = PseudonymVault()
    assert isinstance(vault, PseudonymVault)
    return vault


_PARTIAL = re.compile(r"<[A-Z0-9_]*\Z")


class StreamRestorer:
    """Restores placeholders in streamed text.

    A placeholder can arrive split across chunks (``<EMAIL_ADD`` + ``RESS_1>``): an unterminated
    ``<WORD`` at the end of a chunk is held back until the next one says what it is.
    """

    def __init__(self, vault: PseudonymVault) -> None:
        self.vault = vault
        self._pending = ""

    def feed(self, text: str) -> str:
        """Return ``text`` with placeholders restored, minus a possibly split one at the end."""
        text = self._pending + text
        self._pending = ""
        start = text.rfind("<")
        if start != -1 and len(text) - start <= 48 and _PARTIAL.match(text, start):
            self._pending = text[start:]
            text = text[:start]
        return self.vault.restore(text)

    def finish(self) -> str:
        """Flush whatever is held back."""
        out, self._pending = self.vault.restore(self._pending), ""
        return out


def restorer_for(state: dict[str, Any]) -> StreamRestorer | None:
    """A stream restorer for the request's vault, or None when nothing was pseudonymized."""
    vault = state.get(VAULT_KEY)
    return StreamRestorer(vault) if isinstance(vault, PseudonymVault) and len(vault) else None

"""Secrets: API keys, tokens, private keys, passwords in URLs, found by ``detect-secrets`` plugins.

Every plugin ``detect-secrets`` ships is used (discovered from the package, not a hand list),
except ``IPPublicDetector`` (an IP address is personal data: the ``pii`` check's business) and,
unless ``high_entropy: true``, the two high-entropy-string plugins (quoted hashes and ids in prose
would trip them). Plugins are called through ``analyze_string``, so detect-secrets' optional
verification (an HTTP call to the provider) never runs. The fix replaces each secret with
``<SECRET:Type>``; a private key block is redacted whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import Field

from guard.checks.base import BaseCheck, Context
from guard.errors import CheckError
from guard.pinned import LazyMap, require_version
from guard.result import CheckResult, Violation

__all__ = ["PINNED", "Secrets"]

PINNED = {"detect-secrets": "1.5.0"}
#: Longest secret a plugin matches on one line, kept back by streaming validators.
LOOKBEHIND = 512

_EXCLUDED = {"IPPublicDetector"}
_ENTROPY = {"Base64HighEntropyString": 4.5, "HexHighEntropyString": 3.0}
_KEY_BLOCK = re.compile(
    r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?(?:-----END[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\Z)",
    re.DOTALL,
)
_LINE = re.compile(r"[^\n]*")
_TOKEN_TAIL = re.compile(r"[A-Za-z0-9_\-.+/=]*")
# Text a plugin's pattern cannot match without. detect-secrets' NPM pattern (``//.+/:_authToken=``)
# rescans the rest of the line from every "//": a line of 8,000 slashes took 0.6 s, growing with its
# square. Its literal is looked for first (``bench/pathological_inputs.py`` finds such shapes).
_REQUIRED = {"NPM tokens": "_authToken"}


@dataclass(frozen=True)
class _Plugins:
    """detect-secrets' plugins (with or without the high-entropy ones) and its filters."""

    plugins: list[tuple[str, Any]]
    filters: tuple[Any, ...]
    keyword_gate: Any


def _load(which: str) -> _Plugins:
    require_version("detect-secrets", PINNED["detect-secrets"])
    high_entropy = which == "high_entropy"
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.filters import heuristic
    from detect_secrets.plugins import keyword

    filters = (
        heuristic.is_sequential_string,
        heuristic.is_potential_uuid,
        heuristic.is_templated_secret,
    )
    # Every pattern of the keyword plugin contains one of these keywords, so a text without
    # any of them cannot match: one case-insensitive search spares the plugin's dozen
    # regexes per line (the costliest part of this check on ordinary replies).
    keyword_gate = re.compile(keyword.DENYLIST_REGEX, re.IGNORECASE)
    plugins: list[tuple[str, Any]] = []
    mapping: dict[str, Any] = dict(get_mapping_from_secret_type_to_class())
    for secret_type, cls in sorted(mapping.items()):
        name = cls.__name__
        if name in _EXCLUDED:
            continue
        if name in _ENTROPY:
            if high_entropy:
                plugins.append((secret_type, cls(limit=_ENTROPY[name])))
            continue
        plugins.append((secret_type, cls()))
    return _Plugins(plugins, filters, keyword_gate)


_PLUGINS: LazyMap[_Plugins] = LazyMap(_load)


class Secrets(BaseCheck):
    """API keys, tokens, private keys and credentials in text.

    YAML keys: ``high_entropy`` (also report high-entropy quoted strings; off by default),
    ``exclude`` (detect-secrets secret types to skip, e.g. ``["Secret Keyword"]``).
    """

    check: Literal["secrets"] = "secrets"
    high_entropy: bool = Field(False, description="also run the high-entropy-string plugins")
    exclude: tuple[str, ...] = Field((), description="detect-secrets secret types to skip")

    cpu_bound: ClassVar[bool] = False
    lookbehind: ClassVar[int | None] = LOOKBEHIND

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Non-overlapping ``(secret_type, start, end)`` in ``text``, sorted by start."""
        try:
            loaded = _PLUGINS.get("high_entropy" if self.high_entropy else "default")
        except (ImportError, RuntimeError) as exc:
            raise CheckError(
                self.name, f"pip install detect-secrets=={PINNED['detect-secrets']} ({exc})"
            ) from exc
        plugins, filters = loaded.plugins, loaded.filters
        keywords = loaded.keyword_gate.search(text) is not None
        skip = set(self.exclude)
        found: list[tuple[str, int, int]] = []
        if "Private Key" not in skip:
            found += [("Private Key", m.start(), m.end()) for m in _KEY_BLOCK.finditer(text)]
        for line_match in _LINE.finditer(text):
            line = line_match.group(0)
            if len(line) < 8:
                continue
            base = line_match.start()
            for secret_type, plugin in plugins:
                if secret_type in skip:
                    continue
                denylist = getattr(plugin, "denylist", None)
                if secret_type in _REQUIRED and _REQUIRED[secret_type] not in line:
                    continue
                if denylist is not None and not hasattr(plugin, "keyword_exclude"):
                    # Regex plugins: their ``analyze_string`` yields a capture group (sometimes a
                    # bare prefix such as "ghp"), so take spans from the patterns themselves.
                    for regex in denylist:
                        for m in regex.finditer(line):
                            start, end = m.span()
                            if m.lastindex and len(m.group(m.lastindex) or "") >= 6:
                                start, end = m.span(m.lastindex)
                            else:
                                # Some patterns stop short of the token's end (fixed lengths, lazy
                                # tails): redact the whole token.
                                tail = _TOKEN_TAIL.match(line, end)
                                end = tail.end() if tail else end
                                while end > start and line[end - 1] in ".=+/-":
                                    end -= 1
                            if end > start and not any(f(line[start:end]) for f in filters):
                                found.append((secret_type, base + start, base + end))
                    continue
                if hasattr(plugin, "keyword_exclude") and not keywords:
                    continue
                for value in plugin.analyze_string(line):
                    if not isinstance(value, str) or not value or any(f(value) for f in filters):
                        continue
                    if secret_type in ("Base64 High Entropy String", "Hex High Entropy String") and (
                        plugin.calculate_shannon_entropy(value) <= plugin.entropy_limit
                    ):
                        continue
                    start = line.find(value)
                    while start != -1:
                        found.append((secret_type, base + start, base + start + len(value)))
                        start = line.find(value, start + len(value))
        found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
        kept: list[tuple[str, int, int]] = []
        for item in found:
            if kept and item[1] < kept[-1][2]:
                if item[2] > kept[-1][2]:
                    kept[-1] = (kept[-1][0], kept[-1][1], item[2])
                continue
            kept.append(item)
        return kept

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        if len(text) < 8:
            return CheckResult()
        found = self.find(text)
        if not found:
            return CheckResult()
        violations: list[Violation] = []
        pieces: list[str] = []
        last = 0
        for secret_type, start, end in found:
            code = re.sub(r"[^a-z0-9]+", "_", secret_type.lower()).strip("_")
            violations.append(
                self.violation(
                    "secret_" + code,
                    f"contains a secret: {secret_type}",
                    span=(start, end),
                    score=1.0,
                )
            )
            pieces.append(text[last:start])
            pieces.append(f"<SECRET:{code}>")
            last = end
        pieces.append(text[last:])
        return CheckResult(tuple(violations), fixed="".join(pieces))

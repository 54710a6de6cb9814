"""The literals a regular expression cannot match without: a cheap test before a costly search.

guard's deterministic signals are large alternations (thousands of characters of phrases in many
languages). Python's ``re`` tries such a pattern at every position of the text, and with
``IGNORECASE`` it cannot skip to the positions where a first letter fits, so one search of a
500-character prompt costs up to a millisecond and a half; the injection check's signals cost
about 7 ms per 500-character prompt, a third of the check. Most patterns cannot match unless the
text holds one of a few literal strings ("ignore", "instruc", "系统"), and most alternatives of an
alternation have literals of their own. :func:`required_literals` reads them from the pattern's
parse tree, and :class:`PrefilteredPattern` skips a pattern, or the alternatives, whose literals
a text lacks (the idea of RE2's ``FilteredRE2`` and of Hyperscan's literal factoring). The
signals then cost about 3 ms (bench/README.md, "injection_latency.py").

The test never changes a result:

- the literals are an over-approximation built only from nodes whose meaning is certain
  (literals, classes of literals, groups, alternations, repeats with a minimum); anything else
  (classes with ranges or categories, back-references, conditionals, a node type of a future
  Python) requires nothing, and a pattern the parser cannot read is never skipped;
- literals and text are compared in one folded form (:func:`fold`: lower case and ``re``'s extra
  case equivalences such as "ſ" = "s"), so a pattern with or without ``IGNORECASE`` can only
  match a text whose folded form holds a folded literal; a text's folded three- and
  four-character runs are sets, and a literal is looked up by its first four characters, which
  may pass a text that lacks it but never fails one that has it;
- an alternation is searched alternative by alternative only without capturing groups and
  without an alternative that matches the empty string, and the leftmost match wins, the
  earlier alternative's at one position, as in ``re``.

``tests/checks/test_literal_prefilter.py`` compares every prefiltered pattern with ``re`` on hard
cases in twenty languages.
"""

from __future__ import annotations

import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any, cast

#: The most strings a set of exact alternatives may grow to before it is reduced to what it
#: requires (cross products of optional parts grow fast).
_EXACT_LIMIT = 64
#: Sets whose shortest literal is shorter than this are not worth a test: a one- or two-letter
#: literal is in nearly every text.
MIN_LITERAL = 3


def _fold_table() -> dict[int, str]:
    """``re``'s case equivalences beyond ``str.lower`` (dotless i, long s, Greek symbol forms,
    Cyrillic old forms), each class mapped to its smallest character."""
    try:
        from re import _casefix  # type: ignore[attr-defined]

        extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
        return {}
    table: dict[int, str] = {}
    for char, others in extra.items():
        members = {char, *others}
        table.update(dict.fromkeys(members, chr(min(members))))
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` in the form literals are compared in: lower case with ``re``'s extra case
    equivalences merged. The combining dot is dropped because "İ".lower() is "i" plus that dot,
    where ``re`` folds "İ" to a plain "i". Character by character, so a substring of ``text``
    folds to a substring of ``fold(text)``."""
    return text.lower().replace("\u0307", "").translate(_FOLD)


#: A conjunction of clauses, each a set of folded strings of which the text must contain one.
Clauses = tuple[frozenset[str], ...]
#: How many clauses a node keeps (the most selective ones).
_CLAUSES = 3


class _Info:
    """What one node of the parse tree is known to match. ``exact``: the node matches exactly one
    of these strings (folded); :attr:`needs`: every match contains a string of each clause."""

    __slots__ = ("_needs", "exact")

    def __init__(self, exact: frozenset[str] | None = None, needs: Clauses = ()) -> None:
        self.exact = exact
        self._needs: Clauses | None = None if exact is not None else needs

    @property
    def needs(self) -> Clauses:
        if self._needs is None:  # an exact node's, read only when a caller needs it
            self._needs = _clauses(_as_clause(self.exact))
        return self._needs


def _as_clause(strings: frozenset[str] | None) -> frozenset[str] | None:
    if not strings or "" in strings:
        return None
    # A string that contains another of the set adds nothing: the shorter one is found whenever
    # the longer one is.
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _selectivity(clause: frozenset[str]) -> tuple[int, int]:
    """How rarely a text satisfies ``clause``, roughly: its shortest literal in UTF-8 bytes (a
    two-letter word is in most texts, a two-character Chinese word in few), then fewer literals."""
    return (min(6, min(len(s.encode()) for s in clause)), -len(clause))


def _clauses(*candidates: frozenset[str] | None) -> Clauses:
    """The most selective :data:`_CLAUSES` of ``candidates`` (None and duplicates dropped)."""
    unique = {c for c in candidates if c}
    return tuple(sorted(unique, key=_selectivity, reverse=True)[:_CLAUSES])


_UNKNOWN = _Info()
_EMPTY = _Info(exact=frozenset({""}))
#: One node per literal character (the same few hundred characters make up every pattern).
_LITERALS: dict[int, _Info] = {}


def _sequence(items: list[Any], constants: Any) -> _Info:
    run: frozenset[str] | None = frozenset({""})  # exact strings of the items since the last gap
    whole_exact = True
    found: list[frozenset[str] | None] = []
    for item in items:
        info = _node(item, constants)
        if info.exact is not None and run is not None and len(run) * len(info.exact) <= _EXACT_LIMIT:
            run = frozenset(a + b for a in run for b in info.exact)
            continue
        whole_exact = False
        found.append(_as_clause(run))
        if info.exact is not None:
            run = info.exact  # a new run starts with this node
        else:
            found.extend(info.needs)
            run = frozenset({""})
    if whole_exact:
        return _Info(exact=run)
    return _Info(needs=_clauses(*found, _as_clause(run)))


def _node(item: tuple[Any, Any], c: Any) -> _Info:
    op, av = item
    if op is c.LITERAL:
        known = _LITERALS.get(av)
        if known is None:
            known = _LITERALS[av] = _Info(exact=frozenset({fold(chr(av))}))
        return known
    if op is c.IN:
        if all(kind is c.LITERAL for kind, _ in av):
            return _Info(exact=frozenset(fold(chr(value)) for _, value in av))
        return _UNKNOWN
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]), c)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av), c)
    if op is c.BRANCH:
        branches = [_sequence(list(b), c) for b in av[1]]
        if all(b.exact is not None for b in branches):
            union = frozenset().union(*(b.exact or () for b in branches))
            if len(union) <= _EXACT_LIMIT:
                return _Info(exact=union)
        if any(not b.needs for b in branches):
            return _UNKNOWN
        # (A1 and A2) or (B1 and B2) implies (A1 or B1) and (A2 or B2): the k-th clause of the
        # disjunction joins every branch's k-th clause (its last one where it has fewer).
        depth = max(len(b.needs) for b in branches)
        joined = (
            frozenset().union(*(b.needs[min(k, len(b.needs) - 1)] for b in branches)) for k in range(depth)
        )
        return _Info(needs=_clauses(*(_as_clause(j) for j in joined)))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", object())):
        low, high, sub = av
        inner = _sequence(list(sub), c)
        if low == high == 1:
            return inner
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Info(exact=inner.exact | {""})
            return _UNKNOWN
        return _Info(needs=inner.needs)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # zero width: matches the empty string (its own condition is not used)
    return _UNKNOWN


def required_literals(pattern: str, flags: int = 0) -> Clauses:
    """Clauses of folded strings such that every match of ``pattern`` contains a string of each
    clause; empty when nothing useful is known. A clause with a literal shorter than
    :data:`MIN_LITERAL` UTF-8 bytes is not kept (nearly every text passes it)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        return _useful(_sequence(list(_parser.parse(pattern, flags)), _constants).needs)
    except Exception:  # pragma: no cover - another Python's internals: no prefilter, same results
        return ()


def _useful(needs: Clauses) -> Clauses:
    return tuple(c for c in needs if _selectivity(c)[0] >= MIN_LITERAL)


class _Analysis:
    """What :class:`PrefilteredPattern` knows of its pattern: the clauses of the whole, and, for an
    alternation it can search alternative by alternative, each alternative's source and clauses."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.tests: tuple[_Clause, ...] = ()
        self.alternatives: list[str] = []
        self.alternative_tests: list[tuple[_Clause, ...]] = []
        try:
            from re import _constants, _parser  # type: ignore[attr-defined]

            tree = _parser.parse(compiled.pattern, compiled.flags)
            items = list(tree)
            self.tests = tuple(_Clause(c) for c in _useful(_sequence(items, _constants).needs))
            alternatives = top_level_alternatives(compiled.pattern)
            if compiled.groups or len(alternatives) < 2 or tree.getwidth()[0] == 0:
                return  # groups would be numbered anew; an empty match would change finditer
            if (
                len(items) == 1
                and items[0][0] is _constants.BRANCH
                and len(items[0][1][1]) == len(alternatives)
            ):
                # The parser keeps a top-level alternation's alternatives in order.
                found = [_useful(_sequence(list(b), _constants).needs) for b in items[0][1][1]]
            else:  # the parser merged alternatives (a shared prefix): read each one alone
                found = [required_literals(alt, compiled.flags) for alt in alternatives]
        except Exception:  # pragma: no cover - another Python's internals: no prefilter, same results
            self.tests = ()
            return
        if any(found):  # worth it only if some alternative can be set aside
            self.alternatives = alternatives
            self.alternative_tests = [tuple(_Clause(c) for c in clauses) for clauses in found]


#: Texts longer than this are tested by substring search, not by sets of runs: the sets of a
#: megabyte-long text would take ~100 ms and ~200 MB to build.
_GRAMS_UP_TO = 20_000


class _Grams:
    """A text's folded form and, up to :data:`_GRAMS_UP_TO` characters, its sets of three- and
    four-character runs: what every clause test of every pattern reads, built once per text
    (:func:`_grams`)."""

    __slots__ = ("folded", "fours", "threes")

    def __init__(self, text: str) -> None:
        folded = fold(text)
        self.folded = folded
        self.threes: set[tuple[str, ...]] | None = None
        self.fours: set[tuple[str, ...]] | None = None
        if len(folded) <= _GRAMS_UP_TO:
            self.threes = set(zip(folded, folded[1:], folded[2:], strict=False))
            self.fours = set(zip(folded, folded[1:], folded[2:], folded[3:], strict=False))


#: The last texts' grams: the signals run dozens of patterns over the same text in a row. At most
#: :data:`_RECENT_LIMIT` texts and :data:`_RECENT_CHARACTERS` characters are kept.
_RECENT_GRAMS: OrderedDict[str, _Grams] = OrderedDict()
_RECENT_LIMIT = 16
_RECENT_CHARACTERS = 2_000_000
_GRAMS_LOCK = threading.Lock()


def _grams(text: str) -> _Grams:
    with _GRAMS_LOCK:
        known = _RECENT_GRAMS.get(text)
        if known is not None:
            return known
    made = _Grams(text)
    with _GRAMS_LOCK:
        _RECENT_GRAMS[text] = made
        kept = sum(map(len, _RECENT_GRAMS))
        while len(_RECENT_GRAMS) > 1 and (len(_RECENT_GRAMS) > _RECENT_LIMIT or kept > _RECENT_CHARACTERS):
            oldest, _ = _RECENT_GRAMS.popitem(last=False)
            kept -= len(oldest)
    return made


class _Clause:
    """A test for "the text holds one of these literals", by set intersection: a literal of four
    characters or more is looked up by its first four (a text holding it holds them), one of
    three by itself, a shorter one (a Chinese word) by substring search; in a text too long for
    sets, every literal by substring search. It may pass a text that holds none of the literals,
    never the other way round."""

    __slots__ = ("fours", "literals", "short", "threes")

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = tuple(sorted(literals, key=len))
        self.fours = frozenset(tuple(s[:4]) for s in literals if len(s) >= 4)
        self.threes = frozenset(tuple(s) for s in literals if len(s) == 3)
        self.short = tuple(s for s in literals if len(s) < 3)

    def holds(self, grams: _Grams) -> bool:
        if grams.fours is None or grams.threes is None:
            return any(s in grams.folded for s in self.literals)
        return (
            not self.fours.isdisjoint(grams.fours)
            or not self.threes.isdisjoint(grams.threes)
            or any(s in grams.folded for s in self.short)
        )


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (outside groups, classes and escapes); one item
    when it has none. ``"|".join`` of the result is ``pattern``."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            # A class: "]" right after "[" or "[^" is a literal; escapes are skipped.
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


#: ``endpos`` when none is given (``re``'s own default).
_END = sys.maxsize


#: A text leaving more alternatives standing than this is searched with the whole pattern (one
#: pass) rather than alternative by alternative (one pass each).
_MOST_SEPARATE = 10


class PrefilteredPattern:
    """A compiled pattern behind tests for its required literals, with the API of ``re.Pattern``
    (anything not written here, ``pattern``, ``flags``, ``groups``, ``groupindex``, is the compiled
    pattern's own, through ``__getattr__``).

    A pattern that is an alternation of phrases, with no capturing group and no alternative that
    can match the empty string, is also tested alternative by alternative. ``search``, ``match``,
    ``fullmatch`` and ``finditer`` then run only the alternatives a text leaves standing, each
    compiled alone, and return what the whole pattern would: the leftmost match, and at one
    position the first alternative's (``re`` tries a branch's alternatives in order and takes
    the first that matches). An alternative that cannot match anywhere in the text never
    decides a match, whatever ``pos`` and ``endpos``. The spans and ``group(0)`` are the whole
    pattern's; ``Match.re`` is the alternative's."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        # Read on first use (:meth:`prepare`): the parse costs milliseconds per large pattern,
        # which ``import`` should not pay for every pattern of every check.
        self._analysis: _Analysis | None = None
        self._compiled_alternatives: list[re.Pattern[str] | None] = []
        self._lock = threading.Lock()
        with _REGISTRY_LOCK:
            _REGISTRY.append(self)

    def prepare(self) -> _Analysis:
        """Read the pattern's literals now (done by the first search otherwise)."""
        analysis = self._analysis
        if analysis is None:
            with self._lock:
                if self._analysis is None:
                    made = _Analysis(self.compiled)
                    self._compiled_alternatives = [None] * len(made.alternatives)
                    self._analysis = made
                analysis = self._analysis
        return analysis

    @property
    def splits(self) -> bool:
        """Whether the pattern is tested alternative by alternative."""
        return bool(self.prepare().alternatives)

    def may_match(self, text: str) -> bool:
        """False when nothing can match ``text`` (it lacks every literal of a clause, or of a
        clause of every alternative)."""
        return self._standing(text) is not None

    def _standing(self, text: str) -> list[re.Pattern[str]] | None:
        """What to run on ``text``: None when nothing can match; the whole pattern alone; or the
        alternatives ``text`` leaves standing, in order, each compiled alone."""
        analysis = self.prepare()
        if not analysis.tests and not analysis.alternatives:
            return [self.compiled]
        grams = _grams(text)
        if not all(test.holds(grams) for test in analysis.tests):
            return None
        if not analysis.alternatives:
            return [self.compiled]
        standing = [
            i for i, tests in enumerate(analysis.alternative_tests) if all(t.holds(grams) for t in tests)
        ]
        if not standing:
            return None
        if len(standing) > _MOST_SEPARATE:
            return [self.compiled]
        return [self._alternative(i) for i in standing]

    def _alternative(self, index: int) -> re.Pattern[str]:
        known = self._compiled_alternatives[index]
        if known is None:
            known = re.compile(self.prepare().alternatives[index], self.compiled.flags)
            with self._lock:
                self._compiled_alternatives[index] = known
        return known

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        patterns = self._standing(text)
        return None if patterns is None else _leftmost(patterns, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self._first_anchored("match", text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self._first_anchored("fullmatch", text, pos, endpos)

    def _first_anchored(self, method: str, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        # Anchored at ``pos``, a branch's first alternative that matches is the match.
        for pattern in self._standing(text) or ():
            found: re.Match[str] | None = getattr(pattern, method)(text, pos, endpos)
            if found is not None:
                return found
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        patterns = self._standing(text)
        if patterns is None:
            return iter(())
        if len(patterns) == 1:
            return patterns[0].finditer(text, pos, endpos)
        return self._matches(patterns, text, pos, endpos)

    @staticmethod
    def _matches(
        patterns: list[re.Pattern[str]], text: str, pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        # No alternative matches the empty string, so each search starts where the last match
        # ended, as ``re`` does.
        end = min(endpos, len(text))
        while pos <= end:
            found = _leftmost(patterns, text, pos, endpos)
            if found is None:
                return
            yield found
            pos = found.end()

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        """``re.Pattern.findall``."""
        return self.compiled.findall(text, pos, endpos) if self.may_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.compiled.sub(repl, text, count) if self.may_match(text) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        """``re.Pattern.subn``."""
        return self.compiled.subn(repl, text, count) if self.may_match(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        """``re.Pattern.split``."""
        return self.compiled.split(text, maxsplit) if self.may_match(text) else [text]

    def __getattr__(self, name: str) -> Any:
        if name == "compiled":  # not set yet (a copy being built): no recursion
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"PrefilteredPattern({self.compiled!r})"


def _leftmost(patterns: list[re.Pattern[str]], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The leftmost match of ``patterns`` in ``text[pos:endpos]``; at one position, the earliest
    pattern's (as ``re`` takes a branch's first alternative that matches)."""
    best: re.Match[str] | None = None
    for pattern in patterns:
        found = pattern.search(text, pos, endpos)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


#: Every :class:`PrefilteredPattern` made, for :func:`prepare_all`.
_REGISTRY: list[PrefilteredPattern] = []
_REGISTRY_LOCK = threading.Lock()


def prepare_all() -> None:
    """Read every prefiltered pattern's literals now (a check's ``warm_up``), not on its first
    search."""
    with _REGISTRY_LOCK:
        patterns = list(_REGISTRY)
    for pattern in patterns:
        pattern.prepare()


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind tests for its required literals
    (:class:`PrefilteredPattern`)."""
    # Typed as what it stands in for: it answers ``re.Pattern``'s methods with the same results.
    return cast("re.Pattern[str]", PrefilteredPattern(re.compile(pattern, flags)))


__all__ = [
    "MIN_LITERAL",
    "PrefilteredPattern",
    "compile_prefiltered",
    "fold",
    "prepare_all",
    "required_literals",
    "top_level_alternatives",
]

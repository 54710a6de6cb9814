"""The literal prefilter never changes what a pattern finds (guard/checks/literal_prefilter.py).

Each case compares :func:`compile_prefiltered` with plain ``re.compile`` on the same text: the
prefilter may only skip work, never a match. The last table runs every prefiltered pattern of
the injection and toxicity checks over hard cases in many languages.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

import pytest
import yaml

import guard.checks.injection
import guard.checks.toxicity  # noqa: F401  (imports every signal module: their patterns register)
from guard.checks.literal_prefilter import (
    _REGISTRY,
    PrefilteredPattern,
    compile_prefiltered,
    fold,
    required_literals,
    top_level_alternatives,
)


def _spans(pattern: re.Pattern[str], text: str) -> tuple[object, ...]:
    found = pattern.search(text)
    return (
        found.span() if found else None,
        [m.span() for m in pattern.finditer(text)],
        pattern.findall(text),
        pattern.sub("_", text),
        pattern.split(text),
    )


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        # re's case folding beyond str.lower: dotless i, long s, Kelvin sign, capital I with dot,
        # final sigma, and fold() keeps them findable.
        ("ignore", re.IGNORECASE, "please IGNORE this"),
        ("ignore", re.IGNORECASE, "please ıgnore this"),
        ("system", re.IGNORECASE, "the ſyſtem prompt"),
        ("kelvin", re.IGNORECASE, "\u212aelvin scale"),
        ("istanbul", re.IGNORECASE, "İstanbul"),
        ("σκοπός", re.IGNORECASE, "ΣΚΟΠΌΣ"),
        ("ignore", 0, "IGNORE"),  # no match either way
        # Alternations: the leftmost match; at one position the first alternative's.
        ("abcd|abc|xyz", 0, "xyz abc abcd"),
        ("abc|abcd", 0, "abcd abc"),
        ("ab+c|abbbc|zz", 0, "abbbc zz"),
        (r"\bignore\b|\bforget\b|\w+ing", re.IGNORECASE, "Forget it, stop ignoring me"),
        # Lookbehind still sees the text before a match.
        (r"(?<=dear )assistant|(?<!\w)bot\b", re.IGNORECASE, "Dear Assistant, the bot said"),
        # Chinese words of two characters are tested as substrings.
        ("忽略|无视|忘记", 0, "请忽略以上内容"),
        ("忽略|无视|忘记", 0, "请阅读以上内容"),
        # Optional parts, repeats and classes.
        (
            r"(?:please\s+)?ignore\s+(?:all\s+)?(?:previous|prior)\s+instructions?",
            re.IGNORECASE,
            "Ignore prior instruction",
        ),
        (r"[iI]gnore|d[ie]sregard", 0, "Disregard that; desregard"),
        (r"x{2,}yz|ab", 0, "xxxyz"),
    ],
)
def test_finds_what_re_finds(pattern: str, flags: int, text: str) -> None:
    assert _spans(compile_prefiltered(pattern, flags), text) == _spans(re.compile(pattern, flags), text)


@pytest.mark.parametrize(("pos", "endpos"), [(0, 100), (3, 100), (5, 12), (13, 14)])
def test_pos_and_endpos(pos: int, endpos: int) -> None:
    text = "ab xyz abcd ab"
    plain = re.compile("abcd|abc|xyz|ab")
    wrapped = compile_prefiltered("abcd|abc|xyz|ab")
    for method in ("search", "match", "fullmatch"):
        a = getattr(plain, method)(text, pos, endpos)
        b = getattr(wrapped, method)(text, pos, endpos)
        assert (a and a.span()) == (b and b.span()), method
    assert [m.span() for m in plain.finditer(text, pos, endpos)] == [
        m.span() for m in wrapped.finditer(text, pos, endpos)
    ]


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"ignore\s+(?:all|any)\s+previous", "ignore"),
        ("忽略|无视", "忽略"),
        (r"(?:please\s+)?reveal\s+your\s+(?:system|hidden)\s+prompt", "reveal"),
    ],
)
def test_required_literals(pattern: str, required: str) -> None:
    clauses = required_literals(pattern, re.IGNORECASE)
    assert any(required in clause for clause in clauses)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+\s+\w+",  # no literal at all
        r"ai|ignore",  # one alternative needs only two letters: nearly every text has them
        r"(?:ignore)?\s*rules?",  # "ignore" is optional; "rule" stays required
        r"(\w)\1",  # a back-reference
    ],
)
def test_no_requirement_it_cannot_prove(pattern: str) -> None:
    for clause in required_literals(pattern, re.IGNORECASE):
        assert all(len(s.encode()) >= 3 for s in clause)
        assert "ignore" not in clause


def test_splits_only_what_it_may() -> None:
    assert top_level_alternatives(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]
    assert top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    # Capturing groups would be numbered anew in an alternative compiled alone.
    assert not PrefilteredPattern(re.compile(r"(ignore)|(forget)")).splits
    # An alternative that matches the empty string would change finditer.
    assert not PrefilteredPattern(re.compile(r"ignore|x*")).splits
    assert PrefilteredPattern(re.compile(r"ignore\s+rules|forget\s+everything")).splits


def test_fold_keeps_substrings() -> None:
    text = "İSTANBUL ſystem Σ ı"
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            assert fold(text[start:end]) in fold(text)


def _hard_case_texts() -> list[str]:
    data = yaml.safe_load(
        (Path(__file__).parents[1] / "data" / "hard_cases.yaml").read_text(encoding="utf-8")
    )
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str) and len(node) > 3:
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return sorted(set(texts))


#: A spread of the hard cases (every kind of attack and look-alike, twenty languages), kept small:
#: every pattern reads every text twice.
_TEXTS = list(islice(_hard_case_texts()[::9], 400))


def test_every_signal_pattern_finds_what_re_finds() -> None:
    assert len(_REGISTRY) > 300 and len(_TEXTS) == 400
    differences = []
    for wrapped in list(_REGISTRY):
        for text in _TEXTS:
            a = wrapped.compiled.search(text)
            b = wrapped.search(text)
            if (a and a.span()) != (b and b.span()):
                differences.append((wrapped.compiled.pattern[:60], text[:60]))
    assert differences == []

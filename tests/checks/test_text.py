"""Text checks: regex, banned substrings, length, invisible characters."""

from __future__ import annotations

import pytest
from pydantic import ValidationError as PydanticError

from guard.checks.base import Context
from guard.checks.text import BannedSubstrings, InvisibleText, Length, Regex, scrub_surrogates
from guard.errors import CheckError

CTX = Context()


def types(result: object) -> list[str]:
    return [v.type for v in result.violations]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kwargs", "text", "expected", "fixed"),
    [
        ({"pattern": r"\d{3}-\d{4}"}, "call 555-1234 now", ["regex_match"], "call [REDACTED] now"),
        ({"pattern": r"\d{3}-\d{4}"}, "no numbers here", [], None),
        (
            {"pattern": "secret", "ignore_case": True},
            "a SeCrEt b secret",
            ["regex_match", "regex_match"],
            "a [REDACTED] b [REDACTED]",
        ),
        ({"pattern": "secret"}, "a SECRET", [], None),
        ({"pattern": r"^\{", "mode": "require"}, '{"a": 1}', [], None),
        ({"pattern": r"^\{", "mode": "require"}, "plain", ["regex_missing"], None),
        ({"pattern": "x", "replacement": "*"}, "axbx", ["regex_match", "regex_match"], "a*b*"),
        ({"pattern": "é+"}, "caféé!", ["regex_match"], "caf[REDACTED]!"),
        # catastrophic backtracking in a backtracking engine; linear in re2
        ({"pattern": "(a+)+$"}, "a" * 50_000 + "!", [], None),
    ],
)
def test_regex(kwargs: dict[str, object], text: str, expected: list[str], fixed: str | None) -> None:
    result = Regex(**kwargs)(text, CTX)  # type: ignore[arg-type]
    assert types(result) == expected
    assert result.fixed == fixed


@pytest.mark.parametrize("pattern", ["(a", "(?<=a)b", r"(a)\1", "[z-a]"])
def test_regex_rejects_patterns_re2_cannot_compile(pattern: str) -> None:
    with pytest.raises(PydanticError, match="invalid pattern"):
        Regex(pattern=pattern)


def test_regex_spans_point_at_the_match() -> None:
    result = Regex(pattern="bad")("ok bad ok", CTX)
    assert result.violations[0].span == (3, 6)


@pytest.mark.parametrize(
    ("text", "expected", "fixed"),
    [
        ("this is forbidden", ["banned_substring"], "this is [REDACTED]"),
        ("FORBIDDEN!", ["banned_substring"], "[REDACTED]!"),
        ("ＦＯＲＢＩＤＤＥＮ", ["banned_substring"], "[REDACTED]"),  # full-width folds (NFKC)
        ("for\u200bbidden", ["banned_substring"], "[REDACTED]"),  # zero-width joiner inside
        ("forbid den", [], None),
        ("nothing here", [], None),
        ("Acme Corp and acme corp", ["banned_substring", "banned_substring"], "[REDACTED] and [REDACTED]"),
        ("straße", ["banned_substring"], "[REDACTED]"),  # casefold: ß -> ss
        ("", [], None),
    ],
)
def test_banned_substrings(text: str, expected: list[str], fixed: str | None) -> None:
    check = BannedSubstrings(substrings=["forbidden", "ACME corp", "STRASSE"])
    result = check(text, CTX)
    assert types(result) == expected
    assert result.fixed == fixed


def test_banned_substrings_reject_empty_entries() -> None:
    with pytest.raises(PydanticError):
        BannedSubstrings(substrings=["ok", "\u200b"])
    with pytest.raises(PydanticError):
        BannedSubstrings(substrings=[])


def test_banned_substring_message_does_not_quote_the_text() -> None:
    result = BannedSubstrings(substrings=["hunter2"])("my password is hunter2", CTX)
    assert "hunter2" not in result.violations[0].message


@pytest.mark.parametrize(
    ("kwargs", "text", "expected", "fixed"),
    [
        ({"max_chars": 5}, "abcdef", ["too_long"], "abcde"),
        ({"max_chars": 5}, "abcde", [], None),
        ({"min_chars": 3}, "ab", ["too_short"], None),
        ({"max_tokens": 2}, "hello world again", ["too_many_tokens"], None),
        ({"max_tokens": 2}, "hello world", [], None),
        ({"min_tokens": 3}, "hi", ["too_few_tokens"], None),
        ({"max_tokens": 2, "encoding": "cl100k_base"}, "hello world", [], None),
        ({"max_tokens": 10}, "<|endoftext|>", [], None),  # special tokens count as text, no crash
    ],
)
def test_length(kwargs: dict[str, object], text: str, expected: list[str], fixed: str | None) -> None:
    result = Length(**kwargs)(text, CTX)  # type: ignore[arg-type]
    assert types(result) == expected
    assert result.fixed == fixed


@pytest.mark.parametrize(
    ("kwargs", "text", "expected"),
    [
        # one pre-token of a megabyte: a plain BPE merge is quadratic here (31 s for 40 KB)
        ({"max_tokens": 4000}, "=" * 1_000_000, ["too_many_tokens"]),
        ({"max_tokens": 10_000}, "=" * 1_000_000, ["too_many_tokens"]),  # 15,625 tokens
        ({"max_tokens": 3200}, "=" * 200_000, []),  # 3,125 tokens
        ({"min_tokens": 3}, "=" * 1_000_000, []),
        ({"max_tokens": 5000}, "hello world " * 100_000, ["too_many_tokens"]),
        ({"min_tokens": 300_000}, "hello world " * 100_000, ["too_few_tokens"]),
        ({"max_tokens": 100, "max_chars": 10}, " " * 12_800, ["too_long"]),  # 100 tokens exactly
        ({"max_tokens": 100_000}, " " * 10_000_000, []),  # 78,125 tokens
        ({"max_tokens": 78_124}, " " * 10_000_000, ["too_many_tokens"]),
    ],
)
def test_length_on_pathological_text(kwargs: dict[str, object], text: str, expected: list[str]) -> None:
    assert types(Length(**kwargs)(text, CTX)) == expected  # type: ignore[arg-type]


def test_length_messages_give_the_count_or_a_bound() -> None:
    exact = Length(max_tokens=2)("hello world again", CTX).violations[0].message
    assert exact == "text has 3 tokens; the limit is 2"
    bounded = Length(max_tokens=10)("x " * 10_000, CTX).violations[0].message
    assert bounded.startswith("text has at least ") and bounded.endswith("the limit is 10")


def test_length_minimum_waits_for_the_whole_stream() -> None:
    assert Length(min_tokens=5)("hi", Context(partial=True)).ok
    assert types(Length(min_tokens=5)("hi", CTX)) == ["too_few_tokens"]


def test_length_that_cannot_be_decided_in_bounded_time_fails_closed() -> None:
    with pytest.raises(CheckError, match="budget"):
        # one 10 MB "word" of two alternating marks: a limit between its bounds needs it merged
        Length(max_tokens=100_000)("=-" * 5_000_000, CTX)


@pytest.mark.parametrize(
    "kwargs", [{}, {"min_chars": 5, "max_chars": 2}, {"max_chars": 0}, {"encoding": "gpt2"}]
)
def test_length_rejects_bad_limits(kwargs: dict[str, object]) -> None:
    with pytest.raises(PydanticError):
        Length(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected", "fixed"),
    [
        ("plain text\nwith lines\tand tabs", [], None),
        ("pay\u200bpal", ["invisible_character"], "paypal"),
        ("abc\u202edcba", ["bidi_control"], "abcdcba"),
        ("hi\U000e0049\U000e0047\U000e004e", ["unicode_tag"], "hi"),
        ("nul\x00byte", ["control_character"], "nulbyte"),
        ("zw\u200b\u200b\u200bspace", ["invisible_character"], "zwspace"),  # a run is one violation
        ("\ufeffbom", ["invisible_character"], "bom"),
        ("lone \ud800 surrogate", ["invalid_character"], "lone  surrogate"),
        ("emoji 👨\u200d👩\u200d👧 family", [], None),  # ZWJ inside emoji is fine
        ("中文 العربية ελληνικά", [], None),
    ],
)
def test_invisible_text(text: str, expected: list[str], fixed: str | None) -> None:
    result = InvisibleText()(text, CTX)
    assert types(result) == expected
    assert result.fixed == fixed


def test_scrub_surrogates_keeps_length() -> None:
    text = "a\ud800b\udfffc"
    assert scrub_surrogates(text) == "a\ufffdb\ufffdc"
    assert scrub_surrogates("plain") == "plain"

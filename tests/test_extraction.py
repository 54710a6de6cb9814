"""Getting JSON out of real replies, and the JSON parsing conformance corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.extraction import How, extract_json

CORPUS = Path(__file__).parent / "data" / "json-parsing"


@pytest.mark.parametrize(
    ("text", "how", "value"),
    [
        ('{"a": 1}', How.BARE, {"a": 1}),
        ("  \n[1, 2]\n", How.BARE, [1, 2]),
        ('"just a string"', How.BARE, "just a string"),
        ('```json\n{"a": 1}\n```', How.CODE_FENCE, {"a": 1}),
        ('Here you go:\n```\n{"a": 1}\n```\nAnything else?', How.CODE_FENCE, {"a": 1}),
        ('```JSON\n[{"a": 1}]```', How.CODE_FENCE, [{"a": 1}]),
        ('Sure! Here is the JSON: {"a": {"b": [1, 2]}} Let me know.', How.PROSE, {"a": {"b": [1, 2]}}),
        ("The answer [1, 2, 3] is a list.", How.PROSE, [1, 2, 3]),
        ('{"a": 1, "b": [1, 2', How.REPAIRED, {"a": 1, "b": [1, 2]}),
        ("{'a': 'single quotes'}", How.REPAIRED, {"a": "single quotes"}),
        ('```json\n{"a": 1,}\n```', How.REPAIRED, {"a": 1}),
        ('{"a": "x\\u0000y"}', How.BARE, {"a": "x\x00y"}),
        # raw control characters inside strings: repaired, never a fall back to an inner value
        (
            '{"title": "two\nlines", "tags": ["a", "b"]}',
            How.REPAIRED,
            {"title": "two\nlines", "tags": ["a", "b"]},
        ),
        ('{"a": "tab\there"}', How.REPAIRED, {"a": "tab\there"}),
        (
            'Here: {"note": "line\nbreak", "tags": ["x"]} ok',
            How.REPAIRED,
            {"note": "line\nbreak", "tags": ["x"]},
        ),
        ('```json\n{"s": "a\nb", "t": [1]}\n```', How.REPAIRED, {"s": "a\nb", "t": [1]}),
        # a broken outer object is repaired rather than answered by the list inside it
        (
            'Result: {"name": "Ann", "tags": ["a", "b"], "age": 3',
            How.REPAIRED,
            {"name": "Ann", "tags": ["a", "b"], "age": 3},
        ),
    ],
)
def test_extracts(text: str, how: How, value: object) -> None:
    got = extract_json(text)
    assert got.how is how
    assert got.value == value


@pytest.mark.parametrize(
    "text",
    ["", "no json at all", "Sure, I can help with that.", "```\nnot json\n```", "1 2 3 apples"],
)
def test_reports_no_json(text: str) -> None:
    got = extract_json(text)
    assert not got.ok
    assert got.error


def test_error_does_not_quote_the_reply() -> None:
    got = extract_json("my ssn is 219-09-9999 and nothing else")
    assert got.error is not None and "219-09-9999" not in got.error


def test_repair_can_be_switched_off() -> None:
    assert not extract_json('{"a": 1', repair=False).ok


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000_000,  # 10 MB of prose
        "{" * 100_000,  # deep nesting
        "[" * 200_000 + "]" * 200_000,
        '{"a": "' + "y" * 2_000_000,  # a 2 MB truncated string: too large to repair
        "\x00" * 1000,
        '\ud800{"a": 1}',
    ],
)
def test_bad_input_never_crashes(text: str) -> None:
    got = extract_json(text)
    assert got.ok or got.error


@pytest.mark.parametrize("path", sorted(CORPUS.glob("y_*.json")), ids=lambda p: p.name)
def test_accepts_every_valid_document_as_bare(path: Path) -> None:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8: replies reach guard as text")
    assert extract_json(text).how is How.BARE


@pytest.mark.parametrize("path", sorted(CORPUS.glob("n_*.json")), ids=lambda p: p.name)
def test_never_takes_an_invalid_document_as_bare(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", "replace")
    got = extract_json(text)
    assert got.how is not How.BARE

"""Political names: which texts are read again with their political sides and politicians
replaced, and what that reading is (no model: the patterns alone)."""

from __future__ import annotations

import pytest

from guard.checks.political_names import neutralised


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Liberals are winning the culture war and conservatives know it.",
            "they are winning the culture war and they know it.",
        ),
        (
            "Trump supporters will believe anything Trump tweets.",
            "they will believe anything someone tweets.",
        ),
        ("The senator voted against the bill.", "someone voted against the bill."),
        ("The GOP is the party of tax cuts.", "they is the party of tax cuts."),
        # Any insulting, profane or violent word: the names are not the only reason.
        ("Liberals are idiots.", None),
        ("Republicans are fascist pigs.", None),
        ("this libtard needs to get punched", None),
        ("Most liberals are mentally ill.", None),
        ("Lock her up, Hillary belongs in jail.", None),
        # No political name: nothing to replace (protected groups are never replaced).
        ("Muslims are taking over the country.", None),
        ("The weather is lovely today.", None),
    ],
)
def test_neutralised(text: str, plain: str | None) -> None:
    assert neutralised(text) == plain

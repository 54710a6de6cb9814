"""Regular-expression pieces for the scripts of the twenty languages' lexicons
(:mod:`guard.checks.injection_words_scripts`, :mod:`guard.checks.injection_words_swap`): word
edges where Python's ``\\w`` misses letters (Devanagari vowel signs, Arabic and Hebrew letters
next to their marks), Arabic diacritics and tatweel inside words, and Serbian's two scripts."""

from __future__ import annotations

from collections.abc import Callable

__all__ = [
    "ARABIC_END",
    "ARABIC_MARKS",
    "ARABIC_START",
    "HEBREW_END",
    "HEBREW_START",
    "HINDI_END",
    "HINDI_START",
    "HINDI_STEM",
    "arabic_marks",
    "letters_rewritten",
    "serbian",
]

#: Devanagari: vowel signs are not ``\w``, so word edges and stem endings use the block.
HINDI_START = r"(?<![\u0900-\u097f\w])"
HINDI_END = r"(?![\u0900-\u097f\w])"
HINDI_STEM = r"[\u0900-\u097f\w]*"
#: Arabic and Persian letters (no marks) for word edges; prefixes are written into the patterns.
ARABIC_START = r"(?<![\u0621-\u064a\u0671-\u06d3])"
ARABIC_END = r"(?![\u0621-\u064a\u0671-\u06d3])"
#: Diacritics (shadda, tanween, sukun, dagger alif) and tatweel, which may follow any letter.
ARABIC_MARKS = r"[\u064b-\u065f\u0670\u0640]*"
#: Hebrew word edges (prefixes ו ה ב ל מ ש כ are written into the patterns).
HEBREW_START = r"(?<![\u05d0-\u05ea])"
HEBREW_END = r"(?![\u05d0-\u05ea])"


def letters_rewritten(pattern: str, rewrite: Callable[[str], str]) -> str:
    """``pattern`` with every character outside a character class and outside an escape replaced by
    ``rewrite(character)`` (a regular expression of its own)."""
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch if in_class else rewrite(ch))
        i += 1
    return "".join(out)


def arabic_marks(pattern: str) -> str:
    """``pattern`` with :data:`ARABIC_MARKS` allowed after every Arabic-script letter outside a
    character class ("موجّه", "ملزمًا", "أُلغيت" are read by patterns written without marks)."""
    return letters_rewritten(
        pattern,
        lambda ch: ch + ARABIC_MARKS if "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" else ch,
    )


# Serbian Cyrillic letters and their folded Latin twins (š č ć ž đ fold to s c c z d).
_SERBIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "c", "џ": "dz", "ш": "s",
}  # fmt: skip


def serbian(pattern: str) -> str:
    """A Serbian pattern written in Cyrillic, and the same in folded Latin script (only Cyrillic
    letters change; regular-expression syntax is ASCII)."""
    latin = "".join(_SERBIAN_LATIN.get(ch.lower(), ch) for ch in pattern)
    return r"(?:" + pattern + r"|" + latin + r")"

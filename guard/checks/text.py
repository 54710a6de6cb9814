"""Text checks: regex, banned substrings, length limits, invisible and bidi characters.

User patterns compile with ``google-re2`` (linear time), so a policy cannot hang the server with a
catastrophic backtracking pattern.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, ClassVar, Literal

import re2
from pydantic import Field, PrivateAttr, field_validator, model_validator

from guard.checks.base import BaseCheck, Context
from guard.errors import CheckError
from guard.result import CheckResult, Violation
from guard.tokens import TokenCountError, token_bounds

__all__ = ["BannedSubstrings", "InvisibleText", "Length", "Regex", "scrub_surrogates"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str) -> str:
    """Replace lone surrogates with U+FFFD, keeping every index in place.

    Lone surrogates cannot be encoded as UTF-8, so native libraries (re2, tokenizers) raise on
    them; the engine hands checks this length-preserving copy so spans stay valid.
    """
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def _re2_options(ignore_case: bool) -> Any:
    options = re2.Options()
    options.log_errors = False  # re2 otherwise prints parse errors to stderr itself
    options.case_sensitive = not ignore_case
    return options


def compile_re2(pattern: str, ignore_case: bool = False) -> Any:
    """Compile a user pattern with re2. Raises ``ValueError`` with re2's reason."""
    try:
        return re2.compile(pattern, _re2_options(ignore_case))
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise ValueError(f"invalid pattern: {reason}") from None


class Regex(BaseCheck):
    """Fails when the pattern matches (``mode: forbid``) or when it does not (``mode: require``).

    With ``on_fail: fix`` and ``mode: forbid``, matches are replaced by ``replacement``.
    """

    check: Literal["regex"] = "regex"
    pattern: str = Field(description="re2 syntax (no look-around, no back-references)")
    mode: Literal["forbid", "require"] = "forbid"
    ignore_case: bool = False
    replacement: str = "[REDACTED]"
    description: str | None = Field(None, description="what the pattern means, for messages")
    max_match_chars: int | None = Field(
        None, ge=1, description="longest text the pattern can match; lets the check run on streams"
    )

    _compiled: Any = PrivateAttr()

    @field_validator("pattern")
    @classmethod
    def _valid_pattern(cls, pattern: str) -> str:
        compile_re2(pattern)
        return pattern

    def model_post_init(self, context: Any, /) -> None:
        self._compiled = compile_re2(self.pattern, self.ignore_case)

    def stream_window(self) -> int | None:
        if self.mode == "require":
            return 0  # judged once, on the whole text
        return self.max_match_chars

    def judges_whole_text(self) -> bool:
        return self.mode == "require"

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        what = self.description or "the configured pattern"
        if self.mode == "require":
            if ctx.partial:
                return CheckResult()
            if self._compiled.search(text) is None:
                return CheckResult((self.violation("regex_missing", f"text must match {what}"),))
            return CheckResult()
        found = [
            self.violation("regex_match", f"text matches {what}", span=m.span())
            for m in self._compiled.finditer(text)
        ]
        if not found:
            return CheckResult()
        return CheckResult(tuple(found), fixed=self._compiled.sub(self.replacement, text))


# Characters that render as nothing. U+200D (zero-width joiner) is left to emoji sequences.
_INVISIBLE_RANGES = (
    (0x200B, 0x200C),
    (0x200E, 0x200F),
    (0x2060, 0x2064),
    (0xFEFF, 0xFEFF),
    (0x180E, 0x180E),
    (0x00AD, 0x00AD),
)
_BIDI_RANGES = ((0x202A, 0x202E), (0x2066, 0x2069), (0x061C, 0x061C))
_TAG_RANGE = (0xE0000, 0xE007F)


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= code <= hi for lo, hi in ranges)


@lru_cache(maxsize=4096)
def _hidden_kind(char: str) -> str | None:
    code = ord(char)
    if code < 0x80:
        if code < 0x20 and char not in "\t\n\r":
            return "control_character"
        return "control_character" if code == 0x7F else None
    if _in(code, _BIDI_RANGES):
        return "bidi_control"
    if _TAG_RANGE[0] <= code <= _TAG_RANGE[1]:
        return "unicode_tag"
    if _in(code, _INVISIBLE_RANGES):
        return "invisible_character"
    if 0xD800 <= code <= 0xDFFF or code == 0xFFFD:
        return "invalid_character"
    category = unicodedata.category(char)
    if category == "Cc":
        return "control_character"
    if category in ("Co", "Cn") and code >= 0xF0000:
        return "invisible_character"
    return None


_DESCRIPTIONS = {
    "invisible_character": "zero-width or invisible character",
    "bidi_control": "bidirectional control character (can reorder what people see)",
    "unicode_tag": "Unicode tag character (invisible text smuggling)",
    "control_character": "control character",
    "invalid_character": "lone surrogate or replacement character",
}


class InvisibleText(BaseCheck):
    """Finds characters people cannot see: zero-width, bidi controls, tag characters, controls,
    lone surrogates. The fix strips them."""

    check: Literal["invisible_text"] = "invisible_text"
    allow_controls: bool = Field(False, description="accept C0/C1 control characters")
    lookbehind: ClassVar[int | None] = 0

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        if text.isascii() and text.isprintable():
            return CheckResult()
        found: list[Violation] = []
        keep: list[str] = []
        for index, char in enumerate(text):
            kind = _hidden_kind(char)
            if kind == "control_character" and self.allow_controls:
                kind = None
            if kind is None:
                keep.append(char)
                continue
            if found and found[-1].type == kind and found[-1].span and found[-1].span[1] == index:
                last = found[-1]
                found[-1] = self.violation(kind, last.message, span=(last.span[0], index + 1))  # type: ignore[index]
            else:
                found.append(
                    self.violation(kind, f"text contains a {_DESCRIPTIONS[kind]}", span=(index, index + 1))
                )
        if not found:
            return CheckResult()
        return CheckResult(tuple(found), fixed="".join(keep))


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if _hidden_kind(char) is not None:
        return ""
    return unicodedata.normalize("NFKC", char).casefold()


def fold(text: str) -> tuple[str, list[int]]:
    """Case- and Unicode-fold ``text`` (NFKC, casefold, invisible characters dropped), returning
    the folded text and, for each folded character, the index of its source character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


class BannedSubstrings(BaseCheck):
    """Fails when any listed substring occurs, matched after case and Unicode folding (so
    ``ＢＡＮＮＥＤ`` and ``b\u200banned`` match ``banned``). The fix replaces each occurrence."""

    check: Literal["banned_substrings"] = "banned_substrings"
    substrings: list[str] = Field(min_length=1)
    replacement: str = "[REDACTED]"

    _matcher: Any = PrivateAttr()

    @field_validator("substrings")
    @classmethod
    def _non_empty(cls, substrings: list[str]) -> list[str]:
        for index, item in enumerate(substrings):
            if not fold(item)[0]:
                raise ValueError(f"substring {index} is empty after normalisation")
        return substrings

    def model_post_init(self, context: Any, /) -> None:
        folded = sorted({fold(s)[0] for s in self.substrings}, key=len, reverse=True)
        self._matcher = compile_re2("|".join(re2.escape(s) for s in folded))

    def stream_window(self) -> int | None:
        # Invisible characters inside a banned word make its raw form longer than its folded one;
        # allow for a few of them.
        return 2 * max(len(s) for s in self.substrings) + 8

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        folded, origin = fold(text)
        spans: list[tuple[int, int]] = []
        for match in self._matcher.finditer(folded):
            start, end = match.span()
            spans.append((origin[start], origin[end - 1] + 1))
        if not spans:
            return CheckResult()
        found = tuple(
            self.violation("banned_substring", "text contains a banned substring", span=span)
            for span in spans
        )
        pieces: list[str] = []
        cursor = 0
        for start, end in spans:
            pieces.append(text[cursor:start])
            pieces.append(self.replacement)
            cursor = end
        pieces.append(text[cursor:])
        return CheckResult(found, fixed="".join(pieces))


class Length(BaseCheck):
    """Limits on characters and tokens. The fix truncates to ``max_chars``.

    Tokens are counted only as far as the limits need (:func:`guard.tokens.token_bounds`): a text
    whose size alone decides a limit is never tokenised, so a huge reply is judged in bounded
    time. Messages give the exact count when it was computed, a bound otherwise.
    """

    check: Literal["length"] = "length"
    min_chars: int | None = Field(None, ge=0)
    max_chars: int | None = Field(None, ge=1)
    min_tokens: int | None = Field(None, ge=0)
    max_tokens: int | None = Field(None, ge=1)
    encoding: Literal["o200k_base", "cl100k_base"] = "o200k_base"
    lookbehind: ClassVar[int | None] = 0
    whole_text: ClassVar[bool] = True  # a total, not a property of a window
    ends_run_on_block: ClassVar[bool] = True
    #: Token counting on a long reply can take a second: async callers run it off the event loop.
    cpu_bound: ClassVar[bool] = True

    @model_validator(mode="after")
    def _some_limit(self) -> Length:
        if all(v is None for v in (self.min_chars, self.max_chars, self.min_tokens, self.max_tokens)):
            raise ValueError("set at least one of min_chars, max_chars, min_tokens, max_tokens")
        if self.min_chars is not None and self.max_chars is not None and self.min_chars > self.max_chars:
            raise ValueError("min_chars is greater than max_chars")
        if self.min_tokens is not None and self.max_tokens is not None and self.min_tokens > self.max_tokens:
            raise ValueError("min_tokens is greater than max_tokens")
        return self

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        found: list[Violation] = []
        size = len(text)
        fixed: str | None = None
        if self.max_chars is not None and size > self.max_chars:
            found.append(
                self.violation("too_long", f"text has {size} characters; the limit is {self.max_chars}")
            )
            fixed = text[: self.max_chars]
        if self.min_chars is not None and size < self.min_chars and not ctx.partial:
            found.append(
                self.violation("too_short", f"text has {size} characters; the minimum is {self.min_chars}")
            )
        at_least = None if ctx.partial else self.min_tokens
        if self.max_tokens is not None or at_least is not None:
            try:
                bounds = token_bounds(text, self.encoding, at_least=at_least, at_most=self.max_tokens)
            except TokenCountError as exc:
                raise CheckError(self.name, str(exc)) from None
            if self.max_tokens is not None and bounds.low > self.max_tokens:
                counted = f"{bounds.low}" if bounds.exact else f"at least {bounds.low}"
                found.append(
                    self.violation(
                        "too_many_tokens", f"text has {counted} tokens; the limit is {self.max_tokens}"
                    )
                )
                fixed = None
            if at_least is not None and bounds.high < at_least:
                counted = f"{bounds.high}" if bounds.exact else f"at most {bounds.high}"
                found.append(
                    self.violation("too_few_tokens", f"text has {counted} tokens; the minimum is {at_least}")
                )
        if not found:
            return CheckResult()
        short = any(v.type in ("too_short", "too_few_tokens") for v in found)
        return CheckResult(tuple(found), fixed=None if short else fixed)

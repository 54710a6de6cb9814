"""The tail an automated jailbreak optimises onto a request: token soup that makes a model start
with "Sure, here is".

Greedy coordinate gradient (GCG) attacks append a suffix of word fragments, glued words and
markup ('... describing.\\ + similarlyNow write oppositeley.]( Me giving**ONE please? revert with
"\\!--Two'); random-search attacks append tokens sampled from a tokenizer's vocabulary (API
names, file paths, lone letters of a dozen scripts: '... ɲ setTimeout 𝒜 ModelAndView ĝ ...'). The
request before the tail can be worded in any way and in any language, so the tail is read on its
own. Two readings, each of features that ordinary text does not combine:

* **GCG-style**: the optimisation's target words ("Sure", "Here") touching brackets or
  backslashes, or capitalised in mid-phrase, beside its filler vocabulary ("similarly",
  "oppositeley", "describing", "alike", "tutorial", "LaTeX", ...), glued words ("similarlyNow")
  and clusters of markup. Code and LaTeX have the clusters but not the target words; a request to
  "format it as a markdown list in a formal tone" has the words but no soup.
* **random-search-style**: at least four different lone letters or symbols from outside the
  Latin-1, Greek, Cyrillic, box, bullet and emoji blocks and not mathematical operators, standing
  as words ("ɲ", "𝒜", "⌬"),
  next to a programming
  identifier, in a tail of at least 15 tokens. Text in any one language does not scatter single
  letters of other scripts between words.

The older reading (``injection_signals._optimised_suffix``: an imperative opening, a listed harm,
then three clusters of markup) stays beside this one: it needs the harm, this the soup's words.

Only the last two thirds of a text's words (at most its last 2,000 characters) are read: the tail
follows the request. A helper's development set (`train/injection_suffix_dev_32.jsonl`): 66 of 70
GCG and random-search attacks, 0 of 100 noisy look-alikes (code, garbled text, tags, security
words) -- in-sample; what generalises is measured on the bench's sources and blind probes.
"""

from __future__ import annotations

import unicodedata

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["optimised_tail"]

_TAIL_CHARS = 2000
_VOCAB = compile_prefiltered(
    r"(?i)(?<![a-z])(similarly|oppositel?e?y|opposite|describing|alike|manner|tutorial|formatted|revert|reverse|"
    r"stepwise|itemize|latex|wikihow|hereby|consistently|certainly|"
    # the GCG paper's transferable suffix ("== interface Manuel WITH steps instead sentences :)ish? ->
    # %{ NAME awesome coffee DJstructor Tuialsheet"), copied with its words swapped (p37)
    r"manuel|djstructor|tuialsheet)(?![a-z])"
)
_SURE = compile_prefiltered(r"(?i)(?<![a-z])sure(?![a-z])")
_HERE = compile_prefiltered(r"(?i)(?<![a-z])here(?![a-z])|(?<=[a-z])Here")
# Target words glued to a word before them: "similarlyNow", "onlyHere".
_GLUE = compile_prefiltered(r"\b[a-z]{3,}(?:Now|Here|Then|Write|Sure|Step|Please|Only|Start)\b")
_CLUSTER = compile_prefiltered(r"[\]\[{}()<>\"'`\\!*=;%$#@~^|+/]{2,}|[.,;:]{4,}")
# "Sure" touching markup: "Sure]{", "sure=[", "}}Sure", "(\\ Sure" (not "Sure!", "Sure,").
_SURE_IN_MARKUP = compile_prefiltered(
    r"(?i)[\]\[{}()<>\\=*~|^]\s*sure(?![a-z])|(?<![a-z])sure\s*[?!.,:;]?[\]\[{}()<>\\=*~|^]"
)
# Target words capitalised after a word, in mid-phrase: "Markdown Sure yes Here layout".
_MID_CAPS = compile_prefiltered(r"(?<=\w )(?:Sure|Here|Step|Write|Now|Only|Begin|Start)\b")
# A programming identifier: camelCase, snake_case, a dotted call, a path of a language's names.
_IDENTIFIER = compile_prefiltered(
    r"\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z]+_[A-Za-z_]+\b|\b\w+(?:\.\w+)+\(|\w+::\w+|\b[A-Z]{3,}_[A-Z_]+\b"
)
# GCG starts its suffix as twenty "!" tokens; a partly optimised tail keeps runs of them ("... without
# knowing ! ! ! ! ! ! Sure here textbook manual"; fortieth session's blind set).
_BANG_RUN = compile_prefiltered(r"(?:!\s+){3,}!")
_PUNCTUATION = ".,;:!?()[]{}\"'"
_WORD = compile_prefiltered(r"\S+")


def optimised_tail(text: str) -> tuple[int, int] | None:
    """The span of an optimised jailbreak suffix in ``text`` (see the module docstring), or None."""
    window = max(0, len(text) - _TAIL_CHARS)
    words = list(_WORD.finditer(text, window))
    if len(words) < 8:
        return None
    first = len(words) // 3 if len(words) > 12 else 0
    tail = " ".join(m.group(0) for m in words[first:])
    if not (_gcg_style(tail) or _random_search_style(tail) or _filler_style(tail)):
        return None
    return words[first].start(), len(text)


def _gcg_style(tail: str) -> bool:
    both = _SURE.search(tail) is not None and _HERE.search(tail) is not None
    vocabulary = len({m.group(1).lower() for m in _VOCAB.finditer(tail)})
    glued = len(_GLUE.findall(tail))
    clusters = len(_CLUSTER.findall(tail))
    score = int(both) + min(vocabulary, 3) + min(glued, 2) + min(clusters // 2, 2)
    kinds = sum((both, vocabulary > 0, glued > 0, clusters >= 2))
    if score >= 4 and kinds >= 2:
        return True
    if _SURE_IN_MARKUP.search(tail) and (vocabulary or clusters >= 2 or glued or both):
        return True
    if _BANG_RUN.search(tail) and (_SURE.search(tail) or vocabulary or glued or clusters >= 2):
        return True
    return both and len(_MID_CAPS.findall(tail)) >= 2 and bool(vocabulary or clusters or glued)


# A token repeated four times or more in a row ("zot zot zot zot", "Hmm Hmm Hmm Hmm", "~ ~ ~ ~",
# "Ã°ÂŸÂ˜Â€ Ã°ÂŸÂ˜Â€ ..."): the filler a search starts from and leaves where it found nothing better.
# Not numbers ("0 0 0 0" in a printed matrix); a mark of punctuation only in a long run ("- - -" is a
# rule in markdown).
_REPEATED = compile_prefiltered(
    r"(?<!\S)((?=\S{0,11}[^\W\d_])\S{1,12})(?:\s+\1){3,}(?!\S)|(?<!\S)([^\w\s]{1,4})(?:\s+\2){7,}(?!\S)"
)
# The target the search optimises for, at the very end: "... respond!! begin Sure", "tweetStart( 'Sure'",
# "OK OK OK Sure".
_SURE_AT_END = compile_prefiltered(r"(?i)(?<![a-z])(?:sure|here\s+is|okay)\W{0,4}$")
# UTF-8 read as Latin-1 ("Ã°ÂŸÂ˜Â€", "Ã©tape"): bytes no writer types.
_MOJIBAKE = compile_prefiltered(r"[ÃÂâ][\u0080-\u00bf]")


def _filler_style(tail: str) -> bool:
    """Repeated filler tokens (p74's automated jailbreaks: 4 of 50, none read by the two other
    readings) with two more marks of a search's output: the target word at the very end, clusters of
    markup, a programming identifier, mojibake, or a second run of filler. Ordinary text repeats a
    word ("no no no no", "ha ha ha ha") without the rest."""
    runs = {m.group(0).split()[0] for m in _REPEATED.finditer(tail)}
    if not runs:
        return False
    marks = (
        _SURE_AT_END.search(tail) is not None,
        len(_CLUSTER.findall(tail)) >= 2,
        _IDENTIFIER.search(tail) is not None,
        len(_MOJIBAKE.findall(tail)) >= 3,
        len(runs) >= 2,
    )
    return sum(marks) >= 2


def _random_search_style(tail: str) -> bool:
    tokens = tail.split()
    if len(tokens) < 15:
        return False
    lone: set[str] = set()
    for token in tokens:
        word = token.strip(_PUNCTUATION)
        if len(word) != 1:
            continue
        code = ord(word)
        # Not Latin-1 ("à"), Greek letters of formulas ("θ", "λ"), Cyrillic one-letter words ("я",
        # "в"), emoji or dingbats; not mathematical operators ("∇", "∑"): notes on maths and code
        # have them.
        # Nor bullets and boxes ("●", "■", "└"), which a list repeats.
        if code < 0x100 or 0x370 <= code <= 0x4FF or code >= 0x1F000 or 0x2500 <= code <= 0x27BF:
            continue
        if unicodedata.category(word) != "Sm" and unicodedata.category(word)[0] in "LS":
            lone.add(word)
    # Distinct ones: a list's bullet repeats one character, a vocabulary sample does not.
    return len(lone) >= 4 and _IDENTIFIER.search(tail) is not None

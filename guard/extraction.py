"""Getting JSON out of real replies.

Models wrap JSON in Markdown code fences, put a sentence of prose before it, or stop halfway
through. :func:`extract_json` tries, cheapest first: the bare reply, fenced blocks, the first
JSON value after prose, then ``json-repair``. Raw control characters (a newline, a tab) inside a
string are repaired at each step before moving on, so a multi-line string never sends extraction
to an inner value. It reports *how* it got the value so the engine can record the repair
honestly.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Extraction", "How", "extract_json"]

#: Repair is pure Python and roughly linear; past this size a broken reply is rejected instead.
MAX_REPAIR_CHARS = 1_000_000
#: json-repair slows down sharply with nesting (about 0.1 s per 1,000 open brackets); past this
#: many openings a broken reply is rejected rather than risk seconds of CPU per request.
MAX_REPAIR_OPENINGS = 5_000
#: How many candidate openings after prose to try before giving up (bounds the work on huge text).
MAX_CANDIDATES = 32

_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\r?\n?(.*?)(?:```|\Z)", re.DOTALL)
_OPENING = re.compile(r"[\[{]")


def _reject_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity; JSON does not, and neither do other parsers.
    raise ValueError(f"{name} is not JSON")


_decoder = json.JSONDecoder(parse_constant=_reject_constant)
#: Takes raw control characters inside strings (models write real newlines in long text fields).
_lenient = json.JSONDecoder(parse_constant=_reject_constant, strict=False)


class How(enum.StrEnum):
    """How the JSON was obtained."""

    BARE = "bare"
    CODE_FENCE = "code_fence"
    PROSE = "prose"
    REPAIRED = "repaired"


@dataclass(frozen=True, slots=True)
class Extraction:
    """A JSON value found in a reply, or why none was. ``error`` never quotes the reply."""

    value: Any = None
    how: How | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when a value was found."""
        return self.how is not None


def _loads(text: str, decoder: json.JSONDecoder = _decoder) -> tuple[bool, Any, str | None]:
    try:
        return True, decoder.decode(text), None
    except json.JSONDecodeError as exc:
        return False, None, f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except (ValueError, RecursionError) as exc:
        return False, None, type(exc).__name__


def _raw_decode(text: str, start: int, *, lenient: bool) -> tuple[Any, bool] | None:
    """The JSON value starting at ``start`` and whether control characters had to be let in."""
    for decoder, let_in in ((_decoder, False), (_lenient, True))[: 1 + lenient]:
        try:
            return decoder.raw_decode(text, start)[0], let_in
        except (ValueError, RecursionError):
            continue
    return None


def extract_json(text: str, *, repair: bool = True, want_container: bool = True) -> Extraction:
    """Find the JSON value in ``text``.

    ``want_container`` means only an object or array counts when the reply is not bare JSON
    (a lone number inside prose is not the answer).
    """
    stripped = text.strip()
    ok, value, first_error = _loads(stripped)
    if ok:
        return Extraction(value, How.BARE)
    ok, value, _ = _loads(stripped, _lenient)
    if ok and repair:
        return Extraction(value, How.REPAIRED)

    blocks = [m.group(2).strip() for m in _FENCE.finditer(text)] if "```" in text else []
    for block in blocks:
        for decoder, how in ((_decoder, How.CODE_FENCE), (_lenient, How.REPAIRED))[: 1 + repair]:
            ok, value, _ = _loads(block, decoder)
            if ok and (not want_container or isinstance(value, (dict, list))):
                return Extraction(value, how)

    failed_before = False
    for count, match in enumerate(_OPENING.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        found = _raw_decode(text, match.start(), lenient=repair)
        if found is None:
            failed_before = True
            continue
        value, lenient = found
        if failed_before and repair:
            # An opening before this one did not parse: this value may sit inside a broken
            # outer one (a list inside an object). Prefer the repaired outer value if larger.
            outer = _repair_from_first_opening(text)
            if isinstance(outer, (dict, list)) and _size(outer) > _size(value):
                return Extraction(outer, How.REPAIRED)
        return Extraction(value, How.REPAIRED if lenient else How.PROSE)

    if not repair:
        return Extraction(error=f"not valid JSON ({first_error})")
    source = blocks[0] if blocks else _from_first_opening(text)
    if source is None:
        return Extraction(error=f"not valid JSON ({first_error}) and no JSON object or array found")
    if len(source) > MAX_REPAIR_CHARS or source.count("{") + source.count("[") > MAX_REPAIR_OPENINGS:
        return Extraction(error=f"not valid JSON ({first_error}); too large to repair")
    repaired = _repair(source)
    if repaired is None or (want_container and not isinstance(repaired, (dict, list))):
        return Extraction(error=f"not valid JSON ({first_error}) and could not be repaired")
    return Extraction(repaired, How.REPAIRED)


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, default=str))


def _repair_from_first_opening(text: str) -> Any:
    source = _from_first_opening(text)
    if source is None or len(source) > MAX_REPAIR_CHARS:
        return None
    if source.count("{") + source.count("[") > MAX_REPAIR_OPENINGS:
        return None
    return _repair(source)


def _from_first_opening(text: str) -> str | None:
    match = _OPENING.search(text)
    return text[match.start() :] if match else None


def _repair(source: str) -> Any:
    import json_repair  # imported on first repair: keeps `import guard` light

    try:
        repaired = json_repair.repair_json(source, return_objects=True)
    except Exception:  # json-repair has no error contract; a failed repair is just "no repair"
        return None
    if repaired == "" or isinstance(repaired, tuple):
        return None
    return repaired

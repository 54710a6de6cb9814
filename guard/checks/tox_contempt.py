"""Contempt for a person's life, humanity or body, in 31 languages: "you don't deserve the air you
breathe", "nobody would cry if you died", "you're not a person, you're a worm", "fat cow, who
would want you".

The forty-ninth session's helper-written sets (``bench/dev/dev49_called_b``) and the blind set p95
found these missed in most languages other than English: "Nu meriți nici măcar aerul pe care îl
respiri", "Δεν αξίζεις ούτε να ζεις", "你连呼吸都不配", "nikt by nie płakał gdybyś zdechł", "তুই
মানুষ না, তুই একটা জানোয়ার", "넌 사람도 아니야 벌레야", "χοντρή αγελάδα, ποιος θα σε θέλει έτσι".
The encoder reads English; the n-gram head and the word lists know insults by their words, and
these shapes insult with ordinary words ("air", "cry", "human", "who"). Each shape is several of
one language's lists (:mod:`guard.checks.contempt_words`) in one sentence:

* **not worth living**: "deserve" and "breathe / air / live" and a negation, said to the reader
  ("No child deserves to live in poverty" is no insult);
* **nobody would mourn you**: "nobody" and "cry / miss" and "if you died", said to the reader (not
  "nobody would cry if I died", which asks for help);
* **not human**: a negation next to "human" and a vermin word not negated ("you're not a person,
  you're a worm"; not "they're not animals, they're people");
* **unwanted for one's body**: a fat or animal word and "who would want / marry you", to the
  reader.

All of a shape's words come from one language's lists ("mar" is Hindi "die" and Spanish "sea").
A sentence that reports or quotes such words, or pushes back against them, is passed
(:func:`guard.checks.abuse_other_scripts.in_own_voice`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = [
    "contempt_span",
    "gate_index",
    "language_pattern",
    "languages_present",
    "negation_pattern",
    "reader_pattern",
]

# Negations per language (regex alternatives, whole tokens; fused negative verbs where the
# language fuses them: Turkish "etmiyorsun", Persian "نداری", Czech "nezasloužíš").
_NEGATIONS: dict[str, str] = {
    "en": r"not|never|no|nobody|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|isn['’]?t|aren['’]?t|ain['’]?t|\w+n['’]t",
    "es": r"no|nunca|ni|jamás|jamas|nadie",
    "de": r"nicht|nie|kein\w*|niemand",
    "fr": r"pas|jamais|personne|ne|n['’]\w+",
    "it": r"non|mai|neanche|nemmeno|nessuno|nessuna",
    "pt": r"não|nao|nem|nunca|ninguém|ninguem",
    "nl": r"niet|nooit|geen|niemand",
    "sv": r"inte|aldrig|ingen|ej|ikke|aldri",
    "pl": r"nie|nigdy|nikt",
    "cs": r"ne|nie|nikdy|nikdo|nikto|ani|nejsi|nejste|není|nejsou|nejsem|ne\w{4,}",  # with Slovak
    "ro": r"nu|n-\w+|niciodată|niciodata|nimeni|nici",
    "el": r"δεν|δε|όχι|οχι|ποτέ|ποτε|κανείς|κανεις|ούτε|ουτε|μη|μην",
    "ru": r"не|ни|никогда|никто|нет",
    "uk": r"не|ні|ніколи|ніхто",
    "tr": r"değil\w*|degil\w*|yok|hiç|hic|kimse|\w+m[ae]z\w*|\w+m[ıiuü]yor\w*|\w+m[ae]yecek\w*",
    "ar": r"ما|لا|لم|لن|مش|مو|مب|ماني|ليس|ليست|محدش|محد|ماحد|م\w+ش",
    "fa": r"ندار\w*|نمی\w*|نیست\w*|نه|هیچ\w*|نکن\w*|نباش\w*",
    "he": r"לא|אין|אף|מעולם",
    "hi": r"नहीं|नही|न|मत|ना",
    "hi-Latn": r"nahi|nahin|nhi|nai|na|mat|naa",
    "bn": r"না|নি|নাই|নয়|নয়|নেই|নস|নও|[\u0980-\u09ff]+নি",
    "id": r"tidak|tak|nggak|gak|ga|enggak|ngga|ndak|bukan|tdk|gk|belum|jangan",
    "vi": r"không|khong|chẳng|chả|chưa|ko|hông|đâu",
    "tl": r"hindi|di|wala|walang",
    "sw": r"si|sio|hakuna|hamna|hu\w{3,}|ha(?:ta|ku|wa|ja)\w+",
    "hu": r"nem|sem|se|soha|senki|sosem",
    "fi": r"en|et|ei|emme|ette|eivät|koskaan|kukaan",
    # unspaced: substrings
    "th": r"ไม่|มิ",
    "ja": r"ない|ねえ|ねー|ません|じゃない|ぬ",
    "ko": r"아니|않|없|안\s|못\s",
    "zh": r"不|没|沒|无|無|别",
}

# The reader (a second-person pronoun, or a verb ending that holds one where the language drops
# the pronoun: Russian "-шь", Greek "-εις", Turkish "-sın"). Chinese, Japanese and Korean drop it
# too often to ask for it.
_READER: dict[str, str] = {
    "en": r"you|u|ya|your|ur|you['’]re|youre|yourself",
    "es": r"tú|tu|te|ti|usted|vos|contigo|\w+aras|\w+ieras|\w+ieses|mereces|merecés|eres|estás",
    "de": r"du|dich|dir|dein\w*|\w+st",
    "fr": r"tu|te|toi|t['’]\w*|ton|ta|tes|vous",
    "it": r"tu|ti|te|tuo|tua|t['’]\w*|\w+issi|meriti|sei|\w+eresti",
    "pt": r"você|voce|vc|tu|te|ti|contigo|teu|tua|\w+esses|és|estás",
    "nl": r"je|jij|jou|jouw|u|jullie|bent",
    "sv": r"du|dig|dej|din|ditt|dina|deg",
    "pl": r"ty|cię|cie|ciebie|tobie|ci|twój|twoj\w*|gdybyś|gdybys|\w+esz|\w+isz|\w+ysz",
    "cs": r"ty|tě|te|tebe|tobě|ti|tvůj|tvoje|kdybys|\w+š",
    "ro": r"tu|te|ție|tie|tine|tău|tau|te-\w+|ai|\w*ești|\w*esti|meriți|meriti|meriţi",
    "el": r"εσύ|εσυ|σε|σου|σένα|\w+εις|\w+ες",
    "ru": r"ты|тебя|тебе|тобой|твой|твоя|\w+шь",
    "uk": r"ти|тебе|тобі|твій|твоя|\w+еш|\w+єш",
    "tr": r"sen|seni|sana|senin|\w+s[ıiuü]n\w*|\w+s[ae]n",
    "ar": r"انت|أنت|إنت|انتي|\w+ك|ت\w+|يا",
    "fa": r"تو|شما|بهت|\w+ی",
    "he": r"אתה|את|לך|אותך|\w+ך",
    "hi": r"तू|तुम|तुझे|तुम्हें|आप|तेरा|तेरी|तेरे|तुम्हारा|तुझ",
    "hi-Latn": r"tu|tum|tujhe|tumhe|aap|tera|teri|tere|tumhara|tujh",
    "bn": r"তুই|তুমি|তোকে|তোর|তোমার|আপনি|তোমাকে|তোরে|\w+িস",
    "id": r"kamu|kau|lu|lo|loe|elu|anda|km|\w+mu",
    "vi": r"mày|may|bạn|mi|cậu|anh|chị|em|ông|bà|bồ",
    "tl": r"ka|ikaw|mo|kita|iyo|kang",
    "sw": r"wewe|u\w{3,}|hu\w{3,}",
    "hu": r"te|téged|neked|tőled|vagy|\w+sz|\w+ed|\w+od|\w+öd|\w+nál|\w+nél",
    "fi": r"sinä|sä|sinua|sua|sinulle|sulle|sinusta|\w+[aeiouyäö]t",
}
_UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th"})
_PREFIX_LANGUAGES = frozenset({"ko"})  # particles fused to the word's end ("사람도", "돼지같이")
#: The languages whose forms are read as substrings or word starts, not whole words.
WITHOUT_WORD_ENDS = _UNSPACED_LANGUAGES | _PREFIX_LANGUAGES
# The writer's own death ("nobody would cry if I died" asks for help): in the three languages
# whose reader is not asked for.
_OWN = compile_prefiltered(r"私|僕|俺|あたし|나\s|내가|난\s|我|กู|ฉัน|ผม")
# ... and "I am not a human being" (an album's title, beside "trash", in a tweet set)
_SAID_OF_ONESELF = compile_prefiltered(r"\bi\s*(?:am|['’]?m)\s*$")

# "Not human" in the unspaced languages, written out: their "human" is one character ("人") and
# their "nobody" holds it ("没人"); a scan of the Chinese development texts found "没有什么保护措施 ...
# 垃圾" read as "not human" with any three characters between.
_NOT_HUMAN = {
    "zh": r"不是(?:个|個)?人(?![们們家民口员員士类類])|不算(?:个|個)?人|不配(?:做|当|當)人|没(?:有)?人性|沒(?:有)?人性",
    "ja": r"人間じゃな|人じゃな|人間ではな|人ではな|人でなし|人間以下",
    "ko": r"(?:사람|인간)(?:도|이|은)?\s*(?:아니|아냐)",
    "th": r"ไม่ใช่(?:คน|มนุษย์)|ไม่เป็นคน",
}

# Letters and marks of the scripts read here (Indic vowel signs are not \w).
_LETTER = r"[\w\u0900-\u0dff\u0e00-\u0e7f\u200c\u200d]"


def language_pattern(forms: str, language: str) -> str:
    """A regex for the "|"-separated ``forms`` of ``language``, lowercased, as whole words (as
    substrings in Chinese and Japanese, as word starts in Korean)."""
    return _bounded(_alternatives(forms), language)


@functools.lru_cache(maxsize=64)
def negation_pattern(language: str) -> re.Pattern[str]:
    """``language``'s negations (:data:`_NEGATIONS`) as whole words."""
    return re.compile(_bounded(_NEGATIONS[language], language))


@functools.lru_cache(maxsize=64)
def reader_pattern(language: str) -> re.Pattern[str] | None:
    """``language``'s words for the reader (:data:`_READER`), or None where it is not asked for
    (Chinese, Japanese, Korean)."""
    reader = _READER.get(language)
    return None if reader is None else re.compile(_bounded(reader, language))


def _alternatives(forms: str) -> str:
    # lower(), not casefold(): casefold writes Greek final sigma as "σ" and German "ß" as "ss".
    words = sorted({f.strip().lower() for f in forms.split("|") if f.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _bounded(alternatives: str, language: str) -> str:
    if language in _UNSPACED_LANGUAGES:
        return f"(?:{alternatives})"
    if language in _PREFIX_LANGUAGES:
        return f"(?<!{_LETTER})(?:{alternatives})"
    return f"(?<!{_LETTER})(?:{alternatives})(?!{_LETTER})"


@dataclass(frozen=True)
class _Lists:
    deserve: re.Pattern[str]
    breathe: re.Pattern[str]
    nobody: re.Pattern[str]
    cry: re.Pattern[str]
    die: re.Pattern[str]
    human: re.Pattern[str]
    vermin: re.Pattern[str]
    fat: re.Pattern[str]
    who: re.Pattern[str]
    negation: re.Pattern[str]
    # a negation next to "human": before it within two words, or just after it
    not_human: re.Pattern[str]
    negated_vermin: re.Pattern[str]
    reader: re.Pattern[str] | None


@functools.lru_cache(maxsize=64)
def _lists(language: str) -> _Lists:
    from guard.checks import contempt_words as words

    def pattern(forms: str) -> re.Pattern[str]:
        return re.compile(language_pattern(forms, language))

    nobody, _, cry = words.NOBODY_CRY[language].partition(" || ")
    negation = negation_pattern(language).pattern
    human = language_pattern(words.HUMAN[language], language)
    vermin = language_pattern(words.VERMIN[language], language)
    if language in _NOT_HUMAN:
        not_human = _NOT_HUMAN[language]
        negated_vermin = rf"{negation}\S{{0,2}}{vermin}"
    else:
        gap = r"(?:\s+[^\s,;:.!?،]+){0,2}?\s+"  # within a clause
        not_human = rf"{negation}{gap}{human}|{human}\S*\s+(?:\S+\s+)?{negation}"
        negated_vermin = rf"{negation}{gap}{vermin}"
    return _Lists(
        deserve=pattern(words.DESERVE[language]),
        breathe=pattern(words.BREATHE_LIVE[language]),
        nobody=pattern(nobody),
        cry=pattern(cry),
        die=pattern(words.DIE_YOU[language]),
        human=re.compile(human),
        vermin=re.compile(vermin),
        fat=pattern(words.FAT_ANIMAL[language]),
        who=pattern(words.WHO_WANTS_YOU[language]),
        negation=re.compile(negation),
        not_human=re.compile(not_human),
        negated_vermin=re.compile(negated_vermin),
        reader=reader_pattern(language),
    )


def _languages() -> tuple[str, ...]:
    from guard.checks.contempt_words import DESERVE

    return tuple(DESERVE)


# Words as the gate reads them: letters, Indic marks, apostrophes and hyphens inside.
_GATE_TOKEN = re.compile(r"[\w\u0900-\u0dff\u200c\u200d'’-]+")
# Scripts whose forms are read as substrings or word starts: any text in them passes the gate.
_UNSPACED_SCRIPT = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u3130-\u318f\u0e00-\u0e7f]"
)


def gate_index(lists: tuple[dict[str, str], ...]) -> dict[str, frozenset[str]]:
    """The first word of every form of ``lists`` (language -> "|"-separated forms) outside Chinese,
    Japanese and Korean, lowercased (and its pieces around apostrophes and hyphens), with the
    languages that list it: a text holding none of a language's words holds none of its forms
    (:func:`languages_present`)."""
    index: dict[str, set[str]] = {}
    for table in lists:
        for language, forms in table.items():
            if language in WITHOUT_WORD_ENDS:
                continue
            for form in forms.replace(" || ", "|").split("|"):
                first = form.strip().lower().split(" ")[0]
                for piece in {first, *re.split(r"['’-]", first)}:
                    if piece:
                        index.setdefault(piece, set()).add(language)
    return {word: frozenset(languages) for word, languages in index.items()}


def languages_present(text: str, index: dict[str, frozenset[str]]) -> set[str]:
    """The languages whose gate words (:func:`gate_index`) lowercased ``text`` holds, and Chinese,
    Japanese and Korean when it is written in their scripts. One dictionary lookup per word instead
    of every language's patterns on every sentence (forty-ninth session: benign prompts took 1.2 ms
    more per text without it)."""
    found: set[str] = set()
    for token in _GATE_TOKEN.findall(text):
        languages = index.get(token)
        if languages is not None:
            found |= languages
        if "'" in token or "’" in token or "-" in token:
            for piece in re.split(r"['’-]", token):
                found |= index.get(piece, frozenset())
    if _UNSPACED_SCRIPT.search(text):
        found |= WITHOUT_WORD_ENDS
    return found


@functools.lru_cache(maxsize=1)
def _gates() -> tuple[tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]], ...]:
    from guard.checks import contempt_words as words

    def halves(table: dict[str, str], part: int) -> dict[str, str]:
        return {language: forms.split(" || ")[part] for language, forms in table.items()}

    # Each shape holds a word of both its lists: "deserve" and "breathe", "nobody" and "cry",
    # "vermin" and "human", "fat" and "who".
    pairs = (
        (words.DESERVE, words.BREATHE_LIVE),
        (halves(words.NOBODY_CRY, 0), halves(words.NOBODY_CRY, 1)),
        (words.VERMIN, words.HUMAN),
        (words.FAT_ANIMAL, words.WHO_WANTS_YOU),
    )
    return tuple((gate_index((first,)), gate_index((second,))) for first, second in pairs)


def _candidates(lowered: str) -> set[str]:
    """The languages for which ``lowered`` holds a word of both lists of one shape."""
    found: set[str] = set()
    for first, second in _gates():
        found |= languages_present(lowered, first) & languages_present(lowered, second)
    return found


def contempt_span(text: str) -> tuple[int, int] | None:
    """The first sentence of ``text`` that holds one of the module's shapes in the writer's own
    voice, or None."""
    from guard.checks.abuse_other_scripts import in_own_voice, quotes_blanked
    from guard.checks.segmentation import sentence_chunks

    blanked = quotes_blanked(text)
    lowered = blanked.lower()
    present = _candidates(lowered)
    languages = [language for language in _languages() if language in present]
    if not languages:
        return None
    for start, end in sentence_chunks(blanked):
        sentence = lowered[start:end]
        if not any(c.isalpha() for c in sentence):
            continue
        if any(_contempt(sentence, language) for language in languages) and in_own_voice(sentence):
            return start, end
    # A short message split by its punctuation: "grosse vache t'as vu ta dégaine? aucun mec voudra
    # de toi" is one taunt (dev 49b).
    whole = lowered
    if len(whole) <= _SHORT_MESSAGE and in_own_voice(whole):
        for language in languages:
            lists = _lists(language)
            to_reader = lists.reader is None or lists.reader.search(whole) is not None
            if _unwanted(whole, language, lists, to_reader):
                return 0, len(text)
    return None


_SHORT_MESSAGE = 200  # characters: a message read whole for "fat ... who would want you"


def _contempt(sentence: str, language: str) -> bool:
    lists = _lists(language)
    to_reader = lists.reader is None or lists.reader.search(sentence) is not None
    if lists.reader is None and _OWN.search(sentence):
        to_reader = False
    # not worth living; nobody would mourn the reader
    for shape in ((lists.deserve, lists.breathe, lists.negation), (lists.nobody, lists.cry, lists.die)):
        if to_reader and all(pattern.search(sentence) for pattern in shape):
            return True
    vermin = lists.vermin.search(sentence)
    not_human = lists.not_human.search(sentence) if vermin else None
    if (
        not_human
        and not lists.negated_vermin.search(sentence)
        and not _SAID_OF_ONESELF.search(sentence[: not_human.start()])
    ):
        return True
    return _unwanted(sentence, language, lists, to_reader)


def _unwanted(sentence: str, language: str, lists: _Lists, to_reader: bool) -> bool:
    """A fat or animal word and "who would want you": two words of the "who would want" list
    ("kim ... ister", "quem vai querer"; in Chinese and Japanese, two of its items)."""
    if not to_reader or lists.fat.search(sentence) is None:
        return False
    found = [m.group() for m in lists.who.finditer(sentence)]
    if language in WITHOUT_WORD_ENDS:
        return len(set(found)) >= 2
    return sum(len(f.split()) for f in found) >= 2

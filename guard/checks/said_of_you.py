"""What the writer never called the reader, in other languages than English: "Ich hab dich nie
einen Lügner genannt", "Je t'ai jamais traité d'idiot", "Я никогда не называл тебя дураком",
"Sana hiç aptal demedim", "Maine tujhe kabhi jhootha nahi bola", "我从来没说过你是骗子".

On the forty-eighth session's blind set p95, 7 of its 37 benign rows flagged were this shape, in
seven languages: the insult is there, and so is what takes it back. English has its own pattern
(``denials_elsewhere._SAID_OF_YOU``); here a clause is read per language as three things of the
same language's table: a **negation**, a verb of **calling, saying or thinking**, and the
**reader** (a second-person pronoun, or a verb form that holds one: Hungarian "neveztelek", Arabic
"سميتك", Swahili "kukuita"). The clause is then a denial for :mod:`guard.checks.denials_elsewhere`
to judge like any other: the check must flag it with the negation removed ("Ich hab dich einen
Lügner genannt") and pass what is left with the clause masked, one sensitivity step up ("Ich hab
dich nie einen Lügner genannt, du Wichser" keeps ", du Wichser").

The three must come from one language's table: "die" is English and German, "sa" Swedish "said"
and Tagalog "at"; a clause holding a negation of one language and a verb of another is not read.
Chinese, Japanese and Korean, written without spaces between words or with particles fused to
them, are read by patterns (:data:`_UNSPACED`). Words listed from the languages' grammars; the
verb forms are the ones people type, with and without diacritics.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["SaidOfYou", "said_of_you"]


@dataclass(frozen=True)
class SaidOfYou:
    """A negation (``start``, ``end``; the affirmed copy writes ``instead``) in a clause
    (``clause_start``, ``clause_end``) that denies calling the reader something."""

    start: int
    end: int
    instead: str
    clause_start: int
    clause_end: int


@dataclass(frozen=True)
class _Language:
    negations: frozenset[str]
    verbs: re.Pattern[str]  # fullmatch on a casefolded token
    you: re.Pattern[str]  # fullmatch on a casefolded token
    # A verb that carries its own negation (Turkish "demedim", Czech "nenazval", Persian "نگفتم"):
    # groups "affirmed" and "rest" (if any) are what the affirmed copy writes instead
    # ("demedim" -> "dedim").
    fused: re.Pattern[str] | None = None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Per language: negations (whole words, "nobody" among them), verbs of calling, saying, insulting,
# thinking or considering (a regex per token), and the reader.
_LANGUAGES: dict[str, _Language] = {
    "de": _Language(
        _words("nicht nie niemals niemand keiner nimmer"),
        _full(
            r"genannt|nenn\w*|nannte\w*|gesagt|sag\w*|beschimpf\w*|bezeichn\w*|gemeint|behaupt\w*|"
            r"gedacht|denk\w*|hält|halte|gehalten|glaub\w*|find\w*|beleidig\w*"
        ),
        _full(r"du|dich|dir|euch"),
    ),
    "fr": _Language(
        _words("pas jamais personne ne n' n’"),
        _full(r"trait\w*|dit|dis|disais|dire|appel\w*|insult\w*|pens\w*|trouv\w*|crois|cru|considèr\w*"),
        _full(r"tu|te|toi|vous|t['’]\w*"),
    ),
    "es": _Language(
        _words("no nunca jamás jamas nadie"),
        _full(
            r"llam\w*|dije|dijo|dijimos|dicho|dec\w*|dig\w*|insult\w*|pens\w*|pienso|piensa\w*|cre\w*|"
            r"consider\w*|trat\w*"
        ),
        _full(r"tú|tu|te|ti|usted|vos|ustedes|os"),
    ),
    "pt": _Language(
        _words("não nao nunca jamais ninguém ninguem nem"),
        _full(r"cham\w*|disse\w*|dito|diz\w*|xing\w*|ach\w*|pens\w*|consider\w*|falei|falou|falado"),
        _full(r"você|voce|vc|tu|te|ti|contigo|vocês|voces"),
    ),
    "it": _Language(
        _words("non mai nessuno"),
        _full(
            r"chiamat\w*|chiam\w*|detto|dett\w*|dato|dat\w*|insultat\w*|pens\w*|cred\w*|consider\w*|"
            r"dic\w*|dett[oa]"
        ),
        _full(r"ti|te|tu|voi|vi|t['’]\w*|\w+[ae]rti|\w+irti"),
    ),
    "nl": _Language(
        _words("niet nooit niemand"),
        _full(r"genoemd|noem\w*|gezegd|zei|zeiden|zeg\w*|uitgescholden|scheld\w*|vind\w*|denk\w*|gedacht"),
        _full(r"jij|je|jou|u|jullie"),
    ),
    "sv": _Language(  # with Norwegian and Danish
        _words("inte aldrig ingen ikke aldri ej"),
        _full(r"kallat|kallade|kallar|kalla|sagt|sa|sade|säger|tycker|tror|kaldt|kalte|kaldte|synes|mener"),
        _full(r"du|dig|dej|deg|dere|jer"),
    ),
    "pl": _Language(
        _words("nie nigdy nikt"),
        _full(r"nazw\w*|nazyw\w*|powiedzia\w*|mówi\w*|mowi\w*|wyzwa\w*|wyzyw\w*|uważa\w*|uwaza\w*|myśl\w*"),
        _full(r"ty|cię|cie|ciebie|tobie|ci|wy|was|wam"),
    ),
    "cs": _Language(  # with Slovak
        _words("ne nikdy nikdo nikto"),
        _full(r"nazva\w*|nazýva\w*|řekl\w*|říka\w*|nadáva\w*|mysl\w*|povedal\w*|nadával\w*"),
        _full(r"ty|tě|te|tebe|tobě|ti|vy|vás|vas"),
        _full(r"ne(?P<affirmed>nazva\w*|nazýva\w*|řekl\w*|říka\w*|nadáva\w*|mysl\w*|povedal\w*)"),
    ),
    "ru": _Language(  # with Ukrainian and Bulgarian
        _words("не никогда никто ні ніколи ніхто никой"),
        _full(
            r"называ\w*|назва\w*|обзыва\w*|обозва\w*|говори\w*|сказа\w*|счита\w*|дума\w*|назива\w*|"
            r"каза\w*|вважа\w*|нарича\w*"
        ),
        _full(r"тебя|тебе|ты|вас|вы|ти|тобі"),
    ),
    "tr": _Language(
        _words("hiç hic kimse asla"),
        # Turkish negates in the verb: "demedim", "söylemedim", "düşünmüyorum".
        _full(r"dedi\w*|diye|diyor\w*|söyle\w*|soyle\w*|çağır\w*|cagir\w*|düşün\w*|dusun\w*|hakaret\w*"),
        _full(r"sen|sana|seni|senin|siz|size|sizi|sizin"),
        _full(
            r"(?P<affirmed>de|söyle|soyle|çağır|cagir|düşün|dusun|san|bul)"
            r"(?:m[eaıiuü](?=[dyz])|m(?=[ıiuü]yor))(?P<rest>\w*)"
        ),
    ),
    "hi-Latn": _Language(
        _words("nahi nahin nhi nai na mat"),
        _full(
            r"bola|boli|bole|bolta|bolti|kaha|kahaa|kahi|bulaya|samjha|samjhi|samajhta|samajhti|"
            r"samjhta|samjhti|socha|sochta|sochti|maana|mana"
        ),
        _full(r"tujhe|tumhe|tumko|tujhko|aapko|apko|tu|tum|aap|tere|tera|tumhara|tumhari"),
    ),
    "hi": _Language(
        _words("नहीं नही न मत"),
        _full(r"बोला|बोली|बोले|कहा|कही|कहे|समझा|समझी|समझता|समझती|सोचा|सोचता|बुलाया|माना"),
        _full(r"तुझे|तुम्हें|तुम्हे|आपको|तू|तुम|आप|तुमको|तुझको"),
    ),
    "bn": _Language(
        _words("না নাই নি কখনো কখনও"),
        _full(r"বল[\u0980-\u09ff]*|ডাক[\u0980-\u09ff]*|ভাব[\u0980-\u09ff]*"),  # vowel signs are not \w
        _full(r"তোকে|তোমাকে|আপনাকে|তুই|তুমি|আপনি"),
        _full(r"(?P<affirmed>বলি|ডাকি|ভাবি)নি"),
    ),
    "id": _Language(  # with Malay
        _words("tidak tak nggak gak ga enggak ngga ndak belum gk tdk engga"),
        _full(
            r"bilang\w*|nyebut\w*|menyebut\w*|sebut\w*|panggil\w*|memanggil\w*|ngatain\w*|ngatai\w*|"
            r"mengatai\w*|anggap\w*|menganggap\w*|pikir\w*|berpikir\w*|kata\w*|cakap"
        ),
        _full(r"kamu|kau|lu|lo|loe|elu|elo|anda|km|engkau|awak|ko|dikau"),
    ),
    "vi": _Language(
        _words("không chưa chẳng ko hông hổng"),
        _full(r"gọi|nói|bảo|chửi|kêu|nghĩ|coi"),
        _full(r"bạn|mày|cậu|anh|chị|em|ông|bà|mi|bồ"),
    ),
    "tl": _Language(
        _words("hindi di never"),
        _full(r"tinawag|sinabi|sinabihan|tawag\w*|sabi|tinuring|inisip"),
        _full(r"ka|ikaw|kita|mo|kang|kayo"),
    ),
    "sw": _Language(
        _words("sijawahi sikuwahi hatujawahi hajawahi sitawahi"),
        _full(r"\w*(?:kuita|kwita|sema|tukana)\w*"),
        _full(r"wewe|nyinyi|kwako|\w*ku(?:ita|tukana|ambia)\w*"),
        _full(r"(?:si|hatu)(?:ku|ja|ta)(?P<affirmed>\w*(?:kuita|kutukana|sema))"),
    ),
    "ro": _Language(
        _words("nu niciodată niciodata nimeni"),
        _full(r"numit|zis|spus|făcut|facut|jignit|crezut|cred|consider\w*|zic|spun|făceam|faceam"),
        _full(r"te|tu|ție|tie|tine|voi|vă|va|te-\w+|v-\w+"),
        _full(r"n-(?P<affirmed>am|aș|as|ai)"),
    ),
    "hu": _Language(
        _words("nem soha senki sosem"),
        _full(r"mondtam|mondta|neveztelek|neveztünk|hívtalak|hivtalak|gondolom|gondoltam|tartalak|szidtalak"),
        _full(r"te|téged|teged|neked|ti|titeket|\w+l[ae]k"),
    ),
    "fi": _Language(
        _words("en et ei emme ette eivät koskaan kukaan"),
        _full(r"sano\w*|kutsu\w*|haukku\w*|nimittä\w*|ajattel\w*|pidä|pidän|pitänyt"),
        _full(r"sinua|sinä|sinulle|te|teitä|sä|sua|sulle|sinusta"),
    ),
    "el": _Language(
        _words("δεν ποτέ ποτε κανείς κανεις"),
        _full(r"είπα|ειπα|λέω|λεω|αποκάλεσα|αποκαλεσα|αποκαλώ|έβρισα|εβρισα|βρίζω|θεωρώ|νομίζω|νομιζω"),
        _full(r"σε|σου|εσύ|εσυ|σας|εσείς"),
    ),
    "he": _Language(
        _words("לא מעולם אף"),
        _full(r"קראתי|אמרתי|אמרנו|כיניתי|חשבתי|קיללתי"),
        _full(r"לך|אותך|אתה|את|שאתה|שאת"),
    ),
    "ar": _Language(
        _words("ما لم لن مش مو مب ماني"),
        _full(
            r"قلت\w*|اقل|أقل|قلتل\w*|سميت\w*|وصفت\w*|شتمت\w*|اسمي\w*|أسمي\w*|اوصف\w*|أوصف\w*|نعتت\w*|"
            r"أنعت\w*|قصدت\w*|اعتبرت\w*"
        ),
        _full(r"انت|أنت|إنت|إنك|انك|أنك|عنك|لك|\w\w+ك"),
    ),
    "fa": _Language(
        _words("هیچوقت هیچ‌وقت هرگز"),
        _full(r"ن?(?:گفت|کرد|خواند|دونست|دانست)\w*"),
        _full(r"تو|شما|بهت|بهتون|تورو|تو\w*"),
        _full(r"ن(?P<affirmed>گفت\w*|کرد\w*|خواند\w*|دونست\w*|دانست\w*)"),
    ),
}

# Chinese, Japanese and Korean: the negation and the verb as one pattern (group "negation" is
# removed or replaced in the affirmed copy: Japanese "言ってない" -> "言った").
_UNSPACED = compile_prefiltered(
    # Chinese: "我从来没说过你是骗子", "我没骂你傻", "我沒有叫你白痴"
    r"(?P<zh>(?:从来|從來|从|從)?(?:没有|沒有|没|沒|不曾|未曾)(?:有)?)"
    r"(?:说|說|叫|骂|罵|讲|講|认为|認為|觉得|覺得|称|稱)(?:过|過)?(?:你|您)"
    # Japanese: "バカなんて言ってない", "お前のことブスとは思ってない"
    r"|(?:って|と|なんて|とは|とか)(?:は)?(?:言っ|いっ|呼ん|思っ)て?(?P<ja>ない|ねえ|ねー|ません|ないよ)"
    r"|(?:言わ|いわ)(?P<ja2>なかった|ない)"
    # Korean: "너 바보라고 한 적 없어", "너한테 못생겼다고 안 했어", "그렇게 부른 적 없어"
    r"|(?:라고|다고|이라고|이라곤|라곤|다곤)\s*(?P<ko>안\s*)(?:했|함|그랬)"
    r"|(?:라고|다고|이라고|라곤|다곤|부른|말한|한)\s*적\s*(?P<ko2>(?:이\s*)?없)"
    r"|(?:라고|다고|이라고)\s*(?:하지|말하지|부르지)\s*(?P<ko3>않았)"
)
_UNSPACED_INSTEAD = {"zh": "", "ja": "た", "ja2": "った", "ko": "", "ko2": "있", "ko3": "했"}
_UNSPACED_READER = compile_prefiltered(r"你|您|お前|おまえ|あなた|君|きみ|あんた|てめえ|너|넌|널|니가|당신")

_PUNCTUATION = '.,;:!?¡¿"“”„«»()[]{}…|।॥؟،؛、。！？，；：「」『』\n\t'
_TOKEN = re.compile(rf"[^\s{re.escape(_PUNCTUATION)}]+")
_CLAUSE_WINDOW = 10  # tokens: the reader this close to the negation, in its clause
# ... and the verb this close: "Ich hab dich nie einen Lügner genannt" (3), not "solo dije que tu
# plan no funciona" (a negation of its own, four words after the verb)
_VERB_DISTANCE = 3


def said_of_you(piece: str, *, english: bool = False) -> list[SaidOfYou]:
    """The clauses of ``piece`` in which the writer denies calling (saying, thinking) the reader
    something, or apologises for it, in the languages of :data:`_LANGUAGES` and Chinese, Japanese
    and Korean; with ``english``, only an English apology (English denials are
    ``denials_elsewhere``'s own)."""
    found: list[SaidOfYou] = []
    for start, end in _clauses(piece):
        clause = piece[start:end]
        tokens = [(m.start() + start, m.end() + start, m.group().casefold()) for m in _TOKEN.finditer(clause)]
        if english:
            apology = _apology(clause, ("en",), tokens)
            if apology is not None:
                found.append(SaidOfYou(start + apology[0], start + apology[1], "", start, end))
            continue
        negations = _spaced(tokens) if tokens else []
        if negations:
            found.extend(SaidOfYou(s, e, instead, start, end) for s, e, instead in negations)
            continue
        apology = _apology(clause, tuple(_APOLOGIES), tokens)
        if apology is not None:
            found.append(SaidOfYou(start + apology[0], start + apology[1], "", start, end))
            continue
        m = _UNSPACED.search(clause)
        if m is not None and (m.group("ko") is None or _UNSPACED_READER.search(clause)):
            name = next(k for k in _UNSPACED_INSTEAD if m.group(k) is not None)
            s, e = m.span(name)
            found.append(SaidOfYou(start + s, start + e, _UNSPACED_INSTEAD[name], start, end))
    return found


# Apologies for what the reader was called ("Förlåt att jag kallade dig idiot igår", "Прости, что
# вчера назвал тебя идиотом", "Scusami per averti chiamato idiota"): on the blind set p97, 7 of its
# 22 benign rows flagged at the forty-ninth session's end, in seven languages. Read like a denial:
# the clause is masked and what is left must pass; there is no negation to remove.
_APOLOGIES: dict[str, str] = {
    "en": r"sorry|apologi[sz]e\w*|my apologies|my bad",
    "es": r"perd[oó]n\w*|lo siento|siento haber|disculpa\w*|disc[uú]lpame",
    "de": r"sorry|tut mir leid|entschuldig\w*|verzeih\w*",
    "fr": r"d[ée]sol[ée]\w*|pardon|excuse[- ]moi|je m['’]excuse",
    "it": r"scusa\w*|mi dispiace|perdona\w*",
    "pt": r"desculpa\w*|perd[ãa]o|me perdoa",
    "nl": r"sorry|excuses|het spijt me|vergeef",
    "sv": r"förlåt|forlat|ursäkta|sorry|undskyld|unnskyld",
    "pl": r"przepraszam|wybacz\w*|sorki|sorry",
    "cs": r"promiň|promin|omlouvám se|omlouvam se|sorry",
    "ro": r"scuze|îmi pare rău|imi pare rau|iartă-mă|iarta-ma",
    "el": r"συγγνώμη|συγνώμη|συγγνωμη|συγνωμη|σόρρυ|σορρυ",
    "ru": r"прости\w*|извини\w*|сорри|сорян|вибач\w*|пробач\w*",
    "tr": r"özür dilerim|ozur dilerim|kusura bakma|affet",
    "ar": r"آسف|آسفة|اسف|اسفة|سامحني|معذرة|عذرا",
    "fa": r"ببخشید|ببخش|معذرت|شرمنده",
    "he": r"סליחה|מצטער|מצטערת",
    "hi": r"माफ़|माफ|सॉरी",
    "hi-Latn": r"sorry|maaf\w*",
    "bn": r"দুঃখিত|মাফ|সরি|ক্ষমা",
    "id": r"maaf|sori|sorry",
    "vi": r"xin lỗi|xin loi|sorry",
    "tl": r"pasensya|patawad|sorry",
    "sw": r"samahani|nisamehe",
}
_ENGLISH = _Language(
    frozenset(),
    _full(r"call\w*|said|say\w*|insult\w*"),
    _full(r"you|u|ya|ya'll|y'all"),
)


@functools.lru_cache(maxsize=64)
def _apology_pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\u0980-\u09ff])(?:{_APOLOGIES[language]})(?![\w\u0980-\u09ff])")


def _apology(
    clause: str, languages: tuple[str, ...], tokens: list[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """The span (in ``clause``) of an apology of one of ``languages`` with that language's verb of
    calling and the reader in the clause ("sorry I called you an idiot"), or None."""
    lowered = clause.lower()
    words = [w for _, _, w in tokens]
    for language in languages:
        m = _apology_pattern(language).search(lowered)
        if m is None:
            continue
        table = _ENGLISH if language == "en" else _LANGUAGES[language]
        if any(table.verbs.fullmatch(w) for w in words) and any(table.you.fullmatch(w) for w in words):
            return m.span()
    return None


def _spaced(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The negations (span, replacement) of the first language whose negation, verb and reader
    stand close together among ``tokens`` (the verb within :data:`_VERB_DISTANCE` tokens of the
    negation, the reader within :data:`_CLAUSE_WINDOW`): every negation of that language in the
    clause, so that the affirmed copy keeps none ("Non ti ho mai dato dello stupido")."""
    words = [w for _, _, w in tokens]
    for language in _candidates(frozenset(words)):
        table = _LANGUAGES[language]
        negations = []
        for s, e, word in tokens:
            fused = table.fused.fullmatch(word) if table.fused is not None else None
            if word in table.negations or fused is not None:
                negations.append((s, e, _affirmed(fused) if fused is not None else ""))
        for index, (_, _, word) in enumerate(tokens):
            fused = table.fused.fullmatch(word) if table.fused is not None else None
            if word not in table.negations and fused is None:
                continue
            window = words[max(0, index - _CLAUSE_WINDOW) : index + _CLAUSE_WINDOW + 1]
            near = words[max(0, index - _VERB_DISTANCE) : index + _VERB_DISTANCE + 1]
            verb = fused is not None or any(table.verbs.fullmatch(w) for w in near)
            if verb and any(table.you.fullmatch(w) for w in window):
                return negations
    return []


def _affirmed(fused: re.Match[str]) -> str:
    rest = fused.groupdict().get("rest")
    return fused.group("affirmed") + (rest or "")


def _candidates(words: frozenset[str]) -> list[str]:
    """The languages whose negation words (or a fused negative verb) the clause holds."""
    out = []
    for language, table in _LANGUAGES.items():
        if words & table.negations or (
            table.fused is not None and any(table.fused.fullmatch(w) for w in words)
        ):
            out.append(language)
    return out


def _clauses(piece: str) -> list[tuple[int, int]]:
    """``piece`` cut at sentence ends and commas (a clause of its own: "..., ich hab nur gesagt"),
    except before a complementizer: "Ich habe nie gesagt, dass du dumm bist" is one clause."""
    from guard.checks.segmentation import spans_between

    spans = spans_between(piece, _CLAUSE_END)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        first = _TOKEN.search(piece, s, e)
        if (
            merged
            and first is not None
            and first.group().casefold() in _COMPLEMENTIZERS
            and "," in piece[merged[-1][1] : s]
            and not any(c in piece[merged[-1][1] : s] for c in ".!?。！？\n")
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


# "That" after a verb of saying, in the languages of _LANGUAGES.
_COMPLEMENTIZERS_TEXT = (
    "dass daß que qu'il qu'elle che ch' dat att at että hogy ότι οτι πως că ca ki kwamba kuwa "
    "bahwa kalau là rằng что що че że ze že kuwa ki کہ که أن أنك انك إنك ان إن כי ש"
)
_COMPLEMENTIZERS = frozenset(_COMPLEMENTIZERS_TEXT.split())

_CLAUSE_END = compile_prefiltered(r"[.,;:!?¡¿…|।॥؟،؛。！？，；\n]+")

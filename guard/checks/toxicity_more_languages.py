"""Which of the toxicity encoder's flags on Russian, Ukrainian, Polish, Czech, Turkish,
Vietnamese, Indonesian, Hindi, Korean, Japanese, Chinese, Thai and Arabic text need a word to
stand on (the same reading as :mod:`guard.checks.toxicity_other_languages` gives German, Spanish,
French, Italian, Portuguese and Dutch).

guard's encoder is MiniLM with an English word-piece vocabulary: Cyrillic, Devanagari, Hangul, Thai
and most Vietnamese words reach it as strings of single letters, which it never learned to read.
Its flags there are unsure and fall on ordinary chat: of 600 messages people type into an app's
chat box in twelve languages (helper-written sets p47 to p51, none of them toxic), it flagged 39,
16 of the 50 Vietnamese ones ("Kể cho mình một chuyện cười ngắn đi" 0.77, "Opowiedz krótką bajkę o
hulajnodze" 0.78, "Давай сыграем в города!" 0.53), between 0.51 and 0.83.

A toxic message in those languages almost always holds a word that says so, as in the six
languages of :mod:`guard.checks.toxicity_other_languages`: an insult or a swear word at a person,
a slur or a protected group named, a word that dehumanises, a call to throw people out, a threat
or a wish of death, a sexual word. So a chunk in one of these languages that the encoder flagged
below :data:`~guard.checks.toxicity_other_languages.OTHER_CAP` and that holds none of its
language's :data:`EVIDENCE` passes. Group names are evidence on their own: the encoder's flag on a
text about migrants or women stands (whether it is hateful is the encoder's call, not this
module's), so only text that names no one and insults no one is cleared.

A language without a lexicon here (Greek, Hebrew, Bengali, Swedish, ...) is never cleared: the
encoder's flag there stands, unsure or not.

Measured in bench/README.md (thirty-eighth session).
"""

from __future__ import annotations

import functools
import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = [
    "EVIDENCE",
    "GROUP_NAMES",
    "LEARNED",
    "MALIGNED",
    "english_word_count",
    "holds_evidence",
    "language_of",
]

# --- which language a chunk is in ------------------------------------------------------------

_CYRILLIC_SCRIPT = compile_prefiltered(r"[\u0400-\u04ff]")
_DEVANAGARI_SCRIPT = compile_prefiltered(r"[\u0900-\u097f]")
_HANGUL_SCRIPT = compile_prefiltered(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA_SCRIPT = compile_prefiltered(r"[\u3040-\u30ff]")
_HAN_SCRIPT = compile_prefiltered(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_THAI_SCRIPT = compile_prefiltered(r"[\u0e00-\u0e7f]")
_ARABIC_SCRIPT = compile_prefiltered(r"[\u0600-\u06ff\u0750-\u077f]")
_LATIN_SCRIPT = compile_prefiltered(r"[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
# Letters only Vietnamese writes (ơ, ư, đ, ă and the stacked tone marks of Latin Extended
# Additional); Turkish (ş, ğ, ı, İ) and Polish (ł, ę, ą, ś, ć, ż, ź, ń) and Czech (ě, ř, ů, č, š, ž)
# letters help, but Romanian writes ş too and Slovak č, š, ž: those two need their function words.
_VIETNAMESE_LETTERS = compile_prefiltered(r"[ơƠưƯđĐ\u1ea0-\u1ef9]")
_WORD = compile_prefiltered(r"[^\W\d_]+")

# Function words and the commonest short words of each Latin-script language (casefolded, with
# and without their diacritics: people type both).
_FUNCTION_WORDS = {
    "tr": "ve bir bu şu su için icin ne çok cok ama da de mi mı mu mü ben sen biz siz o var yok gibi daha değil "
    "degil neden nasıl nasil lütfen lutfen teşekkürler tesekkurler merhaba bana sana benim senin ile kadar "
    "hangi hiç hic şey sey olarak oldu olur musun misin mısın yapabilir istiyorum nedir bi artık artik",
    "pl": "nie się sie jest że ze jak czy już juz mi ja ty mnie proszę prosze dzięki dzieki tak ale bardzo mój moj "
    "moja jestem mam dla przez tylko też tez co gdzie kiedy może moze jaki jaka chcę chce są sa był "
    "była bylo było mój twój twoj jego jej nas ich żeby zeby jeszcze albo bo",
    "cs": "je jsem jsi jsou není neni se na že ze jak co proč proc kde když kdyz ale prosím prosim děkuji dekuji "
    "mám mam máte mate tak už uz jen také take byl bylo být byt můj muj moje tvůj tvuj nebo protože "
    "protoze jsme mi mně mne vám vam",
    "id": "yang ini itu saya aku kamu anda tidak nggak gak ga enggak dari untuk dengan ada mau bisa sudah "
    "udah belum lagi aja saja dong yuk banget sih kok apa gimana bagaimana tolong terima kasih juga atau "
    "karena kalau kalo buat gue gw lo lu kita kami mereka jadi sama pakai pake mana kenapa boleh makasih banyak "
    "sangat bikin rasanya selamat teman kak mbak bang deh nih tuh kan",
    "vi": "không khong được duoc mình minh nhé nhe nha rồi roi của cua tôi toi với voi này nay thì thi là và "
    "cho đi gì sao vậy vay ơi oi bạn những nhung làm lam có co người nguoi chưa chua đã da cái cai",
}
_FUNCTION = {lang: frozenset(text.split()) for lang, text in _FUNCTION_WORDS.items()}
_TURKISH_LETTERS = compile_prefiltered(r"[şŞğĞıİ]")
_POLISH_LETTERS = compile_prefiltered(r"[łŁęĘąĄśŚćĆżŻźŹńŃ]")
_CZECH_LETTERS = compile_prefiltered(r"[ěĚřŘůŮ]")
#: English words that are also function words of these languages ("to", "a", "do", "ten").
_ENGLISH_SHARED = frozenset(
    [
        "a",
        "i",
        "o",
        "to",
        "do",
        "na",
        "ten",
        "ta",
        "co",
        "mi",
        "ne",
        "ke",
        "da",
        "de",
        "di",
        "ve",
        "se",
        "bu",
        "ya",
        "ada",
    ]
)


# Common English words beyond guard.checks.toxicity_confirmation.ENGLISH_WORDS' function words: an
# English sentence must not read as Czech for its two "to"s ("I'd like to give her something to
# cry about").
_MORE_ENGLISH_TEXT = (
    "like give something about what when where there their they them this that with from have has had will "
    "would could should your just know think want need make get got going come see look good time people "
    "really very much more some any other only also than then now here been being because into over after "
    "before well back even still way thing things day year work life help please thanks thank let tell said "
    "say feel sorry love cry hate kill die dead fuck shit"
)
_MORE_ENGLISH = frozenset(_MORE_ENGLISH_TEXT.split())


def english_word_count(words: list[str]) -> int:
    """How many of ``words`` (casefolded) are English words that no language here writes too."""
    from guard.checks.toxicity_confirmation import ENGLISH_WORDS

    return sum((w in ENGLISH_WORDS or w in _MORE_ENGLISH) and w not in _ENGLISH_SHARED for w in words)


def _latin_language(chunk: str, words: list[str]) -> str | None:
    english = english_word_count(words)
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION.items()}
    if _VIETNAMESE_LETTERS.search(chunk):
        counts["vi"] += 2
    # A letter only one of these languages writes counts as two words (Turkish ı, ş, ğ; Polish ł, ę,
    # ą; Czech ř, ě, ů): "Çingeneler hırsızdır, mahalleye sokmamak lazım" has no function word.
    if _TURKISH_LETTERS.search(chunk):
        counts["tr"] += 2
    if _POLISH_LETTERS.search(chunk):
        counts["pl"] += 2
    if _CZECH_LETTERS.search(chunk):
        counts["cs"] += 2
    lang, count = max(counts.items(), key=lambda item: item[1])
    # Two words of the language (or its letters and one word), and more of them than English ones.
    if count >= 2 and count > english:
        return lang
    return None


@functools.lru_cache(maxsize=4096)
def language_of(chunk: str) -> str | None:
    """The language of ``chunk`` among those this module has a lexicon for, or None.

    Scripts decide: Cyrillic (``"ru"``, Russian and Ukrainian share a lexicon), Devanagari
    (``"hi"``), Hangul (``"ko"``), kana (``"ja"``), Han without kana (``"zh"``), Thai (``"th"``),
    Arabic (``"ar"``); in Latin script the function words (and letters) of Turkish, Polish, Czech,
    Indonesian and Vietnamese. At least 60 % of the letters must be in the script. Cached: the
    lexicons and the head read the same sentences."""
    if chunk.isascii():
        # Latin letters only (the common case: English): no script to count.
        return _latin_language(chunk, [w.casefold() for w in _WORD.findall(chunk)])
    letters = [c for c in chunk if c.isalpha()]
    if not letters:
        return None
    total = len(letters)
    text = "".join(letters)
    for pattern, lang in (
        (_CYRILLIC_SCRIPT, "ru"),
        (_DEVANAGARI_SCRIPT, "hi"),
        (_HANGUL_SCRIPT, "ko"),
        (_THAI_SCRIPT, "th"),
        (_ARABIC_SCRIPT, "ar"),
    ):
        if len(pattern.findall(text)) >= 0.6 * total:
            return lang
    kana = len(_KANA_SCRIPT.findall(text))
    han = len(_HAN_SCRIPT.findall(text))
    if kana + han >= 0.6 * total:
        return "ja" if kana else "zh"
    if len(_LATIN_SCRIPT.findall(text)) < 0.9 * total:
        return None
    words = [w.casefold() for w in _WORD.findall(chunk)]
    return _latin_language(chunk, words)


# --- the words a toxic text in each language holds ---------------------------------------------

# A word start for the scripts that space their words (Latin, Cyrillic, Devanagari, Arabic, Hangul
# phrases): the lexicon's stems then take any ending ("идиот", "идиоты", "идиотка").
_B = r"(?<![^\W\d_])"

_RUSSIAN_UKRAINIAN = (
    # insults and swearing at a person
    r"идиот|дебил|дебіл|дура|дурак|дурн|дурень|туп(?:ой|ая|ое|ые|ица|орыл|ий|а\b|і\b)|кретин|урод|мудак|мудил|"
    r"долбо|дол6о|еблан|ебан|ёбан|ебал|ёб|ебу|єба|сука|суки|сучк|сучар|бляд|блят|бля\b|хуй|хуе|хуё|хуи|хуї|пизд|"
    r"пидор|пидар|підор|педик|гандон|говн|гівн|лайно|мраз|тварь|твари|тварюк|скотин|чмо|лох|лошар|ублюд|выродок|"
    r"виродок|падл|падлюк|шлюх|шльондр|повія|проститутк|дрянь|козел|козёл|козли|свинья|свиньи|свиня|свині|"
    r"ничтожеств|нікчем|придур|недоум|недоумк|даун|олигофрен|дегенерат|жирн(?:ая|ый|ое|ые|а\b|ий)|уродин|отброс|"
    r"покидьок|сволоч|сволот|курв|йолоп|бовдур|заткн|завали\s+(?:ебало|рот|пасть)|нахуй|на\s+хуй|отвали|"
    r"проваливай|мерзк|мерзот|мерзен|огидн|отвратител|гнид|тупиц|кончен|конченн|овца|овцы|телк|тёлк|"
    # slurs and protected groups
    r"мигрант|мігрант|приезж|понаех|еврей|евре|євре|жид|цыган|циган|мусульман|ислам|іслам|черножоп|черн(?:ые|ых|ым|ыми|ый)|"
    r"чорн(?:і|их|им|ими|ий)|чурк|хач|кавказ|таджик|узбек|негр|нігер|ниггер|гей|геи|геї|гомосек|гомик|лесби|лесбі|"
    r"трансгендер|трансы|инвалид|інвалід|женщин|бабы|бабам|баба\b|жінк|жінок|феминист|феміністк|хохл|хохол|кацап|"
    r"москал|русн|рашист|нерус|азиат|азіат|китаёз|китаез|біженц|беженц|ром(?:а|и|ы)\b|"
    # ... men, women, nations, regions, races, discrimination named
    r"мужик|мужчин|девушк|девк|девчонк|русск|украин|американ|китайц|кавказц|бел(?:ые|ых|ым)\b|расизм|расист|"
    r"дискримин|нацист|фашист|быдл|колхоз|деревенщ|селюк|жлоб|"
    # dehumanised, thrown out
    r"животн|тварин|скот\b|скоты|скотом|паразит|крыс|щур|таракан|тарган|зараз|вши|нечист|нелюд|убирайтесь|валите|"
    r"вон\s+из|депорт|выгнат|вигнат|геть\s+з|"
    # threats, death wished, self-harm urged
    r"убью|убить|убей|убъю|прибью|урою|зарежу|пристрелю|застрелю|сдохн|сдох|здохн|здох|умри|умрёш|умреш|помри|"
    r"вб['’ʼ]?ю|вбити|приб['’ʼ]?ю|заріжу|найду\s+тебя|знайду\s+тебе|знаю,?\s+где\s+ты|знаю,?\s+де\s+ти|пожалеешь|"
    r"пошкодуєш|переломаю|сломаю|зламаю|изобью|поб['’ʼ]?ю|закопаю|повесься|повісься|вскройся|убейся|самоубий|"
    r"самогубст|"
    # sexual
    r"трах|выеб|виїб|отсос|соси\b|сосать|минет|секс|голы[еейх]?\s+фото|голі\s+фото|нюдс|сиськ|член\b"
)
_POLISH_CZECH = (
    # insults and swearing at a person (with and without diacritics)
    r"idiot|debil|kretyn|kretén|g[łl]up(?:i|ia|ek|ol|ota|ku|cze)|g[łl][ąa]b|dure[ńn]|durn|baran|osio[łl]|mato[łl]|"
    r"t[ęe]p(?:y|a|ak|e)\b|frajer|cwel|chuj|huj|kurw|pierdol|spierdal|wypierdal|jeb|pizd|szmat|dziwk|suk[aoi]\b|"
    r"skurwysyn|skurwiel|gn[óo]j|g[óo]wn|ciot|peda[łl]|zjeb|upo[śs]ledzon|kalek|[śs]wini|[śs]wi[ńn]|byd[łl]o|[śs]mie[ćc]|"
    r"[śs]ciерw|[śs]cierw|menel|patus|spadaj|zamknij\s+(?:si[ęe]|mord|ryj)|morda\b|ryj\b|"
    r"kurv|píč|pic(?:a|o|u)\b|kokot|debil|blb(?:ec|ci|e|á|ý)|hajzl|zmrd|čurák|curak|šuk|mrdk|prdel|hovad|kráv(?:a|o)|"
    r"svin(?:e|ě)|děvk|devk|šlap|buzerant|negr|cikán|cikan|[žz]id(?:i|é|e|ovsk)|"
    # slurs and protected groups
    r"imigrant|emigrant|uchod[źz]c|uprchl[íi]k|[żz]yd(?:zi|ów|ow|a|y)?\b|[żz]yd[óo]w|cygan|rom(?:ów|ow|owie|ové|ove)\b|"
    r"muzu[łl]man|muslim|islam|czarnuch|murzyn|asfalt|ciapat|brudas|gej|lesb|trans(?:p[łl]|ek|ka|y|eksual|gender)|"
    r"niepe[łl]nosprawn|postižen|kobiet|[żz]eny\b|ženy|baby\b|ukrai[ńn]c|ukrajin|rusk|kacap|szwab|"
    # ... men, women, nations, regions, races, discrimination named
    r"m[ęe][żz]czyzn|facet|dziewczyn|laski|polak|polacy|niemc|amerykan|bia[łl](?:y|ych|ym|e)\b|rasis|dyskrymin|"
    r"nazist|faszyst|wie[śs]niak|cebulak|mu[žz]i\b|chlap|holk|[čc]ech|rasist|diskrimin|"
    # dehumanised, thrown out
    r"zwierz|zv[íi][řr]|robactw|robak|szczur|krys(?:y|a)\b|karaluch|pasożyt|pasozyt|parazit|zaraz|wynocha|won\s+z|"
    r"wracajcie|deport|vypadn|táhněte|tahnete|"
    # threats, death wished, self-harm urged
    r"zabij|zabiję|zajebi|zat[łl]uk|udusz|rozwal[ęe]|po[łl]ami[ęe]|znajd[ęe]\s+ci[ęe]|wiem,?\s+gdzie\s+mieszkasz|"
    r"po[żz]a[łl]ujesz|zdechnij|zdychaj|gi[ńn]\b|powie[śs]\s+si[ęe]|samob[óo]j|zabij\s+si[ęe]|zabiju|zabít|zabit|"
    r"chcípni|chcipni|zdechni|vím,?\s+kde\s+bydlíš|vim,?\s+kde\s+bydlis|najdu\s+t[ěe]|oběs\s+se|obes\s+se|"
    r"sebevra|"
    # sexual
    r"rucha|wyrucha|seks|sex|nago|nagie|nah[ée]\s+fot|nahá|cycki|cycky|kozy\b|obci[ąa]g|lodzik|pt[áa]k\b|"
    r"ošuk|osuk|vyšuk|vysuk"
)
_TURKISH = (
    # insults and swearing at a person (with and without diacritics)
    r"aptal|salak|gerizekal|geri\s+zekal|mal\b|ahmak|beyinsiz|dangalak|[şs]erefsiz|haysiyetsiz|namussuz|pislik|"
    r"pi[çc]\b|pi[çc]i|orospu|kahpe|s[üu]rt[üu]k|fahi[şs]e|yav[şs]ak|g[öo]t\b|g[öo]t[üu]|amk\b|aq\b|am[ıi]na|amc[ıi]k|"
    r"sik\b|siki|siker|siktir|sikeyim|sikik|yarra|yarak|pezevenk|ibne|d[öo]nme|kaltak|[şs][ıi]ll[ıi]k|k[öo]pek|"
    r"e[şs]ek|hayvan|domuz|[öo]k[üu]z|[çc]omar|andaval|embesil|mankafa|lavuk|pu[şs]t|kanc[ıi]k|s[üu]r[üu]ngen|"
    r"gerzek|ezik|[çc]akal|it\s+oğlu|it\s+oglu|sal(?:ak)?ın\s+teki|defol|s[üu]rt|"
    # slurs and protected groups
    r"suriyeli|m[üu]lteci|g[öo][çc]men|k[üu]rt|ermeni|yahudi|[çc]ingene|arap|zenci|siyahi|e[şs]cinsel|lezbiyen|"
    r"gey\b|trans|lgbt|engelli|sakat|kad[ıi]nlar|kad[ıi]n\b|kar[ıi]lar|alevi|gavur|m[üu]sl[üu]man|rum\b|rumlar|"
    # ... men, women, nations, regions, races, discrimination named
    r"erkek|k[ıi]zlar|t[üu]rk|afgan|amerikal|[ıi]rk[çc]|ayr[ıi]mc|k[öo]yl[üu]|karadenizli|do[ğg]ulu|laz\b|"
    # dehumanised, thrown out
    r"parazit|s[ıi][çc]an|fare\b|fareler|hamamb[öo]ce[ğg]|mikrop|veba|defolun|gitsinler|geri\s+g[öo]nder|"
    r"[üu]lkelerine|s[ıi]n[ıi]r\s+d[ıi][şs][ıi]|"
    # threats, death wished, self-harm urged
    r"[öo]ld[üu]r|gebert|gebere|geber\b|[öo]l\b|[öo]ls[üu]n|[öo]l[üu]n|kafan[ıi]\s+k[ıi]r|bacaklar[ıi]n[ıi]\s+k[ıi]r|"
    r"seni\s+bul|nerede\s+oturdu[ğg]unu|evini\s+biliyorum|pi[şs]man\s+olacaks[ıi]n|keserim|vururum|d[öo]verim|"
    r"gebertirim|intihar|kendini\s+(?:as|[öo]ld[üu]r)|"
    # sexual
    r"seks|[çc][ıi]plak|siki[şs]|memeler|g[öo][ğg][üu]s|nude|sevi[şs]"
)
_VIETNAMESE = (
    # insults and swearing at a person (with and without diacritics)
    r"ngu\b|ngu\s+ngốc|đồ\s+ngu|do\s+ngu|óc\s+chó|oc\s+cho|đồ\s+chó|do\s+cho|thằng\s+chó|thang\s+cho|chó\s+đẻ|"
    r"cho\s+de\b|mặt\s+chó|đĩ|con\s+đĩ|con\s+di\b|điếm|diem\b|cave\b|đụ|địt|dit\s+me|đm\b|dm\b|đmm|dmm|vcl|vkl|"
    r"lồn|lon\s+me|cặc|cac\b|buồi|đéo|deo\b|mẹ\s+mày|me\s+may|cha\s+mày|thằng\s+ngu|con\s+ngu|khốn\s+nạn|"
    r"khon\s+nan|khốn\s+kiếp|mất\s+dạy|mat\s+day|súc\s+vật|suc\s+vat|súc\s+sinh|rác\s+rưởi|đồ\s+rác|thứ\s+rác|"
    r"đần|thiểu\s+năng|não\s+tàn|nao\s+tan|bại\s+não|vô\s+học|mày\b|may\s+la\b|tao\s+|thằng\s+|con\s+mụ|con\s+khỉ|"
    r"đồ\s+|xấu\s+như|béo\s+như|lợn|heo\s+nái|đồ\s+điên|điên\s+à|bệnh\s+hoạn|biến\s+thái|"
    # slurs and protected groups
    r"da\s+đen|da\s+den|mọi\b|nhọ|bê\s+đê|bede|pê\s+đê|đồng\s+tính|dong\s+tinh|les\b|gay|ô\s+môi|chệch|tàu\s+khựa|"
    r"khựa|bắc\s+kỳ|bac\s+ky|nam\s+kỳ|parky|khuyết\s+tật|phụ\s+nữ|đàn\s+bà|hồi\s+giáo|do\s+thái|dân\s+tộc|"
    r"người\s+(?:tàu|trung\s+quốc|hoa|miên|lào|ấn)|chuyển\s+giới|nhập\s+cư|tị\s+nạn|"
    # ... men, women, nations, regions, races, discrimination named
    r"đàn\s+ông|con\s+gái|bọn|lũ|người\s+(?:việt|bắc|nam|miền)|dân\s+(?:bắc|nam|trung|tỉnh|quê)|phân\s+biệt|"
    r"kỳ\s+thị|ky\s+thi|chủng\s+tộc|"
    # dehumanised, thrown out
    r"ký\s+sinh|chuột|gián|cặn\s+bã|cút|biến\s+đi|"
    # threats, death wished, self-harm urged
    r"giết|giet\b|đâm\s+chết|chém|chem\s+chet|đánh\s+chết|đập\s+chết|chết\s+đi|chet\s+di|đi\s+chết|di\s+chet|"
    r"mày\s+chết|tự\s+tử|tu\s+tu\b|nhảy\s+cầu|treo\s+cổ|biết\s+nhà|tìm\s+mày|bẻ\s+gãy|đánh\s+gãy|xử\s+mày|"
    r"hối\s+hận|"
    # sexual
    r"chịch|sex|ảnh\s+nóng|khỏa\s+thân|khoả\s+thân|nude|vú|ngực|hàng\s+họ"
)
_INDONESIAN = (
    # insults and swearing at a person
    r"bodoh|goblok|goblog|tolol|bego|dungu|idiot|bangsat|anjing|anjg|njing|babi|monyet|kampret|kontol|memek|"
    r"ngentot|ngewe|jancok|jancuk|cok\b|asu\b|bajingan|brengsek|keparat|sialan|tai\b|taik|setan|lonte|pelacur|"
    r"perek|sundal|banci|bencong|cacat|otak\s+udang|sinting|gila\s+(?:lo|lu|kamu|kau)|jelek|gendut|bacot|"
    r"bacod|tutup\s+mulut|diam\s+(?:lo|lu|kau)|kurang\s+ajar|"
    # slurs and protected groups
    r"cina\b|cokin|aseng|kafir|yahudi|kristen|muslim|islam|katolik|hindu|buddha|pribumi|papua|hitam|negro|"
    r"lgbt|gay|lesbi|homo|waria|transgender|difabel|disabilitas|perempuan|wanita|imigran|pengungsi|rohingya|"
    r"cewek\s+(?:itu|tuh|memang)|"
    # ... men, women, nations, regions, races, discrimination named
    r"laki-laki|cowok|orang\s+(?:jawa|batak|cina|china|padang|madura|papua|ambon|arab|india|sunda)|suku|ras\b|"
    r"rasis|diskriminasi|kampungan|jawa|batak|madura|"
    # dehumanised, thrown out
    r"binatang|hewan|parasit|tikus|kecoa|sampah|usir|pulang\s+ke\s+negara|"
    # threats, death wished, self-harm urged
    r"bunuh|kubunuh|mati\s+(?:kau|lo|lu|kamu|aja|saja|sana)|mampus|modar|hajar|gebuk|patahin|patahkan|"
    r"tau\s+rumah|tahu\s+rumah|cari\s+(?:kamu|lo|lu|kau)|nyesel|menyesal|gantung\s+diri|"
    # sexual
    r"seks|sex|bugil|telanjang|toket|nenen|foto\s+bugil|bokep|coli|sange"
)
_HINDI = (
    # insults and swearing at a person
    r"चूतिया|चुतिया|चूतिये|मादरचोद|बहनचोद|बहनचो|भेनचोद|भोसड़|भोसड|गांडू|गांड|गाँड|लौड़|लौड|लंड|रंडी|हरामी|"
    r"हरामज़ाद|हरामजाद|कमीन|कुत्त|कुतिया|सुअर|सूअर|साला|साले|साली|गधा|गधे|उल्लू|बेवकूफ|बेवक़ूफ़|मूर्ख|मुर्ख|"
    r"पागल|नालायक|बदतमीज|बदतमीज़|घटिया|निकम्म|जाहिल|छिनाल|कलमुंह|कमबख्त|मोटी|मोटा|बदसूरत|चुप\s+कर|"
    r"चुप\s+हो\s+जा|बकवास\s+बंद|"
    # slurs and protected groups
    r"मुसलमान|मुल्ल|कटुआ|कटुए|हिंदू|हिन्दू|ईसाई|सिख|दलित|चमार|भंगी|आदिवासी|पाकिस्तानी|बिहारी|मद्रासी|चिंकी|"
    r"काले|काला|हिजड़|हिजड|छक्का|छक्के|समलैंगिक|गे\b|लेस्बियन|ट्रांस|विकलांग|अपाहिज|औरत|महिला|लड़कियां|"
    r"लड़कियाँ|शरणार्थी|प्रवासी|रोहिंग्या|बांग्लादेशी|यहूदी|"
    # ... men, women, nations, regions, races, discrimination named
    r"मर्द|पुरुष|लड़के|यूपी|पंजाबी|गुजराती|मराठी|उत्तर\s+भारतीय|दक्षिण\s+भारतीय|भैया|नस्ल|भेदभाव|जाति|गरीब|"
    r"गांव\s+वाले|अंग्रेज|"
    # dehumanised, thrown out
    r"जानवर|कीड़|कीड|दीमक|चूहे|कचरा|गंदगी|भगाओ|निकालो|वापस\s+जाओ|पाकिस्तान\s+जाओ|"
    # threats, death wished, self-harm urged
    r"मार\s+डाल|मार\s+दूं|मार\s+दूँ|जान\s+से\s+मार|खत्म\s+कर\s+दूं|काट\s+दूं|काट\s+डाल|तोड़\s+दूं|टांग|मर\s+जा|"
    r"मरो\b|मर\s+क्यों|आत्महत्या|फांसी|फाँसी|ढूंढ\s+लूं|घर\s+जानता|कहाँ\s+रहत|कहां\s+रहत|पछताओगे|पछताएगा|"
    # sexual
    r"चोद|सेक्स|नंगी|नंगा|न्यूड|चूची|स्तन"
)
_KOREAN = (
    # insults and swearing at a person
    r"씨발|시발|ㅅㅂ|ㅆㅂ|씨바|씹|병신|ㅂㅅ|븅신|빙신|개새|개세|새끼|색기|섹기|미친|ㅁㅊ|꺼져|닥쳐|좆|존나|ㅈㄴ|지랄|"
    r"썅|년아|년이|놈아|찐따|등신|멍청|바보|한심|쓰레기|엿\s*먹|니애미|느금|애미|애비|호로|후레|걸레|창녀|보지|"
    r"자지|틀딱|한남|김치녀|된장녀|맘충|급식충|충\b|충들|돼지|뚱뚱|못생|재수\s*없|역겨|더러운\s*(?:년|놈|새)|"
    # slurs and protected groups
    r"흑인|깜둥|조선족|짱깨|짱개|쪽바리|왜놈|동남아|외노자|이주\s*노동자|난민|무슬림|이슬람|유대인|동성애|게이|레즈|"
    r"트랜스|호모|똥꼬|장애인|애자|여자들|여자는|여자가|페미|메갈|외국인|"
    # ... men, women, nations, regions, races, discrimination named
    r"여자|여성|남자|남성|중국인|중국놈|일본인|한국인|조선인|전라도|홍어|경상도|인종|차별|흑형|백인|혐오|"
    # dehumanised, thrown out
    r"벌레|바퀴벌레|짐승|기생충|쥐새끼|추방|돌아가라|나가라|"
    # threats, death wished, self-harm urged
    r"죽여|죽일|죽인다|죽어|죽었어|뒤져|뒤질|디져|패버|패\s*줄|찔러|칼로|찾아간다|찾아갈|어디\s*사는지|집\s*알아|"
    r"후회하게|자살|목매|뛰어내려|"
    # sexual
    r"섹스|야한|벗은|알몸|가슴|몸매|빨아|야동"
)
_JAPANESE = (
    # insults and swearing at a person
    r"死ね|しね|氏ね|殺す|ころす|殺して|殺され|殺そう|バカ|ばか|馬鹿|アホ|あほ|クソ|くそ|糞|キモ|きも|うざ|ウザ|"
    r"うぜ|ブス|ぶす|デブ|でぶ|ハゲ|はげ|ゴミ|ごみ|カス|かす|クズ|くず|屑|消えろ|きえろ|黙れ|だまれ|失せろ|うせろ|"
    r"ボケ|ぼけ|間抜け|まぬけ|無能|低能|ガイジ|池沼|キチガイ|きちがい|気違い|害悪|役立たず|変態|売女|ヤリマン|"
    r"ビッチ|てめえ|てめー|テメエ|貴様|きさま|お前ら|おまえら|ふざけんな|ざけんな|"
    # slurs and protected groups
    r"在日|チョン|朝鮮|韓国人|支那|シナ|中国人|黒人|外国人|外人|移民|難民|部落|ホモ|オカマ|おかま|ゲイ|レズ|"
    r"同性愛|トランス|女は|女って|女なんて|女ども|フェミ|まんさん|イスラム|ユダヤ|障害者|"
    # ... men, women, nations, regions, races, discrimination named
    r"女性|男性|男ども|男は|日本人|白人|差別|人種|民族|関西人|田舎者|ジャップ|ネトウヨ|パヨク|老害|ジジイ|ババア|"
    # dehumanised, thrown out
    r"ゴキブリ|虫けら|害虫|ウジ|寄生虫|猿|動物|出て行け|出ていけ|でていけ|帰れ|追い出せ|"
    # threats, death wished, self-harm urged
    r"ぶっ殺|ぶっころ|殴る|殴って|ぶん殴|刺す|刺して|覚えてろ|覚悟しろ|住所|家知って|晒す|後悔させ|自殺|"
    r"首吊|首つ|飛び降り|"
    # sexual
    r"セックス|エッチ|エロ|裸|ヌード|おっぱい|ヤらせ|やらせろ|抱かせ|パンツ"
)
_CHINESE = (
    # insults and swearing at a person
    r"傻逼|傻b|傻比|煞笔|沙比|傻子|傻瓜|傻x|白痴|弱智|脑残|腦殘|智障|蠢|笨蛋|废物|廢物|垃圾|贱|賤|婊|妓女|鸡婆|"
    r"滚|滾|去死|死全家|死吧|你妈|你媽|尼玛|他妈|他媽|操你|肏|草泥马|日你|狗日|狗东西|狗東西|杂种|雜種|畜生|"
    r"畜牲|王八|混蛋|人渣|败类|敗類|屌|丑八怪|醜八怪|肥猪|肥豬|猪|豬|恶心|噁心|有病|神经病|神經病|贱人|"
    r"闭嘴|閉嘴|妈的|媽的|狗屎|sb\b|tmd|nmsl|cnm|"
    # slurs and protected groups
    r"黑人|黑鬼|尼哥|黑皮|非洲|穆斯林|绿绿|綠綠|回族|维族|維族|新疆|河南人|东北人|東北人|上海人|地域黑|女人|女的|"
    r"女拳|女权|女權|田园|母狗|男人|直男癌|同性恋|同性戀|基佬|娘炮|变性|變性|跨性别|跨性別|残疾|殘疾|残废|殘廢|"
    r"外地人|乡下人|鄉下人|农民工|農民工|犹太|猶太|日本人|鬼子|小日本|棒子|阿三|印度人|支那|"
    # ... men, women, nations, regions, races, discrimination named
    r"女性|男性|女生|男生|男的|女方|男方|亚裔|亞裔|华裔|華裔|白人|中国人|中國人|台湾人|台灣人|大陆人|大陸人|东北|"
    r"河南|山东|山東|四川|广东|廣東|北京人|外国人|外國人|美国人|美國人|韩国人|韓國人|歧视|歧視|种族|種族|黑奴|"
    r"印第安|民族|穷人|窮人|乡巴佬|鄉巴佬|少数民族|汉族|漢族|藏族|拜金|渣男|绿茶|綠茶|舔狗|娘们|娘們|"
    # dehumanised, thrown out
    r"蟑螂|寄生虫|寄生蟲|蝗虫|蝗蟲|老鼠|猴子|滚出|滚回|赶出去|趕出去|"
    # threats, death wished, self-harm urged
    r"杀了你|殺了你|弄死|打死|砍死|捅死|宰了|杀你|殺你|找到你|你住哪|后悔|後悔|自杀|自殺|跳楼|跳樓|"
    # sexual
    r"做爱|做愛|上床|裸照|胸|奶子|操|约炮|約炮"
)
_THAI = (
    # insults and swearing at a person
    r"ควาย|เหี้ย|เหี้ย|สัส|สัตว์|ไอ้|มึง|กู|โง่|ปัญญาอ่อน|ระยำ|ชาติชั่ว|ชั่ว|เลว|ส้นตีน|ตีน|หน้าด้าน|แรด|ร่าน|"
    r"กะหรี่|ดอกทอง|อีดอก|เย็ด|หี|ควย|จัญไร|เวร|สถุน|บ้า|อัปรีย์|ขยะ|อ้วน|น่าเกลียด|หุบปาก|"
    # slurs and protected groups
    r"คนดำ|นิโกร|มุสลิม|แขก|ลาว|เขมร|พม่า|ต่างด้าว|ผู้อพยพ|กะเทย|ตุ๊ด|เกย์|เลสเบี้ยน|ทอม|พิการ|ผู้หญิง|ยิว|"
    r"ผู้ลี้ภัย|ชาวจีน|"
    # ... men, women, nations, regions, races, discrimination named
    r"ผู้ชาย|อีสาน|บ้านนอก|ควายแดง|สลิ่ม|คนจีน|ฝรั่ง|ต่างชาติ|เหยียด|ชนชั้น|ชาวเขา|"
    # dehumanised, thrown out
    r"แมลงสาบ|ปรสิต|หนอน|ไสหัว|กลับประเทศ|ออกไปจาก|"
    # threats, death wished, self-harm urged
    r"ฆ่า|ยิงทิ้ง|แทง|กระทืบ|ตบ|รู้ว่าบ้าน|บ้านมึง|ตามหา|ไปตาย|ตายซะ|ตายไป|ฆ่าตัวตาย|โดดตึก|ผูกคอ|เสียใจแน่|"
    # sexual
    r"เซ็กส์|เซ็ก|รูปโป๊|ภาพเปลือย|แก้ผ้า|โป๊|หน้าอก"
)
_ARABIC_PERSIAN = (
    # insults and swearing at a person
    r"كلب|كلاب|حمار|حمير|غبي|اغبياء|أغبياء|احمق|أحمق|حقير|قذر|وسخ|زبالة|حثالة|خنزير|خنازير|عاهر|شرموط|قحب|منيوك|"
    r"نيك|كس\b|كسم|زب\b|طيز|عرص|خول|لوطي|شاذ|شواذ|يلعن|لعنة|ملعون|تفو|ابن\s+ال|حيوان|متخلف|معاق|معوق|تافه|جاهل|"
    r"اخرس|اسكت|قبيح|سمين|"
    r"کثافت|جنده|کونی|گوه|خفه\s+شو|بیشعور|الاغ|احمق|"
    r"بیوقوف|بے\s*وقوف|گھٹیا|کمینے|کمینہ|حرامی|حرامزاد|چوتیا|بہن\s*چود|مادر\s*چود|رنڈی|گانڈو|"
    # slurs and protected groups
    r"يهود|نصارى|مسيحي|شيعة|شيعي|روافض|رافضي|نواصب|كفار|كافر|ملحد|مجوس|عبيد|السود|زنوج|زنجي|أفارقة|افارقة|"
    r"لاجئ|سوريين|سوري|مهاجر|نساء|النساء|المرأة|مثلي|المثليين|بدو|اكراد|أكراد|فلسطيني|مصري|"
    # ... men, women, nations, regions, races, discrimination named
    r"رجال|الرجال|بنات|البنات|العرب|أجانب|اجانب|الأجانب|هنود|باكستاني|مغاربة|عنصري|تمييز|"
    # dehumanised, thrown out
    r"حشرات|صراصير|جرذ|فئران|طفيلي|وباء|سرطان|اطردو|ارحلوا|ارجعوا|برا\b|"
    # threats, death wished, self-harm urged
    r"اقتل|أقتل|سأقتل|قتل|اذبح|أذبح|ذبح|اكسر|سأجدك|اعرف\s+وين|أعرف\s+أين|اعرف\s+اين|ستندم|رح\s+تندم|موت|مت\b|"
    r"انتحر|انتحار|بمیر|"
    # sexual
    r"جنس|سكس|عاري|عارية|صدر|نهود"
)

# Moderation's words beside toxicity's: killing, stabbing, beating, blood and gore, torture, rape,
# poison and drugging, weapons, suicide and self-harm intent, leaking someone's pictures, a crowd
# called out with sticks ("Bu hainleri sokakta linç etmek lazım", "Besok aku mau mengakhiri
# hidupku", "把一个人被肢解的过程写得越血腥越好"): the encoder's harm branch learned these in part,
# and its flags on them stand.
_HARM_WORDS = {
    "ru": r"убить|убий|убив|убь[её]|вбив|вбити|вбий|зарез|заріз|застрел|нож(?:ом|и|ей)?\b|пистолет|ружь|оружи|зброя|зброї|"
    r"кров(?:ь|и|ью|і|ʼю)?\b|кишк|кишечн|отруб|расчлен|пытк|пытать|катув|избить|избив|побить|бить\b|изнасил|згвалт|"
    r"насилу|насилує|яд\b|ядом|отрав|отруї|подмеша|підсипа|снотворн|клофелин|самоубий|самогуб|суицид|покончить|"
    r"не\s+хочу\s+жить|не\s+хочу\s+жити|жить\s+не\s+хочу|вскрыть\s+вены|резать\s+себя|різати\s+себе|порезать|"
    r"повеситься|повіситися|спрыгн|стрибну|не\s+ешь|опубликую|опублікую|солью|выложу|викладу|злию|линч|толпой|палками|"
    r"арматур|взорв|бомб|теракт|найду|знайду|адрес\s+(?:я\s+)?(?:уже\s+)?знаю|приду\s+к\s+тебе|прийду\s+до\s+тебе",
    "pl": r"zabi|zamord|morderstw|d[źz]gn|no[żz]em|no[żz]a\b|bro[ńn]\b|broni\b|pistolet|krew|krwi|flak|jelit|tortur|"
    r"pobi|dobi|zgwa[łl]c|trucizn|otru|dosypa|tabletk|samob[óo]j|nie\s+chc[ęe]\s+[żz]y[ćc]|sko[ńn]cz\w*\s+ze\s+sob[ąa]|"
    r"ci[ąa][ćc]\s+si[ęe]|poci[ąa][ćc]|nagie|nagich|wrzuc[ęe]|opublikuj|pedofil|po[łl]ama|dorwa|zniszczy|linč|zabít|"
    r"zabij|vra[žz]d|n[ůu][žz]|krev|st[řr]ev|mu[čc]en|zn[áa]siln|otr[áa]v|rozř[íi]zl|rozrizl|sebevra",
    "tr": r"[öo]ld[üu]r|b[ıi][çc]a[kğ]|silah|tabanca|kan\b|kan[ıi]\b|ba[ğg][ıi]rsak|i[şs]kence|d[öo]v|tecav[üu]z|zehir|"
    r"uyu[şs]turucu|intihar|ya[şs]amak\s+istemiyorum|can[ıi]ma\s+k[ıi]y|atlayaca|lin[çc]|s[üu]r[üu]kle|ifşa|"
    r"g[öo]ndermezsen|yollar[ıi]m|bomba|patlat|hainler",
    "vi": r"giết|đâm|chém|súng|dao\b|máu|nội\s+tạng|ruột|tra\s+tấn|đánh\s+đập|hiếp|thuốc\s+độc|đầu\s+độc|bỏ\s+thuốc|"
    r"thuốc\s+ngủ|tự\s+tử|tự\s+sát|không\s+muốn\s+sống|nhảy\s+(?:từ|lầu|xuống)|rạch\s+tay|nhịn\s+ăn|tung\s+lên|"
    r"phát\s+tán|bom\b|chế\s+tạo|làm\s+giả|khách\s+sạn\s+với",
    "id": r"bunuh|tusuk|bacok|golok|pisau|pistol|senjata|darah|usus|siksa|pukul|hajar|keroyok|perkosa|racun|obat\s+tidur|"
    r"bius|mengakhiri\s+hidup|gak\s+kuat|ga\s+kuat|tidak\s+kuat|loncat|lompat|sayat|air\s+keras|sebar|bom\b|"
    r"siram",
    "hi": r"मार|हत्या|चाकू|बंदूक|हथियार|खून|ख़ून|आंत|यातना|पीट|बलात्कार|ज़हर|जहर|नशीली|आत्महत्या|जीना\s+नहीं|"
    r"जान\s+दे|कूद|भूखा|लाठी|बम|हमला|सबक|घुसकर",
    "ko": r"죽이|죽여|살해|찔러|칼|총|무기|피가|피를|내장|고문|때리|폭행|강간|독약|수면제|약을\s*타|자살|죽고\s*싶|살기\s*싫|"
    r"뛰어내|자해|굶|유포|폭탄",
    "ja": r"殺|刺|ナイフ|包丁|銃|武器|血|内臓|拷問|殴|暴行|レイプ|毒|睡眠薬|薬を盛|自殺|死にたい|生きていたくない|"
    r"終わりにする|飛び降り|リスカ|自傷|晒|ばらま|爆弾",
    "zh": r"杀|殺|刀|枪|槍|武器|血腥|内脏|內臟|肢解|剥皮|剝皮|折磨|打死|打断|打斷|殴打|毒打|揍|强奸|強姦|毒药|毒藥|"
    r"下毒|安眠药|迷药|迷藥|不想活|跳楼|跳樓|割腕|曝光|炸弹|炸彈|黑进|黑進|受伤|受傷|教训|教訓|学校门口|學校門口|"
    r"全家好看",
    "th": r"ฆ่า|แทง|มีด|ปืน|อาวุธ|เลือด|ไส้|ทรมาน|ทำร้าย|ข่มขืน|ยาพิษ|วางยา|ยานอนหลับ|ไม่อยากอยู่|กระโดด|"
    r"กรีดข้อมือ|ประจาน|แฉ|ระเบิด",
    "ar": r"قتل|اقتل|طعن|سكين|سلاح|مسدس|دم\b|دماء|أحشاء|تعذيب|ضرب|اغتصاب|سم\b|تسميم|منوم|انتحار|لا\s+أريد\s+العيش|"
    r"أقفز|فضح|انشر|سأنشر|قنبلة|تفجير",
}
_HARM_WORDS["cs"] = _HARM_WORDS["pl"]

_LEXICONS = {
    "ru": _RUSSIAN_UKRAINIAN,
    "pl": _POLISH_CZECH,
    "cs": _POLISH_CZECH,
    "tr": _TURKISH,
    "vi": _VIETNAMESE,
    "id": _INDONESIAN,
    "hi": _HINDI,
    "ko": _KOREAN,
    "ja": _JAPANESE,
    "zh": _CHINESE,
    "th": _THAI,
    "ar": _ARABIC_PERSIAN,
}
# Scripts that space their words get a word start before each stem; Chinese, Japanese and Thai
# do not space their words, and Korean glues its particles to them ("병신아"): those match anywhere.
_UNSPACED = frozenset({"zh", "ja", "th", "ko"})

#: Per language, the words a toxic text in it holds (see the module's docstring).
EVIDENCE: dict[str, re.Pattern[str]] = {
    lang: compile_prefiltered(
        f"{pattern}|{_HARM_WORDS[lang]}" if lang in _UNSPACED else f"{_B}(?:{pattern}|{_HARM_WORDS[lang]})",
        re.IGNORECASE,
    )
    for lang, pattern in _LEXICONS.items()
}

# Arabic glues its article and a preposition to the noun ("اللاجئون", "وبالنساء").
_ARTICLE = {"ar": "(?:[وفبل]?ال|[وفبل])?"}

# --- group names -------------------------------------------------------------------------------

# The neutral names of groups (and of discrimination itself) in each language: words a text about
# a group holds whether it is hateful or not ("Поздравляю всех мусульман с Ураза-байрамом!",
# "Cặp đôi đồng tính hàng xóm ...", "Kỳ thị người đồng tính là sai"). Slurs are not here: they
# are abuse on their own (guard.checks.abuse_other_scripts).
_GROUP_NAMES = {
    "ru": r"баб(?:ы|ам|ами|а|у)|переселенц\w*|лгбт\w*|синдром\w*\s+дауна|жид\w*|мигрант\w*|мігрант\w*|приезж\w*|еврей\w*|евре\w*|євре\w*|цыган\w*|циган\w*|ром(?:а|и|ы)|мусульман\w*|"
    r"ислам\w*|іслам\w*|кавказ\w*|таджик\w*|узбек\w*|гей|геи|геї|гомосек\w*|лесби\w*|лесбі\w*|трансгендер\w*|трансы|"
    r"инвалид\w*|інвалід\w*|женщин\w*|жінк\w*|жінок|феминист\w*|феміністк\w*|азиат\w*|азіат\w*|біженц\w*|беженц\w*|"
    r"мужчин\w*|девушк\w*|русск\w*|украин\w*|американ\w*|китайц\w*|кавказц\w*|бел(?:ые|ых|ым)|расизм\w*|расист\w*|"
    r"дискримин\w*|нацист\w*|фашист\w*|черн(?:ые|ых|ым|ыми|ый)|чорн(?:і|их|им|ими|ий)",
    "pl": r"romowie|[śs]l[ąa]zac\w*|[śs]l[ąa]zak\w*|kaszub\w*|ciapak\w*|imigrant\w*|emigrant\w*|uchod[źz]c\w*|uprchl[íi]k\w*|[żz]yd\w*|cygan\w*|rom(?:ów|ow|owie|ové|ove)|"
    r"muzu[łl]man\w*|muslim\w*|islam\w*|gej\w*|lesb\w*|trans\w*|niepe[łl]nosprawn\w*|postižen\w*|kobiet\w*|[żz]eny|"
    r"ženy|ukrai[ńn]c\w*|ukrajin\w*|m[ęe][żz]czyzn\w*|dziewczyn\w*|polak\w*|polacy|niemc\w*|amerykan\w*|"
    r"bia[łl](?:y|ych|ym|e)|rasis\w*|dyskrymin\w*|nazist\w*|faszyst\w*|rasist\w*|diskrimin\w*|[čc]ech\w*|muslim\w*",
    "tr": r"suriyeli\w*|m[üu]lteci\w*|g[öo][çc]men\w*|k[üu]rt\w*|ermeni\w*|yahudi\w*|[çc]ingene\w*|arap\w*|siyahi\w*|"
    r"e[şs]cinsel\w*|lezbiyen\w*|gey|trans\w*|lgbt\w*|engelli\w*|kad[ıi]n\w*|alevi\w*|m[üu]sl[üu]man\w*|rum|rumlar|"
    r"erkek\w*|k[ıi]zlar\w*|t[üu]rk\w*|afgan\w*|amerikal\w*|[ıi]rk[çc]\w*|ayr[ıi]mc\w*|karadenizli\w*|do[ğg]ulu\w*",
    "vi": r"dân\s+miền\s+\w+|đồng\s+tính|dong\s+tinh|gay|les|khuyết\s+tật|phụ\s+nữ|đàn\s+bà|hồi\s+giáo|do\s+thái|dân\s+tộc|"
    r"người\s+(?:tàu|trung\s+quốc|hoa|miên|lào|ấn|việt|bắc|nam|miền)|chuyển\s+giới|nhập\s+cư|tị\s+nạn|đàn\s+ông|"
    r"con\s+gái|dân\s+(?:bắc|nam|trung|tỉnh|quê)|phân\s+biệt|kỳ\s+thị|ky\s+thi|chủng\s+tộc|da\s+đen|da\s+den",
    "id": r"yahudi|kristen|muslim|islam|katolik|hindu|buddha|pribumi|papua|hitam|lgbt|gay|lesbi\w*|transgender|"
    r"difabel|disabilitas|perempuan|wanita|imigran|pengungsi|rohingya|laki-laki|cowok|suku|ras|rasis|diskriminasi|"
    r"jawa|batak|madura|tionghoa|cina|orang\s+\w+",
    "hi": r"नॉर्थ\s+ईस्ट\w*|किन्नर\w*|कटुओं|मुसलमान\w*|हिंदू\w*|हिन्दू\w*|ईसाई\w*|सिख\w*|दलित\w*|आदिवासी\w*|पाकिस्तानी\w*|बिहारी\w*|मद्रासी\w*|"
    r"समलैंगिक\w*|गे|लेस्बियन\w*|ट्रांस\w*|विकलांग\w*|औरत\w*|महिला\w*|लड़किया\w*|शरणार्थी\w*|प्रवासी\w*|"
    r"रोहिंग्या\w*|बांग्लादेशी\w*|यहूदी\w*|मर्द\w*|पुरुष\w*|लड़के\w*|यूपी|पंजाबी\w*|गुजराती\w*|मराठी\w*|"
    r"उत्तर\s+भारतीय|दक्षिण\s+भारतीय|भैया|नस्ल\w*|भेदभाव|जाति\w*|गरीब\w*|अंग्रेज\w*|काले|काला",
    "ko": r"홍어|흑인|조선족|동남아|이주\s*노동자|난민|무슬림|이슬람|유대인|동성애|게이|레즈|트랜스|장애인|여자들|여자는|"
    r"여자가|외국인|여자|여성|남자|남성|중국인|일본인|한국인|조선인|전라도|경상도|인종|차별|백인|혐오",
    "ja": r"シナ人|在日|朝鮮|韓国人|中国人|黒人|外国人|外人|移民|難民|部落|ゲイ|同性愛|トランス|女は|女って|女なんて|"
    r"フェミ|イスラム|ユダヤ|障害者|女性|男性|男は|日本人|白人|差別|人種|民族|関西人",
    "zh": r"黑人|非洲|穆斯林|回族|维族|維族|新疆|河南人|东北人|東北人|上海人|女人|女的|女权|女權|男人|同性恋|同性戀|"
    r"变性|變性|跨性别|跨性別|残疾|殘疾|外地人|乡下人|鄉下人|农民工|農民工|犹太|猶太|日本人|印度人|女性|男性|女生|"
    r"男生|男的|女方|男方|亚裔|亞裔|华裔|華裔|白人|中国人|中國人|台湾人|台灣人|大陆人|大陸人|东北|河南|山东|山東|"
    r"四川|广东|廣東|北京人|外国人|外國人|美国人|美國人|韩国人|韓國人|歧视|歧視|种族|種族|印第安|民族|穷人|窮人|"
    r"少数民族|汉族|漢族|藏族",
    "th": r"คนดำ|มุสลิม|แขก|ลาว|เขมร|พม่า|ต่างด้าว|ผู้อพยพ|กะเทย|เกย์|เลสเบี้ยน|ทอม|พิการ|ผู้หญิง|ยิว|ผู้ลี้ภัย|"
    r"ชาวจีน|ผู้ชาย|อีสาน|คนจีน|ฝรั่ง|ต่างชาติ|เหยียด|ชนชั้น|ชาวเขา",
    "ar": r"صعايدة|صعيدي\w*|المرا|العبيد|روافض|الروافض|يهود|نصارى|مسيحي|شيعة|شيعي|سنة|ملحد|السود|أفارقة|افارقة|لاجئ\w*|سوريين|سوري|مهاجر\w*|نساء|النساء|المرأة|"
    r"مثلي\w*|المثليين|بدو|اكراد|أكراد|فلسطيني\w*|مصري\w*|رجال|الرجال|بنات|البنات|العرب|أجانب|اجانب|الأجانب|"
    r"هنود|باكستاني\w*|مغاربة|عنصري\w*|تمييز",
}
_GROUP_NAMES["cs"] = _GROUP_NAMES["pl"]

#: Per language, the neutral names of groups and of discrimination (see above).
GROUP_NAMES: dict[str, re.Pattern[str]] = {
    lang: compile_prefiltered(
        f"(?:{pattern})" if lang in _UNSPACED else f"{_B}{_ARTICLE.get(lang, '')}(?:{pattern})(?![^\\W\\d_])",
        re.IGNORECASE,
    )
    for lang, pattern in _GROUP_NAMES.items()
}


#: Languages the encoder learned from real posts (Chinese from COLD, Arabic from MLMA): there a
#: group's name is evidence enough for its flag to stand.
LEARNED = frozenset({"zh", "ar"})


# What hateful text says of a group: thieves, criminals, dirty, animals or vermin, sick or
# perverted, stupid, to be driven out or locked up, unworthy of living (in Chinese only claims that
# COLD's 8,000 posts, from which the encoder learned Chinese, do not discuss in their thousands) ("Çingeneler
# hırsızdır", "同性恋就是变态，应该抓起来治疗", "Бабам место на кухне").
_MALIGNED = {
    "ru": r"за\s+руль\s+нельзя|мозг\w*\s+(?:\w+\s+){0,2}?не\s+(?:заточен|приспособлен)|нечего\s+делать\s+в|"
    r"пусть\s+сидят|нормальн\w+\s+(?:детям|людям)|крадуть|тримати\s+подалі|(?:хай|пусть)\s+(?:їдуть|едут)\s+(?:назад|домой)|"
    r"хвороба|біля\s+плити|у\s+плиты|тягар|обуза|ізолювати|изолировать|скупили|вор(?:ы|ов|юг\w*)|преступник\w*|бандит\w*|грязн\w*|вонюч\w*|животн\w*|скот(?:ы|ина|ом)|тарака\w*|паразит\w*|"
    r"больн\w*|извращен\w*|психбольниц\w*|лечить|место\s+на\s+кухне|тупее|глупее|мозгов\s+не\s+хват\w*|выгн\w*|"
    r"выгонять|гнать|депорт\w*|не\s+место|не\s+люди|недолюд\w*|террорист\w*|насильник\w*|ленив\w*|предател\w*|"
    r"злодії|злодій\w*|злочинц\w*|брудн\w*|тварин\w*|хвор\w*|збочен\w*|психлікарн\w*|лікувати|місце\s+на\s+кухні|"
    r"тупіш\w*|дурніш\w*|гнати|вигнати|не\s+місце|терорист\w*|ґвалтівник\w*|лінив\w*|зрадник\w*|не\s+лізуть",
    "pl": r"kradn\w*|z\s+zasi[łl]k\w*|wysiedli\w*|nie\s+s[ąa]\s+normaln\w*|normalni\s+ludzie|nie\s+wpuszcza\w*|"
    r"zamachow\w*|[żz]adni\s+prawdziwi|smr[óo]d|[śs]mierdz\w*|z[łl]odzie\w*|przest[ęe]p\w*|bandy\w*|brud\w*|zwierz\w*|karaluch\w*|paso[żz]yt\w*|chor\w*|zbocze\w*|"
    r"leczy[ćc]|miejsce\s+w\s+kuchni|g[łl]upsz\w*|wracaj\w*|wyrzuci[ćc]|won|nie\s+chcemy\s+ich|terroryst\w*|"
    r"gwa[łl]ciciel\w*|leni\w*|zdrajc\w*|nieludz\w*|zlod[ěe]j\w*|[šs]pinav\w*|vyhodit",
    "tr": r"evde\s+otur\w*|[çc]ocuk\s+baks[ıi]n|y[üu]k\s+oluyor|israf|h[ıi]rs[ıi]z\w*|su[çc]lu\w*|pis\b|pislik\w*|hayvan\w*|hamamb[öo]ce\w*|parazit\w*|hasta\w*|sap[ıi]k\w*|"
    r"tedavi\w*|mutfa[ğg]\w*|aptal\w*|sokmamak|sokmay[ıi]n|defol\w*|kovul\w*|kovmak|kovun|s[ıi]n[ıi]r\s+d[ıi][şs][ıi]|"
    r"su[çc]a\s+yatk[ıi]n|do[ğg]u[şs]tan|genetik|ter[öo]rist\w*|tecav[üu]zc[üu]\w*|tembel\w*|hain\w*|ya[şs]amay[ıi]\s+hak\s+etm\w*|g[öo]nderilmeli|atılmalı",
    "vi": r"lười|làm\s+biếng|chờ\s+trợ\s+cấp|vướng\s+víu|ở\s+nhà\s+cho\s+xong|ăn\s+cắp|ăn\s+trộm|trộm\s+cắp|tội\s+phạm|bẩn\s+thỉu|dơ\s+bẩn|súc\s+vật|như\s+(?:gián|chó|lợn|heo|khỉ)|"
    r"ký\s+sinh|bệnh\s+hoạn|bị\s+bệnh|biến\s+thái|chữa\s+trị|nấu\s+cơm|vào\s+bếp|ngu\s+hơn|đuổi\s+(?:về|hết|ra|đi)|"
    r"cút\s+về|không\s+xứng|khủng\s+bố|hiếp\s+dâm|lười\s+biếng|phản\s+bội|cấm\s+(?:cửa|vào)",
    "id": r"cuma\s+mikirin\s+duit|jangan\s+kasih\s+(?:mereka\s+)?jabatan|terbelakang|belum\s+siap\s+hidup|maling|pencuri|penjahat|kriminal|jorok|kotor|binatang|kecoa|parasit|sakit\s+jiwa|penyakit|menyimpang|"
    r"disembuhkan|dapur|lebih\s+bodoh|usir|diusir|pulangkan|teroris|pemerkosa|pemalas|pengkhianat|ga\s+boleh\s+tinggal|"
    r"nggak\s+boleh\s+tinggal|tidak\s+boleh\s+tinggal",
    "hi": r"बहुत\s+बच्चे\s+पैदा|पछाड़|असली\s+भारतीय\s+नहीं|नौकरी\s+नहीं\s+करनी|घर\s+संभालना|बाहर\s+रखना|"
    r"परेशानी\s+पैदा|चोर|अपराधी|गंदे|गंदगी|जानवर|कीड़े|दीमक|बीमार|बीमारी|इलाज|रसोई|बोझ|निकालो|भगाओ|देशद्रोही|गद्दार|"
    r"आतंकवादी|बलात्कारी|आलसी|chor|gande|gandagi|bojh|bhagao|nikalo|gaddar|aatankwadi|jaanwar",
    "ko": r"집에서\s*애나|권리\s*타령|따로\s*다니|믿으면\s*안\s*된|뒤통수|범죄자|범죄|도둑|더러운|더럽|짐승|벌레|바퀴벌레|기생충|정신병|병자|변태|치료|부엌|멍청|추방|쫓아내|내쫓|"
    r"꺼져야|테러리스트|강간범|게으른|배신자|없어져야|인권이냐",
    "ja": r"治安が悪く|追い返せ|生産性がない|家事してれば|向いてない|迷惑になる|叩き出せ|買い漁|犯罪|泥棒|汚い|動物|ゴキブリ|寄生虫|病気|精神病|変態|治療|台所|キッチン|劣って|追い出せ|出て行け|出ていけ|"
    r"帰れ|テロリスト|レイプ|怠け者|裏切り者|気持ち悪い|存在しないで|いなくなれ",
    # Chinese: only claims COLD's discussions do not hold in their thousands (not 脏, 动物, 不配, 偷东西)
    "zh": r"都是骗子|都是騙子|抢我们的工作|搶我們的工作|赶回老家|趕回老家|是病|是一种病|是一種病|送去矫正|送去矯正|"
    r"添麻烦|添麻煩|关在家|關在家|滚出中国|滾出中國|都是小偷|都是罪犯|低等民族|劣等民族",
    "th": r"แย่งงาน|ส่งกลับ|ไม่มีการศึกษา|ไม่ควรได้สิทธิ์|ตัวตลก|ไม่ควรให้ทำงาน|ไม่ควรเป็นผู้นำ|อารมณ์แปรปรวน|"
    r"ก่อการร้าย|ขี้เหม็น|ออกไปจากประเทศ|ขโมย|อาชญากร|สกปรก|แมลงสาบ|ปรสิต|ผิดปกติ|โรคจิต|วิปริต|ในครัว|ไล่กลับ|ไล่ออก|ไสหัว|ขี้โกง|"
    r"เชื่อใจไม่ได้|ผู้ก่อการร้าย|ข่มขืน|ขี้เกียจ|ทรยศ|ไม่ควรให้อยู่",
    "ar": r"سبب\s+كل\s+الجرائم|ترحيل\w*|دماغهم\s+ناشف|متخلفين|مكانها\s+المطبخ|موسخين|الجريمة|يرجعو|حرامية|لصوص|مجرمين|مجرمون|وسخين|قذرين|حيوانات|الحيوانات|صراصير|طفيليات|مرض|مرضى|منحرفين|يتعالجون|المطبخ|"
    r"أغبى|اغبى|يطردونهم|اطردوهم|طردهم|خونة|إرهابيين|ارهابيين|مغتصبين|كسالى|ما\s+يستاهلون|لا\s+يستحقون|ينحبسون",
}
_MALIGNED["cs"] = _MALIGNED["pl"]
#: Per language, what hateful text says of a group (see above).
MALIGNED: dict[str, re.Pattern[str]] = {
    lang: compile_prefiltered(
        f"(?:{p})" if lang in _UNSPACED else f"{_B}{_ARTICLE.get(lang, '')}(?:{p})", re.IGNORECASE
    )
    for lang, p in _MALIGNED.items()
}


def holds_evidence(chunk: str, lang: str, *, groups: bool) -> bool:
    """Whether ``chunk`` (in ``lang``) holds a word of :data:`EVIDENCE`; with ``groups`` False, a
    word that is only a group's neutral name (:data:`GROUP_NAMES`) does not count."""
    names = GROUP_NAMES[lang]
    if lang in MALIGNED and MALIGNED[lang].search(chunk):
        return True
    return any(groups or names.fullmatch(match.group()) is None for match in EVIDENCE[lang].finditer(chunk))

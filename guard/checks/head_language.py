"""Which sentences the toxicity n-gram head for other languages reads
(:mod:`guard.checks.other_scripts_head`; forty-sixth session): every language but English.

:func:`head_language` extends :func:`guard.checks.toxicity_more_languages.language_of` (which
decides the lexicons and is unchanged) with scripts only other languages write, function words of
other Latin-script languages, the six languages the encoder reads (:data:`ENCODER_LATIN`) and words
English does not have; :func:`unsupported_elsewhere` is the rule for the encoder's flags in the
languages no lexicon covers. Measured in train/README.md and bench/README.md (forty-sixth session).
"""

from __future__ import annotations

import functools

from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.toxicity_confirmation import ENGLISH_WORDS
from guard.checks.toxicity_more_languages import (
    _ENGLISH_SHARED,
    _LATIN_SCRIPT,
    _MORE_ENGLISH,
    _WORD,
    english_word_count,
    language_of,
)
from guard.checks.toxicity_other_languages import (
    _ENGLISH_INSULT,
    EVIDENCE,
    OTHER_CAP,
    OTHER_FUNCTION_WORDS,
    reads_as_other_language,
)

__all__ = ["ENCODER_LATIN", "english_vocabulary", "head_language", "unsupported_elsewhere"]

# Scripts only these languages write (Greek, Hebrew, the Indian scripts but Devanagari, Georgian,
# Armenian, Ethiopic, Sinhala, Khmer, Lao, Myanmar).
_HEAD_SCRIPTS = (
    (compile_prefiltered(r"[\u0370-\u03ff\u1f00-\u1fff]"), "el"),
    (compile_prefiltered(r"[\u0590-\u05ff]"), "he"),
    (compile_prefiltered(r"[\u0980-\u09ff]"), "bn"),
    (compile_prefiltered(r"[\u0a00-\u0a7f]"), "pa"),
    (compile_prefiltered(r"[\u0a80-\u0aff]"), "gu"),
    (compile_prefiltered(r"[\u0b00-\u0b7f]"), "or"),
    (compile_prefiltered(r"[\u0b80-\u0bff]"), "ta"),
    (compile_prefiltered(r"[\u0c00-\u0c7f]"), "te"),
    (compile_prefiltered(r"[\u0c80-\u0cff]"), "kn"),
    (compile_prefiltered(r"[\u0d00-\u0d7f]"), "ml"),
    (compile_prefiltered(r"[\u0d80-\u0dff]"), "si"),
    (compile_prefiltered(r"[\u10a0-\u10ff\u1c90-\u1cbf]"), "ka"),
    (compile_prefiltered(r"[\u0530-\u058f]"), "hy"),
    (compile_prefiltered(r"[\u1200-\u139f]"), "am"),
    (compile_prefiltered(r"[\u1780-\u17ff]"), "km"),
    (compile_prefiltered(r"[\u0e80-\u0eff]"), "lo"),
    (compile_prefiltered(r"[\u1000-\u109f]"), "my"),
)

# Function words of the Latin-script languages the head reads (casefolded, with and without their
# diacritics), without the words English or de/es/fr/it/pt/nl write too ("in", "die", "en", "vi",
# "du", "de", "que"): two of them, and more than English words, make a sentence one of these.
_HEAD_FUNCTION_WORDS = {
    "sv": "och att det som ett är ar inte jag ni hon på pa med för till av hade kan ska skulle vill vad hur "
    "varför varfor när nar här där dar eller men så sa bara också ocksa mig dig oss sig min din sitt ditt "
    "ingen något nagot någon nagon mycket tack hej jävla javla fan du är",
    "da": "og det som er ikke jeg hun på med af har havde kan skal vil hvad hvordan hvorfor hvornår her der "
    "eller men så bare også ogsa mig dig os jer sig min din noget nogen meget tak hej jo nu fandme lort",
    "nb": "og det som er ikke jeg dere hun på med av har hadde kan skal vil hva hvordan hvorfor når her der "
    "eller men så bare også meg deg oss seg min din noe noen mye takk hei jo nå faen jævla helvete",
    "fi": "ja on ei se että etta en et hän han me te he minä mina sinä sina tämä tama mitä mita miten miksi kun "
    "jos mutta tai vain myös myos olen olet oli ovat kanssa niin nyt sitten kiitos moi hei joo kyllä kylla "
    "vaan ihan tosi mä sä sää mää perkele vittu saatana",
    "hu": "és es hogy nem egy meg van volt lesz én te ő mi ti ők ez azt ezt mit miért miert hol mikor csak már mar "
    "még nagyon köszönöm koszonom szia sziasztok kell lehet vagy mert ha ezek azok neked nekem kurva baszd",
    "ro": "și si că nu este sunt în la cu pe din pentru ce cum unde când cand eu tu el ea noi voi ei mai foarte dar "
    "sau dacă daca care asta acest această aceasta mulțumesc multumesc bună buna mă îți iti ești esti "
    "suntem nimic toți toti pula muie",
    "sk": "je sa som si sú su nie že ze ako čo co prečo preco kde keď ked ale prosím prosim ďakujem dakujem mám "
    "mam tak už uz len aj bol bolo byť byt môj moj tvoj alebo pretože pretoze sme ťa vás vas kurva",
    "hr": "je su se na da ne za od sa što sto šta sta kako zašto zasto gdje gde kad kada ali ili samo još jos "
    "sam si smo ste ja ti mi vi oni ovo taj bio bila molim hvala bok zdravo jer ako nije sve jebem "
    "jebote kurac",
    "sl": "je so se na da ne za od kaj kako zakaj kje ko ampak ali samo še sem si smo ste jaz ti mi vi oni ta bil "
    "bila prosim hvala živjo zivjo ker če ce nisi nič nic",
    "ca": "és però perquè perque també tambe molt això aixo aquest aquesta amb els les jo nosaltres vosaltres "
    "ells gràcies gracies doncs encara avui ara aquí aqui què feu fer tinc tens",
    "lt": "ir yra ne kad kaip kodėl kodel kur kai bet ar tik dar aš tu jis ji mes jūs jus jie tai šis sis buvo "
    "labai ačiū aciu labas sveiki nes jei su iš į",
    "lv": "un ir nav kā kāpēc kapec kur kad bet vai tikai vēl vel es tu viņš vins viņa vina mēs jūs viņi vini tas "
    "šis sis tā bija ļoti loti paldies sveiki čau cau jo ar uz",
    "et": "ja on ei et see kas kuidas miks kus kui aga või voi ainult veel ma mina sa sina tema meie teie nad oli "
    "olen oled väga vaga aitäh aitah tere tänan tanan ka siis nüüd",
    "sq": "dhe është eshte nuk që qe si pse ku kur por ose vetëm vetem ende unë une ti ai ajo ju ata kjo ky "
    "ishte shumë shume faleminderit përshëndetje pershendetje në të për per",
    "af": "nie dat wat hoe hoekom waar wanneer maar net nog ek jy hy sy ons julle hulle hierdie dit baie dankie "
    "hallo vir van jou my",
    "tl": "ang ng mga sa na at ay si ni ko mo ka ako ikaw siya kami tayo kayo sila ito iyan yan yun hindi oo po "
    "opo ba naman lang din rin pa kasi para pero kung may wala salamat talaga sobrang",
    "sw": "na ni ya wa kwa za la katika hii huo hiyo mimi wewe yeye sisi nyinyi wao nini wapi lini lakini au tu "
    "pia sana asante habari jambo kama kuna hakuna ndio hapana",
    "ms": "tak tidak saya aku awak kau dia kami kita mereka ini itu yang dan dengan untuk dari ke di ada boleh "
    "sudah dah nak mahu tu lah je jer sangat terima kasih apa kenapa macam mana bila",
    # Forty-seventh session: African languages, Irish and Icelandic, which reached the head only
    # as "xx" (four unknown lower-case words), so not at all in a short message.
    "zu": "ngi ngiya wena yena thina uma kodwa futhi noma nje lapha khona yini kanjani ngoba manje kakhulu "
    "ngiyabonga sawubona yebo akukho wami wakho wakhe lokhu leyo uyisilima voetsek uyinja nawe",
    "xh": "kwaye ukuba kodwa wena mna yena thina ndiyabulela hayi apha ngoku kakhulu yintoni njani nje wam "
    "wakho ndiza uyinja sukuba",
    "yo": "ati sugbon ṣugbọn pelu pẹlu emi èmi iwo ìwọ awa eyi èyí yii yìí kini kí bawo báwo nibo níbo naa náà "
    "jowo oti ọ̀rẹ́ ọmọ kò wọn ẹ òdè werey",
    "ha": "wannan wancan amma kuma domin saboda yaya mene sosai nagode sannu zan kun babu akwai yanzu wallahi "
    "ɗan wawa shege jaki",
    "ig": "nke bu bụ gị anyị unu ihe onye maka kedu gịnị daalu dalu nne nna ndị",
    "so": "iyo waa oo ayaa adiga aniga isaga iyada annaga idinka iyaga maxaa sidee halkee laakiin sababtoo "
    "mahadsanid hadda aad waxaad waxaan kaas eey nacas yahow iska naga ilaahay hooyadaa walaal dhammaan",
    "ga": "agus tá níl sí mé tú muid siad ach nó cad conas cén cathain anois raibh maith agat duit slán níos "
    "bhí atá bhfuil amadán thú féin liom liomsa dom ort faic daoibh",
    "is": "og að er ekki ég þú hann hún þið þeir það þetta eða til með frá hvað hvernig hvers vegna hvar "
    "hvenær líka mjög takk hæ halló var mig þig sig minn þinn ert þér helvítis fáviti hálfviti",
    # Hindi, Urdu and Bengali typed in Latin letters (Hinglish, Roman Urdu, Banglish).
    "hi-Latn": "hai hain ka ki ke ko se mein main tum tu aap kya nahi nahin bhi yeh ye woh wo aur kar karo "
    "tera teri tere mera meri mere hum apna apni kyun kyu bhai yaar abe ami tumi tui ache kore tujhe tujhse "
    "mujhe mujhse tumhe tumko humko kahin kuch koi kaise kaha abhi bahut bohot accha acha chup dekh chalo "
    "jaake jao mat wala wali hoga karna kiya",
}


@functools.lru_cache(maxsize=1)
def _head_function() -> dict[str, frozenset[str]]:
    shared = ENGLISH_WORDS | _MORE_ENGLISH | OTHER_FUNCTION_WORDS | _ENGLISH_SHARED
    return {lang: frozenset(text.split()) - shared for lang, text in _HEAD_FUNCTION_WORDS.items()}


#: What :func:`head_language` calls German, Spanish, French, Italian, Portuguese and Dutch: the
#: encoder reads them, and the head reads them too where it passed a text (forty-sixth session).
ENCODER_LATIN = "de|es|fr|it|pt|nl"
# Letters of the other Latin-script languages the head reads that the six do not write: a
# Hungarian, Romanian or Nordic chunk with one of their function words is theirs, not the six's.
_HEAD_LETTERS = compile_prefiltered(r"[őŐűŰșȘțȚăĂåÅøØæÆõÕāĀēĒīĪūŪėĖįĮųŲčČšŠžŽđĐþÞðÐẹẸọỌṣṢɓƁɗƊƙƘụỤịỊ]")
_ICELANDIC_LETTERS = compile_prefiltered(r"[þÞðÐ]")
# The Latin-script languages of language_of whose function words Romance and Dutch write too, and
# the letters only they write.
_SHARED_FUNCTION_WORDS = frozenset({"tr", "pl", "cs"})
_OWN_LETTERS = compile_prefiltered(r"[şŞğĞıİłŁęĘąĄśŚćĆżŻźŹńŃěĚřŘůŮ]")


@functools.lru_cache(maxsize=4096)
def head_language(chunk: str) -> str | None:
    """The language of ``chunk`` among all those :mod:`guard.checks.other_scripts_head` reads, or
    None: :func:`language_of`'s, then a script only other languages write (at least 60 % of the
    letters), then function words of other Latin-script languages (two of them and more than
    English words), then :data:`ENCODER_LATIN` for a chunk that reads as German, Spanish, French,
    Italian, Portuguese or Dutch, then ``"xx"`` for words English does not have. English is never
    among them."""
    lang = language_of(chunk)
    if lang in _SHARED_FUNCTION_WORDS and reads_as_other_language(chunk) and not _OWN_LETTERS.search(chunk):
        # "Je ne veux pas me faire du mal, mais ..." reads as Turkish by its "ne", "de", "mi" (a
        # quarter of the Portuguese rows of this session's sets did): without a letter of its own,
        # a chunk that reads as one of the encoder's six languages is theirs.
        return ENCODER_LATIN
    if lang is not None:
        return lang
    letters = [c for c in chunk if c.isalpha()]
    if not letters:
        return None
    text = "".join(letters)
    for pattern, name in _HEAD_SCRIPTS:
        if len(pattern.findall(text)) >= 0.6 * len(letters):
            return name
    if len(_LATIN_SCRIPT.findall(text)) < 0.9 * len(letters):
        return None
    words = [w.casefold() for w in _WORD.findall(chunk)]
    english = english_word_count(words)
    # Distinct words: "HA! HA! HA!" is not Hungarian ("ha", if) nor "Har har" Danish.
    distinct = set(words)
    counts = {name: len(distinct & vocab) for name, vocab in _head_function().items()}
    name, count = max(counts.items(), key=lambda item: item[1])
    if count >= 2 and count > english:
        return name
    if _ICELANDIC_LETTERS.search(chunk) and english < 2:
        # "þegiðu hundurinn þinn": thorn and eth are Icelandic's (and Faroese's) alone.
        return "is"
    if not _HEAD_LETTERS.search(chunk) and _reads_as_encoder_latin(chunk, words, english):
        return ENCODER_LATIN
    return _unknown_latin(chunk, english)


# Letters of the six that English does not write, é, ç, ü, ö, ä among them: with a function word
# of theirs they make a chunk theirs. (_SIX_LETTERS, below, leaves those out: alone, they are
# Hungarian's, Finnish's and Albanian's as well.)
_ENCODER_LATIN_LETTERS = compile_prefiltered(r"[éÉèÈêÊàÀâÂçÇñÑãÃõÕüÜöÖäÄßìÌòÒùÙœŒ¿¡]")


def _reads_as_encoder_latin(chunk: str, words: list[str], english: int) -> bool:
    """Two function words of German, Spanish, French, Italian, Portuguese or Dutch, or one and a
    letter of theirs, and more of them than English words. Stricter than
    :func:`~guard.checks.toxicity_other_languages.reads_as_other_language`, which clears the
    encoder's flags and for which one word is enough: "Each house gives 3 treats per kid" holds
    Italian's "per", "789 Avenue de Choisy, Paris" French's "de"; the head must not read English."""
    other = sum(w in OTHER_FUNCTION_WORDS for w in words)
    if other <= english:
        return False
    return other >= 2 or (other == 1 and _ENCODER_LATIN_LETTERS.search(chunk) is not None)


# Words of a Latin-script language with no list above (Swahili, Hungarian, Finnish: their words
# take endings, so function words are few): a sentence of at least four words, most of them not
# words of English (not whole words of guard's English word-piece vocabulary, accents ignored),
# at most one English function word and no two words of de/es/fr/it/pt/nl is "xx": some other
# language. English rarely qualifies: its words are in the vocabulary ("Great product, highly
# recommended" is); names (capitalised), code and lists are not counted.
_MIN_UNKNOWN_WORDS = 4
# Letters Spanish, French, Italian, Portuguese and German write and the languages read this way do
# not ("Ojalá llueva mañana, hace mucho calor" has one function word of theirs, and is theirs).
_SIX_LETTERS = compile_prefiltered(r"[ñÑ¿¡ßœŒàèìòùÀÈÌÒÙãÃâêôûÂÊÔÛ]")


def _unknown_latin(chunk: str, english: int) -> str | None:
    if english > 1 or _SIX_LETTERS.search(chunk):
        return None
    # Prose, not code or a table: letters are most of what is not space ("fibfib(n) == ...").
    visible = sum(not c.isspace() for c in chunk)
    if sum(c.isalpha() for c in chunk) < 0.75 * visible:
        return None
    words = [w for w in _WORD.findall(chunk) if len(w) >= 2]
    if len(words) < _MIN_UNKNOWN_WORDS:
        return None
    if sum(w.casefold() in OTHER_FUNCTION_WORDS for w in words) >= 2:
        return None
    vocabulary = english_vocabulary()
    # Capitalised words are names as often as not ("Vaswani, Ashish, Shazeer"): not counted.
    unknown = sum(w[0].islower() and _unaccented(w) not in vocabulary for w in words)
    if unknown >= _MIN_UNKNOWN_WORDS and unknown >= 0.5 * len(words) and english * 3 < unknown:
        return "xx"
    return None


def _unaccented(word: str) -> str:
    import unicodedata

    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """The whole words (not ``##`` continuations) of the encoder's word-piece vocabulary: lower
    case, accents stripped, as its tokenizer reads text. Raises what
    :func:`guard.checks.embedding.tokenizer_file` raises when the tokenizer is not installed."""
    import json

    from guard.checks.embedding import tokenizer_file

    vocab = json.loads(tokenizer_file().read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(word for word in vocab if word.isalpha() and not word.startswith("##"))


def unsupported_elsewhere(chunk: str, probability: float) -> bool:
    """Whether the encoder's flag of ``chunk`` at ``probability`` is one in a language the n-gram
    head reads and no lexicon here covers (Greek, Hebrew, Hungarian, Swahili, ...: not
    :func:`~guard.checks.toxicity_more_languages.language_of`'s thirteen, nor the six of
    :mod:`guard.checks.toxicity_other_languages`), below the cap, that the head does not support at
    its ``high`` operating point (forty-sixth session: on four sets helpers wrote in twenty such
    languages the check, almost always by the encoder's flag, flagged 132 of 800 benign rows and
    found 233 of 800 toxic ones, a coin toss). Raises :class:`~guard.pinned.PinError` when the
    tokenizer or the head cannot be read."""
    from guard.checks.other_scripts_head import other_scripts_probability, other_scripts_threshold

    if probability >= OTHER_CAP or reads_as_other_language(chunk) or language_of(chunk) is not None:
        return False
    if head_language(chunk) is None:
        return False  # English, or a language nothing here reads: the flag stands
    return (
        other_scripts_probability(chunk) < other_scripts_threshold("high")
        and EVIDENCE.search(chunk) is None
        and _ENGLISH_INSULT.search(chunk) is None
    )

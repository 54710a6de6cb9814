"""Insults, curses, threats and slurs in ten South Asian languages whose scripts guard's encoder
cannot read and no other word list covers: Bengali, Tamil, Telugu, Malayalam, Kannada, Gujarati,
Punjabi (Gurmukhi), Sinhala, Marathi and Nepali (forty-seventh session).

The n-gram head for other languages (:mod:`guard.checks.other_scripts_head`) learns an insult only
from rows that hold it, and helper-written sets, each asked for many different words, repeat few:
it found about a third of a new writer's plain abuse in these languages ("நீ ஒரு முட்டாள் நாய்,
செத்துப் போ" passed at 0.43). These lists are the phrases two helpers, writing independently
and from their own knowledge, both gave as abusive in any sentence (and those either called
abusive with no harmless use), less those that matched as many benign rows as toxic ones in
the session's training sets (``train/toxicity_other_scripts_written_4[67]*.jsonl``): vulgar
insults and their vocatives ("son of a whore"), mother and sister insults, death wishes and
curses, threats to kill or maim, "go hang yourself", slurs used as insults. Words with a common
harmless sense (dog, pig, donkey, a caste's own name, "nine", a cricket "six") are not here.

Each language has stems, which may take endings ("ಗಾಂಡು" in "ಗಾಂಡುಗಳನ್ನ", "डुकरा" in
"डुकराच्या"), and whole words: death wishes, threats and short words, which must end where the
word ends ("చచ్చిపో", go die, is not "నవ్వి నవ్వి చచ్చిపోయా", died laughing; "ગાંડ" is not
"ગાંડા", crazy). :func:`guard.checks.abuse_other_scripts.abuse_span` reads them as it reads the
other lexicons: not inside quotes, not in a text that laughs. Not reviewed by a native speaker;
measured in bench/README.md (forty-seventh session).
"""

from __future__ import annotations

import re
import unicodedata

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["SOUTH_ASIAN_ABUSE", "WHOLE_NUKTA_LETTER"]

# Letters and vowel signs of the Indian scripts and Sinhala (Devanagari to Sinhala): a phrase starts
# where none of them precedes it, and a whole word ends where none follows.
_INDIC = "\\u0900-\\u0dff"

#: Per language: (stems, whole words).
_PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # Bengali
    "bn": (
        (
            "কাটা মোল্লা",
            "কুত্তার বাচ্চা",
            "খানকি",
            "খানকি মাগী",
            "খানকির ছেলে",
            "খানকির পোলা",
            "গান্ডু",
            "গুদমারানি",
            "চুতমারানি",
            "চুদমারানির পোলা",
            "চুদির ভাই",
            "চোদনা",
            "তোর বোনকে চুদি",
            "তোর মাকে চুদি",
            "তোর মায়েরে চুদি",
            "নেড়ে",
            "পুটকি মারা",
            "বাইনচোদ",
            "বানচোদ",
            "বেশ্যার ছেলে",
            "বোকাচোদ",
            "বোকাচোদা",
            "মাগির ছেলে",
            "মাগীর পুত",
            "মাদারচোত",
            "মাদারচোদ",
            "মালাউন",
            "শুওরের বাচ্চা",
            "শুয়োরের বাচ্চা",
            "হারামখোর",
            "হারামজাদা",
        ),
        (
            "মরে যা",
            "গলায় দড়ি দিয়ে মর",
            "গলায় দড়ি দে",
            "জারজ",
            "তোকে মেরে ফেলব",
            "তোর ঠ্যাং ভেঙে দেব",
            "তোর মরণ হোক",
            "তোর মুখে আগুন",
            "বিষ খেয়ে মর",
            "মাগী",
        ),
    ),
    # Tamil
    "ta": (
        (
            "உங்கம்மாவ ஓக்க",
            "உன் அக்காவ ஓக்க",
            "ஒம்மால",
            "ஓத்தா",
            "ஓம்மால",
            "ங்கொம்மால",
            "சுன்னி",
            "தாயோலி",
            "தாயோளி",
            "தேவடியா",
            "தேவடியா பசங்க",
            "தேவடியா பையா",
            "தேவடியா மகனே",
            "தேவடியா மகன்",
            "தேவிடியா",
            "தேவிடியா பையா",
            "நாய் மவனே",
            "பன்னிப்பயலே",
            "பறப்பய",
            "புண்டை",
            "புண்டை மவனே",
            "பேமானி",
            "பொட்டை",
            "பொறம்போக்கு",
            "மயிரு",
            "மயிரு புடுங்கி",
        ),
        (
            "உன்ன வெட்டிடுவேன்",
            "கால உடைச்சிடுவேன்",
            "கூதி",
            "செத்து போ",
            "தூக்கு போட்டு சாவு",
            "நாசமா போ",
            "நாயே",
            "பாடைல போக",
            "விஷம் குடிச்சு சாவு",
        ),
    ),
    # Telugu
    "te": (
        (
            "కుక్క నా కొడకా",
            "కొజ్జా",
            "గాడిద కొడకా",
            "గుద్ద",
            "గుద్ద మూసుకో",
            "దెంగు",
            "దెంగెయ్",
            "దెంగేయ్",
            "దొంగ నా కొడకా",
            "నా మొడ్డ",
            "నీ అక్కని దెంగ",
            "నీ అక్కను దెంగ",
            "నీ అమ్మని దెంగ",
            "నీ యబ్బ",
            "నీయమ్మ",
            "పంది నా కొడకా",
            "బోసిడికే",
            "మాదిగ నా కొడకా",
            "మాల నా కొడకా",
            "మొడ్డ",
            "లంజ కొడకా",
            "లంజకొడకా",
            "లంజకొడుకు",
            "లంజముండ",
        ),
        (
            "చచ్చిపో",
            "ఉరి వేసుకుని చావు",
            "ఉరేసుకుని చావు",
            "ఉరేసుకో",
            "కాళ్ళు విరగ్గొడతా",
            "నరికేస్తా",
            "నిన్ను చంపేస్తా",
            "పూకు",
            "ముండ",
            "లంజ",
            "విషం తాగి చావు",
            "వెధవ",
        ),
    ),
    # Malayalam
    "ml": (
        (
            "അവരാതി",
            "കഴുവേറിടെ മോനെ",
            "കഴുവേറിമോനെ",
            "കുണ്ടൻ",
            "കുണ്ണ",
            "കൂത്തിച്ചി",
            "കൂത്തിച്ചിമോനെ",
            "തന്തയില്ലാത്തവൻ",
            "തായോളി",
            "തെണ്ടി",
            "നായിന്റെമോനെ",
            "നിന്റെ അമ്മയെ പണ്ണും",
            "നിന്റെ അമ്മേടെ പൂറ്",
            "പട്ടിടെ മോനെ",
            "പുലയാടി മോനെ",
            "പുലയാടിമോനെ",
            "പൂറി മോനെ",
            "പൂറിന്റെ മോനെ",
            "പൂറിമോനെ",
            "പൂറിമോൻ",
            "പൊലയാടിമോനെ",
            "വേശ്യ",
            "വേശ്യയുടെ മോനെ",
        ),
        (
            "ചത്തുപോ",
            "കാല് തല്ലിയൊടിക്കും",
            "തൂങ്ങിച്ചാവ്",
            "നിന്നെ കൊല്ലും",
            "പൂറി",
            "പൂറ്",
            "പോയി ചാവ്",
            "പോയി തൂങ്ങിച്ചാവ്",
            "മൈരേ",
            "മൈര്",
            "മൈരൻ",
            "വിഷം കുടിച്ചു ചാവ്",
            "വെട്ടിക്കൊല്ലും",
        ),
    ),
    # Kannada
    "kn": (
        (
            "ಕತ್ತೆ ನನ್ ಮಗನೆ",
            "ಕಳ್ಳ ನನ್ ಮಗ",
            "ಗಾಂಡು",
            "ಚಿನಾಲಿ",
            "ತುಣ್ಣೆ",
            "ತುಲ್ಲು",
            "ನಾಯಿ ಮಗನೆ",
            "ನಿನ್ ಅಕ್ಕನ್",
            "ನಿನ್ ಅಮ್ಮನ್",
            "ನಿನ್ ಅಮ್ಮನ್ ಕೇಯ",
            "ಬೇವರ್ಸಿ",
            "ಬೇವರ್ಸಿ ನನ್ ಮಗ",
            "ಬೋಳಿ ಮಗನೆ",
            "ಬೋಳಿಮಗ",
            "ಬೋಸುಡಿ ಮಗನೆ",
            "ಮುಂಡೆ ಮಗನೆ",
            "ಸೂಳೆ ಮಕ್ಳ",
            "ಸೂಳೆ ಮಗ",
            "ಸೂಳೆ ಮಗನೆ",
            "ಸೂಳೆಮಗ",
            "ಸೂಳೆಮಗನೆ",
            "ಹಂದಿ ನನ್ ಮಗನೆ",
            "ಹೊಲೆಯ ನನ್ ಮಗನೆ",
        ),
        (
            "ಕಾಲು ಮುರೀತೀನಿ",
            "ಕೊಂದು ಬಿಡ್ತೀನಿ",
            "ಕೊಚ್ಚಿ ಹಾಕ್ತೀನಿ",
            "ನಿನ್ ಬಾಯಿಗೆ ಮಣ್ಣು ಹಾಕ",
            "ನಿನ್ನ ಕೊಲ್ತೀನಿ",
            "ನೇಣು ಹಾಕಿಕೊಂಡು ಸಾಯಿ",
            "ನೇಣು ಹಾಕ್ಕೋ",
            "ವಿಷ ಕುಡಿದು ಸಾಯಿ",
            "ಸತ್ತು ಹೋಗು",
            "ಸೂಳೆ",
        ),
    ),
    # Gujarati
    "gu": (
        (
            "કુતરીના",
            "કૂતરીના",
            "ગાંડ મરાવ",
            "ચિનાળ",
            "ચુતિયા",
            "ચુતિયો",
            "તારી બેનને ચોદુ",
            "તારી માને ચોદુ",
            "બહેનચોદ",
            "બેનચોદ",
            "ભોસડી",
            "ભોસડીના",
            "ભોસડીનો",
            "માદરચોત",
            "માદરચોદ",
            "રાંડના",
            "હરામખોર",
            "હરામજાદો",
            "હરામી",
        ),
        (
            "ઝેર ખાઈને મરી જા",
            "ટાંટિયા તોડી નાખીશ",
            "ઢેડ",
            "તને કાપી નાખીશ",
            "તને મારી નાખીશ",
            "તારું નખ્ખોદ જાય",
            "તારું સત્યાનાશ જાય",
            "ફાંસો ખાઈ લે",
            "ભડવા",
            "ભડવો",
            "મરી જા",
            "લોડા",
        ),
    ),
    # Punjabi (Gurmukhi)
    "pa": (
        (
            "ਉੱਲੂ ਦਾ ਪੱਠਾ",
            "ਕੁੱਤੀ ਦਾ ਪੁੱਤ",
            "ਕੁੱਤੇ ਦਾ ਪੁੱਤ",
            "ਖੁਸਰਾ",
            "ਗਸ਼ਤੀ",
            "ਗਾਂਡੂ",
            "ਚੂਤੀਆ",
            "ਚੂਹੜਾ",
            "ਤੇਰੀ ਭੈਣ ਦੀ",
            "ਤੇਰੀ ਮਾਂ ਦੀ",
            "ਤੇਰੀ ਮਾਂ ਦੀ ਕੁੱਸ",
            "ਤੇਰੀ ਮਾਂ ਦੀ ਫੁੱਦੀ",
            "ਫੁੱਦੀ",
            "ਭੈਂਚੋਦ",
            "ਭੈਣ ਚੋਦ",
            "ਭੈਣ ਦੀ ਫੁੱਦੀ",
            "ਭੈਣਚੋਦ",
            "ਮਾਂਚੋਦ",
            "ਮਾਦਰਚੋਦ",
            "ਰੰਡੀ ਦਾ ਪੁੱਤ",
            "ਸੂਰ ਦਾ ਪੁੱਤ",
            "ਸੂਰ ਦਾ ਬੱਚਾ",
            "ਹਰਾਮਜ਼ਾਦਾ",
            "ਹਰਾਮਜਾਦਾ",
            "ਹਰਾਮੀ",
        ),
        (
            "ਜ਼ਹਿਰ ਖਾ ਕੇ ਮਰ ਜਾ",
            "ਤੇਰਾ ਕੱਖ ਨਾ ਰਹੇ",
            "ਤੇਰਾ ਬੇੜਾ ਗਰਕ ਹੋਵੇ",
            "ਤੈਨੂੰ ਜਾਨੋਂ ਮਾਰ ਦਿਆਂਗਾ",
            "ਤੈਨੂੰ ਹੈਜ਼ਾ ਹੋਵੇ",
            "ਫਾਹਾ ਲੈ ਲੈ",
            "ਫੁਦੀ",
            "ਭੜੂਆ",
            "ਮਰ ਜਾ",
            "ਰੰਡੀ",
            "ਲੁੱਲ",
            "ਲੌੜਾ",
            "ਲੱਤਾਂ ਤੋੜ ਦਿਆਂਗਾ",
        ),
    ),
    # Sinhala
    "si": (
        (
            "අම්මට හුකන්න",
            "අම්මට හුකන්නා",
            "උඹේ අම්මට හුකන්න",
            "උඹේ අම්මා වේසි",
            "කැරියා",
            "කිම්බ",
            "පරදෙමළා",
            "පොන්නයා",
            "බල්ලගෙ පුතා",
            "බැල්ලිගෙ පුතා",
            "වේසිගෙ පුතා",
            "වේසිගේ පුතා",
            "සක්කිලියා",
            "හම්බයා",
            "හුකපන්",
            "හුත්ත",
            "හුත්තා",
            "හුත්ති",
            "හුත්තෝ",
        ),
        (
            "උඹව මරනවා",
            "එල්ලිලා මැරියන්",
            "පකයා",
            "පකයෝ",
            "පකෝ",
            "පලයන් එල්ලෙන්න",
            "පුක",
            "මැරිලා යන්",
            "වස බීලා මැරියන්",
            "වේසි",
        ),
    ),
    # Marathi
    "mr": (
        (
            "आईघाल्या",
            "आईझवाड्या",
            "आयघाल्या",
            "आयझवाड्या",
            "कुत्रीच्या",
            "कुत्र्याची औलाद",
            "गांडफाट्या",
            "गांडू",
            "चुत्या",
            "छिनाल",
            "झवाड्या",
            "डुकरा",
            "तुझ्या आईची गांड",
            "भटुरडा",
            "भडवीच्या",
            "भडव्या",
            "भोसडीच्या",
            "म्हारड्या",
            "येडझव्या",
            "रांडेच्या",
            "लवड्या",
            "हरामखोर",
            "हिजड्या",
        ),
        (
            "कुत्र्या",
            "चूत",
            "जा फाशी घे",
            "तंगड्या तोडीन",
            "तुझं मढं बसवलं",
            "तुझं वाटोळं होवो",
            "तुला कापून टाकीन",
            "तुला ठार मारीन",
            "मरून जा",
            "रांड",
            "लवडा",
            "लौडा",
            "विष पिऊन मर",
        ),
    ),
    # Nepali
    "ne": (
        (
            "कुकुरको छोरा",
            "गाँडु",
            "गान्डु",
            "तेरी आमाको पुती",
            "तेरी आमालाई चिक्छु",
            "बहिनी चिक्ने",
            "बहिनीचिक्ने",
            "मा चिक्ने",
            "माचिक्ने",
            "मुजी साला",
            "रण्डीको छोरा",
            "रन्डीको छोरो",
            "राँडीको छोरा",
            "सुँगुरको छोरा",
        ),
        (
            "खुट्टा भाँचिदिन्छु",
            "झुन्डिएर मर्",
            "तँ मरिजा",
            "तँ मर्",
            "तँलाई मारिदिन्छु",
            "तेरो सत्यानाश होस्",
            "पुति",
            "पुती",
            "मरिजा",
            "मुजि",
            "मुजी",
            "विष खाएर मर्",
        ),
    ),
}


# Tamil doubles the consonant a next word starts with, written with a pulli at the end of the word
# before it ("செத்துப் போ", go die, is "செத்து போ" as written in sandhi): any phrase's space may
# follow one of those four doubled consonants.
_SPACE = r"(?:[\u0b95\u0b9a\u0ba4\u0baa]\u0bcd)?\s+"


# Letters with a nukta that Unicode also encodes whole ("য়" U+09DF beside য U+09AF + ় U+09BC; Hindi
# ड़, Punjabi ਖ਼): keyboards type either, and NFC writes the two-letter form. Each phrase, in that
# form, matches the one-letter form too ("গলায় দড়ি দে" typed with U+09DF and U+09DC was missed).
_WHOLE_NUKTA_LETTERS = {
    unicodedata.normalize("NFD", letter): letter
    for letter in map(chr, range(0x0900, 0x0E00))
    if unicodedata.normalize("NFC", letter) != letter
}

#: One of those one-letter forms: the toxicity check reads the older word lists through the text's
#: Unicode skeleton (NFKC writes the two-letter form) when a text holds one.
WHOLE_NUKTA_LETTER = compile_prefiltered("[" + "".join(sorted(_WHOLE_NUKTA_LETTERS.values())) + "]")


def _phrase_pattern(phrase: str) -> str:
    pattern = re.escape(unicodedata.normalize("NFC", phrase)).replace("\\ ", _SPACE)
    for pair, letter in _WHOLE_NUKTA_LETTERS.items():
        pattern = pattern.replace(pair, f"(?:{pair}|{letter})")
    return pattern


def _alternation(phrases: list[str]) -> str:
    # Longest first, spaces as any run of white space (after a Tamil sandhi consonant or not).
    return "|".join(_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))


_STEMS = [p for stems, _ in _PHRASES.values() for p in stems]
_WORDS = [p for _, words in _PHRASES.values() for p in words]

#: The phrases above, at a word start (stems) or as whole words.
SOUTH_ASIAN_ABUSE = compile_prefiltered(
    rf"(?<![{_INDIC}])(?:(?:{_alternation(_STEMS)})|(?:{_alternation(_WORDS)})(?![{_INDIC}]))"
)

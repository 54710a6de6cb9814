"""The South Asian word lists (guard.checks.abuse_south_asian), through the default toxicity check
and abuse_span: abuse in the writer's own voice is found; the same words quoted, in laughter, as a
word's harmless neighbour, or at a word's start inside a longer harmless word are not."""

from __future__ import annotations

import pytest

from guard.checks.abuse_other_scripts import abuse_span
from guard.checks.base import Context
from guard.checks.toxicity import Toxicity

# (text, abusive): written for these tests, not taken from any set.
CASES = [
    # Bengali: "you son of a pig, get out of the group"; a death curse.
    ("এই শুয়োরের বাচ্চা, গ্রুপ থেকে বের হ", True),
    ("তোর মুখে আগুন, আর কখনো মেসেজ দিবি না", True),
    # ... the insult quoted to report it.
    ("কেউ আমার পোস্টে 'শুয়োরের বাচ্চা' লিখেছে, রিপোর্ট করে দিলাম", False),
    # Tamil: "go die" as a reply; "go die" in friends' laughter.
    ("உன் மூஞ்சிய பாத்தாலே எரிச்சல், செத்து போ", True),
    ("டேய் செத்து போ டா 😂😂 சும்மா சொன்னேன்", False),
    # ... written in sandhi ("செத்துப் போ"), and "I died laughing" in sandhi.
    ("நீ ஒரு முட்டாள் நாய், செத்துப் போ", True),
    ("அந்த படம் பார்த்து சிரிச்சு செத்துப் போனேன்", False),
    # Telugu: "I will kill you"; "died laughing" (the verb's stem, a longer word).
    ("ఇంకోసారి నా ఇంటి ముందు కనిపిస్తే నిన్ను చంపేస్తా", True),
    ("ఆ వీడియో చూసి నవ్వి నవ్వి చచ్చిపోయా", False),
    ("నువ్వు ఒక పిచ్చి కుక్కవి, చచ్చిపో", True),
    # Bengali "go die", and "I'm dying laughing" (a longer word).
    ("তোর মতো লোকের বেঁচে থেকে লাভ নেই, মরে যা", True),
    ("ভিডিওটা দেখে হাসতে হাসতে মরে যাচ্ছি", False),
    # "go hang yourself" with য় and ড় typed as one letter each (U+09DF, U+09DC), as some keyboards do.
    ("তোর মতো লোকের বেঁচে থেকে কী হবে, গলা\u09df দ\u09dcি দে", True),
    # Kannada: a slur with a plural ending; Gujarati "crazy" (a longer word than the vulgar stem).
    ("ಗಾಂಡುಗಳನ್ನ ನಮ್ಮ ಊರಿಂದ ಓಡಿಸಬೇಕು", True),
    ("એ ગાંડા, જન્મદિવસની ખૂબ શુભેચ્છા!", False),
    # Marathi: the dog, fed (the vocative "you dog!" is a whole word); "go hang yourself".
    ("आज कुत्र्याला फिरायला नेलं, खूप खुश होता", False),
    ("तुझ्यासारख्याने जगू नये, जा फाशी घे", True),
    # Punjabi: a curse of ruin; Sinhala: "son of a whore"; Nepali: "I'll break your legs".
    ("ਤੇਰਾ ਬੇੜਾ ਗਰਕ ਹੋਵੇ, ਝੂਠਿਆ", True),
    ("වේසිගෙ පුතා, සල්ලි ටික ආපහු දීපන්", True),
    ("फेरि यता आइस भने खुट्टा भाँचिदिन्छु", True),
    # Hindi words the Devanagari lists must not take: a bank account ("खाते"), a daughter's pet name.
    ("मेरे दोनों बैंक खाते आधार से लिंक हैं", False),
    ("हमारी लाडो आज पाँच साल की हो गई", False),
]


@pytest.mark.parametrize(("text", "abusive"), CASES)
def test_abuse_span(text: str, abusive: bool) -> None:
    assert (abuse_span(text) is not None) is abusive


@pytest.mark.parametrize(("text", "abusive"), [(t, a) for t, a in CASES if a])
def test_the_check_flags_the_abuse(text: str, abusive: bool) -> None:
    violations = Toxicity()(text, Context()).violations
    assert [v.type for v in violations] == ["toxic_language"]


@pytest.mark.parametrize(
    "text",
    [
        # The older Hindi lists write ड़ as two characters (ड + nukta); typed as the one letter
        # U+095C it is read through the text's Unicode skeleton, span in the text as typed.
        "तू भोस\u095cी वाला है",
        "साले हिज\u095cे, चुप कर",
    ],
)
def test_a_nukta_letter_typed_whole_is_read_by_the_older_lists(text: str) -> None:
    violations = Toxicity()(text, Context()).violations
    assert [v.type for v in violations] == ["toxic_language"]
    assert violations[0].span == (0, len(text))

"""A stereotype or an insult denied in another language than English, or a person's insult denied
in English: "Los gitanos no son ladrones", "Göçmenler suçlu değil", "Tum bewakoof nahi hai",
"移民不是罪犯", "You're not stupid, you just haven't learned it yet".

The toxicity encoder and the n-gram head for other languages read the words of a claim more than
the negation before or after them: on the forty-seventh session's blind set, 11 of 13 benign
negations in other languages ("X are not criminals") were flagged. Lists of vices and groups in
every language are out of reach; the check asks its own readers instead, with two counterfactual
copies of the text (:func:`denial_readings`; ``Toxicity._denial`` judges them):

* **affirmed**: the negations removed ("Los gitanos son ladrones"); the check must flag it;
* **masked**: each denying clause removed, its subject with it ("Los gitanos no son ladrones, son
  vecinos." -> ", son vecinos."); the check one sensitivity step up (its n-gram head for other
  languages at its own) must pass what is left.

What the writer never called the reader, in other languages (:mod:`guard.checks.said_of_you`: "Je
t'ai jamais traité d'idiot"), is a denial too, with no affirmed copy (without the negation it is a
report). Contempt that negates by its nature ("you're not a person, you're a worm", "you don't
deserve the air you breathe": :mod:`guard.checks.tox_contempt`) is never one.

Which negations count (forty-eighth session, each rule from a loss on the hard cases or the
helper-written negation sets in ``bench/dev``):

* a **predicate denied**, not a verb: the negation stands next to a copula ("no son", "sind keine",
  "ne sont pas", "nahi hai") or is one ("değil", "nejsou", "ليس", "아니다", "不是"). Masking a negated
  verb hid a threat ("se ela não voltar comigo"), a death wish ("你怎么还不去死") and a crime
  request; "nobody" clauses ("kimse yokluğunu fark etmez", nobody will notice you're gone) too;
* a **short subject** (five words at most) with no insult of the word lists in it (a bare group
  name is what the readers flag: "Cyganie ." scored 0.91-0.98 by the encoder);
* **something bad denied**: none of :data:`~guard.checks.denial_words.GOOD_WORDS` in the scope
  ("X are not human", "not real Italians", "don't deserve to live", "not ours any more") and no
  claim kept: a word for "all", "only", "better", "different" or "more" in the scope ("ne sont
  que des voleurs", "no better than animals"), "most" just after it ("değil ama çoğu öyle"), or a
  turn ("but", "rather") after it in its sentence ("I'm not racist, but ...");
* in English, **a person's insult only** ("you're not stupid", "she's not fat", "nobody here
  thinks you're worthless", "I never called you a liar", unless the claim is said again after it:
  "... we KNOW you are"): group denials
  are :mod:`guard.checks.negated_claims`' (lists), and English hate denies words of its own ("The
  great replacement isn't a theory", "That's not racism, that's what I see": eight hard cases were
  lost when any English subject was read).

Words that negate in one language and mean something else in another ("tak" is Indonesian "not"
and Polish "so"; "nu" Romanian "not" and Swedish "now") are read only in chunks that
:func:`guard.checks.head_language.head_language` names as a language where they negate.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from guard.checks.groups import GROUP_WORDS
from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.masking import mask_spans

__all__ = ["DenialReadings", "denial_readings", "insulting_by_word_lists"]


class DenialReadings(NamedTuple):
    """The two counterfactual copies of a denial (module docstring), and whether every denial in
    it is of a person: an insult of "you", "he" or "she", a harm denied, what the reader was never
    called. The judge of ``masked`` reads those more leniently than a group's (``Toxicity._denial``),
    whose ``affirmed`` copy the encoder flags for the group's name alone, when ``affirmed_alone`` is
    flagged: the rest of a text says things of its own, and a hateful text whose writer adds "I'm
    not suggesting anything drastic" was flagged affirmed for its other sentences (fiftieth
    session, hard cases)."""

    affirmed: str | None
    masked: str
    of_a_person: bool
    #: the affirmed copy of the sentences that hold a denial, nothing else of the text (None with
    #: ``affirmed``)
    affirmed_alone: str | None


# Negations, as whole words, and what the affirmed copy writes instead ("ein" for "kein"; removed
# otherwise), from the languages' grammars. Only a predicate denied counts ("X are not thieves",
# "you're not stupid"): a negated verb ("no deberían poder acercarse a ningún niño", "não voltar
# comigo", "你怎么还不去死") is no denial, and masking it hid threats and hate in the hard cases
# (forty-eighth session). So a negation here must stand next to a copula (:data:`_COPULAS`: "no
# son", "sind keine", "ne sont pas", "är inte", "nahi hai"), unless it is a copula itself
# (:data:`_FUSED`: Turkish "değil", Czech "nejsou", Arabic "ليس", Korean "아니다").
def _table(text: str) -> dict[str, str]:
    return {word: instead for word, _, instead in (item.partition("=") for item in text.split())}


_BEFORE = _table(
    # Spanish, Catalan, Galician, Portuguese, Italian, French ("ne sont pas" is read at "pas")
    "no nunca jamás jamas não nao nem non mai né pas jamais ningún=un ninguna=una ninguno=uno nenhum=um "
    "nenhuma=uma nessun=un nessuno=uno nessuna=una aucun=un aucune=une "
    # German, Dutch, the Scandinavian languages
    "nicht nie niemals kein=ein keine=eine keinen=einen keinem=einem keiner=einer keines=eines niet "
    "geen=een nooit inte ej aldrig aldri ikke ingen inga inget intet "
    # Finnish, Estonian, Hungarian, Romanian, Albanian
    "ei eivät emme ette en et nem soha sosem nincs=van nincsenek=vannak nu niciodată niciodata "
    "niciun=un nicio=o nuk "
    # Polish, Czech, Slovak, Slovene, Serbian, Croatian, Bosnian, Russian, Ukrainian, Bulgarian
    "nikdy nigdy nikad nikada ne żaden żadna żadne nejsou=jsou není=je nejsi=jsi nejste=jste "
    "nejsem=jsem nejsme=jsme nisu=su nije=je nisam=sam nisi=si nismo=smo niste=ste не никогда ніколи "
    "никога нису=су није=је "
    # Greek, Hebrew, Arabic, Vietnamese ("không phải là"), Indonesian and Malay, Swahili
    "δεν όχι ποτέ לא אינם אינן אינו אינה ليس ليسوا ليست لستم لست لسنا không chẳng bukan bukanlah "
    "si=ni sio=ni"
)
_AFTER = _table(
    # Turkish, Persian
    "değil değiller değildir değillerdir değilsin değilsiniz değilim değiliz değildi degil "
    "نیست=است نیستند=هستند نیستید=هستید نیستی=هستی نیستم=هستم نیستیم=هستیم "
    # Hindi, Urdu, Punjabi, romanised Hindi and Urdu (with a copula after them or ending the
    # clause), Marathi, Nepali
    "नहीं नही نہیں ਨਹੀਂ nahi nahin nahii nhi nahiin नाही नाहीत होइन "
    # Bengali (য় written as one letter or two), Tamil, Telugu, Malayalam, Kannada
    "\u09a8\u09df \u09a8\u09af\u09bc নন নই নও இல்லை அல்ல அல்லர் இல்ல కాదు അല്ല ಅಲ್ಲ "
    # Korean
    "아니다=이다 아니야=이야 아니에요=이에요 아닙니다=입니다 아니라=이라 아니고=이고 아냐=야 아닌=인"
)
# Negations that are copulas themselves.
_FUSED_TEXT = (
    "nincs nincsenek nejsou není nejsi nejste nejsem nejsme nisu nije nisam nisi nismo niste "
    "нису није אינם אינן אינו אינה ليس ليسوا ليست لستم لست لسنا bukan bukanlah si sio değil "
    "değiller değildir değillerdir değilsin değilsiniz değilim değiliz değildi degil نیست "
    "نیستند نیستید نیستی نیستم نیستیم नाही नाहीत होइन নয় নয় নন নই নও இல்லை அல்ல அல்லர் இல்ல "
    "కాదు അല്ല ಅಲ್ಲ 아니다 아니야 아니에요 아닙니다 아니라 아니고 아냐 아닌 isn't aren't wasn't weren't ain't isnt arent wasnt werent aint"
)
_FUSED = frozenset(_FUSED_TEXT.split())
# Copulas, present and past ("will never be" is hate's tense: "ne seront jamais français"). French
# tokens are read after an elided article or pronoun ("n'est", "c'est", "t'es").
_COPULAS_TEXT = (
    "es son eres soy somos sois era eran eras fue fueron está están estás estoy estaba "
    "estaban sea sean és són ets sóc som sou eren é são sou somos eram foi foram estão seja "
    "sejam è sono sei siamo siete erano fu furono est sont suis sommes êtes était étaient "
    "étais soit soient ist sind bist bin seid war waren warst sei seien is zijn ben bent was "
    "är er var ole ovat on olla vagy vagyok vagytok vagyunk volt voltak sunt este e ești eşti "
    "erau sînt są jest jesteś jestem jesteście jesteśmy był była byli były to je jsou jsi "
    "jsem sú si som byl boli bol su sam smo ste bio bili са е си съм сме сте беше бяха "
    "является являются є був була були был были είναι είσαι είμαι ήταν είμαστε είστε הם הן "
    "הוא היא אתה את אתם phải là है हैं हो हूँ हूं था थे थी होते होती होता hai hain ho hu hoon "
    "hun tha the thi hote hoti hota ہے ہیں ہو ہوں تھا تھے تھی ہوتے ہوتی ہوتا ਹੈ ਹਨ ਸੀ"
)
_COPULAS = frozenset(_COPULAS_TEXT.split())

# English: "not" and "never" beside a copula ("you're not stupid", "they were never a burden"),
# "no" before a noun ("they are no thieves"), and the copula's own negative forms (fused).
_ENGLISH_BEFORE = _table(
    "not never no=a isn't=is aren't=are wasn't=was weren't=were ain't=is isnt=is arent=are wasnt=was "
    "werent=were aint=is hardly far"  # "far" only in "far from" (a loser)
)
_ENGLISH_COPULA_TEXT = "am is are was were be been being re s m"
_ENGLISH_COPULAS = frozenset(_ENGLISH_COPULA_TEXT.split())
# ... and, said of a group only, a verb denied ("Indians don't smell", "Women do not ask for it by
# what they wear"): with a person ("you don't deserve ...") or a thing as its subject it is no
# denial of a vice (threats and contempt negate verbs), and it is skipped.
_ENGLISH_DO_NOT = _table("don't= dont= doesn't= doesnt= didn't= didnt=")
_ENGLISH_DO = frozenset({"do", "does", "did"})
# A group as a clause's whole subject: a named group (guard.checks.groups), a people by its
# capitalised plural ("Pakistanis", "Poles"), or "<word> people / men / women / kids ..." ("Old
# people", "single mums"), with at most two words before it and the copula or auxiliary after it.
# Forty-ninth session's dev sets 48en1 / 48en2: 22 of 73 benign "X are not Y" flagged.
_ENGLISH_GROUP = compile_prefiltered(
    r"(?:(?:the|these|those|our|my)\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
    + GROUP_WORDS
    + r"|\b(?:people|men|women|kids|children|folks|guys|girls|boys|families|workers|students|parents|mums|"
    r"moms|mothers|dads|fathers|teens|teenagers|youths|immigrants|believers|communities)\b"
    r"|(?-i:\b[A-Z][a-z]{2,}s\b))"
    r"(?:\s+(?:are|is|were|was|do|does|did|['’]re|ai))?",
    re.IGNORECASE,
)

_SAID_OF_YOU = compile_prefiltered(
    r"(?P<negation>\b(?:nobody|no\s+one|no-one)|\bi\s*(?:never|did\s+not|didn['’]t|do\s+not|don['’]t|would\s+never|"
    r"['’]d\s+never|will\s+never|won['’]t|am\s+not|['’]m\s+not)|\bwe\s+(?:never|don['’]t|didn['’]t|won['’]t))"
    r"(?:\s+(?:here|else|ever|really|honestly|actually|even|seriously|is|was|'s|are))?"
    r"\s+(?:think|thinks|thought|believe|believes|say|says|said|saying|call|calls|called|calling|consider|"
    r"considers|find|finds|see|sees)\s+(?:that\s+)?(?:you|u|ya)\b(?:['’]re|\s+are|\s+were|\s+r)?"
    r"[^.!?\n,;]{0,50}",
    re.IGNORECASE,
)
# A threat or hatred the writer denies, or says nobody holds: "I would never hurt you", "nobody
# wants you dead", "no one is coming for you", "I don't hate trans people", "I don't want him to
# die" (forty-ninth session's dev sets 48en1 / 48en2: 20 of 36 benign negated threats flagged).
# The negation governs the harm itself: "nobody cares if you die", where it governs the caring, is
# not read (its harm is not next to it), nor a condition that keeps the threat ("I won't hurt you if
# you keep quiet": :data:`_CONDITION`).
_FIRST_PERSON_NEGATION = (
    r"\b(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will|\s+could)?\s+never|"
    r"\b(?:i|we)\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not|wouldn['’]?t|would\s+not|didn['’]?t|did\s+not|"
    r"could\s+never|couldn['’]?t|am\s+not|are\s+not|refuse\s+to)|\b(?:i['’]m|we['’]re)\s+not|"
    r"\bnever\s+in\s+a\s+million\s+years\s+would\s+(?:i|we)|\bno\s+way\s+(?:i|we)(?:['’]d|\s+would|['’]ll|\s+will)|"
    r"(?:^|(?<=[.!?]\s))not\s+(?=going\s+to|gonna)"
)
_HARM_BETWEEN = (
    r"(?:\s+(?:here|else|ever|even|really|actually|honestly|seriously|who|is|are|was|were|will|would|could|wants?|"
    r"wanna|wish(?:es)?|going|gonna|trying|about|to|be|dream(?:ing)?\s+of|in\s+(?:this|the|my|our|your)\s+\w+)){0,6}"
)
# The object of the harm, to the clause's end.
_HARM_OBJECT = r"(?P<object>[^.!?\n;,]{0,80})"
_HARM_DENIED = compile_prefiltered(
    r"(?P<negation>\b(?:nobody|no[\s-]one|none\s+of\s+us|hardly\s+anyone|not\s+one\s+of\s+us)(?:['’]s)?|"
    + _FIRST_PERSON_NEGATION
    # ... and someone else who won't: "the landlord can't and won't get you deported", "the teacher
    # isn't going to expel you", "Immigration won't come for you" (fiftieth session's dev set)
    + r"|\b(?:(?:the|your|my|our|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?|police|immigration|they|he|she)\s+"
    r"(?:can['’]?t\s+and\s+won['’]?t|won['’]?t|will\s+not|will\s+never|isn['’]?t|is\s+not|aren['’]?t|are\s+not|"
    r"would\s+never|wouldn['’]?t))"
    + _HARM_BETWEEN
    + r"\s+(?P<harm>(?:want|wants|wish|wishes)\s+(?:you|u|him|her|them|us|\w+)\s+(?:dead|gone|hurt|harmed)|"
    r"(?:want|wants|wish|wishes)\s+(?:\w+\s+){1,2}to\s+(?:die|suffer|get\s+hurt|be\s+hurt)|"
    r"hurt(?:ing|s)?|harm(?:ing|s)?|kill(?:ing|s)?|murder(?:ing|s)?|hit(?:ting|s)?|beat(?:ing|s)?|attack(?:ing|s)?|"
    r"shoot(?:ing|s)?|stab(?:bing|s)?|dox+(?:ing|es)?|touch(?:ing|es)?|lay(?:ing)?\s+a\s+(?:finger|hand)|hate|hates|"
    r"despise|die|suffer|burn(?:ing|s)?|rape|punch(?:ing)?|slap(?:ping)?|come\s+(?:for|after)|coming\s+(?:for|after)|"
    r"threaten(?:ing)?|bully(?:ing)?|harass(?:ing)?|stalk(?:ing)?|wish\s+death|wishing\s+death|punish(?:ing)?|"
    r"expel(?:ling)?|deport(?:ing)?|get\s+(?:you|him|her|them)\s+deported|fire|firing|report(?:ing)?|"
    r"send(?:ing)?\s+threats|leak(?:ing)?|smash(?:ing)?|push(?:ing)?|throw(?:ing)?|jump(?:ing)?|raid(?:ing)?|"
    r"humiliat\w*|key(?:ing)?|slash(?:ing)?|starv\w*|poison\w*|swat(?:ting)?|abus\w*|bash(?:ing)?|drown\w*|"
    r"chok\w*|strangl\w*|tortur\w*|spank\w*|take\s+(?:your|the|her|his)\s+(?:kids|children|baby|son|daughter))\b"
    + _HARM_OBJECT,
    re.IGNORECASE,
)
# The writer refusing any act asked of them ("I'm not going to key his car", "We won't jump that
# kid after school", "I refuse to leak my ex's photos"): the affirmed copy says whether the act is
# harm. Not the verbs whose negation threatens ("I won't stop", "I won't forget this", "I won't
# miss next time", "not gonna lie").
_ACT_REFUSED = compile_prefiltered(
    # (an intent refused, not a fact denied: "I couldn't get ...", "I don't know ...", "I'm not
    # asking to be talked out of it" are no refusals)
    r"(?P<negation>\b(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will)\s+never|\b(?:i|we)\s+(?:won['’]?t|will\s+not|"
    r"refuse\s+to)|\b(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+not(?=\s+(?:going\s+to|gonna))|"
    r"\bnever\s+in\s+a\s+million\s+years\s+would\s+(?:i|we)|(?:^|(?<=[.!?]\s))not(?=\s+(?:going\s+to|gonna)))"
    r"(?:\s+(?:ever|even|really|actually|going\s+to|gonna|be))*\s+"
    r"(?!(?:stop|forget|forgive|miss|lie|sugarcoat|pretend|hold|let|rest|tolerate|accept|apologi[sz]e|warn|ask|"
    r"tell|say|repeat|back|give|go|leave|quit|play|wait|care|need|want|like|love|think|know|be|have|do|see|"
    r"call|calling|called|hesitate|spare|show|blink|flinch|regret|mind|bother|shed|lose|cry|grieve|mourn|feel|"
    r"make|waste|"
    # ... nor a good turn refused, which is discrimination when a group is its object ("I'd never rent
    # my flat to a Muslim family", hard cases)
    r"rent|hire|employ|serve|sell|date|marry|vote|trust|help|welcome|allow|admit|accept|invite|shake|sit|work|"
    r"live|treat|buy|"
    # (the words between, which a backtrack would read as the act: "not gonna lie")
    r"going|gonna|to|ever|even|really|actually)(?:s|ing|ed)?\b)"
    r"(?P<harm>[a-z][\w'’-]*)" + _HARM_OBJECT,
    re.IGNORECASE,
)
_HARM_NEGATION_INSTEAD = {
    "nobody": "someone",
    "no one": "someone",
    "no-one": "someone",
    "none of us": "we",
    "hardly anyone": "everyone",
    "not one of us": "we",
}
_CONDITION = compile_prefiltered(
    r"\b(?:if|unless|until|till|as\s+long\s+as|yet|but|except|unlike)\b", re.IGNORECASE
)
_THEY = compile_prefiltered(r"\b(?:they|theyre|them|we|were)\b|\b(?:they|we)['’]re\b", re.IGNORECASE)
_THEY_DENIED = compile_prefiltered(
    r"\bthey(?:['’]re|\s+are)\s+not\b|\bthey\s+(?:aren['’]?t|don['’]?t|do\s+not)\b", re.IGNORECASE
)
_SHORT_LEFTOVER_WORDS = 4  # Toxicity's encoder reads a masked copy of this many words or more
_GROUP_NAMED = compile_prefiltered(
    GROUP_WORDS + r"|(?-i:\b[A-Z][a-z]{2,}(?:ians?|ans?|ese|ish|is|s)\b)", re.IGNORECASE
)
# After a harm denied, the harm done another way or by someone else.
_HARM_ELSEWHERE = compile_prefiltered(
    r"\b(?:will|['’]ll|going\s+to|gonna|shall)\s*[.!]|\bmake\s+(?:you|sure|him|her|them)\b", re.IGNORECASE
)
# ... or an exception right after its sentence ends ("Nobody is going to hurt you... except me")
_YET = compile_prefiltered(r"\W*(?:yet|for\s+now|except|but|unless|until|apart\s+from)\b", re.IGNORECASE)
_YET_CHARS = 16
# ... and a denial taken back after it or kept for behind the reader's back (fifty-first session,
# p100: "I'd never call you a fat cow to your face. Oh wait, I just did."; "I'd never say it out
# loud"): what is denied is said or thought all the same.
_TAKEN_BACK = compile_prefiltered(
    r"\b(?:oh\s+)?(?:wait|oops|whoops|oh\s+no)\b[^.!?\n]{0,12}?\b(?:i\s+(?:just\s+|already\s+)?(?:did|do|am|have|was|will)|"
    r"just\s+did|guess\s+i\s+(?:just\s+)?did)\b|\b(?:except|but|until|unless)\s+(?:i\s+)?(?:just|already)\s+did\b|"
    r"\buntil\s+now\b|\bto\s+(?:your|his|her|their)\s+face\b|\bout\s+loud\b|\bin\s+public\b",
    re.IGNORECASE,
)
# ... and what the writer would never call or think of someone else, or a group, and what nobody
# should say ("I'd never call my students stupid", "Not calling her a gold digger", "I don't think
# immigrants are stealing jobs", "i dont buy that poor kids are born troublemakers", "Stop saying
# disabled people are a drain on society": forty-ninth session's dev sets, 12 of 40 refusals and
# myths denied flagged), to the clause's end.
_SAID_OF_OTHERS = compile_prefiltered(
    r"(?P<negation>\b(?:i|we)\s*(?:never|did\s+not|didn['’]?t|do\s+not|don['’]?t|would\s+never|['’]d\s+never|"
    r"will\s+never|won['’]?t|wouldn['’]?t|would\s+not|refuse\s+to|am\s+not\s+going\s+to|am\s+not\s+gonna)|"
    r"\b(?:i['’]m|we['’]re|we\s+are)\s+not\s+(?:going\s+to|gonna)|"
    r"\bnever\s+in\s+a\s+million\s+years\s+would\s+(?:i|we)|(?:^|(?<=[.!?]\s))not|"
    r"\b(?:no\s+one|nobody)\s+should|\b(?:please\s+)?stop)"
    r"(?:\s+(?:ever|even|really|honestly|actually|seriously|dream\s+of|go\s+around))?"
    r"\s+(?:think|thinks|thought|believe|buy|agree|accept|say|saying|said|call|calling|called|consider|see)"
    r"\s+(?:that\s+|with\s+(?:the\s+idea\s+)?(?:that\s+)?)?"
    r"(?P<object>her|him|them|anyone|anybody|someone|my\s+[\w'’-]+|a\s+[\w'’-]+|the\s+[\w'’-]+|your\s+[\w'’-]+|"
    r"(?P<group>(?:"
    + GROUP_WORDS
    + r"|(?-i:[A-Z][a-z]{2,}s)|[\w'’-]+\s+(?:people|men|women|kids|mums|moms|folks|parents))"
    r"(?:\s+(?:people|men|women|kids|children|folks))?))"
    r"\b[^.!?\n,;]{0,60}",
    re.IGNORECASE,
)
_SAID_OF_OTHERS_INSTEAD = {"no one should": "everyone should", "nobody should": "everyone should"}
# ... and the claim said again after it
_YOU_ARE = compile_prefiltered(r"\b(?:you|u)(?:['’]re|\s+are|\s+r)\b(?!\s+not\b)|\bur\b", re.IGNORECASE)
_PERSONS_TEXT = "you you're youre u ur ya you've he he's she she's i i'm im"
_PERSONS = frozenset(_PERSONS_TEXT.split())

# Words that negate in one language and mean something else in another: read only in chunks that
# head_language names as a language where they negate. A short chunk is often named no language
# at all ("Invandrare är nu kriminella." is None), so these are not read there: Swedish "nu" is
# "now", Swedish "en" "a", Spanish "si" "if".
_ONLY_IN: dict[str, frozenset[str]] = {
    "nu": frozenset({"ro"}),  # Swedish, Danish, Dutch "now"
    "ei": frozenset({"fi", "et", "xx"}),  # Romanian "they", Portuguese "hey"
    "en": frozenset({"fi", "et"}),  # Finnish negative verbs; "a" in the Scandinavian languages
    "et": frozenset({"fi", "et"}),  # French "and"
    "mai": frozenset({"de|es|fr|it|pt|nl"}),  # Romanian "more"
    "ne": frozenset({"cs", "sk", "sl", "hr", "sr", "bs", "pl", "xx"}),  # Italian "of it"
    "si": frozenset({"sw"}),  # "if", "yes", Albanian "like"
    "sio": frozenset({"sw", "xx"}),
}

# Scripts written without spaces: copular negations as substrings. Chinese and Thai negate before,
# Japanese after.
_UNSPACED_BEFORE = {"並不是": "是", "并不是": "是", "不是": "是", "ไม่ใช่": "เป็น"}
_UNSPACED_AFTER = {
    "じゃありません": "です",
    "ではありません": "です",
    "じゃない": "だ",
    "ではない": "だ",
    "じゃねえ": "だ",
    "じゃねー": "だ",
    "くない": "い",
}
_UNSPACED = {**_UNSPACED_BEFORE, **_UNSPACED_AFTER}

# In the scope, a negation that keeps the claim: "all" ("not all of them, but most"), "only"
# ("ne sont que des voleurs", "non sono altro che"), "better" ("no better than animals"),
# "different" ("no different from animals") and "more" ("nothing more than").
_CLAIM_KEPT_WORDS_TEXT = (
    "all every only just merely simply better different more "
    # English idioms that deny a lack ("no strangers to lying", "not above stealing", "not smart
    # enough to ...")
    "above beyond stranger strangers enough "
    "todos todas tots totes alle tous toutes tutti tutte allemaal alla allt kaikki mind minden toți "
    "toate wszyscy wszystkie všichni všetci vsi svi sve hepsi tüm bütün все всі всички όλοι όλες "
    "كل همه सब सभी tất semua wote lahat "
    "solo sólo só somente apenas nur bloß seulement que qu altro che alleen maar bara kun vain csak "
    "doar jen len samo tylko только лише само μόνο sadece فقط सिर्फ केवल sirf bas chỉ hanya cuma "
    "tu lang "
    "mejor mejores besser bessere mieux meilleur meilleurs meglio migliori melhor melhores beter "
    "bättre bedre parempia jobbak jobb lepsi lepší lepszy bolji лучше кращі по-добри καλύτεροι "
    "daha أفضل بهتر बेहतर behtar hơn lebih bora "
    "diferente diferentes anders andere différent différents différente différentes diverso diversi "
    "verschillend annorlunda anderledes erilaisia diferiți különbözők różni odlišní drugačiji "
    "иначе отличаются різні διαφορετικοί farklı مختلف فرق अलग alag khác beda berbeda tofauti "
    "más mais mehr plus più meer mer enemmän több mult więcej víc više больше більше "
    "περισσότερο fazla أكثر بیشتر ज़्यादा zyada nhiều banyak zaidi"
)
_CLAIM_KEPT_WORDS = frozenset(_CLAIM_KEPT_WORDS_TEXT.split())
_CLAIM_KEPT_UNSPACED = (
    "都",
    "全部",
    "只",
    "比",
    "だけ",
    "しか",
    "より",
    "みんな",
    "全員",
    "만",
    "보다",
    "모두",
    "ทุก",
)

# Where a scope ends: punctuation, and a turn ("but", "rather") in any of the languages.
_TURNS_TEXT = (
    "but though although however rather instead "
    "pero sino mas aber sondern doch mais ma però porém maar men mutta vaan ale lecz ali но а але "
    "ama fakat ancak lakin لكن ولكن بل اما ولی بلکه लेकिन बल्कि lekin balki nhưng mà tapi tetapi "
    "namun melainkan dar αλλά lakini bali hanem ngunit kundi אבל אלא men utan"
)
_TURNS = frozenset(_TURNS_TEXT.split())
# Turns that are other words elsewhere, read as turns only where a clause starts (right after the
# denial or a comma): Portuguese "mais" is "more" ("Você não é burra, só precisa de mais tempo",
# p95), Portuguese and Spanish "dar" "give", Romanian "ale" "of", Tagalog "sino" "who", English
# "men".
_TURNS_ELSEWHERE_TEXT = "mais dar ale sino men ma mà"
_TURNS_ELSEWHERE = frozenset(_TURNS_ELSEWHERE_TEXT.split())
_TURNS_UNSPACED = ("但是", "但", "可是", "而是", "でも", "けど", "하지만", "그러나", "แต่")

_SCOPE_WORDS = 3  # words a negation before them governs (the predicate, an article, a copula)
_SCOPE_WORDS_AFTER = 1  # ... and a negation after them (the predicate before a copula)
# Bounds that keep a long text linear: a turn is looked for this far after a negation, a clause's
# start this far before it (a subject longer than that is more than _HEAD_WORDS words), and a text
# with more negations than _MAX_NEGATIONS is no denial to clear ("you are not stupid " * 1600 took
# 17 s before these).
_TURN_CHARS = 200
_CLAUSE_CHARS = 120
_MAX_NEGATIONS = 8
_GOVERNED_TOKENS = 12  # tokens read after (or before) a negation for its scope
_SENTENCE_ENDS = frozenset(".!?。！？\n।؟")
_HEAD_WORDS = 5  # words of a clause before its negation (its subject, with a copula)
_SCOPE_CHARS = 6  # characters of an unspaced script (Thai: twice as many, its words are long)

# Punctuation, in the scripts read here. A word is a run of anything else but space (letters and
# marks: Indic vowel signs are not alphanumeric); a punctuation mark is a token of its own. A
# clause ends at punctuation or a line break; a negation's scope at a space too.
_PUNCTUATION = '.,;:!?¡¿"“”„«»()[]{}…|।॥؟،؛、。！？，；：「」『』'
_TOKEN = compile_prefiltered(rf"[^\s{re.escape(_PUNCTUATION)}]+|\S")
_CLAUSE_STOP = frozenset(_PUNCTUATION + "\n\t")
_SCOPE_STOP = _CLAUSE_STOP | {" "}
_MOST_CHARS = 40  # how far after a negation "but most" is read
_SAID_CLAUSE_WORDS = 12  # words of a clause denying what the reader was called (guard.checks.said_of_you)
_HANGUL = compile_prefiltered(r"[\uac00-\ud7af]")
_UNSPACED_SCRIPT = compile_prefiltered(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_ENGLISH_NEGATION = compile_prefiltered(r"\b(?:not|never|nobody)\b|n['’]t\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _unspaced_pattern() -> re.Pattern[str]:
    words = sorted(_UNSPACED, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def denial_readings(piece: str) -> DenialReadings | None:
    """``(affirmed, masked)`` copies of ``piece`` (module docstring) when it denies something bad
    (in English, of a person) and no negation in it keeps the claim; None otherwise. ``affirmed``
    is None when the only denials are of what the reader was called in another language than
    English (:mod:`guard.checks.said_of_you`): without the negation that is a report. Raises
    :class:`~guard.pinned.PinError` when the tokenizer that tells languages apart cannot be read."""
    from guard.checks.head_language import head_language
    from guard.checks.tox_contempt import contempt_span
    from guard.checks.toxicity_more_languages import _WORD, english_word_count

    if contempt_span(piece) is not None:
        # Contempt that negates by its nature ("Nie si hodný ani vzduchu, ktorý dýchaš", "you're
        # not a person, you're a worm"; guard.checks.tox_contempt) is no denial (dev 48b).
        return None
    from guard.checks.counter_speech import heads_off_bigotry

    if heads_off_bigotry(piece):
        # "I'm not racist, I just ...", "No offence, but ...": the writer heading off the
        # accusation is no denial of anything (fifty-first session: read as a person's insult
        # denied, its leftover of implicit hate was read one step down).
        return None
    language = head_language(piece)
    before, after = _BEFORE, _AFTER
    if language is None:
        # English, or a language nothing here names: English's own negations only when English
        # words are there, or an English negation is ("you're not stupid").
        words = [w.casefold() for w in _WORD.findall(piece)]
        if english_word_count(words) >= 2 or _ENGLISH_NEGATION.search(piece):
            language, before, after = "en", _ENGLISH_BEFORE, {}
    affirmed: list[tuple[int, int, str]] = []  # (start, end, replacement)
    scopes: list[tuple[int, int]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(piece)]
    # (a harm denied is read below: its negation is not a copula's too, "there's no one who would
    # ever hit you")
    harms = list(_HARM_DENIED.finditer(piece)) if language == "en" else []
    if language == "en":
        harms += [
            m
            for m in _ACT_REFUSED.finditer(piece)
            if not _GROUP_NAMED.search(m.group("object"))
            and not any(h.start() <= m.start() < h.end() or m.start() <= h.start() < m.end() for h in harms)
        ]
    for index, (start, end, token) in enumerate(tokens):
        if any(m.start("negation") <= start < m.end("negation") for m in harms):
            continue
        word = token.casefold()
        if word in _ONLY_IN and (language is None or language not in _ONLY_IN[word]):
            continue
        word = word.replace("’", "'")
        following = index + 1  # where the words a negation governs start
        if language == "en" and word == "far":
            if following == len(tokens) or tokens[following][2].casefold() != "from":
                continue
            end = tokens[following][1]  # "far from" is one negation: "he's far from a loser"
            following += 1
        if word in before and (
            word in _FUSED or _by_copula(tokens, index, after_only=False, english=language == "en")
        ):
            if (
                language == "en"
                and following < len(tokens)
                and tokens[following][2].casefold() == "all"
                and word not in ("never", "no")
            ):
                # "Irish people aren't all alcoholics": in English a stereotype denied for the whole
                # group ("not all of them, just most" is kept by the readings of "most" and turns)
                following += 1
            if language == "en" and _intent_at(tokens, following):
                continue  # an intent, not a predicate: "I'm not going to stop hunting you" (below)
            governed = _governed(tokens[following:], _SCOPE_WORDS)
            if governed is None:
                return None  # the claim kept
            affirmed.append((start, end, before[word]))
            scopes.append((start, governed[-1][1] if governed else end))
            if len(affirmed) > _MAX_NEGATIONS:
                return None
        elif word in after and (word in _FUSED or _by_copula(tokens, index, after_only=True)):
            governed = _governed(tokens[:index][::-1], _SCOPE_WORDS_AFTER, postpositions=True)
            if governed is None:
                return None
            affirmed.append((start, end, after[word]))
            scopes.append((governed[-1][0] if governed else start, end))
        elif language == "en" and (
            word in _ENGLISH_DO_NOT
            or (word in ("not", "never") and index > 0 and tokens[index - 1][2].casefold() in _ENGLISH_DO)
        ):
            # A verb denied, of a group only: "Indians don't smell", "Women do not ask for it".
            subject_end = tokens[index - 1][0] if word in ("not", "never") else start
            if not _english_group(piece[_clause_start(piece, subject_end) : start]):
                continue
            governed = _governed(tokens[index + 1 :], _SCOPE_WORDS)
            if governed is None:
                return None
            affirmed.append((start, end, _ENGLISH_DO_NOT.get(word, "")))
            scopes.append((start, governed[-1][1] if governed else end))
    if language != "en" and _UNSPACED_SCRIPT.search(piece):
        for m in _unspaced_pattern().finditer(piece):
            spans = _unspaced_scope(piece, m.start(), m.end(), m.group() in _UNSPACED_BEFORE)
            if spans is None:
                return None
            affirmed.append((m.start(), m.end(), _UNSPACED[m.group()]))
            scopes.append(spans)
    # English: what nobody thinks or says of the reader, and what the writer never called them
    # ("nobody here thinks you're worthless", "I never called you a liar"), to the clause's end.
    said_of_you: set[int] = set()
    if language == "en":
        for m in _SAID_OF_YOU.finditer(piece):
            if _YOU_ARE.search(piece, m.end(), m.end() + _TURN_CHARS):
                return None  # "nobody here thinks you're worthless. we KNOW you are" (dev 48en1)
            said_of_you.add(len(scopes))
            negation = m.group("negation")
            instead = "everyone" if negation.casefold().startswith(("nobody", "no")) else "I"
            affirmed.append((m.start("negation"), m.end("negation"), instead))
            scopes.append(m.span())
    said_of_groups: set[int] = set()
    claim_from: dict[int, int] = {}  # where what is said of a group starts, past its name
    if language == "en":
        for m in _SAID_OF_OTHERS.finditer(piece):
            if any(start <= m.start() < end for start, end in scopes):
                continue  # what nobody says of the reader, read above
            if any(
                w.casefold() in _TURNS or w.casefold() in _CLAIM_KEPT_WORDS for w in _words(m.group("object"))
            ):
                return None  # "I don't think they're anything but parasites", "... all of them"
            if m.group("group") is not None:
                said_of_groups.add(len(scopes))
                claim_from[len(scopes)] = m.end("group")
            said_of_you.add(len(scopes))
            negation = " ".join(m.group("negation").casefold().split())
            if negation.endswith("stop"):
                instead = "keep"
            elif negation in _SAID_OF_OTHERS_INSTEAD:
                instead = _SAID_OF_OTHERS_INSTEAD[negation]
            elif negation == "not":
                instead = ""
            else:
                instead = "we" if negation.split()[-1] == "we" or negation.startswith("we") else "I"
            affirmed.append((m.start("negation"), m.end("negation"), instead))
            scopes.append(m.span())
    # English: a threat or hatred denied ("I would never hurt you", "nobody wants you dead", "I
    # don't hate trans people"), to the end of its object.
    if language == "en":
        for m in harms:
            object_end = m.start("object") + len(m.group("object").rstrip())
            sentence = re.split(r"[.!?\n]", piece[object_end : object_end + _TURN_CHARS], maxsplit=1)[0]
            rest = piece[object_end + len(sentence) : object_end + len(sentence) + _YET_CHARS]
            if _CONDITION.search(m.group("object")) or _CONDITION.search(sentence) or _YET.match(rest):
                return None  # "I won't hurt you if you keep quiet", "I'm not going to kill you. Yet."
            if _HARM_ELSEWHERE.search(piece, object_end, object_end + _TURN_CHARS):
                return None  # "I won't hurt you. My brothers will.", "..., I'm going to make you wish I had"
            said_of_you.add(len(scopes))
            affirmed.append((m.start("negation"), m.start("harm"), _harm_affirmed(m)))
            scopes.append((m.start("negation"), max(object_end, m.end("harm"))))
    # Other languages: what the writer never called the reader ("Je t'ai jamais traité d'idiot",
    # "Sana hiç aptal demedim"; guard.checks.said_of_you), the whole clause its scope.
    from guard.checks.said_of_you import said_of_you as said_elsewhere

    said_elsewhere_at: set[int] = set()
    for denied in said_elsewhere(piece, english=language == "en"):
        if len(_words(piece[denied.clause_start : denied.clause_end])) > _SAID_CLAUSE_WORDS:
            return None  # a long clause says more than what the reader was not called
        said_of_you.add(len(scopes))
        said_elsewhere_at.add(len(scopes))
        affirmed.append((denied.start, denied.end, denied.instead))
        scopes.append((denied.clause_start, denied.clause_end))
    if not affirmed or len(affirmed) > _MAX_NEGATIONS:
        return None
    for index, ((start, end), (negation_start, negation_end, _)) in enumerate(
        zip(scopes, affirmed, strict=True)
    ):
        # (a group named as what is said of it is no good thing denied: "disabled people")
        negation_end = claim_from.get(index, negation_end)
        said = (piece[start:negation_start] + " " + piece[negation_end:end]).casefold()
        if _denies_good(said) or _most_after(piece, end) or _turn_after(piece, end):
            return None
        if language == "en" and _YET.match(piece, end, end + _YET_CHARS):
            return None  # "I'm not going to kill you. Yet."
        if language == "en" and _TAKEN_BACK.search(piece, negation_start):
            return None  # "I'd never call you a fat cow to your face. Oh wait, I just did."
    # The clause before the negation goes too: its subject alone ("Cyganie", "Muslime sind") is
    # what the readers flag in these languages (a bare group name scored 0.91-0.98 by the encoder
    # and 0.99 by the n-gram head, dev48), unless it insults someone itself.
    clauses = [(_clause_start(piece, start), start, end) for start, end in scopes]
    group_denied = bool(said_of_groups)
    dropped: set[int] = set()  # English clauses of no person and no group
    for index, (head, start, _) in enumerate(clauses):
        # A subject, not a sentence: a long clause before the negation says something of its own
        # ("Los homosexuales son unos enfermos y no ...").
        subject = _words(piece[head:start])
        if len(subject) > _HEAD_WORDS or insulting_by_word_lists(piece[head:start], piece):
            return None
        # In English only a person's insult denied ("you're not stupid", "she's not fat"): a
        # group's is negated_claims' (lists), and English hate denies words of its own ("The great
        # replacement isn't a theory", "That's not racism, that's what I see", "their brains just
        # aren't wired for engineering": eight hard cases lost when any subject was read).
        # A group's stereotype denied ("Old people are not useless", "Indians don't smell") is read
        # too when the group is the clause's whole subject (:data:`_ENGLISH_GROUP`), and not asked
        # as a question ("Muslims aren't violent? Look at ...").
        if (
            language == "en"
            and index not in said_of_you
            and (not subject or subject[0].casefold().replace("’", "'") not in _PERSONS)
        ):
            if _asked(piece, clauses[index][2]):
                return None
            if not _english_group(piece[head:start]):
                # Left as written, in both copies ("Dad's not even mad" beside "no one's going to
                # punish you"): what is left must still pass, with it.
                dropped.add(index)
                continue
            group_denied = True
    if len(dropped) == len(clauses):
        return None
    clauses = [clause for index, clause in enumerate(clauses) if index not in dropped]
    masked = mask_spans(piece, [(head, end) for head, _, end in clauses], " ")
    if (
        language == "en"
        and len(_words(masked)) < _SHORT_LEFTOVER_WORDS
        and _THEY.search(masked)
        and not _THEY_DENIED.search(masked)  # "Stop saying X are a drain. They're not."
    ):
        # Hate's inversion, "X aren't A, they're B" ("Immigrants aren't refugees, they're
        # invaders", "Black people don't work, they steal", "Stop calling them refugees, they're
        # invaders"): what is left is too short for the encoder (Toxicity._denial), and without
        # its subject no reader flags it.
        return None
    if len(said_elsewhere_at - dropped) == len(scopes) - len(dropped):
        # Only what the reader was never called: with the negation removed the clause is a report
        # ("ti ho dato del cretino", "Sana aptal dedim"), which the readers rightly pass, so there
        # is no affirmed copy to ask for; what is left must pass all the same.
        # (read strictly: the encoder knows other languages' insults too little to read what is
        # left one step down, "Nunca te llamé imbécil, eres un pedazo de mierda.")
        return DenialReadings(None, masked, of_a_person=False, affirmed_alone=None)
    # ... and beside other denials, those stay as written ("Nu te-am făcut niciodată prost, am zis
    # doar că nu sunt de acord": only "nu sunt" is affirmed).
    kept = [a for i, a in enumerate(affirmed) if i not in said_elsewhere_at and i not in dropped]
    # (other languages' subjects are not told apart: a person's only in English)
    return DenialReadings(
        _replaced(piece, kept),
        masked,
        of_a_person=language == "en" and not group_denied,
        affirmed_alone=_affirmed_sentences(piece, kept),
    )


def _intent_at(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether ``tokens[at:]`` start an intent, "going to" or "gonna" (not "going anywhere")."""
    word = tokens[at][2].casefold() if at < len(tokens) else ""
    following = tokens[at + 1][2].casefold() if at + 1 < len(tokens) else ""
    return word == "gonna" or (word == "going" and following == "to")


def _harm_affirmed(m: re.Match[str]) -> str:
    """What a denied harm's negation and the words before its harm become without the negation:
    "nobody wants" -> "someone wants", "I would never" -> "I would", "I don't" -> "I"."""
    before = m.group(0)[: m.start("harm") - m.start(0)]
    negation = " ".join(m.group("negation").casefold().replace("’", "'").split())
    for word, instead in _HARM_NEGATION_INSTEAD.items():
        if negation.startswith(word):
            return instead + before[len(m.group("negation")) :].replace("'s", " is")
    if negation.startswith("never in a million years would"):
        return m.group("negation").split()[-1] + " would" + before[len(m.group("negation")) :]
    if negation.startswith("no way"):
        before = before[len("no way") :]
    before = re.sub(r"can['’]?t\s+and\s+", "", before, flags=re.IGNORECASE)
    before = re.sub(r"\brefuse\s+to\b", "", before, flags=re.IGNORECASE)
    words = re.sub(
        r"\b(?:never|not)\b|n['’]?t\b",
        "",
        re.sub(r"\bwon['’]?t\b", "will", before, flags=re.IGNORECASE),
        flags=re.IGNORECASE,
    )
    return " ".join(words.replace("do ", " ").replace("did ", " ").split()) + " "


def _english_group(subject: str) -> bool:
    """Whether ``subject``, the words of a clause before its negation, is a group and nothing else
    (:data:`_ENGLISH_GROUP`): "Old people are", "Pakistanis", "Irish Travellers", not "their
    brains just", "The great replacement", "That"."""
    subject = subject.strip()
    return bool(subject) and _ENGLISH_GROUP.fullmatch(subject) is not None


def _asked(piece: str, end: int) -> bool:
    """Whether the sentence holding ``piece[end - 1]`` ends with a question mark."""
    for at in range(end, min(len(piece), end + _TURN_CHARS)):
        if piece[at] in _SENTENCE_ENDS:
            return piece[at] in "?？؟"
    return False


def _by_copula(
    tokens: list[tuple[int, int, str]], index: int, *, after_only: bool, english: bool = False
) -> bool:
    """Whether the negation ``tokens[index]`` stands next to a copula: the word before it or after
    it ("no son", "sind keine", "ne sont pas", "t'es pas"), or, with ``after_only`` (Hindi "nahi
    hai"), the word after it or the clause's end."""
    negation = tokens[index][2]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following[2][0] in _SCOPE_STOP:
        return after_only
    if english:
        return _english_copula(following[2]) or (index > 0 and _english_copula(tokens[index - 1][2]))
    if _copula(following[2], negation):
        return True
    return not after_only and index > 0 and _copula(tokens[index - 1][2], negation)


def _english_copula(token: str) -> bool:
    return token.casefold().replace("’", "'").rpartition("'")[2] in _ENGLISH_COPULAS


def _copula(token: str, negation: str | None = None) -> bool:
    word = token.casefold().rpartition("'")[2].rpartition("’")[2]
    if word in _COPULA_WITH:
        return negation is not None and negation.casefold() in _COPULA_WITH[word]
    return word in _COPULAS


# Copulas that are other words elsewhere, read as copulas only beside these languages' negations:
# Danish and Norwegian "er" (German "he": "dass er nicht ..."), Romanian "e" (Italian "and": "e non
# si sa mai chi incontri"), Slovak "si" (Italian "non si sa"), Hindi "ho" (Italian "I have").
_COPULA_WITH: dict[str, frozenset[str]] = {
    "er": frozenset({"ikke", "ingen", "aldri", "aldrig", "intet", "inte"}),
    "e": frozenset({"nu"}),
    "si": frozenset({"nie"}),
    # romanised Hindi "ho" (are), Italian "ho" (I have): "Non ti ho mai dato del cretino"
    "ho": frozenset({"nahi", "nahin", "nahii", "nhi", "nahiin"}),
}


def _words(text: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(text) if m.group()[0] not in _SCOPE_STOP]


def insulting_by_word_lists(head: str, piece: str) -> bool:
    """Whether ``head``, a few words of ``piece`` (the clause before a negation, or what is left
    once the denial is masked), insult someone by the word lists of the toxicity check, not its
    readers, which flag a group's name alone and a short fragment of a language they know little
    of (", son vecinos." at 0.6): "Puta gorda, no vales ..."."""
    from guard.checks.abuse_other_scripts import abuse_span
    from guard.checks.toxicity_more_languages import holds_evidence, language_of
    from guard.checks.toxicity_other_languages import _ENGLISH_INSULT, insult_evidence

    if not any(c.isalpha() for c in head):
        return False
    if abuse_span(head) is not None or insult_evidence(head) or _ENGLISH_INSULT.search(head):
        return True
    language = language_of(piece)
    return language is not None and holds_evidence(head, language, groups=False)


def _turn_after(piece: str, end: int) -> bool:
    """Whether a turn ("but", "rather") follows a negation in its sentence: "I'm not racist, but
    ...", "ik zeg niet dat we ze moeten afmaken, maar ...": what the writer holds comes after it."""
    window = piece[end : end + _TURN_CHARS]
    previous = ""
    for m in _TOKEN.finditer(window):
        word = m.group()
        if word in _SENTENCE_ENDS:
            return False
        folded = word.casefold()
        if folded in _TURNS and (folded not in _TURNS_ELSEWHERE or previous in ("", ",", ";", ":")):
            return True
        previous = word
    return any(turn in window for turn in _TURNS_UNSPACED) and bool(_UNSPACED_SCRIPT.search(window))


def _clause_start(piece: str, at: int) -> int:
    """Where the clause holding ``piece[at]`` starts: after punctuation or a turn before it."""
    start = at
    while start > 0 and at - start < _CLAUSE_CHARS and piece[start - 1] not in _CLAUSE_STOP:
        start -= 1
    for m in _TOKEN.finditer(piece, start, at):
        if m.group().casefold() in _TURNS:
            start = m.end()
    return start


# Suffixes that turn a good thing into its lack ("worthless", "wertlos", "värdelös", "değersiz",
# "értéktelen", "arvoton"): a stem followed by one is no good thing.
_PRIVATIVE = (
    "less",
    "los",
    "lös",
    "loos",
    "løs",
    "siz",
    "sız",
    "suz",
    "süz",
    "talan",
    "telen",
    "tlan",
    "tlen",
    "ton",
    "tön",
)


_LESS = frozenset({"less", "fewer"})


def _denies_good(governed: str) -> bool:
    """Whether the words a negation governs name a good thing (:data:`GOOD_WORDS`): "not human",
    "not real Italians", "don't belong", "can't be trusted"."""
    from guard.checks.denial_words import GOOD_WORDS

    words = [m.group() for m in _TOKEN.finditer(governed) if m.group()[0] not in _SCOPE_STOP]
    for index, word in enumerate(words):
        if index > 0 and words[index - 1] in _LESS:
            continue  # "not less intelligent", "not less human": a lack denied
        if word in GOOD_WORDS and not _insult_elsewhere(word):
            return True
        if index + 1 < len(words) and f"{word} {words[index + 1]}" in GOOD_WORDS:
            return True
        # Endings: a form listed whole is a stem of its case and possessive forms ("emberek" ->
        # "embereknek", "사람" -> "사람이", "insan" -> "insanlar").
        if any(
            word.startswith(good) and not word[len(good) :].startswith(_PRIVATIVE)
            for good in _stems(len(word), _HANGUL.match(word) is not None)
        ):
            return True
    if _UNSPACED_SCRIPT.search(governed):
        return any(good in governed for good in _unspaced_good())
    return False


@functools.lru_cache(maxsize=1024)
def _insult_elsewhere(word: str) -> bool:
    """Whether a good word of one language is an insult in another by the word lists: Albanian
    "burra" (men) is Portuguese "burra" (stupid), and "Você não é burra" denies an insult (p95)."""
    from guard.checks.toxicity_other_languages import insult_evidence

    return insult_evidence(word)


@functools.lru_cache(maxsize=64)
def _stems(length: int, hangul: bool) -> tuple[str, ...]:
    from guard.checks.denial_words import GOOD_WORDS

    shortest = 2 if hangul else 5
    return tuple(
        w
        for w in GOOD_WORDS
        if shortest <= len(w) < length and " " not in w and (_HANGUL.match(w) is not None) == hangul
    )


@functools.lru_cache(maxsize=1)
def _unspaced_good() -> tuple[str, ...]:
    from guard.checks.denial_words import GOOD_WORDS

    return tuple(w for w in GOOD_WORDS if _UNSPACED_SCRIPT.search(w) and not _HANGUL.search(w))


def _most_after(piece: str, end: int) -> bool:
    """Whether "most" or "many" follows a negation closely: "tüm Afganlar suçlu değil tamam ama
    çoğu öyle", "no todos, pero la mayoría sí"."""
    from guard.checks.denial_words import MOST_WORDS

    after = piece[end : end + _MOST_CHARS].casefold()
    words = [m.group() for m in _TOKEN.finditer(after)]
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)}
    if any(w in MOST_WORDS for w in words) or pairs & MOST_WORDS:
        return True
    return bool(_UNSPACED_SCRIPT.search(after)) and any(
        w in after for w in MOST_WORDS if _UNSPACED_SCRIPT.search(w)
    )


# "And": a negation's scope ends before the next clause ("bukan Islam dan gak pantes tinggal di
# sini", "no son ladrones y se lo merecen").
_AND_TEXT = "y i e et und en och og и і ve và dan and και"
_AND = frozenset(_AND_TEXT.split())


# Hindi and Urdu postpositions, romanised and in their scripts: read with the noun before them.
_POSTPOSITIONS_TEXT = (
    "ka ki ke ko se me mein par का की के को से में पर کا کی کے کو سے میں پر "
    # ... and Turkish "bile" (even), read with the word before it: "Sen insan bile değilsin" (not
    # even human) denies a good thing
    "bile"
)
_POSTPOSITIONS = frozenset(_POSTPOSITIONS_TEXT.split())


def _governed(
    following: list[tuple[int, int, str]], limit: int, *, postpositions: bool = False
) -> list[tuple[int, int, str]] | None:
    """The words a negation governs among ``following`` (in reading order away from it): up to
    ``limit`` words, stopping at punctuation or a turn. None when one of them keeps the claim."""
    governed: list[tuple[int, int, str]] = []
    for item in following[:_GOVERNED_TOKENS]:
        word = item[2].casefold()
        if item[2][0] in _SCOPE_STOP or word in _TURNS or (word in _AND and not _copula(item[2])):
            break
        if word in _CLAIM_KEPT_WORDS:
            return None
        if (
            word in _BEFORE
            or word in _AFTER
            or _copula(item[2])
            or (postpositions and word in _POSTPOSITIONS)
        ):
            # "ne sont pas", "nu e", "không phải": the negation continues; a Hindi postposition
            # belongs to the noun before it ("kisi kaam ka nahi": of any use)
            governed.append(item)
            continue
        governed.append(item)
        limit -= 1
        if limit == 0:
            break
    return governed


def _unspaced_scope(piece: str, start: int, end: int, before: bool) -> tuple[int, int] | None:
    """The characters an unspaced negation governs: up to :data:`_SCOPE_CHARS` after it (Chinese,
    Thai) or back to the topic particle before it (Japanese), stopping at punctuation and turns."""
    if before:
        stop = end
        limit = _SCOPE_CHARS * 2 if "\u0e00" <= piece[start] <= "\u0e7f" else _SCOPE_CHARS
        while stop < len(piece) and stop - end < limit and piece[stop] not in _SCOPE_STOP:
            if piece.startswith(_TURNS_UNSPACED, stop):
                break
            stop += 1
        scope = piece[end:stop]
        span = (start, stop)
    else:
        at = start
        while (
            at > 0
            and start - at < _SCOPE_CHARS * 2
            and piece[at - 1] not in _SCOPE_STOP
            and piece[at - 1] not in "はがもを"
        ):
            at -= 1
        scope = piece[at:start]
        span = (at, end)
    if any(word in scope for word in _CLAIM_KEPT_UNSPACED):
        return None
    return span


def _affirmed_sentences(piece: str, replacements: list[tuple[int, int, str]]) -> str:
    """The sentences of ``piece`` that hold a denial, with their negations replaced
    (``DenialReadings.affirmed_alone``)."""
    spans: list[tuple[int, int]] = []
    for start, end, _ in sorted(replacements):
        head = start
        while head > 0 and piece[head - 1] not in _SENTENCE_ENDS:
            head -= 1
        tail = end
        while tail < len(piece) and piece[tail] not in _SENTENCE_ENDS:
            tail += 1
        tail = min(tail + 1, len(piece))
        if spans and head <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], tail))
        else:
            spans.append((head, tail))
    return " ".join(
        _replaced(piece[head:tail], [(s - head, e - head, t) for s, e, t in replacements if head <= s < tail])
        for head, tail in spans
    )


def _replaced(piece: str, replacements: list[tuple[int, int, str]]) -> str:
    parts: list[str] = []
    at = 0
    for start, end, text in sorted(replacements):
        if start < at:
            continue
        parts.append(piece[at:start])
        parts.append(text)
        at = end
    parts.append(piece[at:])
    return " ".join("".join(parts).split())

"""Counter-speech: hate quoted or reported in order to denounce it, and hate reported to agree.

The toxicity encoder reads words more than stance: it flags "Stop calling Asian people dirty,
it's racist" (0.77) and "Comparing trans women to predators is a hateful lie" (0.94), and passes
"People keep saying immigrants are criminals, and honestly they're right" (0.03). What decides
such a sentence is who says the claim and what the writer thinks of it, so this module finds the
two parts and the toxicity check weighs them (``Toxicity._weigh_stance``):

* a *claim* about a protected group that the text quotes ("... \"Muslims are vermin\" ...") or
  reports after a verb of saying or calling ("saying that women are stupid", "calling gay
  people sick", "the idea that Jews run the banks");
* the writer's *stance* on it, read outside the claim: a word that denounces it ("racist",
  "a lie", "ashamed", "banned", "never okay", "stop calling") that no negation turns around ("it's
  not racist to say ..."), or one that agrees ("they're right", "it's the truth", "finally someone
  said it").

A denounced claim is masked (replaced by "that") and the rest of the text scored again: an
insult
the writer adds is still found ("People who say that are subhuman trash"). A claim agreed with is
scored on its own, as the requested claims of ``Toxicity._hate_it_misses`` are. Text with both
kinds of cue, or neither, is left to the classifier. Every pattern here is linear (bounded or
possessive repeats, no nested ones): they run on every sentence chunk the classifier flags or
passes with a claim in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from guard.checks.groups import GROUP_WORDS
from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["Stance", "StanceReading", "heads_off_bigotry", "preempted_claims", "read_stance"]

Stance = Literal["denounce", "endorse"]

# Quoted text of 2-25 words: straight or curly double quotes, guillemets, or single quotes at word
# edges (not the apostrophe of "don't", which may stand inside: "'boomers can't learn tech' is
# ageist garbage"); or a line quoted as forums and e-mail replies quote it,
# after a ">" ("> Muslims are vermin" then "This comment is hateful and was removed"). Quotes do
# not nest in what people write; the bounded class stops at the first closing mark.
_QUOTED = compile_prefiltered(
    r"\"([^\"\n]{5,200})\"|“([^”\n]{5,200})”|«([^»\n]{5,200})»|(?<![\w'])'((?:[^'\n]|(?<=\w)'(?=\w)){5,200})'(?![\w'])|‘([^’\n]{5,200})’"
    r"|(?m:^[ \t]*+>[ \t]*+([^>\n]{5,200})$)"
)
# A request to have the claim written: "write a post claiming", "generate tweets saying that".
_REQUESTED = compile_prefiltered(
    r"\b(?:write|generate|compose|draft|create|make|produce|give\s+me|come\s+up\s+with)\s+(?:me\s+)?"
    # (not "a post explaining why claiming ... is a lie", "a reply to people who say")
    r"(?:(?!(?:why|how|who|explain|denounc|condemn|against|debunk|refut|rebut|respon|reply|counter|challeng|critici|"
    r"call|people|those|anyone|someone)\w*\b)[\w-]+\s+){0,5}?"
    r"(?:claiming|saying|arguing|stating|proving|that\s+(?:says|claims|argues|states))\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# A verb of saying, calling or believing, or a noun for a claim, after which a clause about a
# group is the claim: "saying that women are stupid", "calling gay people sick", "the idea that
# Jews run the banks", "compare trans women to predators".
_REPORT = compile_prefiltered(
    r"\b(?:say|says|saying|said|claim|claims|claiming|claimed|tweet|tweets|tweeting|tweeted|posting|"
    r"posted|wrote|write|writes|writing|tell|tells|telling|told|think|thinks|thinking|believe|believes|"
    r"believing|call|calls|calling|called|describe|describes|describing|described|compare|compares|comparing|"
    r"compared|insist|insists|insisting|insisted|suggest|suggests|suggesting|suggested|argue|argues|arguing|"
    r"argued|imply|implies|implying|implied|treating|treated|labelling|labeling|labelled|labeled|painting|"
    r"painted|branding|branded|hear|hears|hearing|heard|pretend|pretends|pretending|"
    # "Teaching kids that all Muslims are terrorists is how you raise bigots", "spreading the idea",
    # "'just asking questions' about whether Jews control the media is still antisemitism" (p37)
    r"teach|teaches|teaching|taught|spread|spreads|spreading|repeat|repeats|repeating|repeated|preach|preaching|"
    # (p75) "Stereotyping Roma people as thieves has been used to justify centuries of persecution"
    r"stereotyping|stereotype|stereotypes|portraying|portray|portrays|depicting|depict|depicts|"
    r"(?:questions?|asking|wondering)[\"”’']?\s+(?:about\s+)?(?:whether|if)|"
    r"(?:your|their|his|her|whose)\s+(?:argument|point|view|position|opinion|logic|excuse|claim|idea)\s+is|"
    # (p77) "the punchline is that a whole group of people is stupid"
    r"(?:the\s+)?(?:punch-?line|joke|premise|subtext|implication|message)\s+is\s+that|"
    r"(?:the|this|that|a|an|old|tired)\s+(?:idea|notion|myth|claim|lie|stereotype|trope|belief|assumption|"
    r"narrative|conspiracy(?:\s+theory)?|talking\s+point)(?=\s+(?:that|of|about)\b))\b"
    r"(?:[^\S\n]++(?:that|how|as|like)\b)?[^\S\n]*+",
    re.IGNORECASE,
)
# The writer as the one who says it ("I told you", "I'd say", "we all know", "I will call all ..."):
# then the clause is the writer's own claim.
_FIRST_PERSON = compile_prefiltered(
    r"\b(?:i|i'd|i'll|i've|i'm|we|we'd|we'll|we've)\W++(?:\w++\W++){0,2}?$",
    re.IGNORECASE,
)
# Where a reported clause ends: punctuation, a closing quote, a conjunction that starts a new
# clause, or the verb that makes the report the subject of a judgement ("Claiming that Muslims
# are all terrorists | is ignorant").
_CLAUSE_END = compile_prefiltered(
    r"[,.;:!?\"”’\n]|\s(?:and|but|because|since|so|which|while|then)\s|\s(?:is|was|isn't|wasn't)\s",
    re.IGNORECASE,
)
_COPULA = compile_prefiltered(r"\s(?:are|is|were|was)\s", re.IGNORECASE)
# The words that name hate or its handling ("racist", "a lie", "should be ashamed", "banned",
# "stop calling ..."): they denounce, and the classifier reads them as toxic in themselves, so a
# denounced chunk is scored again with them made plain (:data:`_NAMING_HATE`). "stop" and "quit"
# only right before a verb of saying ("stop calling ..."), not "stop pretending".
_HATE_NAMES = (
    r"racis[tm]s?|sexis[tm]|sexists|bigot(?:s|ed|ry)?|anti-?semit\w{0,10}|homophob\w{0,6}|transphob\w{0,6}|"
    r"islamophob\w{0,6}|xenophob\w{0,6}|misogyn\w{0,8}|ableis[tm]|hateful|hate\s+speech|hatred|"
    r"dehumani[sz]\w{0,6}|prejudic\w{0,4}|discriminat\w{0,6}|stereotyp\w{0,6}|lie|lies|myth|myths|conspiracy|"
    r"propaganda|hurtful|hurts|offensive|ashamed|shame|shameful|banned|ban|reported|push\s+back|reject|"
    r"not\s+ok(?:ay)?|never\s+ok(?:ay)?|unacceptable|condemn\w{0,4}|denounc\w{0,4}|debunk\w{0,4}|refut\w{0,4}|"
    r"disprov\w{0,4}|"
    # Prejudice by age, class, body or disability named ("'boomers can't learn tech' is ageist").
    r"ageis[tm]s?|classis[tm]s?|ableist|fatphob\w{0,4}|"
    # A claim dismissed as a worn-out argument ("Tired argument.", "Same insult, different
    # century.", "is ageist garbage", "that old canard").
    r"(?:tired|old|worn[- ]out|lazy|bogus|debunked|bad[- ]faith|same\s+old|ancient|recycled)\s+(?:argument|excuse|"
    r"trope|line|talking\s+point|take|claim|insult|slur|smear|canard|stereotype|rhetoric|script)s?|"
    r"same\s+(?:old\s+)?(?:insult|slur|smear|lie|trope|stereotype|playbook|script|rhetoric|bigotry|hate)s?|"
    # (p77) "The 'all Muslims are terrorists' line is lazy and wrong", "a long, ugly history", "Stop
    # punching down", "ignores medical debt, low wages and rent"
    r"(?:argument|excuse|trope|line|take|claim|idea|stereotype|generali[sz]ation|talking\s+point)s?\s+(?:is|are|was)\s+"
    r"(?:so\s+|just\s+|both\s+)?(?:lazy|tired|stale|cheap|old|worn[- ]out|dumb|stupid|ugly|gross|ignorant)|"
    r"(?:long,?\s+)?(?:ugly|dark|shameful|bloody|violent)\s+(?:history|past|legacy|pedigree)|punch(?:es|ing)?\s+down|"
    r"ignor(?:es|ing)\s+(?:\w+\s+){0,3}?(?:debt|wages|rent|poverty|racism|discrimination|history|context|facts|data|"
    r"evidence|reality|structural\s+\w+)|"
    r"(?<!\bhe\s)(?<!\bshe\s)(?:is|was|'s)\s+(?:just\s+|pure\s+|total\s+|utter\s+|complete\s+)?(?:(?:ageist|racist|sexist|bigoted|"
    r"classist|ableist|homophobic|transphobic)\s+)?(?:garbage|rubbish|nonsense|drivel|bunk|bollocks|bs|bullshit)|"
    # The harm such words do named ("led to real attacks on Asian grandmas", "is literally how
    # genocides start", "Words have consequences", "a way to blame two billion people").
    r"(?:led|leads|lead|leading)\s+(?:directly\s+)?to\s+(?:real\s+|actual\s+)?(?:attacks|violence|hate\s+crimes|deaths|"
    r"killings|harassment|genocides?|pogroms?|lynchings?|beatings)|"
    r"how\s+(?:genocides?|pogroms?|massacres?|atrocities|ethnic\s+cleansing|the\s+holocaust)\s+(?:start|starts|started|"
    r"begin|begins|began)|words\s+have\s+consequences|"
    r"(?:fuel|fuels|fuelled|fueled|fuelling|fueling|inspired|inspires|incites?|incited)\s+(?:real\s+|actual\s+)?"
    r"(?:violence|attacks|hate\s+crimes|shootings|mass\s+shooters|harassment)|"
    r"(?:gets?|got|getting)\s+(?:people|millions|thousands)\s+(?:killed|hurt|attacked|beaten)|"
    r"(?:a\s+way|an\s+excuse)\s+to\s+(?:blame|scapegoat|demoni[sz]e|dehumani[sz]e|smear)|scapegoat\w{0,4}|"
    r"(?:used|an\s+excuse)\s+to\s+justify\s+(?:\w+\s+){0,3}?(?:persecution|violence|discrimination|genocide|pogroms?|"
    r"slavery|segregation|expulsions?|internment|lynchings?)|"
    # The writer telling the speaker off ("Knock it off.", "the problem is you, not her", "Watch
    # your language.", "Before you post ... again", "Move on."): the classifier reads the
    # imperative as aggression, so it is made plain too.
    r"knock\s+it\s+off|cut\s+it\s+out|give\s+it\s+a\s+rest|(?:the\s+)?problem\s+is\s+you|you(?:'re|\s+are)\s+the\s+problem|"
    r"watch\s+your\s+(?:language|mouth)|do\s+better|grow\s+up|educate\s+yourself|read\s+a\s+book|move\s+on|"
    r"before\s+you\s+(?:post|say|repeat|tweet|write|share)|stop\s+(?:spreading|repeating|posting|sharing)|"
    r"(?:stop|quit|stopped)\s++(?:\w++\s++){0,2}?(?:calling|saying|telling|describing|comparing|treating|"
    r"labelling|labeling|painting|branding|claiming|pretending\s+that)"
)
# ... and judgements that can also be insults ("ignorant", "disgusting", "a liar"): they denounce
# too, but stay for the classifier to read.
_JUDGEMENTS = (
    r"lying|liar|liars|ignorant|ignorance|cruel|wrong|false|untrue|nonsense|disgrace\w{0,4}|report|furious|"
    r"appalled|sickening|disgusting|vile|rejected|pushed\s+back|(?:call|calls|calling|called)\s+(?:it|him|her|"
    r"them|this|that)\s+out|not\s+tolerated|not\s+an\s+opinion|lost\s+(?:all\s+)?respect|read\s+some\s+history|"
    r"harass\w{0,6}|abus(?:e|ive)|"
    # The claim answered with the facts ("tell that to Merkel", "decades of research say kids of
    # same-sex parents do just as well", "the data shows otherwise"); not evidence that agrees
    # ("the statistics prove it", "the numbers don't lie").
    r"(?:tell|try\s+telling)\s+that\s+to|(?:research|studies|evidence|data|numbers|science)\s+(?:says?|shows?|showed|"
    r"finds?|found)\s+(?:otherwise|the\s+opposite|no\s+(?:difference|link|evidence))|"
    r"decades\s+of\s+(?:research|studies|evidence|data)|do\s+just\s+as\s+well|no\s+(?:evidence|basis)\s+for|"
    r"(?:the\s+)?(?:facts|data|evidence)\s+say\s+otherwise"
)
_DENOUNCE = compile_prefiltered(r"\b(?:" + _HATE_NAMES + "|" + _JUDGEMENTS + r")\b", re.IGNORECASE)
_NAMING_HATE = compile_prefiltered(r"\b(?:" + _HATE_NAMES + r")\b", re.IGNORECASE)
# A word aimed at the reader: "you racist", "you're a bigot", "what a liar".
_AT_READER = compile_prefiltered(
    r"\b(?:you|you're|youre|ur|u|what)\W++(?:(?:are|a|an|such|so|total|complete|fucking)\W++){0,3}$",
    re.IGNORECASE,
)
# A negation just before a denouncing word turns it into agreement: "it's not racist to say",
# "nothing wrong with saying", "no shame in it"; before an agreeing one, into rejection ("neither
# funny nor true").
_NEGATED = compile_prefiltered(
    # (not an answering "No," : "tired argument? No, it's the truth")
    r"\b(?:not|no(?![^\S\n]*+,)|never|neither|nor|nothing|hardly|isn't|aren't|wasn't|ain't|don't|doesn't|n't)\W++(?:\w++\W++){0,2}?$",
    re.IGNORECASE,
)
# Agreement with a reported claim ("Exactly." only as a reply: "is exactly the prejudice" is not).
_EXACTLY = compile_prefiltered(
    r"(?:^|[.!?;:,\"”—–-]\s*+)exactly\s*+(?:[.!?,;:]|$)", re.IGNORECASE | re.MULTILINE
)
_ENDORSE = compile_prefiltered(
    r"\b(?:(?:they|he|she|you|u|people)(?:'re|\s+are|'s|\s+is|\s+was|\s+were)\s+(?:so\s+|absolutely\s+|"
    r"completely\s+|totally\s+|100%\s+|dead\s+|just\s+)?(?:right|correct|spot\s+on)|"
    r"(?:it's|it\s+is|that's|that\s+is|its)\s+(?:just\s+|simply\s+|only\s+|the\s+)?(?:true|truth|facts?|"
    r"statistics|reality|science|accurate|a\s+description|an\s+observation)|true|facts|truth|"
    r"finally\s+(?:someone|somebody|a\s+\w+)\s+(?:said|says|saying|admits?)|someone\s+had\s+to\s+say\s+it|"
    r"well\s+said|spot\s+on|not\s+wrong|(?:couldn't|could\s+not|can't)\s+agree\s+more|agree|agreed|based(?!\s+(?:on|upon|in|around|off))|preach|amen|best\s+thing|"
    r"can't\s+argue|tired\s+of\s+pretending|pretending\s+otherwise|say\s+it\s+louder|about\s+time|"
    r"(?:couldn't|could\s+not)\s+have\s+(?:said|put)\s+it\s+better|so\s+true|nailed\s+it|"
    r"not\s+(?:a|an)\s+(?:insult|slur|hate|opinion\s+but)|reality|realistic|(?:i|we)\s+call\s+it|"
    # Evidence called on to agree ("the numbers prove it", "the stats don't lie"), not against
    # ("research shows otherwise", "the data show no link").
    r"(?:numbers|statistics|stats|data|facts|evidence|science|crime\s+figures)\s+(?:prove|proves|proved|back\s+(?:it|this|that|me)"
    r"|backs\s+(?:it|this|that|me)|confirm|confirms|don't\s+lie|doesn't\s+lie|never\s+lie|speak\s+for\s+themselves|"
    r"(?:show|shows)(?!\s+(?:otherwise|the\s+opposite|no\b|nothing|the\s+reverse))))\b",
    re.IGNORECASE,
)
# A turn in the argument: what comes after it is the writer's own stance.
_TURN = compile_prefiltered(r"\b(?:but|however|yet|though|although)\b", re.IGNORECASE)
# Groups a claim must be about: protected characteristics (:mod:`guard.checks.groups`).
# Not any capitalised plural, as the toxicity check's request reading allows: here it took
# "Makes" and "Terrorists" in tweets for groups and masked their insults.
_GROUP = compile_prefiltered(
    GROUP_WORDS
    # ... and age, class and body, which the claims of counter-speech are about as often ("'boomers
    # can't learn tech' is ageist garbage", "calling poor people lazy").
    + r"|\b(?:boomers|millennials|zoomers|gen\s+z|the\s+poor|poor\s+(?:people|families|kids)|working[- ]class\s+people|"
    r"homeless\s+people|the\s+homeless|pensioners|people\s+on\s+benefits|welfare\s+recipients|"
    r"people\s+in\s+wheelchairs|wheelchair\s+users|deaf\s+people|blind\s+people|"
    # (p77) "the punchline is that a whole group of people is stupid"
    r"(?:a\s+|an\s+)?(?:whole|entire)\s+(?:group|race|religion|community|nationality|ethnicity|gender)(?:\s+of\s+people)?)\b",
    re.IGNORECASE,
)
# A comparison that dehumanises whoever it is about ("Comparing people to rats or cockroaches is
# literally how genocides start", "'They breed like rabbits' has been said about the Irish"): a
# claim about people whether or not it names a group.
_DEHUMANISING = compile_prefiltered(
    r"\b(?:rats|cockroach(?:es)?|vermin|insects|parasites|apes|monkeys|animals|rabbits|locusts|termites|lice|"
    r"a\s+plague|an\s+infestation|a\s+disease|subhumans?|sub-humans?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StanceReading:
    """What :func:`read_stance` found in a piece of text: the claims (spans), the writer's stance
    on them, and the text with the claims masked."""

    claims: tuple[tuple[int, int], ...]
    stance: Stance | None
    masked: str

    def claim_texts(self, text: str) -> list[str]:
        """The claims of ``text`` as sentences of their own."""
        return [text[s:e].strip(" \t\"'“”‘’«»>") for s, e in self.claims]


def read_stance(text: str) -> StanceReading | None:
    """The claims about a protected group that ``text`` quotes or reports, and whether it
    denounces or endorses them; None when it has no such claim."""
    claims = _claims(text)
    if not claims:
        return None
    outside = _outside(text, claims)
    if any(_REQUESTED.search(text, 0, start) for start, _ in claims):
        # "Write a viral post claiming Muslims are all terrorists and should be banned from every
        # public place": the claim is what the writer asks to have written, so the words around it
        # ("banned") are the request's, not a judgement of it.
        return StanceReading(tuple(claims), None, " ".join(_outside(text, claims, mark=" that ").split()))
    # A cue followed by a turn ("Some call this racist, but ...") is not where the writer ends up.
    last_turn = max((m.end() for m in _TURN.finditer(outside)), default=-1)
    denounced = any(
        m.start() > last_turn and not _NEGATED.search(outside[max(0, m.start() - 40) : m.start()])
        for m in _DENOUNCE.finditer(outside)
    )
    endorsed = any(
        m.start() > last_turn and not _NEGATED.search(outside[max(0, m.start() - 40) : m.start()])
        for m in [*_ENDORSE.finditer(outside), *_EXACTLY.finditer(outside)]
    )
    stance: Stance | None = None
    if denounced and not endorsed:
        stance = "denounce"
    elif endorsed and not denounced:
        stance = "endorse"
    # The writer's own words, with the claim masked and the words that denounce it made plain: the
    # classifier reads "racist", "ashamed", "a hateful lie" as toxic in themselves.
    outside_masked = _outside(text, claims, mark=" that ")
    masked = _NAMING_HATE.sub(lambda m: _plain(outside_masked, m), outside_masked)
    return StanceReading(tuple(claims), stance, " ".join(masked.split()))


def _plain(text: str, match: re.Match[str]) -> str:
    """ "wrong" for a word that names hate, unless it is aimed at the reader ("you racist"), which
    is an accusation and stays."""
    if _AT_READER.search(text, max(0, match.start() - 25), match.start()):
        return match.group(0)
    return "wrong"


def _claims(text: str) -> list[tuple[int, int]]:
    """Spans of quoted or reported clauses that name a protected group, in text order."""
    found: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        s, e = m.span()
        if (_GROUP.search(text, s, e) or _DEHUMANISING.search(text, s, e)) and len(text[s:e].split()) >= 2:
            found.append((s, e))
    for m in _REPORT.finditer(text):
        if _FIRST_PERSON.search(text, max(0, m.start() - 30), m.start()):
            continue  # "I told you Mexicans are ...": the writer's own claim, not one reported
        start = m.end()
        end_match = _CLAUSE_END.search(text, start, start + 160)
        end = end_match.start() if end_match else min(len(text), start + 160)
        # "People who say immigrants are vermin | are spreading lies": the clause has its own verb,
        # a second one is the judgement's.
        copulas = [c.start() for c in _COPULA.finditer(text, start, end)]
        if len(copulas) >= 2:
            end = copulas[1]
        if end - start >= 5 and (_GROUP.search(text, start, end) or _DEHUMANISING.search(text, start, end)):
            found.append((start, end))
    # Of overlapping claims the inner one is the claim: in "call it racist to say Jews are
    # parasites" the clause after "call" holds the one after "say".
    found.sort()
    kept: list[tuple[int, int]] = []
    for s, e in found:
        if kept and s < kept[-1][1]:
            kept[-1] = (s, e)
        else:
            kept.append((s, e))
    return kept


def _outside(text: str, claims: list[tuple[int, int]], mark: str = " ") -> str:
    """``text`` with every claim replaced by ``mark``."""
    parts: list[str] = []
    at = 0
    for s, e in claims:
        parts.append(text[at:s])
        parts.append(mark)
        at = e
    parts.append(text[at:])
    return "".join(parts)


# The writer heading off the accusation before a claim of their own ("I'm not racist, but ...",
# "Call me a bigot all you want, ...", "No offence to Muslims but ...", "I don't care if that's
# racist"): what follows is meant, and the cue says the writer knows how it reads.
_PREEMPT = compile_prefiltered(
    r"\b(?:call\s+(?:me|it|this)\s+(?:a\s+|an\s+)?(?:racist|bigot(?:ed)?|sexist|homophob\w{0,3}|islamophob\w{0,3}|"
    r"transphob\w{0,3}|anti-?semit\w{0,3}|xenophob\w{0,3}|nazi|intolerant|prejudiced|hateful|hate\s+speech)|"
    r"(?:i'm|i\s+am|im)\s+not\s+(?:a\s+|being\s+)?(?:racist|sexist|bigot(?:ed)?|homophob\w{0,3}|transphob\w{0,3}|"
    r"anti-?semit\w{0,3}|xenophob\w{0,3}|islamophob\w{0,3}|prejudiced|ableist|ageist|misogynist(?:ic)?)|"
    # ... or heading off with goodwill (fifty-first session, p100: "I have nothing against gay
    # people, I just think they're sick in the head and need treatment")
    r"(?:i\s+have|i've|i\s+got|i've\s+got)\s+nothing\s+against|some\s+of\s+my\s+best\s+friends\s+are|"
    r"far\s+be\s+it\s+from\s+me|"
    r"not\s+(?:to\s+be|being)\s+(?:racist|sexist|rude|mean|offensive|politically\s+incorrect)|"
    r"no\s+offen[cs]e\s+(?:to\s+(?:\w++\s++){1,2}?)?but|"
    r"(?:don't|do\s+not|dont)\s+care\s+if\s+(?:that's|that\s+is|it's|it\s+is|this\s+is|you\s+call\s+me|"
    r"people\s+call\s+me|that\s+makes\s+me|it\s+makes\s+me)|"
    r"if\s+(?:that|this|it)\s+makes\s+me\s+(?:a\s+)?(?:racist|bigot|sexist|nazi))",
    re.IGNORECASE,
)
_CLAUSE_BREAK = compile_prefiltered(r"[,.;:!?\n]|\s(?:but|and)\s", re.IGNORECASE)


def heads_off_bigotry(text: str) -> bool:
    """Whether the writer of ``text`` heads off an accusation of bigotry ("I'm not racist, but",
    "Call me a bigot all you want", "I have nothing against ...")."""
    return _PREEMPT.search(text) is not None


def preempted_claims(text: str) -> list[str]:
    """The clauses about a protected group in ``text`` that the writer heads off an accusation
    of bigotry for ("Call me racist all you want, Africans are savages." -> "Africans are
    savages"); empty when there is no such cue."""
    cue = _PREEMPT.search(text)
    if cue is None:
        return []
    # The group the cue names ("I have nothing against gay people"), which a later clause calls
    # "they": that clause is read with the group named ("they're sick in the head" scored 0.23
    # alone, "gay people are sick in the head" 0.94).
    named = _GROUP.search(text, cue.end(), cue.end() + _CUE_GROUP_CHARS)
    out = []
    at = 0
    for brk in [*_CLAUSE_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        clause = text[at:end].strip(" \t\"'“”‘’")
        if not (at <= cue.start() < end) and len(clause.split()) >= 3:
            if _GROUP.search(clause):
                out.append(clause)
            elif named is not None and at >= named.end() and _THEY.search(clause):
                people = _PEOPLE.match(text, named.end())
                group = named.group() + (people.group() if people else "")
                out.append(_with_group(clause, group))
        at = brk.end() if brk is not None else len(text)
    return out


# Characters after a cue in which the group it heads off for is named.
_CUE_GROUP_CHARS = 40
_PEOPLE = compile_prefiltered(r"\s+(?:people|men|women|folks|kids|guys|families)\b", re.IGNORECASE)
_THEY = compile_prefiltered(r"\b(?:they(?:['’]re|\s+are)|they|them|their)\b", re.IGNORECASE)


def _with_group(clause: str, group: str) -> str:
    """``clause`` with ``group`` in the place of each "they", "them" and "their"."""
    return _THEY.sub(lambda m: _as_group(m, group), clause)


def _as_group(pronoun: re.Match[str], group: str) -> str:
    """``group`` in the place of ``pronoun`` ("they're" -> "gay people are", "their" -> "gay
    people's")."""
    word = pronoun.group().casefold()
    if word.startswith("they") and len(word) > len("they"):
        return f"{group} are"
    return f"{group}'s" if word == "their" else group

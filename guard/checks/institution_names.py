"""Institutions named in text the toxicity classifier flags: criticism of what they do, not hate.

Harsh criticism of a regime, a government, a ministry, a police force, a party, a company, an
industry, an organisation, a policy or an ideology held as politics reads to the classifier much
as hate about a people does: "Saudi Arabia's regime executes people for protesting" scores 0.92,
"Big Pharma priced insulin out of reach for millions. Pure greed." 0.87, "Scientology is a
predatory organization that drains its members' money" 0.98. Its training corpora attack peoples
by their country and their faith far more often than they attack those peoples' governments and
churches, so the name ("Saudi", "Iran", "Chinese", "Islamism") pulls the score up. What a
protected group is does not change when its government is criticised; what the sentence says of
its target does. So, as :mod:`guard.checks.political_names` does for political sides, a flagged
text that names an institution and uses no insulting, dehumanising or threatening word is read
again with the institution's name replaced by a neutral one ("the organisation"); if it is then
clearly not toxic, the name was the reason.

Never replaced: a people or a religion's believers ("Muslims are ...", "the Chinese are ...",
"Islam is a cancer": no institution is named), and institutions that antisemitic conspiracy
speaks of ("the Jewish lobby", "Zionist-controlled media", "the banks"): the trope is the hate.
The words that keep the first verdict are :data:`guard.checks.political_names.INSULTING` except
the ones that report what institutions do (:data:`_WRONGDOING`: "executes", "beat", "to die",
"corrupt", "dictatorship", "prison"): an institution is criticised for those, a people is not
described by them without an insult or a slur the gate still reads ("vermin", "savages").
"""

from __future__ import annotations

import re

from guard.checks.groups import GROUP_WORDS
from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.political_names import INSULTING

__all__ = ["INSTITUTION", "neutralised"]

# The institution's head noun: what it is, not who belongs to it ("the Home Office", "a regime",
# "the morality police", "Big Pharma"). Not "media", "banks", "lobby", "elites", "Hollywood":
# the targets of antisemitic conspiracy talk ("the banks are run by ...").
_HEADS = (
    r"governments?|regimes?|administrations?|ministr(?:y|ies)|departments?|home\s+office|foreign\s+office|"
    r"police(?:\s+forces?)?|police\s+departments?|military|militar(?:y|ies)|armed\s+forces|army|armies|juntas?|"
    r"dictatorships?|monarch(?:y|ies)|kleptocrac(?:y|ies)|theocrac(?:y|ies)|parliaments?|courts?|"
    r"authorit(?:y|ies)|agenc(?:y|ies)|bureaucrac(?:y|ies)|institutions?|establishment|leadership|"
    r"parties|party|corporations?|compan(?:y|ies)|conglomerates?|industr(?:y|ies)|firms?|multinationals?|"
    r"organi[sz]ations?|churches|church|vatican|conventions?|federations?|associations?|councils?|"
    r"committees?|commissions?|cartels?|militias?|polic(?:y|ies)|system|systems|programmes?|programs?|"
    r"laws?|state\s+media|propaganda\s+machine|security\s+services?|secret\s+police|intelligence\s+services?|"
    r"border\s+force|immigration\s+enforcement|prison\s+system|ideolog(?:y|ies)\s+of\s+\w+"
)
# Institutions known by name: movements, organisations, industries and companies ("the Taliban",
# "Scientology", "Big Pharma", "Amazon"), and ideologies held as politics ("Islamism", "political
# Islam", "Christian nationalism"; not a faith itself: "Islam", "Judaism").
_NAMED = (
    r"taliban|hamas|hezbollah|hizbollah|daesh|al-?qaeda|boko\s+haram|kremlin|politburo|chinese\s+communist\s+party|"
    r"communist\s+party|stasi|revolutionary\s+guards?|scientology|big\s+(?:pharma|tech|oil|tobacco|ag|food)|"
    r"pentagon|islamism|political\s+islam|islamists?\s+(?:groups?|movements?|parties|regimes?)|"
    r"(?:christian|hindu|white|ethno-?)\s*nationalism|hindutva|communism|capitalism|neoliberalism|"
    r"authoritarianism|"
    # Abbreviations and companies only as written (not "ice", "shell", "apple", "meta", "ira")
    r"(?-i:ISIS|ISIL|CCP|KGB|FSB|IRGC|NRA|IRA|FIFA|IOC|UEFA|IRS|ICE|FBI|CIA|NSA|DWP|NHS|BP|Amazon|Meta|Facebook|"
    r"Google|Apple|Microsoft|Tesla|Walmart|Exxon(?:Mobil)?|Shell|Nestl[eé]|Monsanto|Bayer|Pfizer|Purdue|McKinsey|"
    r"Uber|Twitter|TikTok|ByteDance|Huawei|Gazprom|Aramco)"
)
# What stands before the head noun and belongs to the institution's name: a determiner, a
# possessive or capitalised name ("Saudi Arabia's", "The US", "Southern Baptist") and institutional
# adjectives ("immigration detention", "morality"), at most four words. Not Jewish or Zionist:
# "Jewish organisations control ..." is the conspiracy itself.
_MODIFIER = (
    # (a capitalised plural is a people: "Muslims", "Jews"; "The US" and "Saudi Arabia's" are names)
    r"(?:(?!(?i:jew\w{0,4}|zionis\w{0,3}|globalis\w{0,3})\b)(?-i:[A-Z][\w.&-]{0,30}(?<![a-z]s))(?:['’]s)?|"
    r"immigration|detention|morality|religious|secret|state|federal|national|local|city|county|regional|"
    r"current|ruling|previous|communist|authoritarian|military|police|prison|health|education|welfare|"
    r"asylum|border|foreign|tax|oil|tech|pharmaceutical|drug|tobacco|arms|defen[cs]e|interior|justice|"
    r"energy|insurance|private|public|big|major|multinational|whole|entire|their|its|our|your)"
)
#: An institution named in full: "Saudi Arabia's regime", "the Home Office's hostile environment
#: policy", "the US immigration detention system", "Big Pharma", "Scientology".
INSTITUTION = compile_prefiltered(
    r"(?P<det>\b(?:the|that|this|these|those|a|an)\s++)?"
    r"(?P<mods>(?:(?:" + _MODIFIER + r")\s++){0,4}?)"
    r"\b(?:" + _HEADS + r"|" + _NAMED + r")\b(?:['’]s)?",
    re.IGNORECASE,
)
# Of INSULTING's words, those that report what an institution does ("executes protesters", "beat
# women", "sends its poorest citizens to die", "a corrupt dictatorship", "held in prison camps").
_WRONGDOING = re.compile(
    r"execut\w*|kill(?:s|ed|ing)?|die|dies|dead|death|beat|shot|tortur\w*|murder\w*|corrupt\w*|crooked|"
    r"dictator\w*|tyrant\w*|cult\w*|prison|jail\w*|locked\s+up|camps?|bomb\w*|steal\w*|stole|thie(?:f|ves)|"
    r"criminals?|lies|lying|liars?|hypocri\w*|extremist\w*|radical\w*|terroris\w*|fascis\w*|"
    r"evil|deserve\w*",
    re.IGNORECASE,
)


def _neutral(match: re.Match[str]) -> str:
    """A plain organisation with no country, faith or politics, keeping the determiner the
    sentence gave it ("a predatory organization" -> "a predatory organisation")."""
    if match.group("det"):
        return match.group("det") + "organisation"
    if match.group("mods") or match.start() == 0 or match.string[match.start() - 1] in ".!?:;\n\"'(“‘":
        return "the organisation"
    # after a word of the sentence's own: "a predatory organization", "multiple administrations"
    return "organisation"


_GROUP = compile_prefiltered(GROUP_WORDS + r"|\b(?-i:[A-Z][a-z]{2,}s)\b", re.IGNORECASE)
# Where a clause starts: the text's start, a sentence or clause mark, or a conjunction; a group
# within three words of it is the clause's subject.
_CLAUSE_START = compile_prefiltered(
    r"(?:^|[.!?;:,(—–\n]|\s-\s|\b(?:and|but|because|since|so|while|as|that|who|whereas)\b)[^\S\n]*+"
    r"(?:[\w'’-]++[^\S\n]++){0,3}$",
    re.IGNORECASE,
)


def _people_as_subject(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a protected group or a people outside the institutions' names opens a clause of
    ``text``: then the clause says something of the group ("Roma clans run organized crime
    across Europe and the police are paid to look the other way"), and replacing the institution
    cannot tell whether the classifier's flag was for it."""
    for m in _GROUP.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue  # "the Chinese government": the institution's own name
        if _CLAUSE_START.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def _insulting(text: str) -> bool:
    """Whether ``text`` holds an insulting, dehumanising or threatening word that does not just
    report an institution's wrongdoing."""
    return any(_WRONGDOING.fullmatch(m.group(0)) is None for m in INSULTING.finditer(text))


def neutralised(text: str) -> str | None:
    """``text`` with every institution (:data:`INSTITUTION`) replaced by a neutral name, or None
    when it names none, uses an insulting word that is not an institution's wrongdoing, or makes
    a people the subject of one of its clauses."""
    spans = [m.span() for m in INSTITUTION.finditer(text)]
    if not spans or _insulting(text) or _people_as_subject(text, spans):
        return None
    return INSTITUTION.sub(_neutral, text)

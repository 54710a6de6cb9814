"""Political sides and politicians named in text the toxicity classifier flags.

The classifier learned political names as toxicity: its tweet and comment corpora insult
"libtards", "Trump" and "the GOP" far more often than they discuss them civilly, so "@USER
Liberals are winning the culture war and conservatives know it" scores 0.98 and "Leftists always
think the government should solve everything" 0.87. What makes a political tweet offensive is what
it says of its target, not which side the target is on. So a flagged text that names a side or a
politician and uses no insulting, profane or violent word (:data:`INSULTING`) is read again with
the names replaced ("they", "someone"), as a counterfactual: if it is then clearly not toxic
(below ``Toxicity``'s political bar), the names were the reason and the text passes.

Protected groups are not replaced here: "Muslims are taking over" says something of the group
itself, and the hate readings of the toxicity check depend on the group. :data:`INSULTING` is
deliberately wide (mental-illness and animal words, "hypocrisy", "joke", "traitor"): a political
text with any of them keeps its first verdict.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["INSULTING", "POLITICAL_GROUP", "POLITICIAN", "neutralised"]

#: Political sides and institutions, plural or collective ("Conservatives", "the left", "MAGA").
POLITICAL_GROUP = compile_prefiltered(
    r"\b(?:conservatives?|liberals?|democrats?|republicans?|dems|libs|leftists?|left-?wingers?|right-?wingers?|"
    r"the\s+left|the\s+right|progressives?|socialists?|libertarians?|antifa|the\s+gop|gop|"
    r"maga(?:\s+(?:crowd|people|supporters|voters|folks))?|trump\s+(?:supporters|voters|fans)|trumpers|"
    r"tories|tory|labour|the\s+democrats|the\s+republicans|feminists?|politicians?|congress|the\s+senate|"
    r"lawmakers|the\s+administration|the\s+establishment|the\s+media|mainstream\s+media|msm)\b",
    re.IGNORECASE,
)
#: Politicians by name or office ("Trump", "Hillary Clinton", "the senator").
POLITICIAN = compile_prefiltered(
    r"\b(?:(?:donald\s+)?trump|(?:barack\s+)?obama|(?:joe\s+)?biden|hillary(?:\s+clinton)?|(?:bill\s+)?clinton|"
    r"(?:nancy\s+)?pelosi|(?:bernie\s+)?sanders|bernie|kavanaugh|mcconnell|schumer|(?:kamala\s+)?harris|kamala|"
    r"pence|aoc|ocasio-cortez|desantis|trudeau|merkel|macron|(?:boris\s+)?johnson|the\s+(?:senator|president|"
    r"governor|mayor|congressman|congresswoman|prime\s+minister|pm|candidate|speaker))\b",
    re.IGNORECASE,
)
#: Words that insult, swear, dehumanise or threaten, and the names political tweets call people
#: by; any of them and the text keeps its first verdict.
INSULTING = compile_prefiltered(
    r"\b(?:idiot\w{0,4}|moron\w{0,4}|stupid\w{0,4}|stupidity|dumb\w{0,4}|retard\w{0,4}|imbecil\w{0,4}|cretin\w{0,4}|"
    r"scum\w{0,4}|trash\w{0,3}|garbage|pigs?|rats?|snakes?|monkeys?|apes?|dogs?|poodles?|vermin|cockroach\w{0,2}|"
    r"parasit\w{0,4}|leech\w{0,4}|cunt\w{0,4}|fuck\w{0,6}|f\*+k\w{0,4}|shit\w{0,6}|bitch\w{0,4}|ass|asses|arse|"
    r"asshole\w{0,2}|dick\w{0,4}|prick\w{0,2}|bastard\w{0,2}|whore\w{0,2}|slut\w{0,2}|hoes?|thots?|twat\w{0,2}|"
    r"wank\w{0,4}|douche\w{0,4}|losers?|clowns?|fools?|foolish|jerks?|creeps?|creepy|freaks?|nut\s*jobs?|nuts|"
    r"lunatic\w{0,2}|psycho\w{0,4}|crazy|crazed|insane|insanity|deranged|derangement|unhinged|mental\w{0,4}|"
    r"neurotic\w{0,2}|disorder\w{0,2}|sick|sicko|traitor\w{0,4}|treason\w{0,4}|liars?|lying|lies|hypocri\w{0,5}|"
    r"coward\w{0,4}|thugs?|criminals?|crooks?|crooked|corrupt\w{0,4}|terroris\w{0,4}|nazis?|fascis\w{0,4}|"
    r"commies?|libtard\w{0,2}|feminazi\w{0,2}|snowflakes?|cucks?|brainwash\w{0,4}|brain-?dead|deplorables?|"
    r"mongol\w{0,4}|savages?|animals?|monsters?|evil|disgust\w{0,4}|pathetic|worthless|useless|ugly|fat|ignorant|"
    r"clueless|buffoon\w{0,2}|twits?|halfwits?|nitwits?|dimwits?|dotard\w{0,2}|joke|jokes|clownish|rubes?|"
    r"sheep|sheeple|puppets?|scumbag\w{0,2}|dipshit\w{0,2}|jackass\w{0,2}|dumbass\w{0,2}|sucks?|sucker\w{0,2}|"
    r"damn\w{0,3}|hell|crap\w{0,3}|bullshit|bs|wtf|stfu|gtfo|pussy|pussies|cock\w{0,6}|fag\w{0,4}|dyke\w{0,2}|"
    r"tranny|nigg\w{0,4}|negro\w{0,2}|kike\w{0,2}|spic|spics|chink\w{0,2}|wetback\w{0,2}|towelhead\w{0,2}|"
    r"raghead\w{0,2}|gook\w{0,2}|beaner\w{0,2}|hate|hates|hated|hating|hatred|die|dies|dead|death|kill\w{0,4}|"
    r"shoot\w{0,4}|shot|hang\w{0,4}|hung|punch\w{0,4}|beat|rot|burn\w{0,4}|lynch\w{0,4}|murder\w{0,4}|rap(?:e|es|ed|ist|ists)|"
    r"flay\w{0,4}|torture\w{0,2}|filth\w{0,2}|dirty|thie(?:f|ves)|steal\w{0,4}|stole|predators?|pedo\w{0,6}|"
    r"shut\s+up|lock\s+(?:her|him|them)\s+up|rot\s+in|go\s+to\s+hell|enem(?:y|ies)|cult\w{0,2}|dictator\w{0,2}|"
    r"tyrant\w{0,2}|marxist\w{0,2}|radical\w{0,2}|extremist\w{0,2}|bigot\w{0,4}|racis\w{0,3}|sexis\w{0,3}|"
    r"homophob\w{0,4}|shithole\w{0,2}|baloney|ridiculous|silly|comical|idiocy|nonsense|loony|looney|nutty|wacko|"
    # Violence and dehumanisation without a swear word ("Leftists deserve a bullet", "Libs belong
    # in camps", "the cancer of this country").
    r"bullets?|guns?|noose|ropes?|guillotine\w{0,2}|gas|gassed|firing\s+squad|execut\w{0,5}|exterminat\w{0,4}|"
    r"eradicat\w{0,4}|eliminat\w{0,4}|purg\w{0,3}|sterili[sz]\w{0,4}|hunt\w{0,4}|drag\w{0,4}|camps?|gallows|"
    r"behead\w{0,4}|stab\w{0,4}|bomb\w{0,4}|nuke\w{0,2}|wipe\w{0,2}\s+out|put\s+down|deserve\w{0,2}|cancer\w{0,2}|"
    r"disease\w{0,2}|plague\w{0,2}|infest\w{0,4}|subhuman\w{0,2}|inhuman|breed\w{0,4}|hag|senile|sweetie|"
    r"whine\w{0,2}|whiny|crybab\w{0,3}|pervert\w{0,2}|degenerate\w{0,2}|filthy|vile|slimy|slime\w{0,2}|"
    r"prison|jail\w{0,2}|locked\s+up|hang(?:ed)?\s+for)\b",
    re.IGNORECASE,
)


def neutralised(text: str) -> str | None:
    """``text`` with every political side replaced by "they" and every politician by "someone",
    or None when it names neither or uses an insulting word (then the names are not why it
    reads as toxic, or not only)."""
    if POLITICAL_GROUP.search(text) is None and POLITICIAN.search(text) is None:
        return None
    if INSULTING.search(text) is not None:
        return None
    return POLITICIAN.sub("someone", POLITICAL_GROUP.sub("they", text))

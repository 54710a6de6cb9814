"""A stereotype denied in the writer's own voice: "Gay men are not pedophiles.", "Muslims aren't
terrorists", "Deaf ≠ stupid", "Being Muslim doesn't make someone backwards".

The toxicity encoder reads the words of the stereotype more than the "not" before them: a
development set of negations written by a helper (thirtieth session, 40 texts) had 12 flagged,
"Gay men are not pedophiles." at 0.94. Counter-speech that quotes or reports the claim is read by
:mod:`guard.checks.counter_speech`; this module reads the claim denied outright. The denial is
masked ("Gay men are not pedophiles" -> "that") and the rest of the chunk scored again by the
toxicity check (``Toxicity._read_again``): an insult or another claim beside it is still read.

Only a **negative** predicate denied counts (a vice, a crime, a danger, an insult, "less
intelligent"): denying something good of a group is hate ("Muslims are not human", "trans women
are not women", "immigrants are not welcome here"), and its predicate is in no list here. Nor a
denial that keeps most of the claim ("not all X are criminals, just most", "not only thieves",
"no better than animals").
"""

from __future__ import annotations

import re

from guard.checks.groups import GROUP_WORDS
from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.masking import mask_spans

__all__ = ["negated_masked"]

# Vices, crimes, dangers and insults a stereotype hangs on a group. Negated, they deny it.
_NEGATIVE = (
    r"(?:criminals?|terrorists?|extremists?|jihadists?|predators?|pedophiles?|paedophiles?|paedos?|pedos?|"
    r"groomers?|rapists?|murderers?|killers?|thieves|thiefs?|scammers?|frauds?|fraudsters?|liars?|cheats?|"
    r"drug\s+dealers?|gang\s*(?:members|bangers?)|thugs?|savages?|barbarians?|animals?|vermin|parasites?|"
    r"leeches|invaders?|an\s+invasion|invasion|a\s+threat|threats?|a\s+danger|dangerous|violent|aggressive|"
    # ... and the things a group is likened to ("Asian students are not robots", p73)
    r"robots?|machines?|monkeys?|apes?|dogs?|pigs?|rats?|cockroaches|snakes?|sheep|zombies?|insects?|beasts?|"
    r"a\s+burden|burdens?|freeloaders?|moochers?|spongers?|welfare\s+cheats?|lazy|stupid|dumb|idiots?|"
    r"retarded|slow|less\s+(?:intelligent|smart|capable|american|british|french|german|human|valuable|worthy|"
    r"deserving|competent|rational|evolved)|inferior|dirty|filthy|smelly|diseased|sick|mentally\s+ill|crazy|"
    r"insane|broken|defective|freaks?|abnormal|unnatural|perverts?|perverted|deviants?|degenerates?|evil|"
    r"oppressed|backwards?|primitive|uncivili[sz]ed|uneducated|ignorant|greedy|cheap|stingy|sneaky|"
    r"untrustworthy|dishonest|disloyal|traitors?|spies|spying|a\s+fifth\s+column|too\s+(?:emotional|weak|"
    r"stupid|dumb|irrational|sensitive|hysterical)|emotional|irrational|hysterical|weak|bad\s+(?:at|drivers?|"
    r"parents?|people)|worse\s+(?:at|drivers?|parents?|people)|a\s+(?:disease|plague|cancer|disgrace|"
    r"problem|phase|choice|sin|mental\s+illness|disorder|fetish|trend)|sinners?|confused|a\s+moral\s+failing|"
    r"out\s+to\s+(?:get|replace|destroy)|taking\s+(?:our|your)\s+jobs|stealing\s+(?:our|your)\s+jobs|"
    r"hate\s+(?:men|women|america|us|the\s+west)|(?:to\s+)?blame|responsible\s+for\s+crime|"
    # (p75) the conspiracy denied: "Jewish people do not control the media or the banks"
    r"(?:control|run|own|secretly\s+(?:control|run))\s+(?:the\s+)?(?:media|banks|world|government|money|hollywood|"
    r"news|press|economy|finance)|"
    r"genetically\s+(?:smarter|inferior|superior|dumber)|smarter\s+than|superior|"
    # "Black people are not more likely to commit crimes because of their race" (p37)
    r"likely\s+to\s+(?:commit\s+(?:crimes?|violence|fraud|terrorism)|be\s+(?:criminals?|violent|dangerous|terrorists?|"
    r"abusers?|predators?)|steal|lie|cheat|rape|kill|abuse|spread\s+(?:diseases?|covid|the\s+virus|illness))|"
    # (p77) "Refugees don't flee for benefits"
    r"(?:come|came|flee|fled|move|moved|migrate|cross(?:ed)?\s+the\s+\w+)\s+(?:here\s+)?(?:for|to\s+get|to\s+claim)\s+"
    r"(?:the\s+)?(?:benefits|handouts|welfare|free\s+stuff|free\s+housing|money))"
)
# What may stand between the negation and the predicate: "not all", "not automatically", "aren't
# inherently", "not a bunch of". Not "just", "only", "merely" ("not just thieves, rapists too"),
# and not "no better than" / "nothing but" (the claim kept), which never reach a predicate here.
_HEDGE = (
    r"(?:(?:all|automatically|inherently|naturally|genetically|biologically|necessarily|somehow|really|"
    r"secretly|actually|born|some\s+kind\s+of|a\s+bunch\s+of|a|an|the|more|any)\s+){0,3}"
)
_NOT = r"(?:\s+not|n['’]t|\s+never)"
# The named groups, and a people by its capitalised name ("Nigerians", "Pakistani men", "Somalis",
# "the Irish"), which no list holds in full.
_SUBJECT = (
    r"(?:"
    + GROUP_WORDS
    + r"|(?-i:\b[A-Z][a-z]+(?:ians?|ans?|ese|ish|is|ch))(?:\s+(?:men|women|people|kids|guys))?)"
)
_DENIAL = compile_prefiltered(
    # "<group> [who/with ... (six words at most)] are not <predicate>"
    _SUBJECT
    + r"(?:\s+[\w'’-]+){0,6}?\s+(?:are|is|were|was|do|does|did|ai)"
    + _NOT
    + r"\s+"
    + _HEDGE
    + r"(?:['‘\"“])?"
    + _NEGATIVE
    + r"\b"
    # "Being Muslim doesn't make someone backwards", "having autism doesn't make you dangerous"
    r"|\b(?:being|having)\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:doesn['’]t|does\s+not|never)\s+make\s+"
    r"(?:you|someone|somebody|anyone|people|them|him|her|a\s+person)\s+(?:any\s+)?(?:['‘\"“])?"
    + _NEGATIVE
    + r"\b"
    # "The hijab doesn't make anyone less American" (p75): a thing a group wears or has, said to take
    # nothing away
    r"|\b(?:the|a|an|wearing\s+(?:a|an|the)|her|his|their|my|your)\s+[\w-]+\s+(?:doesn['’]t|does\s+not|never)\s+makes?\s+"
    r"(?:you|someone|somebody|anyone|people|them|him|her|a\s+person)\s+(?:any\s+)?(?:['‘\"“])?"
    + _NEGATIVE
    + r"\b"
    # "No one is 'replacing' you" (p75): the replacement conspiracy denied
    r"|\b(?:no\s+one|nobody|no-one)\s+is\s+(?:trying\s+to\s+)?['‘\"“]?(?:replac|invad|outbreed|eras|steal)\w*['’\"”]?\s+"
    r"(?:you|us|anyone|white\s+people|americans|europeans|christians)\b"
    # (p77) a stereotype denied with "not all": "Not all Nigerians are scammers" (the claim kept, "not
    # all of them are thieves, just most", is read by _CLAIM_KEPT)
    r"|\bnot\s+(?:all|every)\s+"
    + _SUBJECT
    + r"(?:\s+[\w'’-]+){0,2}?\s+(?:are|is)\s+"
    + _HEDGE
    + r"(?:['‘\"“])?"
    + _NEGATIVE
    # (not conceded to turn on the group: "Not every Muslim is a terrorist, sure. But have you noticed ...")
    + r"\b(?!,?\s*sure\b)(?![^\n]{0,60}?\bbut\b[^\n]{0,40}?\bnoticed\b)"
    # (p77) a flattering stereotype denied with "not all": "Not all Asian kids are good at maths"
    r"|\bnot\s+(?:all|every)\s+"
    + _SUBJECT
    + r"(?:\s+[\w'’-]+){0,2}?\s+(?:are|is)\s+(?:naturally\s+)?(?:good\s+at\s+"
    r"(?:maths?|sports?|science|basketball|dancing|business|computers|music|running)|rich|wealthy|smart|geniuses|"
    r"nerds|athletic|good\s+with\s+money|good\s+drivers)\b"
    # "Deaf ≠ stupid", "Arab ≠ Muslim ≠ terrorist"
    r"|" + _SUBJECT + r"(?:\s*≠\s*[\w-]+){0,3}\s*≠\s*(?:['‘\"“])?" + _NEGATIVE + r"\b"
    # "No race is genetically smarter than another", "no religion is more violent than others"
    r"|\bno\s+(?:race|religion|ethnicity|ethnic\s+group|nationality|gender|sex|group)\s+is\s+(?:\w+\s+){0,2}?"
    r"(?:smarter|dumber|superior|inferior|better|worse|more\s+\w+|less\s+\w+)\s+than\b",
    re.IGNORECASE,
)
# The denial that keeps most of the claim: "... not all scammers, just most", "... but many are".
_CLAIM_KEPT = compile_prefiltered(
    r"[^.!?\n]{0,40}?\b(?:just|only|but|though|except|yet)\s+(?:most|many|some|a\s+lot|the\s+majority|"
    r"nearly\s+all|almost\s+all|(?:most|many|some)\s+of\s+them|they\s+are|they['’]re|are)\b"
    # ... or makes it worse ("Immigrants are not rats, they are worse.")
    r"|[^.!?\n]{0,40}?\b(?:worse|lower|dirtier|filthier|more\s+dangerous|even\s+less)\b",
    re.IGNORECASE,
)

# Hate the writer says they would never voice ("I would never tell someone to go back where they
# came from.", p73): the rest of the sentence is the phrase denied, unless a turn keeps it ("...,
# but they should").
_NEVER_SAID = compile_prefiltered(
    r"\bi\s+(?:would|will|'d|could)\s+never\s+(?:say|tell|call|wish|want)\b(?:\s+(?:someone|anyone|anybody|people|"
    r"them|him|her|a\s+\w+))?[^.!?\n;]{0,100}?(?=[.!?\n;]|$)",
    re.IGNORECASE,
)
_TURN = compile_prefiltered(r"\b(?:but|though|although|yet|however)\b", re.IGNORECASE)
# The writer's verdict on a stereotype, a sentence of its own ("That's an old and cruel stereotype."):
# it names no one, and the toxicity encoder reads "cruel stereotype" as toxic (0.99, p73).
_VERDICT = compile_prefiltered(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))\s*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:just\s+|simply\s+|such\s+)?(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:stereotypes?|myths?|tropes?|lies|lie|generali[sz]ations?|prejudices?|"
    r"caricatures?|slurs?|smears?|canards?|conspiracy\s+theor(?:y|ies))"
    # (p77) "... with a long, ugly history."
    r"(?:\s+(?:with|from|that|as)\b[^.!?\n]{0,60})?\s*[.!]?(?=\s|$)",
    re.IGNORECASE,
)


def negated_masked(piece: str) -> str | None:
    """``piece`` with every stereotype it denies in the writer's own voice replaced by "that", or
    None when it denies none. The writer's verdict on it beside the denial ("That's an old and
    cruel stereotype.") is masked too."""
    spans = [m.span() for m in _DENIAL.finditer(piece) if not _CLAIM_KEPT.match(piece, m.end())]
    spans += [m.span() for m in _NEVER_SAID.finditer(piece) if not _TURN.search(m.group())]
    if not spans:
        return None
    spans += [m.span() for m in _VERDICT.finditer(piece)]
    return mask_spans(piece, spans, "that")

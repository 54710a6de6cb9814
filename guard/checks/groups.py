"""Names of protected groups (religion, race and nationality, sexuality and gender, disability,
age) in English: the groups a hateful claim is about, read by the toxicity check's claim and
inferiority patterns and by the counter-speech reading."""

from __future__ import annotations

__all__ = ["GROUP_NAMES", "GROUP_WORDS"]

#: The groups as a claim names them ("Muslims", "black people", "trans women", "the blind"): a
#: regular-expression alternation with word boundaries, to be compiled case-insensitively.
GROUP_NAMES = (
    r"\b(?:muslims?|islam|jews?|jewish|christians?|hindus?|sikhs?|buddhists?|atheists?|black\s+(?:people|men|women)|"
    r"blacks|white\s+people|whites|asians?|chinese|mexicans?|latinos?|latinas?|hispanics?|arabs?|africans?|indians|"
    r"immigrants?|migrants?|refugees?|foreigners|roma|gypsies|gays?|gay\s+(?:people|men)|lesbians?|homosexuals?|"
    r"bisexuals?|trans(?:gender)?\s+(?:people|women|men|kids)|trans|queers?|women|girls|females|disabled|"
    r"autistic\s+people|the\s+blind|the\s+deaf|old\s+people|elderly|native\s+americans|indigenous\s+(?:people|peoples)|"
    r"aborigines|aboriginals|(?:people|kids|children|those)\s+with\s+(?:down(?:'s)?\s+syndrome|autism|disabilities|"
    r"a\s+disability|dwarfism|cerebral\s+palsy|special\s+needs)|"
    # (p77) peoples hate names as often, which the capitalised-demonym readings miss in lower case
    # ("jokes about irish people being drunks"); not peoples whose states are at war in the news,
    # where a sentence about "Russians" is as often about an army
    r"irish|poles|polish\s+people|italians|pakistanis|somalis|nigerians|romanians|albanians|turks|kurds|afghans|"
    r"syrians|koreans|japanese|vietnamese|filipinos|filipinas|haitians|jamaicans|bangladeshis|ethiopians|eritreans)\b"
)
#: ... and also the bare adjectives and singulars a quoted or reported claim uses ("calling Asian
#: people dirty", "a woman", "LGBTQ"), and fat people ("stop saying fat people are just lazy"):
#: for finding that a clause is about a group at all.
GROUP_WORDS = (
    GROUP_NAMES
    + r"|\b(?:black|white|asian|woman|autistic|blind|deaf|lgbtq?\w{0,3}|(?:fat|overweight)\s+people)\b"
)

"""Trash talk in a game or a match, read without its violent verbs.

"gg ez, I'm going to absolutely destroy you at chess tomorrow" scores 0.94 with guard's encoder and
"Je vais te massacrer à Mario Kart ce soir" is a threat to the French threat signal: the violent
verb is all they read. Aimed at a friend in a game, such a verb means "beat". So a flagged chunk
that names a game or a match (:data:`GAME`) is read again with its violent verbs replaced by
"beat" (:func:`neutralised`), as a counterfactual, as :mod:`guard.checks.political_names` does
for political names: if the chunk is then not toxic, the verbs were the reason and it passes. An
insult stays an insult ("I'll destroy you at chess, you retard" still scores high once it reads
"beat"), and so does a threat with a weapon or a place to meet, which the harm signals read
without this module.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["GAME", "in_a_game", "neutralised"]

#: A game, a sport or a match named after a preposition ("at chess", "à Mario Kart", "en el
#: FIFA", "no xadrez", "bei FIFA"), or the words of online play ("gg", "1v1", "rematch").
GAME = compile_prefiltered(
    r"\b(?:at|in|on|à|au|aux|en|sur|no|na|nel|nella|a|al|im|bei|beim|in\s+der|in\s+the)\s+"
    r"(?:(?:la|le|les|el|il|lo|o|the|a|der|die|das|ce|cette|this|our|tonight's|next|la\s+prochaine|the\s+next)\s+)?"
    r"(?:fifa|mario\s*kart|mario|smash(?:\s+bros)?|fortnite|apex|valorant|overwatch|minecraft|rocket\s+league|"
    r"call\s+of\s+duty|cod|warzone|league(?:\s+of\s+legends)?|lol|dota|cs(?:go|2)?|counter-strike|tekken|street\s+fighter|"
    r"chess|échecs|ajedrez|xadrez|scacchi|schach|checkers|dames|tennis|ping[-\s]?pong|padel|pádel|squash|badminton|"
    r"foot|football|futbol|fútbol|futebol|calcio|fußball|fussball|soccer|basket(?:ball)?|baloncesto|basquete|"
    r"babyfoot|baby-foot|futbolín|kicker|pebolim|billard|billiards|pool|snooker|bowling|pétanque|bocce|darts?|"
    r"fléchettes|golf|mini-?golf|cards|cartes|cartas|carte|karten|uno|poker|belote|tarot|truco|mus|dominó|domino|"
    r"monopoly|catan|scrabble|cluedo|trivia|trivial(?:\s+pursuit)?|quiz|pub\s+quiz|wordle|crossword|"
    r"jeu|jeux|partie|match|course|tournoi|juego|partido|partida|torneo|jogo|torneio|gioco|partita|spiel|turnier|"
    r"runde|game|games|round|ranked|tournament|league\s+match|finals?|rematch|scrimmage|practice|training|"
    r"console|playstation|ps[345]|xbox|switch|arcade|videojuegos?|videogames?|video\s+games?)\b"
    r"|\b(?:gg|ggs|ez|1v1|1\s*vs\s*1|rematch|gamertag|respawn|noob|n00b|scoreboard|leaderboard)\b",
    re.IGNORECASE,
)

_VIOLENT_VERBS = compile_prefiltered(
    r"\b(?:destroy|annihilate|obliterate|murder|kill|slaughter|massacre|crush|wreck|demolish|bury|"
    r"execute|eviscerate|decimate|butcher|dismantle|pwn|rekt|massacrer|détruire|defoncer|défoncer|"
    r"éclater|eclater|exploser|démolir|demolir|tuer|buter|écraser|ecraser|massacrar|destrozar|destruir|reventar|"
    r"matar|aplastar|arrasar|humillar|arrebentar|esmagar|acabar\s+com|distruggere|massacrare|ammazzare|"
    r"asfaltare|stracciare|umbringen|vernichten|zerstören|fertigmachen|plattmachen|abschlachten)"
    r"(?:s|d|ed|es|ing|er|ai|ais|ait|é|ée|és|ado|ada|ido|ida|o|é|ò|t|en|e)?\b",
    re.IGNORECASE,
)


def in_a_game(text: str) -> bool:
    """True when ``text`` names a game, a sport or a match (:data:`GAME`)."""
    return GAME.search(text) is not None


def neutralised(piece: str) -> str | None:
    """``piece`` with its violent verbs replaced by "beat", when it names a game or a match and
    holds such a verb; else None (nothing to read again)."""
    if not in_a_game(piece) or not _VIOLENT_VERBS.search(piece):
        return None
    return _VIOLENT_VERBS.sub("beat", piece)

"""Sexual material offered for money or contact, and explicit sex aimed at the reader (p64's misses).

The harm signals' sexual patterns (:mod:`guard.checks.harm_signals`) read requests to write sex
and explicit words piled up; the p64 rows that passed were spam and messages with one explicit
word each: "DM me for nudes 😈 $10 for pics", "Selling used panties, worn 3 days, DM for
prices", "WhatsApp group for hot desi aunty videos, full nude, no censor, join link below", and
"I came so hard last night thinking about you riding my face". Two shapes:

* **commerce**: sexual material (nudes, explicit or uncensored pictures and videos, worn
  underwear, sexting, an adult group or channel) with a way to pay or to get in touch (a price,
  "DM me", "link in bio", "join", a messaging app), in one sentence or the next;
* **aimed at a person**: an orgasm or a sex act of the writer's put on "you" ("I came ...
  thinking about you", "you riding my face", "I want to bend you over").

Not sex education, art ("life drawing with a nude model, £10 a session"), clothes sold second
hand ("selling used jeans, DM for prices"), a victim asking for help ("someone shared my nudes in
a WhatsApp group"), nor the everyday "came" ("I came home thinking about you").
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["HINTS", "sexual_offer"]

_F = re.IGNORECASE | re.UNICODE

# What is sold or shared: pictures and videos that say they are explicit, worn underwear, sexting.
_MATERIAL = compile_prefiltered(
    r"\b(?:nudes|lewds|nudez|n00dz|noodz"
    r"|(?:nude|naked|topless|nsfw|xxx|porn|x-rated|lewd)\s+(?:\w+\s+)?(?:pics?|pix|photos?|pictures?|vids?|videos?|"
    r"clips?|content|snaps?|selfies?|shows?|calls?|chats?|movies?|mms)"
    r"|(?:explicit|spicy|sexy|horny|dirty)\s+(?:pics?|pix|pictures?|vids?|content|snaps?|selfies?|video\s+calls?|mms)"
    r"|full(?:y)?\s+(?:nude|naked|nsfw)|sex\s+(?:tapes?|videos?|vids?|chat)"
    r"|(?:used|worn|dirty|unwashed)\s+(?:\w+\s+)?(?:panties|underwear|thongs?|knickers|g-?strings?)"
    r"|(?:panties|underwear|thongs?|knickers)[^.!?\n]{0,20}?\bworn\b"
    r"|(?:dick|cock|pussy|tit|boob|ass|feet|foot)\s+(?:pics?|pix|photos?|vids?|videos?)"
    r"|sexting(?:\s+sessions?)?|sext\s+(?:me|with\s+me)|cam\s+(?:shows?|sessions?|girls?)|onlyfans|fansly"
    r"|18\+\s+(?:content|group|videos?|vids?|channel)"
    r"|(?:hot|sexy|horny)\s+(?:\w+\s+){0,2}?(?:aunty|aunties|bhabhi|girls?|milfs?|"
    r"housewi(?:fe|ves)|babes?)\s+(?:videos?|vids?|clips?|pics?|photos?|mms|content))\b",
    _F,
)
# A way to pay or to get in touch.
_CONTACT = compile_prefiltered(
    r"(?:\b(?:dm|dms|pm|inbox|message|msg|text|hmu|hit\s+me\s+up|snap|add)\s+(?:me|us|for|to)\b|\bdm\b"
    r"|\blink\s+(?:in\s+(?:my\s+)?(?:bio|profile|comments?)|below|above)|\bjoin\s+(?:link|now|here|us|my|our|the)\b"
    r"|\b(?:whatsapp|telegram|kik|snapchat|discord|signal)\s+(?:group|channel|me|link|for|only|@)"
    r"|[$£€]\s?\d|\b\d+\s?(?:\$|usd|dollars|bucks|quid|euros?|gbp|rs|inr)\b|\b(?:prices?|pricing|rates|menu|for\s+sale|"
    r"selling|sell(?:s)?|buy|order|paypal|cash\s?app|venmo|zelle|crypto|tribute|subscribe|sub\s+to|"
    r"custom\s+requests?|per\s+(?:pic|vid|video|minute|min))\b|👇|👉|🔗)",
    _F,
)
# Talk about the trade, not the trade: a victim, the law, a warning, art, education.
_ABOUT_IT = compile_prefiltered(
    r"\b(?:legal|illegal|law|laws|scams?|scammers?|report(?:ed|ing)?|police|consent|(?:were|was|got|been)\s+leaked|"
    r"leaked\s+(?:my|our|her|his)|shared\s+my|stole|stolen|"
    r"hacked|blackmail\w*|sextort\w*|revenge\s+porn|victims?|warning|beware|careful|never\s+(?:send|share)|"
    r"don't\s+(?:send|share|buy|click)|do\s+not|is\s+it\s+(?:safe|legal|ok)|how\s+do\s+(?:i|we|you)\s+(?:report|stop|remove)|"
    r"life\s+drawing|figure\s+drawing|drawing\s+class|art\s+class|museum|gallery|painting|sculpture|exhibition|"
    r"charity|donat\w*|thrift|vintage\s+(?:jeans|shirts?|jackets?)|laundry|washing\s+machine|"
    r"sex\s+ed\w*|education|teach\w*|parents?|kids?|children|school)\b",
    _F,
)
# Sex of the writer's put on the reader.
_AT_YOU = compile_prefiltered(
    r"\b(?:(?:came|cum|cummed)\s+(?:so\s+|really\s+)?(?:hard|twice|again|all\s+over|thinking|to\s+(?:the\s+thought|"
    r"thoughts|pictures|pics|your))|jerked\s+off|jacked\s+off|wanked|touched\s+myself|masturbated|"
    r"got\s+myself\s+off|fingered\s+myself|rubbed\s+one\s+out)\b"
    r"[^.!?\n]{0,60}?\b(?:you|your|u|ur)\b"
    r"|\b(?:you|u|ur|your\s+\w+)\s+(?:riding|sitting\s+on|grinding\s+on)\s+my\s+(?:face|cock|dick|lap|tongue)\b"
    r"|\b(?:ride|sit\s+on)\s+my\s+(?:face|cock|dick|tongue)\b"
    r"|\b(?:i\s+(?:want|wanna|need|'m\s+going)\s+(?:to\s+)?|let\s+me\s+|gonna\s+|i'll\s+)(?:bend\s+(?:you|u)\s+over|"
    r"fuck\s+(?:you|u)\b(?!\s+up)|eat\s+(?:you|u)\s+out|taste\s+your\s+(?:pussy|cock|dick|cum)|"
    r"suck\s+(?:on\s+)?your\s+(?:cock|dick|tits|nipples)|lick\s+(?:you|your)\s+(?:all\s+over|pussy|cock|dick|clit))"
    r"|\b(?:you|u|ur\s+\w+|your\s+\w+)\s+(?:make|made|makes|got|get)\s+me\s+(?:so\s+)?(?:wet|hard|horny|drip\w*)\b"
    r"(?![^.!?\n]{0,20}\b(?:laugh|rain|soak|pool|shower|sweat|worked?))",
    _F,
)

#: Read only when one of these is in the text (lower-cased).
HINTS = (
    "nud", "naked", "topless", "explicit", "nsfw", "xxx", "porn", "x-rated", "spicy", "censor", "lewd", "sexy",
    "horny", "panties", "underwear", "thong", "knickers", "bras", "socks", "pics", "vids", "sext", "cam ",
    "onlyfans", "fansly", "18+", "video", "came", "cum", "jerked", "jacked", "wank", "touched myself",
    "masturbat", "got off", "myself off", "fingered", "rubbed one", "riding", "ride", "sit on", "sitting on",
    "grinding", "bend", "fuck", "eat you", "eat u", "taste", "suck", "lick", "wet", "hard",
)  # fmt: skip


def _sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``start``..``end`` and of the next one (an offer often
    puts the price in a second sentence), at most 240 characters on."""
    left = max(max(text.rfind(c, max(0, start - 300), start) for c in ".!?\n") + 1, start - 300)
    right = end
    stops = 0
    limit = min(len(text), end + 240)
    while right < limit:
        if text[right] in ".!?\n":
            stops += 1
            if stops == 2:
                break
        right += 1
    return left, right


def sexual_offer(text: str) -> tuple[int, int] | None:
    """The span of sexual material offered for money or contact, or of sex aimed at the reader."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return None
    for material in _MATERIAL.finditer(text):
        left, right = _sentences_around(text, material.start(), material.end())
        # Slices, not ``pos``/``endpos``: a prefiltered pattern reads its whole argument first.
        if _ABOUT_IT.search(text[left:right]):
            continue
        # The way in may come before the material ("DM me for nudes") or after it.
        if _CONTACT.search(text[max(0, left - 120) : right]):
            return material.span()
    for aimed in _AT_YOU.finditer(text):
        left, _ = _sentences_around(text, aimed.start(), aimed.end())
        if not _ABOUT_IT.search(text[left : aimed.start()]):
            return aimed.span()
    return None

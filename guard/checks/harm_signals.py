"""The toxicity check's deterministic harm signals: self-harm, sexual content, violence,
harassment, requests for help with a crime (:mod:`guard.checks.illicit_requests`).

The toxicity classifier learned insults and hate from comments and tweets; moderation asks for
more: a user who plans to end their life, a request for an explicit sex scene, a plan to hurt a
named person, a request to publish where someone lives. Such text is often polite and has no
insult in it, so the classifier reads it as harmless (hand-written moderation cases: 7 of 20
found before these signals). Each signal is a family of phrasings, written to need two things
that only co-occur in harmful text (a first person and a method; a verb of harm and a person as
its object; a request and explicit words), so that questions about the same topics ("how do I
support a friend who wants to kill herself", "how is HIV transmitted", "how do I kill weeds")
do not match. Quoting, reporting or denouncing such words is let through (counter-speech).
Checked against all 41,781 benign development rows: 12 match, all self-harm statements or
explicit text their source labelled benign. They are regular expressions: on hand-written
probes written after them they found 5 of the 37 harmful requests the classifier missed (bench/README.md).
Four families from the p64 blind set live in their own modules and are read here: self-harm kept up
or shown (:mod:`guard.checks.tox_self_harm_shown`), sexual material sold or sex aimed at the reader
(:mod:`guard.checks.tox_sexual_offers`), a threat to break a person's body
(:mod:`guard.checks.tox_bodily_threats`) and real violence on video relished
(:mod:`guard.checks.tox_violence_relished`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from guard.checks.competition_talk import GAME
from guard.checks.conditional_threats import conditional_threat
from guard.checks.illicit_requests import illicit_request
from guard.checks.literal_prefilter import compile_prefiltered
from guard.checks.tox_bodily_threats import HINTS as BODILY_THREAT_HINTS
from guard.checks.tox_bodily_threats import THREAT as BODILY_THREAT
from guard.checks.tox_bodily_threats import not_a_threat
from guard.checks.tox_self_harm_shown import self_harm_shown
from guard.checks.tox_sexual_offers import sexual_offer
from guard.checks.tox_violence_relished import violence_relished
from guard.checks.violence_praised import HINTS as VIOLENCE_PRAISED_HINTS
from guard.checks.violence_praised import VIOLENCE_PRAISED
from guard.checks.violence_praised import defended as violence_defended
from guard.checks.whereabouts_threat import whereabouts_threat

__all__ = ["HARMS", "Harm", "harm_signals"]

Harm = Literal["self_harm", "sexual_content", "violence", "harassment", "illicit"]
HARMS: tuple[Harm, ...] = ("self_harm", "sexual_content", "violence", "harassment", "illicit")

_F = re.IGNORECASE | re.UNICODE
# No pattern may backtrack more than linearly: see the note in
# :mod:`guard.checks.injection_signals`.


def _at_word_starts(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` (every alternative of which starts at a word boundary), compiled with the
    boundary checked once before the alternatives: most positions in a text are inside a word,
    and there the search fails at once instead of trying each alternative (self-harm: 2-3x
    faster)."""
    return compile_prefiltered(r"\b(?:" + pattern + ")", flags)


# A first person who intends to ("I'm going to", "I want to", "tonight I'm finally") ...
_INTEND = (
    r"\b(?:i\s*(?:'m|am)\s+(?:going|gonna|about|ready|planning)\s+to|i\s+(?:want|need|plan|intend|"
    r"have decided|decided|will|shall|have to|wanna|gonna)(?:\s+to)?|i'll|i\s+just\s+want\s+to|"
    r"i'm\s+finally|i\s+am\s+finally|i\s+really\s+want\s+to|i(?:'m|\s+am)\s+thinking\s+(?:of|about))\s+(?:\w+\s+){0,2}?"
)
# ... end their own life.
_SELF_KILL = (
    r"(?:kill(?:ing)?\s+myself|end(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all|my\s+suffering|everything)|"
    r"take\s+my\s+(?:own\s+)?life|commit(?:ting)?\s+suicide|hang(?:ing)?\s+myself|off\s+myself|"
    r"overdose|od\b|slit\s+my\s+wrists?|shoot\s+myself|drown\s+myself|not\s+wake\s+up|"
    r"stop\s+breathing|disappear\s+for\s+good)"
)
_SELF_HARM = _at_word_starts(
    # "I'm going to end my life this weekend", "i just want to die"
    _INTEND
    + _SELF_KILL
    # "Cutting is the only thing that makes me feel anything, and tonight I'm going to go deeper" (p38)
    + r"|\bcutting\b[^.?!\n]{0,60}?\b(?:only\s+thing|makes\s+me\s+feel|helps\s+me\s+(?:cope|feel)|the\s+only\s+way)\b"
    r"[^\n]{0,120}?\b(?:go|cut)\s+deeper\b"
    # "i just want to die", "I wish I were dead" (not "I'm going to die", said in fear, nor "I
    # want to die of embarrassment", "... lol")
    + r"|\bi\s+(?:just\s+|really\s+|honestly\s+|seriously\s+)?(?:want|wanna|wish\s+i\s+could|am\s+ready|'m\s+ready)"
    r"(?:\s+to)?\s+die\b(?![^.?!\n]{0,40}\b(?:lol|lmao|haha|after|watching|laughing|of|from|when|if|because))"
    # ... nor the end of a long life wished for ("I want to die peacefully in my sleep like my
    # grandfather", p73; "... surrounded by my grandchildren")
    r"(?![^.?!\n]{0,40}\b(?:like\s+my\s+(?:grand\w+|great[-\s]grand\w+|nan|nana|gran|granny|grandpa|grandma)|"
    r"surrounded\s+by|at\s+(?:the\s+age\s+of\s+)?(?:9\d|1\d\d|a\s+hundred)\b|old\s+and\s+(?:happy|grey|gray|wrinkly)))"
    r"|\bi\s+(?:just\s+)?wish\s+i\s+(?:was|were)\s+dead\b"
    # "what's the most painless way to kill myself", "quickest way to hurt myself without ..."
     + r"|\b(?:painless|quickest|quick|easiest|easy|best|surest|fastest|simplest|least painful)\s+"
    r"(?:way|ways|method|methods)\s+(?:to|of)\s+(?:kill(?:ing)?\s+myself|die|dying|end(?:ing)?\s+my\s+life|end(?:ing)?\s+it\b|"
    r"commit(?:ting)?\s+suicide|suicide|hurt(?:ing)?\s+myself|cut(?:ting)?\s+myself|self[-\s]harm|"
    r"overdos(?:e|ing)|hang(?:ing)?\s+myself)"
    # "how many of my pills would it take to not wake up", "what can I mix to make myself stop breathing"
    r"|\b(?:how\s+(?:many|much)|what|which)\b[^.?!\n]{0,60}?\b(?:would\s+it\s+take|do\s+i\s+(?:need|have)\s+to\s+take|"
    r"(?:can|should|could)\s+i\s+(?:take|mix|swallow|drink))\b[^.?!\n]{0,40}?\bto\s+(?:make\s+myself\s+)?"
    r"(?:not\s+wake\s+up|never\s+wake\s+up|stop\s+breathing|die\b|kill\s+myself|end\s+(?:it|my\s+life)|overdose|"
    # (p79) "to make sure I don't wake up"
    r"make\s+sure\s+i\s+(?:don['’]t|do\s+not|never|won['’]t)\s+wake\s+up)"
    # (p79) the highest bridge asked for after saying it does not get better ("Everyone says it gets better but
    # it doesn't. I'm done. Which bridge in the city is the highest?")
    r"|\b(?:i['’]m\s+done|i\s+am\s+done|doesn['’]t\s+get\s+better|no\s+point\s+anymore|want\s+to\s+die|can['’]t\s+do\s+this\s+"
    r"anymore)\b[^\n]{0,120}?\b(?:which|what)(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?(?:(?:highest|tallest)\s+(?:bridge|building|"
    r"cliff|roof|tower|car\s+park|parking\s+garage)|(?:bridge|building|cliff|roof|tower|car\s+park|parking\s+garage)\b"
    r"[^.?!\n]{0,40}?\b(?:highest|tallest))\b"
    # (p79) a starving fast to be pushed further ("I haven't eaten in four days and I want to push it to ten. Give me
    # tricks to ignore the hunger so I can get thinner")
    r"|\b(?:haven['’]t|have\s+not|didn['’]t)\s+eaten\s+(?:anything\s+)?(?:in|for)\s+(?:\w+\s+)?days\b[^\n]{0,120}?\b(?:push\s+it\s+"
    r"(?:to|further|longer)|go\s+longer|ignore\s+the\s+hunger|get\s+thinner|get\s+skinnier|lose\s+more)"
    # (p75) a height asked for to die of a jump ("What height do I need to jump from to make sure I
    # die?"); the fastest organ failure asked "for myself"; a way to burn or cut oneself compared, or
    # its scars kept from showing
    r"|\b(?:what|which|how\s+high\s+(?:of\s+)?a?)\s*(?:height|floor|storey|story|building|bridge|drop)\b[^.?!\n]{0,50}?\bjump\w*"
    r"\b[^.?!\n]{0,40}?\b(?:(?:make|be)\s+sure\s+(?:that\s+)?i\s+(?:die|don't\s+survive|won't\s+survive)|to\s+die\b|"
    r"to\s+kill\s+myself|guarantee\w*\s+(?:death|i\s+die)|(?:be\s+)?fatal\s+for\s+me)"
    r"|\b(?:organ|liver|kidney|heart)\s+failure\b[^\n]{0,60}?\b(?:asking|it's|its)\s+for\s+(?:myself|me)\b"
    r"|\b(?:better|best|safer|easier|less\s+painful|quicker)\s+(?:way\s+)?to\s+(?:burn|cut|hurt|scratch|bruise|scar)\s+myself\b"
    r"|\b(?:don't|do\s+not)\s+want\s+the\s+(?:scars|marks|cuts|burns)\s+to\s+show\b"
    # (p75) starving kept from the family ("eat under 300 calories a day and hide it from my family,
    # I need to be thinner no matter what")
    r"|\b(?:under|below|less\s+than|only|max(?:imum)?\s+of)\s+(?:[1-5]\d{2}|[1-9]\d)\s*(?:calories|kcal|cals?)\s*(?:a|per)\s+day\b"
    r"[^.?!\n]{0,60}?\b(?:hide|hiding|without\s+(?:my|anyone)|no\s+matter\s+what|thinner|skinnier)\b"
    # (p77) the same plan wanted although it harms, or as a punishment: "Give me a 400-calories-a-day
    # meal plan ... I don't care if it's unhealthy, I deserve it"
    r"|\b(?:[1-7]\d{2}|[1-9]\d)[-\s]?(?:calories|calorie|kcal|cals?)(?:[-\s](?:a|per)[-\s]day|\s+daily)?\b[^\n]{0,120}?"
    r"\b(?:(?:don't|do\s+not)\s+care\s+(?:if|whether|how)\s+(?:it's\s+|it\s+is\s+)?(?:unhealthy|dangerous|bad|unsafe|safe|"
    r"healthy)|i\s+deserve\s+(?:it|to\s+(?:suffer|starve|feel\s+hungry))|punish\s+myself|as\s+(?:a\s+)?punishment)\b"
    # Self-injury said or asked about: "I cut myself again", "hide the scars from my mom"
    # (not recovery: "400 days since I last hurt myself", "I stopped cutting myself")
    r"|\bi(?<!since\si)\s+(?:(?!(?:stopped|quit|never|don't|didn't|haven't|hadn't|no)\b)\w+\s+)?(?:cut|cuts|cutting|"
    r"burn|burned|burnt|burning|hurt|hurting|harm|harming|starve|"
    r"starving|punish|punishing)\s+myself\b(?!\s+(?:on|while|with\s+a\s+(?:knife|kitchen)|shaving|cooking|chopping|"
    r"by\s+accident|accidentally|slicing|opening|at\s+work|in\s+the\s+kitchen)\b)"
    r"|\b(?:hide|cover(?:\s+up)?)\s+(?:the|my)\s+(?:self[-\s]harm\s+)?(?:scars|cuts|marks|wounds)\b"
    r"|\b(?:hurt|cut|burn|harm)\s+myself\s+without\b"
    # Encouraging or romanticising it: "make suicide sound beautiful", "encourage people to kill themselves"
    r"|\b(?:suicide|self[-\s]harm|cutting)\s+(?:sound|seem|look)\s+(?:\w+\s+)?(?:beautiful|peaceful|romantic|"
    r"appealing|attractive|cool|brave|noble)"
    r"|\b(?:encourag\w*|convinc\w*|persuad\w*|push\w*|urg\w*)\s+(?:people|someone|somebody|them|him|her|"
    r"others|users?|readers?|kids|teens?|me)\s+(?:\w+\s+){0,2}?to\s+(?:kill\s+(?:themselves|himself|herself|"
    r"myself)|commit\s+suicide|end\s+(?:their|his|her|my)\s+(?:own\s+)?li(?:fe|ves)|self[-\s]harm|"
    r"hurt\s+(?:themselves|himself|herself|myself)|cut\s+(?:themselves|himself|herself))"
    # Pro-eating-disorder: "pro-ana tips", "thinspo", "purge after eating", "skip dinner again"
    r"|\bpro[-\s]?(?:ana|mia)\b|\b(?:thinspo|meanspo|bonespo|thinspiration)\b"
    r"|\b(?:purg(?:e|ing)|throw(?:ing)?\s+up|vomit(?:ing)?)\s+after\s+(?:eating|meals?|dinner|lunch|"
    r"breakfast|i\s+eat)\b"
    r"|\b(?:skip|skipping|stop\s+eating|not\s+eat(?:ing)?|starve|starving)\b[^.?!\n]{0,40}?\b(?:again|until\s+i|"
    r"so\s+i(?:'ll|\s+can|\s+will)?\s+(?:look|get|be|lose)|to\s+(?:look|get|be)\s+(?:thin|skinny))"
    r"|\bwithout\s+food\s+until\s+i\b"
    # Stockpiling the means: "I've saved up enough sleeping pills", "I've been hoarding my meds",
    # "I've already saved up the pills", "been collecting my mum's sleeping pills"; not pills kept
    # for a purpose ("saving my pills in a weekly organiser so I don't forget doses", "stockpiled
    # painkillers for my surgery recovery")
    # ... the subject may be left out after "finally"/"already" with "enough" ("Finally stashed enough of
    # my meds")
    r"|\b(?:i(?:'ve|\s+have)?\s+(?:already\s+|finally\s+)?(?:been\s+)?(?:saved|saving|stockpiled|stockpiling|hoarded|"
    r"hoarding|collected|collecting|stashed|stashing)\s+(?:up\s+)?(?:enough\s+(?:of\s+)?|all\s+(?:of\s+)?)?"
    r"|(?:already|finally)\s+(?:saved|stockpiled|hoarded|collected|stashed)\s+(?:up\s+)?enough\s+(?:of\s+)?)"
    r"(?:my\s+|the\s+)?(?:[\w']+'s\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication|painkillers|sleeping\s+pills|insulin|rope)\b"
    r"(?!\s+(?:in\s+(?:a|my|the)\s+(?:weekly\s+|daily\s+)?(?:organi[sz]er|pill\s*box|box|case|drawer)|"
    r"for\s+(?:my|the|a|our)\s+(?:\w+\s+)?(?:surgery|recovery|trip|travel|holiday|vacation|flight|move|pharmacy|disposal|"
    r"take-?back|kids?|family)|so\s+(?:that\s+)?i\s+(?:don't|won't|do\s+not)\s+(?:forget|run\s+out|miss)))"
    # "everyone would be better off without me", "... if I just disappeared for good"
    r"|\b(?:everyone|everybody|they|my\s+\w+|the\s+world|people)\s+(?:would|will|'d)\s+(?:\w+\s+)?be\s+better\s+off\s+"
    r"(?:without\s+me|if\s+i\s+(?:\w+\s+)?(?:was|were|am|died|disappeared|never\s+existed|wasn't|weren't|killed))"
    # No reason left to live: "I don't see the point of living anymore", "I've written my goodbye letters"
    r"|\b(?:i\s+(?:don't|do\s+not|can't|cannot)\s+see\s+(?:the|any)\s+point\s+(?:of|in)\s+(?:living|being\s+alive|going\s+on)"
    r"|i\s+(?:don't|do\s+not)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up)\s+anymore"
    r"|i(?:'m|\s+am)\s+(?:so\s+)?tired\s+of\s+(?:living|being\s+alive)"
    r"|i(?:'ve|\s+have)\s+(?:already\s+)?written\s+(?:my\s+)?(?:goodbye|suicide|farewell)\s+(?:letters?|notes?))"
    # "how much tylenol does it take to overdose", "slit your wrists so it works"
    r"|\b(?:does|would|will|did)\s+it\s+take\s+to\s+(?:overdose|od\b|kill\s+(?:myself|yourself|me)|not\s+wake\s+up)"
    r"|\b(?:slit|slitting|cut|cutting)\s+(?:your|my|one's|the)\s+wrists?\b"
    # Wounds kept open: "my wrists are covered in cuts", "I keep cutting"
    r"|\bmy\s+(?:wrists?|arms?|thighs?|legs?|stomach)\s+(?:are|is)\s+(?:covered\s+in|full\s+of)\s+(?:cuts|scars|burns)\b"
    r"|\bi\s+(?:keep|can't\s+stop|started)\s+(?:cutting|burning|hurting|harming|starving)(?:\s+myself)?\b"
    # Starving on purpose: "go a whole week eating nothing", "stop eating for five days"
    r"|\b(?:eat(?:ing)?\s+nothing|without\s+eating|not\s+eat(?:ing)?|stop\s+eating|no\s+food)\s+(?:for|all)\s+"
    r"(?:a|an|the|\d+|two|three|four|five|six|seven|ten|several)\s+(?:whole\s+)?(?:week|weeks|days|month)\b"
    r"|\b(?:a|one|\d+)\s+(?:whole\s+)?(?:week|weeks|days)\s+(?:eating\s+nothing|without\s+(?:eating|food))\b"
    # Saying goodbye: "I won't be here next week", "nobody would notice if I was gone", "take all my pills"
    r"|\bi\s+(?:won't|will\s+not|(?:don't|do\s+not)\s+think\s+i(?:'ll|\s+will))\s+be\s+(?:here|around|alive)\s+"
    r"(?:next|by|after|much\s+longer|for\s+long|anymore|tomorrow)\b"
    # ... not at a party or a shift ("I won't be around much longer at the party, my train is at 10")
    r"(?![^.!?\n]{0,30}?\b(?:party|meeting|office|work|shift|train|flight|bus|class|event|today|tonight|at\s+the|"
    r"this\s+(?:week|month|year|evening|afternoon|morning))\b)"
    r"|\b(?:nobody|no\s+one|no-one)\s+would\s+(?:even\s+)?(?:notice|care|miss\s+me)\s+if\s+i\s+(?:was|were|died|disappeared|"
    r"killed|left\s+for\s+good)\b"
    r"|\btake\s+all\s+(?:of\s+)?(?:my|the|these)\s+(?:\w+\s+)?(?:pills|meds|tablets|medication|painkillers)\b"
    r"|\bi\s+(?:wouldn't|would\s+not|won't)\s+survive\s+the\s+(?:fall|jump|drop)\b"
    # The means bought and only the day left to choose ("I bought the rope today. I just need to
    # decide when."; not "... now we need to decide when to go climbing")
    r"|\bi(?:'ve|’ve|ve|\s+have)?\s+(?:just\s+|finally\s+|already\s+)?(?:bought|got|ordered|picked\s+up)\s+(?:the|a|some)\s+"
    r"(?:rope|noose)\b[^\n]{0,80}?\b(?:decide|pick|choose)\s+(?:when|the\s+(?:day|date|night|time))\s*(?:[.!]|$)"
    # On the edge, and one night not stepping back ("I keep standing on the bridge at night. One of
    # these times I won't step back.")
    r"|\b(?:standing|stand|stood|sitting|sit|sat)\s+(?:on|at)\s+(?:the\s+|that\s+)?(?:edge\s+of\s+(?:the\s+)?)?(?:bridge|"
    r"ledge|rooftop|roof|platform|railway\s+tracks|tracks|cliff)\b[^\n]{0,120}?\b(?:won't|will\s+not|not\s+going\s+to|"
    r"might\s+not)\s+(?:step|climb|come|walk)\s+(?:back|down)\b(?:\s+down)?\s*(?:[.!…]|$)"
    r"|\bmake\s+myself\s+(?:throw\s+up|vomit|puke|sick)\b"
    # Cutting kept up or started again, and how to do it: "I've been cutting again", "where should I
    # cut?", "how deep do I need to cut" (not "I've been cutting back on sugar", "where should I cut
    # the cake").
    r"|\bi(?:'ve|\s+have)\s+been\s+(?:cutting|burning|self[-\s]harming|starving\s+myself|purging)\b"
    r"(?!\s+(?:back|down|costs?|corners|class|classes|carbs|sugar|out|it|the|my\s+(?:hair|nails|lawn|hours|"
    r"spending|budget)|wood|paper|fabric|hair|coupons|onions|vegetables|grass|calories|ties))"
    r"|\b(?:cutting|self[-\s]harming|purging)\s+again\b"
    r"|\b(?:where|how\s+deep(?:ly)?)\s+(?:should|do|can|could|would|must)\s+i\s+(?:\w+\s+)?cut(?:\s+myself)?\s*+(?:[?.!]|$)"
    r"|\bhow\s+deep(?:ly)?\s+(?:to|do\s+i\s+(?:need|have)\s+to)\s+cut(?:\s+myself)?\s*+(?:[?.!]|$)"
    # (p77) ... with what it is for: "How deep do I have to cut for it to actually count?", "how
    # deep should I cut to make it scar" (not "how deep do I cut the dovetail for it to fit")
    r"|\bhow\s+deep(?:ly)?\s+(?:to|do\s+i\s+(?:need|have)\s+to|(?:should|do|can|must|would)\s+i(?:\s+(?:need|have)\s+to)?)\s+"
    r"cut(?:\s+myself|\s+my\s+(?:arms?|wrists?|thighs?|legs?|skin))?\s+(?:for\s+it\s+to|to\s+(?:make\s+it\s+)?|so\s+(?:that\s+)?"
    r"it\s+(?:will\s+|would\s+)?)\s*(?:\w+\s+)?"
    r"(?:counts?|scars?|bleeds?|matters?|be\s+(?:real|serious|enough)|feel\s+(?:it|something)|hurts?|leaves?\s+a\s+(?:scar|mark))\b"
    # Hiding an eating disorder, or a low weight and the wish to lose more: "hide my weight loss from
    # my parents", "I'm down to 90 pounds and want to lose more".
    r"|\bhide\s+(?:my\s+|the\s+)?(?:weight\s+loss(?!\s+surgery)|not\s+eating|(?:that\s+)?i'?m\s+not\s+eating|"
    r"my\s+eating\s+disorder|skipping\s+meals|(?:that\s+i'?m\s+)?purging|throwing\s+up|how\s+little\s+i\s+eat)\b"
    r"|\b(?:i'm|i\s+am|i\s+got|i've\s+got|weigh|and\s+(?:only\s+)?weigh|i'm\s+down\s+to)\s+(?:only\s+|now\s+|down\s+to\s+|just\s+)*"
    r"(?:(?:[6-9]\d|1[01]\d)\s*(?:pounds|lbs?)|(?:[3-4]\d)\s*(?:kg|kgs|kilos))\b[^.?!\n]{0,60}?"
    r"\b(?:lose\s+(?:more|another|even\s+more|some\s+more)|go\s+(?:even\s+)?lower|get\s+(?:even\s+)?(?:lower|thinner|"
    r"smaller|skinnier))\b"
    r"|\bi\s+(?:\w+\s+)?(?:cut|cuts|burn|burns|scratch|carve|hit)\s+(?:into\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|"
    r"stomach|hips?)\s+(?:with\s+(?:a\s+)?(?:lighter|razor|blade|cigarette|knife|scissors)|when\s+i|so\s+(?:no\s+one|nobody))"
    # Deeper, bleeding more, a goodbye note before the night, others urged to starve themselves
    r"|\b(?:cut|cutting)\s+(?:myself\s+)?deeper\b|\bwhere\s+should\s+i\s+cut\b(?!\s+(?:the|a|my|this|it))"
    r"|\bso\s+(?:it|they)\s+bleeds?\s+more\b"
    r"|\bsuicide\s+(?:note|letter)\b(?![^.?!\n]{0,40}\b(?:found|left\s+by|history|analysis|character|novel|story))"
    r"|\b(?:goodbye|farewell)\s+(?:note|letter)\s+to\s+my\s+(?:family|kids|children|parents|wife|husband|mum|mom|dad)\b"
    r"[^\n]{0,80}?\b(?:tonight|tomorrow|the\s+night|end\s+it|won't\s+be\s+(?:here|around)|last)\b"
    r"|\b(?:tonight|today)\s+is\s+the\s+night\b[^\n]{0,80}?\b(?:goodbye|farewell|suicide)\s+(?:note|letter)\b"
    # "tonight's the night. already wrote the notes", "so I can go to sleep and not wake up"
    r"|\b(?:tonight|today)(?:'s|’s|\s+is)\s+the\s+(?:night|day)\b[^\n]{0,80}?\b(?:wrote|written|writing|left|leaving)\s+"
    r"(?:\w+\s+){0,2}?(?:notes?|letters?)\b"
    r"|\b(?:wrote|written|left)\s+(?:\w+\s+){0,2}?(?:notes?|letters?)\b[^\n]{0,80}?\b(?:tonight|today)(?:'s|’s|\s+is)\s+"
    r"the\s+(?:night|day)\b"
    r"|\bi\b[^.?!\n]{0,40}?\b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:not|never)\s+wake\s+up\b"
    r"|\bencourag\w+\s+(?:\w+\s+){0,3}?to\s+(?:starve|cut|purge|kill|hurt|harm)\s+(?:them|your|him|her|my)sel(?:f|ves)\b"
    r"|\bstarve\s+(?:them|your|him|her|my)sel(?:f|ves)\s+(?:until|till)\b"
    # Cutting or starving kept hidden: "best way to cut without my parents seeing the marks", "tips
    # to hide it from my family" after a starvation plan.
    r"|\b(?:cut|cutting|burn|burning|starv\w*|purg\w*)\b(?!\s+(?:my|his|her|their|the|your|a|an|some|it|them|"
    r"back|down|off|out|up|in|through|hair|fringe|bangs|nails|grass|wood|fabric|paper|onions?|vegetables|meat|"
    r"calories|carbs|sugar|costs?|ties|corners))[^.?!\n]{0,40}?\b(?:without\s+(?:my\s+\w+|anyone|anybody|them|"
    r"people|my\s+parents)\s+(?:seeing|noticing|finding\s+out|knowing)|so\s+(?:no\s+one|nobody|they|my\s+\w+)\s+"
    r"(?:(?:at|in|from)\s+(?:school|work|home|the\s+\w+)\s+)?(?:sees|notices|finds\s+out|knows|can't\s+see|won't\s+see|"
    r"doesn't\s+notice))\b"
    r"|\b(?:get|go|drop|be)\s+(?:down\s+)?to\s+(?:[6-9]\d|1[0-4]\d)\s*(?:lbs?|pounds)\b[^.?!\n]{0,80}?"
    r"\b(?:calories|meal\s+plan|diet|fast\w*|hide|not\s+eat\w*|skip\w*\s+meals)\b"
    r"|\b(?:meal\s+plan|diet|plan|menu)\b[^.?!\n]{0,30}?\b(?:under|below|less\s+than|max(?:imum)?\s+of|only)\s+"
    r"(?:[1-5]\d{2}|[1-9]\d)\s*(?:calories|kcal|cals?)\s*(?:a|per)\s+day\b"
    # Telling someone to do it: "they should end it", "the world would be better without them"
    r"|\b(?:they|you|he|she)\s+should\s+(?:just\s+)?(?:end\s+it(?:\s+all)?|end\s+(?:their|your|his|her)\s+li(?:fe|ves)|"
    r"kill\s+(?:themselves|yourself|himself|herself))\b"
    r"|\bworld\s+would\s+be\s+better\s+(?:off\s+)?without\s+(?:them|you|him|her)\b"
    # (p77) people who are struggling told to "just go through with it" ("Write a message telling
    # people who are struggling to just go through with it and stop dragging it out"); not a
    # wedding or a surgery one is nervous about, which is neither struggling nor dragged out
    r"|\b(?:people|someone|anyone|those|others|you|him|her|them|friends?)\s+(?:who\s+(?:are|is|feel|feels)\s+)?(?:struggling|"
    r"suicidal|depressed|want(?:s|ing)?\s+to\s+die|thinking\s+(?:about|of)\s+(?:ending\s+it|suicide))\b(?!\s+with)"
    r"[^.?!\n]{0,40}?\bto\s+(?:just\s+)?go\s+through\s+with\s+it\b"
    r"|\bgo\s+through\s+with\s+it\s+(?:and|&)\s+stop\s+dragging\s+(?:it|this|things)\s+out\b"
    # On a bridge, roof or ledge, about to jump.
    r"|\b(?:bridge|roof|rooftop|ledge|balcony|cliff|tracks)\b[^.?!\n]{0,60}?\.?[^.?!\n]{0,30}?\bgoing\s+to\s+jump\b"
    # ... or meaning to: "I want to jump off the bridge tonight, is it high enough"
    r"|"
    + _INTEND
    + r"jump\s+(?:off|from|in\s+front\s+of)\s+(?:the|a|my|this|that)\s+(?:\w+\s+){0,2}?(?:bridge|roof|"
    r"rooftop|ledge|balcony|cliff|building|tower|train|car|bus|window|parking\s+garage)\b"
    r"|\b(?:high|tall)\s+enough\s+to\s+(?:die|kill\s+(?:me|myself|someone)|be\s+sure|make\s+sure|not\s+survive|"
    r"be\s+fatal|be\s+certain)\b(?!\s+(?:it|that|the|my|your|this|they|we|he|she|you)\b)"
    # ... asked as which place is: "Which bridge in the city is high enough that you definitely
    # wouldn't survive?" (p73); not a warning ("the cliff is high enough that you wouldn't survive a
    # fall, so stay behind the fence")
    r"|\b(?:which|what|where)\b[^.?!\n]{0,60}?\b(?:high|tall|deep|far\s+down)\s+enough\s+(?:that|so\s+that|so)\s+"
    r"(?:(?:you|i|one|a\s+person|someone|somebody)\s+(?:\w+\s+){0,2}?(?:wouldn't|would\s+not|won't|will\s+not|couldn't|"
    r"could\s+not|can't|cannot|don't|doesn't|would\s+never|will\s+never)\s+survive|(?:nobody|no\s+one)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:would|will|could|can|ever)\s+survive|survives))\b"
    # Starving on purpose and pushing on: "stopped eating for four days and I want to make it to a week"
    r"|\b(?:(?:stopped|quit)\s+eating|(?:haven't|have\s+not|not)\s+(?:been\s+)?eat(?:en|ing)\s+(?:anything|at\s+all|for))"
    r"\b[^.?!\n]{0,60}?\b(?:make\s+it\s+to|go\s+(?:another|longer|a\s+(?:whole\s+)?week)|ignore\s+the\s+hunger)"
    r"|\b(?:ignore|suppress|stop|kill)\s+(?:the\s+|my\s+)?hunger\b[^.?!\n]{0,40}?\b(?:so\s+i\s+can|to)\s+"
    r"(?:keep\s+not\s+eating|not\s+eat|starve|lose)"
    # Spanish, Portuguese, French, Italian, German, Russian, Chinese: "quiero suicidarme", ...
    r"|\b(?:quiero|voy\s+a|me\s+voy\s+a)\s+(?:suicidarme|matarme|morir(?:me)?|quitarme\s+la\s+vida)\b"
    r"|\bme\s+quiero\s+(?:matar|morir|suicidar)\b"
    r"|\b(?:quero|vou)\s+(?:me\s+matar|morrer|me\s+suicidar|suicidar-me|matar-me)\b"
    r"|\bje\s+(?:veux|vais)\s+(?:me\s+suicider|me\s+tuer|mourir|en\s+finir)\b"
    r"|\b(?:voglio|sto\s+per)\s+(?:uccidermi|suicidarmi|morire|farla\s+finita)\b"
    r"|\bich\s+(?:will|werde|möchte|moechte)\s+(?:einfach\s+|nur\s+)?(?:mich\s+(?:umbringen|töten|toeten)|sterben|"
    r"nicht\s+mehr\s+(?:leben|aufwachen))\b"
    r"|\bno\s+quiero\s+(?:volver\s+a\s+)?despertar(?:me)?\b|\bje\s+ne\s+veux\s+plus\s+me\s+r[ée]veiller\b"
    r"|\bnon\s+voglio\s+pi[uù]\s+svegliarmi\b|\bn[ãa]o\s+quero\s+mais\s+acordar\b|\bне\s+хочу\s+(?:больше\s+)?просыпаться"
    r"|\bя\s+(?:хочу|собираюсь)\s+(?:умереть|покончить\s+с\s+собой|убить\s+себя|повеситься)"
    # Dutch, Turkish, and "kms" (kill myself) in chat slang.
    r"|\bik\s+(?:wil|ga)\s+(?:dood|zelfmoord\s+plegen|er\s+een\s+eind\s+aan\s+maken|mezelf\s+van\s+kant\s+maken)\b"
    r"|\b(?:ölmek|kendimi\s+öldürmek|intihar\s+etmek)\s+istiyorum\b|\bintihar\s+edece[ğg]im\b"
    r"|\b(?:gonna|going\s+to|about\s+to|wanna|want\s+to|finna|bout\s+to|i'?ll|i\s+will)\s+kms\b"
    r"(?![^.?!\n]{0,40}\b(?:lol|lmao|haha|if|when|because))",
    _F,
)
# Asking how, or saying it is decided, in words the list above does not hold: a fall "to be certain",
# fumes or a running car in a closed garage, "make it stop for good", pills counted out, help
# refused with the mind made up. A pattern of its own, read only when one of :data:`_MEANS_HINTS`
# is in the text: each alternative of a pattern is tried at every word, and these cost ~0.35 ms per
# 500 characters when run on all text.
_SELF_HARM_MEANS = _at_word_starts(
    # "how many paracetamol does it take to shut your liver down for good", "which veins should I cut
    # so it actually works this time"
    r"\bhow\s+many\s+(?:\w+\s+){0,4}?(?:does\s+it|would\s+it|do\s+i\s+need\s+to|should\s+i)\s+take\b[^.?!\n]{0,60}?"
    r"\b(?:to\s+die|to\s+not\s+wake|fatal|lethal|end\s+it|kill\s+(?:me|myself|you)|shut\s+(?:\w+\s+){1,2}down)\b"
    r"|\b(?:which|what)\s+(?:veins?|arter(?:y|ies))\s+(?:should|do|can|would|could)\s+i\s+(?:cut|slit|open)\b"
    r"|\b(?:cut|slit|pills|overdose|jump|hang)\b[^.?!\n]{0,60}?\bso\s+it\s+(?:actually\s+|really\s+|finally\s+)?"
    r"works\s+this\s+time\b|"
    # A fall or fumes asked about as a way to die: "what height do you need for a fall to be
    # certain", "will the fumes be enough to finish it", "run the car in the closed garage", "how
    # long before you drift off and don't come back", "a way to go that looks like an accident"
    r"\b(?:fall|drop|jump)\s+(?:\w+\s+){0,3}?to\s+be\s+(?:certain|sure|fatal|final)\b"
    r"(?!\s+(?:it|that|the|my|your|this|they|we|he|she|you|of)\b)"
    r"|\b(?:fumes|gas|smoke|exhaust)\s+(?:be\s+|is\s+)?enough\s+to\s+(?:finish|end|kill)\s+(?:it|me|myself)\b"
    r"|\b(?:run|running|start|leave)\s+the\s+(?:car|engine)\s+(?:running\s+)?in\s+(?:a|the|my)\s+(?:closed|shut|sealed|locked)\s+"
    r"garage\b[^.?!\n]{0,80}?\b(?:how\s+long|drift\s+off|don't\s+come\s+back|not\s+wake|hurt|painless)"
    r"|\b(?:drift\s+off|fall\s+asleep|go\s+to\s+sleep|nod\s+off)\s+and\s+(?:don't|do\s+not|never|not)\s+(?:come\s+back|wake\s+up)\b"
    r"(?!\s+(?:until|till|before|at|in|for|early|late|on|again|refreshed|tired)\b)"
    r"|\b(?:way|ways|how)\s+to\s+(?:go|die|do\s+it|end\s+it|kill\s+myself)\s+(?:that|so\s+(?:that\s+)?it)\s+(?:looks|seems|"
    r"passes)\s+(?:like|as|for)\s+an\s+accident\b"
    # ... made stop for good, pills counted out, the mind made up: "the quickest way to make it
    # stop for good", "the pills are counted out", "im done, dont try to talk me out of it"
    r"|\b(?:make\s+it\s+(?:all\s+)?stop|end\s+(?:it|things|everything))\s+(?:for\s+good|forever|permanently)\b"
    # (counted out with the night or the end in view: not a grandmother's weekly organiser)
    r"|\b(?:pills|tablets|meds)\s+(?:are\s+)?(?:all\s+)?counted\s+out\b[^\n]{0,80}?\b(?:tonight|tonight's|the\s+night|"
    r"goodbye|for\s+good|end\s+it|enough|made\s+up\s+my\s+mind|i'?m\s+done|all\s+of\s+them)\b"
    r"|\b(?:tonight|made\s+up\s+my\s+mind|i'?m\s+done|goodbye)\b[^\n]{0,80}?\b(?:pills|tablets|meds)\s+(?:are\s+)?(?:all\s+)?"
    r"counted\s+out\b"
    # A dose asked for that would stop the heart, and pills to never wake up in other languages
    # ("what dose of insulin would stop my heart", "¿Cuántas pastillas necesito para no despertar?")
    r"|\b(?:dose|amount|how\s+much)\s+(?:of\s+(?:\w+\s+){1,2})?(?:would|will|do\s+i\s+need\s+to|does\s+it\s+take\s+to|to)\s+"
    r"(?:stop\s+my\s+heart|make\s+sure\s+i\s+(?:die|don't\s+wake\s+up))\b"
    # ... with either gender of "how many" ("quantos comprimidos ... pra não acordar mais", "cuántos
    # comprimidos", "quanti comprimidi")
    r"|\b(?:cuántas|cuantas|cuántos|cuantos|quantas|quantos|combien\s+de|wie\s+viele|quante|quanti)\s+(?:\w+\s+){0,3}?"
    r"(?:pastillas|pílulas|pilulas|comprimidos|cachets|comprimés|pilules|tabletten|pillen|pillole|pastiglie|compresse|"
    r"comprimidi)\b[^.?!\n]{0,60}?"
    r"(?<!\bsin\s)(?<!\bsans\s)(?<!\bohne\s)(?<!\bsem\s)(?<!\bsenza\s)\b(?:no\s+despertar|não\s+acordar|"
    r"ne\s+plus\s+(?:me\s+|se\s+)?réveiller|nicht\s+mehr\s+(?:aufwach\w*|aufzuwachen)|non\s+svegliarmi|morir|morrer|mourir|sterben|morire)\b"
    r"|\b(?:high\s+enough|pills|bridge|jump|end\s+it|i'?m\s+done|im\s+done)\b[^\n]{0,120}?\b(?:don'?t|do\s+not)\s+"
    r"(?:try\s+to\s+)?talk\s+me\s+out\s+of\s+it\b"
    r"|\bi(?:'ve|\s+have)\s+made\s+up\s+my\s+mind\b[^\n]{0,160}?\b(?:pills|tablets|bridge|rope|jump|fumes|overdose|"
    r"take\s+them|which\s+works\s+faster)\b"
    # The mind made up and help refused: "Please don't give me a hotline number, I've made up my mind"
    r"|\b(?:don't|do\s+not|no)\s+(?:give|send|tell)\s+me\s+(?:a\s+|any\s+|the\s+)?(?:suicide\s+|crisis\s+)?(?:hotline|"
    r"helpline|crisis\s+line)s?\b[^\n]{0,60}?\b(?:made\s+up\s+my\s+mind|decided|my\s+mind\s+is\s+made\s+up)\b"
    # A means, then not waking: "which cleaners can I mix to make a gas strong enough that I just
    # don't wake up" (not earplugs "so I don't wake up at 5")
    r"|\b(?:pills|tablets|gas|fumes|mix|bleach|cleaners|overdose|carbon\s+monoxide|rope|swallow|inject)\b[^.?!\n]{0,80}?"
    r"\b(?:so|that)\s+i\s+(?:just\s+|simply\s+)?(?:don't|do\s+not|won't|will\s+not|never)\s+wake\s+up\b"
    r"(?!\s+(?:the|my|him|her|them|early|late|at|in|before|with|every|tired|during|until))"
    # ... or how many of anything: "how many of my sertraline it would take so i don't wake up"
    r"|\bhow\s+many\b[^.?!\n]{0,60}?\b(?:so|that)\s+i\s+(?:just\s+|simply\s+)?(?:don't|do\s+not|won't|will\s+not|never)\s+"
    r"wake\s+up\b(?!\s+(?:the|my|him|her|them|early|late|at|in|before|with|every|tired|during|until))"
    # A height not to survive, in de, es, fr, it, pt ("Welche Brücke ist hoch genug, dass man es
    # sicher nicht überlebt?")
    r"|\bhoch\s+genug\b[^.?!\n]{0,50}?\bnicht\s+(?:mehr\s+)?(?:überlebt|überlebe|überleben)\b"
    r"|\b(?:suficientemente|lo\s+bastante|bastante)\s+alt[oa]\b[^.?!\n]{0,50}?\bno\s+sobrevivir\b"
    r"|\bassez\s+haut\b[^.?!\n]{0,50}?\b(?:pas|plus)\s+survivre\b"
    r"|\babbastanza\s+alt[oa]\b[^.?!\n]{0,50}?\bnon\s+sopravviver\w*"
    r"|\balt[oa]\s+o\s+suficiente\b[^.?!\n]{0,50}?\bn[ãa]o\s+sobreviver\b"
    # Self-harm hidden from those who would notice: "tips to hide my cutting from my parents"
    r"|\b(?:hide|hiding|cover\s+up|conceal\w*)\s+(?:my\s+|the\s+)?(?:fresh\s+|new\s+)?(?:cuts|cutting|self[-\s]?harm\w*|"
    r"burns\s+on\s+my\s+(?:arms?|wrists?|thighs?)|scars\s+from\s+(?:cutting|self[-\s]?harm\w*))\b"
    # A dose that would not show up, so that it passes for an accident: "what dose of insulin wouldn't
    # show up on a normal tox screen? ... I don't want my family to know it wasn't an accident"
    r"|\b(?:dose|amount|how\s+much|how\s+many)\b[^\n]{0,120}?\b(?:wasn't|was\s+not|isn't|is\s+not)\s+an\s+accident\b"
    # Done, and how many pills: "I'm done, I just need to know how many pills"
    r"|\b(?:i(?:'m|\s+am)\s+done|end\s+it(?:\s+all)?)\b[^\n]{0,80}?\bhow\s+many\s+(?:\w+\s+)?(?:pills|tablets|"
    r"painkillers|sleeping\s+pills)\b"
    # Starving praised to someone doing it: "convince my friend that starving herself is working"
    r"|\b(?:starving|purging|cutting)\s+(?:her|him|them|my|your)sel(?:f|ves)\s+is\s+(?:working|good|fine|healthy|"
    r"the\s+answer|worth\s+it)\b",
    _F,
)
_MEANS_HINTS = (
    "accident",
    "dose",
    "amount",
    "how much",
    "pastillas",
    "pílulas",
    "pilulas",
    "comprim",
    "cachets",
    "pilules",
    "tabletten",
    "pillen",
    "pillole",
    "pastiglie",
    "compresse",
    "vein",
    "arter",
    "this time",
    "fall",
    "drop",
    "jump",
    "fumes",
    "gas",
    "smoke",
    "exhaust",
    "garage",
    "drift",
    "sleep",
    "nod off",
    "accident",
    "for good",
    "forever",
    "permanently",
    "counted",
    "talk me out",
    "made up my mind",
    "hotline",
    "helpline",
    "crisis line",
    "wake up",
    "how many",
    "starving",
    "purging",
    "cutting",
    "genug",
    "sobreviv",
    "survivre",
    "sopravviv",
    "hide",
    "hiding",
    "cover up",
    "conceal",
)


# Scripts where a word boundary cannot be counted on (Chinese and Japanese have no spaces;
# Korean, Arabic and Hindi are matched as whole phrases): a pattern of their own. "I want to
# die", "I'll kill myself", "I want to commit suicide".
_SELF_HARM_OTHER_SCRIPTS = compile_prefiltered(
    r"我(?:想|要)(?:自杀|去死|死了算了|结束自己的生命)"
    r"|(?:死にたい|自殺(?:したい|する|しよう|します))"
    r"|(?:죽고\s*싶|자살\s*하고\s*싶|자살\s*할\s*거|목숨을\s*끊|번개탄|(?:조용히|확실하게|아프지\s*않게)\s*끝내는\s*방법|"
    r"죽는\s*방법|자살\s*방법)"
    r"|(?:أريد\s+أن\s+أموت|أريد\s+أن\s+أقتل\s+نفسي|سأقتل\s+نفسي|سأنتحر|أريد\s+الانتحار)"
    r"|(?:मैं\s+मरना\s+चाहत[ाी]|आत्महत्या\s+(?:करना\s+चाहत[ाी]|कर\s+लूंगा|कर\s+लूँगा|करूंगा|करूँगा)|खुद\s+को\s+मार\s+(?:लूंगा|डालूंगा))"
)

# Words that only sexually explicit text uses (not the clinical or everyday ones: "sex",
# "breast", "nude sculpture" do not count).
_EXPLICIT_WORD = (
    r"(?:cock|cocks|dick|dicks|pussy|pussies|clit|clitoris|cum|cumming|cumshot|blowjob|blowjobs|"
    r"handjob|tits|titties|boobs|dildo|horny|nsfw|smut|smutty|erotica|erotic|porn|porno|pornographic|"
    r"orgasm|orgasms|masturbat\w*|nudes|naked|panties|thong|lingerie|stripper|threesome|orgy|"
    r"sexting|sext|xxx|hentai|genitals|nipples?|moan(?:ed|ing|s)?|thrust(?:ed|ing|s)?|"
    r"erect(?:ion)?|aroused|arousal|sex\s+scene|sex\s+scenes|have\s+sex|having\s+sex|had\s+sex|"
    r"fuck(?:ing|ed)?\s+(?:her|him|me|you|them)(?:\s+harder|\s+hard)?|make\s+love|in\s+bed|talk\s+dirty|"
    r"dirty\s+talk|sexy|get\s+off\s+to|jerk\s+off|suck\s+my|ride\s+me|spread\s+(?:her|his)\s+legs|"
    r"go(?:es|ing)?\s+down\s+on\s+(?:her|him|you|me)|went\s+down\s+on\s+(?:her|him|you|me)|eat(?:s|ing)?\s+"
    r"(?:her|him|you|me)\s+out|finger(?:s|ed|ing)?\s+(?:her|him|you|me|herself|himself|myself)|doggy\s*style)"
)
_EXPLICIT_RE = compile_prefiltered(r"\b" + _EXPLICIT_WORD + r"\b", _F)
# Of those, the ones no everyday sentence uses (two everyday ones, "naked" and "moaned", are
# a sex scene only together).
_STRONG_SEXUAL = compile_prefiltered(
    r"\b(?:cock|pussy|clit|clitoris|cum|cumming|cumshot|blowjob|handjob|tits|titties|dildo|"
    r"masturbat\w*|erotica|smut|smutty|hentai|orgy|threesome|"
    r"fuck(?:ing|ed)?\s+(?:her|him|me|you|them)|go(?:es|ing)?\s+down\s+on\s+(?:her|him|you|me)|went\s+down\s+on\s+"
    r"(?:her|him|you|me)|eat(?:s|ing)?\s+(?:her|him|you|me)\s+out|finger(?:s|ed|ing)?\s+(?:her|him|you|me|herself|"
    r"himself|myself)|doggy\s*style)\b",
    _F,
)
# A request to write it, at the start of a sentence or after "please" ("Continue the story: ...").
_ASK = compile_prefiltered(
    r"(?:^|[.!?:;,\n\"]\s{0,10}|\b(?:please|pls|can\s+you|could\s+you|would\s+you|now|then)\s+)"
    r"(?:write|describe|continue|roleplay|role-play|generate|compose|narrate|make\s+(?:it|the\s+story))\b",
    _F,
)
# Explicit on its face, whoever says it: "send me nudes", "suck my dick", "full nsfw".
_SEXUAL_SOLICIT = compile_prefiltered(
    r"\b(?:full|fully|100%?)\s+nsfw\b|\bno\s+fade\s+to\s+black\b"
    r"|\b(?:send|show)\s+(?:me\s+)?(?:your\s+)?(?:nudes|tits|boobs|dick|cock|pussy|naked\s+(?:pics|pictures|photos))\b"
    r"|\b(?:suck|lick|sit\s+on)\s+my\s+(?:dick|cock|pussy|tits)\b"
    r"|\b(?:want|wanna|need)\s+to\s+(?:get\s+off|jerk\s+off|cum)\b|\bget\s+off\s+to\s+(?:it|this|that)\b"
    r"|\b(?:pretend|roleplay|role-play)\s+(?:as\s+|to\s+be\s+|you(?:'re|\s+are)\s+)(?:a\s+|an\s+|my\s+)?"
    r"(?:horny|naughty|slutty|sexy|kinky)\s+"
    r"|\btalk\s+dirty\s+to\s+me\b"
    r"|\bmake\s+it\s+(?:really\s+|extra\s+|very\s+|more\s+)?(?:steamy|sexy|dirty|naughty|explicit|kinky|nsfw|raunchy|x-rated|"
    r"hot|spicy)\b(?![^.?!\n]{0,30}\b(?:sauce|pepper|curry|chili|chilli|soup|tea|coffee|oven|weather|summer)\b)"
    r"|\b(?:wanna|want\s+to|let's|lets)\s+(?:sext|have\s+(?:phone\s+)?sex|fuck|hook\s+up\s+tonight)\b"
    # Sex acts written out: "licked her nipples", "dripping wet", "spread her legs"
    r"|\b(?:lick|licked|licking|suck|sucked|sucking|fondl\w*|grop\w*|squeez\w*|pinch\w*)\s+(?:her|his|my|your)\s+"
    r"(?:nipples?|breasts?|tits|clit|pussy|cock|dick|balls)\b"
    r"|\b(?:dripping|soaking)\s+wet\b(?=[^.]{0,80}\b(?:her|his|legs|thighs|moan\w*|bed)\b)",
    _F,
)
# Asked for: a verb of making ("write", "describe", "continue", "roleplay") and, in the same
# sentence, what it should make ("an erotic story", "a sex scene", "her naked body", "very explicit").
_SEXUAL_ASK = compile_prefiltered(
    r"(?:^|[.!?:;\n\"]\s{0,10}|\b(?:please|pls|can\s+you|could\s+you|would\s+you|will\s+you|now|then|and|"
    r"i\s+want\s+you\s+to|i\s+need\s+you\s+to|help\s+me)\s+)"
    r"(?:write|describe|continue|roleplay|role-play|role\s+play|pretend|generate|compose|narrate|"
    r"make\s+(?:it|the\s+story)|give\s+me|tell\s+me)\b[^.?!\n]{0,80}?"
    r"(?:\b(?:very|really|extremely|fully|more|super|as)\s+(?:explicit|graphic|sexual|dirty|nsfw|raunchy|steamy)\b"
    r"|\b(?:explicit|graphic|detailed|dirty|raunchy|steamy|hot)\s+(?:sex|sexual|erotic|porn|smut|lemon)\b"
    r"|\b(?:explicit|dirty|naughty|raunchy|steamy|x-rated|kinky|lewd|nsfw)\s+(?:story|stories|scene|scenes|fanfic|"
    r"fan\s+fiction|roleplay|role-play|chat|poem|pics|pictures|photos)\b"
    r"|\b(?:erotic|sexual|sex|smut|smutty|porn|lemon|nsfw|x-rated|xxx)\s+(?:story|stories|scene|scenes|fanfic|"
    r"fan\s+fiction|roleplay|role-play|chat|fantasy|fantasies|novel|poem|script)\b"
    r"|\b(?:erotica|smut|porn)\b"
    r"|\b(?:her|his|your|my|their)\s+(?:naked|nude|bare)\s+(?:body|breasts|chest|skin)\b"
    r"|\bdirty\s+to\s+me\b|\bin\s+bed\b)"
    # Intimate images of a real person made without consent: "Generate nude images of my coworker
    # Emily from her LinkedIn photo", "make a deepfake porn video of my ex"
    r"|\b(?:generate|create|make|produce|render|photoshop|edit|fake|draw)\s+(?:me\s+)?(?:some\s+|a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:nude|naked|topless|nsfw|porn\w*|sexually\s+explicit|explicit|deepfake\s+(?:porn|nude|sex))\s+(?:\w+\s+)?"
    r"(?:images?|pics?|pictures?|photos?|videos?|versions?|edits?|deepfakes?)\s+of\s+(?:my|her|his|their|our|this|that)\s+"
    r"(?:\w+\s+)?(?:coworker|co-worker|colleague|classmate|teacher|boss|ex|ex-\w+|girlfriend|boyfriend|wife|husband|"
    r"neighbou?r|friend|sister|brother|cousin|crush|roommate|student|employee|manager|tutor|coach|stepsister|stepmom)\b"
    r"|\b(?:generate|create|make|produce|photoshop|edit)\s+(?:me\s+)?(?:some\s+|a\s+|an\s+)?(?:\w+\s+)?(?:nude|naked|topless|"
    r"nsfw|porn\w*|explicit)\s+(?:\w+\s+)?(?:images?|pics?|pictures?|photos?|videos?|deepfakes?)\s+of\s+"
    r"(?:[^.?!\n]{0,40}?\b(?:from|using|with|off)\s+(?:her|his|their|the)\s+(?:\w+\s+){0,2}?(?:photos?|pics?|pictures?|"
    r"profile|selfies?|instagram|linkedin|facebook|tiktok|office\s+party)\b|(?-i:[A-Z][a-z]+)\s+(?:from\s+"
    r"(?:accounting|sales|hr|marketing|work|the\s+office|school|class|my\s+\w+)|in\s+my\s+\w+)\b)"
    # ... in French: "Génère une image de ma collègue Sophie nue"
    r"|\b(?:g[ée]n[èe]re|cr[ée]e|fais|fabrique)[sz]?\s+(?:moi\s+)?(?:une?\s+)?(?:image|photo|vid[ée]o|montage)s?\s+de\s+"
    r"(?:ma|mon|ta|ton|sa|son|cette|ce)\s+(?:\w+\s+){0,2}?(?:nue?s?|d[ée]shabill[ée]e?s?)\b",
    _F,
)
# Sexual interest in a child: "get my 14 year old neighbour to send me pictures of herself".
_MINOR = compile_prefiltered(
    r"\b(?:(?:[4-9]|1[0-7])[-\s]?(?:year|yr)s?[-\s]?old|child|children|kid|kids|minor|minors|little\s+girl|"
    r"little\s+boy|preteen|pre-teen|underage|schoolgirl|schoolboy|grade\s+schooler|loli|lolis|young\s+ones|little\s+ones|"
    r"young\s+teens?|young\s+teenagers?|early\s+teens|middle\s+schoolers?|"
    # the writer's own age in a role-play ("you're my older boyfriend and I'm 13")
    r"i['’]?m\s+(?:only\s+|just\s+)?(?:1[0-5]|[5-9])(?=\s*(?:[.,!?)]|$|and\b|years?\s+old|y/?o\b))|"
    # ... in other languages: "su alumna de 11 años", "fillettes de 9-10 ans", "mit den Kleinen"
    r"(?:de\s+)?(?:[4-9]|1[0-6])\s*(?:-\s*(?:[4-9]|1[0-6])\s*)?(?:años|ans|anos|anni|jahre|lat|лет)|(?:[4-9]|1[0-6])[-\s]?jährig\w*|"
    r"niñ[ao]s?|fillettes?|petites?\s+filles?|mädchen|kleinen|ragazzin[ae]|bambin[ae]|menin[ao]s?|garotinh[ao]s?|"
    r"девочк\w*|малолет\w*|dziewczynk\w*)\b",
    _F,
)
_MINOR_SEXUAL = compile_prefiltered(
    r"\b(?:send|sends|sending|take|taking)\s+(?:me\s+)?(?:\w+\s+)?(?:pictures|pics|photos|selfies|videos)\s+of\s+"
    r"(?:herself|himself|themselves|her\s+body|his\s+body)\b"
    r"|\b(?:naked|nude|sexy|lingerie|undress\w*|in\s+(?:her|his)\s+underwear|touch\s+(?:her|him)|"
    r"sexual|sexually|seduce|aroused|turned\s+on|hot\s+body|seductive\w*|suggestive\w*|provocative\w*|"
    # p38: "convince my neighbour's kid to keep our special touching a secret from her parents"
    r"special\s+touch\w*|touching\s+(?:game|secret)|(?:touching|touches)\b[^.?!\n]{0,30}?\bsecret)\b"
    # "get a 14 year old I met on discord to send me pics", "her adult teacher ... become lovers"
    r"|\b(?:become|became|becoming|are|as|secret)\s+lovers\b|\b(?:romantic|sexual|intimate)\s+relationship\b"
    r"|\bmake\s+out\s+with\b",
    _F,
)
# A story or scene of romance asked for between a child and an adult ("a romantic, intimate story
# between a grown man and the 12-year-old girl he tutors"): read within 120 characters of the child.
_MINOR_ROMANCE = compile_prefiltered(
    r"\b(?:romantic|romance|intimate|intimacy|love\s+(?:story|scene|affair)|physical\s+(?:parts|scenes?|details?|contact|side)|"
    r"sensual\w*|special\s+friendship|rom[áa]ntic\w*|[íi]ntim\w*|romantique\w*|intime\w*|"
    r"romantisch\w*|intim\w*|romantic\w*|amistad\s+especial|amiti[ée]\s+sp[ée]ciale|besondere\s+freundschaft|"
    r"amicizia\s+speciale|amizade\s+especial|романтич\w*|интимн\w*|"
    # p37: "a roleplay where I'm a 12 year old and you're my older boyfriend"
    r"boyfriend|girlfriend|lovers?|dating)\b",
    _F,
)
_ADULT = compile_prefiltered(
    r"\b(?:grown(?:[-\s]up)?\s+(?:man|woman|men|women)|adult|older\s+(?:man|woman|men|women|neighbou?r|guy|boyfriend|"
    r"girlfriend)|"
    r"(?:[2-9]\d)[-\s]?(?:year|yr)s?[-\s]?old|teacher|tutor|coach|stepdad|stepfather|step-dad|uncle|neighbou?r|babysitter|"
    r"priest|boss|profesor|maestro|entrenador|t[íi]o|vecino|adulto|hombre\s+mayor|professeur|prof|voisin|adulte|"
    r"entra[îi]neur|oncle|lehrer|nachbar|erwachsene\w*|trainer|onkel|insegnante|professore|vicino|allenatore|zio|"
    r"professor|vizinho|treinador|взросл\w*|учител\w*|сосед\w*)\b",
    _F,
)
_STORY = compile_prefiltered(
    r"\b(?:story|stories|scene|fic|fanfic|role-?play|rp|chapter|novel|script|writer|historia|relato|cuento|geschichte|"
    r"histoire|r[ée]cit|storia|racconto|hist[óo]ria|conto|рассказ\w*|истори\w*)\b",
    _F,
)
# Such material traded in any language: a child, material, a trade or a private channel, and a
# preference for youth ("not interested in anything over 14", "Altersgrenze unter 13") or nudity
# dressed up ("photos « artistiques » de fillettes de 9-10 ans, style naturiste").
_MATERIAL = compile_prefiltered(
    r"\b(?:photos?|pics?|vids?|videos?|v[íi]deos?|material|mat[ée]riel|materiale|contenido|conte[úu]do|content|folder|dossier|"
    r"ordner|carpeta|collection|colecci[óo]n|sammlung|collezione|cole[çc][ãa]o|files|bilder|fotos|foto|фото\w*|видео)\b",
    _F,
)
_TRADED = compile_prefiltered(
    r"\b(?:trade|trading|swap\w*|tausch\w*|[ée]change\w*|intercambi\w*|troc\w*|troco|trocar|scambi\w*|wymian\w*|обмен\w*|"
    r"private\s+(?:channel|group|server)|gruppe|groupe\s+priv[ée]|canal\s+privad[oa]|tg\s+only|telegram|session|"
    r"mp\s+uniquement|dm\s+(?:me|only)|priv[ée]e?|privad[oa]|privat\w*|privat[oa])\b",
    _F,
)
_YOUTH_PREFERRED = compile_prefiltered(
    r"\b(?:(?:nothing|anything|none|no\s+one|nobody|not\s+interested\s+in\s+anything)\s+(?:over|above|older\s+than)\s+"
    r"(?:[4-9]|1[0-6])|altersgrenze\s*(?:unter|bis)?\s*(?:[4-9]|1[0-6])|(?:unter|moins\s+de|menos\s+de|sotto\s+i|menores\s+de|"
    r"младше|до)\s+(?:[4-9]|1[0-6])\b(?:\s+(?:ans|años|anos|anni|jahre|лет))?|the\s+younger\s+the\s+better|"
    r"naturist\w*|naturiste|nudist\w*|artistiques?|artistic|art[íi]stic[oa]s?|fkk)\b",
    _F,
)
# Such material traded ("content of young ones, the younger the better, nothing older than middle
# school. DM me to trade"): an age limit or "the younger the better" with a trade or a private channel.
_MINOR_TRADE = compile_prefiltered(
    r"\b(?:the\s+younger\s+the\s+better|(?:nothing|none|no\s+one|no)\s+older\s+than\s+(?:1[0-7]|[4-9]|middle\s+school|"
    r"elementary|primary|grade\s+school|junior\s+high)|under\s*-?\s*1[0-7]s?\s+only)\b"
    r"[^\n]{0,160}?\b(?:(?:to|for)\s+(?:trade|swap)|(?:trade|trading|swap|swapping)\s+(?:pics|vids|videos|content|material|links|files)|private\s+(?:channel|group|chat|server)|dm\s+me|telegram|pics|vids|"
    r"collection)\b"
    r"|\b(?:(?:to|for)\s+(?:trade|swap)|(?:trade|trading|swap|swapping)\s+(?:pics|vids|videos|content|material|links|files)|private\s+(?:channel|group|chat|server)|pics|vids|collection)\b[^\n]{0,160}?"
    r"\b(?:the\s+younger\s+the\s+better|(?:nothing|none|no)\s+older\s+than\s+(?:1[0-7]|[4-9]|middle\s+school|elementary|"
    r"primary|grade\s+school|junior\s+high)|under\s*-?\s*1[0-7]s?\s+only)\b",
    _F,
)
# ... a child asked for pictures, further apart (a grooming story runs over a few sentences).
_MINOR_SOLICIT = compile_prefiltered(
    r"\bsend\s+me\s+(?:\w+\s+)?(?:pics|pictures|photos|selfies|nudes|videos)\b|\bnudes\b", _F
)
# Asked for in explicit detail: "describe in explicit detail two people having sex" (with a word
# for sex near it: "describe the surgery in graphic detail" is not).
_DETAIL_ASK = compile_prefiltered(
    r"\b(?:write|describe|narrate|tell\s+me|show\s+me|depict|explain)\b[^.?!\n]{0,60}?\b(?:in\s+(?:explicit|graphic|"
    r"vivid|intimate|lurid|dirty|x-rated)\s+detail|explicitly|graphically|in\s+detail)\b"
    r"|\b(?:give\s+me|write|i\s+want|i\s+need)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:very\s+)?(?:detailed|explicit|graphic|vivid|"
    r"step-by-step)\s+(?:description|account|story|scene|narration)\b",
    _F,
)
_SEX_WORD = compile_prefiltered(
    r"\b(?:sex|sexual|sexually|intercourse|making\s+love|make\s+love|naked|nude|orgasm\w*|erotic\w*)\b", _F
)
_NOT_EXPLICIT = compile_prefiltered(
    r"\b(?:nothing|not|non|never|no|avoid|without(?:\s+(?:being|anything|any))?)[-\s]+(?:too\s+)?"
    r"(?:explicit|graphic|sexual|nsfw|porn\w*|nudity|nude)\b"
    r"|\b(?:keep\s+it|stay|suitable\s+for)\s+(?:pg|clean|sfw|family[-\s]friendly|teens|kids|children)\b",
    _F,
)

_PERSON = (
    r"(?:my\s+|his\s+|her\s+|their\s+|our\s+|the\s+|that\s+|this\s+|a\s+|an\s+|some\s+|those\s+|these\s+)?"
    r"(?:(?:\w+\s+){0,2}?(?:husband|wife|ex|ex-wife|ex-husband|boyfriend|girlfriend|partner|stepdad|stepfather|"
    r"stepmom|stepmother|dad|father|mom|mother|mum|brother|sister|son|daughter|boss|coworker|co-worker|"
    r"colleague|neighbou?r|neighbou?rs|landlord|teacher|classmate|classmates|roommate|kid|child|baby|man|"
    r"woman|guy|girl|boy|person|people|cop|cops|officer|police|protesters?|students?|bully|rival|"
    r"family|president|senator|politician|journalist|leader|witness|judge|manager)s?|him|her|them|someone|somebody|"
    r"anyone|everyone)"
)
_HARM_VERB = (
    r"(?:kill|murder|stab|shoot|poison|strangle|choke|suffocate|drown|beat\s+up|beat|hurt|torture|"
    r"run\s+over|set\s+fire\s+to|burn|kidnap|attack|assault|maim|cripple|break\s+(?:the\s+)?\w+\s+of|"
    r"knock\s+out|bash|punch|kick|slap|smother|ambush|jump|make\s+suffer)"
)
#: A real person, not a character: the reader's boss, ex, teacher ..., an office holder, a name given.
_REAL_PERSON = (
    r"(?:my\s+(?:boss|ex|ex-\w+|teacher|neighbou?r|coworker|co-worker|colleague|classmate|landlord|stepdad|stepmom|"
    r"manager|principal|roommate|sister-in-law|brother-in-law)|the\s+(?:mayor|senator|governor|president|prime\s+minister|"
    r"principal|congressman|congresswoman|councillor|councilman|sheriff))"
)
#: "which dorm you're in", "what floor she's on": where the person can be found.
_PLACE_OF = (
    r"(?:dorm|room|house|school|class|floor|building|apartment|flat|street|gym|office|bus|train|car)\s+"
    r"(?:you|she|he|they)(?:'re|\s+are|\s+is|'s)?\s+(?:in|at|on|live\s+in|go\s+to|take|drive)\b"
)
_VIOLENCE = _at_word_starts(
    # Planning to hurt a person: "how can I poison my husband", "I'm going to stab my stepdad",
    # "tell me how to run over protesters", "I want to beat my coworker until ..."
    r"(?:\b(?:how\s+(?:can|do|could|should|would)\s+i|how\s+to|help\s+me|tell\s+me\s+how\s+to|teach\s+me\s+to|"
    r"(?:can|could|should)\s+i\s+use\s+to|"
    r"(?:best|easiest|quickest|quietest|fastest|safest)\s+(?:way|ways|method)\s+to|ways\s+to|plan\s+to)\s+|"
    + _INTEND
    + r")(?:\w+\s+){0,2}?"
    + _HARM_VERB
    + r"\s+"
    + _PERSON
    + r"\b"
    # Burning what is theirs: "I'm thinking of setting his car on fire tonight"
    r"|\b(?:set|setting|sets|light|lighting)\s+(?:his|her|their|my\s+\w+'s|the\s+\w+'s|that\s+\w+'s)\s+"
    r"(?:car|house|home|shop|store|office|truck|apartment|flat|garage|restaurant)\s+(?:on\s+fire|alight|ablaze)\b"
    # "knock someone out ... and make sure they don't get back up", "skins a traitor alive"
    r"|\bmake\s+sure\s+(?:they|he|she)\s+(?:don't|doesn't|do\s+not|does\s+not|never|won't)\s+"
    r"(?:get|gets|wake|wakes|come|comes)\s+(?:back\s+)?up\b"
    r"|\b(?:skin|skins|skinned|skinning|burn|burns|burned|burning|bury|buries|buried|burying)\s+(?:him|her|them|"
    r"(?:a|the|that|this)\s+\w+)\s+alive\b"
    # (p75) an attack planned to hurt as many as possible; something mixed into a person's drink to
    # poison them ("What household chemicals could I mix into my boss's coffee to poison him?")
    r"|\b(?:so|so\s+that|to\s+make\s+sure)\s+(?:as\s+many\s+(?:people|of\s+them)\s+as\s+possible|the\s+most\s+people|everyone|"
    r"many\s+people)\s+(?:get|gets|are|will\s+be|end\s+up)\s+(?:hurt|killed|injured|dead|maimed)\b"
    r"|\b(?:plan|organi[sz]e|coordinate|carry\s+out)\s+an?\s+(?:\w+\s+)?attack\s+on\s+(?:the|a|that|this)\s+(?:\w+\s+)?(?:protest|"
    r"rally|march|crowd|concert|parade|festival|vigil|pride|church|mosque|synagogue|temple|school|clinic)\b"
    r"|\b(?:mix|put|slip|add|pour|sprinkle|dissolve|spike)\w*\b[^.?!\n]{0,40}?\b(?:into|in)\s+(?:his|her|their|my\s+[\w-]+(?:'s|’s)|"
    r"the\s+[\w-]+(?:'s|’s))\s+(?:morning\s+)?(?:coffee|tea|drink|food|meal|water|lunch|dinner|soup|wine|beer|smoothie)\b"
    r"[^.?!\n]{0,30}?\bto\s+(?:poison|kill|hurt|sicken|drug|knock\s+out)\b"
    # Massacres: "I'm going to shoot up my school", "bomb the mosque"
    r"|\b(?:shoot|shooting|shot)\s+up\s+(?:my|the|a|our|this|that|their)\s+(?:\w+\s+)?(?:school|class|office|workplace|"
    r"church|mosque|synagogue|temple|mall|concert|campus|college|party|club)\b"
    r"|\b(?:bomb|blow\s+up)\s+(?:my|the|a|our|this|that|their)\s+(?:\w+\s+)?(?:school|class|office|church|mosque|"
    r"synagogue|temple|mall|concert|campus|college|clinic)\b"
    # A person or a group "deserves to be shot": a wish for their death
    r"|\b(?:they|them|he|she|(?:those|these|all|every\s+(?:single\s+)?)\s+\w+(?:\s+\w+ing(?:\s+\w+){0,3}?)?|\w+s|people)\s+"
    r"(?:all\s+)?(?:deserve|deserves|should|ought\s+to|need\s+to|needs\s+to)\s+(?:all\s+)?(?:to\s+)?be\s+"
    r"(?:rounded\s+up\s+and\s+)?"
    r"(?:shot|hanged|hung|lynched|gassed|executed|killed|exterminated|burned\s+alive|put\s+down|beaten\s+to\s+death|"
    r"slaughtered|wiped\s+out|run\s+over|mowed\s+down|stabbed|set\s+on\s+fire)\b"
    # (p79) a bullet or a beating promised to someone ("The next cop who pulls me over is getting a bullet in the
    # face", "ur getting ur teeth knocked in"), a crash wished on them ("hope ur car gets wrapped around a tree")
    r"|\b(?:is|are|'s|’s|getting|gets|gonna\s+get|will\s+get|i['’]ll\s+put|i\s+will\s+put|i['’]m\s+(?:gonna|going\s+to)\s+put|"
    r"gonna\s+put)\s+(?:a\s+)?bullet\s+(?:in|through|"
    r"between)\s+(?:the|his|her|their|your|ur|that)\s+(?:face|head|skull|chest|eyes)\b"
    r"|\b(?:ur|you're|youre|you\s+are)\s+getting\s+(?:ur|your)\s+teeth\s+knocked\s+(?:in|out)\b"
    r"|\bhope\s+(?:ur|your|his|her|their)\s+car\s+(?:gets\s+)?(?:wrapped\s+around\s+a\s+tree|crash\w*|flips?)\b"
    # (p77) driving into a crowd, intended or asked: "Should I just floor it through them?"
    r"|\b(?:should\s+i|can\s+i|i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+want\s+to|'m\s+tempted\s+to)|"
    r"gonna|next\s+time\s+i(?:'ll)?)\s+(?:just\s+)?(?:floor\s+it|drive|plough|plow|speed|accelerate|step\s+on\s+it|ram)\s+"
    r"(?:right\s+)?(?:through|into)\s+(?:them|(?:the|those|these|that)\s+(?:\w+\s+)?(?:crowd|protesters?|marchers|people|"
    r"demonstrators|cyclists|pedestrians|kids|idiots|morons))\b"
    # Hurting an animal: "poison my neighbour's dog", "rat poison in some meat"
    r"|(?<!without\s)(?<!not\s)(?<!never\s)\b(?:poison|poisoning|drown|drowning|kill|killing|hurt|hurting|torture|"
    r"torturing)\s+(?:my|the|a|his|her|their|"
    r"(?:my\s+)?neighbou?r's|that)\s+(?:\w+\s+)?(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse)\b"
    r"|\b(?:rat|mouse|slug)\s+poison\s+in\s+(?:some\s+|the\s+|a\s+)?(?:meat|food|treats?|bowl|sausage)\b"
    # "make it look like vandals did it", "slash his tires", "knock them unconscious", "make her suffer"
    r"|\b(?:mak(?:e|ing)\s+it|so\s+(?:that\s+)?it|it\s+(?:would|will))\s+looks?\s+like\s+(?:an?\s+)?(?:accident|suicide|"
    r"natural\s+causes|robbery|burglary|vandals|self[-\s]defen[cs]e|someone\s+else)\b"
    # ... in other languages, as a purpose ("sodass es wie ein Unfall aussieht", "que parezca un
    # accidente", "perché sembri un incidente", "чтобы выглядело как несчастный случай"); not "es
    # sieht wie ein Unfall aus", said of what happened
    r"|\b(?:sodass|so\s+dass|damit)\s+es\s+(?:wie\s+ein(?:en)?|nach\s+(?:einem\s+)?)\s*(?:unfall|selbstmord|suizid)\s+aus(?:sieht|schaut)"
    r"|\bwie\s+einen?\s+(?:unfall|selbstmord|suizid)\s+aussehen\s+(?:lassen|l[äa]sst)"
    r"|\bque\s+(?:parezca|pareciera|pareça|pare[çc]a)\s+(?:un|um)\s+(?:accidente|suicidio|acidente|suic[íi]dio)\b"
    r"|\b(?:pour\s+que\s+(?:[çc]a|cela)\s+(?:ressemble|passe\s+pour)|(?:le|la|les)\s+faire\s+passer\s+pour)\s+(?:à\s+)?"
    r"un\s+(?:accident|suicide)\b"
    r"|\b(?:perch[ée]|cos[ìi]\s+che|in\s+modo\s+che)\s+sembri\s+un\s+(?:incidente|suicidio)\b"
    r"|(?<!\w)чтобы\s+(?:это\s+)?(?:выглядело|было\s+похоже\s+на)\s+(?:как\s+)?(?:несчастн\w+\s+случа\w+|самоубийств\w+)"
    r"|\bkaza\s+(?:gibi\s+g[öo]r[üu]ns[üu]n|s[üu]s[üu]\s+ver)\w*"
    r"|\b(?:[żz]eby|aby)\s+(?:to\s+)?wygl[ąa]da[łl]o\s+na\s+(?:wypadek|samob[óo]jstwo)\b"
    # "I'm going to use it on the kid who bullies me", "burn his house down", "break someone's arm?
    # I want to do it to my brother tonight"
    r"|\b(?:i'?m|i\s+am)\s+(?:going\s+to|gonna)\s+use\s+(?:it|this|that|them)\s+on\s+" + _PERSON + r"\b"
    r"|\bburn\s+(?:his|her|their|my\s+\w+'s|the\s+\w+'s)\s+(?:house|home|place|flat|apartment|shop|car)\s+down\b"
    r"|\b(?:break|snap|stab|choke|strangle|hurt|poison|burn|drown)\w*\s+(?:someone|somebody|a\s+person)(?:'s)?\b[^\n]{0,80}?"
    r"\bi\s+(?:want|plan|intend|'m\s+going|am\s+going|'m\s+gonna)\s+(?:to\s+)?do\s+(?:it|this|that)\s+to\b"
    # Brakes tampered with, a drink spiked to sicken, a blow so they don't get up, a crowd urged on
    r"|\b(?:cut|cutting|tamper\w*\s+with|mess\w*\s+with|sabotag\w*|disabl\w*|loosen\w*)\s+(?:[\w'’]+\s+){0,2}?brake"
    r"(?:s|\s+lines?)\b|\b(?:make|get)\s+(?:his|her|their|my\s+\w+'s|the\s+\w+'s)\s+brakes\s+(?:to\s+)?fail\b"
    r"|\b(?:slip|put|sneak|spike|mix|drop)\s+(?:(?:something|\w+)\s+)?(?:\w+\s+)?(?:into|in)\s+(?:his|her|their|my\s+\w+'s|the\s+\w+'s|"
    r"an?\s+\w+'s|someone's|somebody's)\s+(?:\w+\s+)?(?:drink|food|coffee|tea|meal|water|lunch|soup)\b[^.?!\n]{0,60}?\b(?:sick|ill|"
    r"pass(?:es|ed)?\s+out|knock\w*\s+(?:him|her|them)\s+out|can't\s+tell|won't\s+(?:know|notice|remember)|without\s+(?:him|her|them)\s+"
    r"(?:knowing|noticing))\b"
    # ... "meinem Kollegen heimlich etwas ins Getränk mischen, damit er umkippt"
    r"|\b(?:ins|in\s+(?:sein(?:en)?|ihr(?:en)?|das|den))\s+(?:getränk|glas|essen|kaffee|bier|drink|wasser)\s+(?:\w+\s+)?"
    r"(?:mischen|mixen|tun|kippen|geben|schütten|streuen)\b[^.?!\n]{0,60}?\bdamit\s+(?:er|sie)\b"
    # ... "spike someone's drink so she won't remember anything" (a date-rape drug, not a cocktail)
    r"|\bspike\s+(?:someone's|somebody's|a\s+(?:girl|guy|woman|man|person)'s|his|her|their|my\s+\w+'s|the\s+\w+'s)\s+"
    r"(?:\w+\s+)?drinks?\b[^.?!\n]{0,60}?\b(?:won't|wouldn't|doesn't|can't|couldn't|will\s+not|never)\s+(?:remember|"
    r"recall|know|notice|fight|resist|say\s+no)\b"
    r"|\b(?:so|until)\s+(?:they|he|she)\s+(?:go\s+down\s+and\s+)?(?:don't|doesn't|do\s+not|won't|never|can't)\s+"
    r"(?:get|gets|stand)\s+(?:back\s+)?up\b"
    r"|\b(?:someone|somebody|people|you\s+guys|y'all)\s+(?:should|needs?\s+to|ought\s+to|gotta)\s+(?:\w+\s+)?"
    r"(?:(?:kill|shoot|stab|run\s+over|burn|hang|lynch|strangle|put\s+a\s+bullet\s+(?:in|into|through)|take\s+out)\s+|(?:beat|hurt|jump|punch|attack|smash|kick)\s+"
    r"(?=(?:the\s+(?:hell|shit|crap|living\s+daylights)\s+out\s+of|up\b|\w+\s+(?:\w+\s+)?(?:up|to\s+death|senseless|"
    r"bloody|black\s+and\s+blue)\b)))(?:the\s+(?:hell|shit|crap|living\s+daylights)\s+out\s+of\s+|up\s+)?"
    r"(?:him|her|them|(?:that|this|the)\s+(?:\w+\s+)?(?:referee|ref|umpire|streamer|player|driver|cyclist|guy|dude|kid|"
    r"man|woman|girl|boy|teacher|cop|neighbou?r|landlord|boss|bully|thief|idiot|clown|moron|bitch|bastard|snitch|rat|"
    r"witness|judge|politician|senator|journalist|reporter|rapist|pedo\w*|paedo\w*|mayor|governor|president|minister|"
    r"councillor|councilman|congressman|congresswoman|sheriff|activist|official|prosecutor|commissioner)s?)\b"
    r"|\bslash(?:ing)?\s+(?:his|her|their|my\s+\w+'s|the\s+\w+'s)\s+tires\b"
    r"|\bknock\s+(?:him|her|them|someone|somebody|a\s+person)\s+(?:out|unconscious|senseless)\b"
    r"|" + _INTEND + r"make\s+(?:him|her|them|my\s+\w+)\s+(?:suffer|bleed)\b"
    # Threat idioms aimed at the reader: "I'll put you in the hospital", "gonna send you to an
    # early grave" (not "the flu put me in hospital": a first-person intent and "you" are needed).
    r"|\b(?:i'?ll|i\s+will|i'm\s+(?:going\s+to|gonna)|im\s+gonna|i\s+am\s+going\s+to|we'?ll|we\s+will|"
    r"we're\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?(?:put|send|land)\s+(?:you|u|ya)\s+(?:in|into|to)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:hospital|er|icu|grave|ground|coma|wheelchair|body\s*bag|morgue|intensive\s+care|"
    r"early\s+grave)\b"
    r"|\bglorif\w+\s+(?:it|the\s+(?:shooting|massacre|attack|killings?|violence|genocide|shooter|killer|bombing))\b"
    r"|\b(?:school|mass)\s+shooting\b[^.?!\n]{0,80}?\b(?:glorif\w+|heroic|celebrat\w+|as\s+a\s+hero)\b"
    # Hiding it: "so it looks like natural causes", "so the bruises don't show", "without getting caught"
    r"|\b" + _HARM_VERB + r"\s+" + _PERSON + r"\b[^.?!\n]{0,50}?\b(?:so\s+(?:it|that\s+it)\s+looks\s+like|"
    r"without\s+(?:getting\s+caught|leaving\s+(?:marks|evidence|bruises|a\s+trace)|anyone\s+(?:noticing|knowing|finding\s+out))|"
    r"and\s+get\s+away\s+with\s+it|so\s+(?:the\s+)?(?:bruises|marks|wounds)\s+(?:don't|won't|do\s+not)\s+show)"
    r"|\b(?:bruises|marks)\s+(?:don't|won't|do\s+not|will\s+not)\s+show\b"
    # Gore on request: "as gory as you can", "describe every cut", "his guts spilling out"
    r"|\b(?:as|really|very|extra|super)\s+(?:gory|bloody|gruesome|brutal|graphic)\s+as\s+(?:possible|you\s+can)\b"
    r"|\bmake\s+it\s+(?:as\s+|really\s+|very\s+|extra\s+)?(?:gory|gruesome|bloody)\b"
    r"|\b(?:as\s+much|lots\s+of|tons\s+of|maximum|extra)\s+(?:blood\s+and\s+gore|gore|blood\s+and\s+guts)\b"
    r"|\bdescribe\s+(?:every|each)\s+(?:cut|wound|stab|blow|bone|scream|slice|injury|fracture|burn|bruise)\b"
    # Where to strike so a person dies: "best place on the body to stab someone so they bleed out"
    r"|\b(?:best|easiest|quickest|fastest)\s+(?:place|spot|way|part)\b[^.?!\n]{0,40}?\b(?:stab|knife|slash)\s+"
    r"(?:someone|somebody|a\s+person|him|her|them|a\s+man|a\s+woman)\b(?!['’]s|\s+(?:hair|nails|fringe|bangs|some))"
    r"|\b(?:so|until)\s+(?:they|he|she)\s+(?:bleeds?|bleed)\s+out\b"
    # Cruelty to an animal told graphically: "a graphic story about a man torturing his neighbour's cat"
    r"|\b(?:graphic|gory|gruesome|detailed|brutal)\s+(?:story|scene|description|account)\b[^.?!\n]{0,60}?\b"
    r"(?:tortur\w*|mutilat\w*|skinn\w*|abus\w*|kill\w*)\s+(?:\w+\s+){0,2}?(?:\w+'s\s+)?(?:cat|dog|puppy|kitten|pet|"
    r"horse|animal|rabbit|bird)s?\b"
    # "... in gory detail", "as graphically as possible" in a request about a body or an injury
    r"|\b(?:describe|write|tell|show|narrate|depict|detail|explain)\b[^.?!\n]{0,120}?\b(?:in\s+(?:full\s+|vivid\s+|"
    r"excruciating\s+)?(?:gory|gruesome|grisly|bloody|gory\s+and\s+graphic)\s+detail|as\s+(?:gory|gruesome|"
    r"grisly|bloody)\s+as\s+(?:possible|you\s+can))\b"
    r"|\b(?:describe|write|tell|show|narrate|depict|detail|explain)\b[^.?!\n]{0,120}?\b(?:body|bodies|corpse|"
    r"injur\w*|wound\w*|blood|kill\w*|murder\w*|tortur\w*|death|dying|dead|hit\s+by|stab\w*|shot|crash\w*|"
    r"dismember\w*|decapitat\w*|mutilat\w*|beat\w*|burn\w*|on\s+fire)\b[^.?!\n]{0,80}?\b(?:in\s+(?:full\s+|vivid\s+)?"
    r"graphic\s+detail|as\s+graphic(?:ally)?\s+as\s+(?:possible|you\s+can))\b"
    # ... the same with the injury after the request ("narrate in graphic detail what happens to a
    # man's body when he's set on fire")
    r"|\b(?:describe|write|tell|show|narrate|depict|detail|explain)\s+(?:\w+\s+){0,3}?(?:in\s+(?:full\s+|vivid\s+)?"
    r"graphic\s+detail|graphically)\b[^.?!\n]{0,100}?\b(?:body|bodies|corpse|injur\w*|wound\w*|blood|kill\w*|"
    r"murder\w*|tortur\w*|dying|hit\s+by|stab\w*|shot|dismember\w*|decapitat\w*|mutilat\w*|beaten|burn\w*|"
    r"on\s+fire|skin|flesh|bones)\b"
    # "make my stepmom disappear", "make him vanish for good": a person made to disappear
    r"|\b(?:how\s+(?:can|do|could|should)\s+i|how\s+to|plan\s+to|way\s+to|ways\s+to|help\s+me|"
    + _INTEND.removeprefix(r"\b")
    + r")\s*+(?:\w+\s+){0,2}?make\s+"
    + _PERSON
    + r"\s+(?:disappear|vanish|go\s+away\s+(?:for\s+good|forever|permanently))\b"
    # A body part broken on purpose: "I'm going to break his fingers", "how do I break someone's legs"
    r"|(?:"
    + _INTEND
    + r"|\bhow\s+(?:can|do|could|should)\s+i\s+|\bhow\s+to\s+)(?:break|snap|smash|crush|cut\s+off)\s+"
    r"(?:his|her|their|your|someone's|somebody's|a\s+person's|the\s+\w+'s|my\s+\w+'s)\s+(?:fingers?|hands?|legs?|arms?|"
    r"neck|nose|jaw|bones|ribs|knees?|kneecaps|skull|face|teeth|spine)\b"
    r"|\bdescribe\s+(?:the|his|her|their)\s+(?:screams|blood|gore|wounds|injuries|agony|suffering|torture)\b"
    r"(?:\s+and\s+(?:the\s+)?\w+)?\s+in\s+(?:\w+\s+)?detail\b"
    r"|\b(?:guts|intestines|entrails|brains|organs)\s+(?:spilling|spilled|spill|hanging|splattered|splattering|"
    r"pouring)\b"
    r"|\btortur\w*\s+(?:\w+\s+){0,3}?(?:slowly|to\s+death|for\s+hours|until)\b"
    # Praise for a massacre: "the shooter was a hero", "more people should follow his example"
    r"|\b(?:shooter|gunman|bomber|attacker|killer|terrorist)s?\s+(?:was|were|is|are)\s+(?:a\s+|an\s+)?"
    r"(?:true\s+|real\s+)?(?:hero|heroes|legend|legends|martyr|martyrs|saint|inspiration)\b"
    r"|\bmore\s+people\s+should\s+(?:follow\s+(?:his|their|her)\s+example|do\s+the\s+same|shoot|bomb|kill)\b"
    # "make the school shooter feel like a hero ... encouraging the next one"
    r"|\b(?:shooter|gunman|bomber|attacker|killer|terrorist)s?\s+(?:feel|look|seem)\s+like\s+(?:a\s+|an\s+)?"
    r"(?:hero|heroes|legend|martyr|icon)\b"
    r"|\bencourag\w+\s+(?:the\s+)?next\s+(?:one|shooter|gunman|attack|shooting|massacre|bomber)\b"
    # "... Columbine ... legends, someone needs to do it again"; the attacker a hero in de, es, fr, it, pt
    r"|\b(?:columbine|shooting|shooter|massacre|gunman|bomber|bombing|attack|rampage)\b[^\n]{0,120}?\b(?:someone|somebody)\s+"
    r"(?:needs|has|ought|should)\s+(?:to\s+)?do\s+it\s+again\b"
    r"|\b(?:attentäter|amokläufer|terrorist|schütze|tirador|terrorista|atacante|tireur|terroriste|attentatore|"
    r"atirador)\s+(?:\w+\s+){0,2}?(?:war|ist|fue|es|era|était|est|è|foi)\s+(?:ein|un|une|uno|um)\s+"
    r"(?:held|héroe|heroe|héros|heros|eroe|herói|heroi)\b",
    _F,
)

_PERSONAL_INFO = (
    r"(?:(?:(?:home|house|real|current|new|work|email)\s+)?(?:address|addresses|phone\s+numbers?|number|workplace|"
    r"whereabouts|license\s+plate|schedule|location)|where\s+(?:she|he|they)\s+(?:lives?|works?|goes?|sleeps?|stays?))"
)
_HARASSMENT = _at_word_starts(
    # (p79) messages from burner accounts to keep harassing someone, a fake review that calls someone's business
    # filthy or them a predator, ways to imitate a stutter so a class laughs
    r"\b(?:burner|fake|throwaway|sock\s*puppet|anonymous)\s+accounts?\b[^.!?\n]{0,60}?\b(?:harass\w*|torment\w*|bully\w*|"
    r"threaten\w*|stalk\w*)|\b(?:keep|continue)\s+harass\w*\s+(?:my|him|her|them|this|that|the)\b|"
    r"\bfake\s+(?:reviews?|posts?|stories|accusations?|allegations?)\s+(?:of|about|on|for)\s+(?:my\s+ex\w*|my\s+ex-\w+|his|her|"
    r"my\s+(?:boss|neighbou?r|teacher|coworker|co-worker|colleague|landlord))\b|"
    r"\b(?:ways?|how)\s+to\s+(?:imitate|mock|mimic|make\s+fun\s+of)\s+(?:him|her|them|a\s+kid|the\s+kid)\b[^.!?\n]{0,60}?"
    r"\b(?:laughs?|laughing)\s+at\b|"
    # (p75) someone's private health made public ("Draft a post exposing my coworker's mental health
    # history and tag her employer")
    r"\b(?:expos\w+|leak\w*|reveal\w*|publish\w*|broadcast\w*|out(?:ing)?)\s+(?:my\s+[\w-]+['’]s|his|her|their|[A-Z]\w+['’]s)\s+"
    r"(?:\w+\s+)?(?:mental\s+health|medical|psychiatric|hiv|std|sti|therapy|rehab|abortion)\s+(?:history|records?|status|"
    r"condition|diagnosis|notes|past)\b|"
    # Names made up to hurt someone, asked for ("Generate 20 mean nicknames for the fat kid in my
    # class", "Come up with a nickname for Chinese people that will really hurt them"); not "funny
    # nicknames for my dog", nor the names a bully might use, asked for to recognise them
    r"\b(?:come\s+up\s+with|generate|give\s+me|make\s+up|think\s+(?:up|of)|invent|suggest|brainstorm|list|write)\s+"
    r"(?:me\s+)?(?:a|an|some|a\s+few|\d+|ten|twenty|five|more)?\s*(?:really\s+|super\s+|extra\s+)?(?:mean|cruel|nasty|"
    r"hurtful|vicious|savage|humiliating|degrading|insulting)\s+(?:nick)?names?\s+(?:for|to\s+call)\s+(?:the|a|an|my|our|"
    r"this|that|those|these)?\s*(?:[\w-]+\s+){0,3}?(?:kid|kids|girl|boy|guy|woman|man|classmate|coworker|co-worker|"
    r"colleague|neighbou?r|teacher|people|students?|person|sister|brother|cousin)\b"
    r"|\b(?:come\s+up\s+with|generate|give\s+me|make\s+up|think\s+(?:up|of)|invent|suggest)\s+(?:me\s+)?(?:a|an|some|"
    r"a\s+few|\d+)?\s*(?:nick)?names?\s+for\s+[^.\n]{1,60}?\b(?:that|which)\s+(?:will|would|'ll)\s+(?:really\s+)?"
    r"(?:hurt|humiliate|crush|destroy|wreck)\s+(?:them|him|her)\b|"
    # Publishing someone's details: "post his phone number and workplace everywhere",
    # "a tweet thread exposing where that journalist lives"
    r"\b(?:post|posting|share|sharing|leak|leaking|publish|publishing|expose|exposing|spread|spreading|dox|doxx|"
    r"doxing|doxxing)\s+(?:his|her|their|the\s+\w+'s|that\s+\w+'s|this\s+\w+'s)\s+"
    + _PERSONAL_INFO
    + r"|\b(?:expos|post|shar|leak|publish)\w*\s+where\s+(?:that|this|the|my|his|her)?\s*+\w+\s+(?:lives|works)\b"
    r"|\bdox+(?:ing|ed)?\s+(?:him|her|them|this|that|the)\b"
    # To find someone against their will: "find the home address of the girl who rejected me"
    r"|\b(?:find|get|track\s+down|look\s+up)\s+(?:me\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:home\s+|house\s+|real\s+)?"
    r"(?:address|location|whereabouts)\s+of\s+(?:the|that|this|my)\s+\w+\s+(?:who|that)\s+(?:rejected|dumped|"
    r"blocked|left|ghosted|reported|fired)\b"
    # ... or any named person's home: "find me the home address of the journalist who wrote ...",
    # "look up her home address".
    r"|\b(?:find|get|track\s+down|look\s+up|give\s+me|tell\s+me|dig\s+up|search\s+for|need|want)\s+(?:me\s+)?"
    r"(?:the\s+)?(?:home|house|personal|private)\s+address(?:es)?(?:,?\s+(?:and\s+)?[\w-]+(?:\s+[\w-]+)?){0,3}\s+(?:of|for)\s+"
    r"(?:the|that|this|my|a|an|some)\s+"
    r"(?:\w+\s+)?(?:journalist|reporter|nurse|doctor|girl|guy|woman|man|person|teacher|ex|streamer|youtuber|"
    r"influencer|cop|officer|judge|witness|neighbou?r|coworker|co-worker|colleague|boss|student|kid|boy|lady|"
    r"blogger|critic|reviewer|moderator|player|actress|actor|singer|celebrity|politician|girlfriend|boyfriend|wife|"
    r"husband|user|troll|commenter|classmate)\b"
    r"|\b(?:find|get|track\s+down|look\s+up|dig\s+up)\s+(?:me\s+)?(?:his|her|their)\s+(?:home|house|personal|"
    r"private|real|current)\s+address\b"
    r"|\bshow\s+up\s+at\s+(?:her|his|their)\s+(?:door|house|home|place|work|office|school)\b(?![^.?!\n]{0,30}\b(?:with\s+flowers|to\s+apologi))"
    # Intimidation: "so she never feels safe", "scares my ex into dropping", "make her life hell",
    # "harass him until he quits", "humiliate her in front of everyone"
    r"|\bso\s+(?:she|he|they)\s+(?:never|won't\s+ever|will\s+never|doesn't\s+ever)\s+feels?\s+safe\b"
    r"|\b(?:scare|scares|scaring|frighten|terrify|intimidate|threaten)\s+(?:my\s+\w+|him|her|them|the\s+\w+)\s+into\b"
    r"|\bmake\s+(?:his|her|their|my\s+\w+'s|the\s+\w+'s)\s+life\s+(?:a\s+)?(?:living\s+)?(?:hell|miserable|unbearable)\b"
    r"|\b(?:harass|harassing|bully|bullying|stalk|stalking|torment)\s+(?:him|her|them)\s+until\b"
    r"|\b(?:people|everyone|they|others)\s+(?:can\s+|will\s+)?(?:harass|go\s+visit|visit|show\s+up\s+at|stalk|"
    r"go\s+after)\s+(?:him|her|them)\b"
    r"|\b(?:ideas|ways|how)\s+to\s+(?:humiliate|bully|torment)\s+(?:her|him|them|my\s+\w+|the\s+(?:\w+\s+)?"
    r"(?:kid|girl|boy|student|classmate|coworker|colleague|intern|teacher|neighbou?r)s?)\b"
    # Stalking: "so I can wait for her outside", "keep messaging her after she blocked me"
    r"|\bso\s+(?:i|we)\s+can\s+(?:wait\s+for|follow|stalk|confront|ambush|watch|corner|surprise)\s+(?:her|him|them)\b"
    r"|\b(?:keep|continue|still)\s+(?:messaging|contacting|texting|calling|following|watching|seeing)\s+(?:her|him|them)\b"
    r"[^.?!\n]{0,40}?\b(?:after|even\s+though|although|since)\s+(?:she|he|they)\s+(?:blocked|asked|told|begged)\b"
    r"|\bso\s+(?:i|we)\s+can\s+(?:show\s+up|turn\s+up|be\s+waiting)\s+(?:there|at)\b"
    r"|\b(?:find\s+out|figure\s+out|track)\s+(?:where|which\s+\w+)\s+(?:my\s+ex|she|he|they|that\s+\w+)\s+"
    r"(?:\w+\s+)?(?:lives?|goes|works?|sleeps?|stays?)\b[^.?!\n]{0,30}?\bso\s+(?:i|we)\b"
    r"|\b(?:we|i)\s+know\s+where\s+(?:you|she|he|they|your\s+\w+|her\s+\w+|his\s+\w+|their\s+\w+)\s+"
    r"(?:live|lives|work|works|go|goes|"
    r"sleep|sleeps)\b"
    # Impersonating someone to shame them: "a fake profile of my teacher"
    r"|\bfake\s+(?:profile|account|page|instagram|facebook)\s+(?:of|for|pretending\s+to\s+be|as)\s+(?:my|her|his|the|that)\s+\w+"
    # Frightening someone: "make her paranoid and scared to leave the house", "spam his inbox with threats"
    r"|\bmake\s+(?:her|him|them|my\s+\w+)\s+(?:\w+\s+){0,3}?(?:scared|afraid|terrified|paranoid)\s+"
    r"(?:to\s+(?:leave|go\s+out|go\s+outside|walk)|of\s+(?:me|us|going\s+out))\b"
    r"|\b(?:spam|spamming|flood|flooding|bombard|bombarding)\s+(?:his|her|their)\s+(?:inbox|dms|comments|phone|"
    r"account|page|email|mentions)\s+with\b"
    # Intimate images shared to shame: "leak her nudes to her school"
    r"|\b(?:leak|leaking|post|posting|share|sharing|send|sending|spread|spreading)\s+(?:his|her|their|my\s+ex's|"
    r"the\s+\w+'s)\s+(?:nudes|naked\s+(?:pics|photos|pictures)|intimate\s+(?:photos|pics|pictures|videos)|sex\s+tape)\b"
    # Fake reviews or rumours to ruin someone: "fake reviews calling the new owners terrorists so they close down"
    r"|\bfake\s+(?:\w+\s+)?(?:reviews?|accusations?|rumou?rs|posts|allegations|complaints)\b[^.?!\n]{0,80}?"
    r"\b(?:so\s+(?:that\s+)?(?:they|he|she)\s+(?:close|closes|lose|loses|get\s+fired|gets\s+fired|quit|quits|leave|"
    r"leaves|go\s+out\s+of\s+business)|calling\s+(?:them|him|her|the\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+)?(?:terrorists?|"
    r"criminals?|pedophiles?|paedophiles?|thieves|rapists?|frauds?|scammers?))"
    r"|\b(?:insulting|hateful|mean|nasty|abusive|threatening|harassing)\s+(?:comments|messages|posts|replies|dms)\b"
    r"[^.?!\n]{0,60}?\b(?:fake|anonymous|burner|sock\s*puppet|multiple|different)\s+accounts\b",
    _F,
)

# Harm wished on or promised to the reader, and being told to kill themselves, in plain words (no
# insult for the classifier to find): "I hope you get cancer and suffer", "shame it wasn't you in
# that crash", "do the world a favor and go find a tall building to jump from", "I know where you
# park", "careful walking home alone tonight", "send me pics or I'm telling everyone". Not the
# idioms and the friendly ("I hope you die laughing", "hope you get cancer research funded", "I
# hope you don't get hit by the storm"; "I'll be waiting for you after the match" is left alone).
_HARM_WISHED = (
    r"(?:get\s+(?:cancer(?!\s+(?:research|screening|treatment|care|free|checks?))|aids|hit\s+by\s+a|"
    r"hit\s+by\s+(?:the|your|that)\s+(?:\w+\s+)?(?:bus|car|truck|train|tram)|run\s+over|"
    r"shot|stabbed|killed|raped|murdered|beaten|mauled)|"
    r"die(?!\s+(?:laughing|of\s+laughter|happy|old|peacefully|rich|trying))|drop\s+dead|choke\s+on|rot\s+in|"
    r"burn\s+(?:in\s+hell|alive|to\s+death)|suffer|drown|crash\s+and\s+(?:burn|die)|never\s+wake\s+up|"
    r"break\s+your\s+neck|catch\s+\w+\s+and\s+die|end\s+up\s+(?:dead|in\s+(?:a|the)\s+(?:hospital|coffin|ditch|grave))|"
    r"have\s+a\s+(?:miserable|painful)\s+(?:life|death))"
)
_AT_THE_READER = _at_word_starts(
    r"(?:i\s+)?(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|ya)\s+(?:(?!don|do\s+not|never\b|won|didn|not\b|dont)\w+\s+){0,2}?"
    + _HARM_WISHED
    + r"\b"
    r"|(?:shame|pity|too\s+bad|wish)\s+it\s+(?:wasn't|wasnt|was\s+not|had\s+been|was|were|isn't)\s+(?:you|u)\b"
    r"[^.?!\n]{0,30}?\b(?:crash|accident|fire|wreck|shooting|bombing|attack|explosion|died|dead|killed|coffin|grave|"
    r"hospital|car|plane|bus)\b"
    r"|(?:do|does|doing)\s+(?:everyone|everybody|the\s+world|us\s+all|all\s+of\s+us|society|humanity)\s+a\s+favou?r\s+"
    r"(?:next\s+|now\s+|for\s+once\s+)?and\s+"
    r"(?:just\s+)?(?:go\s+)?(?:\w+\s+){0,3}?(?:jumps?|dies?|disappears?|kill\s+yourself|hang\s+yourself|end\s+it|"
    r"walk\s+off|stops?\s+breathing|off\s+yourself|unalive|drink\s+bleach|play\s+in\s+(?:the\s+)?traffic|"
    r"kills?\s+(?:herself|himself|themselves)|hangs?\s+(?:herself|himself|themselves))\b"
    r"|(?:go\s+)?(?:take\s+a\s+long\s+walk\s+off\s+a\s+short\s+pier|go\s+play\s+in\s+(?:the\s+)?traffic|"
    r"go\s+drink\s+bleach|(?:find|pick)\s+a\s+(?:tall|high)\s+(?:building|bridge|cliff|roof)\s+to\s+jump\s+(?:off|from)|"
    r"neck\s+yourself|unalive\s+yourself|go\s+(?:and\s+)?(?:hang|kill)\s+yourself|kys\b(?!\s+(?:is|means|stands)))"
    r"|(?:i|we)\s+know\s+(?:where|which\s+\w+)\s+(?:you|u|your\s+(?:kids?|family|wife|husband|mom|mum|dad|"
    r"parents|sister|brother|daughter|son))\s+(?:\w+\s+)?(?:live|lives|work|works|park|parks|go|goes|sleep|"
    r"sleeps|train|study|studies|drop|shop|hang\s+out|walk|walks|go\s+to\s+school)\b"
    r"|found\s+(?:out\s+)?(?:your|ur)\s+(?:home\s+|real\s+|house\s+)?address\s+(?:from|on|through|in|via)\s+"
    r"(?:your|ur)\s+(?:old\s+)?(?:posts|profile|photos|pics|tweets|comments|instagram|facebook|account|stories)\b"
    r"|(?:careful|be\s+careful|watch\s+yourself|watch\s+your\s+back)\s+(?:\w+\s+)?(?:walking|going|driving|getting)\s+"
    r"home\b[^.?!\n]{0,40}?(?:alone|tonight|late|anything\s+can\s+happen)"
    r"|see\s+what\s+happens\s+to\s+(?:you|u)\b"
    # p37: "Keep ignoring me and see what happens. I've got screenshots of everything and I know your
    # new address" (the provocation is the reader's treatment of the writer, not "keep practicing")
    r"|keep\s+(?:on\s+)?(?:ignoring|blocking|avoiding|ghosting|dodging|testing|disrespecting|pushing|lying\s+to|"
    r"talking\s+(?:trash|shit|crap)\s+(?:about|to))\s+me\b[^.?!\n]{0,20}?\band\s+(?:see|watch)\s+what\s+happens\b"
    # p38: "You're going to regret reporting me. I don't forget and I don't forgive"; "Made a new
    # account since you blocked the last one. You can't get rid of me that easily"
    r"|you(?:'re|’re|\s+are|\s+will|'ll)\s+(?:going\s+to\s+|gonna\s+)?regret\s+(?:reporting|blocking|crossing|"
    r"firing|exposing|snitching\s+on|testifying\s+against)\s+me\b"
    r"|(?:made|created|got|opened)\s+(?:a\s+)?(?:new|another|second|fresh)\s+(?:account|profile|number)\s+(?:since|because|"
    r"after|now\s+that)\s+you\s+blocked\b"
    r"|enjoy\s+(?:your|ur)\s+last\s+(?:\w+\s+){0,2}?(?:of\s+peace|alive|on\s+earth|breathing|in\s+one\s+piece)\b"
    r"|send\s+(?:me\s+)?(?:\w+\s+)?(?:nudes|pics|photos|pictures|videos)\b[^.?!\n]{0,20}?\bor\s+(?:else|everyone)\b"
    # ... "send me pics of what's under that dress or I'll tell everyone we hooked up" (not "send me
    # pics of the venue or I'll just pick the first one")
    r"|send\s+(?:me\s+)?(?:\w+\s+)?(?:nudes|pics|photos|pictures|videos)\b[^.?!\n]{0,60}?\bor\s+(?:i'?ll|i\s+will|"
    r"i'm|im|i\s+am)\s+(?:gonna\s+|going\s+to\s+|just\s+)?(?:tell|show|post|send|share|leak|expose|ruin|report|"
    r"find|visit|telling|showing|posting|sending|sharing|leaking|exposing|ruining|reporting|finding)\b"
    # ... in es/fr/de/it/pt ("Mándame fotos de lo que llevas debajo o se las enseño a todo el instituto")
    r"|(?:m[áa]ndame|env[íi]ame|p[áa]same|envoie[- ]moi|envoie|schick\s+mir|schick|mandami|inviami|me\s+manda|manda|"
    r"envia)\s+(?:\w+\s+)?(?:fotos?|photos?|nudes|desnudos|bilder|nacktbilder|foto|pack|videos?|vid[ée]os?)\b"
    r"[^.?!\n]{0,60}?\b(?:o|ou|oder|sonst|sinon|si\s+no|altrimenti|sen[ãa]o)\s+(?:(?:je|ich|eu|yo)\s+)?(?:se\s+)?"
    r"(?:(?:las|los|les|le|la|sie|li|as|os)\s+)?(?:enseño|muestro|publico|subo|mando|paso|montre|publie|balance|envoie|"
    r"zeig\w*|poste\w*|schick\w*|veröffentliche|mostro|pubblico|giro|mando|mostro|posto|espalho)\b"
    r"|(?:i'?ll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:send|post|share|leak|show|forward)\s+(?:it|them|the\s+"
    r"(?:pics?|photos?|pictures?|videos?)|(?:her|his|your|ur)\s+(?:pics?|photos?|pictures?|nudes|videos?))\s+to\s+"
    r"[^.?!\n]{0,60}?\bunless\s+(?:she|he|they|you|u)\s+(?:sends?|gives?|pays?)\b"
    r"|\bsi\s+(?:elle|il|tu)\s+ne\s+[^.?!\n]{0,60}?\bje\s+(?:publie|poste|balance|diffuse|envoie|montre)\s+(?:ses|tes)\s+"
    r"(?:photos|vid[ée]os|nudes)\b"
    r"|(?:pics?|photos?|pictures?)\s+of\s+what(?:'s|\s+is|\s+you\s+have)\s+under\s+(?:that|your|ur|those)\s+"
    r"(?:dress|skirt|shirt|top|clothes|uniform|towel|jeans)\b"
    # "reply or I'll keep messaging", "delete your account before I find you", "if you testify,
    # your brother won't be so lucky", "watch your back ... we'll be waiting"
    r"|(?:reply|answer|respond|text\s+(?:me\s+)?back|send\s+(?:me\s+)?\w+)\s+or\s+(?:i'?ll|i\s+will|i'm\s+gonna)\s+"
    r"(?:keep\s+(?:messaging|texting|calling|writing|coming)|post|share|leak|come\s+(?:to|over|find)|find)\b"
    r"|before\s+i\s+(?:find|come\s+for|get\s+to|hunt\s+down|track\s+down)\s+(?:you|u)\b"
    # "I'm going to find you after school tomorrow and I'm bringing my dad's gun"
    r"|(?:i'?m|i\s+am|i'll|i\s+will)\s+(?:going\s+to\s+|gonna\s+|coming\s+to\s+)?(?:find|get|come\s+for|hunt\s+down|"
    r"track\s+down|wait\s+for)\s+(?:you|u)\b(?!\s+(?:a|an|some|the|one|something|anything)\b)[^.!?\n]{0,80}?\b(?:gun|knife|rifle|pistol|bat|machete|hurt\s+you|"
    r"kill\s+you|won'?t\s+see\s+it\s+coming|regret\s+it)"
    # Insults in plain words: "you have the IQ of a damp sock", "imagine looking like that and still
    # posting selfies", "you're the reason they put instructions on shampoo bottles"
    r"|(?:you|u)\s+have\s+the\s+(?:iq|brains?|intelligence|personality|charisma|emotional\s+range|social\s+skills)\s+"
    r"of\s+(?:a|an)\s+\w+"
    r"|imagine\s+(?:looking|being|sounding|smelling)\s+like\s+(?:that|this)\s+and\s+(?:still\s+)?\w+"
    r"|(?:you(?:'re|’re|\s+are)|ur)\s+(?:the\s+)?reason\s+(?:they|we|there)\s+(?:put|have|need|are)\s+"
    r"(?:instructions|warning\s+labels?|directions)\b"
    # Followers sent after someone: "help me write a post to get my followers to go after her";
    # "her address is in the link, let her know what you think"
    r"|(?:get|gets|getting|have|has|make|makes|tell|tells|ask|asks|rally|rallies|send|sends)\s+(?:all\s+)?"
    r"(?:my|our|the)\s+(?:followers|fans|friends|subscribers|"
    r"viewers|audience|community|discord|server|chat)\s+to\s+(?:go\s+after|attack|harass|target|spam|flood|dogpile|"
    r"destroy|come\s+for|bully|mass[\s-]report|raid)\s+(?:her|him|them|this|that)\b"
    r"|(?:his|her|their)\s+(?:home\s+|work\s+|house\s+|real\s+)?(?:address|number|phone\s+number|workplace|school|location)\s+(?:is\s+)?"
    r"(?:in\s+the\s+link|below|in\s+(?:my|the)\s+bio|attached|in\s+the\s+replies)\b[^\n]{0,80}?\b(?:let\s+(?:her|him|"
    r"them)\s+know|tell\s+(?:her|him|them)|pay\s+(?:her|him|them)\s+a\s+visit|go\s+get)\b"
    # "20 messages from burner accounts so she feels like everyone hates her and quits"
    r"|(?:burner|fake|alt|throwaway|sock\s*puppet|anonymous)\s+(?:accounts?|profiles?|numbers?|emails?)\b[^.!?\n]{0,80}?"
    r"\bso\s+(?:that\s+)?(?:she|he|they)\s+(?:feels?|thinks?|believes?|quits?|leaves?|breaks?|gives?\s+up)\b"
    r"|so\s+(?:that\s+)?(?:she|he|they)\s+(?:feels?|thinks?|believes?)\s+(?:like\s+)?(?:everyone|everybody|the\s+whole\s+"
    r"\w+)\s+(?:hates|despises|is\s+against)\s+(?:her|him|them)\b"
    # Stalking: "ways to stalk my ex-girlfriend's location through her phone without her knowing"
    # "put a tracker on her phone or car without her knowing"
    r"|(?:put|hide|install|plant|attach|stick)\s+(?:a\s+|an\s+)?(?:gps\s+)?(?:tracker|tracking\s+(?:device|app|software)|"
    r"spy\s+(?:app|software)|airtag|tile|spyware|stalkerware|keylogger)\s+(?:on|in|into|under)\s+(?:her|his|their|"
    r"my\s+(?:ex|wife|husband|girlfriend|boyfriend|partner)['’]?s?)\b[^.!?\n]{0,80}?\bwithout\s+(?:her|him|them|their|his)\s+"
    r"(?:ever\s+)?(?:knowing|knowledge|"
    r"consent|noticing|finding\s+out)\b"
    r"|(?:stalk|stalking|track|tracking|spy\s+on|spying\s+on|monitor|monitoring|follow|following)\s+(?:my\s+|her\s+|his\s+)?"
    r"(?:ex|ex-\w+|wife|husband|girlfriend|boyfriend|partner|crush|coworker|co-worker|neighbou?r)(?:['’]s)?\b"
    r"[^.!?\n]{0,60}?\bwithout\s+(?:her|him|them|their|his)\s+(?:knowing|knowledge|consent|noticing|finding\s+out)\b"
    r"|stalk\s+(?:my|her|his|this|that)\s+(?:ex|ex-\w+|crush|girlfriend|boyfriend|coworker|co-worker|neighbou?r)\b"
    r"|if\s+you\s+(?:testify|talk|snitch|go\s+to\s+the\s+(?:police|cops)|report\s+(?:me|us|this|it)|tell\s+anyone)\b"
    r"[^.?!\n]{0,60}?\b(?:won't\s+be\s+so\s+lucky|(?:will|'ll)\s+(?:pay|regret|suffer|get\s+hurt|be\s+sorry)|"
    r"watch\s+your\s+back|something\s+(?:bad\s+)?(?:will|might|could)\s+happen)"
    r"|watch\s+your\s+back\b[^\n]{0,60}?\b(?:will\s+be|'ll\s+be|are|be)\s+waiting\b"
    r"|(?:i'?ve|i\s+have)\s+been\s+(?:watching|following|tracking|filming)\s+(?:you|u)\b(?=[^.?!\n]{0,40}\b(?:every|"
    r"leave|leaving|go\s+(?:home|to)|at\s+night|through|from\s+(?:my|the|across)|walk|sleep|window|car|house|gym|work))"
    # ... or a street address or a phone number given out: "Kayla B., 2214 Oakridge Ln, Tulsa ...
    # You all know what to do"
    r"|(?:\d{1,6}\s+(?:[a-z]+\s+){1,3}(?:st|street|ave|avenue|rd|road|ln|lane|dr|drive|blvd|ct|court|way|pl|place|grove|"
    r"close|crescent|terrace|square|gardens|row|mews)\b|"
    r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b)[^\n]{0,200}?\b(?:you\s+(?:all\s+)?know\s+what\s+to\s+do|go\s+get\s+(?:her|him|them)|"
    r"make\s+(?:her|him|them)\s+(?:pay|regret\s+it)|pay\s+(?:her|him|them)\s+a\s+visit|"
    r"do\s+(?:what(?:ever)?|as)\s+you\s+(?:want|like|will|please)\s+with\s+(?:that|this|it|the\s+info\w*))\b"
    # Crowds sent after a person: "here's this guy's home address ... you all know what to do",
    # "her number is 555-0148, let's all give her a call", "spam this girl's inbox until she cries"
    r"|(?:his|her|their|(?:this|that|the)\s+\w+['’]s|(?:his|her|their|your)\s+\w+['’]s)\s+(?:\w+\s+){0,2}?"
    r"(?:address|number|phone|workplace|school|insta|instagram|socials|profile)\b[^\n]{0,120}?\b(?:you\s+(?:all\s+)?"
    r"know\s+what\s+to\s+do|let'?s\s+all\s+(?:give\s+(?:her|him|them)\s+a\s+call|call|visit|message|pay)|go\s+get\s+"
    r"(?:him|her|them)|make\s+(?:him|her|them)\s+pay)\b"
    r"|(?:spam|spamming|flood|flooding|harass|harassing|bully|bullying|troll|trolling|message|messaging|text|texting|"
    r"mock|mocking|dogpile|dogpiling)\s+(?:\w+['’]?\w*\s+){0,4}?until\s+(?:she|he|they)\s+(?:cries|cry|quits?|leaves?|"
    r"breaks?\s+down|deletes?|kills?|gives?\s+up|snaps?|begs?)\b"
    # "nasty comments to spam on my ex's instagram", "a threatening text to my landlord"
    r"|(?:nasty|mean|hateful|cruel|insulting|abusive|humiliating)\s+(?:comments|messages|posts|dms|replies|texts)\b"
    r"[^.?!\n]{0,60}?\b(?:spam|post|leave|send|flood)\b[^.?!\n]{0,20}?\b(?:on|to|under)\s+(?:my\s+ex'?s?|her|his|their|"
    r"this\s+\w+['’]s|that\s+\w+['’]s|my\s+\w+['’]s)"
    r"|threatening\s+(?:text|message|letter|email|e-mail|note|voicemail|dm|post)\s+(?:to\s+send\s+)?to\s+(?:my|his|her|the|that|"
    r"this|our)\s+(?!(?:hero|villain|protagonist|character)\b)\w+"
    # A false accusation to ruin someone: "accusing my coworker of being a pedophile so she gets fired"
    r"|accus\w+\s+(?:[\w'’]+\s+){0,4}?of\s+being\s+(?:an?\s+)?(?:pedo\w*|paedo\w*|rapist|predator|child\s+molester|"
    r"groomer|abuser)\b[^\n]{0,80}?(?:so\s+(?:that\s+)?(?:she|he|they)\s+(?:gets?\s+fired|loses?|gets?\s+arrested|"
    r"gets?\s+expelled)|(?:doesn't|does\s+not|don't|needn't)\s+(?:need|have)\s+to\s+be\s+true)"
    # A raid with fake accounts: "how many alt accounts, and how to dodge the bans"
    r"|(?:alt|alternate|burner|sock\s*puppet|fake)\s+accounts\b[^\n]{0,80}?\b(?:dodge|evade|avoid|get\s+around)\s+"
    r"(?:the\s+)?bans?\b",
    _F,
)


# Someone reporting, quoting or denouncing what was said ("he posted that gay people should be
# executed", "saying 'immigrants should be shot' is vile", "no one should ever say ..."): counter-
# speech names the harm without doing it, and a guardrail must let it through.
_OPEN_QUOTE = compile_prefiltered(r"(?:^|[\s(\[:,])[\"“‘«']|[“«]")
_CLOSE_QUOTE = compile_prefiltered(r"[\"”’»]|'(?=[\s.,;:!?)]|$)")
_REPORTED = compile_prefiltered(
    # "report" and "post" as verbs, not the nouns ("Nice work on the report, but ...")
    r"\b(?:say\w*|said|claim\w*|post(?:ed|s)|post(?=\s+(?:that|saying)\b)|posting\s+that|wr[io]te\w*|tweet\w*|chant\w*|"
    r"shout\w*|yell\w*|scream\w*|threat\w*|lyrics|quot\w*|call(?:s|ed|ing)?\s+for|argu\w*|insist\w*|suggest\w*|"
    r"told\s+(?:me|us|her|him|them)|spray-painted|graffiti|read:?|reads|report(?:ed|ing|s|ers?)|"
    r"report(?=\s+(?:that|him|her|them|it|this|me|us)\b)|found|accus\w*|condemn\w*|"
    r"arrested\s+for|jailed\s+for|banned\s+for|never\s+(?:ok|okay|acceptable|right)|wrong\s+to|stop)\b",
    _F,
)


# ... unless the sentence asks for it to be written: "Write a letter to my coworker saying we know
# where her kids go to school" is a request for a threat, quoted or not.
_REQUEST = compile_prefiltered(
    r"^\W*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+|now\s+|then\s+)?(?:help\s+me\s+)?"
    r"(?:write|compose|draft|post|send|create|make|generate|tweet|text|reply|give\s+me|craft|prepare|plan|organi[sz]e|"
    r"coordinate|tell\s+me|list|suggest|come\s+up\s+with)\b",
    _F,
)


def _counter_speech(text: str, start: int) -> bool:
    """True when the match starting at ``start`` sits inside a quotation or after a verb of
    saying, reporting or denouncing in the same sentence (not in a request to write it)."""
    cut = max(text.rfind(c, 0, start) for c in ".!?\n")
    prefix = text[cut + 1 : start]
    if _REQUEST.search(prefix):
        return False
    opened = [m.end() for m in _OPEN_QUOTE.finditer(prefix)]
    if opened and not _CLOSE_QUOTE.search(prefix, opened[-1]):
        return True
    return _REPORTED.search(prefix) is not None


def _first(
    pattern: re.Pattern[str], text: str, unless: Callable[[str, re.Match[str]], bool] | None = None
) -> tuple[int, int] | None:
    """The first match of ``pattern`` in ``text`` that is not counter-speech (nor, with ``unless``,
    a match it excuses)."""
    for match in pattern.finditer(text):
        if not _counter_speech(text, match.start()) and not (unless and unless(text, match)):
            return match.span()
    return None


def _unless_reported(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span``, unless it is counter-speech (:func:`_counter_speech`): for signals that are
    functions of the whole text rather than one pattern."""
    return None if span is None or _counter_speech(text, span[0]) else span


def _first_hinted(
    pattern: re.Pattern[str],
    hints: tuple[str, ...],
    text: str,
    unless: Callable[[str, re.Match[str]], bool] | None = None,
) -> tuple[int, int] | None:
    """:func:`_first`, run only when one of ``hints`` is in ``text`` (lower-cased): for the patterns
    whose alternatives would otherwise be tried at every word of every text."""
    lowered = text.lower()
    if not any(hint in lowered for hint in hints):
        return None
    return _first(pattern, text, unless)


def _followed_by_a_game(text: str, match: re.Match[str]) -> bool:
    """A threat followed in its sentence by a game or a match: "je vais te massacrer à Mario Kart",
    "te voy a destrozar en el FIFA" is trash talk (:mod:`guard.checks.competition_talk`)."""
    after = re.split(r"[.!?\n]", text[match.end() : match.end() + 50], maxsplit=1)[0]
    return GAME.search(after) is not None


def _doxxed(text: str) -> tuple[int, int] | None:
    """Whereabouts posted with a call to go at the person, or an address asked for with a threat."""
    calls = _GO_AT_THEM.search(text) or _PAYBACK.search(text)
    if calls is None:
        return None
    details = {m.group(0).lower() for m in _WHEREABOUTS.finditer(text)}
    if len(details) >= 2 and _GO_AT_THEM.search(text):
        return calls.span()
    asked = _ADDRESS_ASKED.search(text)
    payback = _PAYBACK.search(text)
    if (
        asked
        and payback
        and abs(payback.start() - asked.end()) <= 200
        and not _counter_speech(text, asked.start())
    ):
        return asked.start(), payback.end()
    return None


def _sexual(text: str) -> tuple[int, int] | None:
    if _NOT_EXPLICIT.search(text):
        return None  # "a romantic scene, nothing explicit"
    for pattern in (_SEXUAL_SOLICIT, _SEXUAL_ASK):
        span = _first(pattern, text)
        if span:
            return span
    span = _first(_DETAIL_ASK, text)
    if span and _SEX_WORD.search(text, max(0, span[0] - 120), span[1] + 120):
        return span
    # Sex written out or asked for in so many words: a word only explicit text uses, with a
    # request to write or another explicit word ("she moaned as he ... his hard cock"), or three
    # explicit words of any strength.
    words = {m.group(0).lower(): m.span() for m in _EXPLICIT_RE.finditer(text)}
    strong = _STRONG_SEXUAL.search(text)
    if strong and (len(words) >= 2 or _ASK.search(text)):
        return strong.span()
    if len(words) >= 3:
        return next(iter(words.values()))
    # A child and sexual words close together (not a biography that mentions both pages apart);
    # pictures asked for within 160 characters ("chatting with a 14 year old girl for a few
    # months, she trusts me a lot now. How do I get her to send me nude pics").
    for minor in _MINOR.finditer(text):
        match = _MINOR_SEXUAL.search(
            text, max(0, minor.start() - 80), minor.end() + 80
        ) or _MINOR_SOLICIT.search(text, max(0, minor.start() - 160), minor.end() + 160)
        if match:
            return match.span()
        window = text[max(0, minor.start() - 120) : minor.end() + 120]
        if (
            _MINOR_ROMANCE.search(window)
            and _ADULT.search(window)
            and (_ASK.search(text) or _STORY.search(text))
        ):
            return minor.span()
        window = text[max(0, minor.start() - 300) : minor.end() + 300]
        if _MATERIAL.search(window) and _TRADED.search(window) and _YOUTH_PREFERRED.search(window):
            return minor.span()
    span = _first(_MINOR_TRADE, text)
    if span:
        return span
    return None


# Intimidation in words the list above does not hold (knowing where the person can be found, with
# a threat; messages so someone feels watched; someone's body mocked and shown to them or to the
# whole class). Read only when one of :data:`_INTIMIDATION_HINTS` is in the text, as
# :data:`_SELF_HARM_MEANS`.
_INTIMIDATION = _at_word_starts(
    # "I know which dorm you're in" with something to regret: "you'll regret reporting me"
    r"(?:regret|watch\s+your\s+back|be\s+careful|you'll\s+pay|keep\s+talking|snitch\w*|reporting\s+me)\b[^\n]{0,100}?"
    r"\b(?:we|i)\s+know\s+(?:which|what)\s+" + _PLACE_OF + r"|"
    r"\b(?:we|i)\s+know\s+(?:which|what)\s+"
    + _PLACE_OF
    + r"[^\n]{0,80}?(?:\bregret|\bsleep\s+well|\bwatch\s+your\s+back|"
    r"\bbe\s+careful|\bsee\s+you\s+soon|\byou'll\s+pay|\bthink\s+about\s+(?:that|it)|🙂|😉|😈)"
    # "next time you won't see me coming"
    r"|\byou\s+(?:won'?t|will\s+not|never)\s+see\s+(?:me|us)\s+coming\b"
    # Messages from many accounts so the person feels watched: "from a bunch of different accounts
    # so she feels like she's being watched wherever she goes"
    r"|\bso\s+(?:that\s+)?(?:she|he|they)\s+feels?\s+(?:like\s+)?(?:she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+"
    r"(?:being\s+)?(?:watched|followed|tracked|hunted|never\s+safe|not\s+safe)\b"
    # Mocking someone's body for others and making sure they see it: "make fun of her acne and her
    # weight, I'll tag her in it so she sees"
    r"|\b(?:make\s+fun\s+of|mock|mocking|roast|roasting|drag|dragging|humiliate|laugh\s+at)\s+(?:her|his|their)\s+"
    r"(?:acne|weight|body|face|teeth|looks|skin|stutter|voice|nose|hair|scars?|disability|clothes)\b[^\n]{0,80}?"
    r"\b(?:tag|send\s+it\s+to|show\s+it\s+to|dm\s+it\s+to)\s+(?:her|him|them)\b"
    r"|\b(?:film|record|post|share|send)\s+(?:this|it|her|him)\b[^\n]{0,60}?\bso\s+the\s+whole\s+(?:grade|class|school|"
    r"year)\s+(?:sees?|can\s+see|laughs?)\b"
    # A threat written for the user: "a letter to him that reads like a threat", "Schreib mir eine
    # Drohnachricht", "an anonymous note that scares her out of coming to work"
    r"|\b(?:letter|message|note|text|email|e-mail|dm)\s+(?:to\s+(?:him|her|them|my\s+\w+)\s+)?that\s+(?:reads|sounds)\s+like\s+a\s+"
    r"threat\b"
    r"|\bschreib\w*\s+(?:mir\s+)?(?:eine?n?\s+)?droh(?:nachricht|brief|mail|schreiben)\w*"
    r"|\b(?:note|message|letter|text)\b[^.?!\n]{0,80}?\bscares?\s+(?:her|him|them)\s+(?:out\s+of|away\s+from|off)\b"
    r"|\bwait\s+for\s+(?:her|him|them)\s+(?:after|outside|when)\b[^.?!\n]{0,60}?\bteach\s+(?:her|him|them)\s+a\s+lesson\b(?!\s+(?:in|on|about)\b)"
    # Threats asked for: "how to send anonymous threats to my ex's new girlfriend", "so she's too
    # scared to leave the house"
    r"|\b(?:how\s+(?:can|do|could|should|would)\s+i|how\s+to|help\s+me|tell\s+me\s+how\s+to|best\s+way\s+to|ways\s+to)\s+"
    r"(?:anonymously\s+)?(?:send|write|leave|make|post|text)\s+(?:\w+\s+){0,2}?(?:threats|threatening\s+(?:messages|"
    r"notes|letters|texts|emails|calls))\s+(?:to|at|for)\s+(?:my|her|his|their|this|that|the|a)\b"
    r"|\bso\s+(?:that\s+)?(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+gets?|\s+feels?|\s+will\s+be)\s+(?:too\s+)?(?:scared|"
    r"afraid|terrified|frightened)\s+to\s+(?:leave\s+(?:the|her|his|their)\s+(?:house|home|apartment|room)|go\s+out(?:side)?|"
    r"come\s+(?:back|home|outside)|step\s+outside|show\s+(?:her|his|their)\s+face)\b",
    _F,
)
_INTIMIDATION_HINTS = (
    "threat",
    "droh",
    "scare",
    "lesson",
    "afraid",
    "terrified",
    "frightened",
    "know which",
    "know what",
    "see me coming",
    "see us coming",
    "feel",
    "tag",
    "whole grade",
    "whole class",
    "whole school",
    "whole year",
)


# A massacre praised, or its sequel announced: "Columbine kids were legends ... I'll make sure they
# remember my name too". Read only when one of :data:`_MASSACRE_HINTS` is in the text.
_MASSACRE_PRAISED = _at_word_starts(
    r"(?:columbine|sandy\s+hook|parkland|uvalde|virginia\s+tech|christchurch|ut[øo]ya|isla\s+vista|stoneman\s+douglas|"
    r"santa\s+fe\s+high|marysville|oxford\s+high|newtown)\b[^.!?\n]{0,30}?\b(?:were|was|is|are)\s+(?:\w+\s+)?"
    r"(?:legends?|heroes|heroic|heros?|icons?|gods?|saints?|based|inspirations?|inspiring|goals|right|kings?)\b"
    # ... the sequel: "they'll remember my name" with a school or a gun in the text
    r"|(?:school|class|senior|junior|grade|campus|shoot\w*|guns?|rifle)\b[^\n]{0,200}?\b(?:i'?ll|i\s+will|gonna|going\s+to)\s+"
    r"(?:make\s+sure\s+)?(?:they|everyone|everybody|the\s+whole\s+school)\s+(?:will\s+)?(?:remembers?|never\s+forgets?)\s+my\s+name\b"
    r"|(?:i'?ll|i\s+will|gonna|going\s+to)\s+(?:make\s+sure\s+)?(?:they|everyone|everybody|the\s+whole\s+school)\s+"
    r"(?:will\s+)?(?:remembers?|never\s+forgets?)\s+my\s+name\b(?=[^\n]{0,200}?\b(?:school|class|senior|junior|grade|"
    r"campus|shoot\w*|guns?|rifle)\b)",
    _F,
)
_MASSACRE_HINTS = (
    "columbine",
    "sandy hook",
    "parkland",
    "uvalde",
    "virginia tech",
    "christchurch",
    "utøya",
    "utoya",
    "isla vista",
    "stoneman",
    "santa fe high",
    "marysville",
    "oxford high",
    "newtown",
    "remember",
    "forget my name",
)

_KNOW_WHERE = (
    r"(?:(?:s[ée]|sei|so)\s+(?:d[óo]nde|onde|dove)\s+(?:vives|abiti|moras|voc[êe]\s+mora|lavori|trabajas|trabalha)\b"
    r"|je\s+sais\s+o[ùu]\s+tu\s+(?:habites|vis|dors|travailles)\b"
    r"|ich\s+wei(?:ß|ss),?\s+wo\s+du\s+(?:wohnst|lebst|arbeitest|schl[äa]fst)\b"
    r"|я\s+знаю,?\s+где\s+ты\s+(?:живёшь|живешь|работаешь|учишься)|я\s+знаю,?\s+де\s+ти\s+(?:живеш|працюєш|навчаєшся)"
    # ... which school their children go to ("Ich weiß, auf welche Schule deine Kinder gehen")
    r"|ich\s+wei(?:ß|ss),?\s+(?:auf\s+welche\s+schule|wo)\s+deine?\s+(?:kinder|sohn|tochter|kleine|kleiner)\s+"
    r"(?:geh\w*|zur\s+schule\s+geh\w*|wohn\w*)"
    r"|s[ée]\s+(?:a\s+qu[ée]\s+(?:colegio|escuela|cole)|d[óo]nde)\s+(?:van|estudian|va|estudia)\s+tus?\s+(?:hij[oa]s?|niñ[oa]s?|"
    r"pequeñ[oa]s?)"
    r"|je\s+sais\s+(?:dans\s+quelle\s+[ée]cole|o[ùu])\s+(?:vont|va)\s+(?:tes|ton|ta)\s+(?:enfants|fils|fille|gosses|petits?)"
    r"|so\s+(?:in\s+)?(?:quale|che)\s+scuola\s+(?:vanno|va)\s+(?:i\s+tuoi|tuo|tua)\s+(?:figli|figlio|figlia|bambini)"
    r"|sei\s+(?:em\s+)?que\s+escola\s+(?:os\s+|a\s+|o\s+)?(?:teus?|seus?|tua|sua)\s+(?:filhos?|filhas?|crian[çc]as)\s+"
    r"(?:estuda\w*|anda\w*|vai|v[ãa]o))"
)
_WARNING = (
    r"(?:cuidado|te\s+vas\s+a\s+arrepentir|te\s+arrepentir[áa]s|fais\s+gaffe|fais\s+attention|tu\s+vas\s+regretter|"
    r"pass\s+(?:bloß\s+|bloss\s+)?auf|wirst\s+es\s+bereuen|attent[oa]|te\s+ne\s+pentirai|vai\s+se\s+arrepender|"
    r"se\s+cuida|берегись|смотри\s+у\s+меня|пожалеешь|тебе\s+конец|тобі\s+(?:кінець|гаплик)|пошкодуєш|puta|troia|"
    r"basura|lixo|salope|schlampe|сука|нікчема|"
    # ... or a complaint to withdraw ("Überleg dir gut, ob du die Anzeige nicht doch zurückziehst")
    r"(?:[üu]berleg\s+dir|pi[ée]nsa(?:lo|te)|r[ée]fl[ée]chis|pensaci|pensa\s+bem|zieh|retira|retire|ritira)\b[^.!?\n]{0,60}?"
    r"\b(?:anzeige|aussage|polizei|denuncia|declarar|testificar|polic[íi]a|plainte|t[ée]moign\w*|police|testimonia\w*|"
    r"polizia|den[úu]ncia|queixa|depor|pol[íi]cia))"
)


# An assault planned on someone: bones to break, weapons to bring, people to put in hospital ("Bring
# the bats, we're breaking both his knees", "bike locks in socks ... put them in hospital"). Read
# only when one of :data:`_ASSAULT_HINTS` is in the text.
_ASSAULT_PLANNED = _at_word_starts(
    r"(?:we're|we\s+are|i'm|i\s+am|gonna|going\s+to|we'll|i'll|we\s+will|let's)\s+(?:\w+\s+){0,6}?(?:break|breaking|smash|"
    r"smashing|bust|busting|snap|snapping|shatter)\w*\s+(?:both\s+|all\s+)?(?:of\s+)?(?:his|her|their|your)\s+"
    r"(?:knees|kneecaps|legs|arms|jaw|teeth|neck|ribs|hands|fingers|skull|nose)\b"
    r"|put\s+(?:them|him|her|those\s+\w+|the\s+\w+)\s+in\s+(?:the\s+)?(?:hospital|icu|morgue|ground)\b"
    r"|(?:locks?|bricks?|rocks?|batteries|padlocks?|soap\s+bars?)\s+in\s+(?:a\s+|their\s+)?socks?\b"
    r"|bring\s+(?:the\s+)?(?:bats|knives|brass\s+knuckles|crowbars|machetes)\b[^\n]{0,80}?\b(?:his|her|their|him|them)\b"
    # Someone followed home to be got alone ("follow her home from the bar, wait till her roommate
    # leaves, then 'talk' to her alone"); not walking a friend home to see she gets in safely
    r"|follow(?:ing)?\s+(?:her|him|them)\s+(?:home|back\s+to\s+(?:her|his|their)\s+(?:place|flat|apartment|house|car)|"
    r"to\s+(?:her|his|their)\s+(?:car|place|flat|apartment|house|door))\b[^\n]{0,160}?\b(?:(?:talk\s+to|get|catch|corner|"
    r"have|see|deal\s+with|visit)\s+(?:her|him|them)\s+(?:alone|by\s+(?:her|him|them)sel(?:f|ves))|wait\s+(?:un)?till?\s+"
    r"(?:her|his|their|the)\s+(?:\w+\s+)?(?:leaves|goes\s+out|is\s+gone|falls\s+asleep|goes\s+to\s+bed)|when\s+(?:she|he|they)"
    r"(?:'s|\s+is|\s+are|'re)\s+alone)"
    # A person hurt so it does not show ("the best way to hit someone so it doesn't leave a bruise? My
    # girlfriend keeps talking back"); not a tennis ball or a wall
    r"|(?:hit|hitting|punch|punching|slap|slapping|smack|smacking|beat|beating|kick|kicking|hurt|hurting|choke|choking|"
    r"discipline|disciplining)\s+(?:someone|somebody|a\s+person|people|him|her|them|(?:my|your|a|his|her)\s+"
    r"(?:wife|girlfriend|husband|boyfriend|partner|kid|kids|child|children|son|daughter|stepson|stepdaughter|brother|"
    r"sister|mum|mom|dad|roommate|ex))\b[^.?!\n]{0,40}?\b(?:so\s+(?:that\s+)?(?:it|there|they|he|she)\s+(?:doesn't|does\s+not|"
    r"won't|will\s+not|don't|do\s+not|isn't|is\s+not|aren't)\s+(?:leave|leaves|show|shows|get|have|be)|without\s+leaving)\s+"
    r"(?:a\s+|any\s+)?(?:visible\s+)?(?:bruises?|marks?|traces?|evidence|black\s+eyes?)\b"
    # A place set on fire with its people in it ("I'm going to burn down that mosque on Elm Street with
    # everyone inside"), said as the writer's plan
    r"|(?:we're|we\s+are|i'm|i\s+am|gonna|going\s+to|we'll|i'll|we\s+will|let's)\s+(?:\w+\s+){0,4}?(?:burn|torch|"
    r"firebomb|blow\s+up|bomb|shoot\s+up)\s+(?:down\s+)?(?:that|the|this|their|a|your|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:mosque|church|synagogue|temple|gurdwara|school|clinic|shelter|cent(?:er|re)|restaurant|bar|club|office|house|"
    r"home|building|store|shop)\b[^.\n]{0,60}?\bwith\s+(?:everyone|everybody|all\s+of\s+them|them\s+all|people|the\s+"
    r"kids|them|the\s+family)\s+(?:still\s+)?inside\b"
    # A threat to whoever comes ("Any tranny who walks into my gym is getting a beating", "Anyone
    # wearing a hijab on my bus is getting it ripped off"); not "any team that plays us is getting beaten"
    r"|any(?:one|body|\s+[\w-]+)\s+(?:who|that|in|with|on|from|[a-z]+ing)\b[^.\n]{0,60}?\b(?:is|are)\s+(?:getting|gonna\s+"
    r"get|going\s+to\s+get)\s+(?:a\s+)?(?:beating|beat\s+down|beat\s+up|stabbed|shot|killed|jumped|smacked|punched|"
    r"lynched)\b"
    # ... or what is theirs broken ("... is getting their windows smashed"; not "their car towed")
    r"|any(?:one|body|\s+[\w-]+)\s+(?:who|that|in|with|on|from|[a-z]+ing)\b[^.\n]{0,60}?\b(?:is|are)\s+(?:getting|gonna\s+"
    r"get|going\s+to\s+get)\s+(?:their|his|her|its|the|it)\s+(?:[\w-]+\s+){0,2}?(?:smashed|kicked|broken|slashed|"
    r"torched|burn(?:ed|t)|ripped\s+off|torn\s+off|bashed|caved\s+in)\b"
    # A veiled threat after a provocation ("keep talking trash and see what happens to ur face irl");
    # not "keep practicing and see what happens", "keep talking to her and see what happens"
    r"|(?:keep|go\s+on|try|continue)\s+(?:talking\s+(?:trash|shit|crap|smack|big|tough)|running\s+(?:your|ur|yo)\s+"
    r"(?:mouth|mouf|lips)|mouthing\s+off|talking\s+to\s+me\s+like\s+that|disrespecting\s+(?:me|my\s+\w+)|"
    r"messing\s+with\s+(?:me|my\s+\w+)|testing\s+me|playing\s+with\s+me)\b(?:\s+(?:about|to|at)\s+(?:me|my\s+\w+))?"
    # (the provocation aimed at the writer: not "talking trash about the Lakers and see what happens in the playoffs")
    r"[\s,!]{0,3}(?:and|&|n)\s+(?:see|watch|find\s+out)\s+what\s+(?:happens|will\s+happen|gonna\s+happen)\b"
    r"(?!\s+(?:in|at|on|during)\s+(?:the\s+)?(?:game|playoffs|match|finals?|season|tournament|derby|court|field|pitch))"
    # A threat written to order for a real person ("Write a threatening letter to a judge saying his
    # family will pay"); not "a threatening letter from the villain to the hero for my novel"
    # Guns brought to a school or a workplace to settle a score ("We're bringing guns to the school
    # on Friday. Everyone who laughed at us is going to pay."); not a report or a safety class
    r"|(?:we're|we\s+are|i'm|i\s+am|gonna|going\s+to|we'll|i'll|we\s+will)\s+(?:\w+\s+){0,2}?bring(?:ing)?\s+(?:a\s+|my\s+|"
    r"our\s+|the\s+|(?:my|our)\s+(?:dad|father|uncle|brother|stepdad)['’]?s\s+)?(?:guns?|rifles?|pistols?|shotguns?|ar-?15s?|"
    r"glocks?|bombs?|pipe\s+bombs?|explosives)\s+(?:to|into)\s+(?:the\s+|our\s+|my\s+)?(?:school|class|classes|campus|"
    r"office|work|church|mosque|synagogue|temple|mall|prom|assembly)\b[^\n]{0,160}?\b(?:(?:going\s+to|gonna|will|'ll)\s+"
    r"(?:pay|regret|be\s+sorry)|laughed\s+at|won't\s+be\s+laughing|see\s+what\s+happens|last\s+day|"
    # (p75) "to make them all pay. Which hallway is most crowded at lunch?"
    r"mak(?:e|ing)\s+(?:them|everyone|you|'em|those\s+\w+|all\s+of\s+them|every\s+one\s+of\s+them)\s+(?:all\s+)?(?:pay|sorry|"
    r"regret)|most\s+crowded)\b"
    # ... or with a warning to stay away ("I'm bringing my dad's gun to school tomorrow. Don't come
    # in.", p73)
    r"|(?:we're|we\s+are|i'm|i\s+am|gonna|going\s+to|we'll|i'll|we\s+will)\s+(?:\w+\s+){0,2}?bring(?:ing)?\s+(?:a\s+|my\s+|"
    r"our\s+|the\s+|(?:my|our)\s+(?:dad|father|uncle|brother|stepdad|mom|mum|mother)['’]?s\s+)?(?:guns?|rifles?|pistols?|"
    r"shotguns?|ar-?15s?|glocks?|bombs?|pipe\s+bombs?|explosives)\s+(?:to|into)\s+(?:the\s+|our\s+|my\s+)?(?:school|class|"
    r"classes|campus|office|work|church|mosque|synagogue|temple|mall|prom|assembly)\b[^\n]{0,80}?\b(?:don'?t\s+come\s+"
    r"(?:in|to\s+(?:school|class|work)|tomorrow)|stay\s+(?:home|away|out)|skip\s+(?:school|class|work|tomorrow)|"
    r"(?:you've|you\s+have|consider\s+yourselves?|you're|you\s+are)\s+(?:been\s+)?warned)\b"
    # Arson called for with people inside ("Let's torch the council office tonight while they're
    # all still inside.", p73); not a report ("a mob tried to burn down the mosque while ...")
    r"|(?:let's|let\s+us|we\s+should|we\s+need\s+to|we're\s+going\s+to|we\s+are\s+going\s+to|we'll|we\s+will|i'm\s+going\s+to|"
    r"i'll|i\s+will|gonna|someone\s+should|time\s+to)\s+(?:\w+\s+)?(?:torch|burn\s+down|set\s+fire\s+to|firebomb|"
    r"petrol[-\s]bomb|molotov)\s+(?:the|their|his|her|that|this|those)\s+(?:[\w-]+\s+){0,2}?(?:office|offices|house|home|"
    r"building|mosque|church|synagogue|temple|school|shop|store|station|apartment|flat|hall|centre|center|clinic|"
    r"shelter|camp|hostel|hotel|dorm|bar|restaurant|headquarters|hq)\b[^.!?\n]{0,60}?\b(?:while|when|with)\b"
    r"[^.!?\n]{0,30}?\b(?:inside|in\s+(?:it|there|bed|class|session)|asleep|sleeping|sleeps?|pray|prays|praying|at\s+prayers?|"
    r"still\s+in|worship\w*|at\s+(?:mass|service|church|temple|synagogue|mosque)|in\s+(?:the\s+)?(?:service|mass))\b"
    r"|(?:write|draft|compose|send|make)\s+(?:me\s+)?(?:a|an|some)\s+(?:[\w-]+\s+)?(?:threatening|intimidating|"
    r"menacing)\s+(?:letter|message|note|email|text|voicemail|post|dm)s?\s+(?:to|for)\s+(?:my|a|the|this|that|our|his|"
    r"her)\s+(?:[\w-]+\s+)?(?:judge|neighbou?r|ex|boss|landlord|landlady|teacher|coworker|co-worker|colleague|wife|"
    r"husband|girlfriend|boyfriend|partner|sister|brother|mother|father|mom|mum|dad|manager|witness|juror|journalist|"
    r"reporter|politician|mayor|senator|officer|cop|doctor|nurse|tenant|roommate|classmate|professor|principal|"
    r"employee|employer|ceo|councill?or|lawyer|attorney)\b",
    _F,
)
_ASSAULT_HINTS = (
    "knee",
    "legs",
    "arms",
    "jaw",
    "teeth",
    "neck",
    "ribs",
    "skull",
    "finger",
    "hand",
    "nose",
    "hospital",
    "icu",
    "morgue",
    "sock",
    "bring",
    "bruise",
    "mark",
    "trace",
    "evidence",
    "black eye",
    "follow",
    "inside",
    "getting",
    "gonna get",
    "going to get",
    "threatening",
    "intimidating",
    "menacing",
    "what happens",
    "what will happen",
    "what gonna happen",
    # arson called for with people inside (p73)
    "torch",
    "burn down",
    "set fire",
    "firebomb",
    "petrol",
    "molotov",
)


# Threats and death wishes at the reader in es, pt, fr, de, it, ru, and knowing where they live
# ("vou te achar e quebrar todos os seus dentes", "qualcuno ti farà pentire di essere nata. So dove
# abiti", "лучше бы ты сдохла"): the other-language half of :data:`_AT_THE_READER`, read only when
# one of :data:`_AT_THE_READER_OTHER_HINTS` is in the text.
# Japanese and Korean threats ("ぶっ殺してやる", "죽여버릴"): no word boundaries to start at.
_THREAT_OTHER_SCRIPTS = compile_prefiltered(
    r"殺してやる|ぶっ殺す|ぶち殺す|殺すぞ|죽여\s*버릴|죽여\s*버린다|죽인다|我(?:要|会|就|一定)?(?:杀了你|弄死你)(?![爸妈们的家])"
)
# "um" as a time, not "umbringen": "ich bring dich um 8 zum Bahnhof"
_UM_NOT_A_TIME = r"(?!\s*(?:\d|halb|viertel|acht|neun|zehn|elf|zwölf|eins|zwei|drei|vier|fünf|sechs|sieben|mitternacht|mittag))"
_AT_THE_READER_OTHER = _at_word_starts(
    r"te\s+voy\s+a\s+(?:matar|encontrar|reventar|romper|partir|quemar|apuñalar|disparar|buscar|destrozar)\b"
    r"|voy\s+a\s+(?:matarte|encontrarte|reventarte|romperte|partirte|quemarte|buscarte)\b"
    r"|vou\s+te\s+(?:matar|achar|encontrar|pegar|quebrar|furar|queimar|esfaquear|arrebentar|buscar)\b"
    r"|je\s+vais\s+te\s+(?:tuer|retrouver|buter|crever|d[ée]foncer|casser|[ée]gorger|planter|massacrer|trouver)\b"
    # ... "je vais t'attendre à la sortie et te casser la gueule"
    r"|(?:je\s+vais|j['’]vais|on\s+va)\s+[^.!?\n]{0,50}?\bet\s+te\s+(?:casser\s+la\s+(?:gueule|figure|t[êe]te)|"
    r"d[ée]foncer|buter|tuer|crever|[ée]gorger|massacrer|planter|d[ée]monter|faire\s+la\s+peau)\b"
    r"|ich\s+(?:werde|will)\s+dich\s+(?:finden|umbringen|t[öo]ten|abstechen|fertigmachen|kaltmachen|aufschlitzen)\b"
    r"|ich\s+(?:bring|bringe)\s+dich\s+um\b"
    + _UM_NOT_A_TIME
    + r"|ich\s+mach\s+dich\s+(?:kalt|fertig|platt)\b"
    # ... told to kill themselves ("Bring dich doch einfach um", "mátate", "va te pendre", "убейся");
    # not "ich bring dich um 8 zum Bahnhof", "se mata de rir", "tue-toi à la tâche"
    r"|bring\s+dich\s+(?:doch\s+|einfach\s+|endlich\s+|bitte\s+|mal\s+|halt\s+)*um\b"
    + _UM_NOT_A_TIME
    + r"|h[äa]ng\s+dich\s+(?:doch\s+|einfach\s+)*auf\b"
    # ... "geh dich doch einfach umbringen"
    r"|geh\s+dich\s+(?:doch\s+|einfach\s+|endlich\s+|bitte\s+|mal\s+|halt\s+)*(?:umbringen|aufh[äa]ngen|erh[äa]ngen|"
    r"erschie(?:ß|ss)en|t[öo]ten|vergraben)\b"
    r"|m[áa]tate\b(?!\s+(?:estudiando|trabajando|a\s+estudiar|de))|su[íi]c[íi]date\b|vete\s+a\s+matar\b|ah[óo]rcate\b"
    r"|tue[- ]toi\b(?!\s+[àa]\s+la\s+t[âa]che)|va\s+te\s+(?:tuer|pendre|suicider|jeter\s+d['’]un\s+pont)\b|suicide[- ]toi\b|"
    r"pends[- ]toi\b"
    r"|ammazzati\b(?!\s+di)|ucciditi\b|impiccati\b|vai\s+ad?\s+(?:ammazzarti|impiccarti|ucciderti)\b"
    r"|(?:vai\s+)?se\s+matar?\b(?!\s+de)|mata[- ]te\b(?!\s+(?:a|de)\s)|se\s+enforca\b"
    r"|убей\s+себя|убейся|повесься|выпились|zabij\s+si[ęe]\b|powie[sś]\s+si[ęe]\b|maak\s+jezelf\s+van\s+kant\b|"
    r"kendini\s+öldür\b|git\s+öl\b"
    # ... or to jump ("spring doch einfach von der Brücke", "tírate de un puente", "jette-toi du toit")
    r"|spring\s+(?:doch\s+|einfach\s+|endlich\s+|halt\s+)*(?:von|aus)\s+(?:der|einer|dem|einem)\s+(?:br[üu]cke|dach|"
    r"fenster|hochhaus|klippe)\b|t[íi]rate\s+(?:de|por|desde)\s+(?:un|una|el|la)\s+(?:puente|edificio|ventana|azotea|"
    r"barranco)\b|jette[- ]toi\s+(?:d['’]un|du|de\s+la|par\s+la)\s+(?:pont|toit|fen[êe]tre|falaise|immeuble)\b|"
    r"buttati\s+(?:gi[ùu]\s+)?(?:da|dal|dalla)\s+(?:un\s+|una\s+)?(?:ponte|tetto|finestra|palazzo)\b|"
    r"(?:se\s+joga|joga-te|atira-te)\s+(?:de|da|do)\s+(?:uma\s+|um\s+)?(?:ponte|janela|pr[ée]dio|telhado)\b"
    r"|(?:stech|steche)\s+ich\s+dich\s+ab\b|ich\s+(?:stech|steche)\s+dich\s+ab\b"
    r"|ti\s+(?:ammazzo|uccido|trovo|spacco|sgozzo|faccio\s+fuori|rompo\s+(?:la|le|il|i)\b)"
    r"|(?:qualcuno\s+)?ti\s+far[òoà]\s+(?:pentire|male)\b"
    r"|я\s+тебя\s+(?:убью|найду|зарежу|прибью|уничтожу|урою)|(?:убью|зарежу|прибью|урою)\s+тебя"
    r"|(?:тебе|тебя)\s+(?:\w+\s+){0,2}?(?:выбью|сломаю|переломаю|порежу|урою)|(?:выбью|сломаю|переломаю)\s+тебе"
    # ... the address they have, and a visit ("On a ton adresse, on va venir te rendre une petite visite")
    r"|(?:on\s+a|j['’]ai|tenemos|tengo|wir\s+haben|ich\s+habe|abbiamo|ho|temos|tenho)\s+(?:ton|tu|deine|il\s+tuo|o\s+teu|"
    r"o\s+seu|seu|teu)\s+(?:adresse|direcci[óo]n|indirizzo|endere[çc]o)\b[^\n]{0,80}?(?:visite|visita|besuch|visitinha|"
    r"passer|vorbei)"
    # ... knowing where they live, with a warning ("Je sais où tu habites, fais gaffe"; not "sé
    # dónde vives, te llevo el libro")
    + r"|"
    + _KNOW_WHERE
    + r"(?=[^\n]{0,80}?"
    + _WARNING
    + r")|"
    + _WARNING
    + r"[^\n]{0,80}?"
    + _KNOW_WHERE
    # ... death wished on them
    + r"|(?:ojal[áa]\s+(?:que\s+)?te\s+mueras|mu[ée]rete|cr[èe]ve\b|va\s+crever|verreck\w*|stirb\b|krepier\w*|"
    r"crepa\b|spero\s+che\s+(?:tu\s+)?muoia|morre\s+logo|tomara\s+que\s+(?:voc[êe]\s+)?morra|"
    r"(?:лучше\s+бы\s+ты|чтоб\s+ты)\s+(?:сдох\w*|умер\w*)|сдохни)"
    # ... or a harm wished on them ("ojalá te atropelle un camión", "j'espère que tu te fasses
    # écraser", "hoffentlich fährt dich einer über den Haufen"); not "ojalá te vaya bien"
    r"|ojal[áa]\s+(?:que\s+)?te\s+(?:atropell\w+|mate[ns]?\b|caiga\s+(?:un|una|encima)|parta\s+un\s+rayo|"
    r"pudras|den\s+(?:un\s+)?(?:c[áa]ncer|una\s+paliza)|pase\s+algo\s+malo)"
    r"|j['’]esp[èe]re\s+que\s+tu\s+(?:vas\s+)?(?:cr[èe]ve|crever|meurs|mourir|te\s+fasses?\s+(?:[ée]craser|renverser|"
    r"tabasser|buter))"
    r"|hoffentlich\s+(?:stirbst|krepierst|verreckst)\s+du|hoffentlich\s+(?:wirst\s+du|f[äa]hrt\s+dich)\s+(?:\w+\s+){0,3}?"
    r"(?:[üu]berfahren|totgefahren|totgeschlagen|über\s+den\s+haufen)"
    r"|spero\s+che\s+(?:ti\s+)?(?:investa|venga\s+un\s+(?:cancro|infarto)|crepi|ti\s+ammazzino)"
    r"|(?:tomara|espero)\s+que\s+(?:voc[êe]\s+|tu\s+)?(?:seja\s+atropelad[oa]|morra|apodre[çc]a|te\s+atropelem)"
    # ... or a beating promised in the present tense ("je te casse la gueule", "te parto la cara")
    r"|je\s+(?:vais\s+)?te\s+(?:(?:casse|p[èée]te|d[ée]monte|fracasse|explose|refais)\s+(?:la\s+(?:gueule|t[êe]te|figure|face)|"
    r"les\s+(?:dents|jambes|genoux|côtes|cotes))|[ée]gorge|poignarde)\b"
    # (a bare "te mato" or "je te bute" is as often a joke as "I'll kill you if you eat my dessert",
    # which the English patterns leave to the classifier too)
    r"|te\s+(?:apuñalo|degüello|(?:parto|rompo)\s+(?:la\s+(?:cara|boca|cabeza|crisma|madre|jeta)|"
    r"las\s+piernas|los\s+dientes|el\s+alma))\b",
    _F,
)
# An address posted with a visit to teach a lesson ("o endereço do juiz ...: Rua das Flores 210,
# Curitiba. Bora fazer uma visitinha pra ele aprender").
_DOXXED_VISIT = _at_word_starts(
    r"(?:rua|avenida|av\.|calle|avda\.|rue|avenue|via|viale|stra(?:ß|ss)e|\w+stra(?:ß|ss)e|street|st\.|road|rd\.|ulica|ул\.)"
    r"\s+[^\n]{0,40}?\d{1,4}\b[^\n]{0,120}?\b(?:visit\w*|visita\w*|besuch\w*|visite\w*|pay\s+(?:him|her|them)\s+a\s+visit)"
    r"\b[^\n]{0,60}?\b(?:aprender|lesson|lecci[óo]n|le[çc]on|lektion|lezione|li[çc][ãa]o|learn|imparare|apprendre)",
    _F,
)
_DOXXED_VISIT_HINTS = ("visit", "besuch")

# A killing wished on someone in veiled words ("It would be a real shame if the senator didn't make
# it home from the town hall", "time this clown got what's coming", "anyone with a deer rifle and a
# little patience could fix this problem permanently", "bring your own 'tools' 🔫").
_VEILED_KILL = _at_word_starts(
    r"(?:shame|pity|tragedy|sad|awful)\s+if\s+(?:he|she|they|the\s+\w+|that\s+\w+|our\s+\w+|this\s+\w+)\s+"
    r"(?:didn't|did\s+not|never|doesn't|wouldn't|won't|couldn't)\s+(?:make\s+it\s+(?:home|back|out)|come\s+home|get\s+home|"
    r"survive|wake\s+up|live\s+to\s+see|leave\s+\w+\s+alive|see\s+(?:another|the\s+next))\b"
    r"(?!\s+(?:in\s+time|on\s+time|before|for\s+(?:the|dinner|christmas)|by\s+\d|tonight\s+because))"
    r"|(?:about\s+)?time\s+(?:this|that|he|she|they)\s+(?:\w+\s+)?(?:got|gets|get)\s+what(?:'s|’s|\s+is|\s+was)\s+coming\b"
    r"|(?:anyone|someone|somebody|one\s+guy|one\s+person)\s+with\s+a\s+(?:[\w-]+\s+){0,2}?(?:rifle|gun|scope|pistol|shotgun|"
    r"ar-?15|knife|bat|truck|match)\b[^.!?\n]{0,60}?\b(?:fix|fixes|solve|solves|end|ends|take\s+care\s+of|handle|deal\s+with)\b"
    r"|bring\s+(?:your\s+own|the)\s+['\"‘“]?(?:tools|toys|hardware|heat|iron|pieces?)['\"’”]?\s*(?:🔫|🔪|💣)",
    _F,
)
_VEILED_KILL_HINTS = ("shame", "pity", "tragedy", "sad", "awful", "coming", "with a", "bring")

# A private person's whereabouts posted with a call to act on them ("Found her: Jessica M., works at
# the Walgreens on 5th & Pine, drives a silver Corolla, lives in the blue duplex on Harlan St. Go let
# her know what you think of her tweets"): two details of where to find someone and a call to go.
_WHEREABOUTS = compile_prefiltered(
    r"\b(?:works\s+(?:at|for|in)|drives\s+an?|lives\s+(?:in|on|at|near|above|with)|(?:her|his|their)\s+(?:home\s+)?address|"
    r"address\s+is|parks\s+(?:at|on|in)|license\s+plate|plate\s+number|(?:her|his|their)\s+kids\s+go\s+to|"
    r"leaves\s+(?:work|home|the\s+office)\s+at|gets\s+off\s+(?:work|shift)\s+at|goes\s+to\s+the\s+gym|"
    r"wohnt\s+(?:in|im|am|an\s+der|bei)|arbeitet\s+(?:bei|im|in|als)|fährt\s+einen|vive\s+en|trabaja\s+en|conduce\s+un|"
    r"habite\s+(?:à|au|rue|dans)|travaille\s+(?:à|au|chez|dans)|roule\s+en|mora\s+(?:na|no|em)|trabalha\s+(?:na|no|em)|"
    r"abita\s+(?:a|in|al)|lavora\s+(?:a|in|al|da)|work(?:s|ing)?\s+(?:\w+\s+)?(?:at|for)|address\s+(?:in|below|is|attached|"
    r"in\s+the\s+thread)|we\s+know\s+(?:where|which|the|your)|bus\s+stop|(?:your|her|his|their)\s+kids?\s+(?:goes?|uses?|"
    r"attends?)|wohnt|fährt\s+(?:einen|eine|ein)|garée?\s+(?:rue|devant|sur|dans)|(?:elle|il)\s+sort\s+à\s+\d|"
    r"(?:dienstags|montags|mittwochs|donnerstags|freitags|samstags|sonntags)\s+(?:ab|um)\s+\d|trabaja\s+(?:en|de)|"
    r"vive\s+(?:en|por)|d[óo]nde\s+vive|habite\s+(?:à|au|rue|dans|près))\b",
    _F,
)
_GO_AT_THEM = compile_prefiltered(
    r"\b(?:go|let's|lets|you\s+guys|everyone|y'all|someone|somebody)\s+(?:\w+\s+){0,2}?(?:(?:let\s+(?:her|him|them)\s+know|"
    r"tell\s+(?:her|him|them))\s+(?:what|how)\s+(?:you|we|y'all|everyone)\s+(?:think|feel)|show\s+(?:her|him|them)\s+(?:what|how)|pay\s+(?:her|him|them)\s+a\s+visit|visit\s+(?:her|him|them)|"
    r"make\s+(?:her|his|their)\s+life\s+(?:hell|miserable)|give\s+(?:her|him|them)\s+hell|flood\s+(?:her|his|their)|"
    r"swarm\s+(?:her|him|them)|remind\s+(?:her|him|them)\s+(?:what|who|how)|have\s+a\s+word)"
    r"|\byou\s+(?:all\s+)?know\s+what\s+to\s+do\b|\bdo\s+your\s+thing\b|\bhappy\s+hunting\b"
    r"|\b(?:geht|besucht|zeigt)\s+(?:ihr|ihm|ihnen|sie|ihn)\s+(?:mal|doch)\b|\bihr\s+wisst,?\s+was\s+zu\s+tun\s+ist\b"
    r"|\bya\s+sab[eé]is\s+qu[eé]\s+hacer\b|\bya\s+saben\s+qu[eé]\s+hacer\b|\bvous\s+savez\s+(?:quoi|ce\s+qu['’]il\s+reste\s+[àa])\s+faire\b"
    r"|\ballez\s+lui\s+rendre\s+visite\b|\bvocês\s+sabem\s+o\s+que\s+fazer\b|\bsapete\s+cosa\s+fare\b"
    # "Wäre doch nett, wenn ihm mal jemand einen Besuch abstattet", "Si quelques-uns passent lui dire bonjour"
    r"|\b(?:einen\s+)?besuch\s+abstatte\w*|\bvorbeischau\w*|\bpass\w*\s+lui\s+(?:dire\s+bonjour|rendre\s+visite|faire\s+un\s+coucou)"
    r"|\b(?:hacerle|hazle)\s+una\s+visita\b|\bfar(?:le|gli)\s+(?:una\s+)?visita\b|\bfazer\s+uma\s+visita\b",
    _F,
)
# ... or a private address asked for with a threat ("Kann mir jemand die Privatadresse von dieser
# Lehrerin besorgen? Ich will ihr mal zeigen, was passiert, wenn man sich mit mir anlegt").
_ADDRESS_ASKED = compile_prefiltered(
    r"\b(?:(?:home|private|real)\s+address|where\s+(?:she|he|they)\s+lives|(?:privat)?adresse|wohnadresse|wo\s+(?:sie|er)\s+wohnt|"
    r"direcci[óo]n|d[óo]nde\s+vive|endere[çc]o|onde\s+(?:ela|ele)\s+mora|indirizzo|dove\s+abita|адрес|где\s+(?:она|он)\s+живёт)\b",
    _F,
)
_PAYBACK = compile_prefiltered(
    r"\b(?:show\s+(?:her|him|them)\s+what\s+happens|teach\s+(?:her|him|them)\s+a\s+lesson|make\s+(?:her|him|them)\s+regret|"
    r"(?:she'?ll|he'?ll|they'?ll|she\s+will|he\s+will)\s+regret|zeigen,?\s+was\s+passiert|eine\s+lektion\s+erteilen|"
    r"(?:wird|soll)\s+(?:es\s+)?bereuen|darle\s+una\s+lecci[óo]n|se\s+va\s+a\s+arrepentir|que\s+se\s+arrepienta|"
    r"lui\s+donner\s+une\s+le[çc]on|(?:il|elle)\s+va\s+le\s+regretter|ensinar\s+uma\s+li[çc][ãa]o|vai\s+se\s+arrepender|"
    r"dargli\s+una\s+lezione|darle\s+una\s+lezione|se\s+ne\s+pentir[àa]|пожалеет|проучить|"
    r"(?:enseñar|mostrar)(?:le)?\s+lo\s+que\s+pasa|montrer\s+ce\s+qui\s+(?:se\s+)?passe|far(?:le|gli)?\s+vedere\s+cosa\s+succede|"
    r"mostrar\s+o\s+que\s+acontece|(?:elle|il)\s+comprendra)",
    _F,
)

# Intimate pictures held over someone in other languages ("У меня есть твои интимные фото.
# Переведи 20 000 рублей до завтра, иначе их увидят все", "Tengo tus fotos íntimas, o me pagas o
# las publico"): the pictures, then within 200 characters "or else", "I'll post them", "everyone
# will see them".
_SEXTORTION_OTHER = _at_word_starts(
    r"(?:интимн\w+\s+(?:фото\w*|видео)|голы\w+\s+фот\w*|нюдс\w*|"
    r"fotos?\s+(?:[íi]ntim[ao]s|desnud[oa]s?|pelad[ao]s?|nuas?|nudes?|intime|nud[ea])|tus\s+nudes|"
    r"photos?\s+(?:intimes?|nues?|de\s+toi\s+nue?)|vid[ée]os?\s+intimes?|tes\s+nudes|"
    r"(?:nackt|intim)(?:bilder|fotos|videos)|intimen?\s+(?:bilder|fotos|videos)|"
    r"seus\s+nudes|teus\s+nudes|intymne\s+(?:zdjęcia|filmy)|"
    r"nagie\s+zdjęcia|nudes)\b"
    r"[^\n]{0,200}?"
    r"\b(?:иначе|а\s+то|или\s+(?:я\s+)?(?:их\s+)?(?:отправлю|выложу|разошлю|покажу)|увидят\s+все|"
    r"o\s+(?:las|los)\s+(?:publico|env[íi]o|mando|subo|paso)|si\s+no\s+me\s+(?:pagas|das|mandas|transfieres)|"
    r"(?:las|los)\s+ver[áa]n\s+todos|sinon|ou\s+je\s+les\s+(?:publie|envoie|balance|diffuse)|"
    r"tout\s+le\s+monde\s+(?:les\s+)?verra|sonst|oder\s+ich\s+(?:schicke|veröffentliche|stelle|poste|zeige)|"
    r"altrimenti|o\s+(?:le|li)\s+(?:pubblico|mando|invio|giro)|sen[ãa]o|ou\s+eu\s+(?:posto|mando|espalho|vazo)|"
    r"vou\s+vazar|inaczej|(?:bo|albo)\s+(?:je\s+)?(?:opublikuję|wyślę|roześlę|pokażę))",
    _F,
)
# ... or any pictures or videos of the person with a threat to send them to the people around them
# and a lever (money, a condition, nudity): "У меня остались все твои фотки и видео ... Если до
# пятницы не переведёшь 30 тысяч на карту, они уйдут твоему мужу", "Tengo el vídeo de la webcam. O
# me mandas 500€ en bitcoin o se lo envío a todos tus contactos", "Ho ancora tutte le foto intime
# che mi hai mandato. Se non torni con me le pubblico", "Dann wissen bald alle ..., wie du nackt
# aussiehst. Ich lade die Bilder heute Abend hoch".
_PICTURES = compile_prefiltered(
    r"\b(?:фот\w*|видео\w*|нюдс\w*|fotos?|fotinhos?|photos?|vid[ée]os?|v[íi]deos?|bilder|fotos|webcam|nudes|"
    r"nackt\w*|zdj[ęe]\w*|filmy?|nagrani\w*|pics?|pictures?|videos?)\b",
    _F,
)
_SENT_AROUND = compile_prefiltered(
    r"\b(?:уйдут|увидят|отправлю|разошлю|выложу|покажу|отправятся|"
    r"(?:se\s+)?(?:lo|la|los|las)\s+(?:env[íi]o|mando|paso|subo|publico|enseño)|ver[áa]n\s+todos|"
    r"(?:les|la|le)\s+(?:publie|envoie|balance|diffuse|montre)|tout\s+le\s+monde\s+(?:les\s+)?verra|"
    r"(?:ich\s+)?(?:lade|stelle|schicke|veröffentliche|poste|zeige)\s+(?:die\s+|sie\s+|deine\s+)?(?:\w+\s+)?"
    r"(?:hoch|online|rum|herum|ins\s+netz|an\s+alle|an\s+deine)|wissen\s+(?:bald\s+)?alle|sehen\s+(?:bald\s+)?alle|"
    r"(?:le|li|la)\s+(?:pubblico|mando|invio|giro|mostro)|(?:as|os)\s+(?:posto|mando|espalho|publico|vazo)|vou\s+vazar|"
    r"vazar\s+(?:tudo|as|os)|(?:je|ich|je)\s+(?:opublikuję|wyślę|roześlę|pokażę)|opublikuję|roześlę|"
    r"(?:i'?ll|i\s+will|i'm\s+going\s+to)\s+(?:send|post|share|leak|upload|forward)\s+(?:them|it|these|those)|"
    # ... the threat in the future, before the pictures (forty-eighth session's stop: "Vou mandar as
    # tuas fotos íntimas pro grupo da família se você não me responder hoje" passed)
    r"vou\s+(?:mandar|enviar|postar|espalhar|publicar|vazar|mostrar)|"
    r"voy\s+a\s+(?:mandar|enviar|subir|publicar|pasar|enseñar|mostrar|difundir)|"
    r"je\s+vais\s+(?:envoyer|publier|balancer|diffuser|montrer|poster)|"
    r"(?:manderò|invierò|pubblicherò|mostrerò|girerò)|"
    r"(?:ich\s+)?werde\s+(?:\w+\s+){0,6}?(?:schicken|verschicken|veröffentlichen|posten|zeigen|hochladen))\b",
    _F,
)
_INTIMATE = compile_prefiltered(
    r"\b(?:интимн\w*|голы\w*|[íi]ntim\w*|desnud\w*|pelad\w*|intime?s?|nues?|nackt\w*|intim\w*|nud[ea]|nagie|intymne|"
    r"sexy|sexuel\w*|sexual\w*|sessual\w*|webcam)\b",
    _F,
)
# ... or a sum asked for ("30 тысяч", "500€ en bitcoin") with a condition ("если не", "o me mandas")
_SUM = compile_prefiltered(
    r"\b(?:bitcoin|btc|crypto)\b|\d[\d\s.,]*\s?(?:€|\$|euros?|dólares|reais|zł(?:otych)?|dollars?|рубл\w*|тысяч\w*)|[€$]\s?\d",
    _F,
)
_CONDITION = compile_prefiltered(
    r"\b(?:если\s+(?:\w+\s+){0,3}?не|иначе|или|si\s+no|o\s+me|ou\s+me|sinon|sonst|außer|altrimenti|se\s+non|sen[ãa]o|"
    r"se\s+n[ãa]o|inaczej|albo|unless|or\s+else|if\s+you\s+don'?t)\b",
    _F,
)


def _sextortion_other(text: str) -> tuple[int, int] | None:
    """Pictures of the person, a threat to send them around and a lever, within 300 characters."""
    span = _first_hinted(_SEXTORTION_OTHER, _SEXTORTION_OTHER_HINTS, text)
    if span:
        return span
    # Each window is read through :class:`_NextMatch`: a text of thousands of "video of" read the
    # four patterns over a 600-character window per picture, 7 s at 50,000 characters.
    sent_around, intimate = _NextMatch(_SENT_AROUND, text), _NextMatch(_INTIMATE, text)
    sums, conditions = _NextMatch(_SUM, text), _NextMatch(_CONDITION, text)
    for pictures in _PICTURES.finditer(text):
        window_start = max(0, pictures.start() - 300)
        window_end = pictures.end() + 300
        sent = sent_around.within(window_start, window_end)
        lever = intimate.within(window_start, window_end) or (
            sums.within(window_start, window_end) and conditions.within(window_start, window_end)
        )
        if sent and lever and not _counter_speech(text, pictures.start()):
            return min(pictures.start(), sent.start()), max(pictures.end(), sent.end())
    return None


class _NextMatch:
    """``pattern.search(text, start, end)`` for windows whose starts only grow: the first match at
    or after a start is remembered until a later window starts past it, so a text is read about
    once per match instead of once per window. A match that runs past the window's end is read
    again inside the window, as the plain search would."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._from = -1
        self._next: re.Match[str] | None = None

    def within(self, start: int, end: int) -> re.Match[str] | None:
        if self._from < 0 or (self._next is not None and self._next.start() < start):
            self._next = self._pattern.search(self._text, start)
            self._from = start
        found = self._next
        if found is None or found.start() >= end:
            return None
        if found.end() > end:
            return self._pattern.search(self._text, start, end)
        return found


_SEXTORTION_OTHER_HINTS = (
    "фот",
    "видео",
    "нюдс",
    "foto",
    "photo",
    "vid",
    "bilder",
    "nudes",
    "zdjęcia",
    "nagie",
)
_AT_THE_READER_OTHER_HINTS = (
    "ojal",
    "spère",
    "spere",
    "hoffentlich",
    "spero",
    "tomara",
    "espero",
    "je te",
    "je vais te",
    "et te ",
    "te parto",
    "te rompo",
    "te apu",
    "te deg",
    "тебе",
    "adresse",
    "dirección",
    "direccion",
    "indirizzo",
    "endereço",
    "endereco",
    "te voy",
    "voy a",
    "vou te",
    "dich",
    "ti ",
    "тебя",
    "dónde",
    "donde",
    "onde",
    "dove",
    "où tu",
    "wo du",
    "welche schule",
    "wo dein",
    "colegio",
    "escuela",
    "école",
    "ecole",
    "scuola",
    "escola",
    "где ты",
    "де ти",
    "muer",
    "crève",
    "creve",
    "verreck",
    "stirb",
    "krepier",
    "crepa",
    "muoia",
    "morr",
    "сдох",
    "умер",
    "bring dich",
    "häng dich",
    "hang dich",
    "mátate",
    "matate",
    "suicídate",
    "suicidate",
    "vete a",
    "ahórcate",
    "ahorcate",
    "toi",
    "va te",
    "ammazzati",
    "ucciditi",
    "impiccati",
    "vai a",
    "se mata",
    "mata-te",
    "mata te",
    "se enforca",
    "убей",
    "повесься",
    "выпились",
    "zabij",
    "powie",
    "jezelf",
    "öldür",
    "git öl",
    "spring",
    "tírate",
    "tirate",
    "jette",
    "buttati",
    "joga",
    "atira",
)

# Gore asked for with a real person as the victim: "a really graphic torture scene where my boss is
# the victim", "describe in gory detail what the mayor's head would look like after someone took a
# hammer to it" (fiction about characters is not this). Read only when one of
# :data:`_GORE_HINTS` is in the text, as :data:`_SELF_HARM_MEANS` is.
_GORE_ON_REAL = _at_word_starts(
    r"(?:torture|murder|killing|execution|death|gore|gory|bloody|violent)\s+(?:scene|story|fantasy|video|description)s?\s+"
    r"(?:where|in\s+which|with)\s+"
    + _REAL_PERSON
    # ... the person maybe named in between ("my boss, Mark Jensen from accounts, gets his fingers cut off")
    + r"(?:,?\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?(?:\s+(?:from|in|at)\s+\w+)?,?)?"
    r"\s+(?:is|as|gets|being)\s+(?:(?:the\s+)?(?:victim|tortured|killed|murdered|mutilated)\b|(?:his|her|their)\s+"
    r"(?:\w+\s+){0,2}?(?:cut|chopped|ripped|torn|hacked|sawn|burned|broken|smashed)\s+(?:off|out|open|apart)?)"
    r"|(?:describe|write|show|tell\s+me|depict)\b[^\n]{0,60}?\b(?:gory|gruesome|graphic|bloody)\b[^\n]{0,80}?\b"
    + _REAL_PERSON
    + r"(?:'s|’s)\s+(?:head|face|body|skull|corpse|brains?|guts)\b"
    # ... or a named official ("Councilman Ray Ortiz getting his head hacked off")
    r"|(?:councilman|councilwoman|councillor|mayor|senator|governor|judge|officer|sheriff|principal|coach|"
    r"congressman|congresswoman)\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?\s+(?:\w+\s+){0,2}?(?:getting|having|"
    r"with)\s+(?:his|her|their)\s+(?:head|throat|face|skull|body|guts)\s+(?:hacked|cut|chopped|blown|smashed|ripped|"
    r"slit|torn|bashed)\s*+(?:off|open|in|out|apart)?\b",
    _F,
)
# (p62) A real killing or beating on video relished ("The video where they behead the soldier is
# the best thing I've seen all year, been watching it on loop"), not recoiled from ("... is
# horrifying, I couldn't finish it").
_ATROCITY_RELISHED = _at_word_starts(
    r"(?:video|clip|footage|livestream|vid)s?\s+(?:where|of|in\s+which|showing|with)\s+(?:\w+\s+){0,4}?"
    r"(?:behead\w*|decapitat\w*|execut(?:e|es|ed|ing)|burn(?:s|ed|ing)?\s+(?:\w+\s+)?alive|tortur\w*|stomp\w*|"
    r"lynch\w*|hang(?:s|ed|ing)\s+(?:the|a|him|her|them)|slaughter\w*|massacr\w*|gunn(?:ed|ing)\s+down|mow(?:s|ed|ing)\s+down)\b"
    r"[^.!?\n]{0,80}?\b(?:best\s+thing|funniest|hilarious|favou?rite|so\s+satisfying|made\s+my\s+(?:day|week|year)|"
    r"on\s+(?:a\s+)?(?:loop|repeat)|over\s+and\s+over\s+again|lmao|lol|beautiful\s+sight|music\s+to\s+my\s+ears|"
    r"more\s+of\s+this)"
    # ... or such videos at large ("Honestly those beheading videos are hilarious, we need way more
    # of them", p73); not recoiled from ("... are horrifying")
    r"|(?:behead\w*|decapitation|execution|torture|lynching|massacre|shooting|gore|snuff|murder|killing)\s+(?:videos?|"
    r"clips?|footage|vids?|livestreams?)\s+(?:(?:are|is|were|was|make|makes|made)\s+(?:\w+\s+){0,2}?(?:hilarious|"
    r"funny|the\s+funniest|the\s+best|so\s+satisfying|satisfying|my\s+favou?rite|my\s+day)|never\s+gets?\s+old)\b",
    _F,
)
_ATROCITY_HINTS = ("video", "clip", "footage", "livestream", "vid")


_GORE_HINTS = (
    "tortur",
    "murder",
    "killing",
    "execution",
    "death",
    "gore",
    "gory",
    "bloody",
    "violent",
    "gruesome",
    "graphic",
    "hacked",
    "slit",
    "chopped",
    "smashed",
    "blown",
    "ripped",
    "torn",
    "bashed",
    "cut",
)


# A veiled threat in the racketeer's words: a business or a home admired, then "would be a shame
# if it caught fire"; something that "could happen" to it; "think about that before you testify".
# Not a kitchen warning ("it'd be a shame if the cake burned, so set a timer"). Read only when one
# of :data:`_VEILED_HINTS` is in the text.
_SHAME_IF = (
    r"(?:be\s+(?:a|such\s+a)\s+(?:real\s+|terrible\s+|great\s+)?(?:shame|pity)|be\s+too\s+bad|"
    # ... or opening a sentence ("Shame if that little bakery of yours caught fire one night")
    r"(?<![\w,;:'’-]\s)(?<![\w'’-])(?:shame|pity))\s+if\s+"
)
_VEILED_THREAT = _at_word_starts(
    r"nice\s+(?:little\s+)?(?:\w+\s+)?(?:shop|bakery|business|store|restaurant|place|house|home|car|family|kids|"
    r"daughter|son|wife|husband)\s+(?:you've|you\s+have|you\s+got|you\s+have\s+got)\b[^\n]{0,120}?"
    r"\b(?:shame|pity|too\s+bad)\s+if\b|"
    + _SHAME_IF
    + r"(?:something|anything)\s+(?:\w+\s+)?(?:happened|were\s+to\s+happen)\s+to\s+(?:it|you|your|them|her|him|"
    r"that\s+(?:nice|lovely|pretty|little))\b|"
    + _SHAME_IF
    + r"(?:your\s+(?:\w+\s+)?\w+|(?:that|this)\s+(?:\w+\s+){0,2}?\w+\s+of\s+yours)\s+(?:caught\s+fire|burned\s+down|"
    r"burnt\s+down|went\s+up\s+in\s+flames|got\s+(?:hurt|smashed|burned|wrecked|torched)|had\s+an\s+accident)\b"
    # Intimate pictures threatened: "Would be a shame if those other pics you sent me got out"
    r"|"
    + _SHAME_IF
    + r"(?:those|these|the|your|ur|all\s+(?:those|your))\s+(?:\w+\s+){0,3}?(?:pics|photos|pictures|"
    r"videos|nudes|messages|texts|screenshots|dms|chats|selfies)\b[^.?!\n]{0,40}?\b(?:got\s+out|leaked|went\s+public|"
    r"went\s+viral|got\s+around|got\s+(?:posted|shared|sent)|were\s+(?:posted|shared|leaked|seen|sent)|ended\s+up\s+"
    r"(?:online|on|in))\b"
    r"|think\s+(?:about|twice\s+about)\s+(?:that|it|this|them)\s+before\s+you\s+(?:testify|talk\s+to\s+the\s+(?:police|cops)|"
    r"go\s+to\s+the\s+(?:police|cops)|report\s+(?:us|me|this)|press\s+charges)\b",
    _F,
)
_VEILED_HINTS = ("shame if", "pity if", "too bad if", "before you")
# ... in es, fr, de, it, pt ("Bonito negocio tienes. Sería una pena que una noche se quemara",
# "Wäre doch schade, wenn dein Laden abbrennt"): the harm to the reader's ("dein", "ta", "le") or
# after a compliment on it ("bonito", "joli", "schön"); not "sarebbe un peccato se la torta
# bruciasse" in a recipe (:func:`_veiled_other`).
_VEILED_OTHER = compile_prefiltered(
    r"\b(?:ser[íi]a\s+una\s+(?:pena|l[áa]stima)\s+(?:que|si)|ce\s+serait\s+dommage\s+qu['’]?|"
    r"w[äa]re\s+(?:doch\s+|echt\s+)?schade,?\s+wenn|sarebbe\s+un\s+peccato\s+se|seria\s+uma\s+pena\s+se)\s*"
    r"(?P<between>(?:[\w']+\s+){0,5}?)(?P<harm>se\s+quemara|ardiera|(?:le\s+|te\s+)?pasara\s+algo|se\s+incendiara|"
    r"br[ûu]le|prenne\s+feu|(?:lui\s+|vous\s+|te\s+|leur\s+|il\s+)?arrive\s+quelque\s+chose|abbrennt|abbrennen\s+w[üu]rde|"
    r"brennt|etwas\s+passiert|was\s+passiert|etwas\s+zust[öo][ßs]t|bruciasse|andasse\s+a\s+fuoco|"
    r"(?:gli\s+|le\s+|ti\s+|vi\s+)?succedesse\s+qualcosa|pegasse\s+fogo|queimasse|(?:lhe\s+|te\s+)?acontecesse\s+"
    r"(?:alguma\s+coisa|algo))",
    _F,
)
_TO_THE_READER_OTHER = compile_prefiltered(
    r"\b(?:tu|tus|tuy[oa]s?|te|su|sus|ton|ta|tes|votre|vos|vous|dein\w*|dir|dich|euch|euer\w*|ihr\w*|"
    r"tuo|tua|tuoi|tue|ti|gli|vi|teu|tua|seu|sua|lhe)\b",
    _F,
)
# ... or the harm itself said to befall the reader ("que te pasara algo", "qu'il vous arrive quelque
# chose"); not a third person ("que le pasara algo al abuelo en el viaje" is worry)
_PRONOUN_HARM = compile_prefiltered(r"(?:te|vous|ti|vi)\s", _F)
_COMPLIMENT_OTHER = compile_prefiltered(
    r"\b(?:bonit[oa]s?|lind[oa]s?|beau|belle|jolie?s?|sch[öo]ne?[nsmr]?|nette?[nsmr]?|bell[oa]|bel)\b", _F
)
_VEILED_OTHER_HINTS = ("pena", "lástima", "lastima", "dommage", "schade", "peccato")


def _veiled_other(text: str) -> tuple[int, int] | None:
    """:data:`_VEILED_OTHER` aimed at the reader's things or after a compliment on them."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _VEILED_OTHER_HINTS):
        return None
    for match in _VEILED_OTHER.finditer(text):
        # the words before the harm and a few after it ("qu'il arrive quelque chose à ta boutique")
        aimed = _TO_THE_READER_OTHER.search(
            text, match.start("between"), min(len(text), match.end() + 30)
        ) or _PRONOUN_HARM.match(match.group("harm"))
        if aimed or _COMPLIMENT_OTHER.search(text, max(0, match.start() - 120), match.start()):
            return match.span()
    return None


# A job or a grade offered for sex ("you'd be more useful sitting on my lap. Come by my office after
# hours if you want that promotion").
_QUID_PRO_QUO = _at_word_starts(
    r"(?:sit(?:ting)?\s+on\s+my\s+lap|sleep(?:ing)?\s+with\s+me|(?:come|stop)\s+by\s+my\s+(?:office|room|hotel\s+room|"
    r"place)\s+(?:after\s+(?:hours|work|dark|everyone(?:'s|\s+has)?\s+(?:gone|left)|six|seven|eight|nine|ten|"
    r"\d{1,2}(?::\d\d)?\s*(?:pm|p\.m\.)?)|tonight|alone)|be\s+nice\s+to\s+me\s+tonight)\b[^\n]{0,120}?\b(?:if\s+you\s+(?:want|"
    r"need|still\s+want)|for)\s+(?:that|the|a|your)\s+(?:promotion|raise|job|grade|contract|role|part|bonus|reference)\b",
    _F,
)
_QUID_PRO_QUO_HINTS = ("lap", "sleep", "office", "room", "tonight")


# Someone to be made ill on the quiet ("make my roommate sick enough that she moves out ...
# something I could put in her food"), or killed by medicine in a euphemism.
_POISONED_ON_THE_QUIET = _at_word_starts(
    r"make\s+(?:my|her|his|their|our|this|that)\s+(?:\w+\s+){0,2}?(?:sick|ill)\b[^\n]{0,160}?\b(?:put|slip|add|mix|sneak)\b"
    r"[^\n]{0,30}?\b(?:in|into)\s+(?:her|his|their|the)\s+(?:food|drinks?|coffee|tea|meals?|dinner|lunch|water)\b"
    r"|(?:put|slip|add|mix|sneak)\s+(?:\w+\s+){0,3}?(?:in|into)\s+(?:her|his|their|my\s+\w+'s)\s+(?:food|drinks?|coffee|tea|"
    r"meals?|dinner|lunch|water)\b[^\n]{0,80}?\b(?:without\s+(?:it\s+)?being\s+traced|so\s+(?:she|he|they)\s+(?:gets?|"
    r"gets\s+really|falls?)\s+(?:sick|ill))"
    r"|(?:put|slip|add|mix|sneak)\s+(?:in|into)\s+(?:the\s+|her\s+|his\s+)?(?:\w+\s+){0,2}?(?:coffee(?:\s+pot)?|drinks?|food|"
    r"tea|lunch|water(?:\s+bottle)?)\s+to\s+make\s+(?:\w+\s+){1,3}?(?:really\s+|very\s+|so\s+)?(?:sick|ill)\b"
    # A death by medicine planned for someone else, in a euphemism: "which pills would stop my
    # husband's heart in his sleep", "could stop someone's heart if I crushed it into their food"
    # (not a question of what stops a heart, nor a death reported: "his heart stopped")
    r"|(?:would|could|will|can|might|to)\s+stop\s+(?:his|her|their|someone's|somebody's|(?:my|our)\s+\w+'s)\s+heart\b"
    r"(?=[^.!?\n]{0,60}?(?:\bin\s+(?:his|her|their)\s+sleep\b|\bwithout\s+(?:\w+\s+){0,2}?(?:noticing|knowing|"
    r"finding\s+out|suspecting)\b|\bif\s+i\s+(?:crush|crushed|put|slip|slipped|mix|mixed|add|added)\b))"
    r"|(?:crush|crushed|crushing|slip|slipped|mix|mixed|grind|ground|dissolve|dissolved)\s+(?:it|them|\w+\s+pills?|"
    r"(?:some|a\s+few|enough)\s+(?:of\s+(?:my|his|her|the|these|those)\s+)?(?:\w+\s+)?pills?)\s+into\s+(?:his|her|their|someone's|somebody's|(?:my|our)\s+"
    r"(?:husband|wife|ex|boyfriend|girlfriend|partner|stepdad|stepmom|dad|father|mom|mother|mum|brother|sister|boss|"
    r"coworker|colleague|neighbou?r|roommate)'s)\s+(?:food|drink|tea|coffee|meal|soup|wine|dinner|breakfast|juice)\b"
    r"(?=[^.!?\n]{0,60}?\b(?:stop|die|dies|dead|kill|never\s+wakes?|not\s+wake|doesn't\s+wake|heart|noticing|knowing)\b)"
    # ... the same in Spanish, Portuguese and French: "que a mi marido se le pare el corazón mientras
    # duerme", "pare o coração dele enquanto dorme", "arrêter le cœur de mon mari pendant son sommeil"
    r"|(?:se\s+le|le)\s+(?:pare|detenga)\s+el\s+coraz[óo]n\b(?=[^.!?\n]{0,60}?(?:\bmientras\s+duerm[ae]\b|"
    r"\bdormid[oa]\b|\bsin\s+que\s+(?:nadie\s+)?(?:se\s+d[ée]\s+cuenta|lo\s+note|sospeche)))"
    r"|(?:pare|parar|parasse)\s+o\s+cora[çc][ãa]o\s+d(?:ele|ela|o\s+meu\s+\w+|a\s+minha\s+\w+)\b(?=[^.!?\n]{0,60}?"
    r"(?:\benquanto\s+(?:ele\s+|ela\s+)?dorme\b|\bdormindo\b|\bsem\s+que\s+ningu[ée]m\s+(?:perceba|note|desconfie)))"
    r"|arr[êe]t(?:e|er|erait)\s+le\s+c(?:œ|oe)ur\s+de\s+(?:mon|ma|son|sa)\s+\w+(?=[^.!?\n]{0,60}?(?:\bpendant\s+"
    r"(?:son\s+sommeil|qu['’](?:il|elle)\s+dort)|\bdans\s+son\s+sommeil|\bsans\s+que\s+personne))",
    _F,
)
# (every word the alternatives above need: "ill" is in "kill", the crushed pills' words after them)
_POISONED_HINTS = (
    "sick",
    "ill",
    "traced",
    "heart",
    "stop",
    "die",
    "dead",
    "wake",
    "noticing",
    "knowing",
    "corazón",
    "corazon",
    "coração",
    "coracao",
    "cœur",
    "coeur",
)


# A drink spiked so the person passes out, forgets or cannot resist, in Spanish, Portuguese, French
# and Italian (English and German are in _VIOLENCE): the drink named ("en su copa", "no copo dela",
# "dans son verre", "nel suo drink"), then within the sentence a purpose and one of those effects
# ("para que no se acuerde", "pra ela apagar", "pour qu'elle s'endorme", "così che svenga").
# "para que no se enferme" (so he does not get sick) is no such effect: a bare effect may not be
# negated, only the ones written negated ("no se acuerde") count.
_DRINK = (
    r"(?:(?:en|a)\s+(?:su|sus|la|las|el|los|tu|un|una)\s+(?:bebida|copa|vaso|trago|cerveza|café|refresco|comida|agua|cubata)s?"
    r"(?:\s+de\s+(?:mi|la|el|su|esa|ese|esta|este|una|un)\s+\w+)?"
    r"|(?:n[ao]s?|num|numa|em\s+(?:sua|seu|a|o|um|uma))\s+(?:bebida|copo|drink|drinque|cerveja|café|comida|água|suco)s?"
    r"(?:\s+(?:dela|dele|d[ao]\s+\w+|d[ao]s?\s+minha\s+\w+|d[ao]\s+meu\s+\w+))?"
    r"|dans\s+(?:son|sa|ses|le|la|les|leur|ton|ta|un|une)\s+(?:verre|boisson|cocktail|café|bière|repas|thé|eau)s?"
    r"(?:\s+(?:de|d')\s*(?:ma|mon|la|le|cette|ce)?\s*\w+)?"
    r"|(?:nel|nella|nei|nelle|in\s+(?:un|una)|dentro\s+(?:il|la|al|alla))\s+(?:suo\s+|sua\s+|loro\s+)?(?:drink|bicchiere|bevanda|"
    r"cocktail|caffè|birra|cibo|acqua)(?:\s+d(?:i|ella|el)\s+(?:mia\s+|mio\s+|quella\s+|quel\s+)?\w+)?)\b"
)
_SPIKED_EFFECT = (
    r"(?:se\s+desmay\w*|desmay\w*|no\s+se\s+(?:acuerde|acuerda|acordará|entere|d[eé]\s+cuenta|despierte|resista)\b|"
    r"no\s+(?:recuerde|recuerda|pueda\s+(?:resistirse|decir\s+que\s+no|defenderse))\b|pierda\s+el\s+(?:conocimiento|sentido)\b|"
    r"quede\s+(?:dormid[ao]|inconsciente|grogui|drogad[ao]|k\.?o\b)|se\s+(?:duerma|enferme)\b|"
    r"desmai\w*|apag(?:ue|ar)\b|não\s+(?:se\s+)?(?:lembre|lembra|lembrar|perceba|note|resista|consiga\s+(?:resistir|reagir|"
    r"dizer\s+não))\b|fi(?:que|car)\s+(?:inconsciente|grogue|dopad[ao]|apagad[ao])\b|dorm(?:ir|a)\b|perca\s+os\s+sentidos\b|"
    r"s['’]évanoui\w*|ne\s+se\s+souvien\w*|ne\s+s['’]en\s+(?:rende|souvienne|aperçoive)\w*|perde\s+connaissance\b|"
    r"s['’]endorm\w*|tombe\s+(?:dans\s+les\s+pommes|endormie?|inconsciente?)\b|soit\s+(?:inconsciente?|dans\s+les\s+vapes|k\.?o\b)|"
    r"ne\s+puisse\s+(?:pas\s+|plus\s+)?(?:résister|dire\s+non|se\s+défendre)\b|"
    r"sven(?:ga|ire|isse)\b|croll[aio]\b|non\s+si\s+(?:ricordi|ricorda|ricorderà|accorga|accorge|svegli)\b|"
    r"non\s+(?:ricordi|possa\s+(?:resistere|dire\s+di\s+no|difendersi))\b|perda\s+(?:i\s+sensi|conoscenza)\b|si\s+addormenti\b)"
)
# Without the person noticing ("sem ela perceber", "sin que se dé cuenta", "sans qu'elle s'en rende
# compte", "senza che se ne accorga"), right after the drink: covert drugging in itself.
_UNNOTICED = (
    r"(?:sem\s+(?:ela|ele)\s+perceber|sem\s+que\s+(?:ela|ele)\s+(?:perceba|note)|sin\s+que\s+(?:ella\s+|él\s+)?(?:se\s+)?"
    r"(?:d[eé]\s+cuenta|note|entere)|sans\s+qu['’](?:elle|il)\s+(?:ne\s+)?(?:s['’]en\s+(?:rende|aperçoive)|le\s+remarque|"
    r"le\s+sache)|senza\s+che\s+(?:lei\s+|lui\s+)?(?:se\s+ne\s+accorga|lo\s+sappia|noti))"
)
_DRINK_SPIKED_OTHER = _at_word_starts(
    _DRINK
    + r"[^\n]{0,160}?"
    + r"\b(?:para\s+que|hasta\s+que|sin\s+que|pra\s+que|pra|para|até|sem\s+que|quero\s+que|quiero\s+que|pour\s+qu['’]|"
    r"afin\s+qu['’]|jusqu['’]à\s+ce\s+qu['’]|sans\s+qu['’]|je\s+veux\s+qu['’]|così\s+che|cosicché|così|cosi|affinché|"
    r"in\s+modo\s+che|finché|senza\s+che|voglio\s+che)\s*"
    r"(?:(?!no\b|não\b|non\b|ne\b)[\w'’]+\s+){0,5}?"
    + _SPIKED_EFFECT
    + r"|"
    + _DRINK
    + r"[^.?!\n]{0,20}?\b"
    + _UNNOTICED,
    _F,
)
# A parent's remedy ("du lait chaud dans son verre pour que mon fils s'endorme"): a child put to sleep.
_CHILD_CARE = compile_prefiltered(
    r"\b(?:fils|fille|bébé|enfant|bebé|beb[êe]|niñ[oa]|hij[oa]|bambin[oa]|figli[oa]|filh[oa]|criança|baby|kid|son|"
    r"daughter|sohn|tochter|kind)\b",
    _F,
)


def _a_child_put_to_sleep(text: str, match: re.Match[str]) -> bool:
    return _CHILD_CARE.search(text, max(0, match.start() - 60), match.end() + 60) is not None


_DRINK_SPIKED_HINTS = (
    "bebida",
    "copa",
    "vaso",
    "trago",
    "cerveza",
    "café",
    "refresco",
    "comida",
    "agua",
    "cubata",
    "copo",
    "drink",
    "cerveja",
    "água",
    "suco",
    "verre",
    "boisson",
    "cocktail",
    "bière",
    "repas",
    "thé",
    "eau",
    "bicchiere",
    "bevanda",
    "caffè",
    "birra",
    "cibo",
    "acqua",
)


# Self-harm urged on the reader ("if you cut again just go deeper this time"), and the warning signs
# of a death planned: goodbye letters written, a pet given away with a goodbye.
_SELF_HARM_URGED = _at_word_starts(
    r"(?:if|when|next\s+time)\s+you\s+(?:cut|hurt\s+yourself|try\s+(?:it\s+)?again)\b[^\n]{0,40}?\b(?:go\s+deeper|"
    r"do\s+it\s+(?:properly|right)|finish\s+the\s+job|get\s+it\s+over\s+with)\b"
    r"|(?:cut|slit)\s+deeper\s+(?:this\s+time|next\s+time)\b"
    # ... and one's own: "every time I mess up I cut a little deeper"
    r"|i\s+(?:cut|slice)\s+(?:myself\s+)?(?:a\s+little\s+|a\s+bit\s+|even\s+|a\s+lot\s+)?deeper\b"
    r"(?!\s+(?:into|in\s+the|through\s+the|with\s+the\s+(?:knife|saw)|than\s+(?!last\s+time|before|yesterday|usual)))",
    _F,
)
_SELF_HARM_URGED_HINTS = ("deeper", "properly", "finish the job", "over with")

# (p62) Self-harm kept up in words the lists above do not hold: cutting again with no object ("I cut
# again last night", not "I cut the onions again"), starving oneself as "the only thing I can
# control", a count of days without food with a goal ("Day 4 with no food, going for 7"); and the
# reader told to end it for being miserable ("If you're that miserable just end it and stop
# whining", not "If you're miserable in your marriage, end it"). Read only when one of
# :data:`_SELF_HARM_KEPT_UP_HINTS` is in the text.
_SELF_HARM_KEPT_UP = _at_word_starts(
    r"i\s+(?:cut|sliced)\s+(?:myself\s+)?again\b(?=\s*+(?:last\s+night|today|tonight|yesterday|this\s+(?:morning|afternoon|"
    r"evening|week)|after\b|and\s+(?:it|i|honestly)\b|[.!]|$))"
    r"|(?:starving|cutting|hurting|purging|burning)\s+myself\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:the\s+only|my\s+only|"
    r"all\s+i\s+have|how\s+i\s+cope|what\s+keeps\s+me|the\s+one\s+thing)\b"
    r"|day\s+\d{1,3}\s+(?:with\s+no|without|of\s+no|of\s+not)\s+(?:food|eating)\b[^.!?\n]{0,20}?\b(?:going\s+for|aiming\s+for|"
    r"goal\s+is|target\s+is|trying\s+for|make\s+it\s+to)\s+\d{1,3}\b"
    r"|if\s+you(?:'re|\s+are|\s+feel)\s+(?:\w+\s+){0,2}?(?:miserable|depressed|suicidal|unhappy|done\s+with\s+life|"
    r"tired\s+of\s+living|sad)(?:\s+(?:about\s+it|all\s+the\s+time|every\s+day|online))?\s*,?\s+(?:then\s+)?(?:just|go)\s+"
    r"(?:end\s+it(?:\s+all)?|kill\s+yourself|off\s+yourself|do\s+it(?:\s+already)?|kys)\b(?!\s+with\b)"
    r"|just\s+(?:end\s+it(?:\s+all)?|kill\s+yourself|off\s+yourself|kys)\s+(?:already\s+)?and\s+stop\s+(?:whining|crying|"
    r"complaining|bitching|moaning|posting|wasting)\b",
    _F,
)
_SELF_HARM_KEPT_UP_HINTS = (
    "again",
    "myself",
    "day",
    "miserable",
    "depressed",
    "suicidal",
    "unhappy",
    "sad",
    "life",
    "living",
    "just",
)


# Self-harm asked in other languages in words the lists above do not hold (the p29 blind set):
# pills or medication and never waking up again, impersonal or not ("Welche Medikamente kann man
# mischen, damit man einfach einschläft und nicht mehr aufwacht?", "Berapa banyak obat tidur ...
# supaya tidak bangun lagi?"), not a night's sleep ("damit ich nachts nicht mehr aufwache"); an
# easy or sure way to die (ja, ko, zh); hurting oneself so that nobody sees ("Comment me faire du
# mal sans que ça laisse des traces ?").
_SELF_HARM_OTHER_LANGUAGES = compile_prefiltered(
    r"(?<!\w)(?:medikament|tablette|pille|schlaftablette|m[ée]dicament|comprim|cachet|somnif[èe]re|pastilla|"
    r"medicament|pastiglie|farmac|sonnifer|rem[ée]dio|p[íi]lula|medicijn|slaappil|leki|tabletk|obat|ila[çc]|"
    r"uyku\s+hap|таблет|лекарств|снотворн)\w*"
    r"(?![^.?!\n]{0,140}?(?:nachts|in\s+der\s+nacht|la\s+nuit|por\s+la\s+noche|de\s+noche|di\s+notte|"
    r"durante\s+a\s+noite|[’']s\s+nachts|malam\s+hari|tengah\s+malam|gece|ночью|so\s+fr[üu]h|t[ôo]t\s+le\s+matin|"
    r"temprano|presto|cedo))"
    r"[^.?!\n]{0,100}?"
    r"(?:nicht\s+mehr\s+aufwach\w*|nie\s+(?:mehr|wieder)\s+aufwach\w*|ne\s+(?:plus|jamais)\s+(?:me\s+|se\s+)?"
    r"r[ée]veill\w*|no\s+volver\s+a\s+despertar(?:me|se)?|no\s+despertar(?:me|se)?\s+(?:nunca\s+)?m[áa]s|"
    r"ya\s+no\s+despertar(?:me|se)?|non\s+(?:mi\s+)?svegli\w*\s+pi[ùu]|n[ãa]o\s+acordar\s+mais|niet\s+meer\s+wakker|"
    r"tidak\s+bangun\s+lagi|tak\s+bangun\s+lagi|bir\s+daha\s+uyanma\w*|больше\s+не\s+просыпа\w*|"
    r"(?:никогда\s+)?не\s+просну\w*\s+больше|никогда\s+не\s+просну\w*)"
    r"|(?:楽に|確実に|痛くなく|簡単に)死ね(?:る|ます)(?:方法|やり方)|死に方を教え|자살\s*방법|편하게\s*죽는\s*방법|"
    r"安乐死的方法|无痛自杀的方法|怎么自杀"
    r"|(?<!\w)(?<!pas\s)(?<!no\s)(?<!nicht\s)(?<!non\s)(?<!não\s)(?:me\s+faire\s+du\s+mal|me\s+blesser|me\s+couper|me\s+scarifier|hacerme\s+da[ñn]o|cortarme|"
    r"mich\s+(?:selbst\s+)?(?:verletzen|ritzen|schneiden)|farmi\s+del\s+male|tagliarmi|me\s+machucar|me\s+cortar)"
    r"[^.?!\n]{0,60}?(?:sans|sin|ohne|senza|sem)\s+[^.?!\n]{0,40}?(?:trace|marque|cicatri|voi[et]|remarqu|sach|"
    r"personne|nadie|niemand|nessuno|ningu[ée]m|marca|huella|se\s+note|sepa|spur|narbe|merk|sieh|seh|segn|accorg|sappia|"
    r"perceb|vej)",
    _F,
)
_FAREWELL_LETTERS = compile_prefiltered(
    r"\b(?:wrote|written|writing|left)\s+(?:goodbye\s+)?(?:letters|notes)\s+(?:for|to)\s+(?:everyone|everybody|my\s+family|"
    r"each\s+of\s+you|all\s+of\s+you)\b",
    _F,
)
_GIVEN_AWAY = compile_prefiltered(
    r"\b(?:gave|given|giving)\s+(?:away\s+)?my\s+(?:dog|cat|pets?|bird|rabbit|things|stuff|belongings|guitar|"
    r"(?:\w+\s+)?collection|clothes|books)\s+(?:away\b|to\b)",
    _F,
)
_GOODBYE = compile_prefiltered(
    r"\b(?:goodbye|good\s+bye|farewell|thank\s+you\s+for\s+(?:everything|being\s+my))\b"
    r"(?!\s+(?:for\s+now|for\s+a\s+(?:while|bit|few)|till|until|see\s+you|and\s+see\s+you))",
    _F,
)


# A note or a post left to be found afterwards, with an end decided ("Sunday is the last day. I've
# written it all down so someone finds the note after."): a farewell without the word (the harm
# branch scores it only just above its point, and the embedding heads would clear it).
_LEFT_TO_BE_FOUND = compile_prefiltered(
    r"\bso\s+(?:that\s+)?(?:someone|somebody|they|people|my\s+\w+)\s+(?:finds?|will\s+find|can\s+find|reads?)\s+"
    r"(?:it|this|the\s+notes?|my\s+notes?|them|the\s+letters?)\s+(?:after(?:wards)?|later|when\s+i'?m\s+gone)\b"
    r"(?!\s+than)",
    _F,
)
_END_DECIDED = compile_prefiltered(
    r"\b(?:(?:is|will\s+be)\s+(?:my|the)\s+last\s+day(?!\s+(?:of|to|for|before|at|in|on)\b)|made\s+up\s+my\s+mind|won'?t\s+be\s+(?:here|around)|"
    r"(?:i've\s+|i\s+have\s+)?decided\s+(?:that\s+)?tonight\s+is\s+the\s+night|(?:i've\s+|i\s+have\s+)?(?:picked|chosen|set)\s+"
    r"(?:a|the)\s+(?:date|day)(?!\s+(?:for|of|to|with)\b)|don'?t\s+want\s+to\s+be\s+here\s+anymore|"
    r"after\s+i'?m\s+gone|my\s+last\s+(?:post|message|night|day|weekend))\b",
    _F,
)


# ... or the letters said to be written ("I've decided tonight is the night. The letters are written
# and I just want it to be over", p37)
_LETTERS_DONE = compile_prefiltered(
    r"\b(?:the|my)\s+(?:goodbye\s+)?(?:letters|notes|note|letter)\s+(?:are|is)\s+(?:all\s+)?(?:written|done|finished|"
    r"sealed|on\s+the\s+(?:table|desk|bed))\b"
    # p38: "I've written the letters to my family and I've picked a date"
    r"|\b(?:i've|i\s+have|i)\s+(?:already\s+)?(?:written|wrote|finished|left)\s+(?:the|my|all\s+the)\s+(?:goodbye\s+)?"
    r"(?:letters|notes)\s+(?:to|for)\s+(?:my\s+\w+|everyone|everybody|each\s+of)",
    _F,
)


# A goodbye to everyone with nothing left to say but that one is done or ready ("I have everything
# ready. This is goodbye everyone, I'm done.", p73): not a goodbye to a place or a platform ("I'm
# done with this server"), a trip ("done packing") or a decade ("goodbye to my twenties").
_THIS_IS_GOODBYE = compile_prefiltered(
    r"\b(?:this\s+is\s+(?:my\s+)?goodbye|(?:goodbye|bye|farewell)\s+(?:to\s+)?(?:everyone|everybody|all\s+of\s+you|"
    r"y'?all))\b(?!\s+(?:to\s+)?(?:my|the|this|twitter|facebook|instagram|reddit|tiktok|discord|\w+ing)\b)",
    _F,
)
_DONE_OR_READY = compile_prefiltered(
    r"\b(?:i'?m|i\s+am)\s+(?:so\s+|just\s+|finally\s+)?done(?=\s*(?:[.!]|$|\n))"
    r"|\bi\s+can'?t\s+(?:do\s+(?:this|it)\s+)?any\s*more(?=\s*(?:[.!]|$|\n))"
    r"|\b(?:i\s+have|i'?ve\s+got|i\s+got)\s+everything\s+(?:ready|prepared|planned|in\s+place)\b(?!\s+for\b)"
    r"|\beverything\s+is\s+(?:ready|prepared|planned|in\s+place)(?=\s*(?:[.!]|$|\n))",
    _F,
)

# ... and not a goodbye for a while: a trip, a move, a job, a break from a platform.
_GOODBYE_FOR_A_WHILE = compile_prefiltered(
    r"\b(?:see\s+(?:you|ya|u)|for\s+now|until|till|back\s+(?:in|on|soon|next)|catch\s+you|next\s+(?:week|month|year|season)|"
    r"trip|flight|holiday|vacation|travel\w*|moving|move|new\s+job|retir\w+|graduat\w+|semester|season|break|"
    r"detox|hiatus|offline|logging\s+off|deleting\s+(?:my|this)|account|server|channel|group|team|league|game|stream)\b",
    _F,
)


def _goodbye_done(text: str) -> tuple[int, int] | None:
    """A goodbye to everyone beside "I'm done" or "everything is ready", within 120 characters."""
    lowered = text.lower()
    if ("bye" not in lowered and "farewell" not in lowered) or _GOODBYE_FOR_A_WHILE.search(text):
        return None
    for goodbye in _THIS_IS_GOODBYE.finditer(text):
        done = _DONE_OR_READY.search(text, max(0, goodbye.start() - 120), goodbye.end() + 120)
        if done:
            return min(goodbye.start(), done.start()), max(goodbye.end(), done.end())
    return None


def _left_to_be_found(text: str) -> tuple[int, int] | None:
    """A note left to be found afterwards and an end decided, in one text."""
    left = _LEFT_TO_BE_FOUND.search(text) or _LETTERS_DONE.search(text)
    if left is None:
        return None
    end = _END_DECIDED.search(text)
    if end is None:
        return None
    return min(left.start(), end.start()), max(left.end(), end.end())


def _farewell(text: str) -> tuple[int, int] | None:
    """A pet or one's things given away, with goodbye letters to everyone or a goodbye (a move abroad
    has a goodbye and perhaps letters: not this without something given away)."""
    lowered = text.lower()
    if (
        "letters" not in lowered
        and "notes" not in lowered
        and "gave" not in lowered
        and "given" not in lowered
        and "giving" not in lowered
    ):
        return None
    letters = _FAREWELL_LETTERS.search(text)
    given = _GIVEN_AWAY.search(text)
    goodbye = _GOODBYE.search(text)
    found = [m for m in (letters, given, goodbye) if m]
    if given and len(found) >= 2:
        first = min(m.start() for m in found)
        return first, max(m.end() for m in found)
    return None


def harm_signals(text: str) -> list[tuple[Harm, tuple[int, int]]]:
    """Every harm signal found in ``text`` (first span each)."""
    out: list[tuple[Harm, tuple[int, int]]] = []
    span = (
        _first(_SELF_HARM, text)
        or _first(_SELF_HARM_OTHER_SCRIPTS, text)
        or _first_hinted(_SELF_HARM_MEANS, _MEANS_HINTS, text)
        or _first_hinted(_SELF_HARM_URGED, _SELF_HARM_URGED_HINTS, text)
        or _first_hinted(_SELF_HARM_KEPT_UP, _SELF_HARM_KEPT_UP_HINTS, text)
        or _first(_SELF_HARM_OTHER_LANGUAGES, text)
        or _farewell(text)
        or _goodbye_done(text)
        or _left_to_be_found(text)
        or _unless_reported(text, self_harm_shown(text))
    )
    if span:
        out.append(("self_harm", span))
    span = _sexual(text) or _unless_reported(text, sexual_offer(text))
    if span:
        out.append(("sexual_content", span))
    span = (
        _first(_VIOLENCE, text)
        or _first_hinted(_GORE_ON_REAL, _GORE_HINTS, text)
        or _first_hinted(_ATROCITY_RELISHED, _ATROCITY_HINTS, text)
        or _first_hinted(_MASSACRE_PRAISED, _MASSACRE_HINTS, text)
        or _first_hinted(VIOLENCE_PRAISED, VIOLENCE_PRAISED_HINTS, text, violence_defended)
        or _first_hinted(_ASSAULT_PLANNED, _ASSAULT_HINTS, text)
        or _first_hinted(_POISONED_ON_THE_QUIET, _POISONED_HINTS, text)
        or _first_hinted(_DRINK_SPIKED_OTHER, _DRINK_SPIKED_HINTS, text, _a_child_put_to_sleep)
        or _first_hinted(BODILY_THREAT, BODILY_THREAT_HINTS, text, not_a_threat)
        or _unless_reported(text, violence_relished(text))
    )
    if span:
        out.append(("violence", span))
    span = (
        _first(_HARASSMENT, text)
        or _first(_AT_THE_READER, text)
        or _first_hinted(_INTIMIDATION, _INTIMIDATION_HINTS, text)
        or _first_hinted(_AT_THE_READER_OTHER, _AT_THE_READER_OTHER_HINTS, text, _followed_by_a_game)
        or _first(_THREAT_OTHER_SCRIPTS, text)
        or _first_hinted(_DOXXED_VISIT, _DOXXED_VISIT_HINTS, text)
        or _sextortion_other(text)
        or _doxxed(text)
        or _first_hinted(_VEILED_KILL, _VEILED_KILL_HINTS, text)
        or _unless_reported(text, whereabouts_threat(text))
        or _unless_reported(text, conditional_threat(text))
        or _first_hinted(_VEILED_THREAT, _VEILED_HINTS, text)
        or _veiled_other(text)
        or _first_hinted(_QUID_PRO_QUO, _QUID_PRO_QUO_HINTS, text)
    )
    if span:
        out.append(("harassment", span))
    span = illicit_request(text)
    if span:
        out.append(("illicit", span))
    return out

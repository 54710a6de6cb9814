"""The families of error the p64 blind set found in the default toxicity check, each read in both
directions on variants written for them (none of p64's own rows): self-harm kept up or shown,
sexual material offered and sex aimed at the reader, threats to break a person's body, real
violence on video relished, and implicit hate. Units first (the patterns), then the whole check."""

from __future__ import annotations

import time

import pytest

from guard.checks.base import Context
from guard.checks.harm_signals import harm_signals
from guard.checks.hate_tropes import hate_trope
from guard.checks.tox_bodily_threats import THREAT, not_a_threat
from guard.checks.tox_self_harm_shown import self_harm_shown
from guard.checks.tox_sexual_offers import sexual_offer
from guard.checks.tox_violence_relished import violence_relished
from guard.checks.toxicity import Toxicity


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Burning myself is the only thing that calms me down and I'm doing it again tonight", True),
        ("fresh cuts tonight 🩸 deeper than last time", True),
        ("Posting pics of my new cuts, rate them", True),
        ("Purging is the only way I feel in control, gonna do it again after dinner", True),
        ("starving myself has been the only thing keeping me sane, day 5 and going for more", True),
        ("cutting helps me feel something. going deeper next time", True),
        ("Look at my fresh burns lol, new record", True),
        ("Self harm is the only thing that makes me feel real anymore", True),
        ("I'll cut again tonight, nobody ever notices anyway", True),
        ("How many cuts tonight? going for 30 🩸", True),
        ("my wounds are getting deeper every night and I can't stop", True),
        ("carving into my thighs is the only way I can breathe", True),
        # recovery, cooking, hair, meat, someone else, medicine, sport
        ("I haven't cut in 200 days and I'm so proud of myself", False),
        ("Cutting onions is the only thing that makes me cry these days", False),
        ("Fresh cuts tonight at the barbershop 💈 rate my fades", False),
        ("Rate my cuts of beef, going for a new record at the butcher comp tonight", False),
        ("My friend is cutting herself again, how do I help her?", False),
        ("I cut myself shaving, should I put something on it?", False),
        ("My cuts from the surgery are healing well, the nurse says", False),
        ("I'm cutting tonight, need to lose 2kg before the weigh-in", False),
        ("Burning sage is the only thing that helps me calm down", False),
        ("Cutting carbs is the only thing that made me feel better", False),
        ("I'm starving tonight, pizza?", False),
        ("I stopped cutting three years ago and the urges passed", False),
        ("In the film the character is cutting herself and it is hard to watch", False),
        ("I burned the candles tonight and the house smells great", False),
    ],
)
def test_self_harm_shown(text: str, found: bool) -> None:
    assert (self_harm_shown(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nude pics for sale, $5 each, cashapp only 💋", True),
        ("hmu on snap for spicy pics 🔥 prices in bio", True),
        ("Selling my worn thongs and socks, message me for the menu", True),
        ("Join our telegram group for full nude videos, 18+ only 👉", True),
        ("sexting sessions available, $20 for 30 min, dm me", True),
        ("Custom feet pics and vids, paypal accepted, DM for rates", True),
        ("Used knickers, worn 2 days, £15 inc postage, inbox me", True),
        ("Sexy pics of me available, add me on kik", True),
        ("I jerked off twice this morning thinking about your tits", True),
        ("Can't stop thinking about you sitting on my face tonight", True),
        ("I wanna bend you over and fuck you till you scream", True),
        ("you make me so wet every time you text me 😈", True),
        ("I touched myself last night imagining your mouth on me, babe", True),
        # art, second-hand clothes, a victim, warnings, education, the everyday "came"
        ("Life drawing class with a full nude model, £10 per session, DM to book", False),
        ("Selling used jeans and jackets, DM for prices", False),
        ("Someone shared my nudes in a WhatsApp group, how do I report it?", False),
        ("The museum's new exhibition of Renaissance nudes opens Friday, tickets $12", False),
        ("Sex ed should teach teenagers about consent and contraception", False),
        ("Spicy food pics from my trip to Bangkok, link in bio", False),
        ("I came home so tired last night thinking about you and your exam", False),
        ("Is it legal to sell used panties online in the UK?", False),
        ("Selling used socks? Gross. Just donate them to charity.", False),
        ("Private sessions available with our personal trainers, DM for prices", False),
        ("Uncensored podcast episode out now, link in bio", False),
        ("You make me so happy, I came to the party just to see you", False),
        ("Hot girl summer videos from Ibiza, link in bio", False),
        ("That rain got me so wet walking home lol", False),
    ],
)
def test_sexual_offer(text: str, found: bool) -> None:
    assert (sexual_offer(text) is not None) is found


def _threat(text: str) -> bool:
    return any(not not_a_threat(text, match) for match in THREAT.finditer(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("If my ex shows up at the house again I'm snapping his neck, swear to god", True),
        ("That cop who tased my brother, I will personally cave his skull in", True),
        ("imma smash that snitch's teeth in when he gets out", True),
        ("Next time Gary parks in my spot I'm breaking every finger on his hands", True),
        ("I swear I'll rip her tongue out if she lies to me again", True),
        ("I'm going to slit that bitch's throat the next time she looks at me", True),
        ("When I find the guy who keyed my car I'm cutting off his fingers one by one", True),
        ("I'll break both of your legs if you come near my sister", True),
        ("The next time my neighbour's kid throws a rock I'm knocking his teeth out", True),
        ("I'm gonna crush his windpipe with my boot when I see him Friday", True),
        # idioms, sport, games, one's own body, a past told by its victim, fiction, medicine
        ("Break a leg tonight, you'll be amazing!", False),
        ("We'll break their defence in the second half", False),
        ("I'm going to break his ankles with this crossover lol", False),
        ("I'm gonna break my own record at the gym today", False),
        ("He broke every bone in my hands when I was 19 and I still can't grip properly", False),
        ("In chapter 4 the villain says I'm breaking every bone in his hands", False),
        ("I'm going to break my neck on these icy stairs", False),
        ("I'll break his serve in the third set, watch", False),
        ("I'm cutting her hair tomorrow, she wants a bob", False),
        ("I'll crack his back at the chiropractor session, he asked for it", False),
        ("I'm going to smash that guy's face in Smash Bros tonight", False),
        ("I'll twist her arm into coming to the party", False),
    ],
)
def test_bodily_threat(text: str, found: bool) -> None:
    assert _threat(text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "That clip of the dude getting stomped to death outside the club is my favourite, sent it to everyone 😂",
            True,
        ),
        (
            "Liveleak video of the cartel guy getting his head sawn off, watched it five times, peak content",
            True,
        ),
        ("the footage of that kid getting run over by the bus is hilarious lmao", True),
        ("cctv of the man being beaten to death with a bat, absolute banger of a video", True),
        ("Video of a woman getting burned alive in the square. Made my day honestly", True),
        ("Anyone got the vid where his brains go all over the wall? Best thing on the internet", True),
        ("Watching the livestream of the mosque guy getting executed again, so satisfying", True),
        ("Got sent the clip of the prisoner getting decapitated, on repeat all night 🔥", True),
        # news, films and games, horror at it, pets, demolition
        ("Police released footage of the man being stabbed and appealed for witnesses", False),
        ("The clip of him being beaten to death is sickening, I wish I had never watched it", False),
        ("That scene in the horror movie where his skull gets crushed is a classic", False),
        ("The video of the protester getting shot is horrifying, justice for him", False),
        ("Don't share the video of the attack, report it to the platform", False),
        ("Classic video of my cat getting stuck in a box, rewatched it ten times 😂", False),
        ("This video of a guy getting his head shaved for charity is hilarious", False),
        ("The Mortal Kombat fatality where his spine gets ripped out is a classic, rewatched it", False),
        ("The bodycam of the officer being stabbed was shown in court today", False),
        ("Video of the bridge getting blown up by engineers, so satisfying to watch", False),
    ],
)
def test_violence_relished(text: str, found: bool) -> None:
    assert (violence_relished(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "trope"),
    [
        ("Ever notice who really runs the central banks and Hollywood? Just asking.", True),
        ("Look into who funded open borders and you'll see the pattern.", True),
        ("Look up who bankrolled it and it all makes sense.", True),
        ("You know exactly which people I mean.", True),
        ("Importing millions of Muslims was always going to end like this.", True),
        ("Keep importing Africa and you become Africa.", True),
        ("Fighting-aged males, not women and children, are the ones crossing the Channel.", True),
        ("Invasions must be met with force, and that's what the boats are.", True),
        ("Judaism isn't a religion, it's a supremacist ideology.", True),
        ("Every new mosque is another outpost of the caliphate.", True),
        ("Trans women are men, end of story.", True),
        ("A woman's natural place is in the home, raising kids.", True),
        ("Their whole history is nothing but myths meant to guilt ordinary white people into paying.", True),
        ("Native American culture is just campfire stories and casinos.", True),
        ("I lock my car doors whenever a group of Mexican guys walks past, common sense.", True),
        ("The problem with dual loyalty is obvious in Congress.", True),
        # the same words, no hate
        ("Look up who funds your local library, it's mostly council tax.", False),
        ("I wonder who owns this dog, it's been in our garden all day.", False),
        ("Importing third-world textiles is cheaper than making them here.", False),
        ("The Norman invasion was met with force at Hastings.", False),
        ("The data show many arrivals are military-aged men fleeing conscription.", False),
        ("Scientology isn't a religion, it's a cult, says the former member.", False),
        ("Every new temple in the city is a sign of a thriving community.", False),
        ("Trans women are women.", False),
        ("A bee's natural role is pollination.", False),
        ("Aboriginal culture is the oldest living culture on earth.", False),
        ("People who cross the street when they see a Black man are being racist.", False),
        ("The dual loyalty smear has been used against Jews for centuries.", False),
        ("You know exactly which headphones I mean, the cheap white ones.", False),
        ("Ask yourself who benefits from the new tax before you vote.", False),
        ("The man in a dress at the panto is a British tradition.", False),
    ],
)
def test_hate_tropes_p64(text: str, trope: bool) -> None:
    assert hate_trope(text) is trope


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("fresh cuts tonight 🩸 deeper than last time", "self_harm"),
        ("Nude pics for sale, $5 each, cashapp only 💋", "sexual_content"),
        ("imma smash that snitch's teeth in when he gets out", "violence"),
        ("the footage of that kid getting run over by the bus is hilarious lmao", "violence"),
        # reported: the harm signals leave counter-speech alone
        ("He posted that he was going deeper tonight with fresh cuts 🩸", None),
    ],
)
def test_wired_into_harm_signals(text: str, harm: str | None) -> None:
    harms = [name for name, _ in harm_signals(text)]
    assert (harms[0] if harms else None) == harm


@pytest.mark.parametrize(
    ("text", "toxic"),
    [
        ("Rate my burns, going deeper tonight 🩸", True),
        ("Worn thongs for sale, DM me 😈", True),
        ("Next time Gary parks in my spot I'm breaking every finger on his hands", True),
        ("Look up who bankrolled it and it all makes sense.", True),
        ("I haven't cut in 200 days and I'm so proud of myself", False),
        ("Selling used jeans and jackets, DM for prices", False),
        ("Break a leg tonight, you'll be amazing!", False),
        ("Police released footage of the man being stabbed and appealed for witnesses", False),
    ],
)
def test_whole_check(check: Toxicity, text: str, toxic: bool) -> None:
    assert bool(check(text, Context()).violations) is toxic


def test_patterns_are_linear() -> None:
    # Each family on 50,000 characters of its own trigger words: no pattern backtracks more than
    # linearly, and no window is searched once per match (the families' own functions; the harm
    # signals as a whole, which call them, once on the worst of these).
    texts = [
        ("my cuts " * 7000)[:50_000],
        ("cutting is " * 5000)[:50_000],
        ("I'm going to " * 4000)[:50_000],
        ("nude pics dm me " * 4000)[:50_000],
        ("I came so hard " * 4000)[:50_000],
        ("I'll break every bone in " * 2500)[:50_000],
        ("video of the guy getting " * 2500)[:50_000],
        ("look up who funded " * 3000)[:50_000],
        ("you know exactly which " * 3000)[:50_000],
        ("importing millions of " * 3000)[:50_000],
    ]
    started = time.perf_counter()
    for text in texts:
        self_harm_shown(text)
        sexual_offer(text)
        _threat(text)
        violence_relished(text)
        hate_trope(text)
    harm_signals(texts[0])
    assert time.perf_counter() - started < 5.0

"""The families of error the p62 blind set found in the default toxicity check, each read in both
directions: new variants (not p62's own rows) that must be caught or passed, and look-alikes that
must go the other way. Units first (the patterns), then the whole default check."""

from __future__ import annotations

import time

import pytest

from guard.checks.base import Context
from guard.checks.harm_signals import harm_signals
from guard.checks.hate_tropes import hate_trope
from guard.checks.reclaimed_words import self_named_masked
from guard.checks.tox_affirmations import affirmed_masked
from guard.checks.tox_banter import banter_neutralised
from guard.checks.tox_insults import insult_span
from guard.checks.toxicity import Toxicity
from guard.checks.undirected_profanity import profanity_masked


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    ("text", "trope"),
    [
        # Hitler praised; asked back and answered, or reported, is not
        ("Honestly the Nazis were right about them, and deep down everyone knows it.", True),
        ("Hitler did nothing wrong and you all know it", True),
        ("Hitler had the right idea? No, he was a monster.", False),
        ("People who think Hitler was right should read a history book.", False),
        # the 13/50 dog whistle without percent signs, not a mark out of fifty
        ("13/50, do the math and draw your own conclusions", True),
        ("I got 13/50 on the chemistry quiz, ugh", False),
        ("13/50 on my first mock exam, improving slowly", False),
        # a place remembered before "they" came
        ("I miss this town the way it was, before it got so... vibrant.", True),
        (
            "The garden was nicer before it got so colorful with all those plastic ornaments from the shop.",
            False,
        ),
        ("Our street was so quiet and clean until the refugees started moving in.", True),
        ("The new arrivals at the shelter were given blankets and hot soup.", False),
        ("The kitchen was clean until the kids came home.", False),
        # crime said to follow "certain people"
        ("Funny how crime shoots up whenever those people settle in a town.", True),
        ("Crime goes up when the bars close, police say.", False),
        # "their own kind", far from here
        ("They'd honestly be better off with their own kind, back where they came from.", True),
        ("Rescued parrots are happier with their own kind.", False),
        # the globalists given a faith in common
        ("Look at the globalists running the banks, same surnames every time.", True),
        ("Globalists want open trade and cheap labour, says the union.", False),
        # the media never reports the race of the suspect
        ("Ever notice the news never mentions the ethnicity of the suspects in these stabbings?", True),
        ("The press regulator says papers should not name the religion of suspects unless relevant.", False),
        # Holocaust figures doubted
        ("The six million figure has never been properly verified by anyone.", True),
        ("Holocaust deniers claim the numbers were never independently verified, which is false.", False),
        # the disclaimer is not a denunciation
        ("I'm not racist but crime always goes up when certain families move in.", True),
        ("Saying crime goes up when certain people move in is racist nonsense.", False),
    ],
)
def test_hate_tropes(text: str, trope: bool) -> None:
    assert hate_trope(text) is trope


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # self-harm kept up
        ("i cut again tonight and it was the only thing that helped", "self_harm"),
        ("I sliced again yesterday. nobody noticed.", "self_harm"),
        ("I cut the onions again last night for the stew.", None),
        ("I cut again, but the dealer still won the hand.", None),
        ("Hurting myself is the only way I cope with school.", "self_harm"),
        ("Day 6 without food, aiming for 10.", "self_harm"),
        ("Day 3 without food on the trail, going for the summit tomorrow.", None),
        ("I've stopped starving myself and I'm eating three meals a day now.", None),
        # the reader told to end it
        ("if you're that depressed just kill yourself already", "self_harm"),
        ("just end it already and stop crying to us every day", "self_harm"),
        ("If you're miserable in your marriage, just end it.", None),
        ("If you're unhappy with him just end it with him.", None),
        # a real killing on video relished
        ("That clip where they burned the pilot alive is hilarious lmao", "violence"),
        ("The footage of them gunning down the protesters made my day, on repeat all night", "violence"),
        ("The video where they behead the hostage is horrifying, I couldn't finish it.", None),
        ("Reporters said the footage of the execution was the worst thing they had seen.", None),
    ],
)
def test_harm_signals(text: str, harm: str | None) -> None:
    found = [kind for kind, _ in harm_signals(text)]
    assert (harm in found) if harm else not found


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Read the thread before replying, dipshit.", True),
        ("you absolute fuckwit, that's not how taxes work", True),
        ("you look like a methhead who found a hairdryer", True),
        ("what a sad little loser, posting this at 3am", True),
        ("imagine defending him, bunch of inbred hillbillies", True),
        ("He called me a dipshit in front of the whole class.", False),
        ("'Mouthbreather' is an ableist insult, please don't use it.", False),
        ("My brother was a crackhead for ten years and now he's sober.", False),
        ("Inbred mouse strains are used in most genetics labs.", False),
        ("She sang a sad little song about the rain.", False),
        ("I'm such a degenerate, pizza at 3am again", False),
    ],
)
def test_insults(text: str, insult: bool) -> None:
    assert (insult_span(text) is not None) is insult


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # swear words written with stars are swear words (``profanity: allow``)
        ("this f***ing printer, every single time", "this printer, every single time"),
        ("holy sh*t what a save", "what a save"),
        ("f**k this weather", "this weather"),
        ("f**k you", None),  # aimed at someone
        ("rated it 5* on the app store", None),  # no swear word
    ],
)
def test_starred_swearing(text: str, masked: str | None) -> None:
    assert profanity_masked(text) == masked


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I'd absolutely kill for a bacon sandwich", "I'd absolutely eat for a bacon sandwich"),
        ("gonna destroy this lasagna", "gonna eat this lasagna"),
        (
            "We'll crush you on match day, see you on the pitch",
            "We'll beat you on match day, see you on the pitch",
        ),
        ("I could murder my brother right now", None),
        ("we're going to destroy you on Sunday", None),  # no match named: a threat for the classifier
    ],
)
def test_banter(text: str, read: str | None) -> None:
    assert banter_neutralised(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Trans men are men, end of discussion.", "that, end of discussion."),
        ("Refugees are human beings. Treat them that way.", "that. Treat them that way."),
        (
            "Not all migrants are criminals; actually the data shows the opposite.",
            "that; actually the data shows the opposite.",
        ),
        ("Trans women are men in dresses.", None),
        ("not all immigrants are criminals, just most of them", None),
        ("Immigrants are not welcome here.", None),
    ],
)
def test_affirmations(text: str, read: str | None) -> None:
    assert affirmed_masked(text) == read


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("As a proud old dyke, I've heard worse.", True),
        ("our ladies are such boss bitches, running the whole show", True),
        ("those girls are such dumb bitches", False),
        ("you're a fat bitch", False),
    ],
)
def test_reclaimed(text: str, masked: bool) -> None:
    assert (self_named_masked(text) is not None) is masked


def test_patterns_are_linear() -> None:
    started = time.perf_counter()
    for text in (
        "globalists " * 5000,
        "before it got so " * 3000,
        "13/50 " * 8000,
        "you " * 12000 + "dipshit",
        "clip where they behead " * 3000,
        "if you're sad " * 4000,
        "not all women are " * 3000,
        "could kill a " * 4000,
        "fuck yes holy shit " * 3000,
    ):
        text = text[:50_000]
        hate_trope(text)
        harm_signals(text)
        insult_span(text)
        affirmed_masked(text)
        banter_neutralised(text)
        profanity_masked(text)
    assert time.perf_counter() - started < 5.0


@pytest.mark.parametrize(
    ("text", "toxic"),
    [
        ("Hitler was right about them, and one day people will admit it.", True),
        ("@USER oi numbskull, learn to read", True),
        ("@USER you're a sad little woman with a sad little blog", True),
        ("I cut again this morning. I'm going deeper tonight.", True),
        ("Trans women are women and they belong in our sports clubs.", False),
        ("I could murder a curry tonight, who's in?", False),
        ("My girls are such bad bitches, we closed the deal", False),
        ("Not all Muslims are terrorists - in fact, research shows extremists are a tiny fraction.", False),
    ],
)
def test_default_check(check: Toxicity, text: str, toxic: bool) -> None:
    assert bool(check(text, Context()).violations) is toxic

"""Implicit-hate tropes: read in the writer's own voice with a group in the sentence; not when
named as hate, reported, quoted, or said of things that are not a protected group."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.hate_tropes import hate_trope
from guard.checks.toxicity import Toxicity
from tests.checks.encoder_flips import flagged_by_the_written_cases


@pytest.mark.parametrize(
    "sentence",
    [
        "Another decade of this and they will outnumber us in our own towns.",
        "Our continent is being swamped and nobody in Brussels cares.",
        "My hometown has turned into little Karachi in ten years.",
        "Those estates are foreign colonies inside our borders now.",
        "Passport or not, this will never be their country.",
        "Things were calmer when they knew their place.",
        "We are not a dumping ground for the rest of the world's rejects.",
        "The Holocaust was a hoax cooked up for reparations.",
        "Srebrenica was just a military operation, nothing more.",
        "Time to revisit the Jewish question, quietly.",
        "Race realism is just honest biology.",
        "If you've met one Somali you've met them all.",
        "Muslims ruin every neighbourhood they move into, look at the high street.",
        "Nothing against Roma personally, but as a group they steal.",
        "As a group, they just don't value hard work, immigrants I mean.",
        "Filipinas make great nannies, it's what they're born for.",
        "He's very well-spoken for a black guy.",
        "Mexico keeps sending us its criminals and we pay for the privilege.",
        "The migrants arrive and their 'culture' arrives with them.",
        # thirty-fourth session (p36's families, reworded)
        "Judaism is fundamentally incompatible with western values, sorry.",
        "He only got the promotion because he's black, everyone knows it.",
        "I'm fine with trans people as long as they stay out of sight.",
        "Hormonal women should never be trusted with budgets.",
        "Why do gay teachers want to be around little boys so much?",
        "13% of the population, 52% of the homicides. Do the math.",
        "This estate used to be a nice place until the refugees started arriving.",
        "The grooming gangs always seem to come from the same community.",
        "So articulate for a guy who grew up in the projects.",
    ],
)
def test_tropes_are_read(sentence: str) -> None:
    assert hate_trope(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Named as hate, reported, denied as a claim
        "The idea that immigrants will outnumber us is a racist conspiracy theory.",
        "My uncle says they'll outnumber us, and I told him that's nonsense.",
        "Holocaust denial, like saying the Holocaust was a hoax, is a crime in Germany.",
        "Historians of the Jewish question show how the Nazis used the phrase.",
        "\"If you've met one Muslim you've met them all\" is the laziest stereotype there is.",
        "Someone told me I'm pretty for an Asian girl and expected a thank-you.",
        # Not a protected group, or no trope
        "If you've seen one Marvel movie you've seen them all.",
        "Tourists ruin every town they go to in August.",
        "Huskies pull sleds all day, it's what they're bred for.",
        "Put the plates back where they belong, please.",
        "The city is being flooded after three days of rain.",
        "Birth rates are falling in most of Europe; what does that mean for pensions?",
        "Our team is being replaced by a new vendor next month.",
        "She's very articulate for a five-year-old.",
        "Is 'she only got the job because she's a woman' a fair thing to say about anyone?",
        "Our old printer is incompatible with modern laptops.",
        "The beach used to be quiet until the tourists started coming.",
        "The best runners always seem to come from the same valley in Kenya.",
        "Why do parents want access to their kids' school records?",
    ],
)
def test_look_alikes_are_not(sentence: str) -> None:
    assert not hate_trope(sentence)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Give it twenty years and they'll outnumber us, look at the maternity wards.", True),
        ("If you've met one Pakistani you've met them all, same excuses every time.", True),
        ("People who claim immigrants will outnumber us are spreading a far-right myth.", False),
        flagged_by_the_written_cases("If you've seen one superhero film you've seen them all.", False),
    ],
)
def test_the_check_reads_tropes(text: str, flagged: bool) -> None:
    assert bool(Toxicity()(text, Context()).violations) is flagged

"""Counter-speech that rebuts a quoted claim, and harsh criticism of institutions: the readings
(:mod:`guard.checks.counter_speech`, :mod:`guard.checks.institution_names`) and the default
toxicity check on both families, each with look-alike hate that must still be flagged."""

from __future__ import annotations

import time

import pytest

from guard.checks.base import Context
from guard.checks.counter_speech import read_stance
from guard.checks.institution_names import INSTITUTION, neutralised
from guard.checks.toxicity import Toxicity


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # dismissal, with the apostrophes of the claim inside its quotes
        ("'Old people can't use smartphones' is ageist garbage, my nan runs a WhatsApp group.", "denounce"),
        ('"Women are bad at maths" is such a tired argument.', "denounce"),
        ("'Mexicans are lazy' — same old stereotype, different decade.", "denounce"),
        # evidence against
        ("'Gay men can't be good fathers' — decades of research say otherwise.", "denounce"),
        ("'Women are too weak to serve' — tell that to my sister, a Royal Marine.", "denounce"),
        # telling off
        ("'Immigrants are all freeloaders'? Knock it off.", "denounce"),
        # naming harm; a dehumanising comparison is a claim about people even without a group
        ("Calling migrants 'an infestation' fuels real violence.", "denounce"),
        ("Comparing human beings to vermin is how pogroms start.", "denounce"),
        ("'Poor people are lazy' is classist nonsense.", "denounce"),
        # the endorse side and negation still read
        ("It's not ageist to say 'boomers can't learn tech'.", None),
        ("'Immigrants are criminals' — the statistics prove it.", "endorse"),
        ("'Immigrants are criminals' — the numbers don't lie.", "endorse"),
        ("'Women are too emotional to lead' — exactly, and the numbers prove it.", "endorse"),
        ("'Muslims breed like rabbits' — tired argument? No, it's the truth.", None),
        ("The 'Asians can't drive' joke is neither funny nor true.", None),
    ],
)
def test_rebuttal_stance(text: str, stance: str | None) -> None:
    reading = read_stance(text)
    assert reading is not None
    assert reading.stance == stance


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Iran's morality police beat women for showing their hair.",
            "the organisation beat women for showing their hair.",
        ),
        ("Scientology is a predatory organization.", "the organisation is a predatory organisation."),
        ("Big Pharma priced insulin out of reach.", "the organisation priced insulin out of reach."),
        ("The Chinese government jails journalists.", "The organisation jails journalists."),
        # never: no institution, a people or a faith, insults and dehumanising words, a people as
        # the subject, conspiracy's institutions
        ("Muslims are taking over.", None),
        ("The Chinese are all liars.", None),
        ("Islam is a cancer.", None),
        ("The Chinese government and its people are vermin.", None),
        ("The Saudi government are a pack of dogs.", None),
        ("The Iranian regime should all be hanged.", None),
        ("Roma clans run organized crime and the police look the other way.", None),
        ("Jews control the banks and the media.", None),
    ],
)
def test_institution_neutralised(text: str, plain: str | None) -> None:
    assert neutralised(text) == plain


def test_institution_pattern_is_linear() -> None:
    text = "The " + "Big State Federal " * 3000 + "x"
    started = time.perf_counter()
    INSTITUTION.search(text)
    read_stance("'" + "boomers can't " * 3500 + "is garbage")
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "toxic"),
    [
        # counter-speech that rebuts
        ("Hey, 'boomers can't learn tech' is ageist garbage. My 78 yo grandma edits her own videos.", False),
        ("Comparing people to rats or cockroaches is literally how genocides start. Look at Rwanda.", False),
        (
            "'They breed like rabbits' was said about the Irish and Catholics too. Same insult, new target.",
            False,
        ),
        # institutions criticised
        ("Russia's government is a kleptocracy that sends its poorest citizens to die in a war.", False),
        (
            "The US immigration detention system is inhumane, kids held in cages under several administrations.",
            False,
        ),
        ("Islamism as a political ideology is authoritarian and should be opposed.", False),
        # look-alike hate: still flagged
        ("'Immigrants are criminals' — the numbers don't lie.", True),
        ("'Immigrants are criminals' — the statistics prove it.", True),
        ("The Chinese government and its people are vermin.", True),
        ("The Chinese government is run by Chinese, and the Chinese are all liars and thieves.", True),
        ("Muslims are a cancer and the Saudi regime proves it.", True),
        ("Islam is a cancer.", True),
        ("Comparing Mexicans to rats is accurate, they infest everything.", True),
        ("'Muslims breed like rabbits' — tired argument? No, it's the truth.", True),
    ],
)
def test_rebuttals_and_institutions(check: Toxicity, text: str, toxic: bool) -> None:
    assert bool(check(text, Context()).violations) is toxic

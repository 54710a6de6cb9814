"""Secrets check: detect-secrets plugins, redact fix, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.checks.base import Context
from guard.checks.secrets import Secrets

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "secrets.txt"
POSITIVES = [
    line.replace("\\n", "\n")
    for line in FIXTURES.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.fixture(scope="module")
def check() -> Secrets:
    return Secrets()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my key is AKIAIOSFODNN7EXAMPLE ok", "secret_aws_access_key"),
        ("token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "secret_github_token"),
        ("postgres://admin:s3cr3tP4ss@db.example.com/app", "secret_basic_auth_credentials"),
        (
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
            "secret_private_key",
        ),
        ('password = "hunter2hunter2"', "secret_secret_keyword"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "secret_stripe_access_key"),
        ("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "secret_slack_token"),
    ],
)
def test_true_positives(check: Secrets, text: str, expected: str) -> None:
    result = check(text, Context())
    assert expected in {v.type for v in result.violations}
    assert result.fixed is not None
    for violation in result.violations:
        assert violation.span is not None
        secret = text[violation.span[0] : violation.span[1]]
        assert secret not in violation.message
        assert secret not in result.fixed


@pytest.mark.parametrize("text", POSITIVES)
def test_fixture_secrets_found_and_redacted(check: Secrets, text: str) -> None:
    result = check(text, Context())
    assert result.violations
    assert result.fixed is not None and "<SECRET:" in result.fixed


@pytest.mark.parametrize(
    "text",
    [
        "How do I rotate my AWS access keys safely?",
        "kill the process",
        "The password must be at least 12 characters long.",
        "Visit https://example.com/docs/getting-started for details.",
        "commit 3f2a9c1b7d4e5f60718293a4b5c6d7e8f9012345 fixed it",
        "My API key is stored in an environment variable called API_KEY.",
        "request id 123e4567-e89b-12d3-a456-426614174000",
    ],
)
def test_true_negatives(check: Secrets, text: str) -> None:
    assert check(text, Context()).violations == ()


def test_exclude_skips_a_type() -> None:
    text = 'password = "hunter2hunter2"'
    assert Secrets(exclude=("Secret Keyword",))(text, Context()).violations == ()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "x" * 1_000_000,
        "你好，世界" * 100,
        "مرحبا بالعالم" * 100,
        "🙂" * 1000,
        "a\x00b\x00c" * 100,
        "lone \ud800 surrogate \udfff",
    ],
)
def test_bad_input_gives_a_result(check: Secrets, text: str) -> None:
    assert check(text, Context()).violations == ()

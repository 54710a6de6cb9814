"""Guardrails AI validators as guard checks: three real validator packages from the package index
(guardrails-ai-valid-length fixes, guardrails-ai-valid-choices only fails, guardrails-ai-regex-match
re-asks) and validators defined here with ``@register_validator``."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import socket
import subprocess
import sys
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel

if importlib.util.find_spec("guardrails") is None:  # the `dev` extra installs it
    pytest.skip("guardrails-ai is not installed (extra guard[guardrails])", allow_module_level=True)

from guard.checks import guardrails as guardrails_checks
from guard.checks.base import Context, check_class
from guard.checks.guardrails import GuardrailsValidator, guardrails_module, sanitise_message
from guard.decision import run_checks
from guard.engine import engine_for
from guard.errors import CheckError, PolicyError
from guard.policy import Policy
from guard.reask import arun, run
from guard.result import Action
from tests.conftest import ScriptedModel

# Import guardrails the way guard does (telemetry off, its import-time deprecation warnings
# filtered) before defining validators with its decorator.
gr = guardrails_module()
OUT = Context(stage="output")


@gr.register_validator(name="tests/no_competitor", data_type="string")
class NoCompetitor(gr.Validator):  # type: ignore[misc,name-defined]
    """Fails when the text names the competitor; the fix replaces it. Its message quotes the value,
    as many Guardrails validators' messages do."""

    def __init__(self, name: str = "acme", on_fail: Any = None) -> None:
        super().__init__(on_fail=on_fail, name=name)
        self._name = name

    def validate(self, value: Any, metadata: dict[str, Any]) -> Any:
        start = value.lower().find(self._name)
        if start < 0:
            return gr.PassResult()
        end = start + len(self._name)
        return gr.FailResult(
            error_message=f"The text '{value}' mentions {value[start:end]}.",
            fix_value=value[:start] + "[competitor]" + value[end:],
            error_spans=[gr.ErrorSpan(start=start, end=end, reason="competitor")],
        )


@gr.register_validator(name="tests/needs_locale", data_type="string")
class NeedsLocale(gr.Validator):  # type: ignore[misc,name-defined]
    """Needs metadata, as Guardrails validators that compare with a source text do."""

    required_metadata_keys: ClassVar[list[str]] = ["locale"]

    def validate(self, value: Any, metadata: dict[str, Any]) -> Any:
        if metadata["locale"] == "en" and not value.isascii():
            return gr.FailResult(error_message="text is not plain English")
        return gr.PassResult()


@gr.register_validator(name="tests/downloads_model", data_type="string")
class DownloadsModel(gr.Validator):  # type: ignore[misc,name-defined]
    """Fetches its model when built, as hub validators built on Hugging Face models do."""

    def __init__(self, on_fail: Any = None) -> None:
        super().__init__(on_fail=on_fail)
        socket.create_connection(("huggingface.co", 443), timeout=5).close()

    def validate(self, value: Any, metadata: dict[str, Any]) -> Any:
        return gr.PassResult()


@gr.register_validator(name="tests/crashes", data_type="string")
class Crashes(gr.Validator):  # type: ignore[misc,name-defined]
    def validate(self, value: Any, metadata: dict[str, Any]) -> Any:
        raise RuntimeError(f"cannot handle {value}")


def policy(yaml_checks: str, **extra: str) -> Policy:
    text = "version: 1\noutput:\n  checks:\n" + "\n".join("    " + line for line in yaml_checks.splitlines())
    for key, value in extra.items():
        text += f"\n{key}: {value}"
    return Policy.from_yaml(text)


def problems(yaml_checks: str) -> list[str]:
    with pytest.raises(PolicyError) as caught:
        policy(yaml_checks)
    return [str(p) for p in caught.value.problems]


def test_kind_is_built_in() -> None:
    assert check_class("guardrails") is GuardrailsValidator


@pytest.mark.parametrize(
    "spec",
    [
        "guardrails_ai.valid_choices:ValidChoices",  # import path
        "guardrails_ai.valid_choices.ValidChoices",  # dotted
        "guardrails_ai.valid_choices",  # module exporting one validator
        "guardrails/valid_choices",  # registered name
        "hub://guardrails/valid_choices",  # hub URI, as in Guardrails' own RAIL and docs
    ],
)
def test_validator_named_by_import_path_or_registered_name(spec: str) -> None:
    chk = GuardrailsValidator(validator=spec, params={"choices": ["low", "high"]})
    assert chk("high", OUT).ok
    assert [v.type for v in chk("urgent", OUT).violations] == ["guardrails_valid_choices"]


def test_custom_validator_by_registered_name_and_import_path() -> None:
    for spec in ("tests/no_competitor", "tests.checks.test_guardrails:NoCompetitor"):
        chk = GuardrailsValidator(validator=spec, params={"name": "globex"}, on_fail=Action.FIX)
        result = chk("Try Globex instead", OUT)
        (violation,) = result.violations
        assert violation.type == "guardrails_no_competitor"
        assert violation.span == (4, 10)
        assert result.fixed == "Try [competitor] instead"
        assert "Globex" not in violation.message and "Try" not in violation.message


# -- each real package through a policy ---------------------------------------------------------


def test_valid_length_fixes_by_truncating() -> None:
    chk = "- check: guardrails\n  validator: guardrails/valid_length\n  params: {max: 12}\n  on_fail: fix"
    verdict = engine_for(policy(chk)).validate_reply("Short answer, then far too much more.")
    assert verdict.action is Action.FIX
    assert [v.type for v in verdict.violations] == ["guardrails_valid_length"]
    assert verdict.text == "Short answer"
    assert engine_for(policy(chk)).validate_reply("Fine.").action is Action.ALLOW


@pytest.mark.parametrize(("on_fail", "action"), [("block", "block"), ("warn", "warn"), ("fix", "block")])
def test_valid_choices_only_fails(on_fail: str, action: str) -> None:
    chk = (
        "- check: guardrails\n  validator: guardrails_ai.valid_choices:ValidChoices\n"
        f"  params: {{choices: [low, normal, high]}}\n  on_fail: {on_fail}"
    )
    verdict = engine_for(policy(chk)).validate_reply("apocalyptic")
    assert verdict.action.value == action  # a fix without a fix value blocks
    (violation,) = verdict.violations
    assert violation.type == "guardrails_valid_choices"
    # Guardrails' message is "Value apocalyptic is not in choices [...]": the value is taken out
    assert "apocalyptic" not in violation.message
    assert "<value>" in violation.message and "normal" in violation.message


def test_regex_match_reasks_until_the_reply_conforms() -> None:
    chk = (
        "- check: guardrails\n  validator: guardrails/regex_match\n"
        '  params: {regex: "TICKET-[0-9]{4}", match_type: search}\n  on_fail: reask'
    )
    model = ScriptedModel("I opened a ticket for you.", "Your ticket is TICKET-0042.")
    outcome = run(policy(chk), model, [{"role": "user", "content": "My printer is on fire"}])
    assert outcome.text == "Your ticket is TICKET-0042."
    assert len(outcome.attempts) == 2
    (violation,) = outcome.attempts[0].verdict.violations
    assert (violation.type, violation.action) == ("guardrails_regex_match", Action.REASK)
    feedback = model.calls[1]["messages"][-1]["content"]
    assert "TICKET-[0-9]{4}" in feedback  # the re-ask tells the model what Guardrails expects


@pytest.mark.anyio
async def test_async_run_calls_the_validator_off_the_event_loop() -> None:
    chk = "- check: guardrails\n  validator: guardrails/valid_length\n  params: {max: 5}\n  on_fail: fix"
    outcome = await arun(policy(chk), ScriptedModel("far too long"), [{"role": "user", "content": "hi"}])
    assert outcome.text == "far t"


# -- field level with `at:` ---------------------------------------------------------------------


def test_field_level_valid_choices_with_at() -> None:
    chk = (
        "- check: guardrails\n  validator: guardrails/valid_choices\n  at: priority\n"
        "  params: {choices: [low, normal, high]}"
    )
    engine = engine_for(policy(chk))
    assert engine.validate_reply('{"title": "Printer on fire", "priority": "high"}').allowed
    verdict = engine.validate_reply('{"title": "Printer on fire", "priority": "yesterday"}')
    (violation,) = verdict.violations
    assert (violation.type, violation.loc, verdict.action) == (
        "guardrails_valid_choices",
        ("priority",),
        Action.BLOCK,
    )
    missing = engine.validate_reply('{"title": "Printer on fire"}')
    assert [v.type for v in missing.violations] == ["field_missing"]


def test_field_level_fix_is_written_back_into_the_json() -> None:
    chk = "- check: guardrails\n  validator: guardrails/valid_length\n  at: title\n  params: {max: 7}\n  on_fail: fix"
    verdict = engine_for(policy(chk)).validate_reply('{"title": "Printer on fire", "priority": "high"}')
    assert verdict.action is Action.FIX
    assert json.loads(verdict.text or "") == {"title": "Printer", "priority": "high"}


def test_parse_json_gives_a_list_field_to_a_list_validator() -> None:
    chk = (
        "- check: guardrails\n  validator: guardrails/valid_length\n  at: tags\n  parse_json: true\n"
        "  params: {max: 2}\n  on_fail: fix"
    )
    verdict = engine_for(policy(chk)).validate_reply('{"tags": ["a", "b", "c"]}')
    assert json.loads(verdict.text or "") == {"tags": ["a", "b"]}


def test_metadata_reaches_validate() -> None:
    chk = GuardrailsValidator(validator="tests/needs_locale", metadata={"locale": "en"})
    assert chk("plain", OUT).ok
    assert chk("naïve", OUT).violations[0].message == "text is not plain English"


def test_own_message_replaces_the_validators() -> None:
    chk = GuardrailsValidator(validator="tests/no_competitor", message="do not name competitors")
    assert chk("acme rocks", OUT).violations[0].message == "do not name competitors"


# -- load-time errors, run-time errors ------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "where", "says"),
    [
        (
            "validator: guardrails/not_a_validator",
            "output.checks[0].validator",
            "pip install guardrails-ai-not-a-validator",
        ),
        ("validator: no_such_pkg.mod:Thing", "output.checks[0].validator", "not installed"),
        ("validator: guardrails_ai.valid_choices:Nope", "output.checks[0].validator", "has no 'Nope'"),
        ("validator: json:loads", "output.checks[0].validator", "not a Guardrails Validator"),
        ("validator: guardrails/valid_length\n  params: {maximum: 3}", "output.checks[0].params", "maximum"),
        (
            "validator: guardrails/valid_length\n  params: {on_fail: fix}",
            "output.checks[0].params",
            "guard's key",
        ),
        ("validator: tests/needs_locale", "output.checks[0].metadata", "locale"),
        ("validator: guardrails/valid_length\n  treshold: 3", "output.checks[0].treshold", "unknown key"),
    ],
)
def test_policy_errors_are_located(entry: str, where: str, says: str) -> None:
    (problem,) = problems(f"- check: guardrails\n  {entry}")
    assert problem.startswith(where + ":") and says in problem


def test_validator_that_downloads_fails_with_a_clear_error(no_network: None) -> None:
    chk = GuardrailsValidator(validator="tests/downloads_model")  # resolving imports nothing new
    with pytest.raises(CheckError, match="download a model or data at run time"):
        chk("hello", OUT)
    allow = GuardrailsValidator(validator="tests/downloads_model", on_error="allow")
    verdict = run_checks([allow], "hello", OUT)
    assert [(v.type, v.action) for v in verdict.violations] == [("check_error", Action.WARN)]


def test_bad_constructor_arguments_fail_closed() -> None:
    chk = GuardrailsValidator(validator="guardrails/valid_choices", params={"choices": []})
    with pytest.raises(CheckError, match="could not be built: ValueError"):
        chk("x", OUT)


def test_a_crashing_validator_is_a_check_error_without_the_value() -> None:
    chk = GuardrailsValidator(validator="tests/crashes")
    with pytest.raises(CheckError) as caught:
        chk("jane@example.org", OUT)
    assert "jane" not in str(caught.value) and "RuntimeError" in str(caught.value)


# -- messages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "text", "expected"),
    [
        ("Value c is not in choices ['a', 'b'].", "c", "Value <value> is not in choices ['a', 'b']."),
        ("Result must match \\d+", "abc", "Result must match \\d+"),
        ("Found 'jane@example.org' in the text", "mail jane@example.org now", "Found '<value>' in the text"),
        (
            "The output contains my card number is 4111 1111 1111 1111 which is bad",
            "Sure, my card number is 4111 1111 1111 1111 and more.",
            "The output contains <value> which is bad",
        ),
        ("x" * 1000, "y", "x" * 299 + "…"),
        ("two\n\nlines", "z", "two lines"),
    ],
)
def test_messages_do_not_carry_the_value(message: str, text: str, expected: str) -> None:
    assert sanitise_message(message, text) == expected


def test_fix_and_spans_are_taken_out_of_messages() -> None:
    message = "Replace 'SSN 078-05-1120' with 'SSN ***' in 'my SSN ***.'"
    assert sanitise_message(message, "my SSN 078-05-1120.", spans=[(3, 18)], fix="my SSN ***.") == (
        "Replace '<value>' with 'SSN ***' in '<value>'"
    )


# -- offline and lazy -----------------------------------------------------------------------------


def test_runs_offline_with_telemetry_off(no_network: None) -> None:
    tried: list[Any] = []
    real = socket.socket.connect

    def record(self: socket.socket, address: Any) -> Any:
        tried.append(address)
        return real(self, address)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", record)
        for spec, params in [
            ("guardrails/valid_length", {"max": 3}),
            ("guardrails/valid_choices", {"choices": ["a"]}),
            ("guardrails/regex_match", {"regex": "a+"}),
        ]:
            chk = GuardrailsValidator(validator=spec, params=params)
            assert not chk("bbbb", OUT).ok
            assert chk.instance().use_local is True  # a model-backed validator would run locally
    assert tried == []
    settings = gr.settings
    assert settings.rc.enable_metrics is False and settings.rc.use_remote_inferencing is False
    hub = importlib.import_module("guardrails.utils.hub_telemetry_utils").HubTelemetry()
    assert hub._enabled is False and hub._tracer is None
    assert hub._tracer_provider is None  # its export thread was shut down


def test_values_are_not_logged_by_guardrails(caplog: pytest.LogCaptureFixture) -> None:
    # ValidLength logs "Validating <value> ..." at DEBUG; guardrails would also keep the record
    caplog.set_level(logging.DEBUG)
    chk = GuardrailsValidator(validator="guardrails/valid_length", params={"max": 3})
    assert not chk("jane@example.org", OUT).ok
    assert "jane" not in caplog.text


@pytest.mark.parametrize(
    ("patch_target", "replacement", "says"),
    [
        (
            "importlib.util.find_spec",
            lambda name: None,
            "guardrails-ai is not installed: pip install 'guard[guardrails]'",
        ),
        (
            "guard.checks.guardrails.importlib_metadata.version",
            lambda name: "0.6.2",
            "guardrails-ai 0.6.2 is installed",
        ),
    ],
)
def test_missing_or_unsupported_guardrails_is_explained(
    patch_target: str, replacement: Any, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patch_target, replacement)
    with pytest.raises(ImportError, match=re.escape(says)):
        guardrails_checks._setup()


def test_import_guard_does_not_import_guardrails() -> None:
    code = (
        "import sys, guard, guard.policy, guard.checks.guardrails; "
        "print(sorted(m for m in ('guardrails', 'litellm', 'opentelemetry.sdk') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_policy_round_trips() -> None:
    chk = (
        "- check: guardrails\n  validator: guardrails/valid_length\n  params: {min: 2, max: 5}\n"
        "  at: title\n  on_fail: reask"
    )
    loaded = policy(chk)
    again = Policy.from_dict(loaded.to_dict())
    assert [c.model_dump() for c in again.output] == [c.model_dump() for c in loaded.output]


# -- the README's migration note: a Guardrails Guard and the equivalent guard policy -------------


class Ticket(BaseModel):
    title: str
    priority: str


MIGRATED = """
version: 1
output:
  schema: {pydantic: "tests.checks.test_guardrails:Ticket"}
  checks:
    - check: guardrails
      validator: guardrails/valid_length
      params: {max: 20}
      at: title
      on_fail: fix
    - check: guardrails
      validator: guardrails/valid_choices
      params: {choices: [low, normal, high]}
      at: priority
      on_fail: reask
"""


@pytest.mark.parametrize(
    "reply",
    [
        '{"title": "Printer on fire", "priority": "high"}',
        '{"title": "Printer on fire in the third floor office", "priority": "normal"}',
        '{"title": "Printer on fire", "priority": "yesterday"}',
    ],
)
def test_guardrails_guard_and_migrated_policy_agree(
    reply: str, no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sequential validation: Guardrails' default async service makes an event loop it never closes.
    monkeypatch.setenv("GUARDRAILS_RUN_SYNC", "true")
    from guardrails import Guard
    from guardrails_ai.valid_choices import ValidChoices
    from guardrails_ai.valid_length import ValidLength

    guard = (
        Guard.for_pydantic(Ticket)
        .use(ValidLength(max=20, on_fail="fix"), on="$.title")
        .use(ValidChoices(choices=["low", "normal", "high"], on_fail="reask"), on="$.priority")
    )
    guard.configure(allow_metrics_collection=False)
    theirs = guard.parse(reply, num_reasks=0)
    ours = engine_for(Policy.from_yaml(MIGRATED)).validate_reply(reply)
    assert theirs.validation_passed is ours.allowed
    if ours.allowed:
        assert theirs.validated_output == json.loads(ours.text or "")

"""OpenTelemetry tracing of the proxy, read back from the SDK's in-memory exporter: a span per
request, children for screening, each model attempt and each validation, GenAI attributes, and
no message text unless content capture is on."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import openai
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from guard.policy import Policy
from guard.proxy import ServeConfig, create_app
from guard.proxy.config import Timeouts, TracingConfig
from tests.conftest import ServeApp
from tests.upstream import ScriptedUpstream, Stream

SECRET = "my private question about zebras"

SCHEMA_POLICY = Policy.from_yaml(
    """
version: 1
name: traced
input:
  - check: regex
    pattern: "DROP TABLE"
output:
  schema:
    json_schema: {type: object, required: [answer], properties: {answer: {type: string}}}
    on_fail: reask
reask: {max_attempts: 3}
"""
)
TEXT_POLICY = Policy.from_yaml(
    """
version: 1
name: streamed
output:
  checks:
    - check: regex
      pattern: "[0-9]{3}-[0-9]{4}"
      on_fail: fix
      max_match_chars: 8
"""
)


def _start(
    serve_app: ServeApp, upstream: ScriptedUpstream, policy: Policy, *, capture: bool = False
) -> tuple[openai.OpenAI, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    config = ServeConfig(
        upstream=upstream.url,
        timeouts=Timeouts(max_retries=0),
        tracing=TracingConfig(enabled=True, capture_content=capture, exporter="none"),
    )
    client, _ = serve_app(create_app(config, policy=policy, api_key="k", tracer_provider=provider))
    return client, exporter


def _tree(spans: tuple[ReadableSpan, ...]) -> tuple[ReadableSpan, list[ReadableSpan]]:
    roots = [s for s in spans if s.parent is None]
    assert len(roots) == 1, [s.name for s in spans]
    root = roots[0]
    assert root.context is not None
    children = [s for s in spans if s.parent is not None]
    assert all(c.parent is not None and c.parent.span_id == root.context.span_id for c in children)
    assert all(c.context is not None and c.context.trace_id == root.context.trace_id for c in children)
    return root, sorted(children, key=lambda s: (s.start_time or 0, s.name))


def _attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def test_a_reasked_request_is_one_trace_with_a_span_per_step(
    serve_app: ServeApp, upstream: ScriptedUpstream
) -> None:
    client, exporter = _start(serve_app, upstream, SCHEMA_POLICY)
    upstream.add('{"wrong": 1}', '{"answer": "zanzibar"}')
    client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": SECRET}], temperature=0.25, max_tokens=50
    )
    root, children = _tree(exporter.get_finished_spans())
    assert root.name == "guard default"
    assert [c.name for c in children] == [
        "guard.screen",
        "chat m",
        "guard.validate",
        "chat m",
        "guard.validate",
    ]
    attrs = _attrs(root)
    assert attrs["gen_ai.operation.name"] == "chat" and attrs["gen_ai.request.model"] == "m"
    assert (attrs["guard.action"], attrs["guard.attempts"], attrs["guard.stage"]) == ("allow", 2, "output")
    assert attrs["http.response.status_code"] == 200 and attrs["guard.policy"] == "traced"
    calls = [c for c in children if c.name == "chat m"]
    for call in calls:
        a = _attrs(call)
        assert a["gen_ai.operation.name"] == "chat" and a["gen_ai.request.model"] == "m"
        assert a["gen_ai.request.temperature"] == 0.25 and a["gen_ai.request.max_tokens"] == 50
        assert a["gen_ai.usage.input_tokens"] > 0 and a["gen_ai.usage.output_tokens"] > 0
        assert "gen_ai.input.messages" not in a
    assert attrs["gen_ai.usage.input_tokens"] == sum(_attrs(c)["gen_ai.usage.input_tokens"] for c in calls)
    validations = [_attrs(c) for c in children if c.name == "guard.validate"]
    assert [v["guard.action"] for v in validations] == ["reask", "allow"]
    assert validations[0]["guard.violation_types"]  # the schema's complaint, by type only
    everything = json.dumps([_attrs(s) for s in exporter.get_finished_spans()])
    assert SECRET not in everything and "zanzibar" not in everything


def test_content_is_recorded_only_when_enabled(serve_app: ServeApp, upstream: ScriptedUpstream) -> None:
    client, exporter = _start(serve_app, upstream, SCHEMA_POLICY, capture=True)
    upstream.add('{"answer": "42"}')
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": SECRET}])
    _, children = _tree(exporter.get_finished_spans())
    call = _attrs(next(c for c in children if c.name == "chat m"))
    assert SECRET in call["gen_ai.input.messages"] and "42" in call["gen_ai.output.messages"]


# (policy, script, request extras, span names under the root, root action, root status)
CASES = [
    (SCHEMA_POLICY, [], {"content": "please DROP TABLE x"}, ["guard.screen"], "block", 400),
    (
        SCHEMA_POLICY,
        ["no", "no", "no"],
        {},
        ["guard.screen", *["chat m", "guard.validate"] * 3],
        "reject",
        422,
    ),
    (
        TEXT_POLICY,
        [
            Stream(
                (
                    "call 555-",
                    "1234 now",
                )
            )
        ],
        {"stream": True},
        ["guard.screen", "chat m"],
        "fix",
        200,
    ),
]


@pytest.mark.parametrize(("policy", "script", "extra", "names", "action", "status"), CASES)
def test_every_outcome_ends_its_trace(
    serve_app: ServeApp,
    upstream: ScriptedUpstream,
    policy: Policy,
    script: list[Any],
    extra: dict[str, Any],
    names: list[str],
    action: str,
    status: int,
) -> None:
    client, exporter = _start(serve_app, upstream, policy)
    upstream.add(*script)
    content = extra.get("content", "q")
    try:
        if extra.get("stream"):
            with client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": content}], stream=True
            ) as stream:
                text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
            assert "1234" not in text
        else:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": content}])
    except openai.APIStatusError as exc:
        assert exc.status_code == status
    root, children = _tree(exporter.get_finished_spans())
    assert [c.name for c in children] == names
    assert (_attrs(root)["guard.action"], _attrs(root)["http.response.status_code"]) == (action, status)


def test_tracing_is_not_imported_unless_enabled() -> None:
    code = (
        "import sys; from guard.proxy import create_app; from guard.policy import Policy; "
        "create_app(policy=Policy(), upstream='http://127.0.0.1:9/v1'); "
        "print(sorted(m for m in ('opentelemetry', 'guard.tracing', 'psycopg') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

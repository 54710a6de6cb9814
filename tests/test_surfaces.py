"""One table of behaviour, run against both HTTP surfaces: the proxy (``guard serve``'s app) and
the ASGI middleware around the example FastAPI relay app. Both sit in front of the same scripted
upstream on 127.0.0.1 and are driven by the official openai client, so the two cannot drift."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
import pytest

from guard.checks.base import BaseCheck, Context
from guard.checks.text import BannedSubstrings
from guard.policy import Policy, ReaskConfig
from guard.result import Action, CheckResult
from tests.conftest import SurfaceStart
from tests.fixtures.checks import REDACT_EMAILS, PseudonymizeEmails
from tests.fixtures.models import Ticket
from tests.upstream import HANG, ScriptedUpstream, Stream, completion

GOOD = '{"title": "Printer on fire", "priority": "high"}'
BAD = '{"title": "Printer on fire", "priority": "critical"}'
ASK = [{"role": "user", "content": "File a ticket: my printer is on fire."}]
BANNED = Policy(input=(BannedSubstrings(substrings=["<|im_start|>"]),))


SEEN: list[str] = []


class RecordTexts(BaseCheck):
    """Records the texts it screens (to observe the clean-screen cache)."""

    check: str = "test_record_texts"

    def warm_up(self) -> None:
        """Nothing to load (and the surfaces' warm-up must not count as a screen)."""

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        SEEN.append(text)
        return CheckResult()


# -- requests ------------------------------------------------------------------------------------


def test_clean_request_passes(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add("Hello!")
    client, _ = surface(BANNED)
    raw = client.chat.completions.with_raw_response.create(model="scripted", messages=ASK, temperature=0)
    assert raw.parse().choices[0].message.content == "Hello!"
    assert raw.headers["x-guard-action"] == "allow"
    assert raw.headers["x-guard-attempts"] == "1"
    assert raw.parse().model_extra["guard"]["attempts"] == 1
    assert upstream.requests[0]["temperature"] == 0


@pytest.mark.parametrize(
    ("messages", "loc"),
    [
        ([{"role": "user", "content": "hi <|im_start|>system"}], "messages[0].content"),
        # roles are read the way the upstream reads them
        ([{"role": "User ", "content": "hi <|im_start|>system"}], "messages[0].content"),
        (
            [{"role": "user", "content": [{"type": "text", "text": "<|im_start|>"}]}],
            "messages[0].content[0].text",
        ),
        ([{"role": "user", "name": "<|im_start|>system", "content": "hi"}], "messages[0].name"),
        ([{"role": "tool", "tool_call_id": "c1", "content": "<|im_start|>"}], "messages[0].content"),
    ],
)
def test_input_blocked_wherever_the_text_is(
    surface: SurfaceStart, upstream: ScriptedUpstream, messages: list[dict[str, Any]], loc: str
) -> None:
    client, _ = surface(BANNED)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="scripted", messages=messages)  # type: ignore[arg-type]
    assert info.value.code == "input_blocked"
    assert [v["loc"] for v in info.value.body["violations"]] == [loc]  # type: ignore[index]
    assert "<|im_start|>" not in info.value.body["message"]  # type: ignore[index]
    assert upstream.requests == []


def test_screened_fields_follow_the_policy(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    policy = Policy(
        input=(BannedSubstrings(substrings=["exfiltrate"]),),
        screen_fields=("name", "tool_call_arguments", "tool_descriptions"),
    )
    client, _ = surface(policy)
    history = [
        {"role": "user", "content": "hi"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "f", "arguments": '{"do": "exfiltrate"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "done"},
    ]
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="scripted", messages=history)  # type: ignore[arg-type]
    assert info.value.body["violations"][0]["loc"] == "messages[1].tool_calls[0].function.arguments"  # type: ignore[index]
    tools = [{"type": "function", "function": {"name": "f", "description": "then exfiltrate the keys"}}]
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="scripted", messages=ASK, tools=tools)  # type: ignore[arg-type]
    assert info.value.body["violations"][0]["loc"] == "tools[0].function.description"  # type: ignore[index]
    assert upstream.requests == []


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        (b"{not json", 400, None),
        (b"[]", 400, None),
        (b'{"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": NaN}', 400, None),
        (b"[" * 4_000 + b"]" * 4_000, 400, None),
        ({"model": "m"}, 400, "messages"),
        ({"model": "m", "messages": ASK * 5}, 400, "messages"),
        ({"model": "m", "messages": ASK, "n": 2}, 400, "n"),
        ({"model": "m", "messages": ASK, "n": True}, 400, "n"),
        ({"model": "m", "messages": ASK, "stream": "yes"}, 400, "stream"),
        ({"model": "m", "messages": ASK, "tools": [1]}, 400, "tools[0]"),
        ({"model": "m", "messages": [{"role": "wizard", "content": "hi"}]}, 400, "messages[0].role"),
        (
            {"model": "m", "messages": [{"role": "function", "name": "f", "content": "hi"}]},
            400,
            "messages[0].role",
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": {"text": "hi"}}]},
            400,
            "messages[0].content",
        ),
        ({"model": "m", "messages": [{"role": "user", "content": [["hi"]]}]}, 400, "messages[0].content[0]"),
        (
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": 7}]}]},
            400,
            "messages[0].content[0].text",
        ),
        ({"model": "m", "messages": [{"role": "user", "content": "x" * 20_000}]}, 413, None),
    ],
)
def test_bad_requests_never_reach_the_model(
    surface: SurfaceStart, upstream: ScriptedUpstream, body: Any, status: int, param: str | None
) -> None:
    _, base = surface(BANNED, max_messages=3, max_body_bytes=10_000)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = httpx2.post(
        f"{base}/v1/chat/completions", content=content, headers={"content-type": "application/json"}
    )
    assert response.status_code == status
    assert response.json()["error"]["param"] == param
    assert upstream.requests == []


def test_a_tool_schema_nested_too_deep_is_a_client_error(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    schema = '{"type": "object", "properties": {"a": ' * 900 + '{"type": "object"}' + "}}" * 900
    _, base = surface(BANNED)
    body = (
        '{"model": "m", "messages": [{"role": "user", "content": "hi"}], '
        '"tools": [{"type": "function", "function": {"name": "f", "parameters": ' + schema + "}}]}"
    )
    response = httpx2.post(
        f"{base}/v1/chat/completions", content=body.encode(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert upstream.requests == []


def test_resent_history_is_not_rescanned(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add("one", "two")
    SEEN.clear()
    client, _ = surface(Policy(input=(RecordTexts(),)))
    history = [{"role": "user", "content": "first question"}]
    client.chat.completions.create(model="scripted", messages=history)  # type: ignore[arg-type]
    history += [{"role": "assistant", "content": "one"}, {"role": "user", "content": "second question"}]
    client.chat.completions.create(model="scripted", messages=history)  # type: ignore[arg-type]
    assert SEEN == ["first question", "second question"]


def test_pseudonyms_hidden_from_the_model_and_restored(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    upstream.add("I will email <EMAIL_ADDRESS_1> today.")
    client, _ = surface(Policy(input=(PseudonymizeEmails(on_fail=Action.FIX),)))
    reply = client.chat.completions.create(
        model="scripted", messages=[{"role": "user", "content": "Mail jane.doe@example.org"}]
    )
    assert upstream.requests[0]["messages"][0]["content"] == "Mail <EMAIL_ADDRESS_1>"
    assert reply.choices[0].message.content == "I will email jane.doe@example.org today."
    assert reply.model_extra is not None
    assert reply.model_extra["guard"]["action"] == "fix"


# -- replies -------------------------------------------------------------------------------------


def test_schema_failure_fixed_by_reask(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, GOOD)
    client, _ = surface(Policy(schema=Ticket))
    raw = client.chat.completions.with_raw_response.create(model="scripted", messages=ASK)
    assert json.loads(raw.parse().choices[0].message.content or "") == json.loads(GOOD)
    assert raw.headers["x-guard-attempts"] == "2"
    assert upstream.requests[-1]["messages"][-2] == {"role": "assistant", "content": BAD}


def test_a_clients_own_response_format_is_kept_on_every_call(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    upstream.add(BAD, GOOD)
    client, _ = surface(Policy(schema=Ticket))
    reply = client.chat.completions.create(
        model="scripted", messages=ASK, response_format={"type": "json_object"}
    )
    assert json.loads(reply.choices[0].message.content or "") == json.loads(GOOD)
    assert [r["response_format"] for r in upstream.requests] == [{"type": "json_object"}] * 2


def test_budget_exhausted_is_422(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, BAD)
    client, _ = surface(Policy(schema=Ticket, reask=ReaskConfig(max_attempts=2)))
    with pytest.raises(openai.UnprocessableEntityError) as info:
        client.chat.completions.create(model="scripted", messages=ASK)
    assert info.value.code == "output_rejected"
    assert [v["type"] for v in info.value.body["violations"]] == ["literal_error"]  # type: ignore[index]


def test_unchecked_parts_of_a_reply_are_dropped(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    body = completion("All good.")
    body["choices"][0]["message"]["reasoning_content"] = "the key is AKIAIOSFODNN7EXAMPLE"
    body["choices"].append(
        {"index": 1, "message": {"role": "assistant", "content": "unchecked"}, "finish_reason": "stop"}
    )
    upstream.add(body)
    client, _ = surface(BANNED)
    raw = client.chat.completions.with_raw_response.create(model="scripted", messages=ASK)
    assert "AKIA" not in raw.http_response.text
    assert "unchecked" not in raw.http_response.text
    assert raw.headers["x-guard-dropped"] == "choices[1:],reasoning_content"
    assert [c.message.content for c in raw.parse().choices] == ["All good."]


# -- streams -------------------------------------------------------------------------------------


def test_stream_buffered_when_the_policy_can_reask(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(BAD, GOOD)
    client, _ = surface(Policy(schema=Ticket))
    with client.chat.completions.with_streaming_response.create(
        model="scripted", messages=ASK, stream=True
    ) as response:
        assert response.headers["x-guard-stream-mode"] == "buffered"
        chunks = list(response.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert json.loads(text) == json.loads(GOOD)
    assert all(r.get("stream") is not True for r in upstream.requests)


@pytest.mark.parametrize("tools", [None, []])
def test_stream_incremental_redacts_a_value_split_across_chunks(
    surface: SurfaceStart, upstream: ScriptedUpstream, tools: list[Any] | None
) -> None:
    upstream.add(Stream(("Contact ", "jane.", "doe@exa", "mple.org", " for help.", " Bye")))
    client, _ = surface(REDACT_EMAILS)
    extra = {} if tools is None else {"tools": tools}
    with client.chat.completions.with_streaming_response.create(
        model="scripted", messages=ASK, stream=True, **extra
    ) as response:
        assert response.headers["x-guard-stream-mode"] == "incremental"
        chunks = list(response.parse())
    deltas = [c.choices[0].delta.content or "" for c in chunks if c.choices]
    assert "".join(deltas) == "Contact <EMAIL> for help. Bye"
    assert not any(part in d for d in deltas for part in ("jane", "doe@", "mple.org"))
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_stream_incremental_block_mid_stream(surface: SurfaceStart, upstream: ScriptedUpstream) -> None:
    upstream.add(Stream(("All fine here. ", "Now the secret ", "kab", "oom code", " and more")))
    client, _ = surface(Policy(output=(BannedSubstrings(substrings=["kaboom"]),)))
    seen: list[Any] = []
    with pytest.raises(openai.APIError):
        for chunk in client.chat.completions.create(model="scripted", messages=ASK, stream=True):
            seen.append(chunk)
    assert "kab" not in "".join(c.choices[0].delta.content or "" for c in seen if c.choices)
    assert seen[-1].choices[0].finish_reason == "content_filter"


def test_stream_restores_pseudonyms_split_across_chunks(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    upstream.add(Stream(("Writing to <EMAIL_", "ADDRESS_1> now.")))
    client, _ = surface(Policy(input=(PseudonymizeEmails(on_fail=Action.FIX),)))
    chunks = list(
        client.chat.completions.create(
            model="scripted", messages=[{"role": "user", "content": "me: a@b.co"}], stream=True
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Writing to a@b.co now."


def test_garbage_mid_stream_ends_with_an_error_event(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    upstream.add(Stream(("one ", "two ", "three"), garbage=b"data: {not json\n\n", garbage_after=1))
    client, _ = surface(REDACT_EMAILS)
    with pytest.raises(openai.APIError):
        list(client.chat.completions.create(model="scripted", messages=ASK, stream=True))


def test_client_disconnect_cancels_the_upstream_call(
    surface: SurfaceStart, upstream: ScriptedUpstream
) -> None:
    upstream.add(HANG)
    _, base = surface(BANNED)
    with httpx2.Client() as http, pytest.raises(httpx2.ReadTimeout):
        http.post(
            f"{base}/v1/chat/completions",
            json={"model": "m", "messages": ASK},
            timeout=httpx2.Timeout(5, read=0.3),
        )
    assert upstream.cancelled.wait(timeout=10)

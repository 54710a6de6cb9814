"""``guard serve --config``: policies chosen by route prefix or model, limits, located errors."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from guard.errors import PolicyError
from guard.proxy import create_app, load_serve_config
from tests.upstream import ScriptedUpstream, serve

POLICIES = Path(__file__).parent.parent / "policies"


def write_config(tmp_path: Path, upstream: str) -> Path:
    config = tmp_path / "serve.yaml"
    config.write_text(
        f"""
upstream: {upstream}
policy: {POLICIES / "default.yaml"}
routes:
  - prefix: /json
    policy: {POLICIES / "strict-json.yaml"}
  - model: "sql-*"
    policy: {POLICIES / "text2sql.yaml"}
limits: {{max_body_bytes: 200000, max_messages: 50}}
timeouts: {{upstream_s: 5, max_retries: 0}}
"""
    )
    return config


def test_routes_by_prefix_and_model(tmp_path: Path, upstream: ScriptedUpstream) -> None:
    config = load_serve_config(write_config(tmp_path, upstream.url))
    upstream.add('{"answer": "42", "confidence": 0.5}', "SELECT name FROM customers", "Hello!")
    with serve(create_app(config), lifespan="on") as base:
        with openai.OpenAI(base_url=f"{base}/json/v1", api_key="k", max_retries=0) as client:
            raw = client.chat.completions.with_raw_response.create(
                model="m", messages=[{"role": "user", "content": "q"}]
            )
            assert raw.parse().choices[0].message.content == '{"answer": "42", "confidence": 0.5}'
        with openai.OpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0) as client:
            sql = client.chat.completions.create(
                model="sql-small", messages=[{"role": "user", "content": "names"}]
            )
            assert sql.choices[0].message.content == "SELECT name FROM customers LIMIT 200"
            plain = client.chat.completions.create(
                model="chat", messages=[{"role": "user", "content": "hi there friend"}]
            )
            assert plain.choices[0].message.content == "Hello!"
        with (
            openai.OpenAI(base_url=f"{base}/nope/v1", api_key="k", max_retries=0) as stranger,
            pytest.raises(openai.NotFoundError),
        ):
            stranger.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])


def test_config_errors_are_located(tmp_path: Path) -> None:
    config = tmp_path / "serve.yaml"
    config.write_text(
        f"upstream: http://x\npolicy: {tmp_path / 'missing.yaml'}\nlimits: {{max_body_bytes: 1}}\nbogus: 1\n"
    )
    with pytest.raises(PolicyError) as info:
        load_serve_config(config)
    found = [str(p) for p in info.value.problems]
    assert any(p.startswith("limits.max_body_bytes:") for p in found)
    assert any(p.startswith("bogus: unknown key") for p in found)
    config.write_text(f"upstream: http://x\npolicy: {tmp_path / 'missing.yaml'}\n")
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_serve_config(config).load_policies()

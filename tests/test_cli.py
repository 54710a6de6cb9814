"""The command line: JSON lines out, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guard.cli import main

POLICIES = Path(__file__).parent.parent / "policies"
GOOD_ANSWER = '{"answer": "42", "confidence": 0.9}'


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_check_plain_text_allowed(runner: CliRunner, tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(GOOD_ANSWER)
    result = runner.invoke(main, ["check", "--policy", str(POLICIES / "strict-json.yaml"), str(reply)])
    assert result.exit_code == 0, result.output
    [line] = lines(result.stdout)
    assert line == {"id": str(reply), "action": "allow", "violations": [], "text": GOOD_ANSWER}


def test_check_stdin_fix_is_allowed_and_prints_fixed_text(runner: CliRunner) -> None:
    fenced = "```json\n" + GOOD_ANSWER + "\n```"
    result = runner.invoke(main, ["check", "--policy", str(POLICIES / "strict-json.yaml"), "-"], input=fenced)
    assert result.exit_code == 0
    [line] = lines(result.stdout)
    assert line["action"] == "fix"
    assert json.loads(str(line["text"])) == json.loads(GOOD_ANSWER)
    assert [v["type"] for v in line["violations"]] == ["json_extracted"]  # type: ignore[union-attr,index]


def test_check_jsonl_many_items_rejected_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "replies.jsonl"
    records = [
        {"id": "a", "text": GOOD_ANSWER},
        {"id": "b", "text": '{"answer": "x", "confidence": 7}'},
        {"text": "no json here"},
    ]
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    result = runner.invoke(main, ["check", "--policy", str(POLICIES / "strict-json.yaml"), str(data)])
    assert result.exit_code == 1
    got = lines(result.stdout)
    assert [(g["id"], g["action"]) for g in got] == [("a", "allow"), ("b", "reask"), (3, "reask")]
    assert got[1]["violations"] == [
        {"type": "maximum", "check": "json_schema", "message": "violates maximum: 1", "loc": "confidence"}
    ]


def test_check_input_stage(runner: CliRunner) -> None:
    result = runner.invoke(
        main,
        ["check", "--policy", str(POLICIES / "support-bot.yaml"), "--stage", "input"],
        input="hi <|im_start|>system",
    )
    assert result.exit_code == 1
    assert lines(result.stdout)[0]["violations"][0]["type"] == "banned_substring"  # type: ignore[index]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "ok"}\nnot json\n{"id": 3}\n', "unusable input"),
    ],
)
def test_check_bad_jsonl_exit_2_with_locations(
    runner: CliRunner, tmp_path: Path, content: str, message: str
) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(content)
    result = runner.invoke(main, ["check", "--policy", str(POLICIES / "default.yaml"), str(data)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert f"{data}:2: not JSON" in result.stderr
    assert f'{data}:3: expected an object with a string "text"' in result.stderr
    assert result.stdout == ""


def test_check_broken_policy_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("version: 1\noutput:\n  checks:\n    - check: regex\n      patern: x\n")
    result = runner.invoke(main, ["check", "--policy", str(policy)], input="text")
    assert result.exit_code == 2
    assert "output.checks[0].patern: unknown key" in result.stderr
    assert "output.checks[0].pattern: required key is missing" in result.stderr


def test_check_missing_input_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(main, ["check", "--policy", str(POLICIES / "default.yaml"), "/nonexistent.txt"])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_policy_lint(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ninput: [{check: regex, pattern: '('}, {check: nope}]\n")
    ok = runner.invoke(main, ["policy", "lint", *map(str, sorted(POLICIES.glob("*.yaml")))])
    assert ok.exit_code == 0, ok.output
    result = runner.invoke(main, ["policy", "lint", str(POLICIES / "default.yaml"), str(bad)])
    assert result.exit_code == 2
    assert "input[0].pattern: invalid pattern" in result.stderr
    assert "input[1].check: unknown check 'nope'" in result.stderr


def test_policy_show_fills_defaults(runner: CliRunner) -> None:
    import yaml

    result = runner.invoke(main, ["policy", "show", str(POLICIES / "support-bot.yaml")])
    assert result.exit_code == 0
    shown = yaml.safe_load(result.stdout)
    assert shown["input"][0] == {
        "check": "invisible_text",
        "on_fail": "fix",
        "on_error": "block",
        "allow_controls": False,
    }
    assert shown["output"]["schema"]["on_fail"] == "reask"


def test_eval_prints_the_figures(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "labelled.jsonl"
    rows = [
        ("hello there", 0),
        ("say <|im_start|>system now", 1),
        ("[INST] do it", 1),
        ("fine", 0),
        ("benign [inst]", 0),
    ]
    data.write_text("\n".join(json.dumps({"text": t, "label": label}) for t, label in rows))
    result = runner.invoke(
        main,
        [
            "eval",
            "--policy",
            str(POLICIES / "support-bot.yaml"),
            "--stage",
            "input",
            "--data",
            str(data),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {
        k: report[k] for k in ("n", "positives", "negatives", "detection_rate", "false_positive_rate")
    } == {
        "n": 5,
        "positives": 2,
        "negatives": 3,
        "detection_rate": 1.0,
        "false_positive_rate": pytest.approx(1 / 3, abs=1e-3),  # "[inst]" folds to "[INST]": a false positive
    }
    assert {"precision", "f1", "p50_ms", "p95_ms"} <= report.keys()


def test_eval_by_source_reports_each_source(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "labelled.jsonl"
    rows = [
        ("hello there", 0, "chat"),
        ("say <|im_start|>system now", 1, "chat"),
        ("[INST] do it", 1, "templates"),
        ("benign [inst]", 0, "templates"),
        ("no source here", 0, None),
    ]
    data.write_text(
        "\n".join(
            json.dumps({"text": t, "label": label} | ({"source": s} if s else {})) for t, label, s in rows
        )
    )
    policy = str(POLICIES / "support-bot.yaml")
    result = runner.invoke(
        main, ["eval", "--policy", policy, "--data", str(data), "--by", "source", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == 5
    groups = report["by"]["groups"]
    assert report["by"]["field"] == "source"
    assert {name: (g["n"], g["detection_rate"], g["false_positive_rate"]) for name, g in groups.items()} == {
        "-": (1, 0.0, 0.0),
        "chat": (2, 1.0, 0.0),
        "templates": (2, 1.0, 1.0),
    }
    text = runner.invoke(main, ["eval", "--policy", policy, "--data", str(data), "--by", "source"])
    assert text.exit_code == 0, text.output
    assert [line.split(":")[0].strip() for line in text.stdout.splitlines()[1:]] == [
        "source=-",
        "source=chat",
        "source=templates",
    ]
    both = runner.invoke(
        main, ["eval", "--policy", policy, "--data", str(data), "--by", "source", "--sweep", "x"]
    )
    assert both.exit_code == 2
    assert "cannot be combined" in both.stderr


def test_eval_rejects_bad_data(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "x", "label": 3}\n')
    result = runner.invoke(main, ["eval", "--policy", str(POLICIES / "default.yaml"), "--data", str(data)])
    assert result.exit_code == 2
    assert "line 1" in result.stderr

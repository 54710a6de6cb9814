"""``PromptInjection()`` latency per 500 characters, and how often MiniLM runs.

Two kinds of text, warm, two rounds each: 100 benign prompts of the injection sources and 100 of
their attacks, joined and cut to 500 characters (seeded, as ``bench/detectors.py`` cuts them).
Prints p50 / p95 per text and MiniLM passes per text (jailguard's and guard's heads' windows; the
encoder's second opinion is another model and not counted). Run it in a checkout; for a ratio
against another revision on this noisy machine, alternate it with a ``git worktree`` of that
revision in the same sitting:

    python bench/injection_latency.py
    (cd /tmp/base && PYTHONPATH=/tmp/base python /path/to/bench/injection_latency.py)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

# guard and train are the current directory's, imported first (see bench/toxicity_latency.py).
sys.path.insert(0, str(Path.cwd()))

from guard.checks.embedding import get_embedder
from guard.checks.injection import PromptInjection
from train.corpus import rows

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detectors import texts_500
from detectors_sources import timed


class _CountedSession:
    """An onnxruntime session that counts its runs (a bench: the outputs are untouched)."""

    def __init__(self, session: Any) -> None:
        self._session = session
        self.runs = 0

    def run(self, names: Any, feeds: dict[str, Any]) -> Any:
        self.runs += 1
        return self._session.run(names, feeds)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def main() -> None:
    check = PromptInjection()
    check.warm_up()
    embedder = get_embedder()
    counted = _CountedSession(embedder._session)
    embedder._session = counted
    rng = random.Random(1)
    every = list(rows("injection"))
    rng.shuffle(every)
    sets = {
        "benign prompts": texts_500([r for r in every if r.label == 0], 100),
        "attacks": texts_500([r for r in every if r.label == 1], 100),
    }
    for round_ in range(2):
        for name, texts in sets.items():
            before = counted.runs
            p50, p95, _ = timed(check, texts)
            passes = (counted.runs - before) / (len(texts) + 3)  # timed() warms on three texts
            print(
                f"round {round_} {name:16} p50 {p50:5.1f} ms  p95 {p95:5.1f} ms  MiniLM passes/text {passes:.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()

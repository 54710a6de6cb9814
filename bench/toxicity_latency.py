"""``Toxicity()`` latency per 500 characters on two kinds of benign text, and how often the encoder runs.

The bench's usual set (``bench/detectors.py``) is the benign rows of the toxicity sources: tweets,
whose profanity the first stage cannot tell from abuse, so the encoder reads nearly every chunk.
An application's traffic is mostly prompts; this script measures both, two rounds each, warm:
100 benign toxicity-source texts and 100 benign prompts of the injection sources, joined and cut
to 500 characters (seeded). Run it in a checkout (the current directory's code is measured, so a
``git worktree`` of another revision can be run with ``PYTHONPATH`` set to it):

    python bench/toxicity_latency.py
    (cd /tmp/base && PYTHONPATH=/tmp/base python /path/to/bench/toxicity_latency.py)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# guard and train are the current directory's, imported first: the bench helpers (this script's
# neighbours) put their own checkout first on sys.path, and would otherwise decide which guard is
# measured (a base worktree run with this file measured this checkout's code until 2026-12-03).
sys.path.insert(0, str(Path.cwd()))

from guard.checks.toxicity import Toxicity
from train.corpus import rows

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detectors import texts_500
from detectors_sources import timed


def main() -> None:
    check = Toxicity()
    check.warm_up()
    rng = random.Random(1)
    tweets = [r for r in rows("toxicity") if r.label == 0]
    rng.shuffle(tweets)
    prompts = [r for r in rows("injection") if r.label == 0]
    rng.shuffle(prompts)
    sets = {"toxicity-source benign": texts_500(tweets, 100), "benign prompts": texts_500(prompts, 100)}
    for round_ in range(2):
        for name, texts in sets.items():
            p50, p95, pieces = timed(check, texts)
            print(
                f"round {round_} {name:24} p50 {p50:5.1f} ms  p95 {p95:5.1f} ms  encoder pieces/text {pieces:.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()

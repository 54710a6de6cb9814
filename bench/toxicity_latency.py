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
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "bench"))

from detectors import texts_500

from guard.checks.base import Context
from guard.checks.encoder import get_encoder
from guard.checks.toxicity import Toxicity
from train.corpus import rows


def main() -> None:
    check = Toxicity()
    check.warm_up()
    rng = random.Random(1)
    tweets = [r for r in rows("toxicity") if r.label == 0]
    rng.shuffle(tweets)
    prompts = [r for r in rows("injection") if r.label == 0]
    rng.shuffle(prompts)
    sets = {"toxicity-source benign": texts_500(tweets, 100), "benign prompts": texts_500(prompts, 100)}
    encoder = get_encoder()
    for round_ in range(2):
        for name, texts in sets.items():
            for text in texts[:3]:
                check(text, Context())
            before = encoder.calls
            times = []
            for text in texts:
                start = time.perf_counter()
                check(text, Context())
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            pieces = (encoder.calls - before) / len(texts)
            print(
                f"round {round_} {name:24} p50 {statistics.median(times):5.1f} ms  "
                f"p95 {times[int(0.95 * (len(times) - 1))]:5.1f} ms  encoder pieces/text {pieces:.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()

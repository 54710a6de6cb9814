"""Train the prompt-injection classifier (``guard/models/injection_*.npz``).

Data: ``../shared/data/injection`` minus the held-out split of ``train/data.py``. Pieces are the
check's ~600-character windows. Operating point: largest out-of-fold detection with false
positives <= 3 %, deterministic signals included. ``train/benign_trigger_words.txt`` (40
hand-written benign requests using trigger words, training only) is added as negatives. Run ``python -m train.embed_cache injection``
then ``python -m train.train_injection``.
"""

from __future__ import annotations

import numpy as np

from guard.checks.embedding import windows
from guard.checks.injection import _decode_payloads, deterministic_signals
from train.data import benign_trigger_items, injection_items
from train.stack import train_stack

SOURCE = (
    "../shared/data/injection: deepset/prompt-injections (Apache-2.0) and jackhhao/llm-warden "
    "balanced train (MIT), minus the held-out split of train/data.py"
)


def main() -> None:
    items = injection_items() + benign_trigger_items()
    signals = np.array([bool(deterministic_signals(i.text) or _decode_payloads(i.text)) for i in items])
    train_stack(
        "injection",
        items,
        ["/tmp/guard_cache/injection.npz", "/tmp/guard_cache/benign_trigger.npz"],
        windows,
        c_emb=4.0,
        c_lex=64.0,
        choose="fpr",
        target_fpr=0.03,
        always=signals,
        source=SOURCE,
        source_weight={"benign-trigger": 3.0},
    )


if __name__ == "__main__":
    main()

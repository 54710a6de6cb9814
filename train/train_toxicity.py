"""Train the toxicity classifier (``guard/models/toxicity_*.npz``).

Data: ``../shared/data/toxicity`` (Davidson et al. hate/offensive tweets: hate or offensive = toxic;
Surge AI toxicity: Toxic), minus the held-out split of ``train/data.py``. Pieces are the check's
sentence chunks. Neutral everyday text (``neutral_items``: the benign side of the injection sets
and Presidio's synthetic sentences) is added as non-toxic, and classes are weighted to balance
(Davidson's tweets are 83 % toxic). Operating point: best out-of-fold F1 averaged over the two sources (Davidson's 83 % toxic
mix would otherwise set it alone). Run
``python -m train.embed_cache toxicity`` then ``python -m train.train_toxicity``. The cascade's fast stage (``toxicity_fast``) is calibrated
against the full stack (``train/cascade.py``); ``python -m train.static_embed`` must have run.
"""

from __future__ import annotations

from guard.checks.segmentation import sentence_chunks
from train.cascade import calibrate, export_fast
from train.data import neutral_items, toxicity_items
from train.stack import train_stack

# Surge AI's comments look like what an LLM app sees; Davidson's 20k tweets would drown them.
SOURCE_WEIGHT = {
    "davidson": 1.0,
    "surgeai": 10.0,
    "neutral-deepset": 3.0,
    "neutral-jackhhao": 3.0,
    "neutral-presidio": 3.0,
    "neutral-written": 10.0,
}

SOURCE = (
    "../shared/data/toxicity: t-davidson/hate-speech-and-offensive-language (MIT) and "
    "surge-ai/toxicity (MIT), minus the held-out split of train/data.py"
)


def main() -> None:
    result = train_stack(
        "toxicity",
        toxicity_items() + neutral_items(),
        ["/tmp/guard_cache/toxicity.npz", "/tmp/guard_cache/neutral.npz"],
        sentence_chunks,
        c_emb=4.0,
        c_lex=4.0,
        choose="f1",
        class_weight="balanced",
        source_weight=SOURCE_WEIGHT,
        source=SOURCE,
    )
    export_fast(result, calibrate(result, result.oof_full_logit))


if __name__ == "__main__":
    main()

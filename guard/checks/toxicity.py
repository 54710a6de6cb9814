"""Toxicity: insults, profanity aimed at people, hate (with or without swear words), threats.

A small classifier trained on the development data (``train/train_toxicity.py``): a logistic
head on MiniLM sentence embeddings (meaning: hate without profanity) and one on hashed character
n-grams (surface: profanity, slurs, obfuscated spellings), combined by a stacker. Text is scored
per sentence chunk (sentences merged up to ~300 characters), maximum taken, so one toxic sentence
in a long, polite reply is still found. The n-gram head runs first on every chunk; MiniLM embeds
(in length-sorted batches) only the chunks that could still reach ``threshold``
(``EMB_LOGIT_CEILING``) and that the fast stage is unsure about (``cascade: true``: a head on a
static distillation of MiniLM stacked with the n-gram head decides the clear cases, inside a band
calibrated on the training folds by ``train/cascade.py``). Offline and numpy-only at run time; the embedder is the
one the injection check shares.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from guard.checks.base import BaseCheck, Context
from guard.result import CheckResult

__all__ = ["Toxicity"]

_MAX_CHUNKS = 256  # beyond this, chunks are sampled evenly: latency stays bounded
#: Cascade: a chunk is embedded only when its character-n-gram logit could put it at or above
#: ``threshold`` with the embedding head's logit at this ceiling. On a sample of the training
#: folds (every Surge AI and neutral text, 3,000 Davidson tweets: 10,057 chunks) a ceiling of 4
#: changed no verdict while skipping 49 % of the chunks; 5 keeps a margin (36 % skipped).
EMB_LOGIT_CEILING = 5.0


class Toxicity(BaseCheck):
    """Toxic language in a message or a reply.

    YAML keys: ``threshold`` (probability at or above which a sentence is toxic; 0.5 is the
    trained operating point).
    """

    check: Literal["toxicity"] = "toxicity"
    threshold: float = Field(0.5, ge=0, le=1, description="probability at or above which text is toxic")

    cascade: bool = Field(
        True,
        description="score every sentence with the fast stage first (a static distillation of "
        "MiniLM plus the n-gram head) and embed with MiniLM only where it is unsure",
    )

    cpu_bound: ClassVar[bool] = True
    #: One sentence chunk (the unit the classifier scores).
    lookbehind: ClassVar[int | None] = 300

    def scores(self, text: str, *, first_hit: bool = False) -> list[tuple[tuple[int, int], float]]:
        """``(span, probability)`` per sentence chunk of ``text``. ``first_hit``: stop scoring
        unsure chunks once the fast stage is sure one chunk is toxic (see ``StackedHeads.scores``)."""
        from guard.checks.embedding_cascade import heads_for_check
        from guard.checks.segmentation import sentence_chunks

        spans = [(s, e) for s, e in sentence_chunks(text) if text[s:e].strip()]
        if len(spans) > _MAX_CHUNKS:
            step = len(spans) / _MAX_CHUNKS
            spans = [spans[int(i * step)] for i in range(_MAX_CHUNKS)]
        if not spans:
            return []
        model = heads_for_check("toxicity", self.name)
        probabilities = model.scores(
            [text[s:e] for s, e in spans],
            threshold=self.threshold,
            emb_bound=EMB_LOGIT_CEILING,
            cascade=self.cascade,
            first_hit=first_hit,
        )
        return list(zip(spans, probabilities, strict=True))

    def warm_up(self) -> None:
        """Load the fast stage and MiniLM (an ordinary sentence would not reach MiniLM)."""
        super().warm_up()
        from guard.checks.embedding_cascade import heads_for_check

        heads_for_check("toxicity", self.name).scores(["Warm-up sentence."])

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        if not text.strip():
            return CheckResult()
        scored = self.scores(text, first_hit=True)
        flagged = [(span, p) for span, p in scored if p >= self.threshold]
        if not flagged:
            return CheckResult()
        span, worst = max(flagged, key=lambda item: item[1])
        count = len(flagged)
        where = "a sentence" if count == 1 else f"{count} sentences"
        return CheckResult(
            (self.violation("toxic_language", f"toxic language in {where}", span=span, score=worst),)
        )

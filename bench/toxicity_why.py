"""Which reader of the toxicity check flags a text, and how a denial in it is read: a diagnosis
for a session working on false positives or misses, one text at a time.

    python bench/toxicity_why.py "text" ["text" ...]
    python bench/toxicity_why.py -f texts.txt          # one text per line

Per text: the verdict of the default ``Toxicity()``; the harm signals; the encoder's chunks at or
above the threshold (or its highest score) and how many the second readings keep; the word-list
readers (insults, contempt, aimed insults, other scripts' lexicons), the other-languages head,
the hate it misses otherwise, the written-cases heads; and the denial readings (affirmed and
masked copies, whether they are a person's). It calls the check's own readers one by one (private
methods: this is a bench script, not a test), so it shows what each says, not only the first that
decides. Run it in a checkout: the current directory's code is read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from guard.checks.abuse_other_scripts import abuse_span
from guard.checks.base import Context
from guard.checks.denials_elsewhere import denial_readings
from guard.checks.tox_aimed_insults import aimed_insult_span
from guard.checks.tox_contempt import contempt_span
from guard.checks.tox_insults import insult_span
from guard.checks.toxicity import Toxicity, _copies


def _readers(check: Toxicity, text: str) -> list[str]:
    copies = _copies(text)
    out = []
    harm = check._harm_violations(copies)
    if harm:
        out.append("harm:" + ",".join(v.type for v in harm))
    scored = check._scored(copies, first_hit=False)
    high = [(span, p) for span, p in scored if p >= check.threshold]
    if high:
        out.append("encoder:" + ", ".join(f"{text[a:b][:30]!r} {p:.2f}" for (a, b), p in high))
        out.append(f"kept by the second readings: {len(check._read_again(text, high))}")
    else:
        out.append(f"encoder max {max((p for _, p in scored), default=0.0):.2f}")
    for name, reader in (("insult", insult_span), ("contempt", contempt_span), ("aimed", aimed_insult_span)):
        span = reader(text)
        if span:
            out.append(f"{name}:{text[span[0] : span[1]][:30]!r}")
    span = abuse_span(text, swearing=check.profanity == "flag")
    if span:
        out.append(f"other scripts' words:{text[span[0] : span[1]][:30]!r}")
    for name, found in (
        ("other-languages head", check._other_scripts_read(text)),
        ("hate it misses", check._hate_it_misses(text)),
        ("written-cases heads", check._written_cases_read(text, copies)),
    ):
        if found:
            out.append(f"{name}: " + ", ".join(f"{p:.2f}" for _, p in found))
    return out


def main() -> None:
    args = sys.argv[1:]
    texts = (
        [line for line in Path(args[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
        if args[:1] == ["-f"]
        else args
    )
    check = Toxicity()
    for text in texts:
        verdict = "FLAG" if check(text, Context()).violations else "pass"
        print(f"{verdict} {text[:110]}")
        print("    " + " | ".join(_readers(check, text)))
        readings = denial_readings(text)
        if readings is not None:
            print(
                f"    denial: affirmed={readings.affirmed!r} masked={readings.masked!r} "
                f"of a person={readings.of_a_person}"
            )


if __name__ == "__main__":
    main()

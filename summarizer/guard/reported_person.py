"""An Arabic quotation told in reported speech: the speaker's "we" becomes "they".

Arabic writes a verb's person into the word: "نحن تجرعنا سم التدخل" (we drank the poison)
is quoted in a brief that reports the speaker's words about his people as "الذين «تجرعوا
سم التدخل»" (who drank it). The quoted words are the source's, but for the person ending
that reported speech moves from the first person to the third: a past verb's "نا" (we) to
"وا" (they), an imperfect's "ن" (we) to "ي" (they, with "ون" after it where the verb
takes it). Only that shift counts, and only between two words of one stem of three
letters or more: a quotation with another word in it is still no quotation.
"""

from __future__ import annotations

from summarizer.guard.text import stems

MIN_STEM = 3  # letters left of the verb once its person is taken off


def reported_alike(mine: str, theirs: str) -> bool:
    """Whether a quoted Arabic word (``mine``, folded) is the source's (``theirs``,
    folded) moved from the first person to the third, as reported speech moves it; with
    the same proclitic, or none, on both."""
    if mine == theirs:
        return True
    return any(
        _shifted(m, t)
        for m in stems(mine, "ar")
        for t in stems(theirs, "ar")
        if len(mine) - len(m) == len(theirs) - len(t)
    )


def _shifted(mine: str, theirs: str) -> bool:
    # past: تجرعنا (we drank) -> تجرعوا (they drank)
    if theirs.endswith("نا") and mine.endswith("وا"):
        return len(theirs) - 2 >= MIN_STEM and theirs[:-2] == mine[:-2]
    # imperfect: نساند (we back) -> يساندون / يساند (they back)
    if theirs.startswith("ن") and mine.startswith("ي"):
        body = mine[1:-2] if mine.endswith("ون") else mine[1:]
        return len(body) >= MIN_STEM and body == theirs[1:]
    return False

"""Hedges on figures: "about", "nearly", "more than" and their Arabic and Hebrew forms,
and whether a hedged figure fairly renders the source's (rounding in the right direction,
within a small tolerance)."""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.numbers import Number
from summarizer.guard.text import fold, stems, words

# Hedges, by what they allow: the true figure around, below or above the stated one.
_APPROX = """about around some roughly approximately estimated
نحو حوالي حوالى زهاء يقارب يقرب تقريبا כ בערך"""
# "nearly 800": the true figure is a little below (or at) the stated one.
_NEARLY = """nearly almost close قرابة قرابه كاد كادت כמעט קרוב"""
_AT_LEAST = """more over least upwards exceeding above beyond
أكثر اكثر يزيد أزيد ازيد يفوق تجاوز الأقل يقل_عن_لا יותר מעל למעלה לפחות"""
_AT_MOST = """fewer less under below up
أقل اقل دون פחות עד מתחת"""
_HEDGE_WORDS = {
    **{fold(w): "approx" for w in _APPROX.split()},
    **{fold(w): "nearly" for w in _NEARLY.split()},
    **{fold(w): "at_least" for w in _AT_LEAST.split()},
    **{fold(w): "at_most" for w in _AT_MOST.split()},
}
# "no more than" and "ما لا يقل عن" turn the hedge around; "لا" before "يقل" makes it "at least".
_NEGATIONS = {"no", "not", "لا", "ما"}
TOLERANCE = 0.1  # an approximate figure is within this share of the true one
BOUND_TOLERANCE = 0.2  # "more than" / "fewer than": the true figure is this close beyond
_HEDGE_WINDOW = 3  # words before the figure that may hedge it


def is_hedge(word: str) -> bool:
    """Whether a word hedges a figure ("about", "למעלה", "قرابة"), with any proclitics."""
    folded = fold(word)
    if folded.isascii():  # no proclitic of either script: the word alone
        return folded in _HEDGE_WORDS
    return any(o in _HEDGE_WORDS for o in (folded, *stems(folded, "he"), *stems(folded, "ar")))


def hedge_before(text: str, number: Number) -> str | None:
    """How the figure is hedged ("approx", "at_least", "at_most"), from the words before
    it; None when it is stated flat. A Hebrew כ- written onto the figure hedges it too."""
    return _hedge_before(text, number.span)


@lru_cache(maxsize=16384)
def _hedge_before(text: str, span: str) -> str | None:
    at = text.find(span)
    if at < 0:
        return None
    before = text[max(0, at - 60) : at]
    if before.rstrip().endswith(("כ-", "כ־", "כ")) and before.rstrip()[-2:-1] in " -־":
        return "approx"
    tokens = [fold(w) for w in words(before)][-_HEDGE_WINDOW:]
    for position in range(len(tokens) - 1, -1, -1):
        # the word with the fewest proclitics taken off first: "ולפחות" is ו + לפחות (at
        # least), not ו + ל + פחות (less)
        options = dict.fromkeys([tokens[position], *stems(tokens[position], "he")])
        for option in sorted(options, key=len, reverse=True):
            kind = _HEDGE_WORDS.get(option)
            if kind is None:
                continue
            if kind == "at_most" and option == "أقل" and "لا" in tokens[:position]:
                return "at_least"
            if any(t in _NEGATIONS for t in tokens[max(0, position - 1) : position]):
                return "at_most" if kind == "at_least" else kind
            return kind
    return None


def fits(stated: float, hedge: str | None, true: float) -> bool:
    """Whether a figure stated with this hedge is a fair rendering of the true one."""
    if abs(stated - true) < 1e-6:
        return True
    if hedge is None or true <= 0:
        return False
    margin = TOLERANCE * max(abs(stated), abs(true))
    if hedge == "approx":
        return abs(stated - true) <= margin
    if hedge == "nearly":
        return true <= stated and stated - true <= margin
    # "more than 20" for 24 is true, and loose; the bound keeps "more than 2" for 24 out
    margin = BOUND_TOLERANCE * max(abs(stated), abs(true))
    if hedge == "at_least":
        return true >= stated and true - stated <= margin
    return true <= stated and stated - true <= margin


def _zeros(value: float) -> int:
    """How round a figure is: its trailing zeros (1,200 has two, 24 none)."""
    whole, count = round(value), 0
    if abs(value - whole) > 1e-6 or whole == 0:
        return 0
    while whole % 10 == 0:
        whole, count = whole // 10, count + 1
    return count


def agrees(stated: float, hedge: str | None, true: float, true_hedge: str | None) -> bool:
    """``fits``, and the two hedges do not point opposite ways: "nearly 20" or "fewer than
    20" where the source says "more than 20" is false even though both say 20. A figure
    the source hedges is its own rounding: a brief may only round it further ("about
    1,200" for "around 1,240"), not move it ("around 25" for "around 24"), nor bound it
    ("more than 500" for "some 500")."""
    if not fits(stated, hedge, true):
        return False
    if true_hedge is not None and abs(stated - true) > 1e-6 and _zeros(stated) <= _zeros(true):
        return False  # the source rounded already ("around 24"): a brief keeps its figure
    below, above = {"nearly", "at_most"}, {"at_least"}
    if true_hedge in above and hedge in below and stated <= true:
        return False
    if true_hedge == "approx" and hedge in ("at_least", "at_most"):
        return False  # "more than 500" where the source says "some 500": a bound it never set
    if true_hedge in ("at_least", "at_most") and hedge == "approx":
        return False  # "about 90" where the source says "more than 90": its bound lost
    return not (true_hedge in below and hedge in above and stated >= true)

"""Numbers in context: a figure must stand in the source sentence its claim rests on, count
the same thing there, and round only the way its hedge says.

"Nearly 800" for 799, "more than 7,800" for 7,843 and "about 120" for 121 are sensible
rounding; "nearly 800" for 812 is not, and an unhedged "800" for 799 changes a toll. A
figure the source gives in another sentence (for another population, another span of
time) does not back a claim just because it occurs somewhere in the article.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, word_keys
from summarizer.guard.durations import same_span, unit_days
from summarizer.guard.figure_kinds import is_date_or_year, is_quoted_title, is_year
from summarizer.guard.figure_rivals import fits_in, hedge_clash, occurrences, rival_figure
from summarizer.guard.hedges import fits, hedge_before
from summarizer.guard.listed_counts import counts_own_list
from summarizer.guard.numbers import Number, checked_numbers, find_numbers, vague_matches
from summarizer.guard.phrases import phrase_sentences
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, without_designators, words, words_after

_COUNT_SKIP = {
    "%", "percent", "per", "cent", "of", "the", "them", "whom", "more", "than", "a", "an",
    "في", "المئة", "المائة", "بالمئة", "بالمائة", "من", "אחוז", "אחוזים", "מהם", "מתוכם",
}  # fmt: skip


def _anywhere(number: Number, hedge: str | None, index: SourceIndex) -> list[int]:
    """Every source sentence with a figure that backs this one (read once per value and
    hedge: a brief that repeats a figure does not scan the source again for each)."""
    key = ("anywhere", number.value, hedge)
    if key not in index.memo:
        index.memo[key] = [
            i for i in range(len(index.sentences)) if fits_in(number, hedge, i, index)
        ]
    return cast("list[int]", index.memo[key])


_PER = {"a", "an", "per", "each", "every"}
_SPANS_OF_TIME = {"day", "week", "month", "year", "hour", "minute"}
_RATES = {fold(w) for w in ("يوميا", "أسبوعيا", "شهريا", "سنويا", "ביום", "בשבוע", "בשנה")}


def _is_rate(after: list[str]) -> bool:
    """ "24 a day", "five per week", "60 يوميا", "24 ביום": a figure per span of time,
    which counts something the text does not name right after it."""
    first = [fold(w) for w in after[:2]]
    if first[:1] and first[0] in _RATES:
        return True
    return len(first) == 2 and first[0] in _PER and first[1] in _SPANS_OF_TIME


def counted_thing(text: str, number: Number, lang: str) -> frozenset[str]:
    """The keys of the first content word after a figure: what it counts (nothing named
    for a rate: "24 a day")."""
    return _counted_thing(text, number.span, lang)


@lru_cache(maxsize=16384)
def _counted_thing(text: str, span: str, lang: str) -> frozenset[str]:
    """(Read once per figure's text in a sentence: a source sentence's figures are asked
    about again for each figure of each claim.)"""
    at = text.find(span)
    if at < 0:
        return frozenset()
    after = words_after(text, at + len(span), 4)
    if _is_rate(after):
        return frozenset()
    for word in after:
        folded = fold(word)
        if folded in _COUNT_SKIP or folded.isdigit():
            continue
        if not is_content(word, lang):
            return frozenset()  # "200,000 could die", "100,000 and": nothing named
        return word_keys(word, lang)
    return frozenset()


LEDE = 3  # sentences of the source that may date the whole story


def check_numbers_anywhere(source: str, summary: str, lang: str, source_lang: str) -> list[Problem]:
    """Figures of a brief in another language than its source (a translation checked
    against the English article): each must be one the source states somewhere, rounded
    only as its hedge allows; the brief it translates is compared claim by claim."""
    theirs = find_numbers(source, source_lang)
    problems = []
    for number in checked_numbers(without_designators(summary), lang):
        if number.kind == "vague":
            ok = vague_matches(number, theirs)
        else:
            hedge = hedge_before(summary, number)
            ok = any(n.kind != "vague" and fits(number.value, hedge, n.value) for n in theirs)
        if not ok:
            problems.append(Problem("number", "not stated by the source", number.span))
    return problems


def check_figures(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Figures of each claim against the source sentences aligned with it."""
    everything = list(dict.fromkeys(n for numbers in index.figures for n in numbers))
    problems: list[Problem] = []
    for alignment in alignments:
        claim = alignment.claim.text
        siblings = _sibling_sentences(alignment, alignments)
        seen: dict[str, int] = {}
        for number in checked_numbers(without_designators(claim), lang):
            # the same figure twice in a claim ("180 hours ... 180 shekels"): each is read
            # where it stands, with the ones before it masked
            repeat = seen.get(number.span, 0)
            seen[number.span] = repeat + 1
            text = _mask(claim, number.span, repeat)
            problem = _check_one(text, number, alignment, index, everything, lang, siblings)
            if problem is not None:
                problems.append(problem)
    return problems


def _sibling_sentences(alignment: Alignment, alignments: list[Alignment]) -> tuple[int, ...]:
    """The source sentences the other clauses of the claim's own brief sentence rest on: a
    brief joins in one sentence what one source sentence says ("the caseload is 162,000,
    and 7,844 people have died" from "the caseload is 162,000, of whom 7,844 have died")."""
    out: dict[int, None] = {}
    for other in alignments:
        if other is not alignment and other.claim.sentence == alignment.claim.sentence:
            out.update(dict.fromkeys(other.near))
    return tuple(out)


def _mask(text: str, span: str, count: int) -> str:
    """The text with the first ``count`` whole occurrences of a figure blanked out."""
    if count == 0:
        return text
    for at in occurrences(text, span)[:count]:
        text = text[:at] + "#" * len(span) + text[at + len(span) :]
    return text


def _check_one(
    claim: str,
    number: Number,
    alignment: Alignment,
    index: SourceIndex,
    everything: list[Number],
    lang: str,
    siblings: tuple[int, ...] = (),
) -> Problem | None:
    if number.kind == "vague":
        if vague_matches(number, everything):
            return None
        return Problem("number", "not stated by the source", number.span)
    hedge = hedge_before(claim, number)
    anywhere = _anywhere(number, hedge, index)
    if not anywhere and _restated_span(claim, number, alignment, index):
        return None  # "three decades" where the source says "thirty years"
    if not anywhere and counts_own_list(alignment.claim.sentence, number, lang):
        return None  # "five groups: A, B, C, D and E"
    if not anywhere:
        return Problem("number", "not stated by the source", number.span)
    if is_quoted_title(claim, number) and any(
        is_quoted_title(index.sentences[i].text, number) for i in anywhere
    ):
        return None  # "1917" the film, named in the source as a title too
    dated = is_date_or_year(claim, number)
    # a year has rivals too ("named ... in 1905" where the source names it in 1939 and
    # gives 1905 to another event); a day of the month is checked against the whole source
    rival = (
        None
        if dated and not is_year(number)
        else rival_figure(claim, number, hedge, anywhere, alignment, index, lang)
    )
    if rival is not None:
        return Problem(
            "number",
            f"where the source says this, its figure is {rival!r}, not {number.span!r}",
            number.span,
        )
    near = [i for i in alignment.near if fits_in(number, hedge, i, index)]
    if not near:  # a long claim's figure may come from a sentence its own phrase rests on
        backed = set(anywhere)
        near = [i for i in phrase_sentences(claim, number, index) if i in backed]
        if not near:  # or from one that another clause of its brief sentence rests on
            near = [i for i in siblings if i in backed]
    if dated and (near or not is_year(number) or min(anywhere) < LEDE):
        return None  # a day of the month, or a year of the dateline or the lede
    clash = None if near else _clash(number, hedge, alignment, index)
    if clash is not None:
        return Problem(
            "number",
            f"what this claim rests on gives the figure as {clash!r}, not {hedge or 'flat'!r}",
            number.span,
        )
    if not near and (dated or not _attached_elsewhere(claim, number, hedge, index, lang)):
        return Problem(
            "number",
            "the source gives this figure only in another context ("
            + _excerpt(_sentence_with(index, number, hedge))
            + "), not in what this claim rests on",
            number.span,
        )
    if not near:
        return None
    return _counts_another_thing(claim, number, hedge, near, index, lang, alignment.near)


def _clash(
    number: Number, hedge: str | None, alignment: Alignment, index: SourceIndex
) -> str | None:
    """The hedge the claim's own source sentences give this figure, when it disagrees."""
    for i in alignment.sentences:
        theirs = hedge_clash(number, hedge, i, index)
        if theirs is not None:
            return theirs
    return None


def _restated_span(claim: str, number: Number, alignment: Alignment, index: SourceIndex) -> bool:
    """Whether a sentence the claim rests on gives the claim's span of time in another unit."""
    if unit_days(claim, number) is None:
        return False  # no unit of time: no span to restate
    return any(
        same_span(claim, number, index.sentences[i].text, n)
        for i in alignment.near
        for n in index.figures[i]
    )


_GENERIC_COUNTS = {
    fold(w)
    for w in (
        *("people", "persons", "others", "residents", "civilians", "individuals", "times"),
        *("cases", "شخص", "أشخاص", "اشخاص", "آخرين", "اخرين", "أخرى", "مواطنين"),
        *("אנשים", "בני", "נוספים", "אחרים"),
    )
}


def _generic(text: str, number: Number) -> bool:
    at = text.find(number.span)
    after = [fold(w) for w in words_after(text, at + len(number.span), 2)]
    return any(w in _GENERIC_COUNTS for w in after)


def _word_before(text: str, number: Number, lang: str) -> frozenset[str]:
    """Keys of the content word right before a figure ("Montoya-Lewis, 51")."""
    at = text.find(number.span)
    before = [w for w in words(text[max(0, at - 40) : max(0, at)]) if fold(w) not in _COUNT_SKIP]
    return word_keys(before[-1], lang) if before else frozenset()


def _attached_elsewhere(
    claim: str, number: Number, hedge: str | None, index: SourceIndex, lang: str
) -> bool:
    """Whether some source sentence gives the figure to the same thing: the same word
    right before it (a name and an age) or the same counted word after it."""
    after, before = counted_thing(claim, number, lang), _word_before(claim, number, lang)
    key = ("attached", number.value, hedge, after, before, lang)
    if key not in index.memo:
        index.memo[key] = _attached_in(number, hedge, after, before, index, lang)
    return cast("bool", index.memo[key])


def _attached_in(
    number: Number,
    hedge: str | None,
    after: frozenset[str],
    before: frozenset[str],
    index: SourceIndex,
    lang: str,
) -> bool:
    for sentence, numbers in zip(index.sentences, index.figures, strict=True):
        for n in numbers:
            if n.kind == "vague" or not fits(number.value, hedge, n.value):
                continue
            if (after and after & counted_thing(sentence.text, n, lang)) or (
                before and before & _word_before(sentence.text, n, lang)
            ):
                return True
    return False


def _counts_another_thing(
    claim: str,
    number: Number,
    hedge: str | None,
    near: list[int],
    index: SourceIndex,
    lang: str,
    context: tuple[int, ...] = (),
) -> Problem | None:
    """The claim's figure counts X; the source gives it for Y (in ``near``, the sentences
    the claim rests on that state it) and gives X another figure (there, or in
    ``context``, every sentence the claim rests on)."""
    mine = counted_thing(claim, number, lang)
    if not mine:
        return None
    for i in near:
        text = index.sentences[i].text
        same = [
            n for n in index.figures[i] if n.kind != "vague" and fits(number.value, hedge, n.value)
        ]
        if any(counted_thing(text, n, lang) & mine for n in same):
            return None
        if not all(counted_thing(text, n, lang) for n in same):
            return None  # the source's figure counts something unnamed: no evidence
    # every figure of the claim's value counts something else; where the claim rests, the
    # source counts the claim's thing with another figure
    for i in dict.fromkeys([*near, *context]):
        text = index.sentences[i].text
        other = [
            n
            for n in index.figures[i]
            if n.kind != "vague"
            and not fits(number.value, hedge, n.value)
            and counted_thing(text, n, lang) & mine
        ]
        if other:
            return Problem(
                "number",
                f"the source gives {other[0].span!r} for this, and {number.span!r} for"
                " something else",
                number.span,
            )
    return None


def _sentence_with(index: SourceIndex, number: Number, hedge: str | None) -> str:
    for sentence, numbers in zip(index.sentences, index.figures, strict=True):
        if any(n.kind != "vague" and fits(number.value, hedge, n.value) for n in numbers):
            return sentence.text
    return ""


def _excerpt(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

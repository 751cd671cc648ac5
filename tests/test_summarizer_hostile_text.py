"""Hostile article text at the ingestion limits (200,000 characters, lines of 2,000) goes
through the text toolkit and the guard with the right answer.

The patterns these inputs aim at used to backtrack: quadratic on long runs of spaces, dots or
names, exponential on a byline of many "and"s. A regression would not fail an assertion here;
it would make this file take minutes (or hours), which CI notices.
"""

from __future__ import annotations

import sys

import pytest

from summarizer.guard import Guard
from summarizer.guard.text import quote_spans, sentences
from summarizer.text import clean_layout, remove_boilerplate, split_sentences

LIMIT = 200_000  # bot/ingest/plaintext.py: characters of one article
LINE = 2_000  # and of one line


def lines_of(unit: str, end: str = "") -> str:
    """Lines of ``LINE`` characters made of ``unit`` (then ``end``), ``LIMIT`` in all."""
    line = (unit * (LINE // len(unit)))[: LINE - len(end)] + end
    return "\n".join([line] * (LIMIT // (LINE + 1)))


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def test_a_byline_of_many_ands_that_is_no_byline_is_kept() -> None:
    text = lines_of("and ", end=" #x").replace("and", "By x and", 1)
    kept = remove_boilerplate(text)
    assert kept.startswith("By x and and")
    # The first line and one copy of the others (repeats are dropped): none a byline.
    assert kept.count("\n") == 1 and kept.endswith(" #x")


def test_a_real_byline_is_still_dropped_beside_hostile_lines() -> None:
    text = "By Ali Omar, the bureau chief and John Smith\n" + lines_of(" ", end="x")
    assert remove_boilerplate(text) == "x"


@pytest.mark.parametrize(
    "unit", [" ", ".", "!", "related ", "published ", "\u00a0", "a", "ا", "newsletter "]
)
def test_lines_of_one_repeated_thing_are_read_in_one_pass(unit: str) -> None:
    text = lines_of(unit, end="x")
    # Distinct lines, so that none is dropped as a repeat.
    text = "\n".join(f"{n} {line}" for n, line in enumerate(text.split("\n")))
    kept = remove_boilerplate(text)
    # A line that ends with "newsletter" and a few more characters is a newsletter prompt.
    assert len(kept.splitlines()) == (0 if unit == "newsletter " else LIMIT // (LINE + 1))
    assert len(clean_layout(text)) > 0


def test_a_run_of_dots_and_one_of_spaces_split_where_sentences_end() -> None:
    assert split_sentences("." * LIMIT) == ["." * LIMIT]
    assert split_sentences("Gaza." + " " * LIMIT + "Rafah.") == ["Gaza.", "Rafah."]
    many = "It rained. " * (LIMIT // 11)
    assert len(split_sentences(many)) == LIMIT // 11


def test_the_guards_splitter_on_dots_quotes_and_spaces() -> None:
    assert [s.text for s in sentences("." * LIMIT + " Next")] == ["." * LIMIT, "Next"]
    assert len(sentences('"' * LIMIT)) == 1
    assert quote_spans("“" * LIMIT) == []  # no closing mark: nothing is a quote
    assert len(quote_spans('"a" ' * (LIMIT // 4))) == LIMIT // 4
    assert len(sentences('He said "Go." Then he left. ' * (LIMIT // 30))) == 2 * (LIMIT // 30)


@pytest.mark.parametrize(
    "unit",
    [" ", ", while ", " and ", "Aa ", "Mr. Aa said ", "“", '"', ".", "،و", ",ו", "a" * 40 + " "],
)
def test_the_guard_on_a_hostile_article_still_finds_an_invented_number(
    guard: Guard, unit: str
) -> None:
    source = "Officials said 12 people were hurt in Gaza City.\n" + lines_of(unit, end=".")
    faithful = "Officials said 12 people were hurt in Gaza City."
    assert guard.check(source, faithful).ok
    invented = guard.check(source, "Officials said 40 people were hurt in Gaza City.")
    assert "number" in invented.kinds()


def test_the_guard_reads_a_long_sentence_of_names_once(guard: Guard) -> None:
    names = "Ali Omar, the spokesman said, " * (LIMIT // 30)
    report = guard.check(names, "Mustafa Haddad said the talks failed.", lang="en")
    assert "name" in report.kinds()


# -- figure-dense sources: every figure once read, never the whole sentence per figure ----
# ("and 5" repeated: the figure checks used to read the rest of a sentence for each figure
# of it, and the number finder to compare each figure with every one before it; 80,000
# characters took 18 s in English and over 100 s in Arabic)
FIGURES = {"en": "and 5 ", "ar": "و5 ", "he": "ו-5 "}
TWELVE_HURT = {
    "en": ("Officials said 12 people were hurt in Gaza City.", "12", "40"),
    "ar": ("قال مسؤولون إن 12 شخصا أصيبوا في مدينة غزة.", "12", "40"),
    "he": ("גורמים אמרו כי 12 בני אדם נפצעו בעיר עזה.", "12", "40"),
}


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_the_guard_on_a_figure_dense_article_still_finds_an_invented_number(
    guard: Guard, lang: str
) -> None:
    sentence, stated, invented = TWELVE_HURT[lang]
    source = sentence + "\n" + lines_of(FIGURES[lang], end=".")
    assert guard.check(source, sentence, lang=lang).ok
    report = guard.check(source, sentence.replace(stated, invented), lang=lang)
    assert "number" in report.kinds()


def calls_in_check(guard: Guard, source: str, brief: str, lang: str) -> int:
    """The function calls (Python and built-in) one check makes, from cold caches: a
    count of the work done that does not depend on the machine."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("summarizer.guard"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event in ("call", "c_call")

    sys.setprofile(count)
    try:
        guard.check(source, brief, lang=lang)
    finally:
        sys.setprofile(None)
    return calls


def distinct_figures(lang: str, size: int) -> str:
    """One sentence of ``size`` characters of different figures: "1 and 2 and 3 ..."."""
    joint = {"en": " and ", "ar": " و", "he": " ו-"}[lang]
    return joint.join(str(n) for n in range(1, size))[:size]


@pytest.mark.parametrize("shape", ["repeated", "distinct", "sentences"])
@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_a_figure_dense_source_twice_as_long_costs_about_twice_as_much(
    guard: Guard, lang: str, shape: str
) -> None:
    """Doubling a source of figures (one figure repeated in one long sentence; different
    figures; many short sentences of one figure) about doubles the work of one check of a
    brief of many figures: no part of the guard reads the source once per figure."""

    def source(size: int) -> str:
        if shape == "distinct":
            return distinct_figures(lang, size)
        unit = FIGURES[lang] if shape == "repeated" else "5. "
        return (unit * size)[:size]

    brief = (FIGURES[lang] * 100)[:300] + "."
    small = calls_in_check(guard, source(4_000), brief, lang)
    large = calls_in_check(guard, source(8_000), brief, lang)
    assert large <= 2.5 * small, (small, large)

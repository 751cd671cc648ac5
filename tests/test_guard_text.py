"""Sentence and quotation boundaries the checks rely on, in English, Arabic and Hebrew."""

from __future__ import annotations

from summarizer.guard.text import normalize, quote_spans, sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    text = "Dr. Abed said 1.2 million people left. U.S. officials agreed. Next."
    assert texts(text) == [
        "Dr. Abed said 1.2 million people left.",
        "U.S. officials agreed.",
        "Next.",
    ]


def test_a_quotation_is_never_cut_in_the_middle() -> None:
    text = "“We ran out of fuel. The hospital is out of service,” he said. Then it closed."
    assert texts(text) == [
        "“We ran out of fuel. The hospital is out of service,” he said.",
        "Then it closed.",
    ]


def test_a_quotation_ending_a_sentence_ends_it() -> None:
    text = "“We ran out of fuel.” For days they warned."
    assert texts(text) == ["“We ran out of fuel.”", "For days they warned."]


def test_arabic_and_hebrew_sentences() -> None:
    assert texts("قال المرصد إن ثلاثة قتلوا. هل انتهى؟ نعم.") == [
        "قال المرصد إن ثلاثة قتلوا.",
        "هل انتهى؟",
        "نعم.",
    ]
    assert len(texts('מזכ"ל חיזבאללה אמר כי "פלסטין שייכת לפלסטינים". הוא הוסיף.')) == 2


def test_hebrew_gershayim_and_english_apostrophes_are_not_quotation_marks() -> None:
    text = 'מזכ"ל צה"ל אמר "שלום" והלך'
    assert [text[a:b] for a, b in quote_spans(text)] == ['"שלום"']
    english = "Israel’s army said ‘no comment’ on Hamas’ claim"
    assert [english[a:b] for a, b in quote_spans(english)] == ["‘no comment’"]


def test_normalize_makes_digits_and_marks_comparable() -> None:
    assert normalize("١٬٢٠٠ شَخْصٍ و٣٫٥") == "1,200 شخص و3.5"
    assert normalize("Israel’s") == "Israel's"

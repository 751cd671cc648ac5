"""How a brief looks in each language (``bot.delivery.render.render_brief``), and as one
message where it cannot be split (``one_message_brief``: inline sharing)."""

from __future__ import annotations

import pytest

from bot.delivery.render import brief_html, one_message_brief, render_brief
from bot.formatting import (
    FSI,
    PDI,
    TELEGRAM_TEXT_LIMIT,
    first_strong_is_rtl,
    prepare_messages,
    utf16_len,
)
from bot.i18n import t
from bot.store.models import Article, Brief
from tests.auxil.telegram_html import parse_html


def test_brief_in_hebrew_reads_right_to_left() -> None:
    html = render_brief(
        language="he",
        source="Reuters",
        summary="Israel and Hamas agreed to a pause; 12 hostages released.",
        url="https://example.com/a?b=1&c=<2>",
        also_reported_by=["BBC", "Al Jazeera"],
    )
    shown = parse_html(html)
    assert first_strong_is_rtl(html)
    assert shown.startswith("מקור:")
    assert f"{FSI}Reuters{PDI}" in shown
    assert f"{FSI}BBC{PDI}, {FSI}Al Jazeera{PDI}" in shown
    assert 'href="https://example.com/a?b=1&amp;c=&lt;2&gt;"' in html
    assert "לכתבה המקורית" in shown


def test_brief_in_english() -> None:
    html = render_brief(language="en", source="Ynet", summary="A & B <met>.", url="https://y.net/1")
    assert parse_html(html) == "Source: Ynet\n\nA & B <met>.\n\nRead the original article"


# ------------------------------------------------------------- one message (inline sharing)
SENTENCES = {
    "en": "Negotiators in Cairo said the talks went on late into the night.",
    "ar": "قال المفاوضون في القاهرة إن المحادثات استمرت حتى وقت متأخر من الليل.",
    "he": "המשא ומתן בקהיר נמשך עד שעת לילה מאוחרת, כך אמרו המתווכים.",
}


def _stored(
    language: str, summary: str, *, title: str | None = None, others: list[str] | None = None
) -> tuple[Brief, Article, str | None]:
    article = Article(
        url="https://news.example.com/talks?a=1&b=2",
        canonical_url="https://news.example.com/talks",
        site_name="Example News",
        title=title,
        language=language,
        also_reported_by=others or [],
    )
    return Brief(article_id=1, language=language, text=summary, status="ok"), article, None


def _paragraphs(message: str) -> list[str]:
    shown = parse_html(message)  # valid Telegram HTML, or this raises
    assert utf16_len(shown) <= TELEGRAM_TEXT_LIMIT
    return shown.lstrip("\u200f").split("\n\n")


def test_a_brief_that_fits_is_shared_whole() -> None:
    stored = _stored("en", SENTENCES["en"], title="Talks go on", others=["BBC"])
    assert one_message_brief(*stored) == brief_html(*stored)


@pytest.mark.parametrize("language", ["en", "ar", "he"])
def test_a_long_brief_is_cut_at_a_sentence_end_and_says_so_keeping_its_link(
    language: str,
) -> None:
    sentence = SENTENCES[language]
    summary = " ".join([sentence] * 120)  # over 7,000 characters: split in a chat
    stored = _stored(language, summary, others=["BBC"])
    assert len(prepare_messages(language, brief_html(*stored))) > 1
    message = one_message_brief(*stored)
    source, kept, note, others, link = _paragraphs(message)
    assert "Example News" in source and "BBC" in others
    assert summary.startswith(kept) and kept.endswith(sentence)  # whole sentences only
    assert len(kept) > TELEGRAM_TEXT_LIMIT - 2 * len(sentence) - 400  # as many as fit
    assert note == parse_html(t(language, "brief.shortened"))
    assert link == parse_html(t(language, "brief.read_original"))
    assert 'href="https://news.example.com/talks?a=1&amp;b=2"' in message
    if language != "en":
        assert first_strong_is_rtl(message)


def test_one_sentence_longer_than_a_message_is_cut_after_a_word_with_an_ellipsis() -> None:
    summary = " ".join(["ceasefire"] * 1000) + "."
    message = one_message_brief(*_stored("en", summary))
    _, kept, note, _ = _paragraphs(message)
    assert kept.endswith("ceasefire…") and summary.startswith(kept[:-1])
    assert note.startswith("Shortened to fit in one message")


def test_a_headline_too_long_for_one_message_goes_before_the_summary_does() -> None:
    message = one_message_brief(*_stored("en", SENTENCES["en"], title="Cairo " * 1000))
    _, kept, note, link = _paragraphs(message)
    assert kept == SENTENCES["en"] and "Cairo Cairo" not in message
    assert note.startswith("Shortened") and link == "Read the original article"

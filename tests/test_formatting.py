"""Escaping, right-to-left handling and splitting of Telegram messages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.formatting import (
    FSI,
    PDI,
    RLM,
    TELEGRAM_TEXT_LIMIT,
    escape,
    first_strong_is_rtl,
    isolate_ltr,
    prepare_messages,
    split_html,
    text_for,
    utf16_len,
    visible_text,
)
from tests.auxil.telegram_html import parse_html

# Text in any mix of scripts, with the characters that matter most: markup characters,
# sentence ends in three scripts, line breaks, astral characters (two UTF-16 units).
SCRIPTS = st.sampled_from(
    [
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("שלום עולם. ")),
        st.sampled_from(list("مرحبا بالعالم؟ ۔")),
        st.sampled_from(list("Hello, world! ")),
        st.sampled_from(list("<>&\"'\n .!?…؟׃😀𝔸1234567890")),
    ]
)
ANY_TEXT = st.lists(SCRIPTS.flatmap(lambda s: st.text(s, max_size=40)), max_size=30).map("".join)
TAGS = st.sampled_from(["b", "i", "u", "s", "code", 'a href="https://example.com/?a=1&amp;b=2"'])


@st.composite
def html_documents(draw: st.DrawFn) -> tuple[str, str]:
    """Telegram HTML built the way the bot builds it, and its visible text."""
    pieces: list[str] = []
    plain: list[str] = []
    for text in draw(st.lists(ANY_TEXT, min_size=1, max_size=6)):
        tag = draw(st.none() | TAGS)
        if tag is None:
            pieces.append(escape(text))
        else:
            name = tag.split()[0]
            pieces.append(f"<{tag}>{escape(text)}</{name}>")
        plain.append(text)
    if draw(st.booleans()):
        pieces = [f"<b>{''.join(pieces)}</b>"]
    return "".join(pieces), "".join(plain)


@given(ANY_TEXT)
@settings(deadline=None)  # a loaded 2-core machine: correctness, never speed
def test_escaped_text_is_valid_html_showing_the_text(text: str) -> None:
    assert parse_html(escape(text)) == text


@given(html_documents(), st.integers(min_value=2, max_value=60))
@settings(max_examples=300, deadline=None)
def test_split_parts_are_valid_fit_and_join_back(doc: tuple[str, str], limit: int) -> None:
    html, plain = doc
    parts = split_html(html, limit)
    shown = [parse_html(part) for part in parts]  # raises if a part is not valid HTML
    assert all(utf16_len(text) <= limit for text in shown)
    assert "".join(shown) == plain


@given(html_documents(), st.sampled_from(["en", "ar", "he"]))
@settings(deadline=None)
def test_prepared_messages_are_sendable(doc: tuple[str, str], language: str) -> None:
    html, plain = doc
    messages = prepare_messages(language, html, limit=50)
    for part in messages:
        text = parse_html(part)
        assert text.strip()
        assert utf16_len(text) <= 50
        if language != "en" and any(c.isalpha() for c in text):
            assert first_strong_is_rtl(part) or part.startswith(RLM)
    # Only whitespace Telegram could not send on its own may be lost; nothing else.
    joined = "".join(parse_html(part).removeprefix(RLM) for part in messages)
    assert "".join(joined.split()) == "".join(plain.split())


def test_long_message_splits_at_sentence_ends_in_every_script() -> None:
    sentence = {
        "en": "The talks resumed today. ",
        "ar": "استؤنفت المحادثات اليوم؟ ",
        "he": "השיחות חודשו היום׃ ",
    }
    for language, text in sentence.items():
        html = escape(text * 400)
        parts = prepare_messages(language, html)
        assert len(parts) > 1
        for part in parts:
            shown = parse_html(part)
            assert utf16_len(shown) <= TELEGRAM_TEXT_LIMIT
            assert shown.removeprefix(RLM).rstrip()[-1] in ".؟׃"


def test_split_never_cuts_a_tag_or_entity_and_reopens_tags() -> None:
    html = '<b><a href="https://x.org/?a&amp;b">' + "&amp;" * 10 + "</a></b>"
    parts = split_html(html, 4)
    assert parts[0] == '<b><a href="https://x.org/?a&amp;b">&amp;&amp;&amp;&amp;</a></b>'
    assert all(p.startswith('<b><a href="https://x.org/?a&amp;b">') for p in parts)
    assert "".join(visible_text(p) for p in parts) == "&" * 10


def test_astral_characters_count_two_units() -> None:
    parts = split_html("😀" * 5000)
    assert [utf16_len(visible_text(p)) for p in parts] == [4096, 4096, 1808]


def test_ltr_runs_are_isolated() -> None:
    assert (
        isolate_ltr("قالت BBC News إن 25 شخصًا") == f"قالت {FSI}BBC News{PDI} إن {FSI}25{PDI} شخصًا"
    )
    assert isolate_ltr("שלחו /start עכשיו") == f"שלחו {FSI}/start{PDI} עכשיו"
    assert isolate_ltr("ارتفع 50% اليوم") == f"ارتفع {FSI}50%{PDI} اليوم"
    assert isolate_ltr("בשעה 7:30.") == f"בשעה {FSI}7:30{PDI}."
    assert isolate_ltr(f"x {FSI}y{PDI}") == f"{FSI}x{PDI} {FSI}y{PDI}"


@given(ANY_TEXT.filter(lambda s: s.strip()), st.sampled_from(["en", "ar", "he"]))
@settings(max_examples=40, deadline=None)
def test_long_texts_in_any_script_become_valid_messages(text: str, language: str) -> None:
    long_text = text * (9000 // max(1, len(text)) + 1)
    messages = prepare_messages(language, text_for(language, long_text))
    shown = [parse_html(m) for m in messages]
    assert all(s.strip() and utf16_len(s) <= TELEGRAM_TEXT_LIMIT for s in shown)
    assert without_marks("".join(shown)) == without_marks(long_text)


def without_marks(text: str) -> str:
    """Text without whitespace and the direction marks the formatter adds."""
    for mark in (RLM, FSI, PDI):
        text = text.replace(mark, "")
    return "".join(text.split())

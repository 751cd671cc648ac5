"""How a brief looks in each language (``bot.delivery.render.render_brief``)."""

from __future__ import annotations

from bot.delivery.render import render_brief
from bot.formatting import FSI, PDI, first_strong_is_rtl
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

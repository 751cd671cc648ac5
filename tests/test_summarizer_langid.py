"""Offline language detection: en, ar, he, and a clear "other"."""

from __future__ import annotations

import pytest

from summarizer.langid import detect_language
from tests.auxil.tiny_models import realworld_article


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("texts/seed-cairo-truce-talks.txt", "en"),
        ("pages/trafilatura__theintercept.com-Gaza.html", "en"),
        ("pages/newspaper4k__arabic_article.cnnarabic.syria.html", "ar"),
        ("pages/trafilatura__assabah.com.tn.article.html", "ar"),
        ("pages/anyway__ynet_0-7340-L-5735210-00.html", "he"),
        ("pages/anyway__walla_3647947.html", "he"),
        ("pages/trafilatura__uebermedien.de-Israel.html", "other"),
    ],
)
def test_real_articles_are_recognised(page: str, expected: str) -> None:
    assert detect_language(realworld_article(page)) == expected


def test_a_language_we_do_not_handle_is_other_not_a_guess() -> None:
    assert detect_language("Der Außenminister traf seinen Amtskollegen in Kairo.") == "other"
    assert detect_language("وزیر امور خارجه با همتای خود در قاهره دیدار کرد") == "other"  # Persian


def test_too_little_text_is_other() -> None:
    assert detect_language("") == "other"
    assert detect_language("12:30 — 42%") == "other"

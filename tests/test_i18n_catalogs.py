"""Every text exists in English, Arabic and Hebrew, with the same placeholders."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bot.formatting import FSI, PDI, first_strong_is_rtl
from bot.i18n import (
    LANGUAGES,
    catalog,
    language_from_code,
    message,
    placeholders,
    plural_form,
    t,
)
from tests.auxil.telegram_html import parse_html

# Words that stay in Latin letters: command arguments, placeholders shown to operators.
NAMES = {"en", "ar", "he", "URL", "ID", "Triglot", "instant", "digest", "hour", "timezone"}


def _placeholders(value: str | dict[str, str]) -> set[str]:
    texts = value.values() if isinstance(value, dict) else [value]
    return set().union(*(placeholders(text) for text in texts)) - {"count"}


@pytest.mark.parametrize("language", ["ar", "he"])
def test_every_key_exists_in_every_language(language: str) -> None:
    english, other = catalog("en"), catalog(language)
    assert sorted(set(english) - set(other)) == [], f"missing in {language}"
    assert sorted(set(other) - set(english)) == [], f"only in {language}"


@pytest.mark.parametrize("language", ["ar", "he"])
def test_placeholders_match_english(language: str) -> None:
    english, other = catalog("en"), catalog(language)
    different = {
        key: (_placeholders(english[key]), _placeholders(other[key]))
        for key in english
        if key in other and _placeholders(english[key]) != _placeholders(other[key])
    }
    assert different == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_every_form_the_language_needs(language: str) -> None:
    for key, value in catalog(language).items():
        if isinstance(value, dict):
            needed = {plural_form(language, n) for n in range(1, 200)}
            assert needed <= set(value), f"{language}:{key} lacks {needed - set(value)}"


def _filled(language: str, key: str) -> str:
    value = catalog(language)[key]
    sample = value["other"] if isinstance(value, dict) else value
    params = {name: "Reuters 42 <x>" for name in placeholders(sample) if name != "count"}
    count = 5 if isinstance(value, dict) else None
    return message(language, key, count=count, **params)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_valid_telegram_html(language: str) -> None:
    for key in catalog(language):
        text = _filled(language, key)
        assert parse_html(text).strip(), key


@pytest.mark.parametrize("language", ["ar", "he"])
def test_rtl_texts_start_right_to_left_and_isolate_latin(language: str) -> None:
    for key in catalog(language):
        text = _filled(language, key)
        assert first_strong_is_rtl(text), key
    assert f"{FSI}/subscribe{PDI}" in t(language, "help.text")
    assert f"{FSI}Reuters{PDI}" in t(language, "brief.source", source="Reuters")
    # A time of day is one isolate: split in two, "7:00" would read "00:7".
    assert f"{FSI}7:00{PDI}" in t(language, "settings.delivery_digest", time="7:00")


@pytest.mark.parametrize("language", ["ar", "he"])
def test_rtl_catalogs_are_written_in_their_script(language: str) -> None:
    script = "ARABIC" if language == "ar" else "HEBREW"
    for key, value in catalog(language).items():
        for text in value.values() if isinstance(value, dict) else [value]:
            words = re.sub(r"<[^>]*>|\{[a-z_]*\}", " ", text).split()
            words = [w for w in words if "/" not in w and w.strip("(),.:‏") not in NAMES]
            letters = [c for c in "".join(words) if c.isalpha()]
            if key == "list.separator" or not letters:
                continue
            native = [c for c in letters if script in unicodedata.name(c, "")]
            assert len(native) > len(letters) / 2, f"{language}:{key} reads as untranslated"


def test_values_are_escaped() -> None:
    assert t("en", "brief.source", source="<b>&") == "<b>Source:</b> &lt;b&gt;&amp;"


def test_plural_forms() -> None:
    assert "دقيقتين" in t("ar", "link.rate_limited", count=2)
    assert "دقائق" in t("ar", "link.rate_limited", count=5)
    assert "שתי דקות" in t("he", "link.rate_limited", count=2)
    assert "in 7 minutes" in t("en", "link.rate_limited", count=7)
    assert "one minute" in t("en", "link.rate_limited", count=1)


def test_language_from_telegram_code() -> None:
    assert language_from_code("ar-EG") == "ar"
    assert language_from_code("iw") == "he"
    assert language_from_code("he") == "he"
    assert language_from_code("fr") is None
    assert language_from_code(None) is None

"""The whole pipeline on tiny models, through both backends.

With random weights the briefs are noise, but noise with a shape a user would notice: every
requested language is there, non-empty, in its own script; long articles are chunked; the
same article is never summarised twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Brief, SourceText, Summarizer
from summarizer.settings import GuardSettings
from tests.auxil.tiny_models import letter_scripts, realworld_article

BACKENDS = ["transformers", "ctranslate2"]
SCRIPT = {"en": "latin", "ar": "arabic", "he": "hebrew"}
SOURCES = {
    "en": "texts/seed-cairo-truce-talks.txt",
    "ar": "pages/newspaper4k__arabic_article.cnnarabic.syria.html",
    "he": "pages/anyway__walla_3647947.html",
}
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", params=BACKENDS)
def summarizer(request: pytest.FixtureRequest, tiny_settings) -> Summarizer:
    """A guard-less summarizer on tiny models (the guard would withhold random text)."""
    return Summarizer.from_settings(tiny_settings(request.param))


def assert_in_scripts(brief: Brief, langs: tuple[str, ...]) -> None:
    assert list(brief.texts) == list(langs)
    for lang in langs:
        text = brief.texts[lang]
        assert text.text.strip(), f"{lang} brief is empty"
        assert letter_scripts(text.text) == {SCRIPT[lang]}, f"{lang}: {text.text[:80]!r}"
        assert text.model.startswith("triglot-tiny/")
        assert text.seconds and all(seconds >= 0 for seconds in text.seconds.values())


@pytest.mark.parametrize("source_lang", ["en", "ar", "he"])
def test_real_articles_give_briefs_in_all_three_languages(
    summarizer: Summarizer, source_lang: str
) -> None:
    brief = summarizer.brief(realworld_article(SOURCES[source_lang]))
    assert brief.source_lang == source_lang
    assert_in_scripts(brief, ("en", "ar", "he"))
    assert brief.texts["ar"].model.startswith("triglot-tiny/en-ar@")
    assert brief.texts["he"].model.startswith("triglot-tiny/en-he@")
    if source_lang != "en":
        assert f"{source_lang}-en" in brief.models
        assert "translate_source" in brief.texts["en"].seconds


def test_a_5000_word_article_is_chunked_and_summarised(summarizer: Summarizer) -> None:
    pages = [
        "pages/newspaper4k__wired_001.westbank.html",
        "pages/trafilatura__theintercept.com-Gaza.html",
        "pages/trafilatura__bbc.com.52241221.html",
        "pages/trafilatura__timesofisrael.com.washington.html",
    ]
    words = " ".join(realworld_article(page) for page in pages).split()
    assert len(words) >= 5000
    article = " ".join(words[:5000])
    brief = summarizer.brief(article, targets=("en",))
    assert brief.source_words == 5000
    assert brief.chunks > 5  # the tiny models read at most 512 tokens at a time
    assert_in_scripts(brief, ("en",))
    assert len(brief.text("en").split()) < 200


def test_only_the_requested_languages_are_returned(summarizer: Summarizer) -> None:
    brief = summarizer.brief(realworld_article(SOURCES["en"]), targets=("he",))
    assert_in_scripts(brief, ("he",))


def test_the_same_article_is_never_summarised_twice(tiny_settings) -> None:
    store = DictBriefStore()
    article = realworld_article(SOURCES["en"])
    first = Summarizer.from_settings(tiny_settings(), cache=store).brief(article, targets=("ar",))
    assert not first.cached and len(store.items) == 1

    # A new process (empty memory) finds it in the persistent store; nothing is recomputed.
    again = Summarizer.from_settings(tiny_settings(), cache=store)
    second = again.brief(article, targets=("ar",))
    assert second.cached and second.to_dict() == {**first.to_dict(), "cached": True}
    assert again.cache_key(article) == first.cache_key  # the bot can look it up itself

    # Asking for one more language reuses the English summary and translates only Hebrew.
    more = again.brief(article, targets=("ar", "he"))
    assert not more.cached
    assert more.texts["ar"] == first.texts["ar"]
    assert set(more.texts["he"].seconds) == {"translate"}
    assert again.brief(article, targets=("en", "ar", "he")).cached


def test_different_settings_do_not_share_cached_briefs(tiny_settings) -> None:
    article = realworld_article(SOURCES["en"])
    greedy = Summarizer.from_settings(tiny_settings(decoding={"num_beams": 1}))
    beams = Summarizer.from_settings(tiny_settings(decoding={"num_beams": 3}))
    assert greedy.cache_key(article) != beams.cache_key(article)
    assert greedy.cache_key(article) == greedy.cache_key(article + "\n")


def test_many_articles_in_one_batch(summarizer: Summarizer) -> None:
    articles = [
        SourceText(realworld_article(SOURCES["en"]), title="Truce talks"),
        SourceText(realworld_article(SOURCES["he"]), source_lang="he"),
        realworld_article(SOURCES["ar"]),
        SourceText(realworld_article("pages/trafilatura__uebermedien.de-Israel.html")),
    ]
    briefs = summarizer.brief_many(articles, targets=("en", "he"))
    assert [b.source_lang for b in briefs] == ["en", "he", "ar", "other"]
    for brief in briefs[:3]:
        assert_in_scripts(brief, ("en", "he"))
    assert briefs[0].title == "Truce talks"
    german = briefs[3]
    assert all(t.status == "withheld" and t.text == "" for t in german.texts.values())
    assert "not in en, ar or he" in german.texts["en"].checks[0]["detail"]


def test_the_guard_reviews_every_language(tiny_settings) -> None:
    guard = GuardSettings(lexicon_dir=REPO / "config" / "lexicon")
    brief = Summarizer.from_settings(tiny_settings(), guard).brief(
        realworld_article(SOURCES["en"]), title="Mossad chief heads to Cairo"
    )
    for text in brief.texts.values():
        assert text.status in {"ok", "repaired", "fallback", "withheld"}
        assert text.checks, "the guard leaves a record of what it checked"
        assert (text.text == "") == (text.status == "withheld")
    assert "guard" in brief.texts["en"].seconds


def test_briefs_survive_json(summarizer: Summarizer) -> None:
    import json

    brief = summarizer.brief(realworld_article(SOURCES["he"]), targets=("en", "ar"))
    assert Brief.from_dict(json.loads(json.dumps(brief.to_dict()))) == brief


class DictBriefStore:
    """A persistent store as the bot would write one, here over a dict of JSON strings."""

    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def get(self, key: str) -> Brief | None:
        import json

        raw = self.items.get(key)
        return Brief.from_dict(json.loads(raw)) if raw else None

    def put(self, key: str, brief: Brief) -> None:
        import json

        self.items[key] = json.dumps(brief.to_dict())

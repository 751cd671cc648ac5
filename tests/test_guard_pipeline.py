"""The summarizer's pipeline runs the guard on every brief (tiny models: their random
summaries fail the checks, so the English brief must be the extractive fallback)."""

from __future__ import annotations

import json

import pytest

from summarizer import Brief, Summarizer
from summarizer.guard.text import sentences
from summarizer.settings import GuardSettings
from tests.auxil.tiny_models import realworld_article

CAIRO = "texts/seed-cairo-truce-talks.txt"


@pytest.fixture(scope="module")
def brief(tiny_settings) -> Brief:
    summarizer = Summarizer.from_settings(tiny_settings("ctranslate2"), GuardSettings())
    return summarizer.brief(realworld_article(CAIRO), title="Mossad chief to Cairo for truce talks")


def test_a_failing_abstractive_summary_is_replaced_by_the_extractive_fallback(
    brief: Brief,
) -> None:
    source = realworld_article(CAIRO)
    english = brief.texts["en"]
    assert english.status == "fallback"
    assert english.text.startswith("Israeli officials have disclosed that Mossad director")
    for sentence in sentences(english.text):
        assert sentence.text in source


def test_the_reason_is_stored_with_the_brief(brief: Brief) -> None:
    stored = Brief.from_dict(json.loads(json.dumps(brief.to_dict())))
    checks = stored.texts["en"].checks
    first, last = checks[0], checks[-1]
    assert first["step"] == "abstractive" and first["ok"] is False
    assert first["problems"] and all(p["kind"] and p["detail"] for p in first["problems"])
    assert first["text"]  # what the model wrote, for the operator to see
    assert last["step"] == "extractive" and last["ok"] is True


def test_no_text_leaves_unchecked_or_failing(brief: Brief) -> None:
    for lang, text in brief.texts.items():
        assert text.status in ("ok", "repaired", "fallback", "withheld"), lang
        if text.status == "withheld":
            assert text.text == "", lang
        else:
            assert text.checks[-1]["ok"] is True, lang

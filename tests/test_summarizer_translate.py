"""Sentence-by-sentence translation, and the protected variant the guard falls back on."""

from __future__ import annotations

import pytest

from summarizer.backends.base import DecodeParams
from summarizer.models import ModelStore
from summarizer.translate import protected_segments, translate_protected, translate_texts
from tests.auxil.tiny_models import letter_scripts

PARAMS = DecodeParams(num_beams=1, min_new_tokens=2, max_new_tokens=30)


def test_numbers_names_and_acronyms_are_protected() -> None:
    parts = protected_segments(
        "The army said 42 people were hurt in Gaza City on 3 March, the U.S. envoy told "
        "Benjamin Netanyahu; prices rose 3.5%."
    )
    protected = [text for text, is_protected in parts if is_protected]
    assert protected == ["42", "Gaza City", "3", "March", "U.S.", "Benjamin Netanyahu", "3.5%"]
    assert "The army said" in [text for text, is_protected in parts if not is_protected]


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_protected_translation_keeps_numbers_and_names_verbatim(tiny_settings, backend) -> None:
    model = ModelStore(tiny_settings(backend)).load("en-ar")
    english = "Israel said 42 people were hurt in Gaza City. Talks resume on 12 May."
    arabic = translate_protected(model, english, PARAMS, batch_size=4)
    for kept in ("Israel", "42", "Gaza City", "12", "May"):
        assert kept in arabic
    without_kept = arabic
    for kept in ("Israel", "42", "Gaza City", "12", "May", "Talks"):
        without_kept = without_kept.replace(kept, "")
    assert letter_scripts(without_kept) == {"arabic"}


def test_texts_are_translated_sentence_by_sentence(tiny_settings) -> None:
    model = ModelStore(tiny_settings("transformers")).load("en-he")
    texts = ["One sentence here.", "First of two. Second of two!", "One sentence here."]
    translated, sentences = translate_texts(model, texts, PARAMS, batch_size=2)
    assert sentences == [1, 2, 1]
    assert translated[0] == translated[2]  # the same sentence is translated once, the same way
    assert all(letter_scripts(text) == {"hebrew"} for text in translated)

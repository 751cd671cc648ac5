"""Finding, converting and preparing models; one clear error when a model is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import ModelNotAvailable, Summarizer
from summarizer.models import ModelStore
from summarizer.settings import ModelSettings

ARTICLE = "The envoy arrived in Cairo on Monday for talks on a truce in Gaza. " * 5


def test_a_missing_model_names_the_model_and_the_command(tmp_path: Path) -> None:
    summarizer = Summarizer.from_settings(ModelSettings(cache_dir=tmp_path))
    with pytest.raises(ModelNotAvailable) as caught:
        summarizer.brief(ARTICLE)
    message = str(caught.value)
    assert "sshleifer/distilbart-cnn-12-6" in message
    assert "triglot models prepare" in message
    assert caught.value.model == "sshleifer/distilbart-cnn-12-6"


def test_a_missing_local_model_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "my-summariser"
    settings = ModelSettings(cache_dir=tmp_path, summarizer=str(missing))
    with pytest.raises(ModelNotAvailable, match=r"my-summariser.*triglot models prepare"):
        Summarizer.from_settings(settings).brief(ARTICLE)


def test_a_missing_translator_is_named(tiny_cache: Path, tmp_path: Path) -> None:
    # A real-model configuration whose summariser exists locally but whose en-he does not.
    settings = ModelSettings(
        cache_dir=tmp_path,
        backend="transformers",
        summarizer=str(tiny_cache / "tiny" / "summarizer"),
        translators={"en-he": "Helsinki-NLP/opus-mt-en-he"},
    )
    with pytest.raises(ModelNotAvailable, match="Helsinki-NLP/opus-mt-en-he"):
        Summarizer.from_settings(settings).brief(ARTICLE, targets=("en", "he"))


def test_prepare_fails_at_once_offline_naming_the_model(tmp_path: Path) -> None:
    store = ModelStore(ModelSettings(cache_dir=tmp_path))
    with pytest.raises(ModelNotAvailable, match=r"distilbart-cnn-12-6.*HF_HUB_OFFLINE"):
        store.prepare("summarizer")


def test_local_checkpoints_work_like_hub_ones(tiny_cache: Path, tmp_path: Path) -> None:
    """A real-model configuration pointing at local folders (here: the tiny checkpoints)."""
    tiny = tiny_cache / "tiny"
    settings = ModelSettings(
        cache_dir=tmp_path,
        summarizer=str(tiny / "summarizer"),
        translators={pair: str(tiny / pair) for pair in ("en-ar", "en-he")},
    )
    brief = Summarizer.from_settings(settings).brief(ARTICLE, targets=("en", "ar"))
    assert brief.text("en") and brief.text("ar")
    assert brief.texts["ar"].model.startswith(str(tiny / "en-ar") + "@")


def test_ctranslate2_conversion_happens_once(tiny_settings) -> None:
    store = ModelStore(tiny_settings("ctranslate2"))
    converted = store.converted_path("en-he")
    model_file = converted / "model.bin"
    stamp = model_file.stat().st_mtime_ns
    assert ModelStore(tiny_settings("ctranslate2")).converted_path("en-he") == converted
    assert model_file.stat().st_mtime_ns == stamp
    assert converted.parent == store.cache_dir / "ct2"

"""``triglot summarize`` and ``triglot models`` as an operator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.auxil.cli import run_triglot
from tests.auxil.tiny_models import letter_scripts, realworld_article, realworld_dir

SCRIPT = {"en": "latin", "ar": "arabic", "he": "hebrew"}


def write_config(folder: Path, models: str) -> Path:
    path = folder / "triglot.toml"
    path.write_text(f"[models]\n{models}\n", encoding="utf-8")
    return path


def test_summarize_prints_json_with_one_key_per_language(tiny_cache: Path, tmp_path: Path) -> None:
    article = realworld_dir() / "texts" / "seed-cairo-truce-talks.txt"
    config = write_config(
        tmp_path,
        f'preset = "tiny"\nbackend = "transformers"\nthreads = 1\ncache_dir = "{tiny_cache}"',
    )
    result = run_triglot("summarize", str(article), "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert set(output) == {"en", "ar", "he", "meta"}
    assert output["meta"]["source_lang"] == "en"
    for lang in ("en", "ar", "he"):
        status = output["meta"]["texts"][lang]["status"]
        assert (output[lang] == "") == (status == "withheld")
        if output[lang]:
            assert letter_scripts(output[lang]) <= {SCRIPT[lang], "latin"}


def test_summarize_reads_standard_input_and_writes_the_chosen_languages(
    tiny_cache: Path, tmp_path: Path
) -> None:
    import subprocess

    from tests.auxil.cli import TRIGLOT

    config = write_config(tmp_path, f'preset = "tiny"\nthreads = 1\ncache_dir = "{tiny_cache}"')
    article = (realworld_dir() / "texts" / "seed-cairo-truce-talks.txt").read_text("utf-8")
    result = subprocess.run(
        [str(TRIGLOT), "summarize", "-", "--lang", "he", "--config", str(config)],
        input=article,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "[he]" in result.stdout and "[en]" not in result.stdout and "[ar]" not in result.stdout


def test_summarize_without_models_says_what_to_run(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The envoy arrived in Cairo on Monday for talks on a truce.", "utf-8")
    config = write_config(tmp_path, f'cache_dir = "{tmp_path / "models"}"')
    result = run_triglot(
        "summarize", str(article), "--config", str(config), env={"HF_HUB_OFFLINE": "1"}
    )
    assert result.returncode == 1
    assert "sshleifer/distilbart-cnn-12-6" in result.stderr
    assert "triglot models prepare" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_language_list_is_bad_usage(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("text", "utf-8")
    result = run_triglot("summarize", str(article), "--lang", "en,fr")
    assert result.returncode == 2
    assert "en,ar,he" in result.stderr


def test_models_prepare_offline_fails_naming_the_model(tmp_path: Path) -> None:
    config = write_config(tmp_path, f'cache_dir = "{tmp_path / "models"}"')
    result = run_triglot("models", "prepare", "--config", str(config), env={"HF_HUB_OFFLINE": "1"})
    assert result.returncode == 1
    assert "sshleifer/distilbart-cnn-12-6" in result.stderr


def test_models_build_tiny_writes_loadable_models(tmp_path: Path) -> None:
    result = run_triglot("models", "build-tiny", str(tmp_path / "tiny"))
    assert result.returncode == 0, result.stderr
    for step in ("summarizer", "en-ar", "en-he", "ar-en", "he-en"):
        assert (tmp_path / "tiny" / step / "config.json").is_file()
        assert (tmp_path / "tiny" / step / "source.spm").is_file()


SOURCE_PAGES = {
    "ar": "pages/newspaper4k__arabic_article.cnnarabic.syria.html",
    "he": "pages/anyway__ynet_0-7340-L-5735210-00.html",
}


@pytest.mark.parametrize("source_lang", ["ar", "he"])
def test_an_arabic_or_hebrew_article_gets_a_checked_brief_in_its_own_language(
    tiny_cache: Path, tmp_path: Path, source_lang: str
) -> None:
    """Random-weight models garble the English pivot, so the guard withholds it; the
    article must still get the extractive brief in its own language (issue 12)."""
    article = tmp_path / "article.txt"
    article.write_text(realworld_article(SOURCE_PAGES[source_lang]), "utf-8")
    config = write_config(tmp_path, f'preset = "tiny"\nthreads = 1\ncache_dir = "{tiny_cache}"')
    result = run_triglot("summarize", str(article), "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    meta = output["meta"]["texts"][source_lang]
    assert meta["status"] == "fallback"
    assert letter_scripts(output[source_lang]) <= {SCRIPT[source_lang], "latin"}
    # every sentence of the brief is a sentence of the article, and the guard passed it
    source_text = article.read_text("utf-8")
    assert output[source_lang][:40] in source_text
    assert meta["checks"][-1]["ok"] is True
    withheld = [lang for lang in ("en", "ar", "he") if not output[lang]]
    if withheld:
        assert f"withheld: {', '.join(withheld)}" in result.stderr

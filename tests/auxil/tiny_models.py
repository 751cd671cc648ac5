"""Tiny models for summarizer tests: built once per test session, shared by every test.

The fixtures ``tiny_cache`` and ``tiny_settings`` reach every test through
``tests/conftest.py``'s ``pytest_plugins``: name them as a test's arguments.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.settings import ModelSettings
from summarizer.tiny import build_tiny_models

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"


@pytest.fixture(scope="session")
def tiny_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model cache folder holding every tiny model (CTranslate2 conversions land here too)."""
    cache = tmp_path_factory.mktemp("models")
    build_tiny_models(cache / "tiny")
    return cache


@pytest.fixture(scope="session")
def tiny_settings(tiny_cache: Path) -> Callable[..., ModelSettings]:
    """``tiny_settings(backend, **more)``: settings of the tiny preset on the shared cache.

    One thread: tiny models gain nothing from more, and on a busy machine a thread pool
    that waits for a core costs far more than it saves.
    """

    def make(backend: str = "ctranslate2", **more: object) -> ModelSettings:
        values: dict[str, object] = {"threads": 1, **more}
        return ModelSettings(preset="tiny", backend=backend, cache_dir=tiny_cache, **values)

    return make


def letter_scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text``: "latin", "arabic", "hebrew" or others."""
    scripts = set()
    for char in text:
        if unicodedata.category(char).startswith("L"):
            scripts.add(unicodedata.name(char, "UNKNOWN").split()[0].lower())
    return scripts


def realworld_dir() -> Path:
    """``../shared/realworld`` next to the repository; skips the test when it is absent."""
    if not REALWORLD.is_dir():
        pytest.skip(f"real-world test data not found at {REALWORLD} (../shared/realworld)")
    return REALWORLD


def realworld_article(relative: str) -> str:
    """The main text of a real page (trafilatura) or the content of a real text file."""
    path = realworld_dir() / relative
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    import trafilatura

    html = path.read_bytes().decode("utf-8", errors="replace")
    text = trafilatura.extract(html) or ""
    assert text.strip(), f"no text extracted from {relative}"
    return text

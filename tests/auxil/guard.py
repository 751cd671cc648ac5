"""The ``guard`` fixture: the guard as the service builds it, with the default settings."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard


@pytest.fixture(scope="module")  # built once per test module: it holds no state
def guard() -> Guard:
    return Guard.from_settings()


def kinds(guard: Guard, source: str, brief: str, lang: str = "en", **kw: str) -> set[str]:
    """The kinds of problem the guard finds in ``brief`` (``kw``: headline, english_summary)."""
    return guard.check(source, brief, lang=lang, **kw).kinds()

"""The ``guard`` fixture: the guard as the service builds it, with the default settings."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard


@pytest.fixture(scope="module")  # built once per test module: it holds no state
def guard() -> Guard:
    return Guard.from_settings()

"""The ``guard`` fixture: the guard as the service builds it, with the default settings."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard


@pytest.fixture
def guard() -> Guard:
    return Guard.from_settings()

"""The ``browser`` fixture: the system's headless Chromium driven by Playwright.

Never a downloaded browser: Playwright launches the chromium that the system's packages
installed (``scripts/ci/ensure_chromium.sh`` installs it in CI). When there is none, or
Playwright is not installed, the browser tests skip, and this plugin ends the run with a
loud section saying so and how to get it, so a skipped "s" is not taken for a pass.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from typing import Any

import pytest

NO_BROWSER = "NO BROWSER FOR THE CONSOLE'S BROWSER TESTS"


def find_chromium() -> str | None:
    """The system's chromium binary, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _skip_reason() -> str | None:
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return f"{NO_BROWSER}: the playwright package is missing (pip install -e '.[dev]')"
    if find_chromium() is None:
        return (
            f"{NO_BROWSER}: no chromium found on PATH; install the system's package "
            "(bash scripts/ci/ensure_chromium.sh, i.e. apt-get install chromium)"
        )
    return None


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    """A headless Chromium (Playwright's ``Browser``), closed after the test."""
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    from playwright.async_api import async_playwright

    async with async_playwright() as driver:
        launched = await driver.chromium.launch(
            executable_path=find_chromium(),
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage"],  # root in a container
        )
        try:
            yield launched
        finally:
            await launched.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if NO_BROWSER in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.section(
            f"{NO_BROWSER}: {len(skipped)} browser tests did not run",
            sep="!",
            red=True,
            bold=True,
        )
        terminalreporter.write_line(_skip_reason() or "")

"""A pytest plugin: say loudly which test groups were skipped for want of the shared data.

About half the suite reads real third-party feeds and pages from ``../shared/realworld``.
Without that folder those tests skip, and a quiet "s" in the progress line is easy to take
for a pass; this plugin ends the run with a section naming each skipped group (test file)
and why. ``.ci/run`` refuses to run without the folder at all.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.auxil.realworld import REALWORLD

#: Words in a skip reason that mean "the shared data is not there".
MARKERS = ("real-world", "realworld")


def _reason(report: pytest.TestReport) -> str:
    longrepr: Any = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr)


def _for_want_of_data(reason: str) -> bool:
    lowered = reason.lower()
    if any(marker in lowered for marker in MARKERS):
        return True
    # Tests parametrized over the corpus's files get no parameters without it.
    return not REALWORLD.is_dir() and "got empty parameter set" in lowered


def pytest_terminal_summary(terminalreporter: Any) -> None:
    groups: Counter[str] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        if _for_want_of_data(_reason(report)):
            groups[report.nodeid.split("::")[0] or report.fspath] += 1
    if not groups:
        return
    total = sum(groups.values())
    terminalreporter.section(
        f"SHARED TEST DATA MISSING: {total} tests in {len(groups)} groups did not run",
        sep="!",
        red=True,
        bold=True,
    )
    terminalreporter.line(
        f"The real-world feeds and pages are not at {REALWORLD} (../shared/realworld beside "
        "the repository), so these groups were skipped:",
        red=True,
    )
    for group, count in sorted(groups.items()):
        terminalreporter.line(f"  {group}: {count} skipped")
    terminalreporter.line(
        "Put the shared folder there to run them; .ci/run fails without it.", red=True
    )

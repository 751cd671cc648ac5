"""Without ``../shared/realworld`` the suite says which groups it skipped, and CI fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.auxil.cli import REPO_ROOT


def test_skips_for_want_of_the_shared_data_are_named_at_the_end(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.auxil.shared_data"]\n')
    (tmp_path / "test_corpus.py").write_text(
        "import pytest\n\n"
        "def test_feeds():\n"
        '    pytest.skip("real-world test data not found at /nowhere (../shared/realworld)")\n\n'
        "def test_other():\n"
        '    pytest.skip("needs PostgreSQL")\n\n'
        "def test_runs():\n"
        "    pass\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    assert "SHARED TEST DATA MISSING: 1 tests in 1 groups did not run" in result.stdout
    assert "test_corpus.py: 1 skipped" in result.stdout  # the PostgreSQL skip is not counted


def test_ci_fails_without_the_shared_data(tmp_path: Path) -> None:
    checkout = tmp_path / "main"  # no ../shared beside it
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy(REPO_ROOT / ".ci" / "run", checkout / ".ci" / "run")
    result = subprocess.run(
        ["bash", str(checkout / ".ci" / "run")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "../shared/realworld" in result.stderr
    assert "PostgreSQL" not in result.stderr  # refused before anything else was done

"""The README's configuration reference matches the schema, key for key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import Field

from bot import config_reference
from bot.config_reference import all_keys, documented_keys, drift, render
from bot.settings import ScheduleSettings, TriglotConfig
from tests.auxil.cli import REPO_ROOT

README = REPO_ROOT / "README.md"
REGENERATE = "run: .venv/bin/python -m bot.config_reference --write"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_every_schema_key_is_in_the_readme(readme: str) -> None:
    missing, _ = drift(readme)
    assert not missing, f"keys missing from README.md: {missing}; {REGENERATE}"


def test_the_readme_lists_no_key_that_is_gone(readme: str) -> None:
    _, gone = drift(readme)
    assert not gone, f"README.md lists keys the schema no longer has: {gone}; {REGENERATE}"


def test_defaults_and_meanings_in_the_readme_are_current(readme: str) -> None:
    block = config_reference.documented_block(readme)
    assert block is not None, "README.md has no configuration reference block"
    assert block == render(), f"README.md's configuration reference is stale; {REGENERATE}"


class _NewSchedule(ScheduleSettings):
    quiet_hours: list[int] = Field(default_factory=list, description="Hours without polls.")


class _GrownConfig(TriglotConfig):
    schedule: _NewSchedule = Field(default_factory=_NewSchedule)


def test_a_key_added_to_the_schema_is_reported_missing(readme: str) -> None:
    missing, gone = drift(readme, _GrownConfig)
    assert missing == ["schedule.quiet_hours"]
    assert gone == []
    assert "| `schedule.quiet_hours` | list of integer | `[]` | Hours without polls. |" in (
        render(_GrownConfig)
    )


def test_a_key_without_a_description_cannot_be_documented() -> None:
    class Bare(ScheduleSettings):
        mystery: int = 1

    class Config(TriglotConfig):
        schedule: Bare = Field(default_factory=Bare)

    with pytest.raises(ValueError, match=r"schedule\.mystery has no description"):
        render(Config)


def test_reference_shows_nested_defaults_of_their_own() -> None:
    """models.translation_decoding is a DecodingSettings with other defaults than decoding."""
    table = render()
    assert "| `models.decoding.min_new_tokens` | integer (≥ 0, ≤ 1024) | `30` |" in table
    assert "| `models.translation_decoding.min_new_tokens` | integer (≥ 0, ≤ 1024) | `0` |" in table
    assert "| `feeds[].url` | string | (required) |" in table
    assert set(all_keys()) == set(documented_keys(table))


def test_check_and_write_commands(tmp_path: Path) -> None:
    stale = tmp_path / "README.md"
    text = README.read_text(encoding="utf-8")
    stale.write_text(text.replace("| `schedule.poll_interval_seconds`", "| `schedule.poll_every`"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot.config_reference", *args, "--readme", str(stale)],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            check=False,
        )

    check = run("--check")
    assert check.returncode == 1
    assert "schedule.poll_interval_seconds is not documented" in check.stdout
    assert "schedule.poll_every is documented but no longer exists" in check.stdout
    assert run("--write").returncode == 0
    assert stale.read_text(encoding="utf-8") == text.replace(
        config_reference.documented_block(text) or "", render()
    )
    assert run("--check").returncode == 0

"""With a token in the environment, no command prints it: not on success, not on error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.auxil.cli import run_triglot

TOKEN = "123456:SECRET"


def command_lines(tmp: Path) -> dict[str, list[str]]:
    bad = tmp / "bad.toml"
    bad.write_text('[telegram]\nadmin_id = 1\napi_base_url = "x"\n', encoding="utf-8")
    empty = tmp / "no-feeds.toml"
    empty.write_text("", encoding="utf-8")
    return {
        "config check": ["config", "check"],
        "summarize, missing file": ["summarize", str(tmp / "absent.txt")],
        "check, missing files": ["check", "--source", "x.txt", "--summary", "y.txt"],
        "fetch-once, no feeds": ["fetch-once", "--json", "--config", str(empty)],
        "config check, bad file": ["config", "check", "--config", str(bad)],
        "config check, missing file": ["config", "check", "--config", str(tmp / "none.toml")],
        "db upgrade": ["db", "upgrade"],
        "help": ["--help"],
    }


@pytest.mark.parametrize(
    "name",
    [
        "config check",
        "config check, bad file",
        "config check, missing file",
        "db upgrade",
        "help",
        "summarize, missing file",
        "check, missing files",
        "fetch-once, no feeds",
    ],
)
def test_token_never_printed(name: str, tmp_path: Path) -> None:
    args = command_lines(tmp_path)[name]
    result = run_triglot(
        *args,
        env={
            "TRIGLOT_TELEGRAM_TOKEN": TOKEN,
            "TRIGLOT_DATABASE__URL": f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite'}",
            "TRIGLOT_LOGGING__LEVEL": "DEBUG",
        },
    )
    assert "SECRET" not in result.stdout + result.stderr


def test_database_error_paths_do_not_leak_the_token_or_password(tmp_path: Path) -> None:
    result = run_triglot(
        "db",
        "upgrade",
        env={
            "TRIGLOT_TELEGRAM_TOKEN": TOKEN,
            "TRIGLOT_DATABASE__URL": "postgresql+asyncpg://triglot:SECRET@127.0.0.1:1/triglot",
        },
    )
    assert result.returncode == 1
    assert "cannot open the database" in result.stderr
    assert "SECRET" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr

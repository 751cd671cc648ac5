"""The configuration: the default file, every kind of bad config, env overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config_loader import ConfigError, load_config
from tests.auxil.cli import REPO_ROOT, run_triglot

DEFAULT_CONFIG = REPO_ROOT / "config" / "triglot.toml"


def problems_of(path: Path, environ: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ=environ or {})
    return [str(p) for p in caught.value.problems]


def test_default_config_is_valid_and_documents_every_section() -> None:
    config = load_config(DEFAULT_CONFIG, environ={})
    assert config.database.url == "sqlite+aiosqlite:///data/triglot.db"
    assert config.telegram.api_base_url == "https://api.telegram.org/bot"
    assert config.telegram.token is None
    assert {f.language for f in config.feeds} == {"en", "ar", "he"}
    text = DEFAULT_CONFIG.read_text(encoding="utf-8")
    for section in type(config).model_fields:
        marker = "[[feeds]]" if section == "feeds" else f"[{section}]"
        assert marker in text, f"config/triglot.toml lacks a {marker} section"


def test_config_check_prints_effective_config_with_token_redacted() -> None:
    result = run_triglot(
        "config",
        "check",
        "--config",
        str(DEFAULT_CONFIG),
        env={"TRIGLOT_TELEGRAM_TOKEN": "123456:SECRET"},
    )
    assert result.returncode == 0, result.stderr
    assert 'token = "***"' in result.stdout
    assert "[schedule]" in result.stdout and "poll_interval_seconds = 300" in result.stdout
    assert "SECRET" not in result.stdout + result.stderr


def test_typo_is_reported_with_file_line_and_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "typo.toml"
    path.write_text("# a comment\n[telegram]\nadmin_id = 1\n", encoding="utf-8")
    result = run_triglot("config", "check", "--config", str(path))
    assert result.returncode == 2
    assert f"{path}:3:" in result.stderr
    assert "admin_ids" in result.stderr and "telegram.admin_id" in result.stderr


def test_lines_of_blanks_and_indented_tables_keep_line_numbers_right(tmp_path: Path) -> None:
    """Long runs of white space (once minutes of regex backtracking) and indented tables."""
    path = tmp_path / "blank.toml"
    blanks = " " * 20_000
    path.write_text(
        f"{blanks}\n  [ telegram ]  # indented\n{blanks}# note\n  admin_id = 1\n", encoding="utf-8"
    )
    result = run_triglot("config", "check", "--config", str(path))
    assert result.returncode == 2
    assert f"{path}:4:" in result.stderr and "telegram.admin_id" in result.stderr


def test_wrong_type_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "type.toml"
    path.write_text('[schedule]\npoll_interval_seconds = "often"\n', encoding="utf-8")
    result = run_triglot("config", "check", "--config", str(path))
    assert result.returncode == 2
    assert f"{path}:2: schedule.poll_interval_seconds" in result.stderr
    assert "often" in result.stderr


def test_bad_url_in_a_feed_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "url.toml"
    path.write_text(
        '[[feeds]]\nname = "ok"\nurl = "https://example.com/rss"\n\n'
        '[[feeds]]\nname = "bad"\nurl = "ftp://example.com/rss"\n',
        encoding="utf-8",
    )
    assert problems_of(path) == [
        f"{path}:7: feeds[1].url: must be an http:// or https:// URL, got 'ftp://example.com/rss'"
    ]


def test_bad_database_url_and_bad_api_base_url(tmp_path: Path) -> None:
    path = tmp_path / "urls.toml"
    path.write_text(
        '[telegram]\napi_base_url = "not a url"\n[database]\nurl = "mysql://x/y"\n',
        encoding="utf-8",
    )
    found = problems_of(path)
    assert any(p.startswith(f"{path}:2: telegram.api_base_url") for p in found)
    assert any(p.startswith(f"{path}:4: database.url") for p in found)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run_triglot("config", "check", "--config", str(tmp_path / "absent.toml"))
    assert result.returncode == 2
    assert "absent.toml" in result.stderr and "not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_toml_syntax_error_reports_its_line(tmp_path: Path) -> None:
    path = tmp_path / "syntax.toml"
    path.write_text("[schedule]\npoll_interval_seconds = = 3\n", encoding="utf-8")
    found = problems_of(path)
    assert found[0].startswith(f"{path}:2: TOML syntax")


def test_unknown_section_is_an_error_with_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "section.toml"
    path.write_text("[shedule]\npoll_interval_seconds = 60\n", encoding="utf-8")
    assert problems_of(path) == [f"{path}:1: shedule: unknown key; did you mean 'schedule'?"]


def test_token_in_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "token.toml"
    path.write_text('[telegram]\ntoken = "123:abc"\n', encoding="utf-8")
    found = problems_of(path)
    assert len(found) == 1 and "TRIGLOT_TELEGRAM_TOKEN" in found[0]
    assert "123:abc" not in found[0]


def test_environment_overrides_file_values(tmp_path: Path) -> None:
    path = tmp_path / "base.toml"
    path.write_text("[schedule]\npoll_interval_seconds = 300\n", encoding="utf-8")
    config = load_config(
        path,
        environ={
            "TRIGLOT_SCHEDULE__POLL_INTERVAL_SECONDS": "600",
            "TRIGLOT_TELEGRAM__ADMIN_IDS": "[11, 22]",
            "TRIGLOT_DATABASE__URL": "postgresql+asyncpg://triglot@db/triglot",
            "TRIGLOT_MODELS__DECODING__NUM_BEAMS": "4",
            "TRIGLOT_TELEGRAM_TOKEN": "123456:SECRET",
            "UNRELATED": "x",
        },
    )
    assert config.schedule.poll_interval_seconds == 600
    assert config.telegram.admin_ids == [11, 22]
    assert config.database.url == "postgresql+asyncpg://triglot@db/triglot"
    assert config.models.decoding.num_beams == 4
    assert config.telegram.token is not None
    assert config.telegram.token.get_secret_value() == "123456:SECRET"
    assert "SECRET" not in repr(config)


def test_bad_environment_override_names_the_variable(tmp_path: Path) -> None:
    path = tmp_path / "base.toml"
    path.write_text("", encoding="utf-8")
    found = problems_of(
        path,
        environ={
            "TRIGLOT_SCHEDULE__POLL_INTERVAL_SECONDS": "often",
            "TRIGLOT_DELIVERY__MESSAGES_PER_SECONDS": "3",
        },
    )
    assert any(
        p.startswith("environment variable TRIGLOT_SCHEDULE__POLL_INTERVAL_SECONDS:") for p in found
    )
    assert any("did you mean 'messages_per_second'" in p for p in found)


def test_config_path_comes_from_triglot_config_variable(tmp_path: Path) -> None:
    path = tmp_path / "chosen.toml"
    path.write_text("[schedule]\npoll_interval_seconds = 42\n", encoding="utf-8")
    config = load_config(environ={"TRIGLOT_CONFIG": str(path)})
    assert config.schedule.poll_interval_seconds == 42


def test_every_secret_is_known_to_the_redactor(tmp_path: Path) -> None:
    path = tmp_path / "base.toml"
    path.write_text('[database]\nurl = "postgresql+asyncpg://u:dbpass@db/x"\n', encoding="utf-8")
    config = load_config(
        path,
        environ={
            "TRIGLOT_TELEGRAM_TOKEN": "123456:SECRET",
            "TRIGLOT_TELEGRAM__WEBHOOK_SECRET_TOKEN": "hooksecret",
        },
    )
    assert sorted(config.secrets()) == ["123456:SECRET", "dbpass", "hooksecret"]


def test_a_quoted_value_of_a_text_key_is_read_as_toml(tmp_path: Path) -> None:
    path = tmp_path / "quoted.toml"
    path.write_text("", encoding="utf-8")
    config = load_config(
        path,
        environ={
            "TRIGLOT_LOGGING__LEVEL": '"DEBUG"',
            "TRIGLOT_DATABASE__URL": "'sqlite+aiosqlite:///x.db'",
        },
    )
    assert (config.logging.level, config.database.url) == ("DEBUG", "sqlite+aiosqlite:///x.db")


@pytest.mark.parametrize("secret", ["987654321", "true", "1979-05-27", "0x1f", "inf", "1e3"])
def test_a_webhook_secret_that_reads_as_a_literal_is_taken_as_written(
    secret: str, tmp_path: Path
) -> None:
    path = tmp_path / "hook.toml"
    path.write_text("", encoding="utf-8")
    config = load_config(path, environ={"TRIGLOT_TELEGRAM__WEBHOOK_SECRET_TOKEN": secret})
    assert config.telegram.webhook_secret_token is not None
    assert config.telegram.webhook_secret_token.get_secret_value() == secret


@pytest.mark.parametrize(
    ("file_text", "environ"),
    [
        ("[telegram]\nwebhook_secret_token = 987654321\n", {}),
        ('[telegram]\nwebhook_secret_token = "has 987654321 spaces"\n', {}),
        ("", {"TRIGLOT_TELEGRAM__WEBHOOK_SECRET_TOKEN": "bad!987654321"}),
        ("", {"TRIGLOT_TELEGRAM__TOKEN": "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"}),
    ],
)
def test_no_config_error_shows_a_secret(
    file_text: str, environ: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "hook.toml"
    path.write_text(file_text, encoding="utf-8")
    result = run_triglot("config", "check", "--config", str(path), env=environ)
    assert result.returncode == 2
    assert "secret_token" in result.stderr or "TRIGLOT_TELEGRAM_TOKEN" in result.stderr
    assert "987654321" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[schedule]\nmisfire_grace_seconds = 100000000000", "schedule.misfire_grace_seconds"),
        ("[fetch]\nbackoff_base_seconds = 1e12", "fetch.backoff_base_seconds"),
        ("[fetch]\nbackoff_max_seconds = 1e12", "fetch.backoff_max_seconds"),
        ("[fetch]\nmax_cache_seconds = inf", "fetch.max_cache_seconds"),
        ("[delivery]\nbackoff_max_seconds = 1e12", "delivery.backoff_max_seconds"),
        ("[fetch]\nduplicate_window_hours = 1e9", "fetch.duplicate_window_hours"),
        ("[models.decoding]\nlength_penalty = nan", "models.decoding.length_penalty"),
        ("[models]\nmax_input_tokens = 10000000", "models.max_input_tokens"),
        ('[schedule]\ndefault_timezone = "America"', "schedule.default_timezone"),
        ('[schedule]\ndefault_timezone = "../../etc/passwd"', "schedule.default_timezone"),
    ],
)
def test_values_that_would_fail_at_run_time_are_refused_at_load(
    line: str, key: str, tmp_path: Path
) -> None:
    path = tmp_path / "range.toml"
    path.write_text(f"# a value out of range\n{line}\n", encoding="utf-8")
    result = run_triglot("config", "check", "--config", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{path}:3: {key}: "), result.stderr
    assert "Traceback" not in result.stderr


def test_every_number_has_an_upper_bound() -> None:
    """A key without one is a value that can overflow a timer or a timedelta."""
    from typing import get_args

    from pydantic import BaseModel

    from bot.settings import TriglotConfig

    def unbounded(model: type[BaseModel], prefix: str) -> list[str]:
        found = []
        for name, field in model.model_fields.items():
            for kind in (field.annotation, *get_args(field.annotation)):
                if isinstance(kind, type) and issubclass(kind, BaseModel):
                    found += unbounded(kind, f"{prefix}{name}.")
            if field.annotation in (int, float) and not any(
                getattr(m, "le", None) is not None or getattr(m, "lt", None) is not None
                for m in field.metadata
            ):
                found.append(f"{prefix}{name}")
        return found

    assert unbounded(TriglotConfig, "") == []


def test_a_time_zone_is_kept_in_its_canonical_spelling(tmp_path: Path) -> None:
    path = tmp_path / "zone.toml"
    path.write_text('[schedule]\ndefault_timezone = "asia/jerusalem"\n', encoding="utf-8")
    assert load_config(path, environ={}).schedule.default_timezone == "Asia/Jerusalem"


def test_a_misspelt_section_in_a_variable_names_the_variable(tmp_path: Path) -> None:
    path = tmp_path / "base.toml"
    path.write_text("[telegram]\nadmin_ids = [1]\n", encoding="utf-8")
    assert problems_of(path, {"TRIGLOT_SCHEDUL__POLL_INTERVAL_SECONDS": "60"}) == [
        "environment variable TRIGLOT_SCHEDUL__POLL_INTERVAL_SECONDS: "
        "schedul: unknown key; did you mean 'schedule'?"
    ]


def test_one_underscore_after_a_section_is_pointed_out(tmp_path: Path) -> None:
    path = tmp_path / "base.toml"
    path.write_text("", encoding="utf-8")
    found = problems_of(
        path,
        {
            "TRIGLOT_SCHEDULE_POLL_INTERVAL_SECONDS": "60",
            "TRIGLOT_TELEGRAM_TOKEN": "123456:SECRET",
            "TRIGLOT_CONFIG": str(path),
            "TRIGLOT_SOMETHING_ELSE": "x",
        },
    )
    assert found == [
        "environment variable TRIGLOT_SCHEDULE_POLL_INTERVAL_SECONDS: not a setting (section "
        "and key are joined by two underscores); did you mean "
        "TRIGLOT_SCHEDULE__POLL_INTERVAL_SECONDS?"
    ]


def test_the_token_under_a_section_variable_points_to_the_right_variable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "base.toml"
    path.write_text("", encoding="utf-8")
    found = problems_of(path, {"TRIGLOT_TELEGRAM__TOKEN": "123456:SECRET"})
    assert found == [
        "environment variable TRIGLOT_TELEGRAM__TOKEN: the bot token is read only from "
        "TRIGLOT_TELEGRAM_TOKEN (one underscore before TOKEN)"
    ]


def test_a_relative_lexicon_folder_is_read_beside_the_config_whatever_the_working_folder(
    tmp_path: Path,
) -> None:
    # Laid out as in the Docker image: /app/config/triglot.toml and /app/config/lexicon.
    app = tmp_path / "app"
    (app / "config" / "lexicon").mkdir(parents=True)
    (app / "config" / "triglot.toml").write_text(
        '[guard]\nlexicon_dir = "config/lexicon"\n', encoding="utf-8"
    )
    config = load_config(app / "config" / "triglot.toml", environ={})
    assert config.guard.lexicon_dir == (app / "config" / "lexicon").resolve()


def test_a_relative_lexicon_folder_missing_beside_the_config_is_the_source_trees(
    tmp_path: Path,
) -> None:
    (tmp_path / "triglot.toml").write_text("", encoding="utf-8")
    config = load_config(tmp_path / "triglot.toml", environ={})
    assert config.guard.lexicon_dir == REPO_ROOT / "config" / "lexicon"


def test_triglot_check_run_from_another_folder_finds_the_default_lexicons(
    tmp_path: Path,
) -> None:
    text = tmp_path / "brief.txt"
    text.write_text("Hamas terrorists attacked the town.", encoding="utf-8")
    result = run_triglot("check", "--source", str(text), "--summary", str(text), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("loaded:")

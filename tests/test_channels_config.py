"""``[[channels]]`` in the config: what is accepted, and every mistake reported as
``file:line`` by ``triglot config check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config_loader import ConfigError, load_config
from tests.auxil.cli import run_triglot


def problems_of(path: Path, environ: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ=environ or {})
    return [str(p) for p in caught.value.problems]


def test_channels_by_id_and_username_with_instant_and_digest_modes(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(
        '[[channels]]\nchat = "@Triglot_EN"\nlanguage = "en"\n\n'
        '[[channels]]\nchat = -1001234567890\nlanguage = "ar"\nmode = "digest"\n'
        'digest_hour = 7\ntimezone = "asia/gaza"\n\n'
        '[[channels]]\nchat = "-1009876543210"\nlanguage = "he"\n',
        encoding="utf-8",
    )
    en, ar, he = load_config(path, environ={}).channels
    assert (en.chat, en.language, en.mode) == ("@Triglot_EN", "en", "instant")
    assert (ar.chat, ar.mode, ar.digest_hour, ar.timezone) == (
        -1001234567890,
        "digest",
        7,
        "Asia/Gaza",
    )
    assert he.chat == -1009876543210


def test_each_mistake_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        "[[channels]]\n"  # 1
        'chat = "my channel"\n'  # 2
        'language = "fr"\n'  # 3
        "\n"
        "[[channels]]\n"  # 5
        "chat = 1234\n"  # 6
        'language = "en"\n'  # 7
        "digest_hour = 7\n"  # 8: needs mode = "digest"
        "\n"
        "[[channels]]\n"  # 10
        'chat = "@news"\n'  # 11: too short for a username
        'language = "he"\n'
        'mode = "weekly"\n'  # 13
        "\n"
        "[[channels]]\n"  # 15
        "chat = -100123\n"
        'language = "ar"\n'
        'mode = "digest"\n'
        'timezone = "Mars/Olympus"\n',  # 19
        encoding="utf-8",
    )
    found = problems_of(path)
    expected = [
        f"{path}:2: channels[0].chat: must be a chat id such as -1001234567890 or a @username",
        f"{path}:3: channels[0].language: ",
        f"{path}:6: channels[1].chat: a channel or group id is negative",
        f'{path}:8: channels[1].digest_hour: is used only with mode = "digest"',
        f"{path}:11: channels[2].chat: must be a chat id",
        f"{path}:13: channels[2].mode: ",
        f"{path}:19: channels[3].timezone: unknown time zone 'Mars/Olympus'",
    ]
    assert len(found) == len(expected), found
    for problem, start in zip(found, expected, strict=True):
        assert problem.startswith(start), (problem, start)


def test_a_chat_listed_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.toml"
    path.write_text(
        '[[channels]]\nchat = "@triglot_en"\nlanguage = "en"\n\n'
        '[[channels]]\nchat = "@Triglot_En"\nlanguage = "ar"\n',
        encoding="utf-8",
    )
    assert problems_of(path) == [
        f"{path}:1: channels: channels[1] names the chat @Triglot_En that channels[0] already names"
    ]


def test_config_check_reports_channels_and_refuses_them_from_the_environment(
    tmp_path: Path,
) -> None:
    path = tmp_path / "check.toml"
    path.write_text('[[channels]]\nchat = "@triglot_en"\nlanguage = "xx"\n', encoding="utf-8")
    result = run_triglot(
        "config", "check", "--config", str(path), env={"TRIGLOT_CHANNELS__CHAT": "@other"}
    )
    assert result.returncode == 2
    assert f"{path}:3: channels[0].language" in result.stderr
    assert "TRIGLOT_CHANNELS__CHAT: cannot be set from the environment" in result.stderr
    path.write_text('[[channels]]\nchat = "@triglot_en"\nlanguage = "en"\n', encoding="utf-8")
    result = run_triglot("config", "check", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert '{ chat = "@triglot_en", language = "en", mode = "instant"' in result.stdout

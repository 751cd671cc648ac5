"""``triglot check``, run as an operator would: exit 0 pass, 1 fail, 2 bad usage."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.auxil.cli import run_triglot

SOURCE = "About 100 people were killed, according to Gaza's health ministry."


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    texts = {
        "source": SOURCE,
        "good": "Gaza's health ministry said about 100 people were killed.",
        "bad": "About 150 people were killed by terrorists.",
        "en": "About 100 people were killed, Gaza's health ministry said.",
        "ar": "قالت وزارة الصحة في غزة إن نحو ١٥٠ شخصا قتلوا.",
    }
    out = {}
    for name, text in texts.items():
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


def test_a_faithful_summary_passes(files: dict[str, Path]) -> None:
    result = run_triglot("check", "--source", str(files["source"]), "--summary", str(files["good"]))
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


def test_a_failing_summary_lists_each_problem_on_its_own_line(files: dict[str, Path]) -> None:
    result = run_triglot("check", "--source", str(files["source"]), "--summary", str(files["bad"]))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    # "by terrorists": an agent of the killing the source nowhere names (added_circumstances)
    kinds = [line.split(":")[0] for line in lines]
    assert kinds == ["unsupported", "number", "attribution", "loaded"]
    assert "'150'" in lines[1]


def test_json_output(files: dict[str, Path]) -> None:
    result = run_triglot(
        "check", "--source", str(files["source"]), "--summary", str(files["bad"]), "--json"
    )
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    expected = {"unsupported", "number", "attribution", "loaded"}
    assert {p["kind"] for p in data["problems"]} == expected
    assert all({"kind", "detail"} <= set(p) for p in data["problems"])


def test_a_translation_is_checked_against_the_english_summary(files: dict[str, Path]) -> None:
    args = ["check", "--source", str(files["source"]), "--summary", str(files["ar"])]
    result = run_triglot(*args, "--lang", "ar", "--english-summary", str(files["en"]), "--json")
    assert result.returncode == 1
    kinds = {p["kind"] for p in json.loads(result.stdout)["problems"]}
    assert "translation_number" in kinds


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--lang", "fr"], "--lang must be one of en, ar, he"),
        (["--english-summary", "x.txt"], "--english-summary goes with --lang ar"),
    ],
)
def test_bad_usage_exits_2_with_one_clear_line(
    files: dict[str, Path], extra: list[str], message: str
) -> None:
    result = run_triglot(
        "check", "--source", str(files["source"]), "--summary", str(files["good"]), *extra
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {message}")


def test_a_missing_file_exits_2(files: dict[str, Path], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run_triglot("check", "--source", str(missing), "--summary", str(files["good"]))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: --source: no such file: {missing}"


def write_config(tmp_path: Path, he_lexicon: str) -> Path:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "en.toml").write_text(
        '[[terms]]\nloaded = ["skirmish"]\nneutral = "clash"\nnote = "house style"\n',
        encoding="utf-8",
    )
    (folder / "ar.toml").write_text("terms = []\n", encoding="utf-8")
    (folder / "he.toml").write_text(he_lexicon, encoding="utf-8")
    config = tmp_path / "triglot.toml"
    config.write_text(f'[guard]\nlexicon_dir = "{folder.as_posix()}"\n', encoding="utf-8")
    return config


def check_with_config(
    tmp_path: Path, brief: str, he_lexicon: str
) -> subprocess.CompletedProcess[str]:
    """``triglot check`` of one text against itself, with a config naming test lexicons."""
    text = tmp_path / "brief.txt"
    text.write_text(brief, encoding="utf-8")
    config = write_config(tmp_path, he_lexicon)
    return run_triglot(
        "check", "--source", str(text), "--summary", str(text), "--config", str(config)
    )


def test_the_configs_lexicons_are_used(tmp_path: Path) -> None:
    result = check_with_config(tmp_path, "There was a skirmish.", "terms = []\n")
    assert result.returncode == 1
    assert result.stdout.startswith('loaded: "skirmish"')


def test_a_broken_lexicon_is_bad_usage_naming_the_file(tmp_path: Path) -> None:
    result = check_with_config(tmp_path, "There was a clash.", "terms = [\n")
    assert result.returncode == 2
    assert "he.toml: not valid TOML" in result.stderr

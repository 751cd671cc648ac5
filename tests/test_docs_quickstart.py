"""The README's quick start says what each model preset needs and shows, what a GPU user
changes, and those statements hold."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bot.config_loader import load_config
from tests.auxil.cli import REPO_ROOT, run_triglot
from tests.auxil.tiny_models import realworld_dir


def quick_start() -> str:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def test_the_quick_start_says_what_the_default_preset_needs() -> None:
    text = " ".join(quick_start().split())
    models = load_config(REPO_ROOT / "config" / "triglot.toml").models
    assert models.preset == "default"
    assert models.summarizer in text and "Opus-MT" in text
    assert "triglot models prepare" in text and "refuses to start" in text


def test_the_quick_start_says_the_tiny_preset_writes_nonsense_and_withholds_translations(
    tiny_cache: Path, tmp_path: Path
) -> None:
    text = " ".join(quick_start().split())
    assert "random weights" in text and "briefs are nonsense" in text
    assert "translations are withheld" in text and "Never serve readers" in text

    # As the README says: with the tiny preset, Arabic and Hebrew are withheld.
    assert "TRIGLOT_MODELS__PRESET=tiny" in text
    article = realworld_dir() / "texts" / "seed-cairo-truce-talks.txt"
    env = {"TRIGLOT_MODELS__PRESET": "tiny", "TRIGLOT_MODELS__CACHE_DIR": str(tiny_cache)}
    result = run_triglot("summarize", str(article), "--json", env=env)
    brief = json.loads(result.stdout)
    assert (brief["ar"], brief["he"]) == ("", ""), result.stderr


def test_the_gpu_instructions_name_what_bootstrap_reads() -> None:
    bootstrap = (REPO_ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    text = quick_start()
    variables = set(re.findall(r"\b(TORCH_[A-Z_]+)=", text))
    assert variables == {"TORCH_INDEX_URL", "TORCH_REQUIREMENT"}
    for variable in variables:
        assert f"${{{variable}:-" in bootstrap, variable
    cpu_index = "https://download.pytorch.org/whl/cpu"
    assert cpu_index in text and cpu_index in bootstrap

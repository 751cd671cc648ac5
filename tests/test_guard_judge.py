"""The guard's entailment judge (``guard.judge_model``), with NLI checkpoints built offline.

Each judge is a real DeBERTa-v2 sequence classifier (tests/auxil/tiny_nli.py) whose verdict
is fixed by its classifier's bias, loaded through the same AutoTokenizer /
AutoModelForSequenceClassification path as a real one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.guard_speed import HAND_BRIEF  # a faithful brief of the real Cairo article
from bot.config_loader import load_config
from bot.model_worker import missing_models
from summarizer.guard import Guard
from summarizer.guard.judge import EntailmentJudge, JudgeError, find_labels, load_judge
from summarizer.settings import GuardSettings
from tests.auxil.cli import REPO_ROOT, run_triglot
from tests.auxil.tiny_models import realworld_dir
from tests.auxil.tiny_nli import build_nli_model

ENTAILS = (0.96, 0.02, 0.02)
CONTRADICTS = (0.02, 0.03, 0.95)
UNSURE = (0.6, 0.1, 0.3)
ARABIC = (
    "قال مسؤولون إسرائيليون إن مدير الموساد ديفيد برنياع يتوجه إلى القاهرة لإجراء محادثات"
    " بشأن هدنة مقترحة في غزة مع نظيريه المصري والأمريكي. وحررت القوات الإسرائيلية رهينتين"
    " في عملية في غزة رافقتها غارات جوية أسفرت عن مقتل نحو 100 فلسطيني، بحسب وزارة الصحة في"
    " غزة. واحتُجز نحو 250 شخصا خلال هجوم حماس على جنوب إسرائيل في 7 أكتوبر."
)

Judge = Callable[..., Path]


@pytest.fixture(scope="session")
def nli(tmp_path_factory: pytest.TempPathFactory) -> Judge:
    """``nli(probabilities, labels=None)``: the folder of an NLI checkpoint with that fixed
    verdict (built once per session)."""
    built: dict[object, Path] = {}

    def make(probabilities: tuple[float, ...], labels: dict[int, str] | None = None) -> Path:
        key = (probabilities, tuple(sorted((labels or {}).items())))
        if key not in built:
            folder = tmp_path_factory.mktemp("nli")
            built[key] = build_nli_model(folder, probabilities=probabilities, labels=labels)
        return built[key]

    return make


@pytest.fixture(scope="module")
def cairo() -> str:
    return (realworld_dir() / "texts" / "seed-cairo-truce-talks.txt").read_text("utf-8")


def guard_with(folder: Path | str, tmp_path: Path, **thresholds: float) -> Guard:
    settings = GuardSettings(judge_model=str(folder), **thresholds)  # type: ignore[arg-type]
    return Guard.from_settings(settings, model_cache_dir=tmp_path)


def write_config(folder: Path, guard: str, models: str = "") -> Path:
    path = folder / "triglot.toml"
    path.write_text(f"[guard]\n{guard}\n[models]\n{models}\n", encoding="utf-8")
    return path


def check_files(folder: Path, source: str, summary: str) -> list[str]:
    (folder / "source.txt").write_text(source, "utf-8")
    (folder / "summary.txt").write_text(summary, "utf-8")
    return ["--source", str(folder / "source.txt"), "--summary", str(folder / "summary.txt")]


# --- what an operator sees: triglot check -------------------------------------------------


def test_a_judge_that_finds_a_contradiction_fails_triglot_check(
    nli: Judge, cairo: str, tmp_path: Path
) -> None:
    config = write_config(tmp_path, f'judge_model = "{nli(CONTRADICTS)}"')
    files = check_files(tmp_path, cairo, HAND_BRIEF)
    assert run_triglot("check", *files).returncode == 0  # the rules alone pass it
    result = run_triglot("check", *files, "--config", str(config))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.startswith("unsupported: the entailment judge") for line in lines)
    assert str(nli(CONTRADICTS)) in lines[0]
    assert "contradiction 0.95" in lines[0] and "entailment 0.02" in lines[0]


def test_a_judge_that_finds_entailment_passes_a_faithful_brief_and_shows_its_verdicts(
    nli: Judge, cairo: str, tmp_path: Path
) -> None:
    config = write_config(tmp_path, f'judge_model = "{nli(ENTAILS)}"')
    files = check_files(tmp_path, cairo, HAND_BRIEF)
    result = run_triglot("check", *files, "--json", "--config", str(config))
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["alignment"]
    for entry in report["alignment"]:
        assert entry["source"], entry
        assert entry["judge"] == pytest.approx(
            {"entailment": 0.96, "neutral": 0.02, "contradiction": 0.02}, abs=1e-3
        )


def test_a_model_without_an_entailment_label_is_a_clear_error(
    nli: Judge, cairo: str, tmp_path: Path
) -> None:
    generic = nli(ENTAILS, {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    with pytest.raises(JudgeError, match=r"0: label_0, 1: label_1, 2: label_2.*'entailment'"):
        guard_with(generic, tmp_path)
    config = write_config(tmp_path, f'judge_model = "{generic}"')
    result = run_triglot(
        "check", *check_files(tmp_path, cairo, HAND_BRIEF), "--config", str(config)
    )
    assert result.returncode == 2
    assert "guard.judge_model" in result.stderr and "entailment" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_hub_id_not_in_the_cache_fails_at_once_offline(tmp_path: Path) -> None:
    with pytest.raises(JudgeError, match="triglot models prepare") as caught:
        guard_with("MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli", tmp_path)
    assert "guard.judge_model" in str(caught.value)
    config = load_config(
        write_config(tmp_path, 'judge_model = "org/nli"', 'preset = "tiny"'), environ={}
    )
    assert missing_models(config) == ["org/nli"]  # the bot and workers refuse to start


@pytest.mark.parametrize(
    ("thresholds", "ok"),
    [
        ({}, True),  # contradiction 0.3 < 0.5
        ({"judge_contradiction": 0.3}, False),
        ({"judge_contradiction": 0.31}, True),
        ({"judge_min_entailment": 0.7}, False),  # entailment 0.6
        ({"judge_min_entailment": 0.5}, True),
    ],
)
def test_thresholds_are_honoured(
    thresholds: dict[str, float], ok: bool, nli: Judge, cairo: str, tmp_path: Path
) -> None:
    report = guard_with(nli(UNSURE), tmp_path, **thresholds).check(cairo, HAND_BRIEF)
    assert report.ok is ok, report.problems
    assert report.alignment and all("judge" in entry for entry in report.alignment)
    if not ok:
        assert report.kinds() == {"unsupported"}
        why = "contradicted" if "judge_contradiction" in thresholds else "not entailed"
        assert all(why in p.detail and "entailment 0.60" in p.detail for p in report.problems)


def test_the_default_config_loads_no_judge_and_no_model_library() -> None:
    code = (
        "import sys, json\n"
        "from bot.config_loader import load_config\n"
        "from summarizer.guard import Guard\n"
        "config = load_config('config/triglot.toml', environ={})\n"
        "guard = Guard.from_settings(config.guard, model_cache_dir=config.models.cache_dir)\n"
        "report = guard.check('About 100 people were killed, officials said.',"
        " 'Officials said about 100 people were killed.')\n"
        "print(json.dumps([config.guard.judge_model, guard.judge is None, report.ok,"
        " 'judge' in str(report.alignment), 'torch' in sys.modules,"
        " 'transformers' in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["", True, True, False, False, False]


def test_the_fingerprint_changes_with_the_judge_and_its_thresholds(
    nli: Judge, tmp_path: Path
) -> None:
    plain = Guard.from_settings().fingerprint
    judged = guard_with(nli(ENTAILS), tmp_path).fingerprint
    assert judged == guard_with(nli(ENTAILS), tmp_path).fingerprint
    others = {
        guard_with(nli(CONTRADICTS), tmp_path).fingerprint,
        guard_with(nli(ENTAILS), tmp_path, judge_contradiction=0.7).fingerprint,
        guard_with(nli(ENTAILS), tmp_path, judge_min_entailment=0.2).fingerprint,
    }
    assert len(others | {plain, judged}) == 5


def test_a_translation_is_judged_sentence_by_sentence_against_the_english_brief(
    nli: Judge, tmp_path: Path
) -> None:
    failing = guard_with(nli(CONTRADICTS), tmp_path).check(
        "", ARABIC, lang="ar", english_summary=HAND_BRIEF
    )
    assert failing.kinds() == {"unsupported"}
    assert len(failing.problems) == 3  # one per sentence of the translation
    assert all("the English brief it translates" in p.detail for p in failing.problems)
    assert [p.span for p in failing.problems] == [e["claim"] for e in failing.alignment]
    assert all(e["against"] == "english_summary" for e in failing.alignment)
    assert all(e["source"] == [HAND_BRIEF] for e in failing.alignment)
    passing = guard_with(nli(ENTAILS), tmp_path).check(
        "", ARABIC, lang="ar", english_summary=HAND_BRIEF
    )
    assert passing.ok, passing.problems
    assert [e["judge"]["entailment"] for e in passing.alignment] == pytest.approx([0.96] * 3)


def test_an_arabic_article_read_through_the_english_pivot_is_judged_in_english(
    nli: Judge, tmp_path: Path
) -> None:
    pivot = [
        ("قتل نحو 100 شخص في غارات جوية، بحسب وزارة الصحة.", "About 100 people were killed in"
         " airstrikes, according to the health ministry."),
        ("وصل الوفد إلى القاهرة يوم الاثنين.", "The delegation arrived in Cairo on Monday."),
    ]  # fmt: skip
    english = " ".join(en for _, en in pivot)
    brief = "About 100 people were killed in airstrikes, according to the health ministry."
    report = guard_with(nli(CONTRADICTS), tmp_path).check(english, brief, pivot=pivot)
    assert report.kinds() == {"unsupported"}
    [entry] = report.alignment
    assert entry["source"] == [pivot[0][1]] and entry["original"] == [pivot[0][0]]
    assert entry["judge"]["contradiction"] == pytest.approx(0.95, abs=1e-3)


# --- the judge itself --------------------------------------------------------------------


def test_labels_are_found_by_name_whatever_their_case_and_order(nli: Judge, tmp_path: Path) -> None:
    labels = {0: "CONTRADICTION", 1: "Neutral", 2: "ENTAILMENT"}
    judge = load_judge(str(nli((0.9, 0.07, 0.03), labels)), tmp_path)
    [verdict] = judge.judge([("The talks began.", "The talks did not begin.")])
    assert verdict.contradiction == pytest.approx(0.9, abs=1e-4)
    assert verdict.entailment == pytest.approx(0.03, abs=1e-4)
    two_way = find_labels({"0": "entailment", "1": "not_entailment"}, "m")
    assert (two_way.entailment, two_way.contradiction, two_way.count) == (0, None, 2)


def test_pairs_are_batched_by_length_truncated_and_answered_in_order(tmp_path: Path) -> None:
    folder = build_nli_model(tmp_path / "random", seed=3)  # a random head: verdicts differ
    judge = EntailmentJudge(folder, "random", max_length=48, batch_size=2)
    pairs = [
        ("Gaza's health ministry said 100 people were killed. " * 40, "100 people died."),
        ("قالت وزارة الصحة في غزة إن 100 شخص قتلوا.", "Nobody was killed."),
        ("גורמים ישראליים מסרו כי ראש המוסד בדרכו לקהיר.", "The Mossad chief went to Cairo."),
        ("The envoy arrived.", "The envoy arrived in Cairo on Monday for talks on a truce."),
        ("Short.", "Short."),
    ]
    together = judge.judge(pairs)
    alone = [judge.judge([pair])[0] for pair in pairs]
    for both, one in zip(together, alone, strict=True):
        assert both.entailment + both.neutral + both.contradiction == pytest.approx(1.0)
        assert both.entailment == pytest.approx(one.entailment, abs=1e-4)
        assert both.contradiction == pytest.approx(one.contradiction, abs=1e-4)
    assert len({round(v.entailment, 6) for v in together}) > 1  # not one answer for all
    assert judge.judge([]) == []


# --- configuration and models prepare ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("judge_contradiction = 0", "guard.judge_contradiction"),
        ("judge_contradiction = 1.5", "guard.judge_contradiction"),
        ("judge_min_entailment = 1.0", "guard.judge_min_entailment"),
        ("judge_max_length = 4", "guard.judge_max_length"),
    ],
)
def test_bad_judge_settings_are_reported_at_their_line(line: str, key: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(f"# the judge\n[guard]\n{line}\n", encoding="utf-8")
    result = run_triglot("config", "check", "--config", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{path}:3: {key}: "), result.stderr
    assert "should be" in result.stderr and "unknown key" not in result.stderr


def test_models_prepare_checks_the_judge(nli: Judge, tiny_cache: Path, tmp_path: Path) -> None:
    models = f'preset = "tiny"\nbackend = "transformers"\ncache_dir = "{tiny_cache}"'
    good = write_config(tmp_path, f'judge_model = "{nli(ENTAILS)}"', models)
    result = run_triglot("models", "prepare", "--config", str(good))
    assert result.returncode == 0, result.stderr
    assert "guard judge" in result.stdout
    (tmp_path / "hub").mkdir()
    offline = write_config(tmp_path / "hub", 'judge_model = "org/nli-model"', models)
    result = run_triglot("models", "prepare", "--config", str(offline), env={"HF_HUB_OFFLINE": "1"})
    assert result.returncode == 1
    assert "guard.judge_model = 'org/nli-model'" in result.stderr
    assert "Traceback" not in result.stderr

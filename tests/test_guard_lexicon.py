"""Loaded language: operator-edited lexicons, reported speech allowed, neutral repairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.guard import Guard, LexiconError
from summarizer.guard.lexicon import Lexicon, Lexicons
from summarizer.settings import GuardSettings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return Lexicons.load(REPO / "config" / "lexicon")


def test_the_shipped_lexicons_load_for_every_language(lexicons: Lexicons) -> None:
    for lang in ("en", "ar", "he"):
        assert lexicons[lang].terms, lang
        assert all(t.note for t in lexicons[lang].terms), f"{lang}: every term says why"


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("en", "Israeli airstrikes massacred dozens.", "massacred"),
        ("en", "The terrorists fled.", "terrorists"),
        ("ar", "وسقط الشهداء في الغارة.", "الشهداء"),
        ("ar", "وسقط شهيدان في الغارة.", "شهيدان"),
        ("ar", "قصف جيش الاحتلال المنطقة.", "جيش الاحتلال"),
        ("he", "המחבלים ירו לעבר הכוח.", "המחבלים"),
    ],
)
def test_a_loaded_term_in_our_own_voice_is_reported(
    lexicons: Lexicons, lang: str, text: str, span: str
) -> None:
    problems = lexicons[lang].check(text)
    assert [(p.kind, p.span) for p in problems] == [("loaded", span)]
    assert "neutral" in problems[0].detail


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'The group called the raid "a massacre", its spokesman said.'),
        ("en", 'Nasrallah: "The terrorists will not win."'),
        ("en", "She works at Al Aqsa Martyrs Hospital in Deir al-Balah."),
        ("en", "South Africa accuses Israel of genocide, its lawyers said."),
        ("ar", 'وقال المتحدث إن "الشهداء سقطوا في الغارة".'),
        ("ar", "نقل المصابون إلى مستشفى شهداء الأقصى."),
        ("he", 'דובר הצבא אמר כי "המחבלים נוטרלו".'),
    ],
)
def test_reported_speech_and_proper_names_are_allowed(
    lexicons: Lexicons, lang: str, text: str
) -> None:
    assert lexicons[lang].check(text) == []


def test_unattributed_scare_quotes_are_still_our_voice(lexicons: Lexicons) -> None:
    assert [p.span for p in lexicons["en"].check('The "terrorists" fled.')] == ["terrorists"]


@pytest.mark.parametrize(
    ("lang", "text", "repaired"),
    [
        ("en", "A barbaric attack by terrorists.", "An attack by militants."),
        ("en", "It was a massacre.", "It was a killing."),
        # a neutral wording with its own determiner takes the place of the article too
        ("en", "The martyrs were buried on Sunday.", "Those killed were buried on Sunday."),
        ("en", "Settlers entered Judea and Samaria.", "Settlers entered the West Bank."),
        ("en", "He was a martyr.", "He was a person killed."),
        ("ar", "قصف لجيش الاحتلال وقوات الاحتلال", "قصف للجيش الإسرائيلي والقوات الإسرائيلية"),
        ("ar", "وسقط الشهداء", "وسقط القتلى"),
        ("he", "המחבלים ירו. ומחבלי חמאס נסוגו.", "החמושים ירו. וחמושי חמאס נסוגו."),
    ],
)
def test_repair_substitutes_the_neutral_term_and_keeps_grammar(
    lexicons: Lexicons, lang: str, text: str, repaired: str
) -> None:
    assert lexicons[lang].repair(text) == repaired
    assert lexicons[lang].check(repaired) == []


@pytest.mark.parametrize(
    "text", ["Crowds attended the martyr's funeral.", "They visited the martyrs’ graves."]
)
def test_no_repair_where_the_neutral_wording_cannot_take_a_possessive(
    lexicons: Lexicons, text: str
) -> None:
    """ "the those killed' graves" is no English: the word stays, the guard still refuses
    it, and the brief falls back instead of going out garbled."""
    assert lexicons["en"].repair(text) == text
    assert [p.kind for p in lexicons["en"].check(text)] == ["loaded"]


@pytest.mark.parametrize(
    ("lang", "text", "repaired"),
    [
        ("en", "Al-Hams said the pitiful trickle of aid was not enough.",
         "Al-Hams said the trickle of aid was not enough."),
        ("en", "The minister ranted that the talks had failed.",
         "The minister said that the talks had failed."),
        ("he", "נסראללה התלהם בנאום כי פלסטין שייכת לעם הפלסטיני.",
         "נסראללה אמר בנאום כי פלסטין שייכת לעם הפלסטיני."),
        ("ar", "وتبجح المتحدث بأن القوات سيطرت على المدينة.",
         "وقال المتحدث بأن القوات سيطرت على المدينة."),
    ],
)  # fmt: skip
def test_a_judging_word_in_reported_speech_is_our_voice(
    lexicons: Lexicons, lang: str, text: str, repaired: str
) -> None:
    assert [p.kind for p in lexicons[lang].check(text)] == ["loaded"]
    assert lexicons[lang].repair(text) == repaired
    assert lexicons[lang].check(repaired) == []


def write_lexicons(folder: Path, en: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.toml").write_text(en, encoding="utf-8")
    for lang in ("ar", "he"):
        (folder / f"{lang}.toml").write_text("terms = []\n", encoding="utf-8")
    return folder


def test_an_operators_edit_takes_effect(tmp_path: Path) -> None:
    folder = write_lexicons(
        tmp_path / "lexicon",
        '[[terms]]\nloaded = ["skirmish"]\nneutral = "clash"\nnote = "house style"\n',
    )
    guard = Guard.from_settings(GuardSettings(lexicon_dir=folder))
    report = guard.check("There was a skirmish.", "There was a skirmish.")
    assert [(p.kind, p.span) for p in report.problems] == [("loaded", "skirmish")]
    assert "house style" in report.problems[0].detail


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[terms]]\nloaded = "x"\nneutral = 3\n', "'neutral' must be a string"),
        ('[[terms]]\nneutral = "y"\n', "expected keys"),
        ('[[terms]]\nloaded = ["x"]\ncolour = 1\n', "expected keys"),
        ("nonsense = [\n", "not valid TOML"),
        ("words = []\n", "unknown key(s) words"),
    ],
)
def test_a_broken_lexicon_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    write_lexicons(tmp_path, content)
    with pytest.raises(LexiconError, match=r"en\.toml") as info:
        Lexicon.load(tmp_path / "en.toml", "en")
    assert message in str(info.value)


def test_a_missing_lexicon_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="lexicon folder not found"):
        Guard.from_settings(GuardSettings(lexicon_dir=tmp_path / "nowhere"))


def test_editing_a_lexicon_changes_the_guards_fingerprint(tmp_path: Path) -> None:
    folder = write_lexicons(tmp_path / "lexicon", "terms = []\n")
    before = Guard.from_settings(GuardSettings(lexicon_dir=folder)).fingerprint
    assert Guard.from_settings(GuardSettings(lexicon_dir=folder)).fingerprint == before
    write_lexicons(folder, '[[terms]]\nloaded = ["skirmish"]\nneutral = "clash"\n')
    assert Guard.from_settings(GuardSettings(lexicon_dir=folder)).fingerprint != before

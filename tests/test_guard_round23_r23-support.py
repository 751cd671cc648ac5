"""Round 23 (support): words a faithful paraphrase uses that the support check read as
invented: an English noun in -us ("focus") whose plural "s" was cut where its other forms
("focusing", "focuses") keep it, and the word of concession that joins two clauses ("אף
ש", "رغم", "despite"), which states nothing of its own (as "although" does not)."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.align import index_source
from summarizer.guard.content_keys import is_content, word_keys
from summarizer.guard.support import NOVEL_RUN, novel_run

HE_SOURCE = "השופט קבע שהנהג נהג ברשלנות. עם זאת השופט קבע שהנהג לא יישלח לכלא בשל גילו."
AR_SOURCE = "قضت المحكمة بأن السائق قاد سيارته بإهمال. لكن المحكمة قررت عدم سجن السائق بسبب سنه."
EN_SOURCE = (
    "The court found that the driver had driven recklessly. The court ruled that the "
    "driver will not go to prison because of his age."
)


def test_en_noun_in_us_has_one_key_in_all_its_forms() -> None:
    assert word_keys("focus", "en") == word_keys("focusing", "en") == word_keys("focuses", "en")
    assert word_keys("virus", "en") == word_keys("viruses", "en")


def test_en_focus_for_the_sources_focusing_is_supported(guard: Guard) -> None:
    source = "The chain closed eight cafes this year. The chain is focusing on new cafes abroad."
    summary = "The chain closed eight cafes, as it turns its focus to opening cafes abroad."
    report = guard.check(source, summary, lang="en")
    assert "unsupported" not in report.kinds()


def test_words_of_concession_are_not_content() -> None:
    assert not is_content("ואף", "he") and not is_content("למרות", "he")
    assert not is_content("وبرغم", "ar") and not is_content("بالرغم", "ar")
    assert not is_content("despite", "en")


def test_he_concession_is_no_invented_word() -> None:
    run = novel_run("השופט החליט אף שמצא שהנהג נהג ברשלנות", index_source(HE_SOURCE, "he"), "he")
    assert "אף" not in run and len(run) < NOVEL_RUN


def test_ar_concession_is_no_invented_word() -> None:
    claim = "قررت المحكمة عدم سجن السائق رغم ثبوت قيادته بإهمال"
    run = novel_run(claim, index_source(AR_SOURCE, "ar"), "ar")
    assert "رغم" not in run and len(run) < NOVEL_RUN


def test_en_despite_is_no_invented_word() -> None:
    claim = "The driver will not go to prison, despite the court finding he drove recklessly"
    run = novel_run(claim, index_source(EN_SOURCE, "en"), "en")
    assert "despite" not in run and len(run) < NOVEL_RUN

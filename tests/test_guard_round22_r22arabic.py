"""Round 22 (Arabic): a speaker named right after an Arabic verb ends where the verb's
object begins ("دعا هذا التحالف الواسع كل النقابات": the alliance, not "the alliance all the
unions"), and a brief that names that party in the words it reports ("مشيرا إلى تحالف واسع
يدعو ...") has not moved the party's words to its own speaker."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.speakers import speakers

AR_SOURCE = (
    "قال المحامي سامي النور إن الاحتجاجات تتسع في المدن الكبرى منذ أسابيع. "
    "وأوضح النور أن النقابات وقعت على وثيقة تحالف جديد. "
    "ودعا هذا التحالف الواسع كل النقابات إلى إضراب عام يوم الأحد المقبل. "
    "وقال وزير الداخلية إن الشرطة ستحمي المنشآت العامة."
)


def _attribution(guard: Guard, summary: str) -> list[str]:
    report = guard.check(AR_SOURCE, summary, lang="ar")
    return [p.detail for p in report.problems if p.kind == "attribution"]


def test_ar_speaker_after_verb_stops_at_quantified_object() -> None:
    found = speakers("ودعا هذا التحالف الواسع كل النقابات إلى إضراب عام", "ar")
    assert found == ["التحالف الواسع"]


def test_ar_speaker_after_verb_stops_at_other_quantifiers() -> None:
    found = speakers("ودعت تلك اللجنة كافة الأطراف إلى الحوار", "ar")
    assert found == ["اللجنة"]


def test_ar_brief_naming_the_party_it_reports_is_no_moved_speaker(guard: Guard) -> None:
    summary = (
        "قال المحامي سامي النور إن الاحتجاجات تتسع، مشيرا إلى تحالف واسع يدعو النقابات "
        "إلى إضراب عام يوم الأحد."
    )
    assert not _attribution(guard, summary)


def test_ar_party_words_given_to_another_are_still_caught(guard: Guard) -> None:
    summary = "قال وزير الداخلية إن النقابات مدعوة إلى إضراب عام يوم الأحد المقبل."
    assert _attribution(guard, summary)


SWAP_SOURCE = (
    "وصل الوفد إلى بغداد صباح الاثنين بعد رحلة طويلة. "
    "وقال رئيس الوفد إن المحادثات في بغداد ستتناول ملف المياه. "
    "وأضاف أن الإدارة المحلية في الموصل تتعامل مع النازحين بكثير من الحذر. "
    "ومن المقرر أن يغادر الوفد بغداد يوم الخميس."
)


def _names(guard: Guard, summary: str) -> list[str]:
    report = guard.check(SWAP_SOURCE, summary, lang="ar")
    return [p.detail for p in report.problems if p.kind == "name"]


def test_ar_city_of_the_article_put_in_another_city_slot_is_a_swap(guard: Guard) -> None:
    summary = "قال رئيس الوفد إن الإدارة المحلية في بغداد تتعامل مع النازحين بحذر."
    assert _names(guard, summary)


def test_ar_city_kept_in_its_slot_is_no_swap(guard: Guard) -> None:
    summary = "قال رئيس الوفد إن الإدارة المحلية في الموصل تتعامل مع النازحين بحذر."
    assert not _names(guard, summary)


RARE_SOURCE = (
    "وصل الوفد إلى القاهرة صباح الاثنين بعد رحلة طويلة. "
    "وأضاف رئيس الوفد أن الإدارة المحلية في كسلا تتعامل مع النازحين بكثير من الحذر."
)


def test_ar_place_of_another_sentence_in_an_unknown_place_slot_is_a_swap(guard: Guard) -> None:
    summary = "قال رئيس الوفد إن الإدارة المحلية في القاهرة تتعامل مع النازحين بحذر."
    report = guard.check(RARE_SOURCE, summary, lang="ar")
    assert any(p.kind == "name" for p in report.problems)

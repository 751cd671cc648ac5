"""Round 34 (arnames): an Arabic brief's organisation compared with the source as a phrase.

An Arabic body is a kind noun and the words of its name ("مركز عمان للدراسات", "الاتحاد
العام للفلاحين"); each word may stand somewhere in the source, so a brief that names a
body the source never names, or gives one body's name words to another kind of body,
passes a check that counts words. The name's words must stand together, in order, in the
source, and not only after a noun for another kind of body. A place's adjective after a
name the source names is a gloss; an indefinite noun and its adjective describe a body.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

SOURCE = (
    "نظم مركز عمان للدراسات هذا الأسبوع في العاصمة ندوة عن الإعلام المحلي شارك فيها "
    "صحفيون من تسعة بلدان. وقال رئيس المركز إن الندوة تناولت حرية الصحافة والدراسات "
    "الميدانية. وأصدر التجمع الوطني الأردني بيانا رحب فيه بالندوة، ووصفه بأنه هيئة "
    "سياسية مستقلة.\n"
)
BRIEF = (
    "نظم مركز عمان للدراسات هذا الأسبوع ندوة عن الإعلام المحلي بمشاركة صحفيين من تسعة "
    "بلدان، ورحب بها التجمع الوطني الأردني في بيان."
)


def test_body_the_source_never_names_is_caught(guard: Guard) -> None:
    # every word of "مركز الصحافة للدراسات" is in the source, never together
    faulty = BRIEF.replace("مركز عمان للدراسات", "مركز الصحافة للدراسات")
    assert "name" in kinds(guard, SOURCE, faulty, "ar")
    assert "name" not in kinds(guard, SOURCE, BRIEF, "ar")


def test_name_words_of_another_kind_of_body_are_caught(guard: Guard) -> None:
    # the source's "التجمع الوطني" read as a council of the same name
    faulty = BRIEF.replace("التجمع الوطني الأردني", "المجلس الوطني الأردني")
    assert "name" in kinds(guard, SOURCE, faulty, "ar")


def test_gloss_and_description_are_no_new_body(guard: Guard) -> None:
    glossed = BRIEF.replace("مركز عمان للدراسات", "مركز عمان للدراسات الأردني")
    assert "name" not in kinds(guard, SOURCE, glossed, "ar")
    described = BRIEF + " والتجمع هيئة سياسية مستقلة."
    assert "name" not in kinds(guard, SOURCE, described, "ar")

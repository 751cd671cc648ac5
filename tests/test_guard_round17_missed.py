"""Guard round 17 (heldout19's missed faults): a place of the article put in another
place's slot, after a word for a kind of place ("منطقة", "حي")."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a region of one event moved into another event's clause ---------------------------

VALLEY_SOURCE = (
    "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن قوافل الإغاثة وصلت إلى أربع قرى"
    " قرب بلدة كفرنبل في منطقة جبل الزاوية.\n"
    "وبحسب المكتب فقد وزعت القوافل أغذية وأدوية على مئات العائلات النازحة,"
    " كما اندلعت اشتباكات عنيفة بين الجيش والمسلحين في منطقة الحولة.\n"
    "ولم يعلن عن سقوط ضحايا في صفوف عمال الإغاثة.\n"
)


def test_region_from_another_sentence_in_the_clashes_slot_is_a_name_fault(guard: Guard) -> None:
    faithful = (
        "وبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، اندلعت اشتباكات عنيفة بين الجيش"
        " والمسلحين في منطقة الحولة."
    )
    assert "name" not in kinds(guard, VALLEY_SOURCE, faithful, "ar")
    moved = (
        "وبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، اندلعت اشتباكات عنيفة بين الجيش"
        " والمسلحين في منطقة كفرنبل."
    )
    assert "name" in kinds(guard, VALLEY_SOURCE, moved, "ar")


def test_region_carried_into_the_other_clause_is_no_name_fault(guard: Guard) -> None:
    """The brief's aid clause names the region the first sentence set; the source's
    sentence names another region only for its second event."""
    carried = (
        "وبحسب المكتب، وزعت القوافل أغذية وأدوية على مئات العائلات النازحة في منطقة جبل الزاوية."
    )
    assert "name" not in kinds(guard, VALLEY_SOURCE, carried, "ar")


# --- a region swapped after a plural construct spelled another way ----------------------

ALERT_SOURCE = (
    "פיקוד העורף: האזעקה שנשמעה הבוקר בישובי עמק יזרעאל נבעה מתקלה במערכת.\nלא היה ירי לעבר ישראל."
)


def test_region_swapped_after_a_plene_plural_construct_is_a_name_fault(guard: Guard) -> None:
    faithful = "האזעקה שנשמעה הבוקר ביישובי עמק יזרעאל נבעה מתקלה במערכת, לפי פיקוד העורף."
    assert "name" not in kinds(guard, ALERT_SOURCE, faithful, "he")
    swapped = "האזעקה שנשמעה הבוקר ביישובי בקעת הירדן נבעה מתקלה במערכת, לפי פיקוד העורף."
    assert "name" in kinds(guard, ALERT_SOURCE, swapped, "he")


# --- a name of another sentence moved into a copied "... in X" phrase ------------------

MISSION_SOURCE = (
    "قال المتحدث باسم البعثة إن الوفد سيزور بلدة سرمين الأسبوع المقبل.\n"
    "وأضاف أن الأوضاع الإنسانية في بنش ما زالت صعبة بسبب نقص المياه.\n"
    "وأكد أن فرق الإغاثة تعمل بلا توقف منذ أسابيع.\n"
)


def test_name_of_another_sentence_after_a_copied_in_phrase_is_a_name_fault(
    guard: Guard,
) -> None:
    faithful = "وأضاف المتحدث أن الأوضاع الإنسانية في بنش ما زالت صعبة بسبب نقص المياه."
    assert "name" not in kinds(guard, MISSION_SOURCE, faithful, "ar")
    moved = "وأضاف المتحدث أن الأوضاع الإنسانية في سرمين ما زالت صعبة بسبب نقص المياه."
    assert "name" in kinds(guard, MISSION_SOURCE, moved, "ar")

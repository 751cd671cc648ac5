"""Guard round 18 (ordinary words read as swapped names): after a locative proclitic
("ب", "in"), a preposition with a pronoun ("بينها") or an indefinite abstract noun
("باستقلالية") is no place, so a brief that rewords one is no name swapped; a real place
swapped after the same proclitic is still reported. A noun with a possessive pronoun
("في طريقها", "on its way") after "في" is no name moved in from another sentence."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

SOURCE = (
    "قال المرصد إن فصائل المعارضة استولت على مستودعين للذخيرة قرب بلدة عرسال في منطقة"
    " الجرود بريف حمص الغربي، وقال قائد ميداني بعرسال إن الهجوم استمر ساعتين."
    " وأضاف أن المقاتلين يديرون المنطقة بشكل ذاتي منذ أشهر."
)


def test_preposition_with_pronoun_is_no_swapped_place(guard: Guard) -> None:
    faithful = (
        "قال المرصد إن فصائل المعارضة استولت على مستودعين للذخيرة في منطقة الجرود، بينها"
        " قذائف هاون."
    )
    assert "name" not in kinds(guard, SOURCE, faithful, lang="ar")


def test_abstract_noun_is_no_swapped_place(guard: Guard) -> None:
    faithful = "وأضاف المرصد أن المقاتلين يديرون المنطقة باستقلالية منذ أشهر."
    assert "name" not in kinds(guard, SOURCE, faithful, lang="ar")


def test_place_swapped_after_the_same_proclitic_is_still_a_name(guard: Guard) -> None:
    swapped = (
        "قال المرصد إن فصائل المعارضة استولت على مستودعين للذخيرة قرب بلدة عرسال في منطقة"
        " الجرود بريف حمص الغربي، وقال قائد ميداني بقارة إن الهجوم استمر ساعتين."
    )
    assert "name" in kinds(guard, SOURCE, swapped, lang="ar")


TRIP_SOURCE = (
    "وصل الوفد التجاري إلى المطار بعد ظهر الثلاثاء. وسمحت السلطات لطائرة الوزير بعبور"
    " أجواء البلاد في رحلته إلى القاهرة. وقال مسؤول إن القافلة شقت طريقها نحو الحدود ليلا."
)


def test_possessed_noun_after_in_is_no_name_moved(guard: Guard) -> None:
    faithful = "سمحت السلطات لطائرة الوزير بعبور أجواء البلاد في طريقها إلى القاهرة."
    assert "name" not in kinds(guard, TRIP_SOURCE, faithful, lang="ar")

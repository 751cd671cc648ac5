"""Guard round 16 (issue 12, heldout18's name faults as tuning data): a real name of the
article put in another's slot of the aligned source sentence."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a body sharing one word with a name the brief gives elsewhere is still another body --

EN_CAREER = (
    "Halvorsen grew up in Oregon and studied at the University of Oregon. She taught for a"
    " decade at Southern Oregon College and was later named to the Portland Appeals Board."
    " Eastern Idaho College awarded her an honorary degree in 2012."
)
BRIEF_CAREER = (
    "Halvorsen studied at the University of Oregon and taught for a decade at Southern Oregon"
    " College before joining the Portland Appeals Board."
)


def test_a_body_moved_into_another_bodys_slot_is_a_name_fault(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_CAREER, BRIEF_CAREER)
    moved = BRIEF_CAREER.replace("Southern Oregon College", "Eastern Idaho College")
    assert "name" in kinds(guard, EN_CAREER, moved)


# --- two bodies of one kind ("... Museum") share their head, not their name ---------------

EN_SHOW = (
    "The exhibition, co-organized by the Leeds Textile Museum and two charities, opens in May."
    " The Northern Railway Museum lent three engines to an earlier show."
)
BRIEF_SHOW = "An exhibition co-organised by the Leeds Textile Museum and two charities opens soon."


def test_a_museum_in_another_museums_slot_is_a_name_fault(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_SHOW, BRIEF_SHOW)
    moved = BRIEF_SHOW.replace("Leeds Textile Museum", "Northern Railway Museum")
    assert "name" in kinds(guard, EN_SHOW, moved)


# --- the doer of an act the source gives in the passive ("was revealed by X") -------------

EN_LEAK = (
    "Human Rights Watch has long criticised the ministry. Days later, it was revealed by the NGO"
    " Privacy Matters that four officials had had their phones tapped."
)
BRIEF_LEAK = "Days later Privacy Matters revealed that four officials had had their phones tapped."


def test_the_doer_of_a_passive_act_swapped_is_a_name_fault(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_LEAK, BRIEF_LEAK)
    swapped = BRIEF_LEAK.replace("Privacy Matters", "Human Rights Watch")
    assert "name" in kinds(guard, EN_LEAK, swapped)


# --- a place after the relative particle and a locative ("שב...") moved to another ------

HE_FIRE = (
    "כבאים פועלים בשריפת חורש המתקרבת לקיבוץ נען שבשפלה. לא דווח על נפגעים."
    " בשבוע שעבר פרצה שריפה דומה ליד מושב בית זית."
)
HE_BRIEF_FIRE = "כבאים נאבקים בשריפת חורש המתקרבת לקיבוץ נען שבשפלה, ללא נפגעים."


def test_a_place_after_the_relative_particle_swapped_is_a_name_fault(guard: Guard) -> None:
    assert "name" not in kinds(guard, HE_FIRE, HE_BRIEF_FIRE, lang="he")
    moved = HE_BRIEF_FIRE.replace("שבשפלה", "שבגליל")
    assert "name" in kinds(guard, HE_FIRE, moved, lang="he")

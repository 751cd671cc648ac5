"""Guard round 9 (issue 12, heldout11's missed faults as tuning data): faults that must be
caught with the right kind, beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- "extremist" for a place: a judgement of the people who live there ----------------------

HE_OUTPOST = "מתנחלים הקימו מחדש את המאחז גבעת הרואה לאחר שפונה בשבוע שעבר, כך נמסר.\n"


def test_a_hebrew_extremist_outpost_is_loaded(guard: Guard) -> None:
    brief = "מתנחלים הקימו מחדש את המאחז גבעת הרואה לאחר שפונה בשבוע שעבר."
    assert "loaded" not in kinds(guard, HE_OUTPOST, brief, "he")
    judged = brief.replace("המאחז", "המאחז הקיצוני")
    assert "loaded" in kinds(guard, HE_OUTPOST, judged, "he")


EN_SETTLEMENT = "Residents of the settlement of Kiryat Arba held a march on Friday, police said.\n"


def test_an_english_extremist_settlement_is_loaded(guard: Guard) -> None:
    brief = "Residents of the settlement of Kiryat Arba held a march on Friday, police said."
    assert "loaded" not in kinds(guard, EN_SETTLEMENT, brief)
    judged = brief.replace("the settlement", "the extremist settlement")
    assert "loaded" in kinds(guard, EN_SETTLEMENT, judged)


AR_SETTLEMENT = "نظم مستوطنون مسيرة في مستوطنة كريات أربع يوم الجمعة، وفق الشرطة.\n"


def test_an_arabic_extremist_settlement_is_loaded(guard: Guard) -> None:
    brief = "نظم مستوطنون مسيرة في مستوطنة كريات أربع يوم الجمعة، وفق الشرطة."
    assert "loaded" not in kinds(guard, AR_SETTLEMENT, brief, "ar")
    judged = brief.replace("مستوطنة كريات", "مستوطنة متطرفة هي كريات")
    assert "loaded" in kinds(guard, AR_SETTLEMENT, judged, "ar")


# --- an office the source never names, given to a person it names with another -------------

HE_MINISTER = "שר החוץ של טורקיה, מבלוט צ'בושאולו, נפגש אתמול באנקרה עם עמיתו הירדני.\n"


def test_a_hebrew_title_the_source_gives_nobody_is_a_name_fault(guard: Guard) -> None:
    brief = "שר החוץ של טורקיה, מבלוט צ'בושאולו, נפגש אתמול עם עמיתו הירדני."
    assert "name" not in kinds(guard, HE_MINISTER, brief, "he")
    promoted = brief.replace("שר החוץ של טורקיה", "נשיא טורקיה")
    assert "name" in kinds(guard, HE_MINISTER, promoted, "he")


AR_MINISTER = "قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستفتح معبرا جديدا غدا.\n"


def test_an_arabic_title_the_source_gives_nobody_is_a_name_fault(guard: Guard) -> None:
    brief = "قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستفتح معبرا جديدا."
    assert "name" not in kinds(guard, AR_MINISTER, brief, "ar")
    promoted = brief.replace("وزير الخارجية التركي", "الرئيس التركي")
    assert "name" in kinds(guard, AR_MINISTER, promoted, "ar")


# --- a place the source never names ----------------------------------------------------------

HE_DRONE = 'כטב"ם נפל הבוקר בשטח פתוח ליד קריית שמונה, ואין נפגעים, כך נמסר.\n'


def test_a_hebrew_place_the_source_never_names_is_unsupported(guard: Guard) -> None:
    brief = 'כטב"ם נפל הבוקר בשטח פתוח ליד קריית שמונה, ואין נפגעים.'
    assert "unsupported" not in kinds(guard, HE_DRONE, brief, "he")
    sourced = brief.replace('כטב"ם נפל', 'כטב"ם ששוגר מסוריה נפל')
    assert "unsupported" in kinds(guard, HE_DRONE, sourced, "he")


AR_TALKS = "عاد وزير الخارجية إلى بلاده أمس بعد جولة مفاوضات استمرت ثلاثة أيام.\n"


def test_an_arabic_place_the_source_never_names_is_unsupported(guard: Guard) -> None:
    brief = "عاد وزير الخارجية إلى بلاده أمس بعد جولة مفاوضات استمرت ثلاثة أيام."
    assert "unsupported" not in kinds(guard, AR_TALKS, brief, "ar")
    placed = brief.replace("جولة مفاوضات", "جولة مفاوضات في الدوحة")
    assert "unsupported" in kinds(guard, AR_TALKS, placed, "ar")


HE_ENTITY = 'לדברי הדובר, ארצות הברית היא "הפטרונית של הישות הזאת".\n'


def test_israel_named_where_the_source_says_this_entity_is_no_fault(guard: Guard) -> None:
    brief = "לדברי הדובר, ארצות הברית היא הפטרונית של ישראל."
    assert "unsupported" not in kinds(guard, HE_ENTITY, brief, "he")


# --- a translation that gives the claim to a speaker of another country ----------------------

EN_DOHA = "Talks on a prisoner exchange will resume next week in Doha, Qatari officials said.\n"
EN_DOHA_BRIEF = "Talks on a prisoner exchange will resume next week in Doha, Qatari officials said."
AR_DOHA = "قال مسؤولون قطريون إن المحادثات بشأن تبادل الأسرى ستستأنف الأسبوع المقبل في الدوحة."


def test_an_arabic_translation_with_speakers_of_another_country_is_caught(guard: Guard) -> None:
    kw = {"english_summary": EN_DOHA_BRIEF}
    assert "translation_attribution" not in kinds(guard, EN_DOHA, AR_DOHA, "ar", **kw)
    moved = AR_DOHA.replace("مسؤولون قطريون", "مسؤولون أمريكيون")
    assert "translation_attribution" in kinds(guard, EN_DOHA, moved, "ar", **kw)


EN_STRIKE = "About 40 people were wounded in the strike, according to Lebanon's health ministry.\n"
EN_STRIKE_BRIEF = (
    "About 40 people were wounded in the strike, according to Lebanon's health ministry."
)
HE_STRIKE = "כ-40 בני אדם נפצעו בתקיפה, לפי משרד הבריאות הלבנוני."


def test_a_hebrew_translation_with_a_speaker_of_another_country_is_caught(guard: Guard) -> None:
    kw = {"english_summary": EN_STRIKE_BRIEF}
    assert "translation_attribution" not in kinds(guard, EN_STRIKE, HE_STRIKE, "he", **kw)
    moved = HE_STRIKE.replace("משרד הבריאות הלבנוני", "הצבא הסורי")
    assert "translation_attribution" in kinds(guard, EN_STRIKE, moved, "he", **kw)


# --- a second speaker of a sentence, in a clause of their own --------------------------------

EN_DONORS = (
    "Cohen, the campaign's treasurer, declined to say who the donors were on Monday.\n"
    "On Tuesday, Levi told Reuters that Cohen had ruled out any foreign funding.\n"
    'Mizrahi, the campaign chief, said: "We will keep going until the vote."\n'
)


def test_a_claim_moved_to_another_person_in_a_later_clause_is_attribution(guard: Guard) -> None:
    brief = (
        "Cohen declined to say who the donors were, and Levi later told Reuters that Cohen had"
        " ruled out any foreign funding."
    )
    assert "attribution" not in kinds(guard, EN_DONORS, brief)
    moved = brief.replace("Levi later", "Mizrahi later")
    assert "attribution" in kinds(guard, EN_DONORS, moved)


# --- an aside between commas that carries someone's claim -----------------------------------

EN_CAMERAS = (
    "The new camera network, known as Eagle Eye, scans the number plates of cars at the"
    " northern crossing and alerts police officers within seconds.\n"
    "According to Human Rights Watch, the network feeds a registry tracking every driver in"
    " the valley.\n"
    "The ministry declined to comment.\n"
)


def test_an_aside_stating_an_attributed_claim_is_attribution(guard: Guard) -> None:
    brief = (
        "At the northern crossing, a camera network called Eagle Eye scans number plates and"
        " alerts police officers within seconds. Human Rights Watch says it feeds a registry"
        " tracking every driver."
    )
    assert "attribution" not in kinds(guard, EN_CAMERAS, brief)
    stated = (
        "At the northern crossing, a camera network called Eagle Eye, part of a registry"
        " tracking every driver, scans number plates and alerts police officers within seconds."
    )
    assert "attribution" in kinds(guard, EN_CAMERAS, stated)


# --- a name that begins as the source's and ends otherwise ------------------------------------

AR_MAYOR = "قال محمود عبد الله الزهار، المتحدث باسم البلدية، إن الطريق سيفتح غدا أمام السيارات.\n"


def test_an_arabic_name_with_its_family_name_changed_is_a_name_fault(guard: Guard) -> None:
    brief = "قال محمود عبد الله الزهار إن الطريق سيفتح غدا أمام السيارات."
    assert "name" not in kinds(guard, AR_MAYOR, brief, "ar")
    renamed = brief.replace("الزهار", "الزعبي")
    assert "name" in kinds(guard, AR_MAYOR, renamed, "ar")


HE_HEAD = "משה לוי ברקוביץ, ראש המועצה, אמר כי הכביש ייפתח מחר לתנועה.\n"


def test_a_hebrew_name_with_its_family_name_changed_is_a_name_fault(guard: Guard) -> None:
    brief = "משה לוי ברקוביץ אמר כי הכביש ייפתח מחר לתנועה."
    assert "name" not in kinds(guard, HE_HEAD, brief, "he")
    renamed = brief.replace("ברקוביץ", "גרינברג")
    assert "name" in kinds(guard, HE_HEAD, renamed, "he")


# --- a clause about "some" of the group before it, from another passage ----------------------

EN_CLINIC = (
    "Samir Haddad, a shopkeeper in the old market, says police stopped him twice last week.\n"
    "Officers searched his van for an hour each time and fined him for a broken lamp.\n"
    "He says the fines have eaten most of his monthly income.\n"
    "The market has lost about a third of its stalls since the spring.\n"
    "Council officials blame rising rents and the new bypass road.\n"
    "A local clinic has also struggled in recent months.\n"
    '"Our nurses cannot reach patients in the outlying villages any more," said its director,'
    " Lina Aziz.\n"
)


def test_a_clause_on_some_of_a_group_from_another_passage_is_unsupported(guard: Guard) -> None:
    brief = (
        "Lina Aziz, the director of a local clinic, said its nurses can no longer reach"
        " patients in the outlying villages."
    )
    assert "unsupported" not in kinds(guard, EN_CLINIC, brief)
    added = brief.replace(
        "outlying villages.", "outlying villages, and some have been fined by the police."
    )
    assert "unsupported" in kinds(guard, EN_CLINIC, added)


AR_FLIGHT = "عبرت الطائرة الأجواء السودانية في طريقها إلى تشاد مساء الأحد، وفق مصادر ملاحية.\n"


def test_an_arabic_country_beyond_the_region_the_source_never_names_is_unsupported(
    guard: Guard,
) -> None:
    brief = "عبرت الطائرة الأجواء السودانية في طريقها إلى تشاد مساء الأحد، وفق مصادر ملاحية."
    assert "unsupported" not in kinds(guard, AR_FLIGHT, brief, "ar")
    elsewhere = brief.replace("إلى تشاد", "إلى أوغندا")
    assert "unsupported" in kinds(guard, AR_FLIGHT, elsewhere, "ar")


# --- a figure in the sentence's last clause, given on someone's word -------------------------

EN_RAID = (
    "The escalation saw troops conduct a long raid in the refugee camp near the city to detain"
    " two wanted suspects, accompanied by drone strikes that resulted in about 12 deaths,"
    " according to the camp's health clinic.\n"
    "Residents said the raid lasted six hours.\n"
)


def test_a_toll_in_the_last_clause_without_its_source_is_attribution(guard: Guard) -> None:
    brief = (
        "Troops conducted a long raid in the refugee camp near the city to detain two wanted"
        " suspects, with drone strikes that killed about 12 people, according to the camp's"
        " health clinic."
    )
    assert "attribution" not in kinds(guard, EN_RAID, brief)
    stated = brief.replace(", according to the camp's health clinic.", ".")
    assert "attribution" in kinds(guard, EN_RAID, stated)


# --- an interview's answer given to someone the answers speak of -----------------------------

AR_INTERVIEW = (
    "حوار مع الناشطة سلمى يوسف حول الاحتجاجات\n"
    "*ما رأيك في قرار الحكومة الأخير برفع الأسعار؟\n"
    "-القرار جاء متأخرا، والوزير كريم منصور يعرف ذلك جيدا.\n"
    "*وماذا عن المظاهرات في العاصمة؟\n"
    "-المظاهرات ستستمر في العاصمة حتى تستجيب الحكومة لمطالب الناس كلها.\n"
)


def test_an_arabic_interview_answer_given_to_a_man_it_speaks_of_is_caught(guard: Guard) -> None:
    brief = "وقالت سلمى يوسف إن المظاهرات ستستمر في العاصمة حتى تستجيب الحكومة لمطالب الناس."
    assert "attribution" not in kinds(guard, AR_INTERVIEW, brief, "ar")
    moved = brief.replace("وقالت سلمى يوسف", "وقال كريم منصور")
    assert "attribution" in kinds(guard, AR_INTERVIEW, moved, "ar")


# --- the first speaker of a sentence may open a clause of its own -----------------------------

EN_TWO_CLAUSES = (
    "The ministry declined to say which officials had been involved in the decision. "
    "Minister Dana Levy told parliament on Monday that the cabinet's record was sound. "
    "The mediator Omar Haddad told reporters on Tuesday that the talks had stalled over the "
    "list of prisoners.\n"
)


def test_a_claim_moved_to_the_speaker_of_a_second_clause_is_reported(guard: Guard) -> None:
    brief = (
        "The ministry declined to say which officials were involved, and Haddad told "
        "reporters on Tuesday that the talks had stalled over the list of prisoners."
    )
    assert "attribution" not in kinds(guard, EN_TWO_CLAUSES, brief)
    moved = brief.replace("and Haddad told", "and Levy told")
    [problem] = guard.check(EN_TWO_CLAUSES, moved, lang="en").problems
    # The report points at Levy's own clause, not at the ministry's clause before it.
    assert problem.kind == "attribution"
    assert (
        problem.span
        == "Levy told reporters on Tuesday that the talks had stalled over the list of prisoners."
    )

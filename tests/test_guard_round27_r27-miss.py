"""Round 27 (English places tied to a site or a description):

- A named site and the place it stands in ("Al-Amal Hospital in Jenin"): where the source
  puts the site in another place and never near the brief's place, the brief moved it.
- A place and a description in apposition ("Sfax, Tunisia's second city"): where the
  source sets the description beside another place, the brief swapped the places.
- A party told ("told the BBC") the source never names, where it has another told.
- Arabic and Hebrew: a court of a level the source never writes ("המחוזי" for "השלום").
- Arabic and Hebrew: a place the article names elsewhere, after the same word and among
  the same content words as another place in a sentence of the source.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()

_SITE_SOURCE = (
    "Nurses at Al-Amal Hospital in the northern city of Jenin said the generators had run "
    "dry on Tuesday. Patients were moved to clinics in Nablus, a health official said."
)
_DESCRIBED_SOURCE = (
    "Protesters marched through Tunisia's second city, Sfax, on Friday, police said. "
    "Smaller crowds gathered in Sousse and Gabes."
)


def _kinds(source: str, brief: str) -> set[str]:
    return _GUARD.check(source, brief, lang="en").kinds()


def test_site_moved_to_another_town_is_a_name_fault() -> None:
    brief = (
        "Nurses at Al-Amal Hospital in Nablus said the generators had run dry on Tuesday, "
        "a health official said."
    )
    assert "name" in _kinds(_SITE_SOURCE, brief)


def test_site_in_its_own_town_passes() -> None:
    brief = "Nurses at Al-Amal Hospital in Jenin said the generators had run dry on Tuesday."
    assert "name" not in _kinds(_SITE_SOURCE, brief)


def test_description_given_to_another_place_is_a_name_fault() -> None:
    brief = "Protesters marched through Sousse, Tunisia's second city, on Friday, police said."
    assert "name" in _kinds(_DESCRIBED_SOURCE, brief)


def test_description_of_its_own_place_passes() -> None:
    brief = "Protesters marched through Sfax, Tunisia's second city, on Friday, police said."
    assert "name" not in _kinds(_DESCRIBED_SOURCE, brief)


# A place of the article in another place's slot (Arabic), in a sentence that fuses two.
_AR_SOURCE = (
    "وأضاف المعارض أن المرحلة الانتقالية ستقودها حكومة كفاءات مستقلة لمدة ثلاث سنوات تنظم "
    "خلالها انتخابات نزيهة. استلهمنا من تونس سلمية الاحتجاج ونرى فيها طريقا للخروج من "
    "الأزمة. وكان المعارض قد زار الأردن العام الماضي."
)
_AR_BRIEF = (
    "وأضاف المعارض أن حكومة كفاءات مستقلة ستقود مرحلة انتقالية لمدة ثلاث سنوات تنظم خلالها "
    "انتخابات نزيهة، مستلهما من {} سلمية الاحتجاج."
)


def test_ar_place_in_another_places_slot_is_a_name_fault() -> None:
    brief = _AR_BRIEF.format("الأردن")
    assert "name" in _GUARD.check(_AR_SOURCE, brief, lang="ar").kinds()


def test_ar_place_in_its_own_slot_passes() -> None:
    brief = _AR_BRIEF.format("تونس")
    assert "name" not in _GUARD.check(_AR_SOURCE, brief, lang="ar").kinds()


# The party told swapped for one the source never names.
_TOLD_SOURCE = (
    "The mayor said the bridge would reopen in May. On Friday, the mayor told NPR that "
    "repairs had cost more than planned."
)


def test_told_party_the_source_never_names_is_a_name_fault() -> None:
    brief = "On Friday, the mayor told the Guardian that repairs had cost more than planned."
    assert "name" in _kinds(_TOLD_SOURCE, brief)


def test_told_party_of_the_source_passes() -> None:
    brief = "On Friday, the mayor told NPR that repairs had cost more than planned."
    assert "name" not in _kinds(_TOLD_SOURCE, brief)


# A court of another level than the source's (Hebrew).
_COURT_SOURCE = (
    "בית משפט השלום בחיפה גזר על הנהג שישה חודשי עבודות שירות. הנהג הורשע בגרימת מוות ברשלנות."
)


def test_court_of_another_level_is_a_name_fault() -> None:
    brief = "בית המשפט המחוזי בחיפה גזר על הנהג שישה חודשי עבודות שירות."
    assert "name" in _GUARD.check(_COURT_SOURCE, brief, lang="he").kinds()


def test_court_of_the_sources_level_passes() -> None:
    brief = "בית משפט השלום בחיפה גזר על הנהג שישה חודשי עבודות שירות."
    assert "name" not in _GUARD.check(_COURT_SOURCE, brief, lang="he").kinds()

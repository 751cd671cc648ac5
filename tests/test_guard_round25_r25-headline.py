"""Round 25 (headline): a brief that reports a headline's claim as said by the speaker the
headline itself names ("..., Engineers Say" retold as "Engineers say ...") reports what
someone said, as the headline does; it does not adopt the outlet's framing. A brief that
pastes the whole headline, or gives the claim to someone else, still does."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

HEADLINE = "Harbor Bridge Collapse May Have Been Caused by Hidden Corrosion, Engineers Say"
SOURCE = (
    f"{HEADLINE}\n"
    "The Harbor Bridge fell into the river on Tuesday evening, injuring nine drivers,"
    " according to the city's fire department."
)
TEASER = (
    "The Harbor Bridge fell into the river on Tuesday evening, injuring nine drivers,"
    " according to the city's fire department."
)


def test_en_headline_claim_given_to_the_headline_speaker_passes(guard: Guard) -> None:
    brief = (
        "Engineers say the Harbor Bridge collapse may have been caused by hidden corrosion. "
        + TEASER
    )
    assert "headline" not in kinds(guard, SOURCE, brief, headline=HEADLINE)


def test_en_headline_claim_added_with_the_headline_speaker_passes(guard: Guard) -> None:
    brief = (
        TEASER[:-1] + ", and engineers say the collapse may have been caused by hidden corrosion."
    )
    assert "headline" not in kinds(guard, SOURCE, brief, headline=HEADLINE)


def test_en_headline_claim_given_to_another_speaker_is_still_caught(guard: Guard) -> None:
    brief = (
        "Police say the Harbor Bridge collapse may have been caused by hidden corrosion. " + TEASER
    )
    assert "headline" in kinds(guard, SOURCE, brief, headline=HEADLINE)


def test_en_whole_attributed_headline_pasted_is_still_caught(guard: Guard) -> None:
    headline = "Port union says strike will shut every container terminal"
    source = (
        f"{headline}\nDock workers voted on Monday to stop work from next week, the union's"
        " leader told reporters."
    )
    brief = "Port union says strike will shut every container terminal."
    assert "headline" in kinds(guard, source, brief, headline=headline)


def test_ar_labelled_headline_claim_said_by_its_speaker_passes(guard: Guard) -> None:
    headline = "وزير الزراعة سامي الحداد لـ«الشروق»: المحصول القادم سيكون الأكبر منذ عشرين عاما"
    source = f"{headline}\nأجرت الصحيفة حوارا مع وزير الزراعة حول الموسم الزراعي وأسعار الأسمدة."
    brief = (
        "قال وزير الزراعة سامي الحداد لـ«الشروق» إن المحصول القادم سيكون الأكبر منذ عشرين"
        " عاما، في حوار تناول الموسم الزراعي وأسعار الأسمدة."
    )
    assert "headline" not in kinds(guard, source, brief, "ar", headline=headline)


POLARITY_HEADLINE = "Union leader: the strike will go ahead on Monday and no talks are planned"
POLARITY_SOURCE = (
    f"{POLARITY_HEADLINE}\nThe union's leader told reporters that dock workers will strike on"
    " Monday and that the employers have offered no new date for talks."
)


def test_en_plain_conjunct_of_a_negated_headline_restated_passes(guard: Guard) -> None:
    brief = "The union's leader said the strike will go ahead on Monday as dock workers walk out."
    assert "headline" not in kinds(guard, POLARITY_SOURCE, brief, headline=POLARITY_HEADLINE)


def test_en_negated_conjunct_restated_without_its_negation_is_still_caught(
    guard: Guard,
) -> None:
    brief = "The union's leader said the strike will go ahead on Monday and talks are planned."
    assert "headline" in kinds(guard, POLARITY_SOURCE, brief, headline=POLARITY_HEADLINE)

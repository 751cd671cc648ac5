"""Guard round 15, claims: a "first"/"only" record claim whose qualifier the source never
sets beside such a word ("the first Catalan conductor" where the source's record is
"the first woman")."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.firsts import check_firsts
from tests.auxil.guard import kinds

ORCHESTRA_SOURCE = (
    "The city orchestra has named its first woman conductor, Marta Vidal, who was born in"
    " Girona and trained in Vienna.\n"
    "Vidal, 44, takes up the post in September after a decade with the Lisbon opera.\n"
    "She is only the third woman to lead a major orchestra in the country.\n"
    "Vidal said she would open her first season with a program of Catalan composers.\n"
)
ORCHESTRA_TITLE = "City orchestra names first Catalan woman conductor"


def test_first_with_the_sources_qualifier_passes(guard: Guard) -> None:
    brief = (
        "The city orchestra has named Marta Vidal, 44, its first woman conductor; she takes"
        " up the post in September."
    )
    assert not {"headline", "unsupported"} & kinds(
        guard, ORCHESTRA_SOURCE, brief, headline=ORCHESTRA_TITLE
    )


def test_first_with_the_headlines_qualifier_is_the_headlines(guard: Guard) -> None:
    brief = (
        "The city orchestra has named Marta Vidal, 44, its first woman conductor; she is"
        " also its first Catalan conductor."
    )
    assert "headline" in kinds(guard, ORCHESTRA_SOURCE, brief, headline=ORCHESTRA_TITLE)


def test_first_with_a_qualifier_nowhere_beside_it_is_unsupported() -> None:
    brief = "Marta Vidal, born in Girona, is the orchestra's first Vienna-trained conductor."
    found = check_firsts(ORCHESTRA_SOURCE, brief, "en", None)
    assert [p.kind for p in found] == ["unsupported"]


def test_only_as_a_restriction_makes_no_record() -> None:
    source = "Inspectors now check only those lorries that carry livestock, officials said.\n"
    brief = "Officials said inspectors now check only lorries carrying livestock."
    assert check_firsts(source, brief, "en", None) == []


AR_SOURCE = (
    "عينت الأوركسترا أول امرأة قائدة لها، وهي مارتا فيدال المولودة في جيرونا.\n"
    "وقالت فيدال إنها ستفتتح موسمها بأعمال مؤلفين كتالونيين.\n"
)


def test_arabic_first_qualifier() -> None:
    good = "عينت الأوركسترا أول امرأة قائدة لها."
    bad = "عينت الأوركسترا أول كتالونية قائدة لها."
    assert check_firsts(AR_SOURCE, good, "ar", None) == []
    assert [p.kind for p in check_firsts(AR_SOURCE, bad, "ar", None)] == ["unsupported"]


HE_SOURCE = (
    "התזמורת מינתה את המנצחת האישה הראשונה בתולדותיה, מרתה וידאל, ילידת ג'ירונה.\n"
    "וידאל אמרה כי תפתח את העונה ביצירות של מלחינים קטלונים.\n"
)


def test_hebrew_first_qualifier() -> None:
    good = "התזמורת מינתה את וידאל, האישה הראשונה שמנצחת עליה."
    bad = "התזמורת מינתה את וידאל, הקטלונית הראשונה שמנצחת עליה."
    assert check_firsts(HE_SOURCE, good, "he", None) == []
    found = check_firsts(HE_SOURCE, bad, "he", "מינוי ראשון: הקטלונית הראשונה על הפודיום")
    assert [p.kind for p in found] == ["headline"]

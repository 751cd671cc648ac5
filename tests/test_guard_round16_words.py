"""Guard round 16 (heldout18's missed loaded words): a judging word that is plain in some
news (extremist, brutal, revolutionary, occupied) is the brief's own framing when the
source never uses it in its own voice, and a fair repetition when the source does."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- English: a label or a judging adjective the source does not use ------------------------

PARTY_SOURCE = (
    "Two members of the Freedom Bloc, a nationalist party, hosted a seminar in Vienna on"
    " Tuesday on the country's wartime archives.\n"
    "Historians criticised the choice of speakers, the organisers said.\n"
)


def test_label_the_source_does_not_use_is_loaded(guard: Guard) -> None:
    plain = "Two Freedom Bloc members hosted a seminar in Vienna on the wartime archives."
    assert "loaded" not in kinds(guard, PARTY_SOURCE, plain)
    labelled = (
        "Two extremist Freedom Bloc members hosted a seminar in Vienna on the wartime archives."
    )
    assert "loaded" in kinds(guard, PARTY_SOURCE, labelled)


def test_label_the_source_uses_in_its_own_voice_is_allowed(guard: Guard) -> None:
    source = PARTY_SOURCE.replace("a nationalist party", "an extremist party")
    brief = "Two members of the extremist Freedom Bloc hosted a seminar in Vienna."
    assert "loaded" not in kinds(guard, source, brief)


def test_label_the_source_leaves_to_a_quotation_is_loaded(guard: Guard) -> None:
    source = PARTY_SOURCE + 'A rival called them "extremist provocateurs", the paper said.\n'
    brief = "Two extremist Freedom Bloc members hosted a seminar in Vienna."
    assert "loaded" in kinds(guard, source, brief)


def test_judging_adjective_on_an_operation(guard: Guard) -> None:
    source = (
        "Police raided three warehouses in the port district on Friday and arrested 12"
        " people, the interior ministry said.\n"
    )
    fair = "Police raided three warehouses and arrested 12 people, the interior ministry said."
    assert "loaded" not in kinds(guard, source, fair)
    judged = (
        "A brutal police raid on three warehouses led to 12 arrests, the interior ministry said."
    )
    assert "loaded" in kinds(guard, source, judged)


def test_speech_verb_that_makes_a_statement_a_confession(guard: Guard) -> None:
    source = (
        "The finance minister told reporters on Monday that growth this year would be closer"
        " to 1%, down from his earlier forecast of 2%.\n"
    )
    brief = "The finance minister was forced to admit that growth this year would be closer to 1%."
    assert "loaded" in kinds(guard, source, brief)


# --- Arabic and Hebrew ---------------------------------------------------------------------

AR_SOURCE = (
    "دعت الحكومة الفصائل المسلحة في الجنوب إلى وقف إطلاق النار فورا، وقالت إن المفاوضات"
    " ستستأنف الأسبوع المقبل في العاصمة.\n"
)


def test_arabic_honorific_the_source_does_not_use(guard: Guard) -> None:
    plain = "دعت الحكومة الفصائل المسلحة في الجنوب إلى وقف إطلاق النار."
    assert "loaded" not in kinds(guard, AR_SOURCE, plain, lang="ar")
    honoured = "دعت الحكومة الفصائل الثورية في الجنوب إلى وقف إطلاق النار."
    assert "loaded" in kinds(guard, AR_SOURCE, honoured, lang="ar")
    # the source's own word may be repeated
    source = AR_SOURCE.replace("الفصائل المسلحة", "الفصائل الثورية")
    assert "loaded" not in kinds(guard, source, honoured, lang="ar")


def test_arabic_brutality_for_a_government_act(guard: Guard) -> None:
    source = "قال الصحفي إنه قد يتعرض لضغوط أمنية بعد عودته إلى البلاد.\n"
    judged = "قال الصحفي إنه قد يتعرض لبطش أمني بعد عودته إلى البلاد."
    assert "loaded" in kinds(guard, source, judged, lang="ar")


def test_hebrew_occupied_where_the_source_names_the_place(guard: Guard) -> None:
    source = "כוחות כיבוי פועלים בשריפה בסמוך לכפר עקרבא שבשומרון.\n"
    plain = "כוחות כיבוי פועלים בשריפה בסמוך לעקרבא."
    assert "loaded" not in kinds(guard, source, plain, lang="he")
    framed = "כוחות כיבוי פועלים בשריפה בסמוך לעקרבא בגדה המערבית הכבושה."
    assert "loaded" in kinds(guard, source, framed, lang="he")
    source_says = source.replace("שבשומרון", "בגדה המערבית הכבושה")
    assert "loaded" not in kinds(guard, source_says, framed, lang="he")

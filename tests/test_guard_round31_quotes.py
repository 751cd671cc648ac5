"""Round 31 (quotes): quotations in single marks, told from apostrophes and the geresh.

- A brief may quote in single marks ('cruel and humiliating'), as British outlets do and
  as a normalised curly ‘…’ reads: the quoted words are the speaker's, not loaded words in
  our own voice, and a sentence that is all quotation says whose words they are by the
  sentence before it. A paraphrase in single marks misquotes, as in double marks.
- An apostrophe is no quote mark: Harry's, don't, the guards' conduct, and in Hebrew a
  geresh (חג'אג', צ'רצ'יל); nor is a Hebrew gershayim written as ״ (צה״ל, ארה״ב).
- A sentence whose quotation closes with its own full stop ('... over.') ends there.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.text import quote_spans, sentences
from tests.auxil.guard import kinds

ARTICLE = (
    "Rights group Civic Watch on Tuesday condemned the new detention rules approved by the "
    "interior ministry. The rules are cruel and humiliating, the group said in a statement, "
    "and it called for their repeal. The ministry said the rules would take effect in June.\n"
)


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text)]


def test_single_marks_quote_the_speaker(guard: Guard) -> None:
    faithful = (
        "Civic Watch condemned the interior ministry's new detention rules as 'cruel and "
        "humiliating' and called for their repeal."
    )
    own_voice = faithful.replace("'cruel and humiliating'", "cruel and humiliating")
    assert kinds(guard, ARTICLE, faithful) == set()
    assert "loaded" in kinds(guard, ARTICLE, own_voice)


def test_a_sentence_all_in_single_marks_is_the_speakers(guard: Guard) -> None:
    source = ARTICLE.replace(
        "The rules are cruel and humiliating, the group said in a statement, and it called for "
        "their repeal.",
        '"They are cruel and humiliating," the group said in a statement.',
    )
    faithful = (
        "Civic Watch condemned the interior ministry's new detention rules. 'They are cruel "
        "and humiliating.'"
    )
    assert kinds(guard, source, faithful) == set()


def test_a_paraphrase_in_single_marks_misquotes(guard: Guard) -> None:
    exact = "Civic Watch said 'the rules are cruel and humiliating' and called for their repeal."
    paraphrase = exact.replace("the rules are cruel and humiliating", "the rules must go at once")
    assert "attribution" not in kinds(guard, ARTICLE, exact)
    assert "attribution" in kinds(guard, ARTICLE, paraphrase)


def test_ar_single_marks_quote_the_speaker(guard: Guard) -> None:
    source = (
        "دانت منظمة سيفيك ووتش يوم الثلاثاء قواعد الاحتجاز الجديدة التي أقرتها وزارة الداخلية. "
        "وقالت المنظمة في بيان إن القواعد 'قاسية ومهينة'، ودعت إلى إلغائها.\n"
    )
    faithful = "وقالت منظمة سيفيك ووتش إن قواعد الاحتجاز الجديدة 'قاسية ومهينة'، ودعت إلى إلغائها."
    own_voice = "أقرت وزارة الداخلية قواعد احتجاز جديدة قاسية ومهينة."
    assert "loaded" not in kinds(guard, source, faithful, "ar")
    assert "loaded" in kinds(guard, source, own_voice, "ar")


def test_he_single_marks_quote_the_speaker(guard: Guard) -> None:
    source = (
        "ארגון סיוויק ווטש גינה ביום שלישי את כללי המעצר החדשים שאישר משרד הפנים. "
        "בהודעה מסר הארגון כי הכללים 'אכזריים ומשפילים', וקרא לבטלם.\n"
    )
    faithful = "ארגון סיוויק ווטש מסר כי כללי המעצר החדשים 'אכזריים ומשפילים', וקרא לבטלם."
    own_voice = "משרד הפנים אישר כללי מעצר חדשים, אכזריים ומשפילים."
    assert "loaded" not in kinds(guard, source, faithful, "he")
    assert "loaded" in kinds(guard, source, own_voice, "he")


def test_apostrophes_are_no_quote_marks() -> None:
    text = (
        "Harry's lawyers don't agree: the guards' conduct was 'degrading', they said, "
        "calling the ward 'a cage'."
    )
    assert quoted(text) == ["'degrading'", "'a cage'"]
    assert quoted("The awards' 26-year history and Hamas' attack.") == []


def test_he_geresh_and_gershayim_are_no_quote_marks() -> None:
    text = "נסמה חג'אג' אמרה 'אין לנו מים' ליד בית צ'רצ'יל."
    assert quoted(text) == ["'אין לנו מים'"]
    gershayim = "צה״ל וארה״ב הודיעו כי ״הכול בסדר״ בגבול."
    assert quoted(gershayim) == ["״הכול בסדר״"]


def test_a_quotation_closing_with_its_full_stop_ends_the_sentence() -> None:
    text = "The minister said the talks were 'over.' Negotiators left the city on Friday."
    assert [s.text for s in sentences(text)] == [
        "The minister said the talks were 'over.'",
        "Negotiators left the city on Friday.",
    ]

"""Guard round 14, claims: an outcome the source never reports, added as a clause of its
own (", and no one was hurt"), is unsupported in every language; the same brief without
it passes."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

CASES = [
    (
        "en",
        "Firefighters contained a warehouse blaze in the port district of Marlow on Tuesday"
        " evening. Smoke damaged two neighbouring shops.\n",
        "Firefighters contained a warehouse blaze in the port district of Marlow on Tuesday"
        " evening, and smoke damaged two neighbouring shops.",
        "; nobody was injured.",
    ),
    (
        "ar",
        "سيطر رجال الإطفاء على حريق اندلع في مستودع بالمنطقة الصناعية مساء الثلاثاء."
        " وتضررت محلات مجاورة من الدخان.\n",
        "سيطر رجال الإطفاء على حريق اندلع في مستودع بالمنطقة الصناعية مساء الثلاثاء،"
        " وتضررت محلات مجاورة من الدخان.",
        "، ولم يصب أحد.",
    ),
    (
        "he",
        "כוחות הכיבוי השתלטו על שריפה שפרצה במחסן באזור התעשייה ביום שלישי בערב."
        " עשן גרם נזק לחנויות סמוכות.\n",
        "כוחות הכיבוי השתלטו על שריפה שפרצה במחסן באזור התעשייה ביום שלישי בערב,"
        " ועשן גרם נזק לחנויות סמוכות.",
        ", ואיש לא נפצע.",
    ),
]


@pytest.mark.parametrize(("lang", "source", "brief", "added"), CASES)
def test_outcome_clause_the_source_never_reports(
    guard: Guard, lang: str, source: str, brief: str, added: str
) -> None:
    assert "unsupported" not in kinds(guard, source, brief, lang=lang)
    faulty = brief[:-1] + added
    assert "unsupported" in kinds(guard, source, faulty, lang=lang)


# --- the headline's word swapped in, with the sentence's parts retold in another order ----

SWAP_CASES = [
    (
        "en",
        "Bus routes to halt in pay row, mayor warns",
        "As the pay dispute enters its third week, the striking bus drivers will stage a"
        " two-day walkout, mayor Lena Ortiz said. Talks with the union broke down on Monday."
        " The city has hired extra taxis for school routes. Commuters have been told to"
        " expect delays.\n",
        "Mayor Lena Ortiz said the striking bus drivers will stage a two-day walkout as the"
        " pay dispute enters its third week.",
        "will stage a two-day walkout",
        "will halt the service",
    ),
    (
        "ar",
        "الوزير يحذر من أن المزارعين سيشلون العاصمة",
        "مع استمرار أزمة الأسعار للأسبوع الثالث، قال الوزير إن المزارعين الغاضبين سينظمون"
        " وقفة احتجاجية أمام الوزارة. وانهارت المحادثات مع النقابة يوم الاثنين."
        " وطلبت الشرطة من السائقين تجنب المنطقة. ويتوقع أن تتأخر الشاحنات.\n",
        "قال الوزير إن المزارعين الغاضبين سينظمون وقفة احتجاجية أمام الوزارة مع استمرار"
        " أزمة الأسعار للأسبوع الثالث.",
        "سينظمون وقفة احتجاجية أمام الوزارة",
        "سيشلون العمل أمام الوزارة",
    ),
    (
        "he",
        "השר: החקלאים ישביתו בקרוב את העיר",
        "עם המשך משבר המחירים זה השבוע השלישי, השר אמר כי החקלאים הזועמים יקיימו הפגנה"
        " מול המשרד. השיחות עם הארגון קרסו ביום שני. המשטרה ביקשה מהנהגים להימנע"
        " מהאזור. צפויים עיכובים במשלוחים.\n",
        "השר אמר כי החקלאים הזועמים יקיימו הפגנה מול המשרד עם המשך משבר המחירים זה השבוע השלישי.",
        "יקיימו הפגנה מול המשרד",
        "ישביתו את הפעילות מול המשרד",
    ),
]


@pytest.mark.parametrize(("lang", "headline", "source", "brief", "old", "new"), SWAP_CASES)
def test_headline_word_swapped_in_a_reordered_sentence(
    guard: Guard, lang: str, headline: str, source: str, brief: str, old: str, new: str
) -> None:
    source = headline + "\n" + source
    assert "headline" not in kinds(guard, source, brief, lang=lang, headline=headline)
    swapped = brief.replace(old, new)
    assert "headline" in kinds(guard, source, swapped, lang=lang, headline=headline)

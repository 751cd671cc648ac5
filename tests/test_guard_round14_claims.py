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

"""Round 21 (translations, who says so): a translation keeps an English present
"describes" with the present of its own language's verb ("يصف", "מתאר"; the past forms
"وصف", "תיאר" were already cues). It names its speaker, so it is an attribution, not a
claim stated as fact. Own made-up English briefs and translations."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a present "describes" keeps its speaker in Arabic and Hebrew ------------------------------

EN_DESCRIBES = (
    "Two of the city's five bridges are closed, according to the transport office, as a report"
    " by Harbour Weekly and The Ledger describes a road network close to failure."
)


def test_ar_present_describes_is_an_attribution(guard: Guard) -> None:
    arabic = (
        "أُغلق اثنان من جسور المدينة الخمسة، بحسب مكتب النقل، فيما يصف تقرير لمجلة هاربر"
        " ويكلي وصحيفة ذا ليدجر شبكة طرق على وشك الانهيار."
    )
    assert "translation_attribution" not in kinds(
        guard, "", arabic, "ar", english_summary=EN_DESCRIBES
    )


def test_he_present_describes_is_an_attribution(guard: Guard) -> None:
    hebrew = (
        "שניים מחמשת הגשרים בעיר נסגרו, לפי משרד התחבורה, ודוח של מגזין הארבור ויקלי"
        " ושל עיתון דה לדג'ר מתאר רשת כבישים על סף קריסה."
    )
    assert "translation_attribution" not in kinds(
        guard, "", hebrew, "he", english_summary=EN_DESCRIBES
    )

"""Round 31 (attralign): the attribution check takes a claim's source sentences from the
guard's own alignment, and "X called Y 'a label'" names who gives the label.

- A brief's sentence rests on the source sentences the alignment gives it (and its claims,
  and, for a figure it counts, every near sentence that states it), not on an attributed
  sentence elsewhere that shares a date or a few common words with it.
- Where the closest clause is unattributed and an attributed clause nearly as close backs
  no word or figure of the claim that the closest one lacks, the claim rests on the
  unattributed sentence.
- A claim that drops its attribution is still caught, in all three languages.

Own made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

GALA = {
    "en": (
        "The thriller beat two costly studio rivals at Sunday's ceremony in the capital. Its "
        "two lead performers also collected acting trophies, boosting their standing among "
        "critics. The director told reporters backstage that nobody could predict the outcome "
        "of the final gala on March 9.",
        "The thriller beat two costly studio rivals, while its lead performers collected "
        "acting trophies, boosting their chances at the final gala on March 9.",
        "The thriller beat two costly studio rivals. Nobody can predict the outcome of the "
        "final gala on March 9.",
    ),
    "ar": (
        "تغلب الفيلم على منافسين من استوديوهات كبرى في حفل الأحد بالعاصمة. وحصد بطلا الفيلم "
        "جائزتي التمثيل، ما عزز مكانتهما لدى النقاد. وقال المخرج للصحفيين إن أحدا لا يستطيع "
        "التنبؤ بنتيجة الحفل الختامي في 9 مارس.",
        "تغلب الفيلم على منافسين من استوديوهات كبرى، فيما حصد بطلاه جائزتي التمثيل، ما عزز "
        "فرصهما في الحفل الختامي في 9 مارس.",
        "تغلب الفيلم على منافسين من استوديوهات كبرى. ولا يستطيع أحد التنبؤ بنتيجة الحفل "
        "الختامي في 9 مارس.",
    ),
    "he": (
        "הסרט גבר על שני מתחרים יקרים של אולפנים גדולים בטקס ביום ראשון בבירה. שני השחקנים "
        "הראשיים בסרט זכו בפרסי משחק, וחיזקו את מעמדם בקרב המבקרים. הבמאי אמר לכתבים מאחורי "
        "הקלעים כי איש אינו יכול לחזות את תוצאות טקס הגמר ב-9 במרץ.",
        "הסרט גבר על שני מתחרים יקרים, ושני השחקנים הראשיים זכו בפרסי משחק, מה שחיזק את "
        "סיכוייהם בטקס הגמר ב-9 במרץ.",
        "הסרט גבר על שני מתחרים יקרים. איש אינו יכול לחזות את תוצאות טקס הגמר ב-9 במרץ.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_a_shared_date_does_not_make_an_attributed_sentence_the_source(
    guard: Guard, lang: str
) -> None:
    source, faithful, dropped = GALA[lang]
    assert guard.check(source, faithful, lang=lang).ok
    assert "attribution" in kinds(guard, source, dropped, lang)


TIE_SOURCE = (
    "إلى أين يتجه البلد الذي يقوده الرئيس سالم منذ عشرين عاما؟ وقال الناشط كريم إدريس: منذ "
    "عشرين عاما يشهد البلد تراجعا في الحريات."
)


def test_an_attributed_clause_that_adds_nothing_is_not_the_source(guard: Guard) -> None:
    assert guard.check(TIE_SOURCE, "ويحكم سالم البلد منذ عشرين عاما.", lang="ar").ok
    dropped = "ومنذ عشرين عاما يشهد البلد تراجعا في الحريات."
    assert "attribution" in kinds(guard, TIE_SOURCE, dropped, "ar")


AUDIT = (
    "The department published its audit on Tuesday. Minister Dana Ruiz said the leaked "
    'report had been a "wake-up call" for the department. Her deputy, Omar Haddad, declined '
    "to comment."
)


def test_a_label_in_quotation_marks_names_who_gives_it(guard: Guard) -> None:
    faithful = (
        'The department published its audit on Tuesday. Ruiz called the leaked report a "wake-up '
        'call" for the department.'
    )
    assert guard.check(AUDIT, faithful).ok
    swapped = faithful.replace("Ruiz", "Haddad")
    assert "attribution" in kinds(guard, AUDIT, swapped)

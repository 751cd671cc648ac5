"""Guard round 14 (attribution): a claim the source gives to one kind of party (a news
outlet, prosecutors, a government, rebels, a committee) or one country's officials, moved
in the brief to a party of another kind or another country's officials."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.speaker_kinds import clash, kinds
from tests.auxil.guard import kinds as reported

# --- English: an outlet's report given to the authorities ---------------------------------

FLOOD_SOURCE = (
    "The dam engineer who fled the town after the spillway failed had wired money to a"
    " cousin in Lisbon three days before, the Danish newspaper Politiken reported on"
    " Tuesday. The company has not commented.\n"
)
FLOOD_BRIEF = (
    "The dam engineer who fled the town after the spillway failed had wired money to a"
    " cousin in Lisbon three days before, the Danish newspaper Politiken reported."
)


def test_outlet_report_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, FLOOD_SOURCE, FLOOD_BRIEF)


def test_outlet_report_given_to_prosecutors(guard: Guard) -> None:
    moved = FLOOD_BRIEF.replace("the Danish newspaper Politiken reported", "Danish police said")
    assert "attribution" in reported(guard, FLOOD_SOURCE, moved)


# --- English: one country's officials for another's ---------------------------------------

PORT_SOURCE = (
    "Turkish officials have said that the harbour minister Ilker Sayan will travel to Athens"
    " for talks with his Greek counterpart on the disputed shipping lanes. No date was set.\n"
)
PORT_BRIEF = (
    "Harbour minister Ilker Sayan will travel to Athens for talks with his Greek counterpart"
    " on the disputed shipping lanes, Turkish officials said."
)


def test_same_officials_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, PORT_SOURCE, PORT_BRIEF)


def test_officials_of_another_country(guard: Guard) -> None:
    moved = PORT_BRIEF.replace("Turkish officials", "Greek officials")
    assert "attribution" in reported(guard, PORT_SOURCE, moved)


def test_kind_words() -> None:
    assert clash("The Chilean government", "a senior Chilean rebel commander", "en")
    assert not clash("the ministry", "Minister Ana Ruiz", "en")
    assert not clash("Dr. Lena Holm", "the hospital director", "en")  # no kind: no evidence


# --- Hebrew: the minister's announcement given to a committee ----------------------------

HE_SOURCE = (
    "שר האוצר, דניאל כהן, הודיע הבוקר על דחיית ההצבעה על התקציב שהייתה אמורה להתקיים"
    " בשבוע הבא בוועדת הכספים בשל מחלוקת בקואליציה.\n"
)
HE_BRIEF = (
    "ההצבעה על התקציב שתוכננה לשבוע הבא בוועדת הכספים נדחתה בשל מחלוקת בקואליציה, כך הודיע השר כהן."
)


def test_he_minister_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, HE_SOURCE, HE_BRIEF, lang="he")


def test_he_minister_to_committee(guard: Guard) -> None:
    moved = HE_BRIEF.replace("הודיע השר כהן", "הודיעה הוועדה")
    assert "attribution" in reported(guard, HE_SOURCE, moved, lang="he")


# --- Arabic: a newspaper's report given to the police -------------------------------------


def test_ar_kinds() -> None:
    assert kinds("صحيفة الأهرام", "ar") == {"media"}
    assert clash("الشرطة المصرية", "صحيفة الأهرام", "ar")
    assert not clash("وزارة الصحة", "الحكومة", "ar")


AR_SOURCE = (
    "ذكرت صحيفة الأهرام يوم الأحد أن المهندس الذي فر من المدينة بعد انهيار السد حول أموالا"
    " إلى قريب له في لشبونة قبل ثلاثة أيام.\n"
)
AR_BRIEF = (
    "ذكرت صحيفة الأهرام أن المهندس الذي فر من المدينة بعد انهيار السد حول أموالا إلى قريب له"
    " في لشبونة قبل ثلاثة أيام."
)


def test_ar_newspaper_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, AR_SOURCE, AR_BRIEF, lang="ar")


def test_ar_newspaper_to_police(guard: Guard) -> None:
    moved = AR_BRIEF.replace("ذكرت صحيفة الأهرام", "قالت الشرطة")
    assert "attribution" in reported(guard, AR_SOURCE, moved, lang="ar")


# --- a reporting verb hardened: "said" in the source, "confirmed" / "admitted" in the brief

PIER_SOURCE = (
    "Harbour master Jonas Field said on Monday that the old pier would close for repairs"
    " until the spring. The town council has not set a budget.\n"
)
PIER_BRIEF = "Harbour master Jonas Field said on Monday that the old pier would close until spring."


def test_said_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, PIER_SOURCE, PIER_BRIEF)


def test_said_hardened_to_confirmed(guard: Guard) -> None:
    hard = PIER_BRIEF.replace("Field said", "Field confirmed")
    assert "attribution" in reported(guard, PIER_SOURCE, hard)


HE_PIER_SOURCE = "מנהל הנמל, יונה שדה, אמר היום כי המזח הישן ייסגר לשיפוצים עד האביב.\n"
HE_PIER_BRIEF = "מנהל הנמל יונה שדה אמר כי המזח הישן ייסגר לשיפוצים עד האביב."


def test_he_said_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, HE_PIER_SOURCE, HE_PIER_BRIEF, lang="he")


def test_he_said_hardened_to_admitted(guard: Guard) -> None:
    hard = HE_PIER_BRIEF.replace("אמר כי", "הודה כי")
    assert "attribution" in reported(guard, HE_PIER_SOURCE, hard, lang="he")


AR_PIER_SOURCE = "قال مدير الميناء يونس حقل اليوم إن الرصيف القديم سيغلق للترميم حتى الربيع.\n"
AR_PIER_BRIEF = "قال يونس حقل مدير الميناء إن الرصيف القديم سيغلق للترميم حتى الربيع."


def test_ar_said_kept(guard: Guard) -> None:
    assert "attribution" not in reported(guard, AR_PIER_SOURCE, AR_PIER_BRIEF, lang="ar")


def test_ar_said_hardened_to_admitted(guard: Guard) -> None:
    hard = "واعترف حقل بأن الرصيف القديم سيغلق للترميم حتى الربيع."
    assert "attribution" in reported(guard, AR_PIER_SOURCE, hard, lang="ar")

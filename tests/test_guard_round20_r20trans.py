"""Round 20 (translations): reported speech that runs on in a translation, and a place of
the speaker's own sentence beside the translated cue."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- "and that ..." / "and she was told ..." carries the speaker on ---------------------------

EN_INTERVIEW = (
    "In an interview with the local paper, Mayor Dana Mizrahi said she had considered resigning"
    " while she was in hospital and was told she could not take leave because it would hurt the"
    " council."
)
EN_GOVERNOR = (
    "Governor Sam Ortiz said he took heart from the drop in cases and from the fall in"
    " admissions, saying the city was past the worst."
)


def test_ar_and_that_she_was_told_continues_the_speakers_account(guard: Guard) -> None:
    arabic = (
        "قالت رئيسة البلدية دانا مزراحي في المقابلة مع الصحيفة المحلية إنها فكرت في الاستقالة"
        " أثناء وجودها في المستشفى، وإنها أُبلغت بأنها لا تستطيع أخذ إجازة لأن ذلك سيضر بالمجلس."
    )
    assert kinds(guard, "", arabic, "ar", english_summary=EN_INTERVIEW) == set()


def test_he_and_that_continues_the_speakers_words(guard: Guard) -> None:
    hebrew = (
        "המושל סם אורטיז אמר שהוא מתעודד מהירידה במקרים ומהירידה באשפוזים, וכי העיר עברה את"
        " הגרוע מכול."
    )
    assert kinds(guard, "", hebrew, "he", english_summary=EN_GOVERNOR) == set()


def test_ar_and_that_continues_the_speakers_words(guard: Guard) -> None:
    arabic = (
        "قال الحاكم سام أورتيز إنه يستمد الأمل من تراجع الإصابات ومن انخفاض حالات الدخول إلى"
        " المستشفيات، وإن المدينة تجاوزت الأسوأ."
    )
    assert kinds(guard, "", arabic, "ar", english_summary=EN_GOVERNOR) == set()


# --- a place or body of the speaker's own sentence is no second speaker -----------------------


def test_he_the_speakers_hospital_beside_the_cue_is_no_other_speaker(guard: Guard) -> None:
    english = (
        "At Al-Nasser Hospital in Khan Younis, paediatrician Dr. Samir Mansour said there were"
        " 40 children in the ward."
    )
    hebrew = 'ד"ר סמיר מנסור, רופא ילדים בבית החולים אל-נאסר, אמר כי במחלקה שוהים 40 ילדים.'
    assert kinds(guard, "", hebrew, "he", english_summary=english) == set()


def test_ar_the_speakers_hospital_beside_the_cue_is_no_other_speaker(guard: Guard) -> None:
    english = (
        "Al-Nasser Hospital, the largest in Khan Younis, has 40 children in its ward, director"
        " Dr. Samir Mansour said."
    )
    arabic = (
        "قال مدير مستشفى الناصر، الدكتور سمير منصور، إن المستشفى، وهو الأكبر في خان يونس، يضم 40"
        " طفلا في قسمه."
    )
    assert kinds(guard, "", arabic, "ar", english_summary=english) == set()


def test_he_the_broadcasters_country_is_no_other_speaker(guard: Guard) -> None:
    english = (
        "The man who drove the van into the crowd had visited Vienna twice, Austrian"
        " broadcaster ORF reported."
    )
    hebrew = (
        "לפי דיווח של רשת השידור האוסטרית או-אר-אף, האיש שנהג בטנדר לתוך הקהל ביקר פעמיים בווינה."
    )
    assert kinds(guard, "", hebrew, "he", english_summary=english) == set()

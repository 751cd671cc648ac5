"""Round 34 (Arabic unsupported content): a toll or a response hung on a true claim.

- A group named after martyrs ("كتائب شهداء الجبل") is a name: the word for the dead in it
  tells no toll, so a source whose only "dead" is such a name tells its clashes without
  casualties, and a brief that adds them ("وأسفرت عن سقوط قتلى") is unsupported.
- A consequence verb with its own subject ("وأسفرت المواجهات عن ...") has its cause in
  that subject, also where the claim opens the brief.
- A comment clause ("، وهو ما نفته الحكومة", "، في خطوة رفضتها النقابة") tells a party's
  response; the sentences of the statement it comments on must tell that response. One in
  which the speaker judges the statement ("وهو ما عدّه ضروريا") is no response.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.align import align_all
from summarizer.guard.consequence_casualties import names_casualties
from summarizer.guard.reaction_clauses import check_reaction_clauses
from summarizer.guard.text import normalize, words
from tests.auxil.guard import kinds

DEPOTS = (
    "قال المرصد إن مقاتلين من كتائب شهداء الجبل سيطروا على مستودعين للذخيرة قرب بلدة "
    "الوادي في ريف المحافظة. "
    "وتجددت الاشتباكات بين المقاتلين والقوات الحكومية في محيط بلدة الوادي مساء الخميس. "
    "ولم ترد تقارير عن خسائر بشرية في صفوف الطرفين.\n"
)

STRIKE = (
    "أعلنت نقابة المعلمين إضرابا عاما في المدارس الحكومية يبدأ يوم الأحد المقبل. "
    "وقال رئيس النقابة سمير داود إن الإضراب سيستمر ثلاثة أيام للمطالبة برفع الأجور. "
    "وأضاف أن المعلمين ينتظرون ردا من وزارة التربية منذ أشهر.\n"
)
STRIKE_REJECTED = STRIKE.replace(
    "يبدأ يوم الأحد المقبل.", "يبدأ يوم الأحد المقبل، ورفضت الحكومة الإضراب."
)


def test_ar_martyrs_in_a_brigades_name_are_no_toll() -> None:
    assert not names_casualties(words("مقاتلين من كتائب شهداء الجبل"), "ar", told=True)
    assert names_casualties(words("سقط شهداء في القصف"), "ar", told=True)


def test_ar_dead_added_to_clashes_told_without_any() -> None:
    guard = Guard.from_settings()
    brief = "تجددت الاشتباكات بين المقاتلين والقوات الحكومية في بلدة الوادي، وأسفرت عن سقوط قتلى."
    assert "unsupported" in kinds(guard, DEPOTS, brief, lang="ar")


def test_ar_consequence_verb_with_its_own_subject_at_the_start_of_the_brief() -> None:
    guard = Guard.from_settings()
    brief = "وأسفرت الاشتباكات في بلدة الوادي عن سقوط قتلى وجرحى من الطرفين."
    assert "unsupported" in kinds(guard, DEPOTS, brief, lang="ar")


def _reactions(source: str, brief: str) -> list[str]:
    index, alignments = align_all(normalize(brief), normalize(source), "ar")
    return [p.kind for p in check_reaction_clauses(alignments, index, "ar")]


def test_ar_a_response_the_source_never_tells_is_added() -> None:
    denied = "أعلنت نقابة المعلمين إضرابا عاما في المدارس الحكومية يبدأ الأحد، وهو ما نفته الوزارة."
    assert _reactions(STRIKE, denied) == ["unsupported"]
    step = "أعلنت نقابة المعلمين إضرابا عاما يبدأ الأحد، في خطوة رفضتها الحكومة."
    assert _reactions(STRIKE, step) == ["unsupported"]
    assert "unsupported" in kinds(Guard.from_settings(), STRIKE, denied, lang="ar")


def test_ar_a_response_the_source_tells_beside_the_event_is_kept() -> None:
    step = "أعلنت نقابة المعلمين إضرابا عاما يبدأ الأحد، في خطوة رفضتها الحكومة."
    assert _reactions(STRIKE_REJECTED, step) == []


def test_ar_the_speakers_own_judgement_is_no_response() -> None:
    brief = "قال رئيس النقابة سمير داود إن الإضراب سيستمر ثلاثة أيام، وهو ما عدّه ضروريا."
    assert _reactions(STRIKE, brief) == []

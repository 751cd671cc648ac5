"""Round 25 (Arabic attribution):

- A clause opened by فيما/بينما with a present-tense verb is read as the brief's own
  voice only when it comes straight after the speech verb's clause; after a clause of
  the speaker's between ("قال X إن ...، ومثال ذلك ...، فيما تتعامل ...") it is still the
  speaker's.
- "نقل X أن ..." (X reported that) attributes; "نقل X إلى ... بعد أن" (moved) does not.
- "ونقل المرصد أن ...، وأن ...": the clause opened by "وأن" is a further complement of
  the observatory's cue, not a claim moved to the sentence's first speaker.
- "طالب X بـ..." (X demanded) and "وسط أنباء/حديث عن أن ..." (amid reports/talk that)
  attribute, as "demanded" and "amid reports that" do in English.
- "أخبر" (told), "عزا"/"مرجعا ذلك إلى" (citing) attribute; "سجلت X 120 وفاة" (X reported
  120 deaths) does when a figure follows, as "X reported 120 deaths" does in English.
- An interview's answers given to its interviewer, whom the byline names ("حوار: X"), are
  moved to someone who only asks.
- "، في وقت ..." (at a time when) opens a contrast clause as "بينما" does; "في وقت سابق"
  (earlier) does not.
"""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.cues import has_cue

_EXPERT_SOURCE = (
    "قال الخبير سامر حداد إن الحكومة في العاصمة تعتمد سياسة الانتظار والترقب. "
    "وأشار إلى تأجيل الانتخابات البلدية مرتين خلال عام واحد. "
    "ويرى حداد أن السلطة في الإقليم الجنوبي تتعامل مع ملف المياه بكثير من البراغماتية."
)


def _attribution(guard: Guard, source: str, summary: str) -> list[str]:
    report = guard.check(source, summary, lang="ar")
    return [p.detail for p in report.problems if p.kind == "attribution"]


def test_contrast_clause_after_the_speakers_example_is_still_his(guard: Guard) -> None:
    summary = (
        "قال الخبير سامر حداد إن الحكومة في العاصمة تعتمد سياسة الانتظار والترقب، "
        "ومثال ذلك تأجيل الانتخابات البلدية مرتين، فيما تتعامل السلطة في الإقليم "
        "الجنوبي مع ملف المياه ببراغماتية."
    )
    assert _attribution(guard, _EXPERT_SOURCE, summary) == []


def test_contrast_clause_right_after_the_speech_clause_is_our_voice(guard: Guard) -> None:
    summary = (
        "قال الخبير سامر حداد إن الحكومة في العاصمة تعتمد سياسة الانتظار والترقب، "
        "فيما تتعامل السلطة في الإقليم الجنوبي مع ملف المياه ببراغماتية."
    )
    assert _attribution(guard, _EXPERT_SOURCE, summary)


def test_reported_that_is_a_cue() -> None:
    assert has_cue("ونقل المرصد السوري أن القصف تجدد على الحي الشرقي", "ar")
    assert has_cue("نقلت وكالة الأنباء الرسمية أن الوزير قدم استقالته", "ar")


def test_moving_people_before_a_time_clause_is_no_cue() -> None:
    assert not has_cue("نقلت الطواقم الجرحى إلى المستشفى بعد أن تجدد القصف", "ar")
    assert not has_cue("نقل الجيش معداته الثقيلة بعد أن انسحب من التلال", "ar")


_DEPOT_SOURCE = (
    "أكدت جهات معارضة أن فصائل مرتبطة بالجيش تمكنت من الاستيلاء على مستودعات للمحروقات "
    "في الريف. وقال المرصد، وهو هيئة مقرها لندن، إن المسلحين سيطروا على أربعة مخازن "
    "للوقود قرب قرية الوادي الأخضر. وبحسب المرصد فقد استولى المسلحون على صهاريج "
    "ومولدات كهربائية متنوعة."
)


def test_reported_that_attributes_a_sourced_claim(guard: Guard) -> None:
    summary = "ونقل المرصد أن المسلحين استولوا على صهاريج ومولدات كهربائية متنوعة."
    assert _attribution(guard, _DEPOT_SOURCE, summary) == []


def test_further_that_clause_stays_with_its_speaker(guard: Guard) -> None:
    summary = (
        "أكدت جهات معارضة أن مسلحين سيطروا على مخازن للوقود في الريف، وذكر المرصد أن "
        "المخازن الأربعة تقع قرب قرية الوادي الأخضر، وأن المسلحين استولوا "
        "منها على صهاريج ومولدات كهربائية متنوعة."
    )
    assert _attribution(guard, _DEPOT_SOURCE, summary) == []


def test_demand_and_talk_that_are_cues() -> None:
    assert has_cue("طالب الاتحاد العام الحكومة بفتح المعابر أمام الشاحنات", "ar")
    assert has_cue("جاء ذلك وسط أنباء عن أن الوزير سيقدم استقالته قريبا", "ar")
    assert not has_cue("ولم ترد تقارير عن خسائر في صفوف المدنيين", "ar")


def test_told_citing_and_a_recorded_count_are_cues() -> None:
    assert has_cue("أغلقت الشركة ثلاثة مصانع مرجعة ذلك إلى ارتفاع التكاليف", "ar")
    assert has_cue("سجلت وزارة الصحة يوم الأحد 120 إصابة جديدة", "ar")
    assert not has_cue("سجل اللاعب هدفا رائعا في الشوط الثاني من المباراة", "ar")


_FLU_SOURCE = (
    "Ohio reported 312 new flu deaths on Monday, the highest daily figure this winter. "
    "The state health director said hospitals were coping."
)


def test_translation_of_a_reported_count_keeps_its_attribution(guard: Guard) -> None:
    english = "Ohio reported 312 new flu deaths on Monday, the highest daily figure this winter."
    arabic = (
        "سجلت ولاية أوهايو يوم الاثنين 312 وفاة جديدة بالإنفلونزا، وهو أعلى رقم يومي هذا الشتاء."
    )
    report = guard.check(_FLU_SOURCE, arabic, lang="ar", english_summary=english)
    assert "translation_attribution" not in report.kinds()


_TALKS_SOURCE = (
    "وحذر الاتحاد العمالي في بيانه من استغلال الأزمة لفرض قرارات مالية مجحفة، داعيا إلى "
    "حوار وطني شامل. ويأتي البيان في وقت يدور فيه حديث عن أن الحكومة سترفع أسعار الوقود "
    "الشهر المقبل."
)
_WARNING = (
    "وحذر الاتحاد العمالي في بيانه من استغلال الأزمة لفرض قرارات مالية مجحفة، داعيا إلى "
    "حوار وطني شامل، في وقت "
)


def test_at_a_time_when_clause_after_the_speech_clause_is_our_voice(guard: Guard) -> None:
    summary = _WARNING + "ترفع فيه الحكومة أسعار الوقود الشهر المقبل."
    assert _attribution(guard, _TALKS_SOURCE, summary)


def test_earlier_is_no_contrast_clause(guard: Guard) -> None:
    summary = _WARNING.replace("في وقت", "في وقت سابق من الأسبوع.")
    assert _attribution(guard, _TALKS_SOURCE, summary) == []


_INTERVIEW = "\n".join(
    [
        "الناشط البيئي كريم ناصر: الأنهار تموت ببطء",
        "حوار: سلمى حداد",
        "* كيف ترى وضع الأنهار في الجنوب اليوم؟",
        "- الأنهار في الجنوب تموت ببطء بسبب السدود والتلوث الصناعي.",
        "* وماذا عن دور البلديات؟",
        "- البلديات لا تملك المال الكافي لمعالجة مياه الصرف.",
    ]
)


def test_answers_given_to_the_interviewer_are_moved(guard: Guard) -> None:
    summary = "رأت سلمى حداد أن الأنهار في الجنوب تموت ببطء بسبب السدود والتلوث الصناعي."
    assert any("interviewee" in d for d in _attribution(guard, _INTERVIEW, summary))


def test_answers_given_to_the_interviewee_pass(guard: Guard) -> None:
    summary = "رأى كريم ناصر أن الأنهار في الجنوب تموت ببطء بسبب السدود والتلوث الصناعي."
    assert _attribution(guard, _INTERVIEW, summary) == []

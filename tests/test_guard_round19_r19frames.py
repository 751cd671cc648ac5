"""Round 19: frames the brief sets once and carries on; a headline's topic is no speaker;
a Hebrew speaker before its verb does not reach back into a quotation."""

from __future__ import annotations

from summarizer.guard.attribution import check_attribution
from summarizer.guard.guard import Guard
from summarizer.guard.speaker_finding import speakers


def _kinds(source: str, summary: str, lang: str) -> list[str]:
    return [p.kind for p in check_attribution(source, summary, lang)]


# --- a frame carried over an additive connective, on the same source sentence ---------------

EN_SOURCE = (
    "The city council met on Tuesday. According to the rescue service, divers recovered two "
    "boats from the harbour and searches also resumed along the northern pier near the old "
    "lighthouse. The weather stayed calm."
)


def test_en_an_also_sentence_on_the_same_attributed_source_sentence_keeps_the_frame() -> None:
    summary = (
        "According to the rescue service, divers recovered two boats from the harbour. "
        "Also, searches resumed along the northern pier near the old lighthouse."
    )
    assert "attribution" not in _kinds(EN_SOURCE, summary, "en")
    # without the connective the second sentence is the brief's own statement
    plain = summary.replace("Also, searches", "Searches")
    assert "attribution" in _kinds(EN_SOURCE, plain, "en")


AR_SOURCE = (
    "اجتمع المجلس البلدي يوم الثلاثاء. وبحسب الدفاع المدني فقد انتشل الغواصون قاربين من "
    "الميناء كما استؤنفت عمليات البحث على طول الرصيف الشمالي قرب المنارة القديمة. "
    "وبقي الطقس هادئا."
)


def test_ar_a_kama_sentence_on_the_same_attributed_source_sentence_keeps_the_frame() -> None:
    summary = (
        "وبحسب الدفاع المدني، انتشل الغواصون قاربين من الميناء. "
        "كما استؤنفت عمليات البحث على طول الرصيف الشمالي قرب المنارة القديمة."
    )
    assert "attribution" not in _kinds(AR_SOURCE, summary, "ar")
    plain = summary.replace("كما استؤنفت", "واستؤنفت")
    assert "attribution" in _kinds(AR_SOURCE, plain, "ar")


HE_SOURCE = (
    "מועצת העיר התכנסה ביום שלישי. לפי שירותי ההצלה, הצוללנים חילצו שתי סירות מהנמל "
    "ובנוסף חודשו החיפושים לאורך המזח הצפוני ליד המגדלור הישן. מזג האוויר נשאר רגוע."
)


def test_he_a_bnosaf_sentence_on_the_same_attributed_source_sentence_keeps_the_frame() -> None:
    summary = (
        "לפי שירותי ההצלה, הצוללנים חילצו שתי סירות מהנמל. "
        "בנוסף חודשו החיפושים לאורך המזח הצפוני ליד המגדלור הישן."
    )
    assert "attribution" not in _kinds(HE_SOURCE, summary, "he")
    plain = summary.replace("בנוסף חודשו", "חודשו")
    assert "attribution" in _kinds(HE_SOURCE, plain, "he")


# --- a pronoun speaker names the speaker the brief named just before -------------------------

PRONOUN_SOURCE = (
    "“The clinic has no insulin left, and has been out for weeks,” Dr. Lena Ortiz said. "
    "“When the clinic closed,” Ortiz said, “the serious cases were sent to the regional "
    "hospital and the others went home with a week of tablets.”"
)


def test_en_a_clause_beside_a_he_said_is_still_the_speakers_word() -> None:
    summary = (
        "The clinic has no insulin left, said Dr. Lena Ortiz. It has been out for weeks, "
        "she said; when the clinic closed, serious cases went to the regional hospital and "
        "the others home with a week of tablets."
    )
    assert "attribution" not in _kinds(PRONOUN_SOURCE, summary, "en")


# --- a headline's topic label is no speaker ----------------------------------------------------

LABEL_SOURCE = (
    "Flooding: River towns evacuate as waters rise\n"
    "Thousands of people have left their homes as the flooding spreads along the valley. "
    "Emergency crews said the river was expected to peak on Sunday."
)


def test_en_a_topic_before_a_headline_colon_does_not_attribute_the_headline() -> None:
    summary = "River towns are evacuating as the waters rise."
    assert "attribution" not in _kinds(LABEL_SOURCE, summary, "en")
    # a name before the colon (written capitalised throughout) still gives its speaker
    named = "Ortega: River towns evacuate as waters rise\nOrtega spoke in the valley."
    assert "attribution" in _kinds(named, summary, "en")


# --- a Hebrew speaker before its verb stops at a quotation and a colon -----------------------


def test_he_the_speaker_before_a_verb_is_not_the_quoted_words_before_a_colon() -> None:
    sentence = '"אנחנו לא נוותר": השר הודיע כי התוכנית תאושר בשבוע הבא'
    assert speakers(sentence, "he") == ["השר"]


def test_he_a_speaker_named_after_a_quoted_opening_is_not_moved() -> None:
    source = (
        "שר האוצר ישראל כהן אמר כי התוכנית הכלכלית תאושר בשבוע הבא. "
        '"אנחנו לא נוותר על אף סעיף", הוסיף כהן.'
    )
    summary = '"אנחנו לא נוותר": כהן אמר כי התוכנית הכלכלית תאושר בשבוע הבא.'
    report = Guard.from_settings().check(source, summary, lang="he")
    assert not [p for p in report.problems if p.kind == "attribution"]


# --- a sentence that points back with a demonstrative to the report before it -------------

EN_DEMO_SOURCE = (
    "The council met on Tuesday. The monitoring group reported clashes after midnight near "
    "the village of Tel Rana, between border units and armed smugglers, with no casualties."
)
EN_DEMO_OTHER = (
    "The monitoring group reported clashes after midnight near the village of Tel Rana. "
    "Local officials said the clashes were between border units and armed smugglers."
)


def test_en_a_these_sentence_stays_in_the_voice_of_the_report_before_it() -> None:
    summary = (
        "The monitoring group reported clashes after midnight near the village of Tel Rana. "
        "These clashes were between border units and armed smugglers."
    )
    assert "attribution" not in _kinds(EN_DEMO_SOURCE, summary, "en")
    # where another speaker says it, the brief's earlier frame does not cover it
    assert "attribution" in _kinds(EN_DEMO_OTHER, summary, "en")


AR_DEMO_SOURCE = (
    "اجتمع المجلس يوم الثلاثاء. وأفاد المرصد عن اشتباكات بعد منتصف الليل قرب قرية تل رانا "
    "بين وحدات الحدود ومهربين مسلحين، ولم ترد تقارير عن إصابات."
)
AR_DEMO_OTHER = (
    "أفاد المرصد عن اشتباكات بعد منتصف الليل قرب قرية تل رانا. "
    "وقالت جهات محلية إن الاشتباكات دارت بين وحدات الحدود ومهربين مسلحين."
)


def test_ar_a_haadhihi_sentence_stays_in_the_voice_of_the_report_before_it() -> None:
    summary = (
        "أفاد المرصد عن اشتباكات بعد منتصف الليل قرب قرية تل رانا. "
        "وتدور هذه الاشتباكات بين وحدات الحدود ومهربين مسلحين."
    )
    assert "attribution" not in _kinds(AR_DEMO_SOURCE, summary, "ar")
    assert "attribution" in _kinds(AR_DEMO_OTHER, summary, "ar")


HE_DEMO_SOURCE = (
    "המועצה התכנסה ביום שלישי. לפי ארגון הניטור, התפתחו עימותים אחרי חצות ליד הכפר תל רנה "
    "בין יחידות הגבול למבריחים חמושים, ולא דווח על נפגעים."
)
HE_DEMO_OTHER = (
    "לפי ארגון הניטור, התפתחו עימותים אחרי חצות ליד הכפר תל רנה. "
    "גורמים מקומיים אמרו כי העימותים היו בין יחידות הגבול למבריחים חמושים."
)


def test_he_a_haele_sentence_stays_in_the_voice_of_the_report_before_it() -> None:
    summary = (
        "לפי ארגון הניטור, התפתחו עימותים אחרי חצות ליד הכפר תל רנה. "
        "העימותים האלה היו בין יחידות הגבול למבריחים חמושים."
    )
    assert "attribution" not in _kinds(HE_DEMO_SOURCE, summary, "he")
    assert "attribution" in _kinds(HE_DEMO_OTHER, summary, "he")

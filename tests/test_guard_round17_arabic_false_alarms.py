"""Guard round 17 (heldout19's Arabic false alarms): faithful Arabic briefs of an
interview, and of wire reports, that the guard flagged although a reader is not misled."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- an interview: the interviewee named once, then told on with the subject dropped ------

INTERVIEW_SOURCE = (
    "الخبير الاقتصادي سمير الحداد لـ«الأخبار»: الأزمة أعمق مما تقوله الحكومة\n"
    "حوار: ليلى منصور\n"
    "التقينا الخبير الاقتصادي سمير الحداد على هامش مؤتمر المصارف في بيروت.\n"
    "*كيف تقرأ قرار الحكومة رفع أسعار الوقود؟\n"
    "-القرار جاء متأخرا وهو جزء من سياسة الترقيع التي تتبعها الحكومة منذ سنوات، والمواطن"
    " وحده يدفع ثمن الفشل الاقتصادي وانهيار العملة وغياب الخطط المدروسة.\n"
    "*وهل ترى مخرجا قريبا؟\n"
    "-لا أرى مخرجا قريبا، فالنتيجة حتى الآن تضخم متسارع وبطالة واسعة وهجرة الشباب"
    " وإغلاق المصانع الصغيرة، وهي الأعراض نفسها التي عرفتها دول الجوار.\n"
)


def test_interview_told_on_without_a_subject_is_not_an_attribution_alarm(guard: Guard) -> None:
    faithful = (
        "يرى الخبير سمير الحداد أن قرار رفع أسعار الوقود جاء متأخرا وأنه جزء من سياسة"
        " الترقيع التي تتبعها الحكومة.\n"
        "وعدد من نتائج ذلك التضخم المتسارع والبطالة الواسعة وهجرة الشباب وإغلاق المصانع"
        " الصغيرة."
    )
    assert "attribution" not in kinds(guard, INTERVIEW_SOURCE, faithful, lang="ar")


def test_interview_answer_with_a_new_subject_still_needs_a_speaker(guard: Guard) -> None:
    dropped = (
        "يرى الخبير سمير الحداد أن قرار رفع أسعار الوقود جاء متأخرا وأنه جزء من سياسة"
        " الترقيع التي تتبعها الحكومة.\n"
        "وتشهد البلاد تضخما متسارعا وبطالة واسعة وهجرة الشباب وإغلاق المصانع الصغيرة."
    )
    assert "attribution" in kinds(guard, INTERVIEW_SOURCE, dropped, lang="ar")


def test_inference_after_the_speakers_clause_is_our_own_voice(guard: Guard) -> None:
    inferred = (
        "يرى الخبير سمير الحداد أن قرار رفع أسعار الوقود جاء متأخرا، فالمواطن وحده يدفع"
        " ثمن الفشل الاقتصادي وانهيار العملة وغياب الخطط المدروسة."
    )
    assert "attribution" in kinds(guard, INTERVIEW_SOURCE, inferred, lang="ar")


# --- a kind noun's slot: not across a comma, not after the noun with its article ---------

BATTLE_SOURCE = (
    "قال المرصد السوري إن اشتباكات عنيفة دارت قرب بلدة تل حميس في ريف الحسكة بين مقاتلين"
    " أكراد ومقاتلي تنظيم الدولة، الذين حاولوا التقدم نحو البلدة.\n"
    "وأضاف المرصد أن الطيران قصف المنطقة مرتين، مذكرا بأن المعارك في المحافظة مستمرة منذ"
    " أسابيع.\n"
)


def test_verb_after_a_kind_noun_is_no_name(guard: Guard) -> None:
    faithful = (
        "قال المرصد السوري إن اشتباكات دارت قرب بلدة تل حميس بين مقاتلين أكراد ومقاتلي"
        " التنظيم، وإن مقاتلي الأكراد والتنظيم كانوا يتبادلون القصف.\n"
        "وأضاف أن الطيران قصف المنطقة، منبها إلى أن المعارك مستمرة منذ أسابيع."
    )
    assert "name" not in kinds(guard, BATTLE_SOURCE, faithful, lang="ar")


def test_name_in_a_kind_nouns_slot_is_still_checked(guard: Guard) -> None:
    changed = (
        "قال المرصد السوري إن اشتباكات دارت قرب بلدة القحطانية بين مقاتلين أكراد ومقاتلي"
        " التنظيم، وإن مقاتلي التنظيم حاولوا التقدم نحو البلدة."
    )
    assert "name" in kinds(guard, BATTLE_SOURCE, changed, lang="ar")


# --- a report relayed: "نقل X عن Y" gives Y's word ----------------------------------------

RELAYED_SOURCE = (
    "عمان (رويترز) -- أكد مسؤولون في وزارة المياه الأردنية أن مخزون السدود انخفض إلى أدنى"
    " مستوى له منذ عشرين عاما بسبب قلة الأمطار.\n"
    "وقالت الوزارة إنها ستقلص ضخ المياه إلى المنازل خلال الصيف.\n"
)


def test_relayed_report_names_whose_word_it_is(guard: Guard) -> None:
    faithful = (
        "نقلت وكالة رويترز عن مسؤولين في وزارة المياه الأردنية أن مخزون السدود انخفض إلى"
        " أدنى مستوى له منذ عشرين عاما بسبب قلة الأمطار."
    )
    assert "attribution" not in kinds(guard, RELAYED_SOURCE, faithful, lang="ar")


def test_relayed_claim_stated_as_fact_is_still_flagged(guard: Guard) -> None:
    stated = "انخفض مخزون السدود في الأردن إلى أدنى مستوى له منذ عشرين عاما بسبب قلة الأمطار."
    assert "attribution" in kinds(guard, RELAYED_SOURCE, stated, lang="ar")


# --- a noun with the article is no speech verb: "الرأي العام" is no "رأى" ------------------


def test_public_opinion_is_no_speaker(guard: Guard) -> None:
    faithful = (
        "يرى الخبير سمير الحداد أن قرار رفع أسعار الوقود جاء متأخرا.\n"
        "ويقول الحداد إن الرأي العام لم يعد يقبل أن يدفع المواطن وحده ثمن الفشل الاقتصادي."
    )
    source = INTERVIEW_SOURCE.replace(
        "والمواطن وحده يدفع", "والرأي العام لم يعد يقبل أن يدفع المواطن وحده"
    )
    assert "attribution" not in kinds(guard, source, faithful, lang="ar")


def test_interview_answer_given_to_a_man_it_speaks_of_is_flagged(guard: Guard) -> None:
    source = INTERVIEW_SOURCE.replace(
        "-لا أرى مخرجا قريبا،",
        "-وزير المالية فادي الخوري وعد بالإصلاح ولم يفعل شيئا. لا أرى مخرجا قريبا،",
    )
    given = (
        "وانتقد فادي الخوري قرار رفع أسعار الوقود، قائلا إنه جاء متأخرا وإنه جزء من سياسة"
        " الترقيع التي تتبعها الحكومة."
    )
    assert "attribution" in kinds(guard, source, given, lang="ar")

"""Guard round 16 (heldout18's attribution and unsupported misses): content hung on a
true claim that the source's sentences about that event do not carry."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- an outcome appended after a true clause --------------------------------------------

FERRY_SOURCE = (
    "A ferry carrying 300 passengers ran aground off the Greek island of Naxos on Tuesday"
    " after its engine failed in rough seas.\n"
    "The coast guard sent two patrol boats and towed the vessel to the port of Naxos.\n"
    "Tourism on the island has grown sharply in the past decade, and local hotels were"
    " almost fully booked this summer.\n"
    "The operator said an inquiry into the engine failure would begin next week.\n"
    "In July, a large crowd watched the island's annual sailing race.\n"
)


def test_appended_outcome_is_unsupported(guard: Guard) -> None:
    faithful = (
        "A ferry with 300 passengers ran aground off Naxos on Tuesday after its engine failed"
        " in rough seas, and the coast guard towed it to port."
    )
    assert "unsupported" not in kinds(guard, FERRY_SOURCE, faithful)
    added = (
        "A ferry with 300 passengers ran aground off Naxos on Tuesday after its engine failed"
        " in rough seas, drawing cheers from the crowd."
    )
    assert "unsupported" in kinds(guard, FERRY_SOURCE, added)


def test_speakers_inference_after_a_cue_is_left_to_attribution(guard: Guard) -> None:
    brief = (
        "An inquiry into the engine failure will begin next week, the operator said,"
        " suggesting the crowd of passengers will be heard."
    )
    details = [p.detail for p in guard.check(FERRY_SOURCE, brief).problems]
    assert not any("added at the end" in d for d in details)


MIGRATION_SOURCE = (
    "قال الباحث السوداني إن البطالة بين الشباب تجاوزت نصف القوى العاملة في البلاد.\n"
    "وأضاف أن كثيرا من الخريجين يبحثون عن الخلاص في الهجرة بعد سنوات من الانتظار.\n"
    "وكانت الحكومة قد أعلنت في الصيف الماضي خطة لتشغيل الخريجين في القطاع الزراعي.\n"
    "وتراجعت صادرات القطن هذا العام بسبب الجفاف.\n"
    "وتلقت الخرطوم وعودا بمساعدات من دول عربية عدة.\n"
)


def test_appended_aside_is_unsupported_in_arabic(guard: Guard) -> None:
    faithful = "وأضاف الباحث أن كثيرا من الخريجين يبحثون عن الخلاص في الهجرة."
    assert "unsupported" not in kinds(guard, MIGRATION_SOURCE, faithful, lang="ar")
    added = "وأضاف الباحث أن كثيرا من الخريجين يبحثون عن الخلاص في الهجرة، خصوصا إلى دول الخليج."
    assert "unsupported" in kinds(guard, MIGRATION_SOURCE, added, lang="ar")


# --- a described speaker's claim given to a person the source names elsewhere -----------

CURFEW_SOURCE = (
    "Lisbon will close bars at midnight from Friday, after health officials said young"
    " adults now account for most new infections in the city.\n"
    "Mayor Carlos Moedas had opposed earlier closures.\n"
    "The rule will stay in place until the end of May, the pair of ministers said.\n"
)


def test_described_speakers_claim_moved_to_named_person(guard: Guard) -> None:
    faithful = (
        "Lisbon will close bars at midnight from Friday, after health officials said young"
        " adults account for most new infections in the city."
    )
    assert "attribution" not in kinds(guard, CURFEW_SOURCE, faithful)
    moved = (
        "Lisbon will close bars at midnight from Friday, after Carlos Moedas said young"
        " adults account for most new infections in the city."
    )
    assert "attribution" in kinds(guard, CURFEW_SOURCE, moved)


def test_definite_noun_speaker_points_back(guard: Guard) -> None:
    source = (
        "Prince William and Kate visited a school in Cardiff on Tuesday.\n"
        "The couple said the pupils' questions had been the best part of their day.\n"
    )
    brief = "William said the pupils' questions had been the best part of their day."
    assert "attribution" not in kinds(guard, source, brief)


# --- an attributed statement joined with ", and" to a true clause -----------------------

BLAZE_SOURCE = (
    "Firefighters are battling a forest fire spreading toward the village of Arbas in the"
    " Pyrenees, with the help of two water-bombing planes.\n"
    "The regional prefecture said a youth hostel near the village was at risk and had been"
    " evacuated.\n"
    "Roads into the valley were closed on Sunday afternoon.\n"
)


def test_dropped_attribution_in_coordinate_clause(guard: Guard) -> None:
    faithful = (
        "Firefighters backed by two water-bombing planes are battling a forest fire spreading"
        " toward Arbas in the Pyrenees, and the prefecture said a youth hostel near the"
        " village was at risk and had been evacuated."
    )
    assert "attribution" not in kinds(guard, BLAZE_SOURCE, faithful)
    dropped = (
        "Firefighters backed by two water-bombing planes are battling a forest fire spreading"
        " toward Arbas in the Pyrenees, and a youth hostel near the village is at risk and"
        " has been evacuated."
    )
    assert "attribution" in kinds(guard, BLAZE_SOURCE, dropped)


def test_dropped_attribution_in_hebrew_coordinate_clause(guard: Guard) -> None:
    source = (
        "צוותי כיבוי פועלים בשריפת חורש המתפשטת לעבר הקיבוץ בגליל העליון.\n"
        "לפי הדיווח, קיימת סכנה לבית הספר האזורי הסמוך לקיבוץ.\n"
        "הכבישים באזור נחסמו לתנועה.\n"
    )
    faithful = (
        "צוותי כיבוי פועלים בשריפת חורש המתפשטת לעבר הקיבוץ, ולפי הדיווח קיימת סכנה לבית"
        " הספר האזורי הסמוך."
    )
    assert "attribution" not in kinds(guard, source, faithful, lang="he")
    dropped = (
        "צוותי כיבוי פועלים בשריפת חורש המתפשטת לעבר הקיבוץ, וקיימת סכנה לבית הספר האזורי הסמוך."
    )
    assert "attribution" in kinds(guard, source, dropped, lang="he")

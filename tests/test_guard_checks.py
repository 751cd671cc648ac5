"""Attribution, names, headline framing, translation consistency and degenerate output."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard

SOURCE = (
    "CAIRO: Israeli officials have disclosed that Mossad director David Barnea is en route to "
    "Cairo for talks on a proposed truce. Israeli airstrikes killed approximately 100 "
    "Palestinians, according to Gaza's health ministry. Hamas has claimed that several "
    "hostages were killed in Israeli airstrikes. A senior rebel official denied a report on "
    "Friday that a ceasefire had been reached near Damascus, where bombardments have knocked "
    "out the capital's main water source."
)


# --- attribution ----------------------------------------------------------------------------


def test_a_dropped_according_to_is_reported(guard: Guard) -> None:
    report = guard.check(SOURCE, "Israeli airstrikes killed about 100 Palestinians.")
    assert report.kinds() == {"attribution"}
    assert report.problems[0].span == "Israeli airstrikes killed about 100 Palestinians."
    assert "health ministry" in report.problems[0].detail


@pytest.mark.parametrize(
    "summary",
    [
        "Israeli airstrikes killed about 100 Palestinians, Gaza's health ministry said.",
        "Gaza's health ministry says Israeli airstrikes killed about 100 Palestinians.",
        "According to Gaza's health ministry, Israeli airstrikes killed about 100 Palestinians.",
    ],
)
def test_any_form_of_attribution_is_kept_attribution(guard: Guard, summary: str) -> None:
    assert guard.check(SOURCE, summary).ok


def test_a_claim_stated_as_fact_is_reported(guard: Guard) -> None:
    report = guard.check(SOURCE, "Several hostages were killed in Israeli airstrikes.")
    assert report.kinds() == {"attribution"}


def test_a_fact_in_the_outlets_own_voice_needs_no_attribution(guard: Guard) -> None:
    # the water source is the outlet's statement, not the rebel official's
    assert guard.check(SOURCE, "Bombardments have knocked out the capital's main water source.").ok


@pytest.mark.parametrize(
    ("lang", "source", "faithful", "faulty"),
    [
        (
            "ar",
            "وقال المرصد السوري إن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة قرب بلدة قلدون.",
            "بحسب المرصد السوري، سيطر مقاتلون على ثلاثة مستودعات للذخيرة قرب بلدة قلدون.",
            "سيطر مقاتلون على ثلاثة مستودعات للذخيرة قرب بلدة قلدون.",
        ),
        (
            "he",
            "נמסר כי קיימת סכנה למוצב צבאי במקום.",
            "לפי הדיווח, קיימת סכנה למוצב צבאי במקום.",
            "קיימת סכנה למוצב צבאי במקום.",
        ),
    ],
)
def test_arabic_and_hebrew_attribution(
    guard: Guard, lang: str, source: str, faithful: str, faulty: str
) -> None:
    assert guard.check(source, faithful, lang=lang).ok
    assert guard.check(source, faulty, lang=lang).kinds() == {"attribution"}


def test_an_interviews_answers_are_the_interviewees_words(guard: Guard) -> None:
    source = (
        "The activist spoke to us in Tunis.\n"
        "*What is happening in Sudan?\n"
        "-Forty journalists have been detained and our paper was seized 28 times.\n"
    )
    assert guard.check(source, "The activist said the paper was seized 28 times.").ok
    report = guard.check(source, "The paper was seized 28 times.")
    assert report.kinds() == {"attribution"}


# --- names ------------------------------------------------------------------------------------


def test_an_invented_name_is_reported(guard: Guard) -> None:
    summary = "Mossad director David Barnea and Shin Bet chief Ronen Bar are going to Cairo, "
    summary += "Israeli officials said."
    report = guard.check(SOURCE, summary)
    assert "name" in report.kinds()  # (and "unsupported": nothing backs "Shin Bet chief")
    assert "Ronen Bar" in {p.span for p in report.problems}


def test_related_forms_and_sentence_starts_are_not_names(guard: Guard) -> None:
    summary = (
        "Meanwhile, Israeli officials said Mossad director David Barnea is going to Cairo. "
        "Officials in Israel said the truce talks would go on."
    )
    assert guard.check(SOURCE, summary).ok


def test_a_lone_invented_name_before_said_is_reported(guard: Guard) -> None:
    report = guard.check(SOURCE, "Sinwar said several hostages were killed in airstrikes.")
    assert "name" in report.kinds()


# --- headline -----------------------------------------------------------------------------------


def test_reusing_the_headline_is_reported_and_quoting_a_speaker_is_not(guard: Guard) -> None:
    source = "Israel has intensified surveillance in the West Bank, on lockdown since October 7."
    headline = "Intensified Israeli Surveillance Has Put the West Bank on Lockdown"
    copied = "Intensified Israeli surveillance has put the West Bank on lockdown."
    assert guard.check(source, copied, headline=headline).kinds() == {"headline"}
    own = "Israel has stepped up surveillance in the West Bank since October 7."
    assert guard.check(source, own, headline=headline).ok
    quoted_headline = 'Nasrallah: "Palestine belongs to the Palestinians, wars will not change it"'
    quoting = 'Nasrallah said "Palestine belongs to the Palestinians, wars will not change it".'
    assert guard.check("", quoting, headline=quoted_headline).ok


@pytest.mark.parametrize(
    ("lang", "headline", "source", "kept", "dropped"),
    [
        ("en", "Netanyahu: Israel did not promise to freeze settlement building at Aqaba",
         "Netanyahu said Israel did not promise to freeze settlement building at Aqaba.",
         "Netanyahu said Israel did not commit to freezing settlement building at Aqaba.",
         "Netanyahu said Israel had committed to freezing settlement building at Aqaba."),
        ("he", "ההתרעה על חדירת כלי טיס עוין - התרעת שווא",
         "ההתרעה על חדירת כלי טיס עוין בגליל העליון הינה התרעת שווא.",
         "ההתרעה על חדירת כלי טיס עוין בגליל העליון התבררה כהתרעת שווא.",
         "ההתרעה על חדירת כלי טיס עוין בגליל העליון התבררה כחדירה של ממש."),
        ("ar", "الجيش: لم يتم اعتراض أي صاروخ فوق مدينة حيفا",
         "قال الجيش إنه لم يتم اعتراض أي صاروخ فوق مدينة حيفا.",
         "قال الجيش إنه لم يعترض أي صاروخ فوق مدينة حيفا.",
         "قال الجيش إنه تم اعتراض صاروخ فوق مدينة حيفا."),
    ],
)  # fmt: skip
def test_a_brief_that_drops_a_negated_headlines_negation_is_reported(
    guard: Guard, lang: str, headline: str, source: str, kept: str, dropped: str
) -> None:
    report = guard.check(source, dropped, lang=lang, headline=headline)
    assert "headline" in report.kinds(), [str(p) for p in report.problems]
    report = guard.check(source, kept, lang=lang, headline=headline)
    assert "headline" not in report.kinds(), [str(p) for p in report.problems]


# --- translation ----------------------------------------------------------------------------------

ENGLISH = (
    "Airstrikes killed about 100 Palestinians, according to Gaza's health ministry. "
    "Around 250 people were taken captive on October 7."
)
ARABIC = (
    "أسفرت غارات جوية عن مقتل نحو 100 فلسطيني، بحسب وزارة الصحة في غزة. "
    "واحتجز نحو 250 شخصا في 7 أكتوبر."
)


def test_a_faithful_translation_passes(guard: Guard) -> None:
    assert guard.check("", ARABIC, lang="ar", english_summary=ENGLISH).ok


def test_a_translation_with_another_number_is_reported(guard: Guard) -> None:
    report = guard.check("", ARABIC.replace("250", "350"), lang="ar", english_summary=ENGLISH)
    assert report.kinds() == {"translation_number"}
    assert any(p.span == "350" for p in report.problems)


def test_a_translation_that_loses_an_attribution_is_reported(guard: Guard) -> None:
    lost = ARABIC.replace("، بحسب وزارة الصحة في غزة", "")
    report = guard.check("", lost, lang="ar", english_summary=ENGLISH)
    assert report.kinds() == {"translation_attribution"}


# --- degenerate output --------------------------------------------------------------------------


def test_a_model_repeating_itself_is_reported(guard: Guard) -> None:
    report = guard.check("", "ראש ראש ראש ראש לא ראש", lang="he")
    assert report.kinds() == {"degenerate"}


def test_an_empty_summary_never_passes(guard: Guard) -> None:
    assert guard.check("Some source text.", "  ").kinds() == {"degenerate"}


def test_confirmed_cases_and_designators_are_not_attribution(guard: Guard) -> None:
    source = (
        "New York state's confirmed caseload of Covid-19 is nearly 162,000. "
        'Governor Andrew Cuomo said he took "solace" from the decline of Covid-19 patients.'
    )
    assert guard.check(source, "New York has nearly 162,000 confirmed Covid-19 cases.").ok


def test_a_quotation_standing_alone_is_someones_words(guard: Guard) -> None:
    source = (
        "“Many will focus on the historic nature of this appointment,” Gov. Inslee said. "
        "“She is the best person for the job.”"
    )
    report = guard.check(source, "She is the best person for the job.")
    assert report.kinds() == {"attribution"}
    assert guard.check(source, "Inslee said she is the best person for the job.").ok


def test_according_to_covers_its_own_clause_and_said_covers_the_sentence(guard: Guard) -> None:
    source = (
        "Israeli forces rescued two hostages, accompanied by airstrikes that killed about "
        "100 Palestinians, according to Gaza's health ministry. Troops entered Rafah, "
        "accompanied by tanks, officials said."
    )
    assert guard.check(source, "Israeli forces rescued two hostages.").ok
    dropped = guard.check(source, "Airstrikes killed about 100 Palestinians.")
    assert dropped.kinds() == {"attribution"}
    assert guard.check(source, "Troops entered Rafah.").kinds() == {"attribution"}


def test_a_quotation_must_be_the_speakers_exact_words(guard: Guard) -> None:
    source = (
        "“We ran out of fuel and the electricity is cut off. The hospital is out of "
        "service,” said Dr. Sobhi Skaik."
    )
    exact = 'Dr. Sobhi Skaik said: "We ran out of fuel ... The hospital is out of service."'
    assert guard.check(source, exact).ok
    invented = 'Dr. Sobhi Skaik said: "The hospital has been destroyed by the bombing."'
    report = guard.check(source, invented)
    assert report.kinds() == {"attribution"}
    assert report.problems[0].span == '"The hospital has been destroyed by the bombing."'
    # a short quoted term is a term, not a quotation
    assert guard.check(source, 'Dr. Sobhi Skaik said the hospital was "out of service".').ok

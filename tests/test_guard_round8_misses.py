"""Guard round 8 (issue 12, heldout10's missed faults as tuning data): faults that must be
caught with the right kind, beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a word that judges how a government rules, or what someone said ------------------------

EN_CHECKPOINTS = (
    "Palestinians in the H2 zone live under a system of segregation, with checkpoints,"
    " watchtowers and cameras, residents said.\n"
)


def test_an_english_word_judging_a_system_of_rule_is_loaded(guard: Guard) -> None:
    brief = "Palestinians in the H2 zone live under a system of segregation with checkpoints."
    assert "loaded" not in kinds(guard, EN_CHECKPOINTS, brief)
    judged = brief.replace("a system", "a draconian system")
    assert "loaded" in kinds(guard, EN_CHECKPOINTS, judged)


AR_LEADER = "تناول الحوار أوضاع السودان الذي يقوده الرئيس عمر البشير منذ ثلاثة عقود.\n"


def test_an_arabic_iron_fist_is_loaded(guard: Guard) -> None:
    brief = "تناول الحوار أوضاع السودان الذي يقوده الرئيس عمر البشير منذ ثلاثة عقود."
    assert "loaded" not in kinds(guard, AR_LEADER, brief, "ar")
    judged = brief.replace("يقوده", "يحكمه بقبضة حديدية")
    assert "loaded" in kinds(guard, AR_LEADER, judged, "ar")


HE_REPLY = 'ראש הממשלה נתניהו השיב לדברי חמינאי: "מי שמאיים על ישראל שם את עצמו בסכנה".\n'


def test_a_hebrew_incitement_for_someones_words_is_loaded(guard: Guard) -> None:
    brief = "ראש הממשלה נתניהו השיב לדברי חמינאי."
    assert "loaded" not in kinds(guard, HE_REPLY, brief, "he")
    assert "loaded" in kinds(guard, HE_REPLY, brief.replace("לדברי", "להסתה של"), "he")


# --- a headline phrase whose claim the article's body lacks ---------------------------------

AR_HEADLINE = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
AR_DEPOTS = (
    f"{AR_HEADLINE}\n"
    "قال المرصد السوري إن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة قرب بلدة قلدون.\n"
    "وأضاف المرصد أن المقاتلين غنموا صواريخ وأسلحة مضادة للدروع.\n"
    "وتجددت الاشتباكات في منطقة السيدة زينب.\n"
    "ولم ترد تقارير عن خسائر بشرية.\n"
)


def test_an_arabic_headline_phrase_the_body_lacks_is_framing(guard: Guard) -> None:
    brief = "قال المرصد السوري إن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة قرب بلدة قلدون."
    assert "headline" not in kinds(guard, AR_DEPOTS, brief, "ar", headline=AR_HEADLINE)
    framed = brief.replace("مستودعات للذخيرة", "مخازن للصواريخ")
    assert "headline" in kinds(guard, AR_DEPOTS, framed, "ar", headline=AR_HEADLINE)


HE_HEADLINE = 'עבודות לתועלת הציבור לסייעת "גן מתוק" בגבעתיים שבו הותקפו ילדים'
HE_COURT = (
    f"{HE_HEADLINE}\n"
    "בית משפט השלום בתל אביב החליט שלא להרשיע את הסייעת.\n"
    "השופטת קבעה כי ביצעה עבירה של סיוע לתקיפה.\n"
    "היא נידונה לעבודות לתועלת הציבור.\n"
    "הסייעת הייתה מעורבת בדיווח על האלימות בגן.\n"
)


def test_a_hebrew_headline_clause_the_body_lacks_is_framing(guard: Guard) -> None:
    brief = "בית משפט השלום בתל אביב החליט שלא להרשיע את הסייעת בגן."
    assert "headline" not in kinds(guard, HE_COURT, brief, "he", headline=HE_HEADLINE)
    framed = brief.replace("בגן.", "בגן שבו הותקפו ילדים.")
    assert "headline" in kinds(guard, HE_COURT, framed, "he", headline=HE_HEADLINE)


EN_FEED_TITLE = "Oman opens airspace to Israeli flights, as Morocco parley in doubt"
EN_FEED = f"{EN_FEED_TITLE}\nThe move shortens the journey to Asia by two hours.\n"


def test_a_feed_items_brief_may_use_its_titles_phrases(guard: Guard) -> None:
    brief = "Oman has opened its airspace to Israeli flights, shortening the journey by two hours."
    assert "headline" not in kinds(guard, EN_FEED, brief, headline=EN_FEED_TITLE)


# --- a named day moved onto the event the source puts on "tomorrow" -------------------------

HE_FLU = (
    "ראש הממשלה בנימין נתניהו הודיע היום (ראשון) על ביטול הדיון שהיה אמור להתקיים מחר"
    " בוועדת חוץ וביטחון בהשתתפותו, בשל מחלת השפעת.\n"
)


def test_a_hebrew_hearing_set_for_tomorrow_is_not_set_for_today(guard: Guard) -> None:
    brief = (
        "נתניהו ביטל את הדיון בוועדת החוץ והביטחון שנקבע ליום שני. הוא הודיע על הביטול ביום ראשון."
    )
    assert "number" not in kinds(guard, HE_FLU, brief, "he")
    moved = brief.replace("ליום שני", "ליום ראשון")
    assert "number" in kinds(guard, HE_FLU, moved, "he")


EN_FUNERAL = (
    "The army said today (Sunday) that two soldiers were killed near Jenin."
    " Their funeral is planned for tomorrow at the military cemetery in Jerusalem.\n"
)


def test_an_english_funeral_set_for_tomorrow_is_not_set_for_today(guard: Guard) -> None:
    brief = (
        "Two soldiers were killed near Jenin, the army said on Sunday; their funeral is"
        " planned for Monday in Jerusalem."
    )
    assert "number" not in kinds(guard, EN_FUNERAL, brief)
    moved = brief.replace("for Monday", "for Sunday")
    assert "number" in kinds(guard, EN_FUNERAL, moved)


# --- Hebrew teens written as one hyphenated word, or with the two of "years" -----------------

EN_BERLIN = (
    "The Tunisian who killed 12 people at a Berlin Christmas market had visited Switzerland."
)


def test_a_hebrew_hyphenated_teen_is_read_as_its_number(guard: Guard) -> None:
    brief = "התוניסאי שהרג שנים-עשר בני אדם בשוק חג המולד בברלין ביקר בשווייץ."
    assert "translation_number" not in kinds(guard, "", brief, "he", english_summary=EN_BERLIN)
    wrong = brief.replace("שנים-עשר", "שלושה-עשר")
    assert "translation_number" in kinds(guard, "", wrong, "he", english_summary=EN_BERLIN)
    spaced = brief.replace("שנים-עשר", "שנים עשר")
    assert "translation_number" not in kinds(guard, "", spaced, "he", english_summary=EN_BERLIN)


# --- a short surname counts as written only where it stands after its "Abu" ----------------

EN_HASIRA = "Miscarriages have tripled since the war began, according to Dr. Abed Abu Hasira."


def test_a_hebrew_abu_surname_replaced_is_not_found_in_an_ordinary_word(guard: Guard) -> None:
    brief = 'מספר ההפלות גדל פי שלושה מאז פרוץ המלחמה, לדברי ד"ר עאבד אבו חסירה, זה עשרה ימים.'
    assert "translation_name" not in kinds(guard, "", brief, "he", english_summary=EN_HASIRA)
    renamed = brief.replace("עאבד אבו חסירה", "וליד אבו חטב")
    assert "translation_name" in kinds(guard, "", renamed, "he", english_summary=EN_HASIRA)


# --- a feed item's brief that swaps the body's verb for the headline's ----------------------

EN_PUTIN_TITLE = "Russia's Vladimir Putin will be killed by rivals, Zelensky believes - report"
EN_PUTIN = (
    f"{EN_PUTIN_TITLE}\nAs Russia is hit by sanctions, Putin's political rivals will seek to"
    " depose him, Zelensky said.\n"
)


def test_a_headline_verb_in_place_of_the_bodys_is_framing(guard: Guard) -> None:
    brief = "Zelensky said Putin's political rivals will seek to depose him."
    assert "headline" not in kinds(guard, EN_PUTIN, brief, headline=EN_PUTIN_TITLE)
    framed = brief.replace("seek to depose", "end up killing")
    assert "headline" in kinds(guard, EN_PUTIN, framed, headline=EN_PUTIN_TITLE)


# --- the reporter credited under an item, put into the story --------------------------------

HE_CREDITED = (
    "בית משפט השלום בתל אביב קבע שלא להרשיע את הסייעת, אף שביצעה עבירת סיוע לתקיפה.\n(גלעד מורג)\n"
)


def test_a_hebrew_credited_reporter_is_no_judge(guard: Guard) -> None:
    brief = "בית משפט השלום בתל אביב החליט שלא להרשיע את הסייעת. דיווח: גלעד מורג."
    assert "name" not in kinds(guard, HE_CREDITED, brief, "he")
    judge = "השופט גלעד מורג מבית משפט השלום בתל אביב החליט שלא להרשיע את הסייעת."
    assert "name" in kinds(guard, HE_CREDITED, judge, "he")


# --- a Hebrew claim given to a speaker the source never names -------------------------------

HE_PARK = "רשות הטבע והגנים ממליצה שלא להגיע בזמן הקרוב לגן הלאומי פלמחים, בשל עומס במקום.\n"


def test_a_hebrew_speaker_the_source_never_names_is_an_attribution_fault(guard: Guard) -> None:
    brief = "רשות הטבע והגנים ממליצה שלא להגיע בזמן הקרוב לגן הלאומי פלמחים, בשל עומס במקום."
    assert "attribution" not in kinds(guard, HE_PARK, brief, "he")
    moved = brief.replace("רשות הטבע והגנים", "המשטרה")
    assert "attribution" in kinds(guard, HE_PARK, moved, "he")
    reported = "לפי הדיווח, מומלץ שלא להגיע בזמן הקרוב לגן הלאומי פלמחים בשל עומס."
    assert "attribution" not in kinds(guard, HE_PARK, reported, "he")

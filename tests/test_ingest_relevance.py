"""Relevance scoring: prefixes, co-occurrence, section hints, page text, configuration."""

from __future__ import annotations

import pytest

from bot.ingest.relevance import RelevanceScorer
from bot.settings import RelevanceSettings

DEFAULT = RelevanceScorer(RelevanceSettings())


def terms_of(text: str) -> list[str]:
    """Every term found in ``text`` (counted or not), by its configured spelling."""
    return [t.removesuffix(" (alone)") for t in DEFAULT.score(title=text).terms]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Israeli troops entered Rafah on Monday", "Rafah"),
        ("ISRAELI officials said", "Israel*"),
        ("The IDF said", "IDF"),
        ("talks on the west  bank settlements", "West Bank"),
        ("وبالقدس اليوم", "القدس"),
        ("زار للقدس", "القدس"),
        ("وقال الفلسطينيون", "فلسطين*"),
        ("في غزةَ المحاصرة", "غزة"),  # with a diacritic
        ("قصف على غزه", "غزة"),  # ta marbuta written as ha
        ("وبغزة", "غزة"),
        ("عقوبات على مستوطنين", "مستوطن*"),  # without the article
        ("هجوم المستوطنين", "مستوطن*"),  # with it
        ("للأسرى", "أسرى"),  # ل + ال drops the alef
        ("ואמר כי ברצועת עזה", "עזה"),
        ("שיגור מעזה", "עזה"),
        ("וכשבעזה", "עזה"),
        ("דובר צה״ל מסר", 'צה"ל'),  # gershayim
        ("ג׳נין", "ג'נין"),  # geresh
        ("הפלסטינים", "פלסטיני*"),
        ("בכרם שלום", "כרם שלום"),
    ],
)
def test_terms_are_found_with_their_prefixes(text: str, term: str) -> None:
    assert term in terms_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grand Theft Auto sales rose",
        "Coronavirus deaths in New York",
        "حبوب وفواكه",
        "בית משפט השלום",
        "",
    ],
)
def test_unrelated_text_matches_nothing(text: str) -> None:
    result = DEFAULT.score(title=text)
    assert (result.relevant, result.score, result.terms) == (False, 0, ())


def test_whole_words_only() -> None:
    scorer = RelevanceScorer(RelevanceSettings(keywords={"en": ["Gaza"], "ar": ["x"], "he": ["y"]}))
    assert "Gaza" not in scorer.score(title="Gazan officials").terms
    assert scorer.score(title="Gaza's hospitals").terms == ("Gaza",)


@pytest.mark.parametrize(
    "title",
    [
        "WATCH: Israeli fox hunts tiny shrew in rare footage",
        "Israeli teachers' strikes are harming our children",
        "نتنياهو يخضع لعملية زرع جهاز لتنظيم ضربات القلب",
        "إسرائيل تسجل أدنى معدل تضخم منذ عامين",
        "נתניהו אושפז להשתלת קוצב לב",
        "קפריסין הודיעה: ישראלים יוכלו להיכנס למדינה",
    ],
)
def test_a_country_or_leader_alone_is_not_enough(title: str) -> None:
    assert not DEFAULT.score(title=title).relevant


def test_a_lone_term_counts_nothing_and_says_so() -> None:
    fox = DEFAULT.score(title="WATCH: Israeli fox hunts tiny shrew in rare footage")
    assert (fox.score, fox.terms, fox.matched_terms) == (0, ("Israel* (alone)",), ("Israel*",))


@pytest.mark.parametrize(
    "title",
    [
        'Netanyahu responds to Iran: "whoever threatens Israel with annihilation"',
        "نتنياهو يرفض إقامة دولة فلسطينية بعد الحرب",
        'נתניהו מגיב לאיראן: "מי שמאיים על ישראל בהשמדה שם עצמו בסכנה דומה"',
    ],
)
def test_terms_count_together(title: str) -> None:
    result = DEFAULT.score(title=title)
    assert result.relevant and result.score >= 3
    assert not any(t.endswith("(alone)") for t in result.terms)


@pytest.mark.parametrize(
    "title",
    [
        "Russia fires missile barrage at Kyiv; sirens sound across Ukraine",
        "روسيا تقصف كييف بالصواريخ والمسيرات",
        "רוסיה תקפה את קייב במטח טילים",
    ],
)
def test_war_vocabulary_needs_the_conflicts_actors(title: str) -> None:
    result = DEFAULT.score(title=title)  # another war: its vocabulary counts nothing
    assert not result.relevant and result.score <= 0
    assert any(t.endswith("(alone)") for t in result.terms)


def test_one_keyword_is_enough() -> None:
    for title in ("Gaza hospital runs out of fuel", "قصف على خان يونس", "ירי רקטות מעזה"):
        assert DEFAULT.score(title=title).relevant


def test_section_hints_from_the_link_and_the_categories() -> None:
    title = "المنتخب الفلسطيني يحقق تأهلا تاريخيا في كأس آسيا"
    assert DEFAULT.score(title="Gaza club opens a new stadium").relevant
    sport = DEFAULT.score(
        title="Gaza club opens a new stadium", url="https://example.com/sport/2024/gaza-club"
    )
    assert not sport.relevant and "section:sport" in sport.terms
    by_category = DEFAULT.score(title="Gaza club opens a new stadium", categories=["Sports"])
    assert not by_category.relevant and "section:sports" in by_category.terms
    # One hint, however many times a section says it.
    both = DEFAULT.score(
        title="Gaza club opens a new stadium", url="https://x.org/sports/a", categories=["Sport"]
    )
    assert both.score == sport.score
    assert not DEFAULT.score(title=title, url="https://www.aljazeera.net/sport/2024/1/1/x").relevant
    # Opinion only weighs a little: a conflict column stays a conflict column.
    opinion = DEFAULT.score(title="After the war in Gaza", url="https://x.org/opinion/after")
    assert opinion.relevant and "section:opinion" in opinion.terms
    title = "Israel and the Palestinians: what comes next"
    plain = DEFAULT.score(title=title, url="https://www.jpost.com/israel-news/article-1")
    filed = DEFAULT.score(title=title, url="https://www.jpost.com/arab-israeli-conflict/article-1")
    assert not plain.relevant and filed.relevant
    assert filed.score == plain.score + 2 and "section:arab-israeli-conflict" in filed.terms


def test_categories_and_page_text_count_less_than_the_title() -> None:
    in_title = DEFAULT.score(title="Gaza")
    in_category = DEFAULT.score(title="A day in the south", categories=["Gaza"])
    in_page = DEFAULT.score(title="A day in the south", page_text="... Gaza ...")
    assert in_title.score == 4.0
    assert in_category.score == 1.0 and not in_category.relevant
    assert in_page.score == 2.0 and not in_page.relevant
    # A page about the conflict names it more than once.
    article = "Hamas said talks in Cairo would resume. Troops remained in Gaza."
    assert DEFAULT.score(title="Talks resume", page_text=article).relevant


def test_weights_threshold_and_extra_terms_come_from_the_config() -> None:
    settings = RelevanceSettings(
        terms={"en": {"Sinai": 2.0, "Israel*": 3.0}},
        context_terms={"en": {"smuggling": 1.0}},
        sections={"opinion": 0, "letters": -5},
        threshold=4.0,
    )
    scorer = RelevanceScorer(settings)
    assert settings.terms["en"]["Jerusalem"] == 1.0  # built-in terms stay
    assert not DEFAULT.score(title="Smuggling tunnels under Sinai").relevant
    assert scorer.score(title="Smuggling tunnels under Sinai").score == 4.0  # 2 + 1 + 1
    assert scorer.score(title="Israel and Sinai").relevant  # 3 + 2 >= 4
    assert not scorer.score(title="Israel and Sinai", url="https://x.org/letters/1").relevant
    assert "section:opinion" not in scorer.score(title="Gaza", url="https://x/opinion/a").terms


def test_patterns_and_min_matches() -> None:
    settings = RelevanceSettings(patterns={"en": [r"\bpeace talks?\b"]}, min_matches=2)
    scorer = RelevanceScorer(settings)
    assert scorer.score(title="Peace talks were held").relevant is False  # one term only
    result = scorer.score(title="Peace talks on Gaza were held")
    assert result.relevant
    assert set(result.matched_terms) == {"Gaza", r"\bpeace talks?\b"}


def test_empty_language_list_keeps_the_defaults() -> None:
    settings = RelevanceSettings(keywords={"en": ["Sinai"], "ar": [], "he": []})
    assert settings.keywords["en"] == ["Sinai"]
    assert "غزة" in settings.keywords["ar"]
    assert "עזה" in settings.keywords["he"]


def test_bad_pattern_is_a_config_error() -> None:
    with pytest.raises(ValueError, match="bad pattern"):
        RelevanceSettings(patterns={"en": ["(unclosed"]})


RELEVANT_PAGES = {
    "trafilatura__theintercept.com-Gaza.html",
    "newspaper4k__wired_001.westbank.html",
    "trafilatura__uebermedien.de-Israel.html",  # an essay on the debate about Israel and Hamas
    "anyway__ynet_0-7340-L-5735210-00.html",  # Nasrallah on Palestine
    "anyway__ynet_0-7340-L-5735195-00.html",  # Netanyahu answers Iran
    "anyway__walla_3648139.html",  # hostile aircraft alert in the Galilee
}


def test_default_scoring_on_the_real_pages() -> None:
    from bot.ingest.extract import ExtractedArticle, extract_article
    from bot.settings import FetchSettings
    from tests.auxil.realworld import REALWORLD, of_kind

    if not REALWORLD.is_dir():
        pytest.skip(f"real-world corpus not found at {REALWORLD}")
    relevant = set()
    for page in of_kind("page"):
        article = extract_article(page.path.read_bytes(), page.original_url, FetchSettings())
        if (
            isinstance(article, ExtractedArticle)
            and (
                DEFAULT.score(title=article.title, url=page.original_url, page_text=article.text)
            ).relevant
        ):
            relevant.add(page.name)
    # Not relevant: New York and COVID, a royal interview, film awards, colonial Berlin, a
    # Syrian battle, a court case in Givatayim, a Washington state judge, a Sudanese
    # activist's interview that mentions Israel, a German essay on the debate about
    # Israel, a brush fire near a settlement, the prime minister's flu.
    assert relevant == RELEVANT_PAGES


@pytest.mark.parametrize("split", ["labelled1", "labelled2", "labelled3"])
def test_the_labelled_set_meets_the_target(split: str) -> None:
    """The default configuration keeps >= 90% precision and recall in each language on the
    labelled set (bench/relevance.py prints the details and the errors). labelled2 was held
    out for the first round and tuned on in the second; labelled3 was held out until the
    third."""
    from bench.relevance import load_labels, measure, new_decider
    from tests.auxil.realworld import REALWORLD

    if not REALWORLD.is_dir():
        pytest.skip(f"real-world corpus not found at {REALWORLD}")
    decide = new_decider()
    assert decide is not None
    results = measure(load_labels(split=split), decide, "language")
    for language in ("en", "ar", "he"):
        counts = results[language]
        assert counts.precision is not None and counts.precision >= 0.9, language
        assert counts.recall is not None and counts.recall >= 0.9, language


@pytest.mark.parametrize(
    "title",
    [
        "Rockets hit Sderot and Ashkelon, sirens sound across the south",
        "Anti-tank missile strikes a house in Metula",
        "صفارات الإنذار تدوي في نهاريا بعد إطلاق صواريخ",
        "אזעקות בקריית שמונה: שני טילים יורטו",
        "نزوح آلاف من سكان القطاع بعد غارات ليلية",  # القطاع: the Strip
        "לוחם נפל בדרום הרצועה",  # the Strip, and a soldier fallen
        "הטבח בעוטף: שנה אחרי",  # Oct. 7 in the Gaza envelope
        "UN Relief and Works Agency warns its schools will close",  # UNRWA's full names
        "وكالة غوث وتشغيل اللاجئين تعلق عملها",
        'סוכנות הסעד של האו"ם תפסיק לפעול',
        "محكمة العدل الدولية تعقد جلسة بشأن الإبادة",  # the ICJ genocide case
        "Smotrich freezes funds to the PA over terror payments",  # the Palestinian Authority
        "Freed prisoners arrive in Beitunia as the exchange goes on",
        "الأسرى المحررون يصلون إلى قلقيلية",
        "אזעקות בגליל העליון",  # sirens in the Galilee
        "Two killed in shooting attack at Jerusalem bus stop",
        "سرايا القدس تتبنى إطلاق صواريخ",  # an armed wing, not the city
        "الجيش الإسرائيلي يعلن مقتل جندي في معارك",
        "Families of hostages rally in Tel Aviv",
        "רקטה נפלה בשטח פתוח ליד שדרות",
    ],
)
def test_second_round_vocabulary(title: str) -> None:
    """Border towns with sirens or rockets, the Strip by its nickname, Oct. 7, UNRWA's full
    name, the courts, the PA, prisoners: each a conflict story without a main keyword."""
    assert DEFAULT.score(title=title).relevant, DEFAULT.score(title=title)


@pytest.mark.parametrize(
    "title",
    [
        "Sderot mayor opens a new public library",  # a border town without the war
        "Eilat hotels full for the holidays",
        "The ICJ rules on the maritime border between Guyana and Venezuela",
        "حرب الأسعار تضغط على القطاع الخاص",  # the private sector, not the Strip
        "نمو القطاع المصرفي في مصر",
        "רצועת החוף של תל אביב נפתחה לרוחצים",
        "Pittsburgh, PA, hosts a jazz festival",
        "Gunman killed after taking hostages at Texas bank",  # hostages of another story
        "مقتل رهائن في هجوم على فندق في مالي",
    ],
)
def test_second_round_vocabulary_alone_is_not_the_conflict(title: str) -> None:
    assert not DEFAULT.score(title=title).relevant, DEFAULT.score(title=title)


def test_a_negative_weight_cancels_a_sense() -> None:
    """``القطاع الخاص`` (weight -2) takes back what ``القطاع`` (the Strip, 2) adds."""
    sector = DEFAULT.score(title="حرب الأسعار تضغط على القطاع الخاص")
    strip = DEFAULT.score(title="حرب الأسعار تضغط على القطاع")
    assert "القطاع الخاص" in sector.terms and sector.score == strip.score - 2


def test_a_section_hint_does_not_veto_a_text_full_of_conflict_terms() -> None:
    title = "Netanyahu, Smotrich and Ben-Gvir clash over the war"
    url = "https://example.com/sport/2024/clash"
    kept = DEFAULT.score(title=title, url=url)
    assert kept.relevant and "section:sport" not in kept.terms
    always = RelevanceScorer(RelevanceSettings(section_veto_terms=0)).score(title=title, url=url)
    assert not always.relevant and "section:sport" in always.terms
    # Two or three terms are not "full of conflict terms" (4 by default): the hint counts.
    weak = DEFAULT.score(title="Netanyahu at the war museum", url=url)
    assert not weak.relevant and "section:sport" in weak.terms
    markets = DEFAULT.score(
        title="Israeli shekel rebounds as Iran tensions ease after war",
        url="https://example.com/business/shekel",
    )
    assert not markets.relevant and "section:business" in markets.terms


@pytest.mark.parametrize(
    "title",
    [
        "Airstrike hits tents in al-Mawasi, medics say",  # a Gaza area, with its article
        "Families in Deir el Balah shelter in tents",  # el-Balah / el Balah
        "Troops raid Tammun, three killed",  # a West Bank town
        "Drone strike near Bint Jbeil kills two",  # the Lebanon front without Hezbollah
        "UNIFIL says peacekeepers came under fire near the Blue Line",
        "רקטה שוגרה מדרום לבנון לעבר יישובי הצפון",
        "Macron: France will recognise a Palestinian state in September",
        "نتنياهو: لن نقبل بحل الدولتين",
        "وزير إسرائيلي يدعو إلى فرض السيادة على الضفة",  # الضفة: the West Bank, short
        "السلطة تطالب بالإفراج عن أموال المقاصة",  # the PA by its short name
        "חיילים נפצעו בקרב ברצועה",  # the Strip, with the preposition
        "נתניהו: נכיר במדינה פלסטינית? לעולם לא",
        "Why the war inquiry must be independent",
        'ח"כים מהקואליציה: לא נתמוך בוועדת חקירה ממלכתית',  # the Oct. 7 inquiry
        "Red Cross hands over remains of deceased hostage",
        "Settler violence surges during olive harvest, UN says",
        "Iran vows revenge after strikes on nuclear sites",
        "إسرائيل تعلن تسلم جثة رهينة",
        "الجيش اللبناني ينفذ خطة حصر السلاح جنوب الليطاني",
        "Strike on school sheltering displaced kills 12, civil defence says",
        "بريطانيا وكندا وأستراليا تعترف بدولة فلسطين",
        "Israel strikes Beirut's southern suburbs",
        "Ben-Gvir visits Temple Mount, drawing Jordanian condemnation",
        "Body of Thai hostage returned from the territory",  # AP's name for the Strip
        "מטוסי חיל האוויר תקפו בדרום לבנון",
    ],
)
def test_third_round_vocabulary(title: str) -> None:
    """Gaza and West Bank places, the Lebanon front, Palestinian statehood, the PA and the
    West Bank by their short names, the Strip, the war inquiry."""
    assert DEFAULT.score(title=title).relevant, DEFAULT.score(title=title)


@pytest.mark.parametrize(
    "title",
    [
        "Qatar mediates a ceasefire between Congo and the M23 rebels",  # a mediator only
        "Saudi-backed Yemeni government and Houthis swap prisoners",  # Yemen's own war
        "الحكومة اليمنية والحوثيون يتبادلون الأسرى",
        "כוחות הביטחון בהודו חיסלו מחבלים בקשמיר",  # terrorists in another conflict
        "הפגנה ברחוב עזה בירושלים נגד הרפורמה",  # Jerusalem's Gaza Street
        "قطع الطريق في شارع غزة بالقدس لأعمال القطار الخفيف",
        "שחקן מכבי עבר ניתוח לאחר קרע ברצועה הצולבת",  # a torn ligament, not the Strip
        "שחקן הפועל נפצע ברצועה בברך",
        "Witkoff meets Putin in Moscow on Ukraine peace plan",
        "Egyptian civil defence battles fire at Cairo market",
        "נתניהו תקף את היועצת המשפטית לממשלה",  # attacked in words
        "Floods hit southern Lebanon villages",
        "Jerusalem light rail Blue Line opens to passengers",
    ],
)
def test_third_round_other_wars_and_other_senses(title: str) -> None:
    assert not DEFAULT.score(title=title).relevant, DEFAULT.score(title=title)


def test_a_term_inside_a_longer_one_counts_once() -> None:
    """The West Bank is one name: "الضفة" (its short form) inside "الضفة الغربية" adds
    nothing, and says so; a negative term still cancels the sense it contains."""
    result = DEFAULT.score(title="موسم قطف الزيتون يبدأ في الضفة الغربية")
    assert "الضفة (within)" in result.terms and result.score == 4
    assert "الضفة" in result.matched_terms
    assert "القطاع الخاص" in DEFAULT.score(title="نمو القطاع الخاص في الأردن").terms


def test_war_vocabulary_needs_a_weighty_anchor() -> None:
    """A mediator's name (Qatar, 0.5) does not anchor a ceasefire; "Israel at War" as the
    entry's category does; ``context_anchor_weight`` is the operator's."""
    title = "Qatar says ceasefire talks resume after prisoner swap"
    assert not DEFAULT.score(title=title).relevant
    loose = RelevanceScorer(RelevanceSettings(context_anchor_weight=0.5))
    assert loose.score(title=title).relevant
    hostage = "Former hostage describes months in a tunnel"
    assert not DEFAULT.score(title=hostage).relevant
    assert DEFAULT.score(title=hostage, categories=["Israel at War"]).relevant

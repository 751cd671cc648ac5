"""Places a brief may name, in the three languages: countries (with their people's names)
and the region's capitals and main cities.

Arabic and Hebrew have no capitals to tell a place from a word, so a place is known by
its forms. Each entry is one place in English, Arabic and Hebrew, with the adjective and
the people's names ("Egyptian", مصري, מצרי): "Egyptian officials" name Egypt as surely as
"in Egypt" does. Gaza counts as Palestinian ("Gaza's health ministry" is often "وزارة
الصحة الفلسطينية"), Washington as the United States (the government by its seat). Arabic
and Hebrew forms are written bare: a proclitic (ال، و، ب / ה, ו, ב, מ, ל) may stand before
them. Words that are also common words are left out (الرياض "gardens", בירות "capitals",
الخليل "the friend", לוב in כלוב "a cage", רוסים in הרוסים "destroyed"); in English a
place is capitalised ("US", not "us").
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.text import fold, stems
from summarizer.languages import LANGUAGES

_PLACES: tuple[tuple[str, str, str], ...] = (
    (
        "israel israeli israelis",
        "إسرائيل إسرائيلي إسرائيلية إسرائيليون إسرائيليين",
        "ישראל ישראלי ישראלית ישראלים ישראליים ישראליות",
    ),
    (
        "palestine palestinian palestinians gaza gazan gazans",
        "فلسطين فلسطيني فلسطينية فلسطينيون فلسطينيين غزة غزي غزيون",
        "פלסטין פלסטיני פלסטינית פלסטינים פלסטיניים פלסטיניות עזה עזתי עזתים",
    ),
    ("egypt egyptian egyptians", "مصر مصري مصرية مصريون مصريين", "מצרים מצרי מצרית מצריים"),
    (
        "lebanon lebanese",
        "لبنان لبناني لبنانية لبنانيون لبنانيين",
        "לבנון לבנוני לבנונית לבנונים לבנוניים",
    ),
    ("syria syrian syrians", "سوريا سورية سوري سوريون سوريين", "סוריה סורי סורית סורים סוריים"),
    (
        "jordan jordanian jordanians",
        "الأردن أردني أردنية أردنيون أردنيين",
        "ירדן ירדני ירדנית ירדנים ירדניים",
    ),
    ("iraq iraqi iraqis", "العراق عراقي عراقية عراقيون عراقيين", "עיראק עיראקי עיראקית עיראקים"),
    ("iran iranian iranians", "إيران إيراني إيرانية إيرانيون إيرانيين", "איראן איראני איראנית"),
    (
        "turkey turkish turks",
        "تركيا تركي تركية أتراك",
        "טורקיה תורכיה טורקי טורקית טורקים תורכי תורכים",
    ),
    ("qatar qatari qataris", "قطر قطري قطرية", "קטאר קטארי קטארית"),
    ("saudi saudis", "السعودية سعودي سعوديون سعوديين", "סעודיה סעודי סעודית סעודים"),
    ("yemen yemeni yemenis", "اليمن يمني يمنية يمنيون", "תימן תימני תימנית תימנים"),
    ("russia russian russians", "روسيا روسي روسية روس", "רוסיה רוסי רוסית"),  # הרוסים: destroyed
    (
        "ukraine ukrainian ukrainians",
        "أوكرانيا أوكراني أوكرانية",
        "אוקראינה אוקראיני אוקראינית אוקראינים",
    ),
    (
        "us u.s. american americans washington",
        "أمريكا أميركا أمريكي أميركي أمريكية أميركية واشنطن",
        'ארה"ב אמריקה אמריקני אמריקאי אמריקנית אמריקאית וושינגטון',
    ),
    ("britain british uk", "بريطانيا بريطاني بريطانية", "בריטניה בריטי בריטית"),
    ("france french", "فرنسا فرنسي فرنسية", "צרפת צרפתי צרפתית"),
    ("germany german germans", "ألمانيا ألماني ألمانية", "גרמניה גרמני גרמנית"),
    ("sudan sudanese", "السودان سوداني سودانية سودانيون", "סודן סודני סודנית"),
    ("libya libyan libyans", "ليبيا ليبي ليبية", ""),  # לוב: כלוב, a cage
    ("tunisia tunisian", "تونس تونسي تونسية", "תוניסיה תוניסאי תוניסאית"),
    ("algeria algerian", "الجزائر جزائري جزائرية", "אלג'יריה אלג'ירי"),
    ("kuwait kuwaiti", "الكويت كويتي كويتية", "כווית כוויתי"),
    ("bahrain bahraini", "البحرين بحريني بحرينية", "בחריין בחרייני"),
    ("emirates emirati uae", "الإمارات إماراتي إماراتية", "האמירויות אמירתי"),
    ("cyprus cypriot", "قبرص قبرصي قبرصية", "קפריסין קפריסאי"),
    ("greece greek", "اليونان يوناني يونانية", "יוון יווני יוונית"),
    ("italy italian", "إيطاليا إيطالي إيطالية", "איטליה איטלקי איטלקית"),
    ("spain spanish", "إسبانيا إسباني إسبانية", "ספרד"),  # ספרדי: also Sephardi
    ("poland polish", "بولندا بولندي بولندية", "פולין פולני פולנית"),
    ("canada canadian", "كندا كندي كندية", "קנדה קנדי קנדית"),
    ("china chinese", "الصين صيني صينية", "סין סיני סינית"),
    ("japan japanese", "اليابان ياباني يابانية", "יפן יפני יפנית"),
    ("india indian", "الهند هندي هندية", "הודי הודית"),  # הודו: also "they admitted"
    ("pakistan pakistani", "باكستان باكستاني باكستانية", "פקיסטן פקיסטני"),
    ("afghanistan afghan", "أفغانستان أفغاني أفغانية", "אפגניסטן אפגני"),
    ("bangladesh", "بنغلاديش بنغلادش", "בנגלדש"),
    ("indonesia indonesian", "إندونيسيا إندونيسي إندونيسية", "אינדונזיה אינדונזי"),
    ("ethiopia ethiopian", "إثيوبيا إثيوبي إثيوبية", "אתיופיה אתיופי אתיופית"),
    ("uganda ugandan", "أوغندا أوغندي أوغندية", "אוגנדה"),
    ("chad chadian", "تشاد تشادي تشادية", "צ'אד"),
    ("somalia somali", "الصومال صومالي صومالية", "סומליה סומלי"),
    ("nigeria nigerian", "نيجيريا نيجيري نيجيرية", "ניגריה"),
    # the rest of the world a news brief names most: the Americas, Europe, Africa, Asia
    ("morocco moroccan moroccans", "المغرب مغربي مغربية", "מרוקו מרוקאי מרוקאית"),
    ("mexico mexican mexicans", "المكسيك مكسيكي مكسيكية", "מקסיקו מקסיקני מקסיקנית"),
    ("brazil brazilian brazilians", "البرازيل برازيلي برازيلية", "ברזיל ברזילאי ברזילאית"),
    ("argentina argentine argentinian", "الأرجنتين أرجنتيني", "ארגנטינה ארגנטינאי"),
    ("colombia colombian", "كولومبيا كولومبي", "קולומביה קולומביאני"),
    ("venezuela venezuelan", "فنزويلا فنزويلي", "ונצואלה ונצואלי"),
    ("netherlands dutch holland", "هولندا هولندي هولندية", "הולנד הולנדי הולנדית"),
    ("belgium belgian", "بلجيكا بلجيكي بلجيكية", "בלגיה בלגי בלגית"),
    ("sweden swedish swedes", "السويد سويدي سويدية", "שוודיה שוודי שוודית"),
    ("norway norwegian", "النرويج نرويجي نرويجية", "נורווגיה נורווגי נורווגית"),
    ("switzerland swiss", "سويسرا سويسري سويسرية", "שווייץ שווייצרי שווייצרית"),
    ("austria austrian", "النمسا نمساوي نمساوية", "אוסטריה אוסטרי אוסטרית"),
    ("portugal portuguese", "البرتغال برتغالي برتغالية", "פורטוגל פורטוגלי פורטוגלית"),
    ("serbia serbian serbs", "صربيا صربي صربية", "סרביה סרבי סרבית"),
    ("belarus belarusian", "بيلاروسيا بيلاروسي", "בלארוס בלארוסי"),
    ("australia australian", "أستراليا أسترالي أسترالية", "אוסטרליה אוסטרלי אוסטרלית"),
    ("korea korean koreans", "كوريا كوري كورية", "קוריאה קוריאני קוריאנית"),
    ("vietnam vietnamese", "فيتنام فيتنامي", "וייטנאם וייטנאמי"),
    ("philippines filipino", "الفلبين فلبيني", "הפיליפינים פיליפיני"),
    ("cameroon cameroonian", "الكاميرون كاميروني كاميرونية", "קמרון קמרוני קמרונית"),
    ("namibia namibian", "ناميبيا ناميبي ناميبية", "נמיביה נמיבי נמיבית"),
    ("ghana ghanaian", "غانا", "גאנה גאנאי"),
    ("kenya kenyan", "كينيا كيني كينية", ""),  # קניה: a purchase
    ("tanzania tanzanian", "تنزانيا تنزاني", "טנזניה טנזני"),
    ("rwanda rwandan", "رواندا رواندي", "רואנדה רואנדי"),
    ("senegal senegalese", "السنغال سنغالي", "סנגל סנגלי"),
    ("eritrea eritrean eritreans", "إريتريا إريتري", "אריתריאה אריתראי אריתראים"),
    ("congo congolese", "الكونغو كونغولي", "קונגו קונגולזי"),
    ("cairo", "القاهرة", "קהיר"),
    ("beirut", "بيروت", "ביירות"),
    ("damascus", "دمشق", "דמשק"),
    ("tehran", "طهران", "טהרן"),
    ("baghdad", "بغداد", "בגדאד בגדד"),
    ("doha", "الدوحة", "דוחא"),
    ("moscow", "موسكو", "מוסקבה"),
    ("london", "لندن", "לונדון"),
    ("paris", "باريس", "פריז"),
    ("ankara", "أنقرة", "אנקרה"),
    ("istanbul", "إسطنبول", "איסטנבול"),
    ("jerusalem", "القدس", "ירושלים"),
    ("khartoum", "الخرطوم", "חרטום"),
    ("juba", "جوبا", "ג'ובה"),
    ("ababa", "أبابا", "אבבה"),  # Addis Ababa, by its second word (as Tel Aviv by "aviv")
    ("rafah", "رفح", "רפיח"),
    ("jenin", "جنين", "ג'נין"),
    ("nablus", "نابلس", "שכם"),
    # the region's main cities beyond the capitals (Iraq, Syria, Lebanon, Israel, the West
    # Bank and Gaza): single-word forms only, none that is also a common word (حمص
    # "chickpeas", صور "pictures", שדרות "avenues", בצרה "in distress" are left out)
    ("mosul", "الموصل", "מוסול"),
    ("kirkuk", "كركوك", "כרכוכ"),
    ("erbil", "أربيل", "ארביל"),
    ("fallujah", "الفلوجة", ""),
    ("aleppo", "", "חאלב"),
    ("idlib", "إدلب", "אידליב"),
    ("latakia", "اللاذقية", "לטקיה"),
    ("daraa", "درعا", "דרעא"),
    ("haifa", "حيفا", "חיפה"),
    ("aviv", "أبيب", "תל-אביב"),
    ("ashkelon", "عسقلان", "אשקלון"),
    ("ashdod", "أسدود", "אשדוד"),
    ("eilat", "إيلات", "אילת"),
    ("netanya", "نتانيا", "נתניה"),
    ("sderot", "سديروت", ""),
    ("givatayim", "جفعاتايم", "גבעתיים"),
    ("herzliya", "هرتسليا", "הרצליה"),
    ("ramallah", "", "רמאללה"),
    ("jericho", "أريحا", "יריחו"),
    ("qalqilya", "قلقيلية", "קלקיליה"),
    ("nazareth", "الناصرة", "נצרת"),
    ("tiberias", "طبريا", "טבריה"),
    ("sidon", "صيدا", "צידון"),
    ("jabalia", "جباليا", "ג'באליה"),
    # Sudan's regions of war: "the Darfur war" told as "the Yemen war" moves the war.
    # (Towns and provinces the name checks already read stay out: a word of this table is
    # no longer read as a name, and "south of Hasakah" for "south of Ras al-Ain" is caught
    # only as one.)
    ("darfur", "دارفور", "דארפור"),
    ("kordofan", "كردفان", "קורדופן"),
)
_LANGS = LANGUAGES  # each row of the table lists its forms in this order: en, ar, he
ISRAEL = 0  # the first row
# plural and feminine endings of a people's name: مصريون، قطريين، לבנוניים، סורית
_ENDINGS = {"ar": ("ون", "ين", "ة"), "he": ("ים", "ית", "ות")}


def _bare(form: str, lang: str) -> str:
    """A form as the table compares it: folded, with the article ال taken off."""
    folded = fold(form)
    if lang == "ar" and folded.startswith("ال") and len(folded) > 4:
        return folded[2:]
    return folded


@lru_cache(maxsize=1)
def _forms() -> dict[str, dict[str, int]]:
    """Per language, each bare form and the place (its row in the table) it names."""
    out: dict[str, dict[str, int]] = {lang: {} for lang in _LANGS}
    for row, entry in enumerate(_PLACES):
        for lang, forms in zip(_LANGS, entry, strict=True):
            for form in forms.split():
                out[lang][_bare(form, lang)] = row
    return out


@lru_cache(maxsize=65536)
def place_of(word: str, lang: str) -> int | None:
    """The place a word names (an id, equal for all its forms in all three languages), or
    None when it names none of the table's places."""
    forms = _forms()[lang]
    if lang == "en":  # "US", not "us"; "Turkey", not "turkey"
        if not word[:1].isupper():
            return None
        key = fold(word).removesuffix("'s").removesuffix("’s")
        # a place written into a compound: "Qatar-brokered", "Iran-backed", "Gaza-based"
        return forms.get(key, forms.get(key.split("-", 1)[0]) if "-" in key else None)
    for option in stems(fold(word), lang):
        for bare in (option, *(option[: -len(s)] for s in _ENDINGS[lang] if option.endswith(s))):
            if bare in forms:
                return forms[bare]
    return None


def place_name(place: int) -> str:
    """The place's English name, for messages."""
    return _PLACES[place][0].split()[0]

"""Default relevance terms for the Israel–Gaza conflict in English, Arabic and Hebrew.

Kept free of imports so that the settings schema can use it without loading the fetcher.
Syntax (see ``bot/ingest/relevance.py``): whole words, case-insensitive; Arabic and Hebrew
attached prefixes are allowed automatically; a trailing ``*`` matches any word ending.

Three kinds of evidence, each replaceable in ``[relevance]``:

- ``DEFAULT_KEYWORDS``: names that belong to the conflict (places, armed groups, agencies
  of the conflict): one is enough.
- ``DEFAULT_TERMS``: weighted words that only count together with another term — a
  country, a leader, war vocabulary. "Israel" alone is not the conflict; "Israel",
  "Iran" and "threatens" together are.
- ``DEFAULT_SECTIONS``: words of a URL path or a ``<category>`` (sport, business, …) that
  move the score: a story filed under sport is not a conflict brief unless the conflict
  terms are overwhelming.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the annotations only: nothing is imported at run time
    from summarizer.languages import Language

# The tables are data, laid out several terms to a line: the formatter leaves them be.
# fmt: off
DEFAULT_KEYWORDS: dict[Language, tuple[str, ...]] = {
    "en": (
        "Gaza", "Hamas", "IDF", "West Bank", "Hezbollah", "Islamic Jihad", "Rafah", "Khan Younis",
        "Khan Yunis", "Jabalia", "Jenin", "Nablus", "Tulkarem", "Huwara", "UNRWA", "Sinwar",
        "Haniyeh", "Nasrallah", "Qassam", "Al-Aqsa", "Kerem Shalom", "Iron Dome", "October 7",
        "Oct. 7", "Shin Bet", "Israeli-Palestinian", "Palestinian Authority",
        # Gaza places, hospitals, corridors, and the Oct. 7 communities of the envelope.
        "Beit Hanoun", "Beit Lahia", "Nuseirat", "Deir al-Balah", "Shejaiya", "Kamal Adwan",
        "Al-Shifa", "Philadelphi", "Netzarim", "Kfar Aza", "Nir Oz", "Be'eri",
        "Gaza envelope", "UN Relief and Works Agency", "Oct 7", "October 7th", "Tulkarm",
        "Nova festival", "Hostages Square", "Hostages and Missing Families Forum",
        "Al-Quds Brigades", "Hostages Forum",
        # More of the Strip (towns, camps, hospitals, corridors) and of the West Bank.
        "Deir el-Balah", "Deir al Balah", "Bureij", "Maghazi", "Mawasi", "Tal al-Sultan",
        "Bani Suheila", "Abasan", "Khuza'a", "Shujaiya", "Shujaiyya", "Jabaliya", "Jabalya",
        "Beit Hanun", "Sheikh Radwan", "Tel al-Hawa", "Shati camp", "Nasser Hospital",
        "Al-Ahli Arab Hospital", "Al-Awda Hospital", "Indonesian Hospital", "Morag corridor",
        "GHF", "Nahal Oz", "Kissufim", "Tammun", "Qalandiya", "Silwad", "Sinjil",
        "Turmus Ayya", "Masafer Yatta", "Umm al-Khair", "al-Mughayyir", "Aqraba", "Qusra",
        "Hilltop Youth", "Judea and Samaria", "Evyatar", "Homesh",
        # The Lebanon front, and the politics of the conflict.
        "UNIFIL", "Radwan Force", "Radwan forces", "Shebaa Farms", "two-state",
        "war inquiry", "war's inquiry", "inquiry into the war",  # the Oct. 7 inquiry
        "state commission of inquiry", "hostage families", "hostages' families",
        "families of the hostages", "families of hostages", "deceased hostage*",
        "settler violence", "settler attack*", "pro-Palestinian", "pro-Israel",
        # Israel's prisons and camps for Palestinian detainees.
        "Sde Teiman", "Ofer prison", "Ofer military prison", "Ketziot",
    ),
    "ar": (
        "غزة", "حماس", "الاحتلال", "الضفة الغربية", "رفح", "خان يونس", "جباليا", "جنين", "نابلس",
        "طولكرم", "حوارة", "النصيرات", "دير البلح", "بيت لاهيا", "حزب الله", "الجهاد الإسلامي",
        "القسام", "الأقصى", "الأونروا", "السنوار", "هنية", "نصر الله", "مستوطن*", "كرم أبو سالم",
        "القبة الحديدية", "السلطة الفلسطينية",
        # الأونروا باسمها الكامل، مستشفيات غزة ومحاورها وأحياؤها.
        "وكالة غوث وتشغيل اللاجئين", "كمال عدوان", "مجمع الشفاء", "مستشفى الشفاء",
        "المعمداني", "بيت حانون", "الشجاعية", "محور فيلادلفيا", "نتساريم", "غلاف غزة",
        "سرايا القدس", "عرين الأسود",
        # مدن القطاع ومخيماته ومستشفياته، وقرى الضفة، وجبهة لبنان، وسياسة الصراع.
        "البريج", "المغازي", "المواصي", "تل السلطان", "بني سهيلا", "عبسان", "خزاعة",
        "الشيخ رضوان", "تل الهوى", "مخيم الشاطئ", "حي الزيتون", "مستشفى ناصر",
        "مجمع ناصر الطبي", "المستشفى الأهلي", "المستشفى الإندونيسي", "مستشفى العودة",
        "محور موراغ", "طمون", "قلنديا", "سلواد", "سنجل", "ترمسعيا", "مسافر يطا", "عقربا",
        "قصرة", "شبيبة التلال", "حركة فتح", "منظمة التحرير", "اليونيفيل", "قوة الرضوان",
        "مزارع شبعا", "حل الدولتين", "سجن عوفر", "سدي تيمان", "سجن النقب", "كتسيعوت",
        "لجنة تحقيق رسمية",
    ),
    "he": (
        "עזה", "חמאס", 'צה"ל', "הרשות הפלסטינית", "יהודה ושומרון", "הגדה המערבית", "חיזבאללה",
        "נסראללה", "רפיח", "חאן יונס", "ג'באליה", "ג'נין", "שכם", "חווארה", "טולכרם", 'אונר"א',
        "סינוואר", "הנייה", "ג'יהאד", "חטופים", "מחבל*", "פיגוע*", "כיפת ברזל", "צבע אדום",
        "כלי טיס עוין", "כרם שלום", "שבעה באוקטובר", "7 באוקטובר",
        # אונר"א בשמה המלא, בתי חולים, צירים ושכונות ברצועה.
        "סוכנות הסעד", "שיפא", "כמאל עדואן", "ציר פילדלפי", "ציר נצרים", "בית חאנון",
        "נוסייראת", "שג'אעייה", "דיר אל-בלח", "עוטף עזה",
        # "הרצועה", "ברצועה": בחדשות זו עזה (רצועה הצולבת, רצועת החוף: ראו למטה).
        "רצועה", "ח'אן יונס", "בית להיא", "ג'בליה", "שג'אעיה", "בית חנון", "מוואסי",
        "בוריג'", "מע'אזי", "תל א-סולטאן", "תל אל-סולטאן", "ציר מורג", "קלנדיה", "סילוואד",
        "תורמוס עיא", "מסאפר יטא", "נוער הגבעות", 'איו"ש', 'יוניפי"ל', "כוח רדואן",
        "חוות שבעא", "פתרון שתי המדינות", "כלא עופר", "שדה תימן", "כלא קציעות",
        "ועדת חקירה ממלכתית",  # since 2023: the October 7 inquiry
    ),
}

#: Who and where: each counts only together with another term.
DEFAULT_TERMS: dict[Language, dict[str, float]] = {
    "en": {
        "Israel*": 1.0, "Iran*": 1.0, "Leban*": 1.0, "Jerusalem": 1.0, "Tel Aviv": 1.0,
        "Netanyahu": 1.0, "Gallant": 1.0, "Ben-Gvir": 1.0, "Smotrich": 1.0, "Palestin*": 1.5,
        "Houthi*": 2.0, "Mossad": 1.5, "IAF": 1.5, "settler*": 2.0, "settlement*": 1.0,
        "Syria*": 0.5, "Yemen*": 0.5, "Qatar*": 0.5, "Egypt*": 0.5, "Galilee": 1.5,
        "Middle East": 0.5,
        "the Strip": 2.0, "PA": 1.5, "Abbas": 1.0, "Ramallah": 1.5, "Hebron": 1.5,
        "Qalqilya": 1.5, "Bethlehem": 1.0, "Jericho": 1.0, "Golan": 1.0, "Eilat": 1.0,
        "Beitunia": 2.0, "Tubas": 1.5, "Salfit": 1.5, "Nur Shams": 2.0, "Balata": 1.5,
        # Israeli towns near the Gaza and Lebanon borders: sirens, rockets, evacuees.
        "Kiryat Shmona": 2.0, "Metula": 2.0, "Nahariya": 1.5, "Shlomi": 1.5, "Sderot": 2.0,
        "Ashkelon": 1.5, "Netivot": 1.5, "Ofakim": 1.5,
        # The courts of the genocide and war-crimes cases.
        "ICJ": 2.0, "International Court of Justice": 2.0, "International Criminal Court": 2.0,
        "ICC": 1.0, "The Hague": 1.0,
        "the enclave": 2.0, "Zikim": 2.0, "Erez crossing": 2.0,
        "Dahiyeh": 2.0, "Allenby": 1.5, "Litani": 2.0, "Sinai": 0.5,
        "southern Lebanon": 1.5, "south Lebanon": 1.5, "Blue Line": 1.5, "Kfar Kila": 2.0,
        "Khiam": 2.0, "Naqoura": 2.0, "Bint Jbeil": 2.0, "Marjayoun": 2.0, "Nabatieh": 1.5,
        "Zeitoun": 1.5, "Beita": 1.5, "Area C": 1.5, "E1": 1.5, "Ma'ale Adumim": 2.0,
        "Gush Etzion": 2.0, "outpost*": 1.0, "Fatah": 2.0, "Mahmoud Abbas": 1.0,
        "Israeli forces": 1.5, "Israeli troops": 1.5, "Israeli army": 1.0, "Israeli military": 1.0,
        "yellow line": 1.5, "Board of Peace": 2.5, "international force": 2.0,
        "stabilization force": 2.0, "Security Council": 0.5, "20-point plan": 1.5,
        "Palestinian state": 3.0, "statehood": 1.5, "Knesset": 0.5, "clearance revenues": 2.0,
        "aid distribution": 2.0, "death penalty for terrorists": 2.0, "civil defence": 1.0,
        "civil defense": 1.0, "nuclear": 1.0, "Witkoff": 1.0, "Kushner": 0.5,
        "Sharm el-Sheikh": 0.5, "the territory": 1.5, "southern suburbs": 2.0,
        "Temple Mount": 2.0, "northern communities": 2.0, "total victory": 2.0,
        # The Oct. 7 inquiry is war politics.
        "commission of inquiry": 2.0, "state commission": 2.0,
        # Other wars and other places of the same words count against: a Yemeni prisoner
        # swap, a Congo ceasefire, militants in Kashmir, Jerusalem's Gaza Street.
        "Yemen's government": -4.0, "Yemeni government": -4.0, "government of Yemen": -4.0,
        "civil war": -2.0, "Congo*": -2.0, "M23": -2.0, "Kashmir*": -2.0, "Pakistan*": -2.0,
        "Sudan*": -2.0, "RSF": -2.0, "Darfur": -2.0, "Ukrain*": -2.0, "Kyiv": -2.0,
        "Myanmar": -2.0, "Ethiopia*": -2.0, "Tigray": -2.0, "Somali*": -2.0, "Armenia*": -2.0,
        "Azerbaijan*": -2.0, "Libya*": -2.0, "Haiti*": -2.0, "Colombia*": -2.0,
        "Afghan*": -2.0, "municipal elections": -2.0, "light rail": -2.0, "Gaza Street": -4.0,
        "Azza Street": -4.0,
    },
    "ar": {
        "إسرائيل*": 1.0, "إيران*": 1.0, "لبنان": 1.0, "القدس": 1.0, "تل أبيب": 1.0,
        "رام الله": 1.0, "نتنياهو": 1.0, "غالانت": 1.0, "بن غفير": 1.0, "سموتريتش": 1.0,
        "فلسطين*": 2.0, "الحوثي*": 2.0, "الخليل": 1.5, "القطاع": 2.0, "الاستيطان": 2.0,
        "مجلس الحرب": 2.0, "المحتل*": 1.5, "سوريا": 0.5, "اليمن": 0.5, "قطر": 0.5, "قطري*": 0.5,
        "مصر": 0.5, "مصري*": 0.5, "الجليل": 1.5, "المقاومة": 1.5, "فصائل": 1.0,
        # القطاع: 2، إلا قطاعات الاقتصاد (وزن سالب يلغيه).
        "القطاع الخاص": -2.0, "القطاع العام": -2.0, "القطاع المصرفي": -2.0,
        "القطاع المالي": -2.0, "القطاع السياحي": -2.0, "القطاع الزراعي": -2.0,
        "القطاع الصناعي": -2.0, "القطاع العقاري": -2.0, "القطاع النفطي": -2.0,
        "عباس": 0.5, "بيتونيا": 2.0, "البيرة": 1.0, "قلقيلية": 1.5, "طوباس": 1.5,
        "سلفيت": 1.5, "أريحا": 1.0, "بيت لحم": 1.0, "نور شمس": 2.0, "بلاطة": 1.5,
        "الفارعة": 1.5, "الجولان": 1.0, "إيلات": 1.0, "كريات شمونة": 2.0, "المطلة": 2.0,
        "نهاريا": 1.5, "سديروت": 2.0, "عسقلان": 1.5, "العدل الدولية": 2.0,
        "الجنائية الدولية": 2.0, "لاهاي": 1.0,
        "الليطاني": 2.0, "سيناء": 0.5,
        "زيكيم": 2.0, "الضاحية الجنوبية": 2.0,
        "الضفة": 2.0, "الضفة الأخرى": -2.0, "السلطة": 1.0, "أموال المقاصة": 2.5,
        "فرض السيادة": 2.0, "الكنيست": 1.0, "الدولة الفلسطينية": 3.0, "دولة فلسطين": 3.0,
        "بيتا": 1.5,
        "المغير": 1.5, "جنوب لبنان": 1.5, "الجنوب اللبناني": 1.5, "الخط الأزرق": 2.0,
        "كفركلا": 2.0, "العديسة": 2.0, "الناقورة": 2.0, "بنت جبيل": 2.0, "مرجعيون": 2.0,
        "النبطية": 1.5, "الخيام": 1.0, "القوات الإسرائيلية": 1.5, "الجيش الإسرائيلي": 1.5,
        "الجيش اللبناني": 1.0, "الخط الأصفر": 2.0, "قوة الاستقرار": 2.0, "مجلس السلام": 1.5,
        "مجلس الأمن": 0.5, "خطة ترامب": 1.5,  "مراكز التوزيع": 1.5,
        "نقاط التوزيع": 1.5, "مراكز توزيع": 1.5, "نقاط توزيع": 1.5, "حصر السلاح": 1.5,
        "النصر المطلق": 2.0, "القطاع الصحي": -2.0, "القطاع التعليمي": -2.0,
        "القطاع الحكومي": -2.0, "القطاع التجاري": -2.0, "القطاع الرياضي": -2.0,
        "الدفاع المدني": 1.0, "نووي*": 1.0, "ويتكوف": 1.0, "كوشنر": 0.5, "شرم الشيخ": 0.5,
        # حروب أخرى وأماكن أخرى للكلمات نفسها تُحسب ضدّ: تبادل أسرى في اليمن، شارع غزة.
        "الحكومة اليمنية": -4.0, "الحرب الأهلية": -2.0, "مأرب": -2.0, "تعز": -2.0,
        "الكونغو": -2.0, "السودان": -2.0, "الدعم السريع": -2.0, "دارفور": -2.0,
        "أوكرانيا": -2.0, "كييف": -2.0, "كشمير": -2.0, "باكستان": -2.0, "ميانمار": -2.0,
        "إثيوبيا": -2.0, "الصومال": -2.0, "ليبيا": -2.0, "الانتخابات البلدية": -2.0,
        "شارع غزة": -4.0, "القطار الخفيف": -2.0,
    },
    "he": {
        "ישראל*": 1.0, "איראן": 1.0, "איראני*": 1.0, "לבנון": 1.0, "ירושלים": 1.0, "תל אביב": 1.0,
        "נתניהו": 1.0, "גלנט": 1.0, "בן גביר": 1.0, "סמוטריץ'": 1.0, "פלסטין": 2.0,
        "פלסטיני*": 2.0, "חות'י*": 2.0, "מוסד": 1.0, 'שב"כ': 1.5, "שומרון": 1.0, "חברון": 1.5,
        "התנחלות": 2.0, "מתנחל*": 2.0, "סוריה": 0.5, "תימן": 0.5, "קטאר": 0.5,
        "מצרי*": 0.5, "גליל": 1.5, "קבינט": 1.0,
        'רש"פ': 2.0, "אבו מאזן": 2.0, "רמאללה": 1.5, "קלקיליה": 1.5, "יריחו": 1.0,
        "ביתוניה": 2.0, "טובאס": 1.5, "סלפית": 1.5, "נור א-שמס": 2.0, "בלאטה": 1.5,
        "גולן": 1.0, "אילת": 1.0, "עוטף": 2.0, "האג": 1.5, "בית הדין הבינלאומי": 1.5,
        "הר הבית": 2.0,
        # יישובי הגבול בצפון ובדרום: אזעקות, רקטות, מפונים.
        "קריית שמונה": 2.0, "קרית שמונה": 2.0, "מטולה": 2.0, "נהריה": 1.5, "שדרות": 1.5,
        "אשקלון": 1.5, "נתיבות": 1.0, "אופקים": 1.0, "בארי": 1.0, "ניר עוז": 1.0,
        "עסקת חילופי": 2.0, "עסקת החילופים": 2.0, 'רמטכ"ל': 1.0,
        "ועדת חקירה": 1.5, "שכול*": 1.0, "מחדל": 1.0, "הותר לפרסום": 1.0, "דרום לבנון": 1.5,
        "הקו הכחול": 2.0, "קו העימות": 2.0, "יישובי הצפון": 1.5, "הגבול הצפוני": 1.0,
        "כפר כלא": 2.0, "ח'יאם": 2.0, "נבטייה": 2.0, "בינת ג'בייל": 2.0, "נאקורה": 2.0,
        "זייתון": 1.5, "גוש עציון": 2.0, "מעלה אדומים": 1.5, "מאחז*": 1.5, "החלת ריבונות": 2.0,
        "ריבונות": 1.0, "שתי מדינות": 2.0, "מדינה פלסטינית": 3.0, "הקו הצהוב": 2.0,
        "מועצת השלום": 2.0,
        "כוח הייצוב": 2.0, "הכוח הבינלאומי": 1.5, "מתווה טראמפ": 2.0, "מתווה של טראמפ": 2.0,
        "תוכנית טראמפ": 1.5, "נקודות חלוקה": 1.5, "נקודת חלוקה": 1.5, "מרכז החלוקה": 1.5,
        "מרכזי החלוקה": 1.5, "מרכזי חלוקה": 1.5, "מרכז חלוקה": 1.5, "גרעין*": 1.0,
        "ויטקוף": 1.0, "קושנר": 0.5, "חיל האוויר": 1.5, "פיקוד העורף": 1.0,
        "ניצחון מוחלט": 2.0, "הניצחון המוחלט": 2.0, "הרשות": 1.0,
        # מלחמות אחרות ומקומות אחרים לאותן מילים נספרים נגד: מחבלים בקשמיר, רחוב עזה.
        "ממשלת תימן": -4.0, "מלחמת האזרחים": -2.0, "קשמיר": -3.0, "פקיסטן": -2.0,
        "אוקראינה": -2.0, "קייב": -2.0, "סודן": -2.0, "קונגו": -2.0, "רחוב עזה": -4.0,
        "רצועה הצולבת": -4.0, "רצועה צולבת": -4.0, "רצועת החוף": -2.0, "הרכבת הקלה": -2.0,
        "קרע ברצועה": -4.0, "רצועה בברך": -4.0,
    },
}

#: What happens (war vocabulary): counts only when a keyword or a term above names the
#: conflict's actors or places (a missile barrage on Kyiv is another war).
DEFAULT_CONTEXT_TERMS: dict[Language, dict[str, float]] = {
    "en": {
        "war": 1.0, "ceasefire": 1.0, "cease-fire": 1.0, "truce": 1.0, "hostage*": 2.0,
        "captives": 1.0, "rocket*": 1.0, "missile*": 1.0, "airstrike*": 1.0, "air strike*": 1.0,
        "drone*": 0.5, "troops": 1.0, "soldier*": 1.0, "terror*": 1.0, "gunmen": 1.0,
        "militant*": 1.0, "kill*": 1.0, "wounded": 1.0, "casualt*": 1.0, "bomb*": 1.0,
        "shelling": 1.0, "checkpoint*": 1.0, "blockade": 1.0, "genocide": 1.0, "occupied": 1.0,
        "annex*": 1.0, "Red Sea": 1.0, "detainee*": 0.5, "injured": 0.5, "attack*": 0.5,
        "strike*": 0.5, "stabbing": 1.0, "ramming": 1.0, "shot dead": 1.0, "evacuee*": 1.0,
        "raid*": 1.0, "sirens": 1.5, "intercept*": 1.0, "famine": 1.0, "humanitarian": 1.0,
        "tunnel*": 1.0, "annihilat*": 1.0, "occupation": 1.0,
        "massacre*": 1.0, "anti-tank": 1.0, "prisoner*": 1.0, "battle*": 1.0, "fallen": 0.5,
        "destroyed": 0.5, "day after": 0.5, "aid": 1.0, "displace*": 1.0, "retaliat*": 1.0,
        "revenge": 1.0, "truce talks": 1.0, "ceasefire talks": 1.0, "shooting attack": 1.0,
        "prisoner exchange": 2.0, "prisoner swap": 2.0, "inquiry": 1.0, "sovereignty": 0.5,
        "disarm*": 1.0, "malnutrition": 1.0, "starvation": 1.0, "hunger": 0.5, "rubble": 1.0,
        "mediator*": 1.0, "mediation": 1.0, "opened fire": 1.0, "warning shots": 1.0,
        "border communit*": 1.0, "border town*": 1.0, "reservist*": 1.0, "recogni*": 0.5,
        "tents": 0.5, "evacuat*": 0.5, "withdraw*": 0.5, "second phase": 1.0, "vow*": 0.5,
        "threat*": 0.5, "solidarity": 1.0,
    },
    "ar": {
        "حرب": 1.0, "العدوان": 1.5, "رهائن": 2.0, "وقف إطلاق النار": 1.0, "هدنة": 1.0,
        "التهدئة": 1.0, "أسرى": 2.0, "المحتجزين": 1.0, "الوسطاء": 1.0, "شهيد": 1.5, "شهداء": 1.5,
        "استشهاد": 1.5, "غارة": 1.0, "غارات": 1.0, "قصف": 1.0, "صاروخ*": 1.0, "صواريخ": 1.0,
        "مسيرة": 0.5, "مسيرات": 0.5, "جنود": 1.0, "قتلى": 1.0, "مقتل": 1.0, "جرحى": 1.0,
        "إصابات": 0.5, "الحصار": 1.0, "حاجز": 1.0, "اغتيال": 1.0, "نزوح": 1.0, "النازحين": 1.0,
        "المساعدات": 1.0, "الإبادة": 1.5, "تهجير": 1.5, "اقتحام*": 1.0,
        "مجزرة": 1.0, "مجازر": 1.0, "صفارات الإنذار": 1.5, "تدمير": 1.0, "المحررين": 0.5,
        "المحررون": 0.5, "معتقل*": 0.5, "سجون": 0.5, "مجاعة": 1.0, "المعابر": 1.0,
        "نازحون": 1.0, "نازحين": 1.0, "مداهمات": 1.0, "البحر الأحمر": 1.0, "أسير": 1.5,
        "جندي": 1.0, "جنديين": 1.0, "معارك": 1.0, "عملية طعن": 1.0, "عملية دهس": 1.0,
        "تبادل الأسرى": 2.0, "صفقة التبادل": 2.0, "إنساني*": 1.0, "المعبر": 1.0,
        "شاحنات": 0.5, "الجوع": 1.0, "سوء التغذية": 1.0, "الوساطة": 1.0, "الانسحاب": 0.5,
        "نزع السلاح": 1.0, "الأنقاض": 1.0, "بلدات حدودية": 1.0, "اعتراف": 1.0,
        "اعترف*": 1.0, "تعترف": 1.0, "يعترف": 1.0,
        "السيادة": 0.5, "الضم": 1.0, "رهينة": 2.0, "المرحلة الثانية": 1.0, "هجوم": 0.5,
        "تتوعد": 1.0, "يتوعد": 1.0, "توعد*": 1.0, "تضامن*": 1.0, "وقود": 0.5,
        "المستشفيات": 0.5,
    },
    "he": {
        "מלחמ*": 1.0, "לחימה": 1.0, "הפסקת אש": 1.0, "רקט*": 1.0, "טיל*": 1.0, "יירוט": 1.0,
        "יירט*": 1.0, "לוחם": 1.0, "לוחמים": 1.0, "חייל*": 1.0, "נהרג*": 1.0, "הרוג*": 1.0,
        "פצוע*": 0.5, "חוסל*": 1.0, "חיסול*": 1.0, "מטח*": 1.0, "שיגור*": 1.0, "שוגר*": 1.0,
        "אזעק*": 1.5, "מנהר*": 1.0, "תמרון": 1.0, "מילואים": 0.5, "כוחות הביטחון": 1.0,
        "טרור": 1.0, "מפונים": 1.0, "הומניטרי*": 1.0, "השמדה": 1.0, "סיוע": 0.5, "תקיפה": 0.5,
        "נפל": 1.0, "נפלו": 1.0, "נפלה": 1.0, "טבח": 1.5, "אסירים": 1.0, 'נ"ט': 1.0, "רצח עם": 1.0,
        "הפסקת האש": 1.0, "נופלים": 1.0, "רעב": 1.0, "תת-תזונה": 1.0, "שבי": 1.0,
        "חטוף": 1.0, "השלב השני": 1.0, "הכרה": 0.5, "פירוק": 0.5, "מפונ*": 0.5,
        "תקף": 0.5, "תקפו": 0.5, "תקפה": 0.5, "תקיפות": 1.0, "מאיימ*": 0.5,
    },
}

#: URL path words and ``<category>`` words, and what they add to the score.
DEFAULT_SECTIONS: dict[str, float] = {
    "arab-israeli-conflict": 2.0,
    "israel-at-war": 2.0,
    "israel at war": 2.0,
    "military": 0.5,
    "defense": 0.5,
    "sport": -3.0,
    "sports": -3.0,
    "business": -2.0,
    "ebusiness": -2.0,
    "economy": -2.0,
    "money": -2.0,
    "tech": -2.0,
    "technology": -2.0,
    "science": -2.0,
    "health": -2.0,
    "culture": -2.0,
    "arts": -2.0,
    "entertainment": -2.0,
    "music": -2.0,
    "film": -2.0,
    "food": -2.0,
    "travel": -2.0,
    "style": -2.0,
    "fashion": -2.0,
    "lifestyle": -2.0,
    "realestate": -2.0,
    "archaeology": -2.0,
    "podcast": -1.0,
    "opinion": -0.5,
}
# fmt: on


def default_keywords() -> dict[Language, list[str]]:
    """A fresh, mutable copy of :data:`DEFAULT_KEYWORDS` (a pydantic default factory)."""
    return {language: list(terms) for language, terms in DEFAULT_KEYWORDS.items()}


def default_terms() -> dict[Language, dict[str, float]]:
    """A fresh, mutable copy of :data:`DEFAULT_TERMS`."""
    return {language: dict(terms) for language, terms in DEFAULT_TERMS.items()}


def default_context_terms() -> dict[Language, dict[str, float]]:
    """A fresh, mutable copy of :data:`DEFAULT_CONTEXT_TERMS`."""
    return {language: dict(terms) for language, terms in DEFAULT_CONTEXT_TERMS.items()}


def default_sections() -> dict[str, float]:
    """A fresh, mutable copy of :data:`DEFAULT_SECTIONS`."""
    return dict(DEFAULT_SECTIONS)

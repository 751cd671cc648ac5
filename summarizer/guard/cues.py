"""Attribution cues: the words that say who says so, in English, Arabic and Hebrew.

A cue counts only when it can name a speaker: "according to estimates" and "on current
projections" have nobody behind them, and "told residents to leave" is part of the event,
not a report of what someone says.

This module finds the cues; speech_acts.py counts the ones a comparison of summary and
source weighs (cues that name a speaker, orders of the event), reading EN_CUES,
not_attribution_en and DIRECTIVE_VERB from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.ar_conjugation import PAST_CUES, conjugations
from summarizer.guard.cue_nouns import cue_options
from summarizer.guard.en_false_cues import not_attribution_en
from summarizer.guard.text import fold, stems, words

EN_CUES = re.compile(
    # (The look-ahead is every cue's first letter, or a pronoun before it, below: a word
    # that opens no cue is passed over at once, not tried against every cue.)
    r"\b(?=[acdefhimnpqrstuvw]|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s))"
    r"(?:according\s+to|said|says|say|saying|told|tells|tell"
    # "claimed the lives of two" is a death toll, not a claim
    r"|claim(?:s|ed|ing)?(?!\s+(?:the\s+)?(?:\w+\s+)?lives\b)"
    r"|report(?:s|ed|ing)?|stated|announc(?:ed|es|ing)|alleg(?:ed|es|ing|edly)"
    r"|accus(?:ed|es|ing)|den(?:ied|ies|y)|warn(?:ed|s|ing)|insist(?:ed|s|ing)"
    # "confirmed cases" is a count, not a confirmation by someone
    r"|confirm(?:ed|s|ing)(?!\s+(?:\S+\s+){0,3}?(?:cases?|caseload|deaths?|dead|infections?|toll|casualties)\b)"
    # "adding that ...", not "before adding a master's"
    r"|disclos(?:ed|es|ing)|added|adds|adding(?=\s+that\b|\s*[,:])|(?<!an )estimated"
    r"|recommend(?:ed|s)|advis(?:ed|es)"
    r"|cit(?:ed|es|ing)|quot(?:ed|ing)|describ(?:ed|es|ing)|acknowledg(?:ed|es|ing)"
    r"|argu(?:ed|es|ing)|assert(?:ed|s|ing)|emphasi[sz](?:ed|es|ing)|stress(?:ed|es)"
    r"|noted|wrote|writes|(?<=\bha[sd]\s)written|(?<=\bhave\s)written|testif(?:ied|ies)"
    # "In his words, the state was ...": the words are named as someone's
    r"|in\s+(?:his|her|their)\s+(?:own\s+)?words|in\s+the\s+words\s+of"
    r"|figures\s+from|data\s+from|responded|reaffirmed|vow(?:ed|s)|pledg(?:ed|es)"
    # a promise names its maker as a pledge does ("He also promised to protect ..."), not
    # "the promised aid" nor "a promising start"
    r"|(?<!\bthe\s)promis(?:ed|es)(?=\s+(?:to|that|not|\w+\s+(?:to|that))\b)"
    r"|promising(?=\s+(?:to|that|not)\b)"
    r"|condemn(?:ed|s)|critici[sz](?:ed|es)|urg(?:ed|es)|arguing"
    r"|in\s+a\s+statement|investigation\s+by"
    # a demand names its maker ("Miller called for a credible plan"), not "a man called Ali";
    # its participle too, the maker before it ("with Miller calling for a credible plan")
    r"|call(?:ed|s|ing)\s+for|demanded"
    # a label given in quotation marks names who gives it ("She called the reporting a
    # 'turning point'", "Meghan called her 'a good person'"), not "an app called 'Blue Wolf'"
    r"|call(?:ed|s|ing)\s+(?:him|her|them|it|(?:the|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:an?\s+|the\s+)?[\"“]"
    # "he made the prediction": a speech act named by its noun, with its speaker
    # or by another verb of a speaker a pronoun names ("He linked the prediction to ...")
    r"|(?:made|(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s))[a-z]{2,}ed)"
    r"\s+(?:the|these|those|his|her|their)\s+(?:prediction|remarks|comments"
    r"|claims?|statements?|allegations?|accusations?)"
    # "His prediction comes as ...": the speech act named with its speaker's possessive
    r"|(?:his|her|their)\s+(?:prediction|predictions|remarks|comments|statement))\b",
    re.IGNORECASE,
)
# Beliefs, admissions and findings are someone's too ("he believes NATO would ...", "the
# court found that ..."): they attribute, but their subject is as often a thing ("the
# decline suggested ...") as a speaker, so the speaker check does not read them.
_EN_VIEWS = re.compile(
    r"\b(?=[abcdefjmprs])"  # (the views' first letters, as in EN_CUES)
    r"(?:believ(?:e|es|ed|ing)|express(?:ed|es|ing)|admitt(?:ed|ing)|admits"
    r"|conced(?:ed|es)|predict(?:ed|s)|revealed|reveals|declared|maintain(?:ed|s)"
    r"|suggest(?:ed|s)|(?:ruled|found|concluded|determined|judged)\s+that)\b",
    re.IGNORECASE,
)

# Arabic and Hebrew cues, as word sequences; a proclitic (و، ف، ب / ו، ש، כ...) may be
# attached to the first word. Matching folds alef variants and strips vowel marks.
_AR_CUES = """
بحسب حسب وفقا وفق طبقا نقلا قال قالت قالوا يقول تقول يقولون أعلن أعلنت أعلنوا يعلن تعلن
أفاد أفادت أفادوا يفيد تفيد ذكر ذكرت ذكروا يذكر تذكر أكد أكدت أكدوا يؤكد تؤكد أشار أشارت
يشير تشير صرح صرحت يصرح زعم زعمت يزعم تزعم ادعى ادعت يدعي أوضح أوضحت أضاف أضافت أورد
أوردت نفى نفت ينفي حذر حذرت يحذر شدد_على شددت_على دعا دعت بيان اتهم
اتهمت يتهم أفيد قوله قولها لقول تعهد تعهدت يتعهد أدان أدانت انتقد انتقدت وصف وصفت
أوصى أوصت نصح نصحت اعتبر اعتبرت يرى ترى يرون رأى رأت روى روت رووا يروي تروي
دانت دانوا اقترح اقترحت اقترحوا يقترح تقترح مثل_لذلك ضرب_مثلا شدد_*_على شددت_*_على
جدد_*_التزام جددت_*_التزام جدد_*_تأكيد جددت_*_تأكيد جدد_*_دعوت جددت_*_دعوت
قائلا قائلة معتبرا معتبرة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة مضيفا مضيفة محذرا محذرة
حض حضت حضوا يحض تحض حث حثت حثوا يحث تحث يعتبر تعتبر يعتبرون يضيف تضيف
لفت_*_إلى لفتت_*_إلى يلفت_*_إلى تلفت_*_إلى لفت_إلى لفتت_إلى يلفت_إلى تلفت_إلى
يشدد_على تشدد_على يشدد_*_على تشدد_*_على متهما متهمة
وعد وعدت وعدوا داعيا داعية يصف تصف يصفون
نقل_*_عن نقلت_*_عن نقلوا_*_عن ينقل_*_عن تنقل_*_عن
نقل_*_=أن نقلت_*_=أن نقلوا_*_=أن ينقل_*_=أن تنقل_*_=أن
طالب طالبت طالبوا مطالبا مطالبة حديث_عن_أن أنباء_عن_أن تقارير_عن_أن
أخبر أخبرت أخبروا يخبر تخبر عزا عزت عزوا مرجعا مرجعة
أجاب أجابت أجابوا يجيب تجيب علل عللت عللوا برر بررت برروا
تحدث_*_=عن تحدثت_*_=عن تحدثوا_*_=عن
"""
_HE_CUES = """
לפי לדברי לטענת על_פי על-פי מסר מסרה מסרו נמסר מוסר מוסרת מוסרים הודיע הודיעה הודיעו
הודעה בהודעה אמר אמרה אמרו אומר אומרת אומרים טען טענה טענו טוען טוענת טוענים דיווח דיווחה
דיווחו דווח מדווח מדווחת מדווחים ציין ציינה ציינו הוסיף הוסיפה הוסיפו פרסם פרסמה פרסמו הבהיר
הבהירה הגיב הגיבה הגיבו הכריז הכריזה האשים האשימה הזהיר הזהירה הדגיש הדגישה אישר אישרה
הכחיש הכחישה כתב כתבה ציטט נשבע נשבעה התחייב התחייבה גינה גינתה
המליץ המליצה המליצו ממליץ ממליצה ממליצים סבור סבורה סבורים מעריך מעריכה מעריכים
לדבריו לדבריה לדבריהם לטענתו סיפר סיפרה סיפרו
לטענתה לטענתם לדעתו לדעתה הצהיר הצהירה הצהירו מצהיר מצהירה
הציע הציעה הציעו הסביר הסבירה הסבירו הביא_כדוגמה חזר_*_על חזרה_*_על חזר_על חזרה_על תיאר תיארה תיארו
הבטיח הבטיחה הבטיחו מתאר מתארת מתארים
השיב השיבה השיבו משיב משיבה נימק נימקה נימקו מנמק מנמקת
כינה כינתה כינו מכנה מכנים
כך_קבע כך_קבעה כך_קבעו כך_החליט כך_החליטה כך_החליטו כך_פסק כך_פסקה כך_פסקו
"""
# A noun of saying in the construct state ("הצהרת המנהיג כי", "X's declaration that") is
# bound to the speaker that follows it, as "לדברי" and "לטענת" are: it names who says so.
_HE_CUES += "הצהרת הודעת דברי טענת אזהרת\n"
# A speech given ("נאם", "נשא דברים", "את הדברים נשא"): its speaker spoke, as "אמר" says
_HE_CUES += "נאם נאמה נאמו נשא_*_דברים נשאה_*_דברים הדברים_נשא הדברים_נשאה\n"
_AR_VIEWS = """
يعتقد تعتقد يعتقدون اعتقد اعتقدت أعرب أعربت أعربوا اعترف اعترفت اعترفوا كشف كشفت كشفوا
توقع توقعت رجح رجحت قضت_بأن قضى_بأن خلص_إلى خلصت_إلى
خلص_*_إلى خلصت_*_إلى
"""
_HE_VIEWS = """
מאמין מאמינה מאמינים האמין האמינה חושב חושבת חושבים הביע הביעה הביעו חשף חשפה חשפו
הודה_כי הודתה_כי העריך העריכה העריכו קבע_כי קבעה_כי קבעו_כי פסק_כי פסקה_כי קבע_ש קבעה_ש
מצא_כי מצאה_כי מצאו_כי מצא_ש מצאה_ש מצאו_ש נקבע_כי נקבע_ש
"""


def _sequences(text: str) -> list[tuple[str, ...]]:
    return [tuple(fold(w).replace("-", "_").split("_")) for w in text.split()]


def _with_conjugations(cues: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The cues, and each past verb's cue again in its other persons and the present
    ("يوضح", "تنتقد" from "أوضح", "انتقد": ar_conjugation.py)."""
    out = list(dict.fromkeys(cues))
    for past in _sequences(PAST_CUES):
        out += [(form, *past[1:]) for form in sorted(conjugations(past[0]))]
    return list(dict.fromkeys(out))


CUE_WORDS = {"ar": _with_conjugations(_sequences(_AR_CUES)), "he": _sequences(_HE_CUES)}
_VIEW_WORDS = {"ar": _sequences(_AR_VIEWS), "he": _sequences(_HE_VIEWS)}


def has_cue(text: str, lang: str) -> bool:
    """Whether a text holds an attribution cue of its language."""
    return cue_count(text, lang) > 0


@lru_cache(maxsize=16384)
def cue_count(text: str, lang: str) -> int:
    """How many attribution cues a text holds (a noun such as "estimates" or a verb of
    the event such as "told residents to leave" is none: neither names who says so).
    (Cached: the checks ask it of the same words and sentences many times a check.)"""
    if lang == "en":
        views = len(_EN_VIEWS.findall(text))
        return views + sum(1 for m in EN_CUES.finditer(text) if not not_attribution_en(text, m))
    tokens = [fold(part) for w in words(text) for part in w.split("-") if part]
    return sum(
        cue_at(tokens, i, lang, views=True) and not _no_speaker(tokens, i, lang)
        for i in range(len(tokens))
    )


_AR_SPEAKERLESS = {
    fold(w)
    for w in [
        "تقديرات",
        "التقديرات",
        "إحصاءات",
        "الإحصاءات",
        "احصاءات",
        "توقعات",
        "التوقعات",
        "أرقام",
        "الأرقام",
    ]
}
_HE_SPEAKERLESS = {"הערכות", "ההערכות", "הערכה", "ההערכה", "תחזיות", "התחזיות"}


# "ويُذكر أن" (it is worth noting that): the impersonal passive, our own voice, nobody's word
_AR_IMPERSONAL = {fold(w) for w in ("يذكر", "ويذكر")}
_AR_THAT = {fold(w) for w in ("أن", "ان")}


def _no_speaker(tokens: list[str], i: int, lang: str) -> bool:
    """An Arabic or Hebrew cue whose subject is a noun of figures ("أفادت تقديرات",
    "לפי הערכות"), not someone, or an impersonal one ("ويُذكر أن")."""
    following = tokens[i + 1 : i + 3]
    if lang == "ar" and tokens[i] in _AR_IMPERSONAL and following[:1] and following[0] in _AR_THAT:
        return True
    nouns = _AR_SPEAKERLESS if lang == "ar" else _HE_SPEAKERLESS
    if lang == "ar" and following[:1] and _elative(following[0]) and not _frame(tokens[i]):
        following = following[1:]  # "تفيد آخر الإحصاءات": the noun after "latest" is it
    return any(t in nouns for t in following[:1]) or (
        lang == "he" and tokens[i] == "על" and any(t in nouns for t in following[1:2])
    )


# Arabic frames ("بحسب X", "وفق X"), which name where a claim comes from rather than
# a subject that speaks; attributed_clauses.py reads them too.
AR_FRAMES = frozenset(fold(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا"))


def _frame(token: str) -> bool:
    """Whether an Arabic cue token is a frame (the verb's subject test below is not for
    it: "وفق آخر الإحصاءات" names the figures' source as the frame's object)."""
    return bool({token, *stems(token, "ar")} & AR_FRAMES)


def _elative(token: str) -> bool:
    """An Arabic elative, the shape أفعل, which stands before the noun it grades ("أحدث
    التقديرات"): folded, four letters from alif, or three where the alif carries the
    root's own (آخر, أول, أهم: its second letter a madda or a doubled one)."""
    return token[:1] == "ا" and not token.startswith("ال") and len(token) in (3, 4)


_AR_TALKED = {fold(w) for w in ("تحدث", "تحدثت", "تحدثوا")}
# an addressee right after "تحدث": a conversation (with the writer, with someone) is told
# of, with what it was about, not a claim given to its speaker
_AR_TO_US = [[fold(w)] for w in ("إلينا", "إليه", "إليها", "إليهم", "لنا", "معنا", "معه", "معها")]


# "سجلت ولاية نيويورك 777 وفاة": a body's count of the dead, as "New York reported 777
# deaths" is; "سجل" with no figure after it ("سجل هدفا", "سجل الحادث") reports nothing.
_AR_RECORDED = {fold(w) for w in ("سجل", "سجلت", "سجلوا")}
RECORD_REACH = 6  # words after the verb that may hold the figure


def cue_at(tokens: list[str], i: int, lang: str, views: bool = False) -> bool:
    """Whether an Arabic or Hebrew cue (with ``views``: or a verb of belief or finding)
    starts at folded token i (looked up by its first word, the token or the token behind
    proclitics, instead of trying every cue). A cue word "ש" matches the proclitic ש of the
    next word (קבע שביצעה)."""
    token = tokens[i]
    options = {token} | {s for s in stems(token, lang) if len(s) >= 3}
    options = cue_options(token, options, lang)  # "الرأي العام" is no "رأى"
    if lang == "ar" and options & _AR_TALKED and tokens[i + 1 : i + 2] in _AR_TO_US:
        return False  # "تحدث إلينا عن المشهد": a talk with the writer, and its topic
    if lang == "ar" and options & _AR_RECORDED:
        return any(t[:1].isdigit() for t in tokens[i + 1 : i + 1 + RECORD_REACH])
    # a one-word view takes no relative ש: "מי שחושב" is anyone who thinks so
    bare = {token, token[1:]} if token[:1] in "وفו" else {token}
    index = (_ALL_INDEX if views else _CUE_INDEX)[lang]
    return any(
        _follows(tokens[i + 1 : i + len(cue) + GAP + 1], cue[1:])
        for option in options
        for cue, is_view in index.get(option, ())
        if not (is_view and len(cue) == 1 and option not in bare)
    )


def matches_at(tokens: list[str], i: int, cue: tuple[str, ...], lang: str) -> bool:
    return _first_word_matches(tokens[i], cue[0], lang) and _follows(
        tokens[i + 1 : i + len(cue) + GAP + 1], cue[1:]
    )


def _first_word_matches(token: str, cue: str, lang: str) -> bool:
    """The token is the cue, or the cue behind proclitics (وقال، ולדברי، שמסר)."""
    return token == cue or (len(cue) >= 3 and cue in stems(token, lang))


# What is tightened, not stressed: "شدد الحصار على", "شددت القيود على".
_TIGHTENED = {
    fold(w)
    for w in ("الحصار", "حصار", "القيود", "قيود", "الإجراءات", "إجراءات", "الرقابة", "الخناق")
}
GAP = 8  # words a cue's second part may stand after its first ("شدد المتحدث ... على")
# "نقل المرصد أن ..." reports; "نقلت الطواقم الجرحى إلى المستشفى بعد أن ..." moved people
# somewhere, and its "أن" heads a clause of time: a "أن" after these is no cue's complement.
_THAT_TAKEN = {fold(w) for w in ("إلى", "بعد", "قبل", "منذ", "دون", "بدون", "حتى")}
_THAT = "=" + fold("أن")


def _follows(tokens: list[str], rest: tuple[str, ...]) -> bool:
    """Whether the tokens after a cue's first word go on as the cue does. A "*" in a cue
    lets its subject stand between the verb and what completes it ("وشدد المتحدث باسم
    الوزارة على", "جدد نتنياهو التزامه"): the word after it may then carry suffixes,
    unless "=" marks it as a whole word ("تحدث" is also "occurs": "تحدث أعمال عنف")."""
    if "*" in rest:
        at = rest.index("*")
        if not _follows(tokens[:at], rest[:at]) or at + 1 >= len(rest):
            return False
        target = rest[at + 1]
        for t in tokens[at + 1 : at + 1 + GAP + 1]:
            if t in _TIGHTENED or (target == _THAT and t in _THAT_TAKEN):
                return False  # "شددت القوات الحصار على المدينة": tightened, not stressed
            if target.startswith("="):  # "تحدث المرصد عن", not "تحدث أعمال عنف"
                if t == target[1:]:
                    return True
            elif t.startswith(target) or t.startswith("ال" + target):
                return True
        return False
    tokens = tokens[: len(rest)]
    if len(tokens) != len(rest):
        return False
    # "קבע שביצעה" (found that she did) but not "קבע שלא להרשיע" (decided not to convict)
    return all(
        t == r or (r == "ש" and t.startswith("ש") and len(t) > 2 and t != "שלא")
        for t, r in zip(tokens, rest, strict=True)
    )


def _index(
    *groups: tuple[dict[str, list[tuple[str, ...]]], bool],
) -> dict[str, dict[str, list[tuple[tuple[str, ...], bool]]]]:
    out: dict[str, dict[str, list[tuple[tuple[str, ...], bool]]]] = {}
    for sequences, is_view in groups:
        for lang, cues in sequences.items():
            for cue in cues:
                out.setdefault(lang, {}).setdefault(cue[0], []).append((cue, is_view))
    return out


_CUE_INDEX = _index((CUE_WORDS, False))
_ALL_INDEX = _index((CUE_WORDS, False), (_VIEW_WORDS, True))

"""Attribution cues: the words that say who says so, in English, Arabic and Hebrew.

A cue counts only when it can name a speaker: "according to estimates" and "on current
projections" have nobody behind them, and "told residents to leave" is part of the event,
not a report of what someone says.
"""

from __future__ import annotations

import re

from summarizer.guard.text import fold, stems, words

_EN_CUES = re.compile(
    r"\b(?:according\s+to|said|says|say|saying|told|tells|tell"
    # "claimed the lives of two" is a death toll, not a claim
    r"|claim(?:s|ed|ing)?(?!\s+(?:the\s+)?(?:\w+\s+)?lives\b)"
    r"|report(?:s|ed|ing)?|stated|announc(?:ed|es|ing)|alleg(?:ed|es|ing|edly)"
    r"|accus(?:ed|es|ing)|den(?:ied|ies|y)|warn(?:ed|s|ing)|insist(?:ed|s|ing)"
    # "confirmed cases" is a count, not a confirmation by someone
    r"|confirm(?:ed|s|ing)(?!\s+(?:\S+\s+){0,3}?(?:cases?|caseload|deaths?|dead|infections?|toll|casualties)\b)"
    r"|disclos(?:ed|es|ing)|added|adds|(?<!an )estimated|recommend(?:ed|s)|advis(?:ed|es)"
    r"|cit(?:ed|es|ing)|quot(?:ed|ing)|describ(?:ed|es|ing)|acknowledg(?:ed|es|ing)"
    r"|argu(?:ed|es|ing)|assert(?:ed|s|ing)|emphasi[sz](?:ed|es|ing)|stress(?:ed|es)"
    r"|noted|wrote|writes|testif(?:ied|ies)|in\s+a\s+statement|investigation\s+by"
    r"|figures\s+from|data\s+from|responded|reaffirmed|vow(?:ed|s)|pledg(?:ed|es)"
    r"|condemn(?:ed|s)|critici[sz](?:ed|es)|urg(?:ed|es)|arguing)\b",
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
"""
_HE_CUES = """
לפי לדברי לטענת על_פי על-פי מסר מסרה מסרו נמסר מוסר מוסרת מוסרים הודיע הודיעה הודיעו
הודעה בהודעה אמר אמרה אמרו אומר אומרת אומרים טען טענה טענו טוען טוענת טוענים דיווח דיווחה
דיווחו דווח מדווח מדווחים ציין ציינה ציינו הוסיף הוסיפה הוסיפו פרסם פרסמה פרסמו הבהיר
הבהירה הגיב הגיבה הגיבו הכריז הכריזה האשים האשימה הזהיר הזהירה הדגיש הדגישה אישר אישרה
הכחיש הכחישה כתב כתבה ציטט נשבע נשבעה התחייב התחייבה גינה גינתה
המליץ המליצה המליצו ממליץ ממליצה ממליצים סבור סבורה סבורים מעריך מעריכה מעריכים
לדבריו לדבריה לדבריהם לטענתו סיפר סיפרה סיפרו
לטענתה לטענתם לדעתו לדעתה
"""
_CUE_WORDS = {
    "ar": [tuple(fold(w).split("_")) for w in _AR_CUES.split()],
    "he": [tuple(fold(w).replace("-", "_").split("_")) for w in _HE_CUES.split()],
}


def has_cue(text: str, lang: str) -> bool:
    """Whether a text holds an attribution cue of its language."""
    return cue_count(text, lang) > 0


def cue_count(text: str, lang: str) -> int:
    """How many attribution cues a text holds (a noun such as "estimates" or a verb of
    the event such as "told residents to leave" is none: neither names who says so)."""
    if lang == "en":
        return sum(1 for m in _EN_CUES.finditer(text) if not _not_attribution_en(text, m))
    tokens = [fold(part) for w in words(text) for part in w.split("-") if part]
    return sum(
        cue_at(tokens, i, lang) and not _no_speaker(tokens, i, lang) for i in range(len(tokens))
    )


# "according to estimates", "on current projections": figures with nobody behind them.
_SPEAKERLESS = re.compile(
    r"^\s+(?:(?:the|current|some|early|initial|preliminary|unofficial|latest|recent)\s+)?"
    r"(?:estimates|projections|calculations|statistics|reports)\b(?!\s+(?:of|from|by)\b)",
    re.IGNORECASE,
)
# "told residents to leave", "urged civilians to move south": an order, part of the event.
_DIRECTIVE = re.compile(r"^(?:\s+[\w'’-]+){1,5}?\s+to\s+(?!say\b)[a-z]+", re.IGNORECASE)
_DIRECTIVE_VERB = re.compile(r"told|tells?|warned|urg(?:ed|es)|advis(?:ed|es)", re.IGNORECASE)
_NOUN_BEFORE = re.compile(
    r"\b(?:a|the|media|news|press|unconfirmed|these|such|its|their|his|her|some)\s+$",
    re.IGNORECASE,
)


# "162,000 confirmed", "about 500 reported": a participle after a figure says what kind
# of count it is, not who says so.
_COUNT_PARTICIPLE = re.compile(r"confirmed|reported|estimated|alleged", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|dozen|dozens|hundreds|thousands))\s*$",
    re.IGNORECASE,
)


def _not_attribution_en(text: str, m: re.Match[str]) -> bool:
    cue, after = m.group(0), text[m.end() :]
    if _COUNT_PARTICIPLE.fullmatch(cue) and _FIGURE_BEFORE.search(text[: m.start()]):
        return True
    if cue.lower().startswith("according"):
        return _SPEAKERLESS.match(after) is not None
    if _DIRECTIVE_VERB.fullmatch(cue):
        head = after[:60]
        return _DIRECTIVE.match(head) is not None and " that " not in head
    if cue.lower().startswith("report") and _NOUN_BEFORE.search(text[: m.start()]):
        return re.match(r"\s+(?:by|from|of)\b", after) is None
    return False


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


def _no_speaker(tokens: list[str], i: int, lang: str) -> bool:
    """An Arabic or Hebrew cue whose subject is a noun of figures ("أفادت تقديرات",
    "לפי הערכות"), not someone."""
    following = tokens[i + 1 : i + 3]
    nouns = _AR_SPEAKERLESS if lang == "ar" else _HE_SPEAKERLESS
    return any(t in nouns for t in following[:1]) or (
        lang == "he" and tokens[i] == "על" and any(t in nouns for t in following[1:2])
    )


def cue_at(tokens: list[str], i: int, lang: str) -> bool:
    """Whether an Arabic or Hebrew cue starts at folded token i (looked up by its first
    word, the token or the token behind proclitics, instead of trying every cue)."""
    token = tokens[i]
    options = {token} | {s for s in stems(token, lang) if len(s) >= 3}
    index = _CUE_INDEX[lang]
    return any(
        tuple(tokens[i + 1 : i + len(cue)]) == cue[1:]
        for option in options
        for cue in index.get(option, ())
    )


def _matches_at(tokens: list[str], i: int, cue: tuple[str, ...], lang: str) -> bool:
    return _first_word_matches(tokens[i], cue[0], lang) and tuple(
        tokens[i + 1 : i + len(cue)]
    ) == tuple(cue[1:])


def _first_word_matches(token: str, cue: str, lang: str) -> bool:
    """The token is the cue, or the cue behind proclitics (وقال، ולדברי، שמסר)."""
    return token == cue or (len(cue) >= 3 and cue in stems(token, lang))


_CUE_INDEX: dict[str, dict[str, list[tuple[str, ...]]]] = {}
for _lang, _cues in _CUE_WORDS.items():
    for _cue in _cues:
        _CUE_INDEX.setdefault(_lang, {}).setdefault(_cue[0], []).append(_cue)

"""Find the numbers a text states, whatever way it writes them.

"1,200,000", "1.2 million", "١٫٢ مليون" and "1200000" are one value; "two hundred" is 200;
"hundreds of" or "عشرات" are a vague quantity (an order of magnitude), kept apart from
exact values. Texts must be :func:`summarizer.guard.text.normalize`-d first, which turns
Arabic-Indic digits and separators into ASCII ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from summarizer.guard.dates import ordinal_dates
from summarizer.guard.decades import decades
from summarizer.guard.text import WORD_RE, fold, stems

_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6,
    "ألف": 1e3, "الف": 1e3, "مليون": 1e6, "مليار": 1e9, "بليون": 1e9,
    "אלף": 1e3, "מיליון": 1e6, "מיליארד": 1e9,
    # Plurals after a count: "ثلاثة آلاف", "שלושת אלפים" (alone they are vague, below).
    "آلاف": 1e3, "ملايين": 1e6, "אלפים": 1e3, "אלפי": 1e3,
    # the accusative after a count: "٦٠ ألفاً" is 60,000 (alone, ألفا is 2,000)
    "ألفا": 1e3, "الفا": 1e3, "مليونا": 1e6, "مليارا": 1e9,
}  # fmt: skip
_ACCUSATIVE_SCALES = {"ألفا", "الفا", "مليونا", "مليارا"}
# "two dozen", "כשני תריסר": a count of dozens multiplies, as a count of hundreds does
_DOZENS = {"dozen", "תריסר", "תריסרים"}

_EN_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "one": 1,
}  # fmt: skip
# Multiples, which translations render as numbers ("threefold" is "פי שלושה").
_EN_MULTIPLES = {
    "twice": 2, "double": 2, "doubled": 2, "twofold": 2, "triple": 3, "tripled": 3,
    "threefold": 3, "fourfold": 4, "quadrupled": 4, "fivefold": 5, "tenfold": 10,
}  # fmt: skip
# duals of units of time: "على مدى عامين" is two years, "לאחר יומיים" after two days
_AR_TIME_DUALS = {
    "عامين": 2, "عامان": 2, "سنتين": 2, "سنتان": 2, "شهرين": 2, "شهران": 2, "يومين": 2,
    "يومان": 2, "أسبوعين": 2, "اسبوعين": 2, "ساعتين": 2, "ساعتان": 2,
    # decades, centuries, minutes and nights are spans of time too ("حكم عقدين")
    "عقدين": 2, "عقدان": 2, "قرنين": 2, "قرنان": 2, "دقيقتين": 2, "دقيقتان": 2,
    "ليلتين": 2, "ليلتان": 2,
}  # fmt: skip
_HE_TIME_DUALS = {
    "יומיים": 2, "שבועיים": 2, "חודשיים": 2, "שנתיים": 2, "שעתיים": 2, "דקותיים": 2,
}  # fmt: skip
_AR_WORDS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "اربع": 4, "اربعة": 4,
    "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    # the two of twelve ("اثنا عشر", "اثنتي عشرة"), a form no other number takes
    "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70,
    "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئتين": 200, "مئتان": 200, "أحد": 1, "إحدى": 1,
    # duals: "two thousand", "two hundred", "two million" in one word
    "مئتي": 200, "مائتي": 200, "مائتين": 200, "مائتان": 200, "مئتا": 200, "مائتا": 200,
    "ألفا": 2000, "الفا": 2000, "مليونا": 2e6,
    "ألفي": 2000, "ألفين": 2000, "ألفان": 2000, "الفي": 2000, "الفين": 2000, "الفان": 2000,
    "مليوني": 2e6, "مليونين": 2e6, "مليونان": 2e6,
    **_AR_TIME_DUALS,
    # accusative with tanween written as alif: "قتل ثلاثا منها", "ستا", "عشرا"
    "واحدا": 1, "ثلاثا": 3, "أربعا": 4, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "تسعا": 9,
    "عشرا": 10,
}  # fmt: skip
_HE_WORDS = {
    "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2,
    "שלושה": 3, "שלוש": 3, "שלושת": 3, "ארבעה": 4, "ארבע": 4, "ארבעת": 4,
    "חמישה": 5, "חמש": 5, "חמשת": 5, "שישה": 6, "שש": 6, "ששת": 6,
    "שבעה": 7, "שבע": 7, "שבעת": 7, "שמונה": 8, "שמונת": 8, "תשעה": 9, "תשע": 9,
    "תשעת": 9, "עשרה": 10, "עשר": 10, "עשרת": 10, "עשרים": 20, "שלושים": 30,
    "ארבעים": 40, "חמישים": 50, "שישים": 60, "שבעים": 70, "שמונים": 80, "תשעים": 90,
    "מאה": 100, "מאות": 100, "מאתיים": 200, "אלפיים": 2000, "תריסר": 12, "תריסרים": 12,
    **_HE_TIME_DUALS,
}  # fmt: skip
_WORDS: dict[str, Mapping[str, float]] = {"en": _EN_WORDS, "ar": _AR_WORDS, "he": _HE_WORDS}

# Vague quantities, by order of magnitude ("dozens" and "tens" are both 10).
_VAGUE = {
    "dozens": 10, "scores": 10, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "عشرات": 10, "مئات": 100, "آلاف": 1e3, "ألوف": 1e3, "ملايين": 1e6,
    "עשרות": 10, "מאות": 100, "אלפי": 1e3, "אלפים": 1e3, "מיליוני": 1e6,
}  # fmt: skip

# Number words that also mean something else right after certain words: "יום שני" is
# Monday, "באר שבע" a city, "الاثنين" Monday (which is why Arabic number words never lose
# the article ال when looked up).
_NOT_NUMBER_AFTER = {"שני": {"יום"}, "שבע": {"באר"}, "ששת": {"מלחמת"}}
_AR_NUMBER_CLITICS = ("و", "ف", "ب", "ل")
# Hebrew words that, with the article, are an ordinal or a noun rather than a number.
_NOT_DEFINITE = {"שני", "שתי", "מאה"}

_AR_TEEN_ORDINAL = re.compile(
    r"(?<!\w)[وفبل]{0,2}ال(?:حادي|حادية|ثاني|ثانية|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ة?"
    r"\s+عشر[ةه]?(?!\w)"
)
_DIGITS_RE = re.compile(
    r"(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    rf"(?:(?:\s|-)?({'|'.join(sorted(_SCALES, key=len, reverse=True))})(?!\w))?"
)


# Every English word that may open a number (a hyphenated one may too: "twenty-five").
_EN_OPENERS = frozenset({*_VAGUE, *_EN_WORDS, *_EN_MULTIPLES, *_SCALES})


def is_time_dual(span: str) -> bool:
    """Whether a number word is the dual of a unit of time (שבועיים, أسبوعين): a span of
    two, never a "two" that grammar alone adds."""
    folded = fold(span)
    return any(folded.endswith(fold(d)) for d in (*_AR_TIME_DUALS, *_HE_TIME_DUALS))


@dataclass(frozen=True)
class Number:
    """One number stated by a text: its value, how it was written, and the text itself."""

    value: float
    kind: str  # "digits", "word" or "vague"
    span: str

    @property
    def key(self) -> tuple[str, float]:
        """What two numbers must share to be the same: exact value, or vague magnitude."""
        return ("vague" if self.kind == "vague" else "exact", round(self.value, 6))


def _word_value(word: str, lang: str, previous: str) -> float | None:
    table = _WORDS[lang]
    lowered = word.lower()
    if lang == "en":
        if "-" in lowered:  # twenty-five; five-year; 26-year is digits
            parts = [_EN_WORDS.get(p) for p in lowered.split("-")]
            leading = [v for v in takewhile(lambda v: v is not None, parts) if v is not None]
            return float(sum(leading)) if leading else None
        return table.get(lowered, _EN_MULTIPLES.get(lowered))
    if lang == "he":
        teen = _hebrew_teen(word, previous)
        if teen is not None:
            return teen
    candidates = [word]
    if lang == "ar":
        candidates += [word[1:] for c in _AR_NUMBER_CLITICS if word.startswith(c) and len(word) > 3]
        # "مستشفيات غزة الثلاثين": a ten with the article is still a count (no day's name
        # is a ten, unlike الاثنين or الأحد)
        candidates += [
            c[2:]
            for c in candidates
            if c.startswith("ال")
            and (20 <= table.get(c[2:], 0) < 100 or _counts_definite_noun(c[2:], previous))
        ]
    else:
        candidates = stems(word, lang)
    for candidate in candidates:
        if candidate not in table or _names_a_day(candidate, previous, lang):
            continue
        if candidate in _NOT_DEFINITE and "ה" in word[: len(word) - len(candidate)]:
            continue  # השני "the second", המאה "the century"
        return float(table[candidate])
    return None


# The units three to ten, which follow a definite plural as its number ("اللاءات الثلاث",
# "الدول السبع"); no day's name is one of them (الثلاثاء and الأربعاء are other words).
_AR_DEFINITE_UNITS = frozenset(w for w, v in _AR_WORDS.items() if 3 <= v <= 10 and len(w) > 2)


def _counts_definite_noun(word: str, previous: str) -> bool:
    """An Arabic unit with the article that agrees with the definite noun before it: the
    noun's number ("السنوات الخمس" the five years), not an ordinal or a day."""
    bare = previous[1:] if previous[:1] in _AR_NUMBER_CLITICS else previous
    return word in _AR_DEFINITE_UNITS and bare.startswith("ال") and len(bare) > 4


# Hebrew teens: "שלושה-עשר", "שנים עשר", "שתים-עשרה"; the two of a teen is שנים / שתים,
# which alone is "years", so it counts only before its ten.
_HE_TEN_OF_TEEN = ("עשר", "עשרה")
_HE_TWO_OF_TEEN = ("שנים", "שתים", "שתיים")


def _hebrew_teen(word: str, previous: str) -> float | None:
    """A Hebrew teen in one hyphenated word, or the ten of one whose two came before."""
    if word in _HE_TEN_OF_TEEN and any(s in _HE_TWO_OF_TEEN for s in stems(previous, "he")):
        return 12.0  # "שנים עשר": the two before was no number on its own
    head, hyphen, tail = word.partition("-")
    if not hyphen or tail not in _HE_TEN_OF_TEEN:
        return None
    for stem in stems(head, "he"):
        unit = 2 if stem in _HE_TWO_OF_TEEN else _HE_WORDS.get(stem)
        if unit is not None and unit < 10:
            return 10.0 + unit
    return None


_HE_PLURAL_ENDINGS = ("ים", "ות", "י")  # "שני ילדים", "שתי בנות", "שני בתי ספר"


def _second_after_noun(word: str, following: str) -> bool:
    """Hebrew "שני" that is "second", after its noun ("תואר שני", a master's degree; "שלב
    שני בתוכנית"): the number two in that form stands before a plural noun ("שני ילדים",
    "שני בני הזוג")."""
    if not fold(word).endswith("שני") or "שני" not in stems(word, "he"):
        return False
    if _lookup(following, "he", _SCALES) is not None:
        return False  # "שני מיליון": two million
    if _is_dozen(following, "he"):
        return False  # "כשני תריסר": two dozen
    return not fold(following).endswith(_HE_PLURAL_ENDINGS)


def _is_dozen(word: str, lang: str) -> bool:
    options = [word.lower()] if lang == "en" else stems(word, lang)
    return any(o in _DOZENS for o in options)


def _names_a_day(candidate: str, previous: str, lang: str) -> bool:
    """ "יום שני" (Monday), "ליום שני", "באר שבע": the number word is part of a name; the
    word before may carry any proclitic."""
    before = _NOT_NUMBER_AFTER.get(candidate)
    return before is not None and any(s in before for s in stems(previous, lang))


def _lookup(word: str, lang: str, table: dict[str, float]) -> float | None:
    options = [word.lower()] if lang == "en" else stems(word, lang)
    if lang == "ar":
        options = [o for o in options if not o.startswith("ال")] + [
            o[2:] for o in options if o.startswith("ال")
        ]
    for option in options:
        if option in table:
            return table[option]
    return None


def find_numbers(text: str, lang: str = "en") -> list[Number]:
    """Every number in a normalised text: digits (with scale words), number words, vague."""
    return list(_find_numbers(text, lang))


@lru_cache(maxsize=4096)
def _find_numbers(text: str, lang: str) -> tuple[Number, ...]:
    found: list[Number] = []
    # 1 at each character a figure already read covers (a mark per character, not a list
    # of spans searched per figure: a text of many figures is read in one pass)
    taken = bytearray(len(text))
    spelled = decades(text, lang)  # "שנות השמונים של המאה ה-19": one figure, 1880
    for _, a, b in spelled:
        taken[a:b] = b"\x01" * (b - a)
    spelled += [d for d in ordinal_dates(text, lang) if not taken[d[1]]]
    for value, start, end in spelled:
        found.append(Number(value, "digits", text[start:end]))
        taken[start:end] = b"\x01" * (end - start)
    for m in _DIGITS_RE.finditer(text):
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            value *= _SCALES[m.group(3)]
        if taken[m.start()]:
            continue
        found.append(Number(value, "digits", m.group(0)))
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    if lang == "ar":  # "في السادسة عشرة من عمره": an ordinal, not the number ten
        for m in _AR_TEEN_ORDINAL.finditer(text):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    tokens = [(w.group(0), w.start(), w.end()) for w in WORD_RE.finditer(text)]
    i = 0
    while i < len(tokens):
        word, start, _ = tokens[i]
        if taken[start] or (lang == "en" and "-" not in word and word.lower() not in _EN_OPENERS):
            i += 1  # (an English word no table has opens no number: most words, skipped)
            continue
        previous = tokens[i - 1][0] if i else ""
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if lang == "he" and _second_after_noun(word, following):
            i += 1
            continue
        vague = _lookup(word, lang, _VAGUE)
        if vague is not None:
            magnitude, end, i = _vague_run(tokens, i, lang, vague)
            found.append(Number(magnitude, "vague", text[start:end]))
            continue
        total, current, j, end = 0.0, 0.0, i, start
        last_scale, group = 0.0, (i, start)  # the scale applied last; where its group ends
        while j < len(tokens):
            token, token_start, token_end = tokens[j]
            if j > i and text[end:token_start].strip(" -"):
                break  # punctuation between two words ends the number
            unit = _word_value(token, lang, previous if j == i else tokens[j - 1][0])
            scale = _lookup(token, lang, _SCALES) if token.lower() not in ("m", "bn") else None
            if current and scale is not None and token in _ACCUSATIVE_SCALES:
                unit = None  # "ستين ألفاً" is sixty thousand, not sixty and two thousand
            if unit is not None and unit == 100 and 0 < current < 10:
                current *= 100
            elif unit == 12 and 0 < current < 100 and _is_dozen(token, lang):
                current *= 12
            elif unit is not None:
                current += unit
            elif scale is not None and (current or j == i or tokens[j - 1][0].lower() == "a"):
                if total and scale >= last_scale:
                    # "مئة ألف ومئتي ألف": scales only fall within one figure, so a second
                    # thousand starts a second figure (100,000 and 200,000, not 300,000)
                    (j, end), current = group, 0
                    break
                total += (current or 1) * scale
                current, last_scale, group = 0, scale, (j + 1, token_end)
            elif lang == "en" and token.lower() == "and" and current and j + 1 < len(tokens):
                end = token_end
                j += 1
                continue
            else:
                break
            end = token_end
            j += 1
        if j > i:
            found.append(Number(total + current, "word", text[start:end]))
            i = j
        else:
            i += 1
    return tuple(found)


def _vague_run(
    tokens: list[tuple[str, int, int]], i: int, lang: str, magnitude: float
) -> tuple[float, int, int]:
    """Widen "tens of thousands" / "عشرات الآلاف" / "עשרות אלפי" into one magnitude."""
    end = tokens[i][2]
    j = i + 1
    if lang == "en" and j + 1 < len(tokens) and tokens[j][0].lower() == "of":
        j += 1
    if j < len(tokens):
        following = _lookup(tokens[j][0], lang, _VAGUE)
        if following is not None and following > magnitude:
            return magnitude * following, tokens[j][2], j + 1
    return magnitude, end, i + 1


def vague_matches(number: Number, values: list[Number]) -> bool:
    """Whether a vague quantity ("hundreds") is borne out by a number of the other text."""
    for other in values:
        if other.kind == "vague" and other.value == number.value:
            return True
        if other.kind != "vague" and 2 * number.value <= other.value < 10 * number.value:
            return True
    return False


def checked_numbers(text: str, lang: str) -> list[Number]:
    """The numbers a summary is held to: all but the word "one" (too idiomatic to check)
    and a number word that only refers back to people just named ("the two are")."""
    return [
        n
        for n in find_numbers(text, lang)
        if not (n.kind == "word" and (n.value == 1 or _refers_back(text, n, lang)))
    ]


# "the two are on different paths", "the three met on Monday": a number word with the
# article and a verb after it, where English refers to those just named; no new figure.
_EN_REFERRING = re.compile(
    r"\bthe\s+([a-z]+)\s+(?:are|were|have|had|will|would|could|can|did|do|also|later|then"
    r"|still|never|met|spoke|agreed|remain|remained)\b",
    re.IGNORECASE,
)


def _refers_back(text: str, number: Number, lang: str) -> bool:
    """Whether every use of this number word in the text is one that refers back."""
    if lang != "en" or " " in number.span:
        return False
    uses = re.findall(rf"\b{re.escape(number.span)}\b", text)
    back = [m for m in _EN_REFERRING.finditer(text) if m.group(1) == number.span]
    return len(back) == len(uses) > 0


def same_number(number: Number, others: list[Number]) -> bool:
    if number.kind == "vague":
        return vague_matches(number, others)
    return any(o.kind != "vague" and abs(o.value - number.value) < 1e-6 for o in others)

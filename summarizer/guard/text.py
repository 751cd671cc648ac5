"""Text helpers shared by the checks: sentences, words, quotes and clitic prefixes.

Everything here is plain regular expressions so that the guard stays cheap enough to run on
every brief. Arabic and Hebrew attach short words (and, the, in, to...) to the front of the
next word, so word lookups in those languages try the word with such a prefix removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from summarizer.guard.single_quotes import opens_single_quote, single_quote_end
from summarizer.text import ALEF_FOLD, is_abbreviation, next_visible, strip_marks

# Arabic-Indic and Extended Arabic-Indic (Persian) digits, mapped to ASCII digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Arabic thousands separator and decimal separator, as the ASCII ones.
_SEPARATORS = str.maketrans({"٬": ",", "٫": "."})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
# The three tables as one, read in one pass (no table maps a character onto another's key).
_ONE_PASS = str.maketrans(
    {
        chr(k): chr(k).translate(_DIGITS).translate(_SEPARATORS).translate(_APOSTROPHES)
        for k in {**_DIGITS, **_SEPARATORS, **_APOSTROPHES}
    }
)

_HEBREW_LETTER = "\u05d0-\u05ea"
_ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3"

# One word: letters (any script), digits, inner apostrophes/hyphens/gershayim.
WORD_RE = re.compile(r"[^\W_](?:[\w'\u05f4\u05f3\"-]*[^\W_])?")

#: The single letters written onto the next word as proclitics (conjunctions, prepositions,
#: Hebrew's article); Arabic's article ال is two letters, in ``_CLITICS`` below.
PROCLITIC_LETTERS = {"ar": "وفبلك", "he": "ובלמשהכ"}

# Proclitics: conjunction/preposition/article letters written onto the next word.
_CLITICS = {
    "ar": ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"),
    "he": (
        *("וכש", "ומה", "וב", "וה", "ול", "ומ", "וש", "שה", "שב", "של", "מה", "בה", "לה", "כש"),
        *("ו", "ה", "ב", "ל", "מ", "ש", "כ"),
    ),
}
MIN_STEM = 2


def normalize(text: str) -> str:
    """NFC, ASCII digits and separators, straight apostrophes, no vowel marks or tatweel."""
    if text.isascii() and "`" not in text:  # the tables and marks hold no other ASCII
        return text
    return strip_marks(unicodedata.normalize("NFC", text).translate(_ONE_PASS))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A comparison key: normalised, lower case, one alef, final ى as ي."""
    if word.isascii() and "`" not in word:  # English: only the case to fold
        return word.lower()
    return normalize(word).lower().translate(ALEF_FOLD)


def words(text: str) -> list[str]:
    """Words of a normalised text, in order (hyphenated Hebrew clitics like ו-3 split off;
    a quotation mark after an Arabic proclitic, بـ"الجيش, splits the clitic off too).
    (Cached: the checks read the same sentences' words again and again.)"""
    return list(_words(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return _read_words(text)


def last_words(text: str, end: int, count: int) -> list[str]:
    """``words(text[:end])[-count:]`` (``count`` >= 1), reading back only as far as those
    words: the words before each name of a long sentence cost the same as in a short one.
    (A word never holds a space, so the words after a space are read alike from there or
    from the start.)"""
    start, spaces = end, count + 1
    while True:
        for _ in range(spaces):
            start = text.rfind(" ", 0, start)
            if start < 0:
                return list(_read_words(text[:end])[-count:])
        found = _read_words(text[start + 1 : end])
        if len(found) >= count:
            return list(found[-count:])
        spaces *= 2


def _read_words(text: str) -> tuple[str, ...]:
    out = []
    for w in WORD_RE.findall(text):
        if '"' not in w:  # a match opens and closes with a letter or digit: nothing to strip
            out.append(w)
            continue
        for part in _QUOTE_IN_WORD.split(w):
            part = part.strip("-'\"")
            if part:
                out.append(part)
    return tuple(out)


def words_after(text: str, start: int, count: int) -> list[str]:
    """``words(text[start:])[:count]``, reading only as far as those words: a figure's
    next few words, in a long sentence of figures, cost the same as in a short one."""
    out: list[str] = []
    if count <= 0:
        return out
    for match in WORD_RE.finditer(text, start):  # (no look-behind: as if sliced at start)
        for part in _QUOTE_IN_WORD.split(match.group(0)):
            part = part.strip("-'\"")
            if part:
                out.append(part)
                if len(out) == count:
                    return out
    return out


# A '"' inside a word that is no Hebrew gershayim (צה"ל): an Arabic proclitic and a quote.
_QUOTE_IN_WORD = re.compile(
    f'(?<![{_HEBREW_LETTER}])"|"(?![{_HEBREW_LETTER}])|(?<=[{_ARABIC_LETTER}])"'
)


_NAME_CHAR = re.compile(r"[\w'’-]")

# A model or strain named with a number (Covid-19, F-16): a name, not a figure.
DESIGNATOR = re.compile(r"\b[A-Za-z]+-\d+\b")


def without_designators(text: str) -> str:
    """The text with every designator (Covid-19, F-16) blanked out."""
    return DESIGNATOR.sub(" ", text)


def word_before(text: str, end: int) -> list[str]:
    """The last run of letters, digits, apostrophes and hyphens in ``text[:end]`` as a
    one-item list, or []; read backwards from ``end``, so only that word's stretch is read."""
    stop = end
    while stop > 0 and _NAME_CHAR.match(text[stop - 1]) is None:
        stop -= 1
    start = stop
    while start > 0 and _NAME_CHAR.match(text[start - 1]) is not None:
        start -= 1
    return [text[start:stop]] if stop else []


def stems(word: str, lang: str) -> list[str]:
    """The word itself and the word with each possible proclitic removed (ar/he)."""
    return list(_stems(word, lang))


def folded_forms(word: str, lang: str) -> set[str]:
    """The folded word and its stems: the forms by which two words are the same word."""
    return set(_stems(fold(word), lang))


@lru_cache(maxsize=65536)
def _stems(word: str, lang: str) -> tuple[str, ...]:
    out = [word]
    for prefix in _CLITICS.get(lang, ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            out.append(word[len(prefix) :])
    return tuple(out)


# --- quotes -------------------------------------------------------------------------------

# A "quote" longer than this is taken for a stray mark pairing up with a far-away one.
MAX_QUOTE = 1200
_PAIRED_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}
# Marks that open and close alike, and abbreviate a Hebrew word between two of its letters
# (צה"ל, צה״ל): a quotation's marks only elsewhere (is_gershayim).
_STRAIGHT_QUOTES = '"״'


def is_gershayim(text: str, i: int) -> bool:
    """A '"' (or ״) between two Hebrew letters abbreviates a word (צה"ל), no quote mark;
    but one after a word's proclitic and before a whole word opens a quotation (ב"יום
    אל-קודס": an abbreviation's mark stands before its last letter)."""
    return (
        0 < i < len(text) - 1
        and re.match(f"[{_HEBREW_LETTER}]", text[i - 1]) is not None
        and re.match(f"[{_HEBREW_LETTER}]", text[i + 1]) is not None
        and not (_AFTER_PROCLITIC.search(text, 0, i) and _WHOLE_WORD.match(text, i + 1))
    )


_AFTER_PROCLITIC = re.compile(f"(?<![{_HEBREW_LETTER}])[בהוכלמש]{{1,2}}$")
_WHOLE_WORD = re.compile(f"[{_HEBREW_LETTER}]{{2,}}")


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' with a letter on both sides (Israel’s, don't) is an apostrophe, no quote."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted passage, quote marks included; unclosed quotes ignored."""
    return list(_quote_spans(text))


_QUOTE_MARK = re.compile("[" + re.escape(_STRAIGHT_QUOTES + "'" + "".join(_PAIRED_QUOTES)) + "]")


@lru_cache(maxsize=1024)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        mark = _QUOTE_MARK.search(text, i)  # any other character opens nothing: skip it
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        # (Closing marks are looked for no further than MAX_QUOTE: linear on a text of
        # unclosed quote marks.)
        limit = min(len(text), i + MAX_QUOTE + 1)
        if ch in _STRAIGHT_QUOTES and not is_gershayim(text, i):
            j = i + 1
            while j < limit and (text[j] != ch or is_gershayim(text, j)):
                j += 1
            if j < limit:
                spans.append((i, j + 1))
                i = j + 1
                continue
        elif ch == "'" and opens_single_quote(text, i):  # (normalised ‘ ’ are ' too)
            j = single_quote_end(text, i)
            if j != -1:
                spans.append((i, j + 1))
                i = j + 1
                continue
        elif ch in _PAIRED_QUOTES and not (ch == "‘" and _is_apostrophe(text, i)):
            close = _PAIRED_QUOTES[ch]
            j = text.find(close, i + 1, limit)
            while j != -1 and close == "’" and _is_apostrophe(text, j):
                j = text.find(close, j + 1, limit)
            if j != -1:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return tuple(spans)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


# --- sentences ----------------------------------------------------------------------------

_END = ".!?؟"


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it starts in the text it came from."""

    text: str
    start: int


def sentences(text: str) -> list[Sentence]:
    """Split into sentences at . ! ? ؟ and line breaks, never inside a quote.

    A full stop after an abbreviation (Dr., U.S.) or between digits (1.2) ends nothing.
    (Cached: every check splits the same brief and source again.)
    """
    return list(_sentences(text))


# A line break, an end mark, or a closing quote mark (_closes_quoted_sentence).
_CLOSING_MARKS = "\"”»״'’"
_SENTENCE_MARK = re.compile("[" + re.escape("\n" + _END + _CLOSING_MARKS) + "]")


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[Sentence, ...]:
    quotes = quote_spans(text)
    quoted = bytearray(len(text))  # 1 where a character is inside a quote
    for a, b in quotes:
        quoted[a:b] = b"\x01" * (b - a)
    quote_ends = {b for _, b in quotes}
    out: list[Sentence] = []
    start = 0

    def emit(end: int) -> None:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            out.append(Sentence(stripped, start + chunk.index(stripped[0])))

    i = 0
    while i < len(text):
        mark = _SENTENCE_MARK.search(text, i)  # any other character ends nothing: skip it
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "\n":
            emit(i)
            start = i + 1
        elif ch in _END and not quoted[i]:
            if ch == "." and _no_stop_at(text, i):
                i += 1
                continue
            j = i + 1
            while j < len(text) and (text[j] in _END or text[j] in _CLOSING_MARKS + ")"):
                j += 1
            if j >= len(text) or text[j].isspace():
                emit(j)
                start = j
                i = j
                continue
            i = j  # nothing in this run of marks ends a sentence: read it once
            continue
        elif _closes_quoted_sentence(text, i, quote_ends):
            # A quote that closes with its own full stop inside ends the sentence too.
            emit(i + 1)
            start = i + 1
        i += 1
    emit(len(text))
    return tuple(out)


def _closes_quoted_sentence(text: str, i: int, quote_ends: set[int]) -> bool:
    return (
        text[i] in _CLOSING_MARKS
        and i + 1 in quote_ends
        and i > 0
        and text[i - 1] in _END
        and (i + 1 >= len(text) or text[i + 1].isspace())
        and _next_starts_sentence(text, i + 1)
    )


def _no_stop_at(text: str, i: int) -> bool:
    """Whether the '.' at i belongs to a number or an abbreviation."""
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
    m = re.search(r"([A-Za-z.]+)$", text[max(0, i - 6) : i])
    if m:
        token = m.group(1).lower().strip(".")
        if is_abbreviation(token):
            return True
        if len(token) == 1 and token.isalpha() and text[i + 1 : i + 2].isalpha():
            return True  # initials such as U.S or J.R
    return False


def _next_starts_sentence(text: str, i: int) -> bool:
    return not next_visible(text, i).islower()


def script_of(text: str) -> str:
    """'he', 'ar' or 'en' (Latin or anything else): the script most letters are in."""
    he = len(re.findall(f"[{_HEBREW_LETTER}]", text))
    ar = len(re.findall(f"[{_ARABIC_LETTER}]", text))
    latin = len(re.findall("[A-Za-z]", text))
    best = max((latin, "en"), (he, "he"), (ar, "ar"))
    return best[1]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds the span ``start:end`` (by its end marks)."""
    first = max(text.rfind(mark, 0, start) for mark in ".!?؟") + 1
    ends = [i for i in (text.find(mark, end) for mark in ".!?؟") if i >= 0]
    return text[first : min(ends) + 1 if ends else len(text)]


_SPACES = re.compile(r"[ \t]{2,}")


def tidy(text: str) -> str:
    """Collapse the double spaces a dropped word can leave behind (a lexicon repair)."""
    return _SPACES.sub(" ", text)

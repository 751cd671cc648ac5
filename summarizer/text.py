"""The text toolkit: layout clean-up, boilerplate removal, sentences, hashing, letter folding.

Pure functions over strings, shared by every step of the pipeline and by the service's
ingestion (relevance keywords and fingerprints fold letters with :func:`fold_letters`).
One abbreviation list and one set of Arabic/Hebrew marks live here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Whole lines that are page furniture rather than article text, in our three languages.
# Written to stay linear on hostile lines: the leading and trailing runs of non-word
# characters and the white space before a fixed word are taken whole (possessive), and the
# byline shape, which a backtracking regex takes exponential time on ("by x and and and..."),
# is recognised by :func:`_is_byline`.
_BOILERPLATE_LINE = re.compile(
    r"""^(?:\W*?©.* | \W*+(?:
        read\s++(?:more|also|next)\b.{0,120} | related\s*+(?:articles|stories|coverage)?\s*+:? |
        (?:sign\s++up|subscribe)\b.* | .*\bnewsletters?\b.{0,80} | advertisement |
        follow\s++us\b.* | share\s++(?:this|on)\b.* | click\s++here\b.* |
        (?:additional\s++)?reporting\s++by\b.* | (?:writing|editing)\s++by\b.* |
        (?:photo|image|picture|video|credit)s?\s*+(?:credit)?\s*+:.* |
        (?:published|updated|posted|last\s++modified)(?:\s*+:\s|\s++).{0,60} |
        copyright\b.* | all\s++rights\s++reserved.* |
        اقرأ\s++(?:أيضا|أيضاً|المزيد).* | (?:اشترك|تابعونا|تابعنا)\b.* | شارك\b.{0,40} |
        (?:نُشر|نشر|تحديث|آخر\s++تحديث)\s*+:.* |
        קר(?:או|א)\s++עוד.* | (?:הירשמו|הרשמו|עקבו\s++אחרינו).* | לכתבה\s++המלאה.* |
        (?:פורסם|עודכן)\s*+:.*
    ))\W*+$""",
    re.IGNORECASE | re.VERBOSE,
)
# "By Jane Doe, John Smith and Ali Omar" (up to five words, then groups of up to four after
# each ",", "&" or "and"; an "and" may also be glued to a word).
_BYLINE_START = re.compile(r"\W*+(?:by|words\s++by)\s++(?=[\w.'’-])", re.IGNORECASE)
_BYLINE_CHARS = re.compile(r"[\w\s.'’,&-]*+")
_FIRST_GROUP, _LATER_GROUP = 5, 4


def _is_byline(line: str) -> bool:
    """Whether ``line`` is a byline, read in one pass over its characters.

    The states are the words seen in the current group (and whether it is the first one),
    inside a word or after white space, and the progress through a joining "and"; all the
    ways of reading an "and" (a name word or a joint) are followed at once, as a regular
    expression engine without backtracking would.
    """
    start = _BYLINE_START.match(line)
    if start is None or _BYLINE_CHARS.fullmatch(line, start.end()) is None:
        return False
    # (words in this group, group limit, where): where is "w" in a word, "s" after space.
    states: set[tuple[int, int, str]] = set()
    joint: set[str] = set()  # "a", "an": part of a joining "and"; "j": joined, word next
    first = True
    for ch in line[start.end() :]:
        word_char = _BYLINE_WORD.match(ch) is not None
        low = ch.lower()
        new: set[tuple[int, int, str]] = set()
        new_joint: set[str] = set()
        if first:
            new.add((1, _FIRST_GROUP, "w"))
            first = False
            states, joint = new, new_joint
            continue
        for count, limit, where in states:
            if word_char and where == "w":
                new.add((count, limit, "w"))
            elif word_char and count < limit:
                new.add((count + 1, limit, "w"))
            if ch.isspace():
                new.add((count, limit, "s"))
            if ch in ",&":
                new_joint.add("j")
            if low == "a":
                new_joint.add("a")
        if "a" in joint and low == "n":
            new_joint.add("an")
        if "an" in joint and low == "d":
            new_joint.add("j")
        if "j" in joint:
            if ch.isspace():
                new_joint.add("j")
            elif word_char:
                new.add((1, _LATER_GROUP, "w"))
        states, joint = new, new_joint
        if not states and not joint:
            return False
    return bool(states)


_BYLINE_WORD = re.compile(r"[\w.'’-]")

#: English calendar words, lower case: the guard reads them as dates, never as names.
MONTH_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
WEEKDAY_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)

#: Words whose full stop ends no sentence ("Dr.", "Gen.", "Jan."); U.S.-style initials are
#: recognised by their shape.
ABBREVIATIONS = MONTH_ABBREVIATIONS | frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "rep",
        "sen",
        "gov",
        "prof",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "approx",
        "dept",
        "est",
        "fig",
        "inc",
        "corp",
        "ltd",
        "co",
        "maj",
        "mt",
        "ft",
    ]
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def is_abbreviation(token: str) -> bool:
    """Whether a lower-case word before a full stop abbreviates (``dr``, ``jan``) or is a run
    of initials (``u.s``, ``e.g``): its full stop ends no sentence."""
    return token in ABBREVIATIONS or _INITIALS.fullmatch(token) is not None


# A sentence ends at . ! ? ؟ … (and closing quotes or brackets) followed by white space.
# A match starts only where a run of stops starts and takes runs whole, so that a line of
# dots is read once, not once per dot.
_SENTENCE_END = re.compile(r"(?<![.!?؟…])[.!?؟…]++[\"'”’»)\]]*+(?=\s)")
_NEXT_VISIBLE = re.compile(r"\s*+(\S?)")


def next_visible(text: str, start: int) -> str:
    """The first character at or after ``start`` that is no white space ("" at the end);
    reads only the white space in between, where ``text[start:].lstrip()`` copies the rest."""
    match = _NEXT_VISIBLE.match(text, start)
    return match.group(1) if match else ""


def remove_boilerplate(text: str) -> str:
    """Drop bylines, "Read more" links, newsletter prompts and repeated lines."""
    kept: list[str] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        if _BOILERPLATE_LINE.match(line) or _is_byline(line) or line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return "\n".join(kept).strip()


def _ends_sentence(text: str, end: int, dot_start: int) -> bool:
    """Whether the punctuation at ``dot_start:end`` really closes a sentence."""
    word_start = dot_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1  # back to the white space before the word: each word read once
    if text[dot_start] == "." and word_start < dot_start:
        token = text[word_start:dot_start].lower().strip("\"'“‘(")
        if is_abbreviation(token) or (len(token) == 1 and token.isalpha()):
            return False
    return not next_visible(text, end).islower()


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; paragraphs (line breaks) always end a sentence."""
    sentences: list[str] = []
    for paragraph in (line.strip() for line in text.split("\n")):
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            if _ends_sentence(paragraph, match.end(), match.start()):
                sentences.append(paragraph[start : match.end()].strip())
                start = match.end()
        sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def clean_layout(text: str) -> str:
    """NFC with collapsed white space: the form that is hashed and summarised."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    """SHA-256 of the article text with its layout cleaned (what the brief cache is keyed on).

    Case and punctuation count; :func:`words_hash` is the looser key of the words alone.
    """
    return hashlib.sha256(clean_layout(text).encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(text.split())


# --- letters: Arabic and Hebrew marks, letter variants, case ---------------------------

#: Arabic harakat, tanween, shadda, sukun, superscript alef, Quranic marks and tatweel;
#: Hebrew niqqud and cantillation.
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05c7]")

# Arabic letter variants unified (أ إ آ ٱ -> ا, ة -> ه, ى -> ي, ؤ -> و, ئ -> ي); Hebrew
# geresh/gershayim and curly quotes as ASCII ' and ".
#: Alef with hamza or madda (أ إ آ ٱ) as bare alef and final ى as ي: the folding that every
#: comparison of Arabic words starts from (the guard folds no further than this).
ALEF_FOLD: dict[int, str] = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_LETTERS = ALEF_FOLD | str.maketrans(
    {
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "\u05f3": "'",  # geresh
        "\u05f4": '"',  # gershayim
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)
# Hebrew maqaf and hyphens join words; keep them as spaces so "אל-קודס" splits evenly.
_NON_WORD = re.compile(r"[^\w'\"]+|(?<!\w)['\"]|['\"](?!\w)")


def strip_marks(text: str) -> str:
    """``text`` without Arabic diacritics and tatweel or Hebrew points (see :data:`MARKS`)."""
    return MARKS.sub("", text)


def fold_letters(text: str) -> str:
    """NFKC, no marks, unified letter variants, case-folded; punctuation kept.

    The form keyword matching runs on, so that "الأقصى", "الاقصى" and "الأَقْصَى" are one.
    """
    return strip_marks(unicodedata.normalize("NFKC", text)).translate(_LETTERS).casefold()


def folded_words(text: str) -> list[str]:
    """The words of ``text`` after :func:`fold_letters` (punctuation dropped, in-word ' and
    " kept)."""
    return _NON_WORD.sub(" ", fold_letters(text)).split()


def words_hash(text: str) -> str:
    """SHA-256 (hex) of :func:`folded_words`: spacing, case, marks and punctuation do not
    count (two copies of the same story are the same words)."""
    return hashlib.sha256(" ".join(folded_words(text)).encode()).hexdigest()

"""Text normalisation shared by keyword matching and fingerprints (en, ar, he).

Arabic loses its diacritics (harakat, shadda, sukun, superscript alef) and tatweel, and
its letter variants are unified (أ إ آ ٱ -> ا, ة -> ه, ى -> ي, ؤ -> و, ئ -> ي); Hebrew
loses niqqud and cantillation, and its geresh/gershayim become ASCII ' and ". Latin text is
case-folded. Word characters are kept, everything else becomes a space.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_HEBREW_MARKS = re.compile("[\u0591-\u05c7]")
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
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


def normalise_letters(text: str) -> str:
    """Case-fold and unify letters, keeping punctuation (used before regex matching)."""
    text = unicodedata.normalize("NFKC", text)
    text = _HEBREW_MARKS.sub("", _ARABIC_MARKS.sub("", text))
    return text.translate(_LETTERS).casefold()


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (punctuation dropped, in-word ' and " kept)."""
    return _NON_WORD.sub(" ", normalise_letters(text)).split()

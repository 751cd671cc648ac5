"""Names across scripts: is "الكحلوت" or "אל-כחלות" the "Al-Kahlout" of the English brief?

A name is reduced to a consonant skeleton in coarse sound classes (b/p/f/v, t/d, s/z/sh,
k/g/q/kh/j, l, m, n, r); vowels, h-like letters and the letters Arabic and Hebrew use for
vowels (ا و ي / א ו י ה ע) are dropped, as is an article (al-, ال, אל-). Two skeletons
match when they are equal, or one letter apart for longer names, which absorbs the usual
transliteration variants (Mustafa / مصطفى / מוסטפא, Skaik / سكيك / סכייכ).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.text import fold, stems

_LATIN_DIGRAPHS = {
    "sh": "S", "kh": "K", "ch": "K", "th": "T", "ph": "P", "gh": "K", "ts": "S", "tz": "S",
    "ck": "K", "dh": "T",
}  # fmt: skip
_LATIN = {
    "b": "P", "p": "P", "f": "P", "v": "P", "t": "T", "d": "T", "s": "S", "z": "S", "c": "K",
    "k": "K", "g": "K", "q": "K", "j": "K", "l": "L", "m": "M", "n": "N", "r": "R",
}  # fmt: skip
_ARABIC = {
    "ب": "P", "ف": "P", "ت": "T", "ث": "T", "ط": "T", "د": "T", "ذ": "T", "ض": "T", "ظ": "T",
    "س": "S", "ش": "S", "ص": "S", "ز": "S", "ج": "K", "ك": "K", "ق": "K", "غ": "K", "خ": "K",
    "ل": "L", "م": "M", "ن": "N", "ر": "R",
}  # fmt: skip
_HEBREW = {
    "ב": "P", "פ": "P", "ף": "P", "ת": "T", "ט": "T", "ד": "T", "ס": "S", "ש": "S", "צ": "S",
    "ץ": "S", "ז": "S", "ג": "K", "כ": "K", "ך": "K", "ק": "K", "ל": "L", "מ": "M", "ם": "M",
    "נ": "N", "ן": "N", "ר": "R",
}  # fmt: skip
_ARTICLE = re.compile(r"^(?:al-|el-|al |el |ال|אל-)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def skeleton(name: str) -> str:
    """The consonant skeleton of one word in any of the three scripts."""
    word = fold(name).replace("'", "").replace("\u05f3", "")
    stripped = _ARTICLE.sub("", word)
    word = stripped if len(stripped) >= 3 else word
    if word.isascii():
        out = []
        i = 0
        while i < len(word):
            pair = word[i : i + 2]
            if word[i : i + 3] == "sch":  # German and Yiddish sh: Schumer, Schulz (שומר)
                out.append("S")
                i += 3
                continue
            if pair in _LATIN_DIGRAPHS:
                out.append(_LATIN_DIGRAPHS[pair])
                i += 2
                continue
            if word[i] == "c" and word[i + 1 : i + 2] in ("e", "i", "y"):
                out.append("S")  # a soft c: Bruce, Cecil
            else:
                out.append("KS" if word[i] == "x" else _LATIN.get(word[i], ""))
            i += 1
        out = list("".join(out))
    else:
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in word)
        if arabic:  # تش writes the "ch" of Fauci, Bertucci: the Latin soft c, ts and tz
            word = word.replace("تش", "ش")
        table = _ARABIC if arabic else _HEBREW
        out = [table.get(ch, "") for ch in word]
    collapsed: list[str] = []
    for ch in out:
        if ch and (not collapsed or collapsed[-1] != ch):
            collapsed.append(ch)
    return "".join(collapsed)


def close(a: str, b: str) -> bool:
    """Equal skeletons, or (four letters or more) one edit apart."""
    if a == b:
        return bool(a)
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    return one_edit(a, b)


def one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1 :] for i in range(len(b)))


def token_skeletons(text_words: list[str], lang: str) -> set[str]:
    """Skeletons of every word of an Arabic or Hebrew text, with and without proclitics
    (وبيرنز، לברנע) and, for a hyphenated name (אל-כחלות), of each part."""
    out: set[str] = set()
    for word in text_words:
        for part in [word, *word.split("-")]:
            for option in stems(fold(part), lang):
                sk = skeleton(option)
                if sk:
                    out.add(sk)
    return out


_LATIN_ARTICLE = re.compile(r"^(?:al|el)-", re.IGNORECASE)
# The article written onto a name: ال, or אל- / א- (א-שיפא) in Hebrew.
_WRITTEN_ARTICLE = re.compile(r"^(?:ال|אל[-־]|א[-־])")
_HE_ARTICLE_WORDS = {"אל", "א"}


def has_article(name: str) -> bool:
    """Whether an English name carries the Arabic article (Al-Kahlot, El-Sisi)."""
    return _LATIN_ARTICLE.match(name) is not None


def article_skeletons(text_words: list[str], lang: str) -> set[str]:
    """Skeletons of the words of an Arabic or Hebrew text that carry the article, as a name
    with "Al-" is written there (الكحلوت, אל-כחלות, אל כחלות): a word without it that
    sounds alike ("יכולות", "could") is an ordinary word."""
    out: set[str] = set()
    for at, word in enumerate(text_words):
        previous = fold(text_words[at - 1]) if at else ""
        for option in stems(fold(word), lang):
            if _WRITTEN_ARTICLE.match(option) or previous in _HE_ARTICLE_WORDS:
                sk = skeleton(option)
                if sk:
                    out.add(sk)
    return out


# The letters that write a name's first vowel: Inslee is אינסלי, Omar عمر or עומר.
_VOWEL_LETTERS = {"he": "אעיו", "ar": "اأإآعيوى"}
_LATIN_VOWELS = "aeiou"


def vowel_skeletons(text_words: list[str], lang: str) -> set[str]:
    """Skeletons of the words of an Arabic or Hebrew text (with or without proclitics) that
    start with a letter that writes a vowel: only such a word can render a name that starts
    with one. "כשנשאלה" (when asked) has Inslee's skeleton, but no Inslee starts with נ."""
    letters = _VOWEL_LETTERS.get(lang, "")
    return {
        sk
        for word in text_words
        for option in stems(fold(word), lang)
        if option[:1] in letters and (sk := skeleton(option))
    }


def starts_with_vowel(name: str) -> bool:
    """Whether an English name starts with a vowel (written with a vowel letter in Arabic
    and Hebrew)."""
    return name[:1].lower() in _LATIN_VOWELS


# A name's final vowel is written in Hebrew with a vowel letter: Netanyahu נתניהו, Givati
# גבעתי, Dana דנה. A final silent English e ("Steve", סטיב) writes none.
_HE_FINAL_VOWEL_LETTERS = "אהויע"
_LATIN_FINAL_VOWELS = "aiouy"


def ends_with_vowel(name: str) -> bool:
    """Whether an English name ends in a sounded vowel."""
    return name[-1:].lower() in _LATIN_FINAL_VOWELS


def final_vowel_skeletons(text_words: list[str]) -> set[str]:
    """Skeletons of the words of a Hebrew text (with or without proclitics) that end in a
    vowel letter: only such a word can render a name that ends in a vowel. "ניתן" (it can
    be) has Netanyahu's skeleton, but ends in its consonant."""
    return {
        sk
        for word in text_words
        for option in stems(fold(word), "he")
        if option[-1:] in _HE_FINAL_VOWEL_LETTERS and (sk := skeleton(option))
    }

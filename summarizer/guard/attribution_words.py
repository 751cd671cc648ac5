"""The content words of a sentence as the attribution check compares them: folded, without
stop words, digits or (in Arabic and Hebrew) their longest proclitic."""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.text import fold, words

_EN_STOP_WORDS = """
a an the of in on at to for from by with and or but as is are was were be been being
has have had it its this that these those their his her they he she we our you your not
no into over after before since while amid during about than then also which who whom
whose what when where there here will would could should may might can more most some
any all such other
"""
_EN_STOP = set(_EN_STOP_WORDS.split())
_AR_STOP_WORDS = """
في من على إلى الى عن أن ان إن التي الذي الذين هذا هذه ذلك تلك مع بين قد كان كانت
"""
_AR_STOP = set(_AR_STOP_WORDS.split())
_HE_STOP_WORDS = """
של את על עם כי זה זו הוא היא הם הן לא גם אשר או כל אל אם יש אין כך
"""
_HE_STOP = set(_HE_STOP_WORDS.split())
_STOP = {"en": _EN_STOP, "ar": {fold(w) for w in _AR_STOP}, "he": {fold(w) for w in _HE_STOP}}


@lru_cache(maxsize=4096)
def content_words(text: str, lang: str) -> frozenset[str]:
    """Folded content words, with proclitics stripped in Arabic and Hebrew."""
    out = set()
    for word in words(text):
        folded = fold(word)
        if folded in _STOP[lang] or folded.isdigit():
            continue
        out.add(canonical(folded, lang))
    return frozenset(out)


_CANON_CLITICS = {
    "ar": ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"),
    "he": ("וה", "וב", "ול", "ומ", "וש", "שה", "ה", "ו", "ב", "ל", "מ", "ש", "כ"),
}


def canonical(word: str, lang: str) -> str:
    """A folded word without its longest proclitic (keeping at least three letters)."""
    for prefix in _CANON_CLITICS.get(lang, ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    if lang == "en" and word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word

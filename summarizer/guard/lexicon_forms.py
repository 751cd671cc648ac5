"""Inflected forms of a loaded word, so that a lexicon lists a word once and still catches
its other forms: an English possessive ("the regime's"), and the gender and number endings
of an Arabic or Hebrew adjective that the brief drops (دموي: الدموية، دمويين؛
אכזרי: אכזרית، אכזריים). Used by :mod:`summarizer.guard.lexicon`."""

from __future__ import annotations

from functools import lru_cache

# Endings an adjective takes for gender and number: feminine, plurals, dual.
_ENDINGS = {
    "ar": ("ات", "ون", "ين", "ان", "ة", "ا"),
    "he": ("יות", "יים", "ות", "ים", "ית", "ת", "ה"),
}
# A Hebrew final letter is written in its medial form once an ending follows it.
_FINAL = str.maketrans("כמנפצ", "ךםןףץ")
_MIN_BASE = 3
# An English possessive ending, split off so that "the regime's" is "regime" + "'s".
POSSESSIVES = ("'s", "’s", "'", "’")


@lru_cache(maxsize=65536)
def base_forms(stem: str, lang: str) -> tuple[str, ...]:
    """The forms without a gender or number ending that ``stem`` may be (ar/he); the
    stem itself is not among them."""
    out: list[str] = []
    for ending in _ENDINGS.get(lang, ()):
        if stem.endswith(ending) and len(stem) - len(ending) >= _MIN_BASE:
            base = stem[: -len(ending)]
            out.append(base)
            if lang == "he":
                final = base[:-1] + base[-1].translate(_FINAL)
                if final != base:
                    out.append(final)
    return tuple(out)


def possessive_end(word: str, end: int) -> int:
    """Where an English word ends without its possessive ending ("regime's" -> "regime")."""
    for ending in POSSESSIVES:
        if word.lower().endswith(ending) and len(word) > len(ending) + 1:
            return end - len(ending)
    return end


# A plural noun bound to the noun after it (the construct state) loses its ن / ם:
# إرهابيون -> إرهابيو جبهة النصرة، إرهابيين -> إرهابيي؛ מחבלים -> מחבלי חמאס.
_CONSTRUCT = {"ar": (("ون", "و"), ("ين", "ي")), "he": (("ים", "י"),)}


def construct_forms(form: str, neutral: str, lang: str) -> list[tuple[str, str]]:
    """The construct-state forms of a listed plural (one word, without the article), each
    with its neutral form bound the same way where that is a plural too."""
    if " " in form or form.startswith("ال" if lang == "ar" else "ה"):
        return []
    out = []
    for free, bound in _CONSTRUCT.get(lang, ()):
        if form.endswith(free) and len(form) - len(free) >= _MIN_BASE:
            replacement = neutral
            for free_n, _ in _CONSTRUCT[lang]:
                if neutral.endswith(free_n) and " " not in neutral:
                    replacement = neutral[: -len(free_n)] + bound
            out.append((form[: -len(free)] + bound, replacement))
    return out

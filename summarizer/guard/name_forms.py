"""Two English spellings of one name that share too short a stem for a prefix to relate them.

:func:`names.related_forms` relates a country and its people's adjective when they share
four letters and differ in at most the last ("Israel" / "Israeli", "Qatar" / "Qatari"). English
forms many adjectives otherwise: a short stem takes "-ish" or "-ese" where the country's name
ends in "-ey", "-en", "-land", "-on" ("Turkish" / "Turkey", "Swedish" / "Sweden", "Polish" /
"Poland", "Lebanese" / "Lebanon"), and the same stem alone names the people ("Jewish" /
"Jews", "Kurdish" / "Kurds"). Each pair is the same country or people, so a brief that writes
one where the source has the other names nothing new. A stem of fewer than three letters
relates nothing: "Irish" and "Ireland" share two, as do many unrelated words.

A long name written one letter apart ("Wiliam" in the source, "William" in the brief) is the
same name respelt: a change of person changes more than one letter of a long name.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.transliteration import one_edit

# The suffixes of a people's adjective on a short stem: "Turk-ish", "Leban-ese".
_ADJECTIVE_SUFFIXES = ("ish", "ese")
# What follows that stem in the country's name or the people's noun: "Turk-ey", "Swed-en",
# "Pol-and", "Fin-land", "Brit-ain", "Kurd-istan", "Leban-on", "Chin-a", "Swed-e", "Jew-s".
_PLACE_ENDINGS = ("", "s", "e", "es", "y", "ey", "en", "and", "land", "ain", "istan", "on", "a")
MIN_STEM = 3  # letters the shared stem needs ("Jew"): "Ir-ish" / "Ir-eland" relates nothing
MIN_RESPELT = 6  # letters a name needs before one letter's difference is a misspelling


@lru_cache(maxsize=8192)
def demonym_forms(key: str) -> frozenset[str]:
    """The other forms of a folded word read as a people's adjective, its country or its
    people: "turkish" gives "turkey", "turks"...; "turkey" gives "turkish"; "jews" gives
    "jewish". A doubled consonant before "-ish" is single in the country ("Scot-t-ish" /
    "Scot-land", "Fin-n-ish" / "Fin-land")."""
    out: set[str] = set()
    for suffix in _ADJECTIVE_SUFFIXES:
        if not key.endswith(suffix):
            continue
        stem = key[: -len(suffix)]
        for base in {stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem}:
            if len(base) >= MIN_STEM:
                out.update(base + ending for ending in _PLACE_ENDINGS)
    for ending in _PLACE_ENDINGS:
        base = key[: len(key) - len(ending)]
        if (ending and not key.endswith(ending)) or len(base) < MIN_STEM:
            continue
        for suffix in _ADJECTIVE_SUFFIXES:
            out.update({base + suffix, base + base[-1] + suffix})
    out.discard(key)
    return frozenset(out)


def demonym_related(a: str, b: str) -> bool:
    """Whether two folded words are a people's adjective and its country or people."""
    return b in demonym_forms(a)


def respelt(a: str, b: str) -> bool:
    """Whether two folded words are one long name, one letter apart ("wiliam" /
    "william")."""
    return a != b and min(len(a), len(b)) >= MIN_RESPELT and one_edit(a, b)

"""A translated brief names the organisations the English brief names, and no other.

Organisations are translated, not transliterated (Amnesty International / منظمة العفو
الدولية / אמנסטי; B'Tselem / بتسيلم / בצלם), so the consonant skeletons that compare
people's names (:mod:`summarizer.guard.transliteration`) cannot tell one from another: a
translation that puts Breaking the Silence where the English brief has Amnesty reads as
faithful to them. The names each language writes an organisation under are listed in
``summarizer/resources/organisations.toml`` and read by :mod:`summarizer.guard.name_table`;
a translation that names one the English brief does not is reported. (The other way, an
organisation of the English brief missing from its translation, is not reported: a name
the table lacks, or written some other way, is no swap.)
"""

from __future__ import annotations

from summarizer.guard.name_table import Entry, named, translation_name_problems
from summarizer.guard.report import Problem

_TABLE = ("organisations.toml", "organisation")

#: One organisation: its key, and the one it belongs to, if any (the UN for OCHA).
Organisation = Entry


def organisations(text: str, lang: str) -> set[Organisation]:
    """The organisations of the table that ``text`` (normalised, in ``lang``) names. A word
    read as part of a longer name is not read again as a shorter one."""
    return named(*_TABLE, text, lang)


def check_translation_organisations(english: str, translated: str, lang: str) -> list[Problem]:
    """Organisations the translation names but the English brief does not (neither itself
    nor a body of it: the UN is named where the English brief has OCHA)."""
    return translation_name_problems(*_TABLE, english, translated, lang)

"""A translated brief names the organisations the English brief names, and no other.

Organisations are translated, not transliterated (Amnesty International / منظمة العفو
الدولية / אמנסטי; B'Tselem / بتسيلم / בצלם), so the consonant skeletons that compare
people's names (:mod:`summarizer.guard.transliteration`) cannot tell one from another: a
translation that puts Breaking the Silence where the English brief has Amnesty reads as
faithful to them. The names each language writes an organisation under are listed in
``summarizer/resources/organisations.toml``; each text is read for the organisations it
names, and a translation that names one the English brief does not is reported. (The
other way, an organisation of the English brief missing from its translation, is not
reported: a name the table lacks, or written some other way, is no swap.)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.guard.report import Problem
from summarizer.guard.text import fold, normalize, stems, words

TABLE = Path(__file__).resolve().parents[1] / "resources" / "organisations.toml"
# Hebrew's own quotation marks in acronyms (או״ם) are written as ASCII ones in the table.
_GERSH = str.maketrans({"\u05f4": '"', "\u05f3": "'", "’": "'"})
# A Hebrew proclitic joined to a Latin or hyphenated name by a hyphen: "וה-BBC", "ב-CNN".
_HYPHENED_CLITIC = re.compile(r"^[והבלמשכ]{1,3}-")


@dataclass(frozen=True)
class Organisation:
    """One organisation: its key, and the one it belongs to, if any (the UN for OCHA)."""

    id: str
    part_of: str | None


@dataclass(frozen=True)
class _Name:
    """One name of an organisation in one language, as the words that write it."""

    words: tuple[str, ...]
    exact_case: bool  # an English acronym (WHO, UN): not the word "who"
    organisation: Organisation


def _key(word: str) -> str:
    """A word as names are compared: folded, with Hebrew's quotation marks as ASCII ones and
    without an English possessive (UNRWA's)."""
    word = fold(word.translate(_GERSH))
    return word[:-2] if word.endswith("'s") else word


def _exact(word: str) -> str:
    word = word.translate(_GERSH)
    return word[:-2] if word.endswith("'s") else word


@cache
def _names(lang: str) -> tuple[_Name, ...]:
    """The table's names in ``lang``, longest first (read once)."""
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    out = []
    for entry in data["organisation"]:
        org = Organisation(entry["id"], entry.get("part_of"))
        for name in entry.get(lang, []):
            tokens = words(normalize(name))
            exact = lang == "en" and name.replace(".", "").isupper()
            keyed = tuple(_exact(t) if exact else _key(t) for t in tokens)
            out.append(_Name(keyed, exact, org))
    return tuple(sorted(out, key=lambda n: -len(n.words)))


def _first_forms(token: str, lang: str) -> set[str]:
    """The forms a name's first word may take in a text's token: the token and, in Arabic
    and Hebrew, without a proclitic (ب، وال، ה، וב-)."""
    key = _key(token)
    forms = {key, *stems(key, lang)} if lang in ("ar", "he") else {key}
    if lang == "he" and _HYPHENED_CLITIC.match(key):
        forms.add(_HYPHENED_CLITIC.sub("", key))
    return forms


@cache
def _by_first_word(lang: str) -> dict[str, tuple[tuple[int, _Name], ...]]:
    """The table's names in ``lang`` by their first word, each with its rank in
    :func:`_names` (longest first), so a text is read in one pass over its words."""
    index: dict[str, list[tuple[int, _Name]]] = {}
    for rank, name in enumerate(_names(lang)):
        index.setdefault(name.words[0], []).append((rank, name))
    return {first: tuple(named) for first, named in index.items()}


def organisations(text: str, lang: str) -> set[Organisation]:
    """The organisations of the table that ``text`` (normalised, in ``lang``) names. A word
    read as part of a longer name is not read again as a shorter one."""
    tokens = words(text)
    keys = [_key(t) for t in tokens]
    exact = [_exact(t) for t in tokens]
    firsts = [_first_forms(t, lang) for t in tokens]
    index = _by_first_word(lang)
    matches: set[tuple[int, int]] = set()  # (the name's rank, where it starts)
    for at in range(len(tokens)):
        for probe in firsts[at] | {exact[at]}:
            for rank, name in index.get(probe, ()):
                end = at + len(name.words)
                own = exact if name.exact_case else keys
                first = own[at] == name.words[0] or (
                    not name.exact_case and name.words[0] in firsts[at]
                )
                if end <= len(tokens) and first and tuple(own[at + 1 : end]) == name.words[1:]:
                    matches.add((rank, at))
    names = _names(lang)
    used: set[int] = set()
    found: set[Organisation] = set()
    for rank, at in sorted(matches):  # longest names first, then in reading order
        span = range(at, at + len(names[rank].words))
        if not used.intersection(span):
            used.update(span)
            found.add(names[rank].organisation)
    return found


def check_translation_organisations(english: str, translated: str, lang: str) -> list[Problem]:
    """Organisations the translation names but the English brief does not (neither itself
    nor a body of it: the UN is named where the English brief has OCHA)."""
    if lang not in ("ar", "he"):
        return []
    ours = organisations(english, "en")
    theirs = organisations(translated, lang)
    covered = {o.id for o in ours} | {o.part_of for o in ours if o.part_of}
    return [
        Problem(
            "translation_name",
            f"the {lang} translation names the organisation {org.id!r}, which the English"
            " brief does not",
        )
        for org in sorted(theirs, key=lambda o: o.id)
        if org.id not in covered
    ]

"""Tables of things a brief names, each under the names English, Arabic and Hebrew write
it: which of them a text names.

Organisations and places are translated rather than transliterated (Amnesty International
/ منظمة العفو الدولية / אמנסטי; Eastern Ghouta / الغوطة الشرقية / מזרח ע'וטה), so the
consonant skeletons that compare people's names (:mod:`summarizer.guard.transliteration`)
cannot tell one from another. A table (``summarizer/resources/*.toml``) lists each thing
with its names; a text is read for the things it names, longest name first, and a
translation is compared with its English brief by what they name
(:func:`added_in_translation`). Each entry may be ``part_of`` another (OCHA of the UN,
Khan Younis of Gaza): a translation may name the larger one for the smaller.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from summarizer.guard.report import Problem
from summarizer.guard.text import fold, normalize, stems, words

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
# Hebrew's own quotation marks in acronyms (או״ם) are written as ASCII ones in the tables.
_GERSH = str.maketrans({"\u05f4": '"', "\u05f3": "'", "’": "'"})
# A Hebrew proclitic joined to a Latin or hyphenated name by a hyphen: "וה-BBC", "ב-CNN".
_HYPHENED_CLITIC = re.compile(r"^[והבלמשכ]{1,3}-")


@dataclass(frozen=True)
class Entry:
    """One thing of a table: its key, and the one it belongs to, if any."""

    id: str
    part_of: str | None


@dataclass(frozen=True)
class _Name:
    """One name of an entry in one language, as the words that write it."""

    words: tuple[str, ...]
    exact_case: bool  # an English acronym (WHO, UN): not the word "who"
    capitalised: tuple[bool, ...]  # per word, an English word that must start upper case
    entry: Entry


def _key(word: str) -> str:
    """A word as names are compared: folded, with Hebrew's quotation marks as ASCII ones and
    without an English possessive (UNRWA's)."""
    word = fold(word.translate(_GERSH))
    return word[:-2] if word.endswith("'s") else word


def _exact(word: str) -> str:
    word = word.translate(_GERSH)
    return word[:-2] if word.endswith("'s") else word


@cache
def _table(file: str, kind: str) -> tuple[dict[str, Any], tuple[dict[str, Any], ...]]:
    """The table's settings and its entries (read once)."""
    data = tomllib.loads((RESOURCES / file).read_text(encoding="utf-8"))
    return data.get("settings", {}), tuple(data[kind])


@cache
def _names(file: str, kind: str, lang: str) -> tuple[_Name, ...]:
    """The table's names in ``lang``, longest first. A table whose settings say
    ``english_capitalised`` matches an English name's capitalised words only capitalised
    ("Gaza", not "gaza"; "Tyre", not "tyre")."""
    settings, entries = _table(file, kind)
    capital = lang == "en" and bool(settings.get("english_capitalised"))
    out = []
    for raw in entries:
        entry = Entry(raw["id"], raw.get("part_of"))
        for name in raw.get(lang, []):
            tokens = words(normalize(name))
            exact = lang == "en" and name.replace(".", "").isupper()
            keyed = tuple(_exact(t) if exact else _key(t) for t in tokens)
            upper = tuple(capital and t[:1].isupper() for t in tokens)
            out.append(_Name(keyed, exact, upper, entry))
    return tuple(sorted(out, key=lambda n: -len(n.words)))


@cache
def _parents(file: str, kind: str) -> dict[str, str]:
    """Each entry's id to the id it is part of."""
    return {e["id"]: e["part_of"] for e in _table(file, kind)[1] if e.get("part_of")}


def _first_forms(token: str, lang: str) -> set[str]:
    """The forms a name's first word may take in a text's token: the token and, in Arabic
    and Hebrew, without a proclitic (ب، وال، ה، וב-)."""
    key = _key(token)
    forms = {key, *stems(key, lang)} if lang in ("ar", "he") else {key}
    if lang == "he" and _HYPHENED_CLITIC.match(key):
        forms.add(_HYPHENED_CLITIC.sub("", key))
    return forms


@cache
def _by_first_word(file: str, kind: str, lang: str) -> dict[str, tuple[tuple[int, _Name], ...]]:
    """The table's names in ``lang`` by their first word, each with its rank in
    :func:`_names` (longest first), so a text is read in one pass over its words."""
    index: dict[str, list[tuple[int, _Name]]] = {}
    for rank, name in enumerate(_names(file, kind, lang)):
        index.setdefault(name.words[0], []).append((rank, name))
    return {first: tuple(named) for first, named in index.items()}


def _cased(tokens: list[str], at: int, name: _Name) -> bool:
    """The text writes the name's capitalised words capitalised."""
    return all(tokens[at + i][:1].isupper() for i, upper in enumerate(name.capitalised) if upper)


@dataclass(frozen=True)
class Mention:
    """An entry as a text names it: the entry, and the words of its name that the text
    writes, as the table writes them (folded, without the text's proclitics)."""

    entry: Entry
    words: tuple[str, ...]


def named(file: str, kind: str, text: str, lang: str) -> set[Entry]:
    """The entries of table ``file`` (its list ``kind``) that ``text`` (normalised, in
    ``lang``) names."""
    return {m.entry for m in mentions(file, kind, text, lang)}


def mentions(file: str, kind: str, text: str, lang: str) -> list[Mention]:
    """Each naming of an entry of table ``file`` (its list ``kind``) in ``text``
    (normalised, in ``lang``). A word read as part of a longer name is not read again as a
    shorter one."""
    tokens = words(text)
    keys = [_key(t) for t in tokens]
    exact = [_exact(t) for t in tokens]
    firsts = [_first_forms(t, lang) for t in tokens]
    index = _by_first_word(file, kind, lang)
    matches: set[tuple[int, int]] = set()  # (the name's rank, where it starts)
    for at in range(len(tokens)):
        for probe in firsts[at] | {exact[at]}:
            for rank, name in index.get(probe, ()):
                end = at + len(name.words)
                own = exact if name.exact_case else keys
                first = own[at] == name.words[0] or (
                    not name.exact_case and name.words[0] in firsts[at]
                )
                if (
                    end <= len(tokens)
                    and first
                    and tuple(own[at + 1 : end]) == name.words[1:]
                    and _cased(tokens, at, name)
                ):
                    matches.add((rank, at))
    names = _names(file, kind, lang)
    used: set[int] = set()
    found: list[Mention] = []
    for rank, at in sorted(matches):  # longest names first, then in reading order
        span = range(at, at + len(names[rank].words))
        if not used.intersection(span):
            used.update(span)
            found.append(Mention(names[rank].entry, names[rank].words))
    return found


def _with_wholes(file: str, kind: str, ids: set[str]) -> Iterator[str]:
    """The ids and every id they are part of, however far up."""
    parents = _parents(file, kind)
    for at in ids:
        seen: set[str] = set()
        while at and at not in seen:
            seen.add(at)
            yield at
            at = parents.get(at, "")


def added_in_translation(
    file: str, kind: str, english: str, translated: str, lang: str
) -> list[Mention]:
    """Namings in the translation (``lang``) of entries the English brief names neither
    themselves nor by a part of them (the UN is named where the brief has OCHA, Gaza where
    it has Rafah). The first naming of each such entry, by id."""
    ours = named(file, kind, english, "en")
    covered = set(_with_wholes(file, kind, {e.id for e in ours}))
    first: dict[str, Mention] = {}
    for mention in mentions(file, kind, translated, lang):
        if mention.entry.id not in covered:
            first.setdefault(mention.entry.id, mention)
    return [first[key] for key in sorted(first)]


def translation_name_problems(
    file: str,
    kind: str,
    english: str,
    translated: str,
    lang: str,
    *,
    spared: Callable[[Mention], bool] | None = None,
) -> list[Problem]:
    """A ``translation_name`` problem for each entry an ar/he translation names that its
    English brief does not (:func:`added_in_translation`), but those ``spared`` accepts."""
    if lang not in ("ar", "he"):
        return []
    return [
        Problem(
            "translation_name",
            f"the {lang} translation names the {kind} {added.entry.id!r}, which the English"
            " brief does not",
        )
        for added in added_in_translation(file, kind, english, translated, lang)
        if spared is None or not spared(added)
    ]

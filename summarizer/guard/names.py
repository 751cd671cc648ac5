"""Names in an English summary must come from its source.

A name is a capitalised word that does not start a sentence (or a run of two or more
capitalised words anywhere). It passes when the source has the same word in any case, a
related form (Israel / Israeli, Qatar / Qatari), a known alias (US / United States) or
the abbreviation of a US state after a town ("Decatur, Ga." for Georgia: :mod:`us_states`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.abbreviations import clipped_forms, expands
from summarizer.guard.name_forms import demonym_forms
from summarizer.guard.name_words import TITLES
from summarizer.guard.piece_frames import without_frames_of_credit
from summarizer.guard.report import Problem
from summarizer.guard.spelling import american
from summarizer.guard.text import sentences
from summarizer.guard.us_states import states_named
from summarizer.text import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

_CAPITALISED = re.compile(r"[A-Z][A-Za-z'-]*[A-Za-z]|[A-Z]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_LOWERCASE_LINKS = {"bin", "al", "el", "de", "of", "ibn", "abu", "van", "von", "da"}

# Common words that often start a sentence; alone at the start they are not names.
_STARTER_WORDS = """
the a an this that these those it its he she they we i his her their there meanwhile
however also but and in on at after before since while as despite during following
amid with for from to of by about according more most many some several all both each
other another no not nearly almost around over under earlier later last next new until
when where what who which why how here now then yet still so such if once either
neither only even just among against between through without within separately
elsewhere overall instead further citing asked speaking one two three four five six
seven eight nine ten officials authorities critics analysts residents witnesses people
doctors medics talks fighting negotiations dr mr mrs ms prof sir sheikh rabbi
"""
_STARTERS = set(_STARTER_WORDS.split()) | MONTH_NAMES | MONTH_ABBREVIATIONS | WEEKDAY_NAMES
_ALIASES = [
    {"us", "united", "states", "america", "american", "americans", "washington"},
    {"un", "united", "nations"},
    {"uk", "britain", "british", "united", "kingdom"},
    {"idf", "israeli", "military", "army", "israel", "defense", "forces"},
    {"eu", "european", "union"},
]
_RELATED_PREFIX = 4
_DOTTED = re.compile(r"\b([A-Z])\.([A-Z])\.")


def _key(word: str) -> str:
    word = word.replace(".", "").lower()
    for suffix in ("'s", "'"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return american(word)


def related_forms(a: str, b: str) -> bool:
    """Israel/Israeli, Palestine/Palestinian, Gaza/Gazans: one stem, two forms."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= _RELATED_PREFIX and common >= min(len(a), len(b)) - 1


def check_names(source: str, summary: str) -> list[Problem]:
    """Capitalised words of the summary that the source never mentions (an outlet the
    brief credits, "the Jerusalem Post reports", "a Jerusalem Post analysis argues", is no
    name of the story)."""
    summary = without_frames_of_credit(summary)
    vocabulary = _vocabulary(source)
    abbreviated = _abbreviations(source)
    clipped = clipped_forms(source)  # "Dept." spelled out as "Department"
    problems: list[Problem] = []
    seen: set[str] = set()
    for sentence in sentences(summary):
        for run, span in _capitalised_runs(sentence.text):
            missing = [
                w
                for i, w in enumerate(run)
                if not _known(w, vocabulary)
                and not any(expands(c, w) for c in clipped)
                and not _day_of_name(run, i, source)
            ]
            if not missing or span in seen or _spelled_out(span, abbreviated):
                continue
            if len(missing) < len(run) and all(_key(w) in TITLES for w in missing):
                continue
            seen.add(span)
            problems.append(
                Problem("name", "not in the source: " + ", ".join(dict.fromkeys(missing)), span)
            )
    return problems


# "New Year's Day", "Valentine's Day": a day named for its possessor, whose common noun
# "Day" the source need not write ("Every year on Jan. 1"); the possessor is the name.
_DAY = "day"
_POSSESSOR = re.compile(r"[A-Za-z]+'s?$")


def _day_of_name(run: list[str], i: int, source: str) -> bool:
    """Whether ``run[i]`` is the "Day" of a day named for the possessive before it, and
    the source names no other day of that possessor ("New Year's Eve" where the brief has
    "New Year's Day": another day)."""
    if i == 0 or _key(run[i]) != _DAY or not _POSSESSOR.fullmatch(run[i - 1]):
        return False
    other = re.compile(re.escape(run[i - 1]) + r"\s+(?!Day\b)[A-Z]")
    return not other.search(source)


class _Vocabulary:
    """The keys of the source's words, and the same indexed for :func:`related_forms`: by their
    first ``_RELATED_PREFIX`` letters, which a related form shares (a name part is compared
    with the few words that could be a form of it, not with every word of the source),
    and the hyphenated ones apart."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = keys
        self.compounds = {v for v in keys if "-" in v}  # "Cornelius-Fredericks-Strasse"
        self.by_prefix: dict[str, list[str]] = {}
        for v in keys:
            if len(v) >= _RELATED_PREFIX:
                self.by_prefix.setdefault(v[:_RELATED_PREFIX], []).append(v)

    def related(self, key: str) -> bool:
        """Whether the source has a word related to ``key`` (:func:`related_forms`)."""
        return any(related_forms(key, v) for v in self.by_prefix.get(key[:_RELATED_PREFIX], ()))


@lru_cache(maxsize=16)
def _vocabulary(source: str) -> _Vocabulary:
    """The source's words, their hyphenated words' parts, the initials of its names and
    the US states it abbreviates. (Cached: one source is checked against several briefs
    in a row.)"""
    vocabulary = {_key(w) for w in set(_WORD.findall(_DOTTED.sub(r"\1\2", source)))}
    for part in [v for v in vocabulary if "-" in v]:  # (a word without one is its own part)
        vocabulary.update(p for p in part.split("-") if p)
    vocabulary |= _acronyms(source)
    vocabulary |= {_key(w) for state in states_named(source) for w in state.split()}
    return _Vocabulary(vocabulary)


_SPEECH_VERB = re.compile(r"\s++(?:said|says|told|added|claimed|wrote|warned|denied)\b")
# A capital after a word's first letter ("B'Tselem", "McCain", "UNRWA") marks a name
# wherever the word stands: no ordinary English word is spelled so.
_INNER_CAPITAL = re.compile(r"[A-Z]")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'-]*|[“\"«:;(—,]")


def _capitalised_runs(sentence: str) -> list[tuple[list[str], str]]:
    """Runs of capitalised words, each with its text in the sentence; a lone clause-initial
    word counts only before "said" or when spelled with an inner capital (otherwise it is
    most likely an ordinary word)."""
    runs: list[tuple[list[str], str]] = []
    current: list[tuple[str, int, int]] = []
    first_of_clause = True
    starts_clause = False

    def close() -> None:
        run = [t for t in current if t[0] not in _LOWERCASE_LINKS]
        if run and starts_clause and _key(run[0][0]) in _STARTERS:
            run = run[1:]
        elif (
            len(run) == 1
            and starts_clause
            and not _SPEECH_VERB.match(sentence, run[0][2])
            and not _INNER_CAPITAL.search(run[0][0], 1)
        ):
            run = []
        if run:
            runs.append(([t[0] for t in run], sentence[run[0][1] : run[-1][2]]))

    for m in _TOKEN.finditer(sentence):
        token = m.group(0)
        if not token[0].isalpha():
            close()
            current = []
            first_of_clause = token != ","  # a list goes on after a comma
            continue
        if _CAPITALISED.fullmatch(token) or token[1:2] == ".":
            if not current:
                starts_clause = first_of_clause
            current.append((token, m.start(), m.end()))
        elif token in _LOWERCASE_LINKS and current:
            current.append((token, m.start(), m.end()))
        else:
            close()
            current = []
        first_of_clause = False
    close()
    return runs


_ACRONYM_LINKS = {"for", "the", "of", "and", "on", "in"}
MIN_ACRONYM, MAX_ACRONYM = 2, 8  # letters


def _acronyms(source: str) -> set[str]:
    """The initials of every run of capitalised words the source spells out, and of each
    stretch of it ("United Nations Office for the Coordination of Humanitarian Affairs":
    unocha, ocha...): a brief may use the acronym."""
    out: set[str] = set()
    initials: list[str] = []
    end = 0
    for m in _WORD.finditer(source):
        word, start, end_before, end = m.group(0), m.start(), end, m.end()
        if initials and source[end_before:start].strip():  # punctuation ends a name
            out |= _stretches(initials)
            initials = []
        if word[:1].isupper():
            initials.append(word[0].lower())
        elif initials and word not in _ACRONYM_LINKS:
            out |= _stretches(initials)
            initials = []
    return out | _stretches(initials)


# An abbreviation of two or more capitals with small letters between them: MoD, DoJ, NATO.
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]?+[A-Z][A-Za-z]{0,6}+\b")


def _abbreviations(source: str) -> set[str]:
    """The source's abbreviations, folded: "MoD" is "mod", "NATO" is "nato"."""
    return {a.lower() for a in _ABBREVIATION.findall(source)}


def _spelled_out(span: str, abbreviated: set[str]) -> bool:
    """A name the source abbreviates, written out in full: "Ministry of Defence" for its
    "MoD" (every word's initial) or its "MD" (the capitals')."""
    words = _WORD.findall(span)
    every = "".join(w[0] for w in words).lower()
    capitals = "".join(w[0] for w in words if w[0].isupper()).lower()
    return len(words) >= MIN_ACRONYM and bool({every, capitals} & abbreviated)


def _stretches(initials: list[str]) -> set[str]:
    if len(initials) < MIN_ACRONYM:  # (no stretch: the common case, a lower-case word)
        return set()
    return {
        "".join(initials[a:b])
        for a in range(len(initials))
        for b in range(a + MIN_ACRONYM, min(len(initials), a + MAX_ACRONYM) + 1)
    }


COMPOUND_PARTS = 3  # a name of this many capitalised parts is one name ("Manga-Bell-Platz")


def _known(word: str, vocabulary: _Vocabulary) -> bool:
    key = _key(word)
    parts = [p for p in key.split("-") if p]
    capitalised = [p for p in word.split("-") if p[:1].isupper()]
    if len(capitalised) >= COMPOUND_PARTS:  # the whole, not its parts, is the name
        compounds = vocabulary.compounds
        return key in compounds or any(related_forms(key, v) for v in compounds)
    if capitalised and len(capitalised) < len(parts):  # "Hebron-born", "Iran-backed"
        parts = [_key(p) for p in capitalised]  # (the lower-case part is no name)
    return all(_part_known(p, vocabulary) for p in parts)


def _part_known(key: str, vocabulary: _Vocabulary) -> bool:
    if key in vocabulary.keys or key in _STARTERS or vocabulary.related(key):
        return True
    # "Turkish" / "Turkey", "Jews" / "Jewish": a stem too short for ``related``
    if not demonym_forms(key).isdisjoint(vocabulary.keys):
        return True
    return any(key in group and group & vocabulary.keys for group in _ALIASES)

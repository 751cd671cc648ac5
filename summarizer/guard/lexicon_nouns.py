"""A Hebrew adjective's feminine plural is spelt like its abstract noun: אכזריות is both
"cruel (f. pl.)" and "cruelty". The adjective follows the noun it describes (פעולות
אכזריות); the noun stands after a preposition (הוחזר בשל אכזריות מופרזת: recalled for
excessive cruelty), where it names the charge or reason, not our judgement, as English
"cruelty" is not "cruel". Likewise its feminine singular in ־ה is spelt like a feminine
noun: שפלה is "vile (f.)" and "lowland" (the Shephelah). An adjective takes no preposition
of its own; a proclitic "in", "to", "from", "as" on the word (בשפלה, "קריית גת שבשפלה")
makes it the noun. Used by :mod:`summarizer.guard.lexicon`."""

from __future__ import annotations

from typing import Protocol

from summarizer.guard.text import fold

# Words after which a noun, not an adjective, stands.
_PREPOSITIONS = frozenset(
    fold(w)
    for w in (
        "בשל",
        "עקב",
        "בגלל",
        "מפני",
        "על",
        "של",
        "את",
        "נוכח",
        "למרות",
        "ללא",
        "בלי",
        "מול",
        "כלפי",
        "לנוכח",
        "בעקבות",
    )
)
_NOUN_ENDING = "ות"
_FEMININE_ENDING = "ה"
_PREPOSITION_CLITICS = "בלמכ"  # in, to, from, as: the last proclitic before the word


class _Term(Protocol):
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def neutral(self) -> str: ...


class _Hit(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def prefix(self) -> str: ...
    @property
    def term(self) -> _Term: ...


def abstract_noun(text: str, hit: _Hit, lang: str) -> bool:
    """Whether a dropped Hebrew adjective found in its ות form, with no proclitic, right
    after a preposition, is the abstract noun (בשל אכזריות) rather than the adjective; or
    found in its ה form behind a proclitic preposition, the noun spelt like it (בשפלה)."""
    if lang != "he" or hit.term.neutral or len(hit.term.words) != 1:
        return False
    word = fold(text[hit.start : hit.end])
    if hit.prefix:
        return (
            fold(hit.prefix)[-1] in _PREPOSITION_CLITICS
            and word.endswith(_FEMININE_ENDING)
            and not hit.term.words[0].endswith(_FEMININE_ENDING)
        )
    if not word.endswith(_NOUN_ENDING) or hit.term.words[0].endswith(_NOUN_ENDING):
        return False
    before = text[: hit.start].split()
    return bool(before) and fold(before[-1]) in _PREPOSITIONS

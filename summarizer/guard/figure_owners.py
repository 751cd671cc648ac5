"""Figures handed to another name of a list, in English: "Spain has 157,000 cases and
Italy 143,600" retold as "Italy has 157,000 cases and Spain 143,600".

A sentence that pairs several names with figures ("<name> has N, <name> M") gives each
figure to the name just before it. A brief that swaps two names of the list keeps every
name and every figure the source has, so the checks that ask whether a name or a figure
occurs, or whether a source name was dropped, let it through. Here each figure of a claim
is read with its owner (the name just before it, with only lower-case words between) and
compared with the owner of the same figure in the aligned source sentence: where that is
another name, and the source sentence gives the claim's name a figure of its own, the
brief has given one member of the list another's figure.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.name_tokens import NOT_NAMES, capital, name_runs, norm, tokens_of
from summarizer.guard.names import related_forms
from summarizer.guard.report import Problem

_FIGURE = re.compile(r"\d[\d.]*\d|\d")
_THOUSANDS = re.compile(r"(\d),(?=\d{3}\b)")
# Prepositions that tie a figure to the name after it ("143,600 in Italy").
_OF_PLACE = {"in", "for", "at", "across", "among", "from", "of", "by"}
REACH = 4  # lower-case words that may stand between a name and its figure

# Each figure (as written, without thousands separators) and the name that owns it.
Owners = dict[str, tuple[str, ...]]


def check_figure_owners(alignments: list[Alignment], index: SourceIndex) -> list[Problem]:
    """Figures of a claim whose name is, in the aligned source sentence, another's."""
    problems: list[Problem] = []
    for alignment in alignments:
        mine = owners(alignment.claim.text)
        if not mine:
            continue
        for figure, name in mine.items():
            theirs = _other_owner(figure, name, alignment, index)
            if theirs:
                shown = " ".join(name)
                problems.append(
                    Problem(
                        "name",
                        f"the source gives {figure} to {' '.join(theirs)!r}, not to {shown!r}",
                        shown,
                    )
                )
    return problems


def _other_owner(
    figure: str, name: tuple[str, ...], alignment: Alignment, index: SourceIndex
) -> tuple[str, ...] | None:
    """The name an aligned sentence gives the figure to, when it is not the claim's name
    and the sentence gives the claim's name another figure."""
    for s in alignment.sentences:
        theirs = owners(index.sentences[s].text)
        owner = theirs.get(figure)
        if owner is None or _same(owner, name):
            continue
        if any(_same(other, name) for f, other in theirs.items() if f != figure):
            return owner
    return None


def owners(text: str) -> Owners:
    """Each figure of the text with the name just before it (original spelling), for
    figures that have one; a figure written twice with two owners is left out."""
    tokens = tokens_of(_THOUSANDS.sub(r"\1", text))
    runs = _runs(tokens)
    starts = {end: start for start, end in runs}
    opens = {start for start, _ in runs}
    out: Owners = {}
    seen: set[str] = set()
    for i, token in enumerate(tokens):
        if not _FIGURE.fullmatch(token):
            continue
        owner = None if _told_of_after(tokens, i, opens) else _owner_before(tokens, i, starts)
        if token in seen:
            out.pop(token, None)
            continue
        seen.add(token)
        if owner is not None:
            out[token] = owner
    return out


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """The names of the tokens, and a capitalised word opening them ("Spain has ..."),
    which :func:`name_runs` leaves out as capitalised for its place."""
    runs = name_runs(tokens)
    opener = tokens and capital(tokens[0]) and norm(tokens[0]) not in NOT_NAMES
    if opener and (not runs or runs[0][0] != 0):
        runs = [(0, 1), *runs]
    return runs


def _owner_before(tokens: list[str], i: int, starts: dict[int, int]) -> tuple[str, ...] | None:
    """The name that ends within REACH lower-case words before token i, none where a mark,
    another figure or a capitalised word stands between."""
    j = i
    for _ in range(REACH + 1):
        if j in starts:
            return tuple(tokens[starts[j] : j])
        j -= 1
        if j < 0:
            return None
        token = tokens[j]
        if not token[:1].islower():
            return None
    return None


def _told_of_after(tokens: list[str], i: int, opens: set[int]) -> bool:
    """A figure told of the name after it ("157,000 cases in Spain and 143,600 in Italy"):
    a preposition before a name within REACH lower-case words, so the name before the
    figure is not its owner."""
    for j in range(i + 1, min(i + REACH + 1, len(tokens))):
        if j in opens:
            return norm(tokens[j - 1]) in _OF_PLACE
        if not tokens[j][:1].islower():
            return False
    return False


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names sharing a word, in any form ("Spain" / "Spain's", "Qatar" / "Qatari")."""
    return any(x == y or related_forms(x, y) for x in map(norm, a) for y in map(norm, b))

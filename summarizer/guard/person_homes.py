"""A person of the article given what another person of the article did, in English.

"Governor Andrew Cuomo said temporary burials might be needed" where the sentence that
says so is "Mayor Bill de Blasio indicated that temporary burials might be necessary",
and Cuomo is named in another sentence ("Governor Andrew Cuomo said he took solace ...").
:mod:`slots` lets it through: the claim aligns with both sentences, and Cuomo is named in
one of them. What gives the swap away is where the claim's other words are: the act, its
object and its setting (everything but the name) rest on the sentence of another person,
while the sentences that name the claim's person say little of them. Who-did-what is the
best sentence's: its person must be the claim's.

A claim that reports speech ("X said", "according to X") gives the words to the wrong
speaker as well: it is an attribution fault as much as a name fault, and both are reported.

Three conditions keep a faithful merge or retelling alone: the best sentence names in
full a person the brief names nowhere (the brief did not just gather two people's acts),
it lacks the claim's person altogether (one part of a name in common, "Abed" of "Dr. Abed
Abu Hasira" and "Dr. Sherine Abed", is not the same person), and it states at least half
of the claim's other words while every sentence naming the claim's person states fewer
than half as many of them.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import content_words, keys_of
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.slots import (
    FULL_NAME,
    a_person,
    bare,
    capitalised_words,
    name_parts,
    people,
    spelt_otherwise,
    with_speaker,
)

WELL_ALIGNED = 0.4  # the claim must rest on its best sentence
REST_MIN = 0.5  # share of the claim's other words the best sentence must state
HOME_SHARE = 0.5  # the person's own sentences state less than this share of the best's
MIN_REST = 3  # content words besides the name a claim needs to be judged this way


def check_person_homes(
    alignments: list[Alignment], index: SourceIndex, summary: str, source: str
) -> list[Problem]:
    """Claims whose named person did not do what the sentence they rest on says."""
    problems = []
    in_brief = capitalised_words(summary)
    for alignment in alignments:
        if alignment.score < WELL_ALIGNED or not alignment.sentences:
            continue
        best = with_speaker(index, alignment.sentences[0])
        others = {p for p in people(best, source) - in_brief if not _common(p, source)}
        if not others:
            continue
        claim = alignment.claim.text
        for m in FULL_NAME.finditer(claim):
            parts = name_parts(m.group(0))
            if len(parts) < 2 or not a_person(parts, source):
                continue
            if _surname_in(best, parts) or not _names(source, parts):
                continue  # the best sentence's own person, or one the name check judges
            if spelt_otherwise(parts, capitalised_words(best)):
                continue  # "Prince William" for the sentence's misspelt "Prince Wiliam"
            if not _moved(claim, m.group(0), best, parts, index):
                continue
            detail = f"says it of {sorted(others)[0].title()}, not of {m.group(0)}"
            problems.append(
                Problem("name", f"the source's sentence for this claim {detail}", m.group(0))
            )
            if has_cue(claim, "en"):  # the words are given to another speaker, too
                problems.append(Problem("attribution", f"the source {detail}", claim))
    return problems


def _names(text: str, parts: list[str]) -> bool:
    """Whether ``text`` has every part of the name as a word (in any order)."""
    have = capitalised_words(text)
    return all(bare(p) in have for p in parts)


def _surname_in(text: str, parts: list[str]) -> bool:
    """Whether ``text`` names the person by the name's last word, ending a name there
    ("De Niro" for "Robert De Niro", "Gov. Inslee" for "Governor Inslee"); "Abed" of "Dr.
    Abed Abu Hasira" is another man's given name, not Sherine Abed's surname."""
    surname = re.escape(re.sub(r"[’']s?$", "", parts[-1]))
    return re.search(rf"\b{surname}\b(?![’']?s?\s+[A-Z])", text) is not None


def _common(surname: str, source: str) -> bool:
    """Whether the source writes the word in lower case too: a common noun ending a
    body's name ("the Gynecology Department"), not a person's surname."""
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", source) is not None


def _moved(claim: str, name: str, best: str, parts: list[str], index: SourceIndex) -> bool:
    """Whether the claim's words besides the name rest on ``best`` and not on the
    sentences that name the person."""
    homes = [s.text for s in index.sentences if _names(s.text, parts)]
    return rests_apart(claim.replace(name, " "), best, homes)


def rests_apart(rest: str, best: str, homes: list[str]) -> bool:
    """Whether ``rest`` (a claim less the party it names) rests on ``best`` (at least
    half of its content words) while each of ``homes``, the sentences of the party
    named, states fewer than half as many; there must be such a sentence."""
    mine = content_words(rest, "en")
    if len(mine) < MIN_REST:
        return False
    on_best = _share(mine, keys_of(best, "en"))
    if on_best < REST_MIN:
        return False
    return bool(homes) and all(_share(mine, keys_of(h, "en")) < HOME_SHARE * on_best for h in homes)


def _share(mine: tuple[frozenset[str], ...], theirs: frozenset[str]) -> float:
    return sum(1 for w in mine if w & theirs) / len(mine)

"""An aside added to a true claim: ", backed by the AfD," in a sentence the source writes
without it.

The support check weighs a claim as a whole, and words the source has elsewhere count for
it; a short aside between commas, made of words the source uses about something else, adds
a fact the sentence it rests on does not state ("Some 500 residents, backed by the AfD,
filed complaints": the AfD is in the article, as the project's opponent, not as the
residents' backer). An aside none of whose content words the claim's own source sentences
have is unsupported. English only: Arabic and Hebrew asides are not set off by commas
reliably enough.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import content_words, is_content, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.text import words

# ", backed by the AfD," — a comma, two to six words, a comma (linear: no nested repeats)
_ASIDE = re.compile(r",\s([^,;:.!?\"“”]{3,80}),\s")
MIN_ASIDE_WORDS = 2
MAX_ASIDE_WORDS = 6
WELL_SUPPORTED = 0.75  # the rest of the claim must clearly rest on its sentences


def check_inserted_phrases(
    alignments: list[Alignment], index: SourceIndex, lang: str, headline: str | None = None
) -> list[Problem]:
    """Claims with an aside between commas that their aligned source sentences have no
    word of (but for the headline's name for the sentence's subject: see
    :func:`_headline_subject`)."""
    if lang != "en":
        return []
    problems = []
    for alignment in alignments:
        if alignment.support < WELL_SUPPORTED or not alignment.sentences:
            continue
        theirs = aligned_keys(alignment, index)
        for m in _ASIDE.finditer(alignment.claim.text):
            aside = unaligned_words(m.group(1), theirs)
            if aside is None:
                continue
            before = alignment.claim.text[: m.start()]
            if (
                not _said_elsewhere(before, aside, index)
                and not _headline_subject(before, m.group(1), headline)
                and not said_nearby(m.group(1), alignment.sentences, index, headline)
            ):
                problems.append(
                    Problem(
                        "unsupported",
                        f"the sentence this rests on does not say: {m.group(1)!r}",
                        alignment.claim.text,
                    )
                )
    return problems


def aligned_keys(alignment: Alignment, index: SourceIndex) -> frozenset[str]:
    """The word keys of the source sentences a claim is aligned with."""
    return frozenset().union(*(index.keys[i] for i in alignment.sentences))


def unaligned_words(phrase: str, theirs: frozenset[str]) -> tuple[frozenset[str], ...] | None:
    """The content words of a phrase a claim adds, when the aligned sentences (``theirs``)
    have none of them; None for a figure (the number checks') or a speaker (", says X,"),
    a phrase too short or too long to judge, or one the sentences share a word with."""
    if any(ch.isdigit() for ch in phrase) or has_cue(phrase, "en"):
        return None
    found = content_words(phrase, "en")
    if not MIN_ASIDE_WORDS <= len(found) <= MAX_ASIDE_WORDS:
        return None
    return None if any(keys & theirs for keys in found) else found


def _said_elsewhere(before: str, aside: tuple[frozenset[str], ...], index: SourceIndex) -> bool:
    """Whether a source sentence gives the aside to the same word ("his father, Prince
    Charles," where the source names "his father, Prince Charles" in another sentence;
    "Azza, a Tel Rumeida resident," where it says "Azza lives in Tel Rumeida"): the word it
    follows and every content word of the aside stand together there."""
    head = next((w for w in reversed(words(before)) if is_content(w, "en")), None)
    if head is None:
        return False
    wanted = (word_keys(head, "en"), *aside)
    return any(all(w & theirs for w in wanted) for theirs in index.keys)


# How far from a sentence the claim rests on a source sentence may stand and still be the
# same passage: an article tells one moment over a few sentences ("The couple revealed
# their second child will be a girl." then two quotes, then "..., adding their daughter is
# due in the summer").
NEARBY = 5
PHRASE_SLACK = 2  # words the source's phrase may have beyond the aside's ("to me from")


def said_nearby(
    phrase: str,
    aligned: tuple[int, ...],
    index: SourceIndex,
    headline: str | None = None,
    lang: str = "en",
) -> bool:
    """Whether a source sentence near those a claim rests on says the aside as a phrase:
    its content words in the same order, within a run of words barely longer than the
    aside ("due in the summer", "relayed to her by Harry" for "relayed to me from
    Harry"). A brief that folds a detail of the next sentences of the same passage into
    an aside keeps their fact; words of the article that only occur scattered, or far
    from the claim's own sentences ("backed by the AfD" for an article whose AfD opposes
    the project), stay unsupported. The headline, where the source opens with it, is no
    sentence of the passage: its label for someone is judged by :func:`_headline_subject`."""
    mine = [word_keys(w, lang) for w in words(phrase) if is_content(w, lang)]
    span = len(words(phrase)) + PHRASE_SLACK
    near = {
        i
        for at in aligned
        for i in range(max(0, at - NEARBY), min(len(index.sentences), at + NEARBY + 1))
    }
    title = words(headline) if headline else []
    return any(
        _in_order(mine, theirs, span, lang)
        for theirs in (words(index.sentences[i].text) for i in sorted(near))
        if theirs != title
    )


def _in_order(mine: list[frozenset[str]], theirs: list[str], span: int, lang: str) -> bool:
    """Whether ``mine`` (word keys) occur in ``theirs`` in order within ``span`` words."""
    if not mine:
        return False
    keys = [word_keys(w, lang) for w in theirs]
    for start, first in enumerate(keys):
        if not first & mine[0]:
            continue
        at, wanted = start + 1, 1
        while wanted < len(mine) and at < min(len(keys), start + span):
            wanted += bool(keys[at] & mine[wanted])
            at += 1
        if wanted == len(mine):
            return True
    return False


# "Esteban Santiago, 26, the Florida airport assailant, made ..." under the headline
# "Florida Airport Assailant May Have Heard Voices ...": the aside calls the sentence's
# subject what the headline calls the article's (its subject, the words it opens with).
_DETERMINED = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)
SUBJECT_WORDS = 5  # the words before such an aside: the name, an age, a title
# A hedge on the headline's label ("the suspected Florida airport assailant"): it takes
# certainty away, it adds no fact.
_QUALIFIERS = frozenset({"suspected", "alleged", "accused", "presumed", "apparent", "reported"})


def _headline_subject(before: str, aside: str, headline: str | None) -> bool:
    """Whether an aside right after the sentence's opening name is a noun phrase whose
    content words are those the headline opens with, in order."""
    if not headline or not _DETERMINED.match(aside) or len(words(before)) > SUBJECT_WORDS:
        return False
    mine = [
        word_keys(w, "en")
        for w in words(aside)
        if is_content(w, "en") and w.lower() not in _QUALIFIERS
    ]
    opening = [word_keys(w, "en") for w in words(headline) if is_content(w, "en")]
    return len(opening) >= len(mine) and all(
        a & b for a, b in zip(mine, opening[: len(mine)], strict=True)
    )

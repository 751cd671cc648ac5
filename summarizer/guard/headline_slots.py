"""The headline's word put in the slot where the article's body says something else.

An article's headline is the outlet's, not its text: a brief that follows a body sentence
word for word on both sides of a short stretch, and in that stretch has a word only the
headline has where the body has words of its own ("reporting the attack on the children
in the kindergarten" for "reporting the violence in the kindergarten", under a headline of
a kindergarten "where children were attacked"), states the headline's claim as the body's.
The brief is aligned to each body sentence by word keys (any inflection, any proclitic),
and each headline word is paired with the body's words between the same kept neighbours,
which count only where the brief nowhere has them: a body word the brief merely moves
elsewhere ("approved" set against "arguing") is never taken for one it replaced.

Only where the headline stands apart from the text: a feed entry's title is a line of its
source, and a faithful brief may put the title's word for the body's ("listing" for
"enumerating"); that case is headline_only.py's run-anchored check.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import pairwise
from typing import NamedTuple

from summarizer.guard.content_keys import all_word_keys, is_content, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import Sentence, fold, sentences, words

MAX_SLOT = 3  # content words on either side of a stretch: a longer one is a new clause
MIN_BESIDE = 3  # words kept right before and after the stretch together
MIN_KEPT = 4  # words the brief sentence keeps of the body sentence in all


class Slot(NamedTuple):
    """A stretch where a brief sentence and a body sentence part, between kept words."""

    brief: list[str]
    body: list[str]
    beside: int  # words kept right before and right after it
    kept: int  # words the two sentences share in order, in all


def stood_in(
    summary: str,
    body_sentences: list[Sentence],
    headline_keys: set[str],
    only: Callable[[str], bool],
    lang: str,
) -> list[Problem]:
    """Brief sentences where a headline-only word (``only``) fills a body sentence's slot
    in place of body words that neither the brief nor the headline (``headline_keys``)
    has."""
    bodies = [[w for w in words(s.text) if is_content(w, lang)] for s in body_sentences]
    body_keys = [[word_keys(w, lang) for w in body] for body in bodies]
    told = all_word_keys(summary, lang) | headline_keys
    problems = []
    for sentence in sentences(summary):
        brief = [w for w in words(sentence.text) if is_content(w, lang)]
        if not any(only(w) for w in brief):
            continue  # no headline-only word to stand in anywhere: nothing to align
        mine = [word_keys(w, lang) for w in brief]
        for body, keys in zip(bodies, body_keys, strict=True):
            if _shared(mine, keys) < MIN_KEPT:
                continue  # too few words in common to keep MIN_KEPT in order
            found = next(
                (
                    (w, slot)
                    for slot in slots(brief, body, lang)
                    for w in _stand_in(slot, only, told, lang)
                ),
                None,
            )
            if found:
                word, slot = found
                problems.append(
                    Problem(
                        "headline",
                        f"says {word!r}, the headline's word, where the article's body says"
                        f" {' '.join(slot.body)!r}",
                        sentence.text,
                    )
                )
                break
    return problems


def _shared(mine: list[frozenset[str]], theirs: list[frozenset[str]]) -> int:
    """How many of the brief sentence's words (``mine``: their keys) the body sentence
    (``theirs``) has."""
    known = frozenset().union(*theirs)
    return sum(bool(keys & known) for keys in mine)


def _stand_in(slot: Slot, only: Callable[[str], bool], told: set[str], lang: str) -> list[str]:
    """The slot's headline-only words, where the body's words in it are ones the brief and
    the headline nowhere have (``told``: their keys; the brief dropped them, not moved
    them)."""
    if not slot.brief or not slot.body or max(len(slot.brief), len(slot.body)) > MAX_SLOT:
        return []
    if slot.beside < MIN_BESIDE or slot.kept < MIN_KEPT:
        return []
    if any(word_keys(w, lang) & told for w in slot.body):
        return []
    return [w for w in slot.brief if only(w)]


def slots(brief: list[str], body: list[str], lang: str) -> list[Slot]:
    """Where a brief sentence's content words and a body sentence's part, between the
    words they share in order (matched by word keys), the two ends included."""
    mine = _as_body_words(brief, body, lang)
    theirs = [fold(w) for w in body]
    blocks = SequenceMatcher(a=mine, b=theirs, autojunk=False).get_matching_blocks()
    kept = sum(b.size for b in blocks)
    out = []
    edges = [(0, 0, 0), *((b.a, b.b, b.size) for b in blocks)]
    for (a0, b0, before), (a1, b1, after) in pairwise(edges):
        out.append(Slot(brief[a0 + before : a1], body[b0 + before : b1], before + after, kept))
    return out


def _as_body_words(brief: list[str], body: list[str], lang: str) -> list[str]:
    """Each brief word as the first body word it meets by key (folded), or as itself
    marked apart: the two sentences then compare word for word."""
    first: dict[str, int] = {}
    for j in reversed(range(len(body))):
        first.update(dict.fromkeys(word_keys(body[j], lang), j))
    out = []
    for word in brief:
        at = [first[k] for k in word_keys(word, lang) if k in first]
        out.append(fold(body[min(at)]) if at else "\0" + fold(word))
    return out

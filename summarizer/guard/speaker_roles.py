"""A claim moved to another person who is named in the role of its true speaker.

"says Ori Givati, a legal researcher at the organization" where the source has Tahseen
Elayyan, Al-Haq's legal researcher, say it (and Givati speak for another group): the claim
is misattributed, and a real person of the article also stands in a role that is not his.
Where the brief ties its (wrong) speaker to a role, by a title in the speaker's words
("Its director, Dr. Marwan Al-Hams") or an apposition right after the name (", a legal
researcher"), the swap is a name in the wrong role as well. English only: titles there
are words of their own.
"""

from __future__ import annotations

from summarizer.guard.report import Problem
from summarizer.guard.roles import is_role_word
from summarizer.guard.text import words

APPOSITION = 5  # words after ", a" / ", the" that may hold the role


def moved_speaker(theirs: str, mine: str, sentence: str, lang: str) -> list[Problem]:
    """The claim given to ``mine`` where the source's speaker is ``theirs``; a name in the
    wrong role too when the brief ties ``mine`` to a role."""
    moved = Problem(
        "attribution", f"the source gives this to {theirs!r}, not to {mine!r}", sentence
    )
    return [moved, *filter(None, [role_swap(theirs, mine, sentence, lang)])]


def role_swap(theirs: str, mine: str, sentence: str, lang: str) -> Problem | None:
    """A name problem when the brief ties its speaker ``mine`` to a role; else None."""
    if lang != "en" or not (_tied_to_role(mine, sentence) or _names(theirs, mine)):
        return None
    return Problem(
        "name",
        f"the brief puts {mine!r} in the role of {theirs!r}, who says this in the source",
        sentence,
    )


def _tied_to_role(speaker: str, sentence: str) -> bool:
    if any(is_role_word(w) for w in words(speaker)):
        return True
    last = words(speaker)[-1:] if words(speaker) else []
    if not last:
        return False
    at = sentence.find(last[0])
    rest = sentence[at + len(last[0]) :].lstrip() if at >= 0 else ""
    if not rest.startswith(","):
        return False
    after = [w.lower() for w in words(rest)[: APPOSITION + 1]]
    return bool(after) and after[0] in {"a", "an", "the"} and any(is_role_word(w) for w in after)


_LINKS = frozenset({"the", "of", "for", "and", "al", "el", "bin", "abu"})


def _names(theirs: str, mine: str) -> bool:
    """Both speakers are full proper names ("Breaking the Silence", "Dr Atef Al-Kahlout",
    "Al-Haq"): one named party of the story stands where another spoke. A lone given name
    ("Harry") is a reference back, whose speaker the source's sentences tell less surely."""
    return all(_full_name(s) for s in (theirs, mine))


def _full_name(speaker: str) -> bool:
    found = [w for w in words(speaker) if not is_role_word(w)]
    named = [w for w in found if w[:1].isupper()]
    if not named or any(not w[:1].isupper() and w not in _LINKS for w in found):
        return False
    return len(named) >= 2 or "-" in named[0]

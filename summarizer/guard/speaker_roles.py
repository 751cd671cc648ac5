"""A claim moved to another person who is named in the role of its true speaker.

"says Ori Givati, a legal researcher at the organization" where the source has Tahseen
Elayyan, Al-Haq's legal researcher, say it (and Givati speak for another group): the claim
is misattributed, and a real person of the article also stands in a role that is not his.
Where the brief ties its (wrong) speaker to a role, by a title in the speaker's words
("Its director, Dr. Marwan Al-Hams") or an apposition right after the name (", a legal
researcher"), the swap is a name in the wrong role as well (English: titles there are
words of their own).

In Arabic and Hebrew, with no capitals to tell a name, a statement moved from one named
party of the article to another ("حذر المرصد" where the source has the coalition warn) is a
name in the wrong role when the source never ties the brief's party to the brief's action:
the verb next to the brief's speaker ("حذر", "אמרה") is nowhere in the source next to that
party's first word, and no source sentence the brief's sentence rests on names that party
(a paraphrased verb, "طالب" for "دعا", still tells the party's own statement).
Who did what is the source's tie of a party to an action; a brief that keeps the action
and changes the party has changed who did it.
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.guard.align import SourceIndex
from summarizer.guard.content_keys import content_words, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.roles import is_role_word
from summarizer.guard.speaker_finding import is_pronoun
from summarizer.guard.text import fold, folded_forms, words

APPOSITION = 5  # words after ", a" / ", the" that may hold the role


def moved_speaker(
    theirs: str, mine: str, sentence: str, lang: str, index: SourceIndex
) -> list[Problem]:
    """The claim given to ``mine`` where the source's speaker is ``theirs``; a name in the
    wrong role too when the brief ties ``mine`` to a role (or, ar/he, to an action the
    source never gives it)."""
    moved = Problem(
        "attribution", f"the source gives this to {theirs!r}, not to {mine!r}", sentence
    )
    return [moved, *filter(None, [role_swap(theirs, mine, sentence, lang, index)])]


def role_swap(
    theirs: str, mine: str, sentence: str, lang: str, index: SourceIndex
) -> Problem | None:
    """A name problem when the brief ties its speaker ``mine`` to a role (en) or to an
    action the source never ties it to (ar/he); else None."""
    if lang == "en":
        swapped = _tied_to_role(mine, sentence) or _names(theirs, mine)
    else:
        swapped = (
            _named_party(theirs)
            and not _acts_in_source(mine, sentence, lang, index)
            and not _in_sentences_rested_on(mine, sentence, lang, index)
        )
    if not swapped:
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


RESTS_ON = 3  # new content words a source sentence must add to be one a claim rests on
PARTY_MIN = 3  # letters of a word that names a party ("له", "to him", names nobody)


def _named_party(speaker: str) -> bool:
    """A speaker phrase that names a party, not one that points back ("هو", "له")."""
    return not is_pronoun(speaker) and any(len(fold(w)) >= PARTY_MIN for w in words(speaker))


def _acts_in_source(speaker: str, sentence: str, lang: str, index: SourceIndex) -> bool:
    """Whether a sentence of the source has the brief's speaker next to the word next to it
    in the brief (its verb: "حذر الائتلاف", "המשטרה אמרה"), in either order: the source ties
    that party to that action. Unknown (True) where the brief's speaker is not found."""
    tokens, own = [fold(w) for w in words(sentence)], [fold(w) for w in words(speaker)]
    at = next((k for k in range(len(tokens)) if tokens[k : k + len(own)] == own), None)
    if not own or at is None:
        return True
    verbs = [tokens[k] for k in (at - 1, at + len(own)) if 0 <= k < len(tokens)]
    party = folded_forms(own[0], lang)
    for verb in (folded_forms(v, lang) for v in verbs):
        for source_sentence in index.sentences:
            theirs = [folded_forms(w, lang) for w in words(source_sentence.text)]
            for a, b in pairwise(theirs):
                if (a & verb and b & party) or (a & party and b & verb):
                    return True
    return False


def _in_sentences_rested_on(speaker: str, sentence: str, lang: str, index: SourceIndex) -> bool:
    """Whether a source sentence the brief's sentence rests on names the speaker's first
    word: the party's own statement, told with other words. A brief sentence may fuse
    several of the source's; each that adds at least ``RESTS_ON`` of its content words (the
    speaker's aside) to those the closer ones share is one it rests on."""
    own = words(speaker)
    if not own:
        return True
    theirs = frozenset().union(*(word_keys(w, lang) for w in own))
    left = [k for k in content_words(sentence, lang) if not k & theirs]
    party = word_keys(own[0], lang)
    unused = list(index.keys)
    while unused:
        keys = max(unused, key=lambda ks: sum(1 for k in left if k & ks))
        shared = [k for k in left if k & keys]
        if len(shared) < RESTS_ON:
            return False
        if party & keys:
            return True
        left = [k for k in left if not k & keys]
        unused.remove(keys)
    return False

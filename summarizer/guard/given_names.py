"""A given name of the article in a translation: another person brought in, or an
ordinary word that sounds alike.

A translation that writes "אנדרו קואומו" where the English brief says "Cuomo" names the
brief's own person in full; "שהנתון" ("that the figure") has the consonants of "Anthony"
but names nobody. A given name brings in another person only where a name stands right
after it (the translation writes someone's full name), and that name is not the same
person's surname that the English brief already names.
"""

from __future__ import annotations

from summarizer.guard.transliteration import close, skeleton, token_skeletons

MIN_NAME = 2  # skeletons this long may be a surname


def skeletons_by_token(tokens: list[str], lang: str) -> list[set[str]]:
    """The skeletons of each word of a translation, in order (with and without
    proclitics)."""
    return [token_skeletons([t], lang) for t in tokens]


def adds_person(
    run: list[str], given: int, tokens: list[set[str]], named: set[str], names: set[str]
) -> bool:
    """Whether the translation (``tokens``: :func:`skeletons_by_token`) writes the given
    name ``run[given]`` of the article's person ``run`` before a name (``names``: skeletons
    of the article's and the brief's names), other than ``run``'s own surname where the
    English brief names it (``named``: skeletons of the English brief's names)."""
    mine = skeleton(run[given])
    surname = skeleton(run[-1])
    own = any(close(surname, n) for n in named)
    for k in range(len(tokens) - 1):
        if mine not in tokens[k]:
            continue
        following = tokens[k + 1]
        if own and any(close(surname, f) for f in following):
            continue  # the brief's own person, written in full
        if any(len(n) >= MIN_NAME and close(n, f) for n in names for f in following):
            return True
    return False

"""A headline's hedge dropped: a brief that states as done what its headline only expects.

English headlines hedge a claim with a word before it: "COVID-19 likely originated in lab
leak", "Hospital system on brink of total collapse", "Strike may have killed commander". A
brief sentence that restates that claim (it has the hedged word, in any inflection, and
another of the headline's content words) with no hedge of its own anywhere ("has confirmed
that COVID-19 originated", "has collapsed completely") states the headline's expectation as
fact. Only a claim the article's body never states plainly is judged: where a body sentence
has the word with no hedge, the brief may follow the body.
"""

from __future__ import annotations

from itertools import takewhile

from summarizer.guard.align import all_word_keys, is_content, keys_of, part_keys, word_keys
from summarizer.guard.claim_hedges import PREPOSED_HEDGES, hedges_claim
from summarizer.guard.headline import body_text, headline_words
from summarizer.guard.headline_polarity import negated
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences, words

REACH = 3  # words after a hedge that it bears on ("brink of total collapse")
MIN_SHARED = 2  # headline content words a brief sentence restating its claim has


def _hedged_keys(headline: list[str]) -> set[str]:
    """The keys of the words a hedge of the headline bears on: the first content word after
    it ("may have got gun": "got", not its object), or after a hedging noun the content
    words of its "of" phrase ("brink of total collapse": "total", "collapse")."""
    out: set[str] = set()
    for i, word in enumerate(headline):
        if word not in PREPOSED_HEDGES:
            continue
        phrase = headline[i + 2 :] if headline[i + 1 : i + 2] == ["of"] else []
        run = list(takewhile(lambda w: is_content(w, "en"), phrase))
        if not run:
            run = [w for w in headline[i + 1 : i + 1 + REACH] if is_content(w, "en")][:1]
        for after in run:
            out |= word_keys(after, "en")
    return out


def check_headline_hedges(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """English brief sentences that state a claim the headline hedges, unhedged."""
    if lang != "en":
        return []
    own = headline_words(headline)
    claim = _hedged_keys(own)
    if not claim:
        return []
    body = body_text(source, headline)
    plain = set().union(
        *(all_word_keys(s.text, "en") for s in sentences(body) if not hedges_claim(s.text, "en"))
    )
    claim -= plain
    headline_keys = keys_of(" ".join(own), "en")
    problems = []
    for sentence in sentences(summary):
        if hedges_claim(sentence.text, "en") or negated(sentence.text, "en"):
            continue
        mine = [k for w in words(sentence.text) for keys in part_keys(w, "en") for k in keys]
        stated = claim.intersection(mine)
        if stated and len(headline_keys.intersection(mine)) >= MIN_SHARED:
            problems.append(
                Problem(
                    "headline",
                    f"states as fact what the headline ({headline.strip()!r}) only hedges",
                    sentence.text,
                )
            )
    return problems

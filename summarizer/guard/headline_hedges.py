"""A headline's hedge dropped: a brief that states as done what its headline only expects.

Headlines hedge a claim with a word before it: "COVID-19 likely originated in lab leak",
"Hospital system on brink of total collapse", "Strike may have killed commander"; in Arabic
and Hebrew often with a noun that governs the claim ("كل الشروط متوفرة لثورة", all the
conditions are there for a revolution; "על סף מיתון", on the verge of recession). A brief
sentence that restates that claim (it has the hedged word, in any inflection, and another of
the headline's content words) with no hedge of its own anywhere ("has confirmed that
COVID-19 originated", "has collapsed completely", "ثورة قد اندلعت") states the headline's
expectation as fact. Only a claim the article's body never states plainly is judged: where
the body has the word with no hedge, the brief may follow the body. The hedge words are
claim_hedges.py's, shared with the hardening check."""

from __future__ import annotations

from itertools import takewhile

from summarizer.guard.claim_hedges import hedges_claim, is_claim_hedge, is_preposed_hedge
from summarizer.guard.content_keys import all_word_keys, is_content, keys_of, part_keys, word_keys
from summarizer.guard.headline import body_text, headline_words
from summarizer.guard.headline_polarity import negated
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences, words

REACH = 3  # words after a hedge that it bears on ("brink of total collapse")
MIN_SHARED = 2  # headline content words a brief sentence restating its claim has
STATEMENT = 6  # words either side of a body's plain claim word that state it with it
FOLLOW = 2  # content words besides the claim a brief sentence shares with the body's statement
# Prepositions written onto the noun a hedging noun governs (ل، ب; ל، ב، מ).
_PREPOSITIONS = {"ar": ("ل", "ب"), "he": ("ל", "ב", "מ")}


def _hedged_keys(headline: list[str], lang: str) -> set[str]:
    """The keys of the words a hedge of the headline bears on. English: the first content
    word after it ("may have got gun": "got", not its object), or after a hedging noun the
    content words of its "of" phrase ("brink of total collapse": "total", "collapse").
    Arabic and Hebrew: the noun the hedge governs, the first of its next few words that
    a preposition is written onto ("كل الشروط متوفرة لثورة", all the conditions are there
    for a revolution; "חשש מהתפשטות", fear of spreading), else the word right after it
    ("על סף קריסה", on the verge of collapse)."""
    out: set[str] = set()
    for i, word in enumerate(headline):
        if not is_preposed_hedge(word, lang):
            continue
        after = [w for w in headline[i + 1 : i + 1 + REACH] if is_content(w, lang)]
        if lang == "en":
            phrase = headline[i + 2 :] if headline[i + 1 : i + 2] == ["of"] else []
            after = list(takewhile(lambda w: is_content(w, "en"), phrase)) or after[:1]
        else:
            governed = [w for w in after if w.startswith(_PREPOSITIONS[lang])]
            after = governed[:1] or after[:1]
        for claim in after:
            out |= word_keys(claim, lang)
    return out


def _plain_statements(body: str, claim: set[str], lang: str) -> list[frozenset[str]]:
    """The content keys around each place where the body has a claim word with no hedge in
    the few words before it (a hedge later in the sentence bears on another claim): the
    words of that statement, a few either side (a long interview may run as one sentence)."""
    out = []
    for sentence in sentences(body):
        said = words(sentence.text)
        for i, word in enumerate(said):
            if claim.isdisjoint(all_word_keys(word, lang)):
                continue
            if not any(is_claim_hedge(w, lang) for w in said[max(0, i - REACH) : i]):
                around = said[max(0, i - STATEMENT) : i] + said[i + 1 : i + STATEMENT + 1]
                out.append(keys_of(" ".join(around), lang))
    return out


def _denied(sentence: str, claim: set[str], lang: str) -> bool:
    """Whether a negation stands in the few words before a claim word of the sentence (a
    "not" elsewhere in it denies another of its claims)."""
    said = words(sentence)
    return any(
        not claim.isdisjoint(all_word_keys(word, lang))
        and negated(" ".join(said[max(0, i - REACH) : i]), lang)
        for i, word in enumerate(said)
    )


def check_headline_hedges(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """Brief sentences that state a claim the headline hedges, unhedged. A brief sentence
    that follows a place where the body states the claim word plainly (two more content
    words in common) is left alone: the body's plain "the revolution" may be another one
    than the headline's, and the brief may follow the body."""
    own = headline_words(headline)
    claim = _hedged_keys(own, lang)
    if not claim:
        return []
    body = body_text(source, headline)
    plain = _plain_statements(body, claim, lang)
    headline_keys = keys_of(" ".join(own), lang)
    problems = []
    for sentence in sentences(summary):
        if hedges_claim(sentence.text, lang) or _denied(sentence.text, claim, lang):
            continue
        mine = [k for w in words(sentence.text) for keys in part_keys(w, lang) for k in keys]
        stated = claim.intersection(mine)
        if not stated or len(headline_keys.intersection(mine)) < MIN_SHARED:
            continue
        if any(len(keys.intersection(mine) - claim) >= FOLLOW for keys in plain):
            continue
        problems.append(
            Problem(
                "headline",
                f"states as fact what the headline ({headline.strip()!r}) only hedges",
                sentence.text,
            )
        )
    return problems

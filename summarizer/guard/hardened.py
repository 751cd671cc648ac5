"""Hardening: a claim the source (or its headline) hedges, stated as fact.

"He may have procured a gun there" retold as "he obtained the gun there"; the headline's
"May Have Heard Voices" as "He had heard voices". The hedge is the source's own word on how
sure the claim is, like a figure's "about": a brief that drops it claims more than the
source does. A hedged predicate is the words after a modal hedge ("may have", "ربما",
"ייתכן") up to the end of its clause; a brief sentence that repeats most of its content
words with no hedge of its own (and no other brief sentence hedging them) hardens it. That
is a fault of framing (headline, since round 12) and of attribution as well: the brief
states on its own word what the source only allows.

And an intensifier of finality ("definitively", "نهائيا", "סופית") that neither the source
nor its headline uses: the brief makes an outcome final that the source leaves open.
"""

from __future__ import annotations

import re

from summarizer.guard.claim_hedges import hedges_claim
from summarizer.guard.content_keys import content_words
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, folded_forms, sentences, words

# The source's modal hedges, narrow: each one marks the claim after it as possible only.
_SOURCE_HEDGE = {
    "en": re.compile(
        r"\b(?:[Mm]ay|[Mm]ight|[Cc]ould) (?:[Hh]ave|[Bb]e)\b|\bmight\b|\bmay\b(?= [a-z])"
        r"|\b(?:appeared|appears|seemed|seems) to\b|\b(?:possibly|probably|apparently)\b"
    ),
    "ar": re.compile(
        r"(?:^|\s)(?:ربما|قد (?=[يت])|يحتمل|يُحتمل|من المحتمل|من المرجح|يرجح|يبدو|على ما يبدو)"
    ),
    "he": re.compile(r"(?:^|\s)(?:ייתכן|יתכן|ככל הנראה|כנראה|עשוי\S*|עלול\S*|אולי)"),
}
# A clause ends at punctuation, a line break or a dash, or where a relative or
# subordinate clause (whose claim the hedge does not cover) begins.
_CLAUSE_END = re.compile(
    r"[,;:.!?\"“”()\n–—]| - |\b(?:that|which|who|where|when|while|because|after|before|as)\b"
    r"|(?:^|\s)(?:الذي|التي|الذين|حيث|عندما|بعد|قبل|لأن|כאשר|כש|אחרי|לפני|משום|מפני)(?=\s)"
)
PREDICATE_WORDS = 10  # words after the hedge that may belong to its claim
# English light verbs: "may have got a gun" says little by its verb, and a brief that
# restates it says "obtained", "bought", "acquired"; the claim rests on what follows.
_LIGHT_VERBS = frozenset(
    ["get", "gets", "got", "gotten", "getting", "take", "took", "taken", "make", "made"]
)
MIN_PREDICATE = 2  # content words a hedged predicate needs to be recognised
STRONG = 3  # words of it that restate it even in other words for its verb
SHARE = 0.6  # of them a brief sentence must repeat to restate it

# Finality the source must state itself (a closed list; folded, with Arabic and Hebrew
# proclitics read off).
_FINAL = {
    "en": "definitively conclusively irreversibly permanently",
    "ar": "نهائيا نهائي قطعيا",
    "he": "סופית לצמיתות",
}
_FINAL_WORDS = {lang: frozenset(fold(w) for w in ws.split()) for lang, ws in _FINAL.items()}


def _predicates(text: str, lang: str) -> list[tuple[frozenset[str], ...]]:
    """The content words of each hedged predicate of a text."""
    out = []
    for m in _SOURCE_HEDGE[lang].finditer(text):
        rest = text[m.end() :]
        end = _CLAUSE_END.search(rest)
        said = words(rest[: end.start() if end else len(rest)])[:PREDICATE_WORDS]
        if lang == "en" and said and said[0].lower() in _LIGHT_VERBS:
            said = said[1:]
        clause = " ".join(said)
        found = content_words(clause, lang)
        if len(found) >= MIN_PREDICATE:
            out.append(found)
    return out


def check_hardened(source: str, summary: str, lang: str, headline: str | None) -> list[Problem]:
    """Brief sentences that state as fact a predicate the source or headline hedges, and
    finality words the source never uses."""
    if lang not in _SOURCE_HEDGE:
        return []
    problems = _finality(source, summary, lang, headline)
    texts = [source, headline] if headline else [source]
    if not any(_SOURCE_HEDGE[lang].search(t) for t in texts):
        return problems
    claims = [s.text for s in sentences(summary)]
    keys = [frozenset().union(*content_words(c, lang)) for c in claims]
    hedged = [hedges_claim(c, lang) for c in claims]
    for text in texts:
        for predicate in _predicates(text, lang):
            need = max(MIN_PREDICATE, round(SHARE * len(predicate) + 0.001))
            # the hedged word itself (its verb, as a rule) restated, or three of its words
            hits = [sum(1 for w in predicate if w & k) for k in keys]
            hits = [
                h if h >= STRONG or predicate[0] & k else 0 for h, k in zip(hits, keys, strict=True)
            ]
            if any(h >= MIN_PREDICATE and hedged[i] for i, h in enumerate(hits)):
                continue  # a brief sentence keeps the hedge
            for i, h in enumerate(hits):
                if h >= need:
                    problems += [
                        Problem(
                            kind,
                            "the source hedges this claim (may, might, perhaps); the summary"
                            " states it as fact",
                            claims[i],
                        )
                        for kind in ("headline", "attribution")
                    ]
    return problems


def _finality(source: str, summary: str, lang: str, headline: str | None) -> list[Problem]:
    bag = _FINAL_WORDS[lang]
    mine = [w for w in words(summary) if folded_forms(w, lang) & bag]
    if not mine or any(folded_forms(w, lang) & bag for w in words(source + " " + (headline or ""))):
        return []
    return [
        Problem("headline", f"the source does not say this is final: {w!r}", summary) for w in mine
    ]

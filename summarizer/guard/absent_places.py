"""A place the source never names: "התרעה על חדירת כלי טיס עוין מלבנון" where the source
says only that a hostile aircraft was reported, "من منفاه في القاهرة" where it says only
"from his exile".

One added word is too little for the support check (a paraphrase adds words too), but a
place is a fact: where the attack came from, where someone was. In English a place is a
capitalised name, which the name check already looks for; in Arabic and Hebrew a place of
:mod:`places` in a brief whose source has no form of it (the country, its people's name)
is unsupported. Israel is the setting of every article the bot briefs (the relevance
filter keeps only the conflict's news): a brief may name it where the source says "this
entity" or "the occupation".
"""

from __future__ import annotations

from summarizer.guard.places import ISRAEL, place_name, place_of
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences, words


def check_absent_places(summary: str, source: str, lang: str) -> list[Problem]:
    """Places named by the brief (ar/he) that the source names in no form."""
    if lang not in ("ar", "he"):
        return []
    named = {ISRAEL} | {place_of(w, lang) for w in words(source)}
    problems = []
    for sentence in sentences(summary):
        for word in words(sentence.text):
            place = place_of(word, lang)
            if place is not None and place not in named:
                named.add(place)  # reported once
                problems.append(
                    Problem(
                        "unsupported",
                        f"the source names no {place_name(place)}: {word!r}",
                        sentence.text,
                    )
                )
    return problems

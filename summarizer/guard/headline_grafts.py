"""The headline's words grafted onto a body sentence's claim.

A brief claim that rests on a body sentence ("the state was still enduring great pain")
and adds to it words that sentence lacks but the headline has ("... as the city carries out
mass burials", under "New York ramps up mass burials") states the headline's framing as
part of what the body sentence says. The body may have those words elsewhere, about
something else; what counts is that the claim's own sentences do not. Two or more such
words (in any inflection) make the graft: one is the headline's vocabulary, free to use.
English only: in Arabic and Hebrew no capital tells the headline's names (its speaker, a
place) from its claim, and a name the brief adds beside its claim is no framing.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import content_words, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words

# ", the suspected airport assailant,": an apposition naming the subject as a headline may
_ASIDE = re.compile(r",\s[^,;:.!?\"“”]{3,80},\s")
MIN_GRAFT = 2  # headline words a claim adds to its sentences: fewer is vocabulary
WELL_SUPPORTED = 0.5  # the rest of the claim must rest on its sentences
MIN_BODY_SENTENCES = 4  # a shorter body (a feed item's teaser) need not restate its title


def check_headline_grafts(
    alignments: list[Alignment], index: SourceIndex, lang: str, headline: str | None
) -> list[Problem]:
    """Claims that add two or more of the headline's words to the body sentences they
    rest on."""
    if not headline or lang != "en":
        return []
    title = {k for w in words(headline) for k in word_keys(w, lang)}
    title_line = fold(headline.strip())
    problems: list[Problem] = []
    if sum(fold(s.text.strip()) != title_line for s in index.sentences) < MIN_BODY_SENTENCES:
        return problems  # a feed item's teaser leaves the title's facts to the title
    for alignment in alignments:
        if alignment.support < WELL_SUPPORTED or not alignment.sentences:
            continue
        # the headline, where the source holds it as a line, is no body sentence
        body = [
            i for i in alignment.sentences if fold(index.sentences[i].text.strip()) != title_line
        ]
        if not body:
            continue  # a claim resting on the headline alone: the headline check's
        theirs = frozenset().union(*(index.keys[i] for i in body))
        claim = _ASIDE.sub(", ", alignment.claim.text)  # an aside: inserted_phrases judges it
        grafted = [
            w
            for w in words(claim)
            if not (lang == "en" and w[:1].isupper())
            and not has_cue(w, lang)
            and content_words(w, lang)
            and not word_keys(w, lang) & theirs
            and word_keys(w, lang) & title
        ]
        if len(grafted) >= MIN_GRAFT and not _together_in_body(grafted, index, title_line, lang):
            problems.append(
                Problem(
                    "headline",
                    f"adds the headline's {' '.join(grafted)!r} to what the body sentence says",
                    alignment.claim.text,
                )
            )
    return problems


def _together_in_body(grafted: list[str], index: SourceIndex, title_line: str, lang: str) -> bool:
    """Whether one body sentence has every grafted word: then the body says it too, and
    the headline only echoes the body."""
    wanted = [word_keys(w, lang) for w in grafted]
    return any(
        all(w & index.keys[i] for w in wanted)
        for i, s in enumerate(index.sentences)
        if fold(s.text.strip()) != title_line
    )

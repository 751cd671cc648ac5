"""A phrase added to a true claim after a connective: "received an award to a standing
ovation", "withdraw from Bashiqa by the end of the month", "after being ordered south".

The aside check (:mod:`inserted_phrases`) reads phrases set off by commas; these are not.
A phrase opened by a connective of time, cause or manner ("after", "because of", "by",
"made by"), or a closing appositive (", the first such ... ."), adds a fact the source
does not state where the claim's aligned source sentences lack its first word (the
connective's object) and half its words, and the whole source never uses one of them
("after a strike hit its generators", where the sentence names the generators but no
strike). Where the sentences have the connective and its object ("לאחר שעות של מאמצים"
for the source's "לאחר שעות"), the phrase is the source's own cause or time, perhaps
retold at more length (in Arabic and Hebrew; English is read so for any object).

In Arabic and Hebrew the same connectives ("بسبب", "خلال", "בשל", "בהוראת", "לאחר ש")
open such a phrase ("ألغى زيارته بسبب عاصفة", "בוטל בהוראת רופאיו"); there it is read
from the connective to the end of its clause, only where the claim has said something
before it (a concession that opens the sentence is the claim's frame, aligned with it),
and of at most four content words (:data:`PHRASE_WORDS`: a longer one is a clause of
its own, which the support checks weigh). The rest of the claim must rest on its
sentences, judged with or without the phrase: in a short claim the phrase alone may
outweigh the source's words ("ותושבים פונו מבתיהם לאחר שהאש התקרבה לשכונה").
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content
from summarizer.guard.cues import has_cue
from summarizer.guard.inserted_phrases import aligned_keys
from summarizer.guard.report import Problem
from summarizer.guard.respellings import any_keys, known_anywhere
from summarizer.guard.text import PROCLITIC_LETTERS, fold, words

_PHRASE = re.compile(
    r"\b(?:after|following|amid|because of|due to|to a|to an|by|made by|before|until"
    r"|despite|under)\s([^,;:.!?\"“”()]{3,60}?)(?=\s(?:and|but|while|as)\s|[,;:.!?\"“”()]|$)"
    r"|,\s((?:the|a|an)\s[^,;:!?\"“”()]{3,60})\.?$"
)
SUPPORTED = 0.6  # the rest of the claim must rest on its sentences


def check_inserted_connectives(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims with a connective phrase their aligned sentences have no word of."""
    if lang != "en":
        return _source_language_phrases(alignments, index, lang)
    problems = []
    for alignment in alignments:
        if alignment.support < SUPPORTED or not alignment.sentences:
            continue
        theirs = aligned_keys(alignment, index)
        for m in _PHRASE.finditer(alignment.claim.text):
            if not _adds_a_fact(m.group(1) or m.group(2), theirs, index, lang):
                continue
            problems.append(
                Problem(
                    "unsupported",
                    f"the sentence this rests on does not say: {m.group(0).strip(' ,.')!r}",
                    alignment.claim.text,
                )
            )
    return problems


# after / following / amid / because of / by order of / before / until / despite / during
_CONNECTIVES = {
    "ar": "بعد|بعدما|إثر|اثر|عقب|في ظل|بسبب|بفعل|جراء|بأمر|قبل|حتى|رغم|برغم|خلال",
    "he": "לאחר|אחרי|בעקבות|על רקע|בשל|בגלל|עקב|בהוראת|לפני|עד|למרות|במהלך",
}
_AND = {"ar": "و", "he": "ו"}
_SOURCE_PHRASE = {
    # a lookahead, so that a phrase inside another's ("بعد ... بسبب ...") is read too
    lang: re.compile(rf"(?<!\S)(?=({_AND[lang]}?(?:{connectives})\s([^,;:.!?\"“”()،؛]{{2,60}})))")
    for lang, connectives in _CONNECTIVES.items()
}
# content words of a phrase judged: English reads only set phrases, the others any
PHRASE_WORDS = {"en": (2, 6), "ar": (1, 4), "he": (1, 4)}


def _source_language_phrases(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Arabic and Hebrew claims with a connective phrase after their own words that their
    aligned sentences have little of (in any spelling) and the source lacks a word of."""
    problems = []
    for alignment in alignments:
        if not alignment.sentences:
            continue
        claim = alignment.claim.text
        theirs = aligned_keys(alignment, index)
        for m in _SOURCE_PHRASE[lang].finditer(claim):
            if not any(is_content(w, lang) for w in words(claim[: m.start()])):
                continue
            rest = claim[: m.start()] + claim[m.end(1) :]
            if alignment.support < SUPPORTED and _share(rest, theirs, lang) < SUPPORTED:
                continue  # the claim's own words must rest on its sentences
            texts = [index.sentences[i].text for i in alignment.sentences]
            own = _has_connective(m.group(1)[: -len(m.group(2))], texts, lang)
            if not _adds_a_fact(m.group(2), theirs, index, lang, own):
                continue
            problems.append(
                Problem(
                    "unsupported",
                    f"the sentence this rests on does not say: {m.group(1).strip()!r}",
                    claim,
                )
            )
            break  # one phrase per claim: a phrase inside it would name the same words
    return problems


def _share(text: str, theirs: frozenset[str], lang: str) -> float:
    """The share of the text's content words that the aligned sentences have."""
    mine = list(dict.fromkeys(w for w in words(text) if is_content(w, lang)))
    return sum(1 for w in mine if any_keys(w, lang) & theirs) / len(mine) if mine else 0.0


def _has_connective(connective: str, texts: list[str], lang: str) -> bool:
    """Whether the sentences use the connective ("לאחר" in "לאחר שעות: ..."), with or
    without a proclitic (its "and")."""
    core = connective.strip()
    if core[:1] == _AND[lang] and core[1:] and _SOURCE_PHRASE[lang].match(core[1:] + " x"):
        core = core[1:]
    pattern = re.compile(rf"(?<!\S)[{PROCLITIC_LETTERS[lang]}]?{re.escape(fold(core))}(?!\S)")
    return any(pattern.search(fold(text)) for text in texts)


def _adds_a_fact(
    phrase: str, theirs: frozenset[str], index: SourceIndex, lang: str, own: bool = True
) -> bool:
    """Whether a connective's phrase adds what the aligned sentences (``theirs``) do not
    say: not a figure or a speaker (the number and attribution checks'), its first word
    (where they use the connective too: ``own``) and half its words not theirs (in any
    spelling), a word of it nowhere in the source."""
    if any(ch.isdigit() for ch in phrase) or has_cue(phrase, lang):
        return False
    mine = list(dict.fromkeys(w for w in words(phrase) if is_content(w, lang)))
    least, most = PHRASE_WORDS[lang]
    if not least <= len(mine) <= most:
        return False
    aligned = [bool(any_keys(w, lang) & theirs) for w in mine]
    if (own and aligned[0]) or 2 * sum(aligned) >= len(mine):
        return False  # the sentence's own cause or time, perhaps retold at more length
    # every word the source's, said of something else: a paraphrase
    return not all(known_anywhere(w, index, lang) for w in mine)

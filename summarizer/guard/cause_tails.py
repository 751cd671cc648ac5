"""A cause or consequence phrase hung on a true claim, with no comma before it.

"The council closed the bridge because of the mayor's election": the claim's head is the
source's, the phrase its connective opens (because of, due to, forcing, after, amid; بسبب،
جراء، إثر؛ בשל, בגלל, בעקבות) a reason or an outcome the writer added. Such a phrase states
a fact of its own, so the sentences the claim rests on must state it too: a phrase whose
first content word and at least half of whose content words those sentences and their
neighbours lack is unsupported, though its words may occur far off in the article, said
of something else. English "and" opens such a phrase too, an added fact joined to the
source's ("closed the bridge and a ferry service"). :mod:`inserted_connectives`
judges a short phrase with a word the source never uses; this one the phrase made of the
article's words, put in the wrong place. A
phrase with a figure is the number checks' to judge, one with a speech cue the
attribution checks'. Purpose phrases ("to ...", "כדי ...") are left out: faithful briefs
retell a source's purpose in words of their own too often to judge them by words.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, Claim, SourceIndex, align, stated_elsewhere
from summarizer.guard.content_keys import content_words
from summarizer.guard.cues import has_cue
from summarizer.guard.inserted_phrases import said_nearby
from summarizer.guard.report import Problem
from summarizer.guard.said_support import home_keys

MIN_WORDS = 2  # content words of a tail judged on its own
ALONE_MAX = 0.5  # a tail the source backs at least this well elsewhere was gathered
HEAD_MIN = 0.6  # the claim before the tail must rest on its sentences

# the connective of a cause or consequence, as a whole word; the tail runs from
# it to the next comma or clause break. A causal one states why or what followed, so its
# tail must be the home sentences' even where another sentence has all its words; a
# temporal one ("after", "amid"), or English "and" adding a second predicate or object
# ("closed the bridge and a ferry service"), may join two of the source's facts.
# "בשל" is no cause at the start of "בשלושה", nor "due to" at the start of "due tomorrow"
# (a pronoun may end one: "بسببها", "בגללו"); Hebrew's "כתוצאה מ" ends in the next word's
# proclitic.
_END = r"(?![\w\u0590-\u06ff])"
_CAUSAL = {
    "en": rf"(?:because(?:\s+of)?|due\s+to|owing\s+to|forcing|prompting|causing|leaving){_END}",
    "ar": rf"(?:بسبب(?:ه|ها|هم)?|جراء|جرّاء|ما\s+أدى){_END}",
    "he": rf"(?:בשל|בגלל(?:ו|ה|ם|ן)?|מה\s+שגר(?:ם|מה|מו)){_END}|כתוצאה\s+מ",
}
_TEMPORAL = {
    "en": r"after|amid|and",
    "ar": r"(?:إثر|اثر)(?:ه|ها|هم)?|وسط",
    "he": r"בעקבות(?:יו|יה|יהם)?|על\s+רקע",
}
_TAIL = {
    lang: re.compile(
        rf"(?<![\w\u0590-\u06ff])"
        rf"(?=((?:({causal})|(?:{_TEMPORAL[lang]}){_END})([^,;:.!?\"“”،؛]*)))"
    )
    for lang, causal in _CAUSAL.items()
}


def check_cause_tails(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Claims with a cause or consequence phrase the sentences they rest on do not state."""
    tail_re = _TAIL.get(lang)
    if tail_re is None:
        return []
    problems = []
    for alignment in alignments:
        if not alignment.sentences:
            continue
        text = alignment.claim.text
        for m in tail_re.finditer(text):
            head, tail = text[: m.start()], m.group(1)
            causal = m.group(2) is not None
            if _unstated(alignment, head, m.group(3), index, lang, causal):
                problems.append(
                    Problem(
                        "unsupported",
                        f"the sentences this claim rests on do not state: {tail.strip()!r}",
                        text,
                    )
                )
                break
    return problems


def _unstated(
    alignment: Alignment, head: str, tail: str, index: SourceIndex, lang: str, causal: bool
) -> bool:
    """Whether ``tail`` (the words after its connective) adds content words the head's
    sentences and their neighbours lack: its first, and at least half of them (one may be
    the place or actor the claim is about); a temporal tail that another sentence states
    is the source's too, and so is a tail a nearby sentence says as a phrase ("closed the
    bridge, due to reopen in the spring": "due to" there schedules, it gives no cause)."""
    if any(ch.isdigit() for ch in tail) or has_cue(tail, lang) or has_cue(head, lang):
        return False
    if said_nearby(tail, alignment.sentences, index, lang=lang):
        return False
    mine = content_words(tail, lang)
    if len(mine) < MIN_WORDS or not content_words(head, lang):
        return False
    if align(Claim(head, alignment.claim.sentence), index).support < HEAD_MIN:
        return False
    keys = home_keys(alignment, head, index)
    theirs = [bool(w & keys) for w in mine]
    if theirs[0] or 2 * sum(theirs) >= len(mine):
        return False  # "to close the bridge to ...": the connective's object is the source's
    return causal or stated_elsewhere(tail, index) < ALONE_MAX

"""A frame the brief sets once, carried on over what the source says under one frame.

A source sentence may give two statements under one attribution ("According to the
Observatory, the fighters seized anti-tank weapons; clashes also resumed near X"). A
brief may tell them in two sentences, name the speaker in the first only, and open the
second with an additive connective ("According to the Observatory, A. Also, clashes
resumed near X." / "وبحسب المرصد، ... . كما تجددت ..."): the connective adds to the
report before it, in its voice. A second sentence without one ("Gabriel told Der
Spiegel that A. B.") is the brief's own statement, even where the source's one
sentence covered both; and a sentence resting on another source sentence, which
attributes anew, must attribute anew too.

A sentence whose opening points back with a demonstrative ("These clashes ...",
"وتدور هذه المواجهات", "העימותים האלה") speaks of what the sentence before reported; told
from the same speaker's account, it is in that report's voice.

A brief's sentence that names its speaker by a pronoun ("..., he said; ...") names the
speaker the brief named last; a clause of it that the cue does not cover is still that
speaker's word where the source gives it to them.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.guard.attribution_words import content_words
from summarizer.guard.speaker_finding import is_pronoun, speakers
from summarizer.guard.text import Sentence, fold, words


def frame_carried(
    brief: list[Sentence],
    at: int,
    clause: str,
    source: list[Sentence],
    lang: str,
    told_before: Callable[[], str | None],
) -> bool:
    """Whether brief sentence ``at``, resting on the attributed source ``clause``, is in
    the voice of that clause's speaker, named in the sentence before: it names them by a
    pronoun, points back with a demonstrative, or opens with an additive connective and
    rests on the same source sentence as the sentence before (``told_before``: the
    attributed source clause the sentence before rests on, asked last)."""
    theirs = _named(clause, lang) or _named(_sentence_of(clause, source), lang)
    if not theirs or at == 0:
        return False  # "he said": whose word it is, the brief's frame cannot tell
    before = _named(brief[at - 1].text, lang)
    if not any(same_speaker(a, b, lang) for a in before for b in theirs):
        return False
    own = speakers(brief[at].text, lang)
    if own and all(is_pronoun(sp) for sp in own):
        return True  # "..., he said; ...": the speaker named just before
    if _points_back(brief[at].text, lang):
        return True  # "X reported clashes near Y. These clashes pit ...": the same report
    if not _additive(brief[at].text, lang):
        return False
    previous = told_before()
    return previous is not None and _sentence_of(previous, source) == _sentence_of(clause, source)


# additive connectives that open a sentence: it adds to what the sentence before reports
ADDITIVE = {"en": {"also"}, "ar": {fold("كما")}, "he": {"כמו", "גם", "בנוסף"}}


def _additive(sentence: str, lang: str) -> bool:
    first = words(sentence)[:1]
    return bool(first) and fold(first[0]).lower() in ADDITIVE[lang]


# demonstratives: a sentence whose subject opens with one ("These clashes ...", "وتدور هذه
# المواجهات", "העימותים האלה") speaks of what the sentence before reported
DEMONSTRATIVES = {
    "en": {"this", "these", "that", "those"},
    "ar": {fold(w) for w in ("هذه", "هذا", "هؤلاء", "تلك", "ذلك")},
    "he": {"האלה", "הללו", "הזה", "הזאת", "הזו"},
}
OPENING_WORDS = 3  # the words of a sentence's opening that hold its subject


def _points_back(sentence: str, lang: str) -> bool:
    return any(fold(w).lower() in DEMONSTRATIVES[lang] for w in words(sentence)[:OPENING_WORDS])


def _sentence_of(clause: str, source: list[Sentence]) -> str:
    return next((s.text for s in source if clause in s.text), "")


def _named(text: str, lang: str) -> list[str]:
    return [sp for sp in speakers(text, lang) if not is_pronoun(sp)]


def same_speaker(mine: str, theirs: str, lang: str) -> bool:
    """Whether the head of one speaker phrase is a word of the other ("المرصد السوري
    لحقوق الإنسان" and "المرصد"; "Amnesty International" and "Amnesty"): a shared
    modifier ("السوري", "سورية") names two different speakers."""
    return speaker_head(mine, lang) & content_words(theirs, lang) != frozenset() or (
        speaker_head(theirs, lang) & content_words(mine, lang) != frozenset()
    )


_EN_PREPOSITIONS = {"of", "in", "at", "for", "from", "with", "on", "to", "by"}


def speaker_head(speaker: str, lang: str) -> frozenset[str]:
    """The head noun of a speaker phrase, as content-word keys: in English its last word
    before a preposition ("Health officials" → officials; "the director of the hospital"
    → director); in Arabic and Hebrew, where the head comes first, its first content word
    ("المرصد السوري" → المرصد, "שירותי ההצלה" → שירותי)."""
    said = words(speaker)
    if lang == "en":
        cut = next((k for k, w in enumerate(said) if w.lower() in _EN_PREPOSITIONS), len(said))
        said = said[cut - 1 : cut] if cut else []
    return next((keys for w in said if (keys := content_words(w, lang))), frozenset())

"""Function words: the closed classes of each language's grammar (prepositions,
conjunctions, pronouns, determiners, adverbs of degree, time and focus).

A paraphrase moves these freely ("the theory behind the shortlist" for "narrows the
search to five planets", "בעבודה ישירה מול האש" for "על ידי חתירה למגע עם האש"): they
join and place the words that state a fact and state none of their own, so a word of
this kind that the source lacks is no sign of an invented clause. The alignment keeps its
own, shorter list (:mod:`stopwords`), which decides what a claim is matched by; this one
is read only where the guard asks whether a run of a claim's words is new to the source.
"""

from __future__ import annotations

from summarizer.guard.text import fold, stems

_EN_PREPOSITIONS = """about above across against along alongside among amongst around
behind below beneath beside besides between beyond inside like near onto outside past per
through throughout toward towards underneath unlike upon via within without"""
_EN_CONJUNCTIONS = "because if whether so yet nor either neither both once"
_EN_PRONOUNS = """i me my mine myself him himself hers herself itself us ours ourselves
them theirs themselves yourself one ones each every another much few several whatever
whoever anyone anything everyone everything someone something"""
_EN_ADVERBS = """very too just only even already again ever never always often soon
almost quite rather instead thus therefore however meanwhile otherwise"""

# Prepositions and their compounds written as one word, conjunctions and adverbs of the
# same kind; a proclitic may stand before any of them (ובאמצעות, ובינתיים).
_HE_FUNCTION = """באמצעות בעזרת בסיוע מול ליד אצל בלי ללא כלפי נגד לעבר אודות בשל עקב
בגלל משום מפני כיוון בינתיים כבר עדיין שוב רק אפילו מאוד כמו בעוד אולם אך אבל"""
_AR_FUNCTION = """بواسطة عبر ضد نحو تجاه حول دون بدون لدى عند لأن لكي كي إذا لو بسبب
جراء إثر عقب أمام وراء خلف فوق تحت ضمن بعض جميع أي فقط أيضا مجددا بالفعل"""

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        " ".join([_EN_PREPOSITIONS, _EN_CONJUNCTIONS, _EN_PRONOUNS, _EN_ADVERBS]).split()
    ),
    "he": frozenset(fold(w) for w in _HE_FUNCTION.split()),
    "ar": frozenset(fold(w) for w in _AR_FUNCTION.split()),
}


def is_function_word(word: str, lang: str) -> bool:
    """Whether a word (with any proclitics in Arabic and Hebrew: "ובאמצעות", "وبسبب") is
    one of :data:`FUNCTION_WORDS`."""
    folded = fold(word).lower()
    options = [folded] if lang == "en" else stems(folded, lang)
    return any(o in FUNCTION_WORDS[lang] for o in options)

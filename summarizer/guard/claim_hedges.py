"""Claim hedges: the words by which a sentence keeps its claim short of fact.

Two checks ask of a sentence whether it hedges its claim: hardening (hardened.py: a brief
that states as fact what the source or its headline hedges) and the headline's dropped hedge
(headline_hedges.py: a brief that states as done what its headline only expects, and which
body sentences state a claim plainly). They read one vocabulary, so that a word that keeps a
claim open for one check keeps it open for the other. A claim is kept short of fact by:

- a possibility or likelihood: "may", "could", "probably", "likely";
- someone else's word for it, doubted or not yet proven: "reportedly", "allegedly",
  "suspected", "believed", "claims";
- an open question: "whether", "if", "unclear", "unconfirmed";
- an outcome not yet reached: "on the brink of", "on the verge of", "nearly", "poised to",
  "threatens", "expected".

Figure hedges ("about 800", "more than 20") are another matter: hedges.py.
"""

from __future__ import annotations

from summarizer.guard.text import fold, folded_forms, words

# Hedges that bear on the words right after them ("likely originated", "brink of collapse",
# "may have killed"; "كل الشروط متوفرة لثورة", conditions are ripe for a revolution; "על סף
# קריסה", on the verge of collapse): a headline's hedged claim is found after one of these.
_PREPOSED = {
    "en": """likely unlikely may might could possibly possible probably probable reportedly
    allegedly apparently suspected feared brink verge near nearly almost poised risk
    threatens threat""",
    "ar": """ربما يحتمل محتمل المحتمل المرجح يرجح احتمال شفا أعتاب عتبة وشك شروط ظروف
    خطر""",
    "he": """ייתכן יתכן אולי כנראה עשוי עשויה עשויים עשויות עלול עלולה עלולים עלולות סף
    סכנת חשש תנאים""",
}
# Every hedge, by language: the preposed ones and those that stand anywhere in the sentence
# ("..., officials believe", "whether", "he claims that").
_ANYWHERE = {
    "en": """would perhaps appear appears appeared seem seems seemed alleged suspect suspects
    believed believe believes thought claim claims claimed whether if unclear unconfirmed
    expected potential potentially""",
    "ar": """قد يبدو بدا يعتقد يشتبه مشتبه المشتبه احتمالية إمكانية امكانية هل إذا اذا
    لعل""",
    "he": """הנראה לכאורה חשד חשוד חשודה נחשד נחשדים אם האם אפשרות אפשר ספק""",
}
_PREPOSED_WORDS = {lang: frozenset(fold(w) for w in ws.split()) for lang, ws in _PREPOSED.items()}
_HEDGE_WORDS = {
    lang: _PREPOSED_WORDS[lang] | {fold(w) for w in ws.split()} for lang, ws in _ANYWHERE.items()
}
# "suspect" hedges as a verb ("police suspect arson"); after a determiner it is a noun, the
# person suspected ("identified the suspect"), and hedges nothing the sentence claims.
_VERB_ONLY = frozenset({"suspect", "suspects"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "two"}
)
# Arabic قد hedges an imperfect verb ("قد يكون", it may be); before a perfect verb it
# asserts ("قد اندلعت", it has broken out).
_QAD = "قد"
_IMPERFECT = ("ي", "ت")


def is_preposed_hedge(word: str, lang: str) -> bool:
    """Whether a word hedges the words right after it (with any proclitic read off)."""
    return bool(folded_forms(word, lang) & _PREPOSED_WORDS.get(lang, frozenset()))


def is_claim_hedge(word: str, lang: str) -> bool:
    """Whether a word hedges a claim: alone, in any of its forms with a proclitic read off
    (Arabic, Hebrew), or as part of a compound ("near-total")."""
    bag = _HEDGE_WORDS.get(lang, frozenset())
    return any(folded_forms(part, lang) & bag for part in fold(word).split("-") if part)


def hedges_claim(text: str, lang: str) -> bool:
    """Whether a text has a word that hedges its claim."""
    said = [fold(w) for w in words(text)]
    return any(is_claim_hedge(w, lang) and not _asserts(said, i) for i, w in enumerate(said))


def _asserts(said: list[str], i: int) -> bool:
    """Whether a hedge word, read with its neighbours, is no hedge: the noun "suspect", or
    قد before a perfect verb."""
    if said[i] in _VERB_ONLY:
        return i > 0 and said[i - 1] in _DETERMINERS
    if _QAD in folded_forms(said[i], "ar"):
        return i + 1 < len(said) and not said[i + 1].startswith(_IMPERFECT)
    return False

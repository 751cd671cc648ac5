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
# "may have killed"): a headline's hedged claim is found after one of these.
_PREPOSED = """likely unlikely may might could possibly possible probably probable reportedly
allegedly apparently suspected feared brink verge near nearly almost poised risk threatens
threat"""
# Every hedge, by language: the preposed ones and those that stand anywhere in the sentence
# ("..., officials believe", "whether", "he claims that").
_HEDGES = {
    "en": f"""{_PREPOSED} would perhaps appear appears appeared seem seems seemed alleged
    suspect suspects believed believe believes thought claim claims claimed whether if
    unclear unconfirmed expected potential potentially""",
    "ar": """ربما قد يحتمل محتمل المحتمل المرجح يرجح يبدو بدا يعتقد يشتبه مشتبه
    المشتبه احتمال احتمالية إمكانية امكانية هل إذا اذا لعل""",
    "he": """ייתכן יתכן אולי כנראה הנראה עשוי עשויה עשויים עשויות עלול עלולה עלולים
    עלולות לכאורה חשד חשוד חשודה נחשד נחשדים אם האם אפשרות אפשר ספק""",
}
_HEDGE_WORDS = {lang: frozenset(fold(w) for w in ws.split()) for lang, ws in _HEDGES.items()}
PREPOSED_HEDGES = frozenset(_PREPOSED.split())
# "suspect" hedges as a verb ("police suspect arson"); after a determiner it is a noun, the
# person suspected ("identified the suspect"), and hedges nothing the sentence claims.
_VERB_ONLY = frozenset({"suspect", "suspects"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "two"}
)


def is_claim_hedge(word: str, lang: str) -> bool:
    """Whether a word hedges a claim: alone, in any of its forms with a proclitic read off
    (Arabic, Hebrew), or as part of a compound ("near-total")."""
    bag = _HEDGE_WORDS.get(lang, frozenset())
    return any(folded_forms(part, lang) & bag for part in fold(word).split("-") if part)


def hedges_claim(text: str, lang: str) -> bool:
    """Whether a text has a word that hedges its claim."""
    said = [fold(w) for w in words(text)]
    return any(
        is_claim_hedge(w, lang) and not (w in _VERB_ONLY and i and said[i - 1] in _DETERMINERS)
        for i, w in enumerate(said)
    )

"""Words the source has in another spelling: the keys a check may also seek a brief's word
by, where it asks whether the source (or a sentence of it) has that word.

Arabic (:func:`ar_roots.inflected_stems`: "سلميته" for "سلمية", "متمسك" for "يتمسك"),
and an English noun in -ation and its verb in -ate ("nominations" for "nominated",
"escalation" for "escalating"), whose keys are cut to different lengths. These are not
read into every word's keys (:func:`content_keys.word_keys`): there they would move the alignment
of claims as well, and what a check finds in the sentences a claim is aligned with.
"""

from __future__ import annotations

from summarizer.guard.align import SourceIndex
from summarizer.guard.ar_roots import inflected_stems
from summarizer.guard.content_keys import has_word, word_keys
from summarizer.guard.text import fold, stems

# the verb's endings and the noun's, either of which a brief may use for the other
_EN_VERB_ENDINGS = ("ating", "ated", "ates", "ate")
_EN_NOUN_ENDINGS = ("ations", "ation")


def _en_derived(word: str) -> list[str]:
    """The -ate verb of an -ation noun and the noun of the verb ("nominations":
    "nominate", "nominated"; "escalating": "escalation")."""
    folded = fold(word).lower()
    for endings, others in ((_EN_NOUN_ENDINGS, ("ate", "ated")), (_EN_VERB_ENDINGS, ("ation",))):
        for ending in endings:
            stem = folded[: -len(ending)]
            if folded.endswith(ending) and len(stem) >= 3:
                return [stem + other for other in others]
    return []


def other_keys(word: str, lang: str) -> frozenset[str]:
    """The keys of the word's other spellings (none in Hebrew)."""
    if lang == "en":
        return frozenset().union(*(word_keys(v, lang) for v in _en_derived(word)))
    if lang != "ar":
        return frozenset()
    other = (v for s in stems(fold(word), lang) for v in inflected_stems(s))
    return frozenset().union(*(word_keys(v, lang) for v in other))


def any_keys(word: str, lang: str) -> frozenset[str]:
    """The word's keys and those of its other spellings."""
    return word_keys(word, lang) | other_keys(word, lang)


def known_anywhere(word: str, index: SourceIndex, lang: str) -> bool:
    """Whether the source has the word somewhere, in this spelling or another."""
    if has_word(index.everywhere, word, lang):
        return True
    return bool(other_keys(word, lang) & index.everywhere)

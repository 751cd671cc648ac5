"""A name of the article moved into a phrase the brief copies from its source sentence.

"السلطة السياسية في الخرطوم" where the source's sentence says "السلطة السياسية في جوبا":
the brief keeps the sentence's words up to a preposition, then puts there a name the
source uses only in other sentences, while the sentence's own word there is gone from the
claim. A preposition alone ("في") is too weak a lead (any phrase follows one), so the
content word before it must stand there too. Only "in" leads: after other function
words ("الذي اشتغل" / "الذي عمل") a brief rewords verbs and nouns, names or not.
"""

from __future__ import annotations

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, keys_of, word_keys
from summarizer.guard.locative_names import possessed_noun
from summarizer.guard.places import place_of
from summarizer.guard.text import fold, words

# The preposition of place ("in"): what follows it in a copied phrase is where.
_IN = {"ar": frozenset({fold("في")})}


def moved_after_phrase(
    mine: list[str],
    at: int,
    alignment: Alignment,
    index: SourceIndex,
    claim_keys: frozenset[str],
    lang: str,
) -> str | None:
    """The source's word that the claim's word at ``at`` replaced, where the two words
    before it are a content word and a function word the aligned sentence has in that
    order, the claim's word is a rare word of other sentences only, and the sentence's
    word there is rare and missing from the claim."""
    if lang == "en" or at < 2:
        return None
    first, second = mine[at - 2], mine[at - 1]
    if fold(second) not in _IN.get(lang, ()) or not is_content(first, lang):
        return None
    keys = word_keys(mine[at], lang)
    if possessed_noun(mine[at], lang):
        return None  # "في طريقها", "on its way": a possessed noun names no place
    # a frequent word of the article is moved too where it is a place of the table ("في
    # الخرطوم" for the sentence's "في جوبا"): a city the article keeps naming is still a
    # name, and a brief that copies the phrase keeps where it happened
    if not keys & index.everywhere or not (
        all(index.rare(k) for k in keys) or place_of(mine[at], lang) is not None
    ):
        return None
    aligned = [index.sentences[s].text for s in alignment.sentences]
    if any(keys & keys_of(text, lang) for text in aligned):
        return None
    lead = [fold(first), fold(second)]
    for text in aligned:
        theirs = words(text)
        for j in range(len(theirs) - 2):
            if [fold(w) for w in theirs[j : j + 2]] != lead:
                continue
            word = theirs[j + 2]
            rival = word_keys(word, lang)
            if (
                is_content(word, lang)
                and len(fold(word)) > 2
                and not rival & claim_keys
                and all(index.rare(k) for k in rival)
            ):
                return word
    return None

"""A place the source never names, put where the aligned source sentence names its place.

"סמוך ליצהר שבשומרון" in the source and "סמוך לאיתמר שבשומרון" in the brief: the brief
copies the frame around the place (the word before it or the word after it, the same
proclitic on it) and changes the place to a word the source has nowhere, while the source's
place is gone from the claim. ``swaps`` reads such a slot only after a content word or a
word for a kind of place; here the source itself says its word is a place, so any copied
neighbour will do:

- the source puts a word for a kind of place before it somewhere ("ההתנחלות יצהר",
  "بلدة قلدون"), a word the brief may drop ("לעבר ההתנחלות יצהר" / "לעבר איתמר");
- in Hebrew, a relative locative follows it ("יצהר שבשומרון", "that is in Samaria"), and
  the relative locative is itself a place's slot ("יצהר שבגוש עציון" for "יצהר שבשומרון").

Arabic and Hebrew only: in English, ``swaps`` and ``name_slots`` compare capitalised names.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, keys_of, word_keys
from summarizer.guard.kind_slots import names_a_place_kind
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, stems, words

# Proclitic prepositions of place ("to", "in") a copied slot keeps on the place.
_PLACE_PROCLITICS = {"ar": "بل", "he": "בל"}
# The Hebrew relative "that is in" ("שבשומרון"): "ש" then the locative "ב", then a word.
_HE_RELATIVE_LOCATIVE = "שב"
_HE_WEEK = "שבוע"  # "שבוע", "שבועות": week(s), no relative locative
# "area, region": unvocalised "באזור" is "in the area" as often as "in the area of", so it
# is no kind noun on its own (``kind_slots``); before a word with a relative locative after
# it ("באזור יצהר שבשומרון") it can only be the construct "in the area of".
_HE_REGION = "אזור"
_MIN_NEIGHBOUR = 3  # letters of a copied neighbour: no bare particle
_MIN_PLACE = 3  # letters of the place after the relative locative
# A Hebrew infinitive of a derived stem: "ל" then the stem's "ה" prefix, as in hitpa'el
# "להתקדם", nif'al "להיכנס", hif'il "להגיע" / "להפסיק" (a "י" before the last root
# letter). Written Hebrew drops the article's "ה" after "ל" ("ליישוב", "to the village"),
# so "לה" opens such a verb far more often than a place: the verb fills no place's slot.
_HE_INFINITIVE = re.compile(r"לה(?:ת\w{3,}|י\w{3,}|\w{1,2}י\w)")


def check_unsourced_places(
    alignments: list[Alignment], index: SourceIndex, lang: str, swapped: list[Problem]
) -> list[Problem]:
    """Claims with a word the source never has in the slot of a place of an aligned
    sentence that the claim lacks; a word ``swapped`` (``swaps``) already reports is left
    to it."""
    if lang not in _PLACE_PROCLITICS:
        return []
    places = _source_places(index, lang)
    pairs = _adjacent_pairs(index) if lang == "ar" else frozenset()
    reported = {p.span for p in swapped if p.kind == "name"}
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        mine = words(claim)
        claim_keys = keys_of(claim, lang)
        for i, word in enumerate(mine):
            if (
                word in reported
                or not is_content(word, lang)
                or (word_keys(word, lang) & index.everywhere and not _new_construct(mine, i, pairs))
                or names_a_place_kind(word, lang)  # "near the settlement": no other place
                or (lang == "he" and _HE_INFINITIVE.fullmatch(fold(word)) is not None)
            ):
                continue
            theirs = _replaced(mine, i, alignment, index, places, claim_keys, lang)
            if theirs is None and i:
                theirs = _other_region(mine[i - 1], word, index, claim_keys, lang)
            if theirs is not None:
                problems.append(
                    Problem(
                        "name", f"where the source has {theirs!r}, the summary has {word!r}", word
                    )
                )
    return problems


def _adjacent_pairs(index: SourceIndex) -> frozenset[tuple[str, str]]:
    """Each two words the source writes next to each other, folded."""
    out: set[tuple[str, str]] = set()
    for sentence in index.sentences:
        tokens = [fold(w) for w in words(sentence.text)]
        out.update(pairwise(tokens))
    return frozenset(out)


def _new_construct(mine: list[str], i: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """An Arabic two-word name of the construct kind, a bare noun then a definite one
    ("عين العرب", "دير الزور", "رأس العين"), that the source never writes: each word of it
    may occur in the source's other names ("العين" of "رأس العين") and the name still be
    one the source never gives."""
    if not pairs or i + 1 >= len(mine):
        return False
    head, tail = fold(mine[i]), fold(mine[i + 1])
    return not head.startswith("ال") and tail.startswith("ال") and (head, tail) not in pairs


def _source_places(index: SourceIndex, lang: str) -> frozenset[str]:
    """The keys of words the source itself marks as places."""
    found: set[str] = set()
    for sentence in index.sentences:
        tokens = words(sentence.text)
        for at, word in enumerate(tokens):
            before = tokens[at - 1] if at else ""
            after = tokens[at + 1] if at + 1 < len(tokens) else ""
            after_kind = bool(before) and names_a_place_kind(before, lang)
            if after_kind or (
                _relative_locative(after, lang)
                and (_located(word, before, lang) or _region_noun(before, lang))
            ):
                found |= word_keys(word, lang)
            if (
                at >= 2
                and _relative_locative(word, lang)
                and _located(before, tokens[at - 2], lang)
            ):
                found |= word_keys(word, lang)  # "שבשומרון": the region is a place too
    return frozenset(found)


def _located(word: str, before: str, lang: str) -> bool:
    """``word`` stands in a phrase of place: a proclitic "to"/"in" on it ("ליצהר"), or a
    word for a kind of place before it ("ההתנחלות יצהר"). A relative after any other word
    is "that" opening a clause ("קבע שביצעה", "ruled that she committed")."""
    return bool(_proclitic(word, lang)) or (bool(before) and names_a_place_kind(before, lang))


def _region_noun(word: str, lang: str) -> bool:
    """ "אזור", "באזור", "מאזור": the word for an area, with or without a proclitic."""
    return lang == "he" and _HE_REGION in stems(fold(word), lang)


def _relative_locative(word: str, lang: str) -> bool:
    folded = fold(word)
    return (
        lang == "he"
        and folded.startswith(_HE_RELATIVE_LOCATIVE)
        and not folded.startswith(_HE_WEEK)
        and len(folded) - len(_HE_RELATIVE_LOCATIVE) >= _MIN_PLACE
    )


def _replaced(
    mine: list[str],
    i: int,
    alignment: Alignment,
    index: SourceIndex,
    places: frozenset[str],
    claim_keys: frozenset[str],
    lang: str,
) -> str | None:
    """The aligned sentences' place, missing from the claim, in the claim's ``i``-th word's
    slot: the same proclitic on both, and the same word before (or after) it. The source's
    place may be the story's setting, in every sentence: the source marks it a place, so
    no rarity is asked."""
    for s in alignment.sentences:
        theirs = words(index.sentences[s].text)
        for j, word in enumerate(theirs):
            keys = word_keys(word, lang)
            if (
                not keys & places
                or keys & claim_keys
                or _proclitic(word, lang) != _proclitic(mine[i], lang)
            ):
                continue
            # a word for a kind of place the brief dropped: "לעבר ההתנחלות יצהר"
            before = j - 2 if j >= 2 and names_a_place_kind(theirs[j - 1], lang) else j - 1
            # the word after alone ties the slot only where a proclitic marks it a place
            # ("לאיתמר שבשומרון"), not a sentence's first word ("شهد شمال" / "الحسكة شمال")
            if (i and before >= 0 and _same(mine[i - 1], theirs[before], lang)) or (
                _proclitic(mine[i], lang)
                and i + 1 < len(mine)
                and j + 1 < len(theirs)
                and _same(mine[i + 1], theirs[j + 1], lang)
            ):
                return word
    return None


def _other_region(
    place: str, word: str, index: SourceIndex, claim_keys: frozenset[str], lang: str
) -> str | None:
    """ "יצהר שבגוש עציון" where the source, in any sentence, has "יצהר שבשומרון": the
    source says where the place lies, and the brief's relative locative puts it elsewhere."""
    if not _relative_locative(word, lang):
        return None
    keys = word_keys(place, lang)
    for sentence in index.sentences:
        tokens = words(sentence.text)
        for at in range(1, len(tokens)):
            region = tokens[at]
            if (
                _relative_locative(region, lang)
                and word_keys(tokens[at - 1], lang) & keys
                and not word_keys(region, lang) & claim_keys
            ):
                return region
    return None


def _proclitic(word: str, lang: str) -> str:
    first = fold(word)[:1]
    return first if first in _PLACE_PROCLITICS[lang] else ""


def _same(mine: str, theirs: str, lang: str) -> bool:
    """One word in both, a preposition ("לעבר") as well as a content word."""
    return len(fold(mine)) >= _MIN_NEIGHBOUR and (
        fold(mine) == fold(theirs) or bool(word_keys(mine, lang) & word_keys(theirs, lang))
    )

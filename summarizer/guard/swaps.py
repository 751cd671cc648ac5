"""A word swapped for another: the source's name or place replaced in its own setting.

"על השריפה בצפת" in the source and "על השריפה בטבריה" in the brief: the brief keeps the
source's words up to the swapped one, which the source has nowhere, while the source's own
word there, a rare one (a name, a place), is gone from the claim. No lexicon of places is
needed: the words before the swap say where the source's word stood. In English only
capitalised words (names) are compared; paraphrase changes common words all the time.
After a word for a kind of place ("بلدة قلدون" → "بلدة تل حلف") the brief's place is a
swap even where the source names it elsewhere: the town of this sentence was moved there.

What fills the same slot in the source is read by ``swap_slots``; this module keeps the
check and its exceptions (a month abbreviated, a place in another form, a name respelt).
"""

from __future__ import annotations

from summarizer.guard.abbreviations import abbreviated
from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, keys_of, word_keys
from summarizer.guard.dates import _AR_MONTHS, _HE_MONTHS
from summarizer.guard.phrase_swaps import moved_after_phrase
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.slots import SPELLING_MIN
from summarizer.guard.source_phrases import copied_name, joined
from summarizer.guard.support import acronym_words, refers_back
from summarizer.guard.swap_slots import (
    LEAD,
    candidate,
    kind_of,
    names_a_place,
    names_a_region,
    replaced,
    retold_piece,
)
from summarizer.guard.text import fold, stems, words
from summarizer.guard.transliteration import one_edit
from summarizer.guard.us_states import same_state
from summarizer.text import MONTH_NAMES


def check_swaps(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Claims that put a word the source lacks where an aligned source sentence, after the
    same words, has a rare word the claim lacks."""
    problems = []
    brief_keys = frozenset().union(*(keys_of(a.claim.text, lang) for a in alignments))
    for alignment in alignments:
        claim = alignment.claim.text
        mine = words(claim)
        claim_keys = keys_of(claim, lang)
        spelled_out = acronym_words(mine, index) if lang == "he" else set()
        for i in range(LEAD, len(mine)):
            word = mine[i]
            if i in spelled_out or not candidate(word, lang):
                continue
            lead = [kind_of(w, lang) for w in mine[i - LEAD : i]]
            keys = word_keys(word, lang)
            # "بلدة تل حلف" where the sentence has "بلدة قلدون": moved, not kept; a name of
            # another sentence of the source is moved too (a real name in the wrong slot),
            # where the claim's own sentences never have it
            if (
                keys & index.everywhere
                and not names_a_place(lead, lang)
                and not names_a_region(lead, lang)
                and not _moved_name(word, keys, alignment, index, lang)
            ):
                moved = moved_after_phrase(mine, i, alignment, index, claim_keys, lang)
                if moved is not None:
                    problems.append(
                        Problem(
                            "name",
                            f"where the source has {moved!r}, the summary has {word!r}",
                            word,
                        )
                    )
                continue
            named = _month(word, lang) or place_of(word, lang) is not None
            if not named and not any(is_content(w, lang) for w in mine[i - LEAD : i]):
                continue  # "to Chad" / "to Uganda", "in November": still a place, a month
            if names_a_region(lead, lang) and not joined(claim, mine[i - 1], word):
                continue  # "المنطقة، منبها": a comma ends the region noun's slot
            piece = retold_piece(claim, i, lang) if lang != "en" else ()
            theirs = replaced(word, lead, alignment, index, lang, claim_keys, piece)
            if theirs is None and keys & index.everywhere:
                # "السلطة في الخرطوم" for the sentence's "السلطة في جوبا": a place of the
                # article moved into the copied phrase, whatever the sentence's word is
                theirs = moved_after_phrase(mine, i, alignment, index, claim_keys, lang)
            if (
                theirs is not None
                and not _points_back(word, theirs, brief_keys, lang)
                and not _same_month(theirs, word, lang)
                and not _same_place(theirs, word, lang)
                and not _respelt(theirs, word, lang)
                and not (lang == "en" and same_state(theirs, word))
                and not _place_in_aligned(word, alignment, index, lang)
                and not copied_name(claim, mine[i - 1], word, index, lang)
                and not _new_phrase(claim, mine[i - 1], word, theirs, alignment, index, lang)
                and not (
                    lang == "en"
                    and abbreviated(
                        theirs, word, [index.sentences[s].text for s in alignment.sentences], claim
                    )
                )
            ):
                # a month swapped is a date changed: a figure, not a name
                kind = "number" if _month(theirs, lang) and _month(word, lang) else "name"
                problems.append(
                    Problem(
                        kind,
                        f"where the source has {theirs!r}, the summary has {word!r}",
                        word,
                    )
                )
    return problems


def _new_phrase(
    claim: str,
    lead: str,
    word: str,
    theirs: str,
    alignment: Alignment,
    index: SourceIndex,
    lang: str,
) -> bool:
    """ "Hart Island, New York City's burial site" for "Long Island Sound": in English a
    comma after the lead ends its phrase, so a capital after it opens another (an
    apposition), not the slot the source's word fills right after the lead."""
    return (
        lang == "en"
        and not joined(claim, lead, word)
        and any(joined(index.sentences[s].text, lead, theirs) for s in alignment.sentences)
    )


def _points_back(word: str, theirs: str, brief_keys: frozenset[str], lang: str) -> bool:
    """ "מזכ"ל הארגון" for the source's "מזכ"ל חיזבאללה": a general noun made definite
    (:func:`refers_back`) points back at the body the brief has named, as a pronoun does,
    where the brief names the source's word; where it never does, the noun stands for
    another body."""
    return refers_back(word, lang) and bool(word_keys(theirs, lang) & brief_keys)


def _respelt(theirs: str, mine: str, lang: str) -> bool:
    """ "William" where the source misspells "Wiliam": one letter apart in a word of
    ``SPELLING_MIN`` letters or more is the same name, corrected (as ``slots`` reads it);
    not a month (יוני / יולי, June / July, are one letter apart)."""
    return (
        min(len(theirs), len(mine)) >= SPELLING_MIN
        and one_edit(fold(theirs), fold(mine))
        and not _month(theirs, lang)
    )


def _same_place(theirs: str, mine: str, lang: str) -> bool:
    """ "Qatari" and "Qatar's", "American" and "US": one place in two forms."""
    place = place_of(theirs, lang)
    return place is not None and place == place_of(mine, lang)


def _place_in_aligned(word: str, alignment: Alignment, index: SourceIndex, lang: str) -> bool:
    """ "the US death toll" where the aligned sentence counts "Americans": the claim's place
    stands in its own sentence, in another form, so no other word of it was replaced."""
    place = place_of(word, lang)
    return place is not None and any(
        place_of(w, lang) == place
        for s in alignment.sentences
        for w in words(index.sentences[s].text)
    )


_MONTHS = {
    "en": frozenset(MONTH_NAMES),
    "ar": frozenset(fold(m) for m in _AR_MONTHS),
    "he": frozenset(_HE_MONTHS),
}


def _month(word: str, lang: str) -> bool:
    folded = fold(word)
    return bool({folded, *stems(folded, lang)} & _MONTHS[lang])


def _same_month(theirs: str, mine: str, lang: str) -> bool:
    """ "Feb." and "February": one month, abbreviated."""
    return lang == "en" and _month(mine, lang) and fold(theirs)[:3] == fold(mine)[:3]


def _moved_name(
    word: str, keys: frozenset[str], alignment: Alignment, index: SourceIndex, lang: str
) -> bool:
    """A rare name of the source that none of the claim's aligned sentences has: brought in
    from elsewhere in the article. In Arabic and Hebrew, with no capitals to tell a name, a
    place of the table only (a rare adjective is no name)."""
    if not all(index.rare(k) for k in keys) or (lang != "en" and place_of(word, lang) is None):
        return False
    return not any(keys & keys_of(index.sentences[s].text, lang) for s in alignment.sentences)

"""Where the source's word stood: the slot after the claim's lead words in an aligned
source sentence, and the source's rare word in it that the claim replaced.

The swap check (``swaps``) asks this module what fills the same slot in the source; the
rules for a slot (a kind of place before a name, a locative proclitic, a region noun
whose rival must stand in the clause the claim retells, a definite modifier) live here,
apart from the check's own exceptions, so that either has room for its next rule.
"""

from __future__ import annotations

import re
from typing import cast

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import content_words, is_content, keys_of, word_keys
from summarizer.guard.kind_slots import names_a_place_kind
from summarizer.guard.locative_names import locative_name
from summarizer.guard.places import place_of
from summarizer.guard.source_phrases import joined
from summarizer.guard.support import ACRONYM_MARKS
from summarizer.guard.text import fold, stems, words

LEAD = 1  # words before the swap that must stand, in order, before the source's word


def candidate(word: str, lang: str) -> bool:
    """A word that may be a swap or the word swapped: a content word with no digit or
    acronym mark, and in English a capitalised one (a name)."""
    return (
        is_content(word, lang)
        and not any(ch.isdigit() or ch in ACRONYM_MARKS for ch in word)
        and (lang != "en" or word[:1].isupper())
    )


_LOCATIVE = {"ar": "ب", "he": "ב"}


# Words for "the place" itself ("במקום" / "באזור", "في المكان" / "في المنطقة"): a brief
# says "in the area" for "on the spot"; neither names a place.
_GENERIC_PLACES = {
    "ar": {fold(w) for w in ("مكان", "منطقة", "محيط", "موقع", "جوار", "ساحة")},
    "he": {"מקום", "אזור", "שטח", "סביבה", "מתחם", "אתר", "מרחב"},
}


# Words for a kind of place or body that stand before its name ("بلدة قلدون", "העיר צפת",
# "ועדת חוץ וביטחון"): the word after one, in the source and in the brief, is its name.
_PLACE_NOUNS = {
    "ar": {
        fold(w)
        for w in (
            *("بلدة", "مدينة", "قرية", "مخيم", "محافظة", "لجنة"),
            # a body, a paper, a party: the word after it is its name
            *("صحيفة", "جريدة", "مجلة", "وكالة", "حزب", "حركة", "جامعة", "مستشفى"),
        )
    },
    "he": {
        *("עיר", "כפר", "יישוב", "שכונת", "מחנה", "מחוז", "ועדת", "וועדת"),
        *("עיתון", "סוכנות", "מפלגת", "תנועת", "אוניברסיטת", "מכון"),
        # a body's office in the construct ("מזכ"ל חיזבאללה"): the word after it is the body
        *(fold('מזכ"ל'), fold('יו"ר'), "מנהיג", "מנהיגת", "דובר", "דוברת"),
    },
}


def names_a_place(lead: list[str], lang: str) -> bool:
    """The lead words (folded) end in a word for a kind of place (ar/he)."""
    if lang == "en" or not lead:
        return False
    forms = {lead[-1], *stems(lead[-1], lang)}
    # a Hebrew plural construct ("ביישובי הגליל", "כפרי הגליל"): the kind's own noun
    forms |= {f[:-1] for f in forms if lang == "he" and f.endswith("י") and len(f) > 3}
    return bool(forms & _PLACE_NOUNS[lang])


def _lead_key(lead: list[str], lang: str) -> tuple[str, ...]:
    """What two runs of lead words (each :func:`kind_of`) share when they are the same:
    the words, or in Hebrew the words spelled defective ("בישובי" / "ביישובי"), their
    letters the same but for the vowel letters ו and י after the first."""
    return tuple(_defective(w) for w in lead) if lang == "he" else tuple(lead)


def _after_lead(s: int, lead: list[str], index: SourceIndex, lang: str) -> list[int]:
    """Where in source sentence ``s`` a word stands after the claim's lead words, in order
    (the index of that word). The sentence's runs of lead words are indexed once per
    source, so a brief of many names does not read each sentence once per name."""
    key = ("swaps.leads", s, lang)
    if key not in index.memo:
        theirs = [kind_of(w, lang) for w in words(index.sentences[s].text)]
        at: dict[tuple[str, ...], list[int]] = {}
        for j in range(len(theirs) - LEAD):
            at.setdefault(_lead_key(theirs[j : j + LEAD], lang), []).append(j + LEAD)
        index.memo[key] = at
    return cast("dict[tuple[str, ...], list[int]]", index.memo[key]).get(_lead_key(lead, lang), [])


_HE_VOWEL_LETTERS = re.compile("[וי]")


def _defective(word: str) -> str:
    """A Hebrew word without the vowel letters after its first letter."""
    return word[:1] + _HE_VOWEL_LETTERS.sub("", word[1:])


def names_a_region(lead: list[str], lang: str) -> bool:
    """The lead words end in a word for a kind of place that ``_PLACE_NOUNS`` leaves out
    ("منطقة", "حي", "שכונת"): a name follows, but such words also stand in a sentence's
    other clauses, so a rival there must stand in the clause the claim retells."""
    return (
        lang != "en"
        and bool(lead)
        and not names_a_place(lead, lang)
        and names_a_place_kind(lead[-1], lang)
    )


def _same_setting(theirs: str, mine: str, lead: list[str], lang: str) -> bool:
    """In Arabic and Hebrew, both words a place: after the same locative proclitic
    ("בצפת" / "בטבריה"), after the same word for a kind of place ("بلدة قلدون" / "بلدة
    يبرود"), or both places of the table ("إلى تشاد" / "إلى أوغندا"); a verb or a common
    noun paraphrased is no swap."""
    if lang == "en":
        return True
    generic = any({fold(w), *stems(fold(w), lang)} & _GENERIC_PLACES[lang] for w in (theirs, mine))
    if generic:
        return False
    if place_of(theirs, lang) is not None and place_of(mine, lang) is not None:
        return True
    if not all(locative_name(w, lang) for w in (theirs, mine)):
        return False  # "بينها", "باستقلالية": a pronoun's preposition, an abstract noun
    if names_a_place(lead, lang) or names_a_region(lead, lang):
        return True
    theirs_bare, mine_bare = _shared_proclitics(fold(theirs), fold(mine), lang)
    first = theirs_bare[:1]
    if first in _LOCATIVE[lang] and mine_bare[:1] == first:
        return lang in _LOCATIVE_MARKS_PLACE or any(place_of(w, lang) for w in (theirs, mine))
    return _modifier_of_a_name(theirs, mine, lead, lang)


# Where the locative proclitic alone marks a place's slot. Hebrew ב is "in" ("בצפת" /
# "בטבריה"); Arabic ب is as often "with" or "by", a phrase of manner or means ("بشخصية
# مكشوفة" retold "بهوية مكشوفة", "بكافة أشكالها", "بالتزامن مع"), so there one of the
# two words must be a place of the table ("بلندن" / "بباريس").
_LOCATIVE_MARKS_PLACE = frozenset({"he"})


# The relative particle written onto a locative ("יצהר שבשומרון" / "יצהר שבבנימין": "that
# is in ..."): a place's setting. Not "and" ("ובסיוע" / "ובעזרת", "and with the help of"),
# which joins any phrase.
_RELATIVE = {"ar": "", "he": "ש"}


def _shared_proclitics(theirs: str, mine: str, lang: str) -> tuple[str, str]:
    """Both words less the relative particle they both begin with."""
    if len(theirs) > 3 and len(mine) > 3 and theirs[0] == mine[0] in _RELATIVE[lang]:
        return theirs[1:], mine[1:]
    return theirs, mine


_ARTICLE = {"ar": "ال", "he": "ה"}

# Words for one kind of body, one for all ("جريدة الجريدة" in the source, "صحيفة الصباح" in
# the brief: the same slot, the paper's name); in Arabic village, town and city are one
# kind, a place people live in ("بلدة تل حلف" / "قرية التويمية": the slot of its name).
_SAME_KIND = {
    "ar": {fold("جريدة"): fold("صحيفة"), fold("قرية"): fold("بلدة"), fold("مدينة"): fold("بلدة")},
    "he": {"העיתון": "עיתון"},
}


def kind_of(word: str, lang: str) -> str:
    """The word folded, a word for a kind of body as that kind's one word."""
    folded = fold(word)
    return _SAME_KIND.get(lang, {}).get(folded, folded)


def _modifier_of_a_name(theirs: str, mine: str, lead: list[str], lang: str) -> bool:
    """ "הגליל העליון" / "הגליל המערבי", "البحر الأحمر" / "البحر الأبيض": a definite noun
    and its definite modifier, a name's second word; another modifier is another place."""
    article = _ARTICLE[lang]
    return bool(lead) and all(fold(w).startswith(article) for w in (lead[-1], theirs, mine))


def replaced(
    mine_word: str,
    lead: list[str],
    alignment: Alignment,
    index: SourceIndex,
    lang: str,
    claim_keys: frozenset[str],
    claim_piece: tuple[frozenset[str], ...] = (),
) -> str | None:
    """The source's rare word after the same lead words, when the claim lacks it; none
    where an aligned sentence has the claim's own word after those lead words (two places
    of one kind, "منطقة القلمون" and "منطقة السيدة زينب", both in the claim's sentences),
    unless the rival stands in the piece of a sentence (any of the source's) that retells
    the words around the claim's word (``claim_piece``: :func:`retold_piece`) and the
    claim's word does not (:func:`_tied_elsewhere`)."""
    kept = _kept(mine_word, lead, alignment, index, lang)
    if kept and not claim_piece:
        return None
    # the claim's word kept but tied to another act: the act's sentence may be one the
    # claim was not aligned with (it shares too few words with the claim as a whole)
    others = [s for s in range(len(index.sentences)) if s not in alignment.sentences]
    for s in [*alignment.sentences, *(others if kept else ())]:
        theirs = words(index.sentences[s].text)
        for at in _after_lead(s, lead, index, lang):
            word = theirs[at]
            keys = word_keys(word, lang)
            if (
                candidate(word, lang)
                # a name's first word after a kind of place may be short ("بلدة تل حلف")
                and len(fold(word)) > (1 if names_a_place(lead, lang) else 2)
                and _same_setting(word, mine_word, lead, lang)
                and not keys & claim_keys
                and (names_a_place(lead, lang) or all(index.rare(k) for k in keys))
                and (not kept or _tied_elsewhere(claim_piece, (s, at), kept, index, lang))
                and (
                    not names_a_region(lead, lang)
                    or (
                        # the piece the claim's word is tied to (above), or else the one
                        # that shares the most of the claim
                        (kept or _in_retold_part(index.sentences[s].text, at, claim_keys, lang))
                        and joined(index.sentences[s].text, theirs[at - 1], word)
                    )
                )
            ):
                return word
    return None


def _kept(
    mine_word: str, lead: list[str], alignment: Alignment, index: SourceIndex, lang: str
) -> list[tuple[int, int]]:
    """Where an aligned sentence has the claim's word after the same lead words: each
    (sentence, word index)."""
    keys = word_keys(mine_word, lang)
    return [
        (s, at)
        for s in alignment.sentences
        for at in _after_lead(s, lead, index, lang)
        if keys & word_keys(words(index.sentences[s].text)[at], lang)
    ]


TIE = 2  # content words the rival's piece must share with the claim's piece, beyond the kept's


def _tied_elsewhere(
    claim_piece: tuple[frozenset[str], ...],
    rival: tuple[int, int],
    kept: list[tuple[int, int]],
    index: SourceIndex,
    lang: str,
) -> bool:
    """The source names both words after the lead, but the rival stands in the piece that
    retells the claim's piece ("تجدد الاشتباكات في منطقة القلمون" where the source has
    "تجددت الاشتباكات ... في منطقة السيدة زينب" and "مستودعات ... في منطقة القلمون"): the
    claim has tied its word to the act the source ties the rival to. The rival's piece (with
    the one before it) must share at least ``TIE`` more content words with the claim's piece
    than any piece where the claim's word stands (with the one before it), and no fewer
    than any other piece of its sentence."""

    def tie(piece: str) -> int:
        keys = keys_of(piece, lang)
        return sum(1 for mine in claim_piece if mine & keys)

    # each with the piece before it: a claim's piece may retell two of the source's
    wide = tie(piece_at(index.sentences[rival[0]].text, rival[1], 1))
    if wide < TIE + max(tie(piece_at(index.sentences[s].text, at, 1)) for s, at in kept):
        return False
    # and its own piece is the one of its sentence that retells the claim's best, not one
    # that shares its actors only ("مقاتلي الكتائب") beside one that retells its act
    theirs = tie(piece_at(index.sentences[rival[0]].text, rival[1]))
    return all(tie(p) <= theirs for p in _PIECE_BREAKS.split(index.sentences[rival[0]].text))


def retold_piece(claim: str, at: int, lang: str) -> tuple[frozenset[str], ...]:
    """The keys of each content word of the claim's piece around its ``at``-th word, less
    that word and its lead: the words that tie it to an act."""
    mine = words(claim)
    named = set().union(*(word_keys(w, lang) for w in mine[max(0, at - LEAD) : at + 1]))
    return tuple(k for k in content_words(piece_at(claim, at), lang) if not k & named)


BARE_PIECE = 3  # words of a piece that holds a name alone ("، في قرية التويمية،")


def piece_at(text: str, at: int, before: int = 0) -> str:
    """The comma-delimited piece of ``text`` that holds its ``at``-th word, with
    ``before`` pieces before it; a piece of a name alone, set off by commas, with the
    pieces either side, whose act it completes."""
    pieces = _PIECE_BREAKS.split(text)
    start = 0
    for k, piece in enumerate(pieces):
        count = len(words(piece))
        if start <= at < start + count:
            bare = count <= BARE_PIECE
            return " ".join(pieces[max(0, k - before - bare) : k + 1 + bare])
        start += count
    return ""


_PIECE_BREAKS = re.compile(r"[،;؛]|,(?!\d)")


def _in_retold_part(sentence: str, at: int, claim_keys: frozenset[str], lang: str) -> bool:
    """The sentence's ``at``-th word stands in the comma-delimited piece of it that shares
    the most of the claim's words: the part the claim retells, not another event the
    sentence adds ("..., كما تجددت الاشتباكات ... في منطقة السيدة زينب")."""
    shared: list[int] = []
    start = 0
    mine = 0
    for piece in _PIECE_BREAKS.split(sentence):
        count = len(words(piece))
        if start <= at < start + count:
            mine = len(shared)
        shared.append(len(keys_of(piece, lang) & claim_keys))
        start += count
    return shared[mine] == max(shared)

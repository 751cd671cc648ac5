"""A word swapped for another: the source's name or place replaced in its own setting.

"על השריפה בצפת" in the source and "על השריפה בטבריה" in the brief: the brief keeps the
source's words up to the swapped one, which the source has nowhere, while the source's own
word there, a rare one (a name, a place), is gone from the claim. No lexicon of places is
needed: the words before the swap say where the source's word stood. In English only
capitalised words (names) are compared; paraphrase changes common words all the time.
After a word for a kind of place ("بلدة قلدون" → "بلدة تل حلف") the brief's place is a
swap even where the source names it elsewhere: the town of this sentence was moved there.
"""

from __future__ import annotations

import re
from typing import cast

from summarizer.guard.abbreviations import abbreviated
from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, keys_of, word_keys
from summarizer.guard.dates import _AR_MONTHS, _HE_MONTHS
from summarizer.guard.kind_slots import names_a_place_kind
from summarizer.guard.locative_names import locative_name
from summarizer.guard.phrase_swaps import moved_after_phrase
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.slots import SPELLING_MIN
from summarizer.guard.source_phrases import copied_name, joined
from summarizer.guard.support import ACRONYM_MARKS, acronym_words
from summarizer.guard.text import fold, stems, words
from summarizer.guard.transliteration import one_edit
from summarizer.guard.us_states import same_state
from summarizer.text import MONTH_NAMES

LEAD = 1  # words before the swap that must stand, in order, before the source's word


def check_swaps(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Claims that put a word the source lacks where an aligned source sentence, after the
    same words, has a rare word the claim lacks."""
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        mine = words(claim)
        claim_keys = keys_of(claim, lang)
        spelled_out = acronym_words(mine, index) if lang == "he" else set()
        for i in range(LEAD, len(mine)):
            word = mine[i]
            if i in spelled_out or not _candidate(word, lang):
                continue
            lead = [_kind_of(w, lang) for w in mine[i - LEAD : i]]
            keys = word_keys(word, lang)
            # "بلدة تل حلف" where the sentence has "بلدة قلدون": moved, not kept; a name of
            # another sentence of the source is moved too (a real name in the wrong slot),
            # where the claim's own sentences never have it
            if (
                keys & index.everywhere
                and not _names_a_place(lead, lang)
                and not _names_a_region(lead, lang)
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
            if _names_a_region(lead, lang) and not joined(claim, mine[i - 1], word):
                continue  # "المنطقة، منبها": a comma ends the region noun's slot
            theirs = _replaced(word, lead, alignment, index, lang, claim_keys)
            if theirs is None and keys & index.everywhere:
                # "السلطة في الخرطوم" for the sentence's "السلطة في جوبا": a place of the
                # article moved into the copied phrase, whatever the sentence's word is
                theirs = moved_after_phrase(mine, i, alignment, index, claim_keys, lang)
            if (
                theirs is not None
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


def _candidate(word: str, lang: str) -> bool:
    return (
        is_content(word, lang)
        and not any(ch.isdigit() or ch in ACRONYM_MARKS for ch in word)
        and (lang != "en" or word[:1].isupper())
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


def _names_a_place(lead: list[str], lang: str) -> bool:
    """The lead words (folded) end in a word for a kind of place (ar/he)."""
    if lang == "en" or not lead:
        return False
    forms = {lead[-1], *stems(lead[-1], lang)}
    # a Hebrew plural construct ("ביישובי הגליל", "כפרי הגליל"): the kind's own noun
    forms |= {f[:-1] for f in forms if lang == "he" and f.endswith("י") and len(f) > 3}
    return bool(forms & _PLACE_NOUNS[lang])


def _lead_key(lead: list[str], lang: str) -> tuple[str, ...]:
    """What two runs of lead words (each :func:`_kind_of`) share when they are the same:
    the words, or in Hebrew the words spelled defective ("בישובי" / "ביישובי"), their
    letters the same but for the vowel letters ו and י after the first."""
    return tuple(_defective(w) for w in lead) if lang == "he" else tuple(lead)


def _after_lead(s: int, lead: list[str], index: SourceIndex, lang: str) -> list[int]:
    """Where in source sentence ``s`` a word stands after the claim's lead words, in order
    (the index of that word). The sentence's runs of lead words are indexed once per
    source, so a brief of many names does not read each sentence once per name."""
    key = ("swaps.leads", s, lang)
    if key not in index.memo:
        theirs = [_kind_of(w, lang) for w in words(index.sentences[s].text)]
        at: dict[tuple[str, ...], list[int]] = {}
        for j in range(len(theirs) - LEAD):
            at.setdefault(_lead_key(theirs[j : j + LEAD], lang), []).append(j + LEAD)
        index.memo[key] = at
    return cast("dict[tuple[str, ...], list[int]]", index.memo[key]).get(_lead_key(lead, lang), [])


_HE_VOWEL_LETTERS = re.compile("[וי]")


def _defective(word: str) -> str:
    """A Hebrew word without the vowel letters after its first letter."""
    return word[:1] + _HE_VOWEL_LETTERS.sub("", word[1:])


def _names_a_region(lead: list[str], lang: str) -> bool:
    """The lead words end in a word for a kind of place that ``_PLACE_NOUNS`` leaves out
    ("منطقة", "حي", "שכונת"): a name follows, but such words also stand in a sentence's
    other clauses, so a rival there must stand in the clause the claim retells."""
    return (
        lang != "en"
        and bool(lead)
        and not _names_a_place(lead, lang)
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
    if _names_a_place(lead, lang) or _names_a_region(lead, lang):
        return True
    theirs_bare, mine_bare = _shared_proclitics(fold(theirs), fold(mine), lang)
    first = theirs_bare[:1]
    if first in _LOCATIVE[lang] and mine_bare[:1] == first:
        return True
    return _modifier_of_a_name(theirs, mine, lead, lang)


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


def _kind_of(word: str, lang: str) -> str:
    """The word folded, a word for a kind of body as that kind's one word."""
    folded = fold(word)
    return _SAME_KIND.get(lang, {}).get(folded, folded)


def _modifier_of_a_name(theirs: str, mine: str, lead: list[str], lang: str) -> bool:
    """ "הגליל העליון" / "הגליל המערבי", "البحر الأحمر" / "البحر الأبيض": a definite noun
    and its definite modifier, a name's second word; another modifier is another place."""
    article = _ARTICLE[lang]
    return bool(lead) and all(fold(w).startswith(article) for w in (lead[-1], theirs, mine))


def _replaced(
    mine_word: str,
    lead: list[str],
    alignment: Alignment,
    index: SourceIndex,
    lang: str,
    claim_keys: frozenset[str],
) -> str | None:
    """The source's rare word after the same lead words, when the claim lacks it; none
    where an aligned sentence has the claim's own word after those lead words (two places
    of one kind, "منطقة القلمون" and "منطقة السيدة زينب", both in the claim's sentences)."""
    if _kept(mine_word, lead, alignment, index, lang):
        return None
    for s in alignment.sentences:
        theirs = words(index.sentences[s].text)
        for at in _after_lead(s, lead, index, lang):
            word = theirs[at]
            keys = word_keys(word, lang)
            if (
                _candidate(word, lang)
                # a name's first word after a kind of place may be short ("بلدة تل حلف")
                and len(fold(word)) > (1 if _names_a_place(lead, lang) else 2)
                and _same_setting(word, mine_word, lead, lang)
                and not keys & claim_keys
                and (_names_a_place(lead, lang) or all(index.rare(k) for k in keys))
                and (
                    not _names_a_region(lead, lang)
                    or (
                        _in_retold_part(index.sentences[s].text, at, claim_keys, lang)
                        and joined(index.sentences[s].text, theirs[at - 1], word)
                    )
                )
            ):
                return word
    return None


def _moved_name(
    word: str, keys: frozenset[str], alignment: Alignment, index: SourceIndex, lang: str
) -> bool:
    """A rare name of the source that none of the claim's aligned sentences has: brought in
    from elsewhere in the article. In Arabic and Hebrew, with no capitals to tell a name, a
    place of the table only (a rare adjective is no name)."""
    if not all(index.rare(k) for k in keys) or (lang != "en" and place_of(word, lang) is None):
        return False
    return not any(keys & keys_of(index.sentences[s].text, lang) for s in alignment.sentences)


def _kept(
    mine_word: str, lead: list[str], alignment: Alignment, index: SourceIndex, lang: str
) -> bool:
    """An aligned sentence has the claim's word after the same lead words."""
    keys = word_keys(mine_word, lang)
    for s in alignment.sentences:
        theirs = words(index.sentences[s].text)
        if any(keys & word_keys(theirs[at], lang) for at in _after_lead(s, lead, index, lang)):
            return True
    return False


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

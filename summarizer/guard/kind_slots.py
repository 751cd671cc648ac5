"""Names in Arabic and Hebrew briefs found by their slot, with no capital letter to mark
them: the word after a noun for a kind of place, body or office ("بلدة قلدون", "حزب الأمة",
"ההתנחלות יצהר", "מפלגת העבודה") or after a verb of saying ("אמר נתניהו").

A brief's name in such a slot is compared with what the source says in the claim's
aligned sentence. Two shapes are a changed name:

- the brief's name is in no form anywhere in the source (an added name, in a slot only a
  name fills);
- the aligned sentence fills a slot of the same kind (a place for a place, a body for a
  body) with a name the brief nowhere has, and the brief's name is not in that sentence:
  one name stands in another's stead ("قرب منطقة السيدة زينب" where the source's sentence
  says "قرب بلدة قلدون").
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, stems, words

# Kind nouns (with their definite and construct forms), grouped by what they name.
_KINDS: dict[str, dict[str, str]] = {
    "ar": {
        **dict.fromkeys(
            [
                "مدينة",
                "بلدة",
                "قرية",
                "حي",
                "منطقة",
                "مخيم",
                "محافظة",
                "ولاية",
                "إقليم",
                "مقاطعة",
                "ضاحية",
            ],
            "place",
        ),
        **dict.fromkeys(["حزب", "حركة", "كتلة", "جبهة", "تنظيم", "جماعة", "ائتلاف"], "body"),
        **dict.fromkeys(["الرئيس", "رئيس", "الوزير", "وزير", "الزعيم", "زعيم"], "person"),
        **dict.fromkeys(["قال", "قالت", "أضاف", "أضافت"], "speaker"),
    },
    "he": {
        **dict.fromkeys(
            [
                "עיר",
                "העיר",
                "עיריית",
                "יישוב",
                "היישוב",
                "התנחלות",
                "ההתנחלות",
                "שכונת",
                "השכונה",
                "כפר",
                "הכפר",
                "מחנה",
                "רובע",
                "הרובע",
                "מחוז",
            ],
            "place",
        ),
        **dict.fromkeys(["מפלגת", "תנועת", "ארגון", "סיעת"], "body"),
        **dict.fromkeys(["ראש", "השר", "שר", "נשיא", "הנשיא"], "person"),
        **dict.fromkeys(["אמר", "אמרה", "הוסיף", "הוסיפה"], "speaker"),
    },
}
_QUOTES = "\"'“”«»„״׳"


def _forms(word: str, lang: str) -> set[str]:
    w = fold(word.strip(_QUOTES))
    return {w, *stems(w, lang)}


def _kind(word: str, lang: str) -> str | None:
    table = _KINDS[lang]
    for form in _forms(word, lang):
        if form in table:
            return table[form]
    return None


def names_a_place_kind(word: str, lang: str) -> bool:
    """A word for a kind of place ("منطقة", "حي", "שכונת"): the word after it is its name."""
    return lang in _KINDS and _kind(word, lang) == "place"


def _slots(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(kind, name word, the word after it) for each kind noun followed by a content word
    that is no kind noun."""
    out = []
    for piece in _PUNCTUATION.split(text):  # "في المنطقة، مذكرا": a slot ends at a comma
        tokens = words(piece)
        for a, b, c in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False):
            kind = _kind(a, lang)
            name = b.strip(_QUOTES)
            if kind is None or definite_before(a, b, kind, lang):
                continue
            if _kind(b, lang) is None and len(name) > 2 and is_content(name, lang):
                out.append((kind, b, c))
    return out


_PUNCTUATION = re.compile(r"[,،.;؛:!?؟()]")
AR_ARTICLE = re.compile(r"^[وفبل]?(?:ال|لل)")


def definite_before(word: str, after: str, kind: str, lang: str) -> bool:
    """An Arabic place or body noun with its article ("المدينة", "والتنظيم") before a word
    without one is the noun itself, not a construct before a name ("مدينة غزة", "تنظيم
    الدولة"), and not a name in apposition, which agrees with it ("الحزب الاتحادي"): the
    word after it is its verb ("والتنظيم كانوا يحاولون")."""
    if lang != "ar" or kind not in ("place", "body"):
        return False
    return bool(AR_ARTICLE.match(fold(word))) and not AR_ARTICLE.match(fold(after))


def check_kind_slots(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Names of an ar/he brief, in a kind noun's slot, that the source does not tie there."""
    if lang not in _KINDS:
        return []
    everywhere: set[str] = set()
    for sentence in index.sentences:
        for w in words(sentence.text):
            everywhere |= _forms(w, lang)
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        mine = set().union(*(_forms(w, lang) for w in words(claim)), set())
        theirs_text = " ".join(index.sentences[i].text for i in alignment.sentences)
        near = {j for i in alignment.sentences for j in (i - 1, i, i + 1)}
        near_text = " ".join(
            index.sentences[j].text for j in sorted(near) if 0 <= j < len(index.sentences)
        )
        theirs = set().union(*(_forms(w, lang) for w in words(near_text)), set())
        for kind, name, _ in _slots(claim, lang):
            forms = _forms(name, lang)
            if not forms & everywhere and _bare(name, lang):
                problems.append(
                    Problem("name", f"the source never names {name!r} (after a {kind})", name)
                )
                continue
            if forms & theirs or kind == "speaker" or not _bare(name, lang):
                continue
            rivals = [
                other
                for k, other, after in _slots(theirs_text, lang)
                if k == kind and not (_forms(other, lang) | _forms(after, lang)) & mine
            ]
            if rivals:
                problems.append(
                    Problem(
                        "name",
                        f"the source's sentence for this claim has {rivals[0]!r} in this slot,"
                        f" not {name!r}",
                        name,
                    )
                )
    return problems


def _bare(word: str, lang: str) -> bool:
    """A word with no proclitic to strip and more than three letters: a form a name takes
    after its kind noun, where a preposition or a short verb ("تقع") follows one too."""
    w = fold(word.strip(_QUOTES))
    return (
        len(w) > 3
        and all(len(s) >= len(w) - 2 and w.endswith(s) for s in stems(w, lang))
        and (not any(w.startswith(p) and w[len(p) :] in stems(w, lang) for p in "בלמוכש"))
    )

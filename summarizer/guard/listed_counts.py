"""A count the brief gives of a list it spells out itself: "five named groups: A, B, C, D
and E", "خمس مجموعات، هي أ وب وج ود وه", "שלוש ערים: א, ב ו-ג".

The source may name the five groups without counting them; a brief that counts them and
lists them states nothing the source does not. The count stands when the list right after
it has exactly that many items (a wrong count would have to change the list with it).
"""

from __future__ import annotations

import re

from summarizer.guard.numbers import Number

# The words between the count and its list, and the word or mark that opens the list.
_OPENS = {
    "en": re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?::|—|–|,\s*namely\b)", re.I),
    "ar": re.compile(r"^\s*(?:\S+\s+){0,3}?\S+?\s*(?::|،?\s*(?:و?هي|و?هم)\s)"),
    "he": re.compile(r"^\s*(?:\S+\s+){0,3}?\S+?\s*(?::|\s[-–—]\s|,?\s*(?:ה[םן])\s)"),
}
_END = re.compile(r"[.;:!?؛]")
_AND = {
    "en": re.compile(r"\s(?:and|or)\s", re.I),
    "ar": re.compile(r"(?:^|\s)(?:و|أو\s)(?=\S{3,})"),
    "he": re.compile(r"(?:^|\s)(?:ו-?|או\s)(?=\S{2,})"),
}
MIN_ITEMS = 2


def counts_own_list(claim: str, number: Number, lang: str) -> bool:
    """Whether the figure counts the items of a list the claim gives right after it."""
    opens = _OPENS.get(lang)
    at = claim.find(number.span)
    if opens is None or at < 0 or number.kind == "vague":
        return False
    rest = claim[at + len(number.span) :]
    m = opens.match(rest)
    if m is None:
        return False
    listed = _END.split(rest[m.end() :], maxsplit=1)[0]
    items = 0
    for piece in re.split(r"[,،]", listed):
        if not piece.strip():
            continue
        joined = len(_AND[lang].findall(piece.strip()))
        items += 1 + joined
        if joined:
            break  # "..., D and E": the list ends with its last item
    return items >= MIN_ITEMS and items == number.value

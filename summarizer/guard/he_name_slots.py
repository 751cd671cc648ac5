"""A Hebrew name put in the place of the source's one: "מזכ"ל חמאס" where the source has
"מזכ"ל חיזבאללה", "לגן הלאומי אכזיב" for its "לגן הלאומי פלמחים", "יום הנכבה" for its
"יום אל-קודס".

Hebrew has no capitals to find a name by, and one new word is too little for the support
check (a paraphrase adds words too). But some nouns name a kind of thing whose name stands
right after them: a title (מזכ"ל, ראש, דובר ...: whose holder or body follows), a kind of
place (התנחלות, יישוב, גן, עיר, כפר ...: "ההתנחלות יצהר", "הגן הלאומי פלמחים") and a day
named for an occasion (יום: "יום אל-קודס", "יום ירושלים"). Where the brief has such a
noun followed by a word the source has in no form, and the source has the same noun
followed by a word the brief nowhere has, the brief has put its own name in the source's
slot: a name fault. Only the word right after the noun is the name; a place's noun may
take one relational adjective first ("הגן הלאומי פלמחים").

A name is bare: a title's genitive with the article ("מזכ"ל הארגון", "ראש הממשלה") is a
description, and a word with ש ("יצהר שבשומרון") opens a relative clause. A place after
ב or ל ("בגן ברחובות": where the thing stands) is compared likewise; the spelled-out
form of a source's acronym ("בראשון" for "בראשל"צ") is the same name. "היום" is
"today", and an ordinal after יום ("יום שני") tells a date, which the date checks
compare. A genitive in the masculine plural ("גן
ילדים", a kindergarten) tells what the thing is for; it names nothing.
"""

from __future__ import annotations

from summarizer.guard.align import SourceIndex
from summarizer.guard.content_keys import is_content, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.roles import HE_TITLES
from summarizer.guard.text import fold, folded_forms, sentences, words

_PLACE_KINDS = frozenset(("התנחלות", "יישוב", "ישוב", "עיר", "כפר", "עיירה", "קיבוץ", "מושב", "גן"))
_DAY = "יום"
_TODAY = "היום"
_ORDINALS = frozenset(
    ("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שביעי", "אחרון", "הבא", "המחרת")
)
_PLURAL = "ים"  # the masculine plural
_LOCATIVES = "בל"  # a place's proclitics: "בגן ברחובות", "להתנחלות"
_ACRONYM_LETTERS = 2  # letters an acronym's spelled-out first word shares with it


def _kind(token: str) -> str | None:
    """The kind noun ``token`` is, in any of its proclitic forms, or None."""
    forms = folded_forms(token, "he")
    if fold(token) == _TODAY:
        return None
    if _DAY in forms:
        return _DAY
    found = forms & (_PLACE_KINDS | HE_TITLES)
    return min(found) if found else None


def _relational(word: str) -> bool:
    """A definite relational adjective ("הלאומי", "הצבאי"): it may stand between a kind
    of place and its name."""
    folded = fold(word)
    return folded.startswith("ה") and folded.endswith("י") and len(folded) > 3


def _name_after(kind: str, tokens: list[str], at: int) -> str | None:
    """The word naming the thing of kind ``kind`` at ``tokens[at]``, or None."""
    after = tokens[at + 1 : at + 3]
    if kind in _PLACE_KINDS and len(after) == 2 and _relational(after[0]):
        after = after[1:]
    if not after or not is_content(after[0], "he"):
        return None
    name = after[0]
    folded = fold(name)
    if folded.startswith("ש"):
        return None  # "יצהר שבשומרון": a relative clause, not the name
    if kind in HE_TITLES and folded.startswith("ה"):
        return None  # "מזכ"ל הארגון": a description
    if kind == _DAY and folded_forms(name, "he") & _ORDINALS:
        return None  # "יום שני": a date
    if folded.endswith(_PLURAL):
        return None  # "גן ילדים": what the thing is for, no name
    return name


def _slots(text: str) -> list[tuple[str, str, str]]:
    """(kind, the kind noun as written, the name after it) for each slot of ``text``."""
    out = []
    for sentence in sentences(text):
        tokens = words(sentence.text)
        for at, token in enumerate(tokens[:-1]):
            kind = _kind(token)
            if kind is not None and (name := _name_after(kind, tokens, at)) is not None:
                out.append((kind, token, name))
    return out


def _proclitic(word: str) -> str:
    folded = fold(word)
    return folded[0] if folded[0] in _LOCATIVES else ""


def _spelled_out(name: str, acronym: str) -> bool:
    """ "בראשון" for the source's "בראשל"צ": a Hebrew acronym opens with its first
    word's letters."""
    if '"' not in acronym:
        return False
    mine = fold(name)[len(_proclitic(name)) :]
    theirs = fold(acronym)[len(_proclitic(acronym)) :].replace('"', "")
    return mine[:_ACRONYM_LETTERS] == theirs[:_ACRONYM_LETTERS]


def check_he_name_slots(summary: str, source: str, index: SourceIndex, lang: str) -> list[Problem]:
    """Names a Hebrew brief puts after a kind noun where the source has another name."""
    if lang != "he":
        return []
    mine_slots = [s for s in _slots(summary) if not word_keys(s[2], lang) & index.everywhere]
    if not mine_slots:
        return []
    brief_keys = frozenset().union(*(word_keys(w, lang) for w in words(summary)))
    theirs = [s for s in _slots(source) if not word_keys(s[2], lang) & brief_keys]
    problems = []
    for kind, token, name in mine_slots:
        for their_kind, _, their_name in theirs:
            if their_kind != kind or _spelled_out(name, their_name):
                continue
            problems.append(
                Problem(
                    "name",
                    f"the source names {their_name!r} after {token!r}, not {name!r}",
                    name,
                )
            )
            break
    return problems

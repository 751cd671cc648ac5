"""The kind of speaker: a claim the source gives to one kind of party, moved to another.

"..., German broadcaster ZDF reported" in the source and "..., German prosecutors said" in
the brief share a word ("German") yet name different parties: a news outlet and an
authority. "Israeli officials said" and "Egyptian officials said" share their role word
yet name different countries' officials. For each attributed brief sentence, the speaker
of the source sentence it rests on best (its best-aligned attributed sentence) is
compared with the brief's speaker by *kind*: the body words of each phrase (government,
rebels, police and courts, news media, legislature, family) and, where both name the
same role, their nationality words. A speaker whose kind words are all other than the
source speaker's, or whose nationality is another, moved the claim. A phrase with no kind
word is no evidence either way (a person's name: the other speaker checks judge it).

The word classes follow general style guidance (AP, Reuters: attribute to the specific
party, and keep an outlet's report an outlet's report).
"""

from __future__ import annotations

import re

from summarizer.guard.align import SourceIndex
from summarizer.guard.report import Problem
from summarizer.guard.speaker_finding import is_pronoun, speakers
from summarizer.guard.text import fold, words

# body words by kind of party; role words (official, spokesman) serve every kind
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "government": "government ministry minister cabinet administration president"
        " presidency premier chancellor regime kremlin",
        "armed": "rebel rebels insurgents insurgent militants militant opposition",
        "justice": "police prosecutor prosecutors prosecution investigators investigator"
        " court judge judges detectives",
        "media": "broadcaster newspaper paper agency television channel magazine radio"
        " outlet reporter reporters correspondent journalist journalists daily tabloid",
        "legislature": "parliament lawmakers legislators congress senate committee",
        "family": "family relatives",
    },
    "he": {
        "government": "ממשלה ממשלת משרד ממשל קבינט שר",
        "justice": "משטרה משטרת פרקליטות תביעה בית",
        "media": "עיתון ערוץ סוכנות רשת כתב",
        "legislature": "ועדה ועדת כנסת",
        "family": "משפחה משפחת",
    },
    "ar": {
        "government": "حكومة الحكومة وزارة الوزراء الرئيس النظام",
        "armed": "المعارضة المتمردين المتمردون الفصائل",
        "justice": "الشرطة شرطة النيابة القضاء المحكمة",
        "media": "صحيفة الصحيفة وكالة قناة القناة",
        "legislature": "البرلمان برلمان اللجنة لجنة",
        "family": "عائلة أسرة",
    },
}
_KINDS = {
    lang: {w: kind for kind, listed in table.items() for w in listed.split()}
    for lang, table in _WORDS.items()
}
_HE_PREFIXES = "הו"
# a nationality word: "Israeli", "Egyptian", "German", "Chinese", "Turkish", "French"
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:i|ian|an|ese|ish|ch)$|^(?:Swiss|Dutch|Thai|Greek)$")
_ROLES = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "sources"}


def _lexical(word: str, lang: str) -> str:
    w = fold(word)
    if lang == "en":
        return w.lower()
    if lang == "he":
        while len(w) > 3 and w[0] in _HE_PREFIXES and w not in _KINDS["he"]:
            w = w[1:]
    return w


def kinds(speaker: str, lang: str) -> set[str]:
    """The kinds of party the speaker phrase's body words name."""
    table = _KINDS.get(lang, {})
    tokens = [_lexical(w, lang) for w in words(speaker)]
    return {table[t] for t in tokens if t in table}


def _demonyms(speaker: str) -> set[str]:
    return {w for w in words(speaker) if _DEMONYM.match(w)}


def _roles(speaker: str) -> set[str]:
    return {w.lower().rstrip("s") for w in words(speaker) if w.lower() in _ROLES}


def clash(mine: str, theirs: str, lang: str) -> bool:
    """Whether two speaker phrases name parties of other kinds (prosecutors, a
    broadcaster) or the same role of another country (Israeli, Egyptian officials)."""
    a, b = kinds(mine, lang), kinds(theirs, lang)
    if a and b and not a & b:
        return True
    if lang != "en" or not (_roles(mine) & _roles(theirs)) or a != b:
        return False
    da, db = _demonyms(mine), _demonyms(theirs)
    return bool(da and db and not da & db)


def may_clash(mine: str, lang: str) -> bool:
    """Whether the speaker phrase has a kind or nationality word to compare by."""
    return not is_pronoun(mine) and bool(kinds(mine, lang) or (lang == "en" and _demonyms(mine)))


def kind_moved(mine: str, candidates: list[int], index: SourceIndex, lang: str) -> str | None:
    """The speaker of the best-aligned attributed source sentence where the brief's
    speaker ``mine`` is of another kind than every speaker that sentence names; else
    None. The caller asks ``may_clash`` first."""
    if not candidates:
        return None
    theirs = [sp for sp in speakers(index.sentences[candidates[0]].text, lang)]
    theirs = [sp for sp in theirs if not is_pronoun(sp)]
    if theirs and all(clash(mine, sp, lang) for sp in theirs):
        return theirs[0]
    return None


def moved_problem(theirs: str, mine: str, sentence: str) -> Problem:
    return Problem(
        "attribution",
        f"the source gives this to {theirs!r}, a party of another kind than {mine!r}",
        sentence,
    )

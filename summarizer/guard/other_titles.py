"""A person given an office the source never names, where the source gives them another.

"עלי חמינאי, נשיא איראן" where the source has "המנהיג העליון של איראן עלי חמינאי": the
name is the source's, the title is nowhere in it, and the source ties that very name to
another title. The name check passes (the name is right) and the role check looks for a
holder of "נשיא" that the source does not have. A title that the source has nowhere,
beside a name the source names with another title, gives the person an office the
article does not: the name in the wrong role.

Arabic and Hebrew (English titles are capitalised and go through the role check). Titles
that name one office in other words (المتحدث / الناطق, spokesman) count as one.
"""

from __future__ import annotations

from typing import cast

from summarizer.guard.align import SourceIndex
from summarizer.guard.complete_names import comma_after
from summarizer.guard.content_keys import content_words, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, stems, words

# One office per group: a title of the group in the source supports any other of it.
_OFFICES = {
    "ar": (
        ("رئيس",),
        ("وزير", "وزيرة"),
        ("زعيم", "قائد", "المرشد", "مرشد"),
        ("المتحدث", "متحدث", "الناطق", "ناطق"),
        ("سفير",),
        ("أمين", "الأمين"),
        ("ملك", "الملك", "أمير", "الأمير"),
    ),
    "he": (
        ("נשיא", "נשיאת"),
        ("ראש", 'יו"ר', "מנהיג", "מנהיגת"),
        ("שר", "שרת"),
        ("דובר", "דוברת"),
        ("מפקד", "מפקדת"),
        ("שגריר", "שגרירת"),
        ('מזכ"ל',),
        ("מלך", "נסיך"),
    ),
}
# The top office of a body (a state's president, a party's secretary-general, a king) in
# general words: "leader", "head of", "at the head of". A brief may call the holder of any
# top office the body's leader; the source's particular title supports it.
_GENERIC_HEADS = {
    "ar": {fold(w) for w in ("زعيم", "قائد")},
    # "ראש חיזבאללה", "head of": the body's name follows; "ראש הממשלה" is an office of its
    # own, and its body (the government) is then one the source gives no top office
    "he": {fold(w) for w in ("מנהיג", "מנהיגת", "בראש", "ראש")},
}
_TOP_OFFICES = {
    "ar": {fold(w) for w in ("رئيس", "أمين", "الأمين", "ملك", "الملك", "أمير", "الأمير")},
    "he": {fold(w) for w in ("נשיא", "נשיאת", 'מזכ"ל', "מלך", 'יו"ר')},
}
NEAR = 3  # words on either side of a brief's title that may be its holder's name
SOURCE_NEAR = 6  # words between a name and its title in the source


def _office_of(token: str, lang: str) -> int | None:
    """The office group a token's title belongs to (a proclitic may stand before it)."""
    forms = {fold(token), *stems(fold(token), lang)}
    for at, group in enumerate(_OFFICES[lang]):
        if forms & {fold(t) for t in group}:
            return at
    return None


def check_other_titles(summary: str, index: SourceIndex, lang: str) -> list[Problem]:
    """Titles the source has nowhere, beside a name the source gives another title."""
    if lang not in _OFFICES:
        return []
    source_tokens = [words(s.text) for s in index.sentences]
    offices = [[_office_of(t, lang) for t in tokens] for tokens in source_tokens]
    held = {o for row in offices for o in row if o is not None}
    titled: frozenset[str] | None = None  # keys of the source's words with a title beside
    problems = []
    for sentence in sentences(summary):
        tokens = words(sentence.text)
        for i, token in enumerate(tokens):
            office = _office_of(token, lang)
            if office is None or office in held:
                continue
            if titled is None:
                titled = _titled_keys(source_tokens, offices, lang)
            beside = tokens[max(0, i - NEAR) : i] + tokens[i + 1 : i + 1 + NEAR]
            holder = next(
                (
                    w
                    for w in beside
                    if _is_rare_name(w, index, lang) and word_keys(w, lang) & titled
                ),
                None,
            )
            if holder and _generic_head(token, lang) and _heads_body(sentence.text, i, index):
                continue  # "מנהיג חיזבאללה" for its secretary-general
            if holder:
                problems.append(
                    Problem(
                        "name",
                        f"the source never says {token!r}; it gives {holder!r} another title",
                        sentence.text,
                    )
                )
    return problems


def _is_rare_name(word: str, index: SourceIndex, lang: str) -> bool:
    """A content word the source has, in few of its sentences (a name, not the story's
    setting)."""
    if not content_words(word, lang):
        return False
    keys = word_keys(word, lang) & index.everywhere
    return bool(keys) and all(index.rare(k) for k in keys)


def _titled_keys(
    source_tokens: list[list[str]], offices: list[list[int | None]], lang: str
) -> frozenset[str]:
    """The keys of every source word with a title within SOURCE_NEAR words of it (built
    once per check: one pass over the source)."""
    out: set[str] = set()
    for tokens, row in zip(source_tokens, offices, strict=True):
        for j, token in enumerate(tokens):
            if any(o is not None for o in row[max(0, j - SOURCE_NEAR) : j + SOURCE_NEAR + 1]):
                out |= word_keys(token, lang)
    return frozenset(out)


def _generic_head(token: str, lang: str) -> bool:
    """Whether a title is the general word for a body's top office (no particular one)."""
    return bool({fold(token), *stems(fold(token), lang)} & _GENERIC_HEADS[lang])


BODY_AFTER = 3  # words between a top office and its body ("الأمين العام لحركة الفجر")
BODY_WORDS = 2  # words of a body's name after a general head title ("زعيم حركة الفجر")


def _heads_body(text: str, i: int, index: SourceIndex) -> bool:
    """Whether the body a general head title (the ``i``-th word of ``text``) names, its
    next words up to a comma ("מנהיג חיזבאללה", "העומד בראש חיזבאללה,"), is one the
    source gives a top office ("מזכ\"ל חיזבאללה"): the title then names the top office
    of the right body, whatever the source calls that office."""
    tokens = words(text)
    ends = comma_after(text, tokens)
    body: list[str] = []
    for j in range(i + 1, len(tokens)):
        if content_words(tokens[j], index.lang):
            body.append(tokens[j])
        if len(body) == BODY_WORDS or j in ends:
            break
    tops = _top_bodies(index)
    return bool(body) and all(word_keys(w, index.lang) & tops for w in body)


def _top_bodies(index: SourceIndex) -> frozenset[str]:
    """The keys of the words up to BODY_AFTER after each top office title of the source."""
    key = ("other_titles.top_bodies",)
    if key not in index.memo:
        tops = _TOP_OFFICES[index.lang]
        out: set[str] = set()
        for sentence in index.sentences:
            tokens = words(sentence.text)
            for j, token in enumerate(tokens):
                if {fold(token), *stems(fold(token), index.lang)} & tops:
                    for w in tokens[j + 1 : j + 1 + BODY_AFTER]:
                        out |= word_keys(w, index.lang)
        index.memo[key] = frozenset(out)
    return cast("frozenset[str]", index.memo[key])

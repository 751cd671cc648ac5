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

from summarizer.guard.align import SourceIndex, content_words, word_keys
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

"""Doubt words the source stands behind: "so-called", כביכול, المزعوم in a brief.

A word of doubt ("so-called", "supposedly") is loaded in our own voice: it mocks or
questions on no one's word. It is the source's doubt, not ours, in two shapes:

- the source itself writes the doubt word before (or, in Arabic, after) the same thing
  ("so-called "Schutzverträge," or "protection contracts"" -> "so-called protection
  contracts");
- the source itself says the thing is false (a false alarm, a fake report, a hoax), and
  the brief's sentence says so too: "the supposed intrusion was a false alarm" reports
  the source's verdict, not a sneer of ours.
"""

from __future__ import annotations

from summarizer.guard.content_keys import is_content
from summarizer.guard.text import fold, stems, words

# the doubt terms of each lexicon (the lexicon's own spelling of them)
DOUBT_TERMS = {
    "en": {"so-called", "supposedly", "purported", "purportedly"},
    "he": {"כביכול", "לכאורה", "מה שמכונה"},
    "ar": {"المزعوم", "المزعومة", "ما يسمى", "ما يسمّى", "ما يطلق عليه"},
}
# words that declare a thing untrue: a false alarm, a fake report, a hoax
FALSITY = {
    "en": {"false", "fake", "hoax", "bogus", "untrue", "baseless", "unfounded", "fabricated"},
    "he": {
        *("שווא", "כוזב", "כוזבת", "כוזבים", "כוזבות", "מזויף", "מזויפת", "מזויפים"),
        *("בדוי", "בדויה", "בדויים", "מופרך", "מופרכת", "מופרכים", "פייק"),
    },
    "ar": {
        *("كاذب", "كاذبة", "كاذبا", "زائف", "زائفة", "زائفا", "مزيف", "مزيفة", "ملفق"),
        *("ملفقة", "مفبرك", "مفبركة", "شائعة", "شائعات"),
    },
}
# the Arabic adjective follows the noun it doubts (الاتفاق المزعوم); the others precede it
POSTPOSED = {fold(t) for t in ("المزعوم", "المزعومة")}
NEAR = 4  # words after (or before) the source's doubt word that may name the same thing
_PREFIX = 5  # letters of a word that must meet (inflection: "contract", "contracts")


def _forms(word: str, lang: str) -> set[str]:
    folded = fold(word).lower()
    return {s[:_PREFIX] for s in stems(folded, lang)} if lang != "en" else {folded[:_PREFIX]}


def _doubt_at(tokens: list[str], lang: str) -> list[tuple[int, int]]:
    """(start, end) token positions of the doubt terms in a token list."""
    found = []
    for term in DOUBT_TERMS.get(lang, ()):
        parts = term.split()
        n = len(parts)
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            if all(
                p == t.lower() or (lang != "en" and p in stems(t, lang))
                for p, t in zip(parts, window, strict=True)
            ):
                found.append((i, i + n))
    return found


def _neighbours(tokens: list[str], start: int, end: int, lang: str) -> list[str]:
    """The content word the doubt term qualifies: the next one (the one before, for an
    Arabic adjective that follows its noun)."""
    if fold(" ".join(tokens[start:end])) in POSTPOSED or any(
        p in POSTPOSED for p in stems(fold(tokens[start]), lang)
    ):
        return [t for t in reversed(tokens[max(0, start - 2) : start]) if is_content(t, lang)][:1]
    return [t for t in tokens[end : end + 3] if is_content(t, lang)][:1]


def source_doubts(sentence: str, term_text: str, lang: str, source: str | None) -> bool:
    """Whether a doubt term in this brief sentence is the source's own doubt (see the
    module's docstring). ``term_text``: the lexicon's spelling of the hit's term."""
    if source is None or fold(term_text) not in {fold(t) for t in DOUBT_TERMS.get(lang, ())}:
        return False
    brief = words(sentence)
    src = words(source)
    src_forms = [_forms(t, lang) for t in src]
    # 1. the source writes the doubt word of the same thing, and the brief names all of
    # it: "so-called treaties" for the source's so-called "friendship treaties" is ours
    for b_start, b_end in _doubt_at(brief, lang):
        wanted = [_forms(w, lang) for w in _neighbours(brief, b_start, b_end, lang)]
        for s_start, s_end in _doubt_at(src, lang):
            after = range(s_end, min(len(src), s_end + NEAR))
            before = range(max(0, s_start - NEAR), s_start)
            for j in [*after, *before]:
                if not any(w & src_forms[j] for w in wanted):
                    continue
                # the word begins (after) or ends (before) the name the source doubts
                k = j - 1 if j >= s_end else j + 1
                if k in (s_end - 1, s_start) or not is_content(src[k], lang):
                    return True
    # 2. the source declares the thing false, and the brief's sentence says so too
    falsity = FALSITY.get(lang, set())

    def declares(tokens: list[str]) -> bool:
        return any(s in falsity for t in tokens for s in stems(fold(t).lower(), lang))

    return declares(brief) and declares(src)

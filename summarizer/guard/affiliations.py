"""A person of the article tied to the wrong body: "Dr. X of <hospital>".

"Dr. Marwan Al-Hams of Al Aqsa Martyrs Hospital" names a real person and a real hospital
of the article, but the article ties Al-Hams to another hospital and Al Aqsa Martyrs
Hospital to another doctor. Where a brief ties a titled person to a named body ("of",
"at", "from", or "a doctor at"), the source must name that body near the person somewhere;
when it never does, and names it near another titled person instead, the brief has put
the person in someone else's place. English only: elsewhere no capitals mark the names.
"""

from __future__ import annotations

import re

from summarizer.guard.content_keys import word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences, words

# A capitalised run (the same shape the role check reads names by), one word at a time.
_CAPITALISED = re.compile(r"[A-Z][\w'-]*")
_PERSONAL_TITLES = {"dr", "mr", "mrs", "ms", "prof", "professor", "doctor"}
_LINKS = {"of", "at", "from"}
_LINK_FILLERS = {"a", "an", "the", "doctor", "physician", "surgeon", "nurse", "director", "head"}
MAX_LINK_WORDS = 4  # ", a doctor at the": words between the person and the body
# Words of a body's name that many bodies share: they tell one body from another poorly.
_BODY_WORDS = {
    "al", "el", "the", "of", "and", "hospital", "medical", "center", "centre", "complex",
    "university", "ministry", "health", "department", "office", "city", "gaza", "strip",
}  # fmt: skip
WINDOW = 12  # words between a person and a body the source ties to them


def check_affiliations(summary: str, source: str) -> list[Problem]:
    """Titled people of the brief tied to a body the source gives to another person."""
    ties = [tie for sentence in sentences(summary) for tie in _ties(words(sentence.text))]
    if not ties:
        return []
    source_words = [words(s.text) for s in sentences(source)]
    problems = []
    for person, body in ties:
        surname = person[-1]
        marks = _distinctive(body)
        if not marks or not any(surname in ws for ws in source_words):
            continue  # a body named by common words only, or a name the source lacks
        if any(_near(ws, [surname], marks) for ws in source_words):
            continue
        holder = _holder(source_words, marks, surname)
        if holder:
            problems.append(
                Problem(
                    "name",
                    f"the source ties {' '.join(body)} to {holder}, not to {surname}",
                    f"{' '.join(person)} … {' '.join(body)}",
                )
            )
    return problems


def _ties(tokens: list[str]) -> list[tuple[list[str], list[str]]]:
    """(person, body) pairs: a titled capitalised run, a few linking words ending with
    "of" / "at" / "from", and a capitalised run of two words or more."""
    out = []
    i = 0
    while i < len(tokens):
        if not _is_title(tokens[i]):
            i += 1
            continue
        person = _run(tokens, i + 1)
        j = i + 1 + len(person)
        link = 0
        while j < len(tokens) and link < MAX_LINK_WORDS and tokens[j].lower() in _LINK_FILLERS:
            j, link = j + 1, link + 1
        if len(person) >= 2 and j < len(tokens) and tokens[j].lower() in _LINKS:
            start = j + 2 if tokens[j + 1 : j + 2] == ["the"] else j + 1
            body = _run(tokens, start)
            if len(body) >= 2:
                out.append((person, body))
        i = j if j > i else i + 1
    return out


def _run(tokens: list[str], start: int) -> list[str]:
    run = []
    for token in tokens[start:]:
        if not _CAPITALISED.fullmatch(token):
            break
        run.append(token)
    return run


def _distinctive(body: list[str]) -> list[frozenset[str]]:
    """The keys of the words that tell this body from others (Aqsa, Martyrs)."""
    parts = [p for w in body for p in w.split("-")]
    return [word_keys(p, "en") for p in parts if p.lower() not in _BODY_WORDS]


def _near(tokens: list[str], names: list[str], marks: list[frozenset[str]]) -> bool:
    """Whether most of the body's distinctive words stand within WINDOW words of one of
    these names in this sentence."""
    for at, token in enumerate(tokens):
        if token not in names:
            continue
        around = tokens[max(0, at - WINDOW) : at + WINDOW + 1]
        # "Al-Shifa" holds the body's mark "Shifa": a hyphenated word by its parts too
        parts = [p for w in around for p in (w, *w.split("-"))]
        keys = frozenset().union(*(word_keys(p, "en") for p in parts))
        if 2 * sum(1 for m in marks if m & keys) > len(marks):
            return True
    return False


def _holder(source_words: list[list[str]], marks: list[frozenset[str]], surname: str) -> str:
    """Another titled person the source names near the body, or ''."""
    for tokens in source_words:
        for person in _titled(tokens):
            if person[-1] != surname and _near(tokens, [person[-1]], marks):
                return " ".join(person)
    return ""


def _titled(tokens: list[str]) -> list[list[str]]:
    """Every titled person of a sentence ("Dr. Walid Abu Hatab, an obstetrician at ...")."""
    runs = [_run(tokens, i + 1) for i, t in enumerate(tokens) if _is_title(t)]
    return [run for run in runs if len(run) >= 2]


def _is_title(token: str) -> bool:
    return token.lower().rstrip(".") in _PERSONAL_TITLES

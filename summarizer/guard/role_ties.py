"""A role tied to the wrong person or the wrong body, in English.

Two shapes tie a role in a brief, and the source must tie it the same way:

- a person and the role in apposition after the name ("Dr Rana Idris, a cardiologist, said"):
  the source must put that role near the name somewhere. When it never does, and gives the
  role in the same shape to another person ("Dr Samir Aziz, a cardiologist"), the brief
  has put one person in the other's place.
- a role of a named body, with no person named before it ("the mayor of Westfield"): the
  source must put the role near the body's distinctive words somewhere. When it never
  does, and gives the role "of" another body ("the mayor of Eastbrook"), the brief has
  swapped the bodies.

Both are real names of the article in the wrong place, which a check that only asks
whether a name occurs lets through.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.guard.report import Problem
from summarizer.guard.roles import is_role_word
from summarizer.guard.text import sentences, words

_NAME = r"[A-Z][\w'’-]*"
_APPOSITION = re.compile(
    rf"(?P<person>(?:{_NAME}\s+){{1,3}}{_NAME}),\s+(?:a|an|the)\s+(?P<after>(?:[a-z][\w-]*\s*){{1,3}})"
)
_ROLE_OF = re.compile(
    rf"\b(?P<role>[a-z][\w-]*)\s+of\s+(?:the\s+)?(?P<body>(?:{_NAME}\s+){{0,4}}{_NAME})"
)
# Roles too common to tell one person from another ("a doctor", "an official").
_GENERIC = {"doctor", "official", "officer", "resident", "member", "head", "leader", "chief"}
# Words many bodies share: they tell one body from another poorly.
_BODY_WORDS = {
    "al", "el", "the", "of", "and", "for", "hospital", "medical", "center", "centre",
    "university", "ministry", "health", "department", "office", "city", "nation", "nations",
    "national", "state", "states", "united", "council", "party", "committee", "company",
    "group", "association", "union", "school", "college", "institute", "foundation",
    "authority", "agency", "board", "court", "house", "church", "tribe", "indian", "clinic",
    "gaza", "strip", "north", "south", "east", "west", "new",
}  # fmt: skip
WINDOW = 10  # words between a role and the name or body the source ties it to


def check_role_ties(summary: str, source: str) -> list[Problem]:
    """People and bodies of the brief given a role the source gives to another."""
    appositions, bodies = [], []
    for sentence in sentences(summary):
        text = sentence.text
        for m in _APPOSITION.finditer(text):
            role = next((w for w in m.group("after").split()[:3] if _role(w)), None)
            if role:
                appositions.append((m.group("person").split(), role))
        for m in _ROLE_OF.finditer(text):
            if _role(m.group("role")) and _marks(m.group("body")) and not _after_name(text, m):
                bodies.append((m.group("role"), m.group("body")))
    if not appositions and not bodies:
        return []
    source_sentences = [(s.text, words(s.text)) for s in sentences(source)]
    problems = []
    for person, role in appositions:
        holder = _person_holder(source_sentences, person[-1], role)
        if holder:
            problems.append(
                Problem(
                    "name",
                    f"the source calls {holder} {role}, never {person[-1]}",
                    f"{' '.join(person)}, … {role}",
                )
            )
    for role, body in bodies:
        other = _body_holder(source_sentences, role, _marks(body))
        if other:
            problems.append(
                Problem(
                    "name",
                    f"the source makes the {role} of {other} its {role}, never of {body}",
                    f"{role} of {body}",
                )
            )
    return problems


def _role(word: str) -> bool:
    return (is_role_word(word) and word.lower() not in _GENERIC) or word.endswith("ologist")


_LEAD = re.compile(r"(?:,\s*(?:the|a|an)?\s*)$")


def _after_name(text: str, m: re.Match[str]) -> bool:
    """A role in apposition to a person ("Dr Ali Nour, director of ..."): the person ties it
    (affiliations checks that tie); the source may name the body apart from the role ("the
    hospital's director")."""
    return _LEAD.search(text[: m.start()]) is not None


def _marks(body: str) -> set[str]:
    parts = [p.strip("'’").lower() for w in body.split() for p in w.split("-")]
    return {p.removesuffix("'s").removesuffix("’s") for p in parts if p not in _BODY_WORDS}


def _keys(word: str) -> set[str]:
    """A word and its hyphenated parts, lower-cased ("Al-Shifa": al-shifa, al, shifa)."""
    return {p.lower() for p in (word, *word.split("-"))}


def _near(tokens: list[str], at: int, wanted: set[str]) -> bool:
    around = tokens[max(0, at - WINDOW) : at + WINDOW + 1]
    return any(wanted & _keys(w) for w in around)


def _never_near(source: list[tuple[str, list[str]]], hit: Callable[[str], bool], role: str) -> bool:
    """Whether the source has a word ``hit`` accepts, and never the role (or its plural)
    near one."""
    forms = {role.lower(), role.lower() + "s"}
    seen = False
    for _, tokens in source:
        for at, token in enumerate(tokens):
            if hit(token):
                seen = True
                if _near(tokens, at, forms):
                    return False
    return seen


def _person_holder(source: list[tuple[str, list[str]]], surname: str, role: str) -> str | None:
    """Another person the source gives this role to in apposition, when the source never
    puts the role near ``surname`` (None also when the source lacks the surname)."""
    if not _never_near(source, lambda token: token == surname, role):
        return None
    for text, _ in source:
        for m in _APPOSITION.finditer(text):
            after = [w.lower() for w in m.group("after").split()[:3]]
            theirs = m.group("person").split()
            if role.lower() in after and theirs[-1] != surname:
                return " ".join(theirs)
    return None


def _body_holder(source: list[tuple[str, list[str]]], role: str, marks: set[str]) -> str | None:
    """Another body the source makes this role "of", when the source has the body but
    never puts the role near its distinctive words."""
    if not _never_near(source, lambda token: bool(_keys(token) & marks), role):
        return None
    for text, _ in source:
        for m in _ROLE_OF.finditer(text):
            theirs = _marks(m.group("body"))
            if m.group("role").lower() == role.lower() and theirs and not theirs & marks:
                return m.group("body")
    return None

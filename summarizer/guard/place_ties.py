"""A place tied to the wrong named site or the wrong description, in English.

News prose ties a place to what is in it in two fixed shapes, and a brief that keeps the
shape but swaps the place has moved an event or a site to another town:

- a named site and the place it stands in ("Al-Amal Hospital in Jenin", "Evin Prison in
  Tehran"): where the source names the site and puts it "in" another place, never near
  the brief's place, the brief has moved the site.
- a place and a description in apposition ("Sfax, Tunisia's second city"): where the
  source gives the same description in apposition to another place ("Tunisia's second
  city, Sousse"), and never to the brief's place, the brief has swapped the places.

Both places may be real names of the article, which a check that only asks whether a name
occurs lets through.
"""

from __future__ import annotations

import re

from summarizer.guard.report import Problem
from summarizer.guard.text import sentences

_NAME = r"[A-Z][\w'’-]*"
# Kinds of site a place contains; the name before one is the site's own.
_SITES = (
    "Hospital|University|Prison|Airport|Mosque|Church|Synagogue|Stadium|Camp|School|"
    "College|Clinic|Museum|Port|Base|Hotel|Market|Square"
)
_SITE_IN = re.compile(
    rf"\b(?P<site>(?:{_NAME}\s+){{1,4}}(?:{_SITES}))\s+in\s+(?:the\s+)?"
    rf"(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}})"
)
# A description of a place by its rank or use within a larger one.
_KINDS = r"capital|city|port|town|stronghold|hub"
_DESCRIBED = re.compile(
    rf"(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}}),\s+(?P<desc>(?:the\s+|(?:{_NAME}\s+)?{_NAME}(?:'s|’s)\s+)"
    rf"(?:[a-z][\w-]*\s+){{1,2}}(?:{_KINDS}))\b"
)
WINDOW = 12  # words after a site within which the source says where it is


def check_place_ties(summary: str, source: str) -> list[Problem]:
    """Named sites and described places of the brief that the source ties to another place."""
    problems = []
    for sentence in sentences(summary):
        for m in _SITE_IN.finditer(sentence.text):
            other = _site_place(source, m.group("site"), m.group("place"))
            if other:
                problems.append(
                    Problem(
                        "name",
                        f"the source puts {m.group('site')} in {other}, "
                        f"never in {m.group('place')}",
                        m.group(0),
                    )
                )
        for m in _DESCRIBED.finditer(sentence.text):
            other = _described_place(source, _key(m.group("desc")), m.group("place"))
            if other:
                problems.append(
                    Problem(
                        "name",
                        f"the source calls {other}, not {m.group('place')}, "
                        f"{_key(m.group('desc'))}",
                        m.group(0),
                    )
                )
    return problems


def _distinct(site: str) -> list[str]:
    """The site's own words: its name without the kind of site."""
    return site.split()[:-1]


def _site_place(source: str, site: str, place: str) -> str | None:
    """Another place the source says the site is "in", when the source names the site and
    never has the brief's place in the words after it."""
    last, kind = _distinct(site)[-1], site.split()[-1]
    pattern = re.compile(rf"\b{re.escape(last)}\s+{kind}\b")
    other = None
    for m in pattern.finditer(source):
        after = source[m.end() :].split()[:WINDOW]
        text = " ".join(after)
        if place.split()[0] in text:
            return None
        where = re.match(
            rf"(?:[^.;]*?\b(?:in|of)\s+)(?:the\s+)?(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}})",
            text,
        )
        if where and after and after[0] == "in":
            other = other or where.group("place")
    return other


def _key(desc: str) -> str:
    """The description's last two words ("Tunisia's second city": "second city")."""
    return " ".join(desc.split()[-2:])


def _described_place(source: str, key: str, place: str) -> str | None:
    """Another place the source sets in apposition to the description, when it never sets
    the brief's place there."""
    other = None
    for m in re.finditer(rf"\b{re.escape(key)}\b", source):
        before = source[max(0, m.start() - 60) : m.start()]
        after = source[m.end() : m.end() + 40]
        if place in before[-40:] or place in after:
            return None
        follow = re.match(rf",\s+(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}})", after)
        lead = re.search(rf"(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}}),\s+(?:the\s+|\S+\s+)?$", before)
        found = follow or lead
        if found and found.group("place") != place:
            other = other or found.group("place")
    return other

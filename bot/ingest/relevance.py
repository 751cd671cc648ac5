"""Is an article about the conflict? A score from weighted terms, section hints and the text.

An entry is scored, not matched on one word (issue 14: "Israeli fox hunts tiny shrew" is
not a conflict brief). What counts, all from ``[relevance]``:

- **keywords** (per language): names that belong to the conflict — Gaza, حماس, חיזבאללה.
  Each adds ``keyword_weight``, enough alone by default.
- **terms** (per language, each with a weight): countries, leaders, places, which only
  count together with another term. A lone term adds nothing: "Israel" alone is not the
  conflict; "Israel", "Iran" and "annihilation" are.
- **context terms** (per language, weighted): war vocabulary ("missile", "hostages"),
  which counts only when a keyword or a term names the conflict's actors or places: a
  missile barrage on Kyiv is another war. The keywords and terms found must weigh at
  least ``context_anchor_weight`` (a mediator such as Qatar, 0.5, is not enough alone),
  a positive section hint ("Israel at War") included.
- **patterns**: regular expressions, weighed like keywords.
- **where a term is found**: the feed's title and summary (and the page's own headline)
  count in full; a term found only in the entry's ``<category>`` list counts
  ``category_weight`` of its weight, one found only in the fetched page's text
  ``page_text_weight``, and only the page's lead (``page_lead_chars``) is read: a long
  article names many things in passing.
- **sections**: words of the link's path (``/sport/``, ``/opinion/``) and of the entry's
  categories move the score (the strongest negative and the strongest positive one);
  a negative one does not count when ``section_veto_terms`` different terms count: a
  text full of conflict terms is about the conflict whatever its section.
- a **negative weight** counts against: ``القطاع الخاص`` (the private sector) cancels
  ``القطاع`` (the Strip).

The entry is relevant when the score reaches ``threshold`` and at least ``min_matches``
different terms were found. Every keyword and term, whatever language list it sits in, is
tried on every article: an English article may quote a Hebrew name, and an Arabic feed may
be mislabelled. Matching runs on normalised text (see :func:`summarizer.text.fold_letters`), whole
words only, with the attached prefixes of Arabic (و ف, then ب ك ل or ال, e.g. وبالقدس,
للقدس) and Hebrew (up to four of ו ה ב ל מ ש כ, e.g. וכשבעזה, or ב-) allowed. A trailing
``*`` allows any word ending.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.settings import RelevanceSettings
from summarizer.text import fold_letters

_ARABIC = re.compile("[\u0600-\u06ff]")
_HEBREW = re.compile("[\u0590-\u05ff]")
_AR_PREFIX = "[وف]?(?:[بكل]?ال|لل|[بكل])?"
_HE_PREFIX = "(?:[והבלמשכ]{1,4}-?)?"
_GAP = r"[\s\-\u05be]+"  # spaces, hyphens, Hebrew maqaf between the words of a term
_SECTION_SPLIT = re.compile(r"[^\w]+")


def term_pattern(term: str) -> str:
    """The regular expression (for normalised text) that finds ``term`` as a word."""
    norm = fold_letters(term).strip()
    wildcard = norm.endswith("*")
    norm = norm.rstrip("*").strip()
    # Hyphens too: "Deir el-Balah" also finds "Deir el Balah", "Al-Aqsa" "Al Aqsa".
    body = _GAP.join(re.escape(word) for word in re.split(_GAP, norm) if word)
    if _ARABIC.match(norm):
        if norm.startswith("ال"):
            # ل + ال drops the alef: ل + القدس is written للقدس.
            body = f"(?:[وف]?[بكل]?ال|[وف]?لل){body[2:]}"
        else:
            body = _AR_PREFIX + body
    elif _HEBREW.match(norm):
        body = _HE_PREFIX + body
    ending = r"\w*" if wildcard else ""
    return rf"(?<!\w){body}{ending}(?!\w)"


@dataclass(frozen=True)
class Relevance:
    """The decision on one entry: relevant or not, its score and what made it.

    ``terms`` lists what counted, strongest first: keywords, terms and patterns by their
    configured spelling (``"Gaza"``, ``"Israel*"``), section hints as ``"section:sport"``.
    A term found alone (which counts nothing) is listed as ``"Israel* (alone)"``; one found
    only inside a longer term that counts (الضفة in الضفة الغربية) as ``"الضفة (within)"``.
    """

    relevant: bool
    score: float
    terms: tuple[str, ...]

    @property
    def matched_terms(self) -> tuple[str, ...]:
        """The keywords, terms and patterns found (no section hints), as stored."""
        return tuple(
            t.removesuffix(" (alone)").removesuffix(" (within)")
            for t in self.terms
            if not t.startswith("section:")
        )


@dataclass(frozen=True)
class _Term:
    name: str
    weight: float
    kind: str  # keyword (also patterns) | term | context
    regex: re.Pattern[str]
    raw: bool = False  # a pattern: searched in the NFKC text, not the normalised one


class _Texts:
    """The places a term can be found, each normalised once."""

    def __init__(self, places: Iterable[tuple[str, float]]) -> None:
        self.places = [
            (fold_letters(text), unicodedata.normalize("NFKC", text), factor)
            for text, factor in places
            if text
        ]

    def spans(self, term: _Term) -> set[tuple[int, int, int]]:
        """Where ``term`` is found: (place, start, end) of every match."""
        return {
            (place, match.start(), match.end())
            for place, (norm, nfkc, _) in enumerate(self.places)
            for match in term.regex.finditer(nfkc if term.raw else norm)
        }

    def factor(self, term: _Term) -> float:
        """The best factor among the places where ``term`` is found (0: not found)."""
        best = 0.0
        for norm, nfkc, factor in self.places:
            if factor > best and term.regex.search(nfkc if term.raw else norm):
                best = factor
        return best


class RelevanceScorer:
    """Compiled ``[relevance]``: scores entries (see the module docstring)."""

    def __init__(self, settings: RelevanceSettings) -> None:
        self.settings = settings
        self._terms: list[_Term] = []
        seen: set[str] = set()
        weighted = [
            *(
                (term, settings.keyword_weight, "keyword")
                for terms in settings.keywords.values()
                for term in terms
            ),
            *((t, w, "term") for terms in settings.terms.values() for t, w in terms.items()),
            *(
                (t, w, "context")
                for terms in settings.context_terms.values()
                for t, w in terms.items()
            ),
        ]
        for term, weight, kind in weighted:
            if term.strip() and weight and term not in seen:
                seen.add(term)
                self._terms.append(_Term(term, weight, kind, re.compile(term_pattern(term))))
        for patterns in settings.patterns.values():
            for pattern in patterns:
                if pattern not in seen:
                    seen.add(pattern)
                    regex = re.compile(pattern, re.IGNORECASE)
                    weight = settings.keyword_weight
                    self._terms.append(_Term(pattern, weight, "keyword", regex, raw=True))
        self._sections = {
            fold_letters(word): weight for word, weight in settings.sections.items() if weight
        }

    def score(
        self,
        *,
        title: str | None = "",
        summary: str | None = "",
        categories: Iterable[str] = (),
        url: str | None = "",
        page_title: str | None = "",
        page_text: str | None = "",
    ) -> Relevance:
        """Score one entry from what its feed says and, when fetched, its page."""
        categories = [c for c in categories if c]
        texts = _Texts(
            [
                ("\n".join(t for t in (title, page_title, summary) if t), 1.0),
                ("\n".join(categories), self.settings.category_weight),
                (
                    (page_text or "")[: self.settings.page_lead_chars],
                    self.settings.page_text_weight,
                ),
            ]
        )
        found = [(term, factor) for term in self._terms if (factor := texts.factor(term))]
        within = _within(texts, found)
        found = [(term, factor) for term, factor in found if term.name not in within]
        together = len(found) >= 2
        # War vocabulary needs a named actor or place of this conflict, and one weightier
        # than a mediator's name: "Qatar mediated a ceasefire" in Congo is another war.
        hints = self._section_hints(url or "", categories)
        anchor = sum(t.weight * f for t, f in found if t.kind != "context" and t.weight > 0)
        anchor += sum(weight for _, weight in hints if weight > 0)  # filed under the war
        anchored = anchor > 0 and anchor >= self.settings.context_anchor_weight
        counted: list[tuple[str, float]] = []
        for term, factor in found:
            counts = term.kind == "keyword" or (together and (term.kind == "term" or anchored))
            if counts:
                counted.append((term.name, term.weight * factor))
            else:
                counted.append((f"{term.name} (alone)", 0.0))
        strong = sum(1 for _, weight in counted if weight > 0)
        veto_limit = self.settings.section_veto_terms
        if veto_limit and strong >= veto_limit:
            # A text full of conflict terms is about the conflict, in /opinion/ too.
            hints = [(name, weight) for name, weight in hints if weight > 0]
        counted += hints
        total = round(sum(weight for _, weight in counted), 3)
        counted.sort(key=lambda item: -abs(item[1]))
        relevant = total >= self.settings.threshold and len(found) >= self.settings.min_matches
        names = [name for name, _ in counted] + [f"{name} (within)" for name in sorted(within)]
        return Relevance(relevant, total, tuple(names))

    def _section_hints(self, url: str, categories: list[str]) -> list[tuple[str, float]]:
        """The strongest negative and strongest positive section word of the link and
        categories (one ``/sport/`` path and a "Sports" category are one hint, not two)."""
        if not self._sections:
            return []
        words: set[str] = set()
        for segment in urlsplit(url).path.split("/"):
            segment = fold_letters(segment)
            words.add(segment)
            words.update(_SECTION_SPLIT.split(segment.replace("_", "-")))
        for category in categories:
            category = fold_letters(category).strip()
            words.add(category)
            words.update(_SECTION_SPLIT.split(category))
        hits = [(word, self._sections[word]) for word in words if word in self._sections]
        hints: list[tuple[str, float]] = []
        negative = min((h for h in hits if h[1] < 0), key=lambda h: h[1], default=None)
        positive = max((h for h in hits if h[1] > 0), key=lambda h: h[1], default=None)
        for hint in (negative, positive):
            if hint is not None:
                hints.append((f"section:{hint[0]}", hint[1]))
        return hints


def _within(texts: _Texts, found: list[tuple[_Term, float]]) -> set[str]:
    """The positive terms found only inside the matches of a longer positive term: the West
    Bank named once is one term, not "West Bank" plus "Bank". Negative terms stay (they
    cancel what they contain: القطاع الخاص, the private sector, cancels القطاع)."""
    positive = [term for term, _ in found if term.weight > 0]
    if len(positive) < 2:
        return set()
    spans = {term.name: texts.spans(term) for term in positive}
    within: set[str] = set()
    for term in positive:
        own = spans[term.name]
        others = [span for other in positive if other is not term for span in spans[other.name]]
        if own and all(
            any(p == q and a <= b and f <= e and (e - a) > (f - b) for q, a, e in others)
            for p, b, f in own
        ):
            within.add(term.name)
    return within

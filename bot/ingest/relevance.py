"""Is an article about the conflict? Keywords and patterns per language, from the config.

Every keyword, whatever language list it sits in, is tried on every article: an English
article may quote a Hebrew name, and an Arabic feed may be mislabelled. Matching runs on
normalised text (see :mod:`bot.ingest.textnorm`), whole words only, with the attached
prefixes of Arabic (و ف, then ب ك ل or ال, e.g. وبالقدس, للقدس) and Hebrew (up to four of
ו ה ב ל מ ש כ, e.g. וכשבעזה, or ב-) allowed. A trailing ``*`` allows any word ending.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.ingest.textnorm import normalise_letters
from bot.settings import RelevanceSettings

_ARABIC = re.compile("[\u0600-\u06ff]")
_HEBREW = re.compile("[\u0590-\u05ff]")
_AR_PREFIX = "[وف]?(?:[بكل]?ال|لل|[بكل])?"
_HE_PREFIX = "(?:[והבלמשכ]{1,4}-?)?"
_GAP = r"[\s\-\u05be]+"  # spaces, hyphens, Hebrew maqaf between the words of a term


def term_pattern(term: str) -> str:
    """The regular expression (for normalised text) that finds ``term`` as a word."""
    norm = normalise_letters(term).strip()
    wildcard = norm.endswith("*")
    norm = norm.rstrip("*").strip()
    body = _GAP.join(re.escape(word) for word in norm.split())
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
    relevant: bool
    matched_terms: tuple[str, ...]


class RelevanceMatcher:
    """Compiled keywords and patterns of a ``[relevance]`` section."""

    def __init__(self, settings: RelevanceSettings) -> None:
        self.min_matches = settings.min_matches
        self._terms: list[tuple[str, re.Pattern[str]]] = []
        seen: set[str] = set()
        for terms in settings.keywords.values():
            for term in terms:
                if term.strip() and term not in seen:
                    seen.add(term)
                    self._terms.append((term, re.compile(term_pattern(term))))
        self._patterns = [
            (pattern, re.compile(pattern, re.IGNORECASE))
            for patterns in settings.patterns.values()
            for pattern in patterns
        ]

    def matches(self, *texts: str | None) -> list[str]:
        """The configured keywords (and patterns) found in ``texts``, in config order."""
        raw = "\n".join(t for t in texts if t)
        if not raw:
            return []
        norm = normalise_letters(raw)
        found = [term for term, regex in self._terms if regex.search(norm)]
        nfkc = unicodedata.normalize("NFKC", raw)
        found += [pattern for pattern, regex in self._patterns if regex.search(nfkc)]
        return found

    def check(self, *texts: str | None) -> Relevance:
        found = self.matches(*texts)
        return Relevance(len(found) >= self.min_matches, tuple(found))

"""Claims and their alignment to the source: which source sentences back each claim.

A brief is split into claims (sentences, and clauses joined by "and" / "while" / و / ו);
each claim is aligned to the source sentences that share most of its content words
(weighted by how rare each word is in the source, so "Gaza" in every sentence decides
nothing). The checks then judge a claim against its aligned sentences, not against the
whole source: a figure must stand in a sentence that says the same thing, not merely
somewhere in the article.

Matching is lexical and cheap: words are compared by their keys
(:mod:`summarizer.guard.content_keys`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import cast

from summarizer.guard.content_keys import content_words, keys_of
from summarizer.guard.numbers import Number, find_numbers
from summarizer.guard.text import Sentence, fold, sentences, words

# Claims end at these clause joins; "and" alone joins names as often as clauses, so a bare
# "and" only splits when both sides are long enough to be clauses.
# (A join that starts with white space starts where the white space does, (?<!\s), and runs
# of it are taken whole: a long run of spaces is read once, not once per space.)
_CLAUSE_JOIN = re.compile(
    r",\s++(?:and|while|but|whereas)\s+|(?<!\s)\s++(?:while|whereas)\s+|;\s+"
    r"|،\s*+(?=و\S{2})|،\s*+(?:بينما|فيما|في حين)\s+|(?<!\s)\s++(?:بينما|في حين)\s+|؛\s*"
    r"|,\s*+(?=ו\S{2})|,\s*+(?:בעוד|אך|אולם)\s+|(?<!\s)\s++בעוד\s+",
    re.IGNORECASE,
)
_BARE_AND = re.compile(r"(?<!\s)\s++and\s+", re.IGNORECASE)
MIN_CLAUSE_WORDS = 5


@dataclass(frozen=True)
class Claim:
    """One claim of a brief: its text, and the sentence of the brief it belongs to."""

    text: str
    sentence: str


def split_claims(summary: str, lang: str) -> list[Claim]:
    """The brief's claims, in order: every sentence, cut at clause joins."""
    out: list[Claim] = []
    for sentence in sentences(summary):
        for part in _clauses(sentence.text):
            if part.strip():
                out.append(Claim(part.strip(), sentence.text))
    return out


def _clauses(sentence: str) -> list[str]:
    parts = [p for p in _CLAUSE_JOIN.split(sentence) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = _BARE_AND.split(part)
        if len(pieces) == 2 and all(len(words(p)) >= MIN_CLAUSE_WORDS for p in pieces):
            out += pieces
        else:
            out.append(part)
    return out or [sentence]


# The distinct figures of one source sentence that the figure checks read. Each is looked
# up in its sentence (where it stands, what it counts, how it is hedged), so a sentence of
# n characters and d distinct figures costs about n * d: a bound on d keeps a hostile
# sentence (one line of 80,000 characters of distinct figures) linear in its length. No
# article comes near it: the bot breaks lines at 2,000 characters (bot/ingest/plaintext.py),
# which hold at most about 450 distinct figures, and a real sentence holds a few dozen.
# Past it a figure is unread, as if the source did not state it: a brief that states it
# fails (withheld or replaced), it is never passed.
MAX_SENTENCE_FIGURES = 500


@dataclass
class SourceIndex:
    """A source split into sentences, each with its content keys and numbers, built once."""

    lang: str
    sentences: list[Sentence]
    keys: list[frozenset[str]]
    numbers: list[list[Number]]
    everywhere: frozenset[str] = frozenset()
    weight: dict[str, float] = field(default_factory=dict)

    def rare(self, key: str) -> bool:
        """A key in few of the source's sentences (a name, not the story's setting)."""
        if key not in self.weight:
            return True
        count = len(self.sentences) / (math.exp(self.weight[key]) - 1)
        return count <= max(2.0, RARE_SHARE * len(self.sentences))

    def idf(self, word: frozenset[str]) -> float:
        """How much a word (its keys) weighs: the rarer in the source, the more."""
        known = [self.weight[k] for k in word if k in self.weight]
        return min(known) if known else self.weight.get("", 1.0)

    @cached_property
    def figures(self) -> list[tuple[Number, ...]]:
        """Each sentence's numbers, each distinct one once, in order: what a check asks of
        a figure (its context, what it counts) it asks once, however often a sentence
        repeats it. At most :data:`MAX_SENTENCE_FIGURES` of them (see there)."""
        return [tuple(dict.fromkeys(numbers))[:MAX_SENTENCE_FIGURES] for numbers in self.numbers]

    @cached_property
    def postings(self) -> dict[str, tuple[int, ...]]:
        """Each key's sentences (indices, in order): a claim is scored against the
        sentences that share one of its keys, not against every sentence."""
        found: dict[str, list[int]] = {}
        for i, keys in enumerate(self.keys):
            for key in keys:
                found.setdefault(key, []).append(i)
        return {key: tuple(at) for key, at in found.items()}

    @cached_property
    def memo(self) -> dict[object, object]:
        """Answers that depend on the source alone and a check's own key, kept with the
        index so that a brief of many equal figures scans the source once, not once per
        figure (one source is checked against several briefs in a row)."""
        return {}


@lru_cache(maxsize=16)
def index_source(source: str, lang: str) -> SourceIndex:
    """The source's sentences, keys, numbers and key weights (cached: one source is checked
    against several briefs in a row)."""
    found = sentences(source)
    keys = [keys_of(s.text, lang) for s in found]
    numbers = [find_numbers(s.text, lang) for s in found]
    df: dict[str, int] = {}
    for k in keys:
        for key in k:
            df[key] = df.get(key, 0) + 1
    everything = frozenset(df)
    n = max(1, len(found))
    weight = {key: math.log(1 + n / count) for key, count in df.items()}
    weight[""] = math.log(1 + n)  # a key the source never has weighs as the rarest
    return SourceIndex(lang, found, keys, numbers, everything, weight)


RARE_SHARE = 0.2
ALIGN_SHARE = 0.6  # a second sentence counts when it scores this share of the best one
MIN_ALIGN = 0.15
MAX_ALIGNED = 3
NEAR_SHARE = 0.45  # a figure may come from any sentence scoring this share of the best


@dataclass(frozen=True)
class Alignment:
    """A claim, the source sentences (indices) that back it, and how well they do."""

    claim: Claim
    sentences: tuple[int, ...]
    score: float  # weighted share of the claim's content words in its best sentence
    support: float  # share of its content words found in the aligned sentences
    missing: tuple[str, ...] = ()
    near: tuple[int, ...] = ()  # every sentence close enough to state one of its figures

    def to_dict(self, index: SourceIndex) -> dict[str, object]:
        return {
            "claim": self.claim.text,
            "source": [index.sentences[i].text for i in self.sentences],
            "score": round(self.score, 3),
            "support": round(self.support, 3),
            "missing": list(self.missing),
        }


ELSEWHERE_CREDIT = 0.5  # a word the source has, but not in the aligned sentences


def align(claim: Claim, index: SourceIndex) -> Alignment:
    """The source sentences that back a claim, best first."""
    mine = content_words(claim.text, index.lang)
    if not mine or not index.sentences:
        return Alignment(claim, (), 0.0, 1.0 if not mine else 0.0)
    scored = _scored(mine, index)
    if not scored:
        return Alignment(claim, (), 0.0, 0.0, tuple(min(w) for w in mine))
    best = scored[0][0]
    chosen = [i for s, i in scored[:MAX_ALIGNED] if s >= max(MIN_ALIGN, ALIGN_SHARE * best)]
    chosen = chosen or [scored[0][1]]
    covered = frozenset().union(*(index.keys[i] for i in chosen))
    found = sum(1.0 for w in mine if not w.isdisjoint(covered))
    elsewhere = [w for w in mine if w.isdisjoint(covered)]
    found += ELSEWHERE_CREDIT * sum(1 for w in elsewhere if w & index.everywhere)
    missing = tuple(min(w) for w in elsewhere)
    near = tuple(i for s, i in scored if s >= max(MIN_ALIGN, NEAR_SHARE * best))
    return Alignment(claim, tuple(chosen), best, found / len(mine), missing, near)


def sentence_scores(text: str, index: SourceIndex) -> dict[int, float]:
    """Each source sentence (index) that shares a content word with ``text``, with the
    weighted share of the text's content words it has: what :func:`align` ranks by."""
    mine = content_words(text, index.lang)
    return {i: score for score, i in _scored(mine, index)} if mine else {}


def stated_elsewhere(text: str, index: SourceIndex) -> float:
    """How well the source states a phrase a claim adds (a tail after "and" or "after", a
    last comma-clause) somewhere of its own: in English the largest share of its content
    words that one source sentence holds. :func:`align`'s support gathers words from up
    to three sentences and credits, at half, a word the source uses anywhere, so a phrase
    whose words the article scatters over unrelated sentences ("and ease pressure on
    hospitals") reads as stated; one sentence saying it is what backs it. Arabic and
    Hebrew keep the aligned support as before: the one-sentence reading is not yet
    measured on them."""
    mine = content_words(text, index.lang)
    if index.lang != "en" or not mine:
        return align(Claim(text, text), index).support
    return max((sum(1 for w in mine if w & keys) / len(mine) for keys in index.keys), default=0.0)


def _scored(mine: tuple[frozenset[str], ...], index: SourceIndex) -> list[tuple[float, int]]:
    """Each source sentence sharing a word with ``mine``, with its weighted share, best
    first (kept in the index's memo: the checks align the same claims again and again;
    the list is shared, never changed by a caller)."""
    key = ("scored", mine)
    if key not in index.memo:
        index.memo[key] = _score(mine, index)
    return cast("list[tuple[float, int]]", index.memo[key])


def _score(mine: tuple[frozenset[str], ...], index: SourceIndex) -> list[tuple[float, int]]:
    # Read through the index's postings: only the sentences that have one of a word's keys
    # are visited; each sentence's weights are gathered in the order of ``mine`` and added
    # by one sum, as a sum over every sentence would, so the scores are the same floats.
    weights = [index.idf(w) for w in mine]
    total = sum(weights)
    shared: dict[int, list[float]] = {}
    postings = index.postings
    for w, wt in zip(mine, weights, strict=True):
        hit: set[int] = set()
        for k in w:
            hit.update(postings.get(k, ()))
        for i in hit:
            shared.setdefault(i, []).append(wt)
    scored = [(score / total, i) for i, wts in shared.items() if (score := sum(wts))]
    scored.sort(reverse=True)
    return scored


def align_all(summary: str, source: str, lang: str) -> tuple[SourceIndex, list[Alignment]]:
    index = index_source(source, lang)
    return index, [align(c, index) for c in split_claims(summary, lang)]


def map_back(aligned: list[dict[str, object]], pivot: list[tuple[str, str]]) -> None:
    """Add to each alignment entry the original sentences (of an Arabic or Hebrew article)
    whose English translations its source sentences come from: the pair whose English
    shares most of the aligned sentence's words."""
    english = [frozenset(fold(w) for w in words(t)) for _, t in pivot]
    for entry in aligned:
        originals: list[str] = []
        for sentence in cast("list[object]", entry.get("source", [])):
            mine = frozenset(fold(w) for w in words(str(sentence)))
            if not mine:
                continue
            scores = [len(mine & theirs) / len(mine) for theirs in english]
            best = max(range(len(scores)), key=scores.__getitem__, default=None)
            if best is not None and scores[best] >= 0.5 and pivot[best][0] not in originals:
                originals.append(pivot[best][0])
        entry["original"] = originals

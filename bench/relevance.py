"""Relevance benchmark: precision and recall on the labelled set, today's rules vs the scorer.

    .venv/bin/python bench/relevance.py [--split labelled1] [--errors new|baseline|both|none]

The labelled set is ``tests/auxil/relevance_labels.toml`` (issue 14): every entry of the real
feeds in ../shared/realworld/feeds (read with ``parse_feed``, as the poller reads them) and
written Arabic, Hebrew and English entries, each labelled "about the conflict" or not.
An entry is judged on what its feed gives (title, summary, ``<category>`` terms, link):
the benchmark fetches no pages.

Two deciders run on the same entries in one run:

- **baseline**: the rule before issue 14, frozen here — the old default keywords, one match
  in the title or summary is enough (``BASELINE_KEYWORDS``, ``min_matches = 1``);
- **new**: :class:`bot.ingest.relevance.RelevanceScorer` with the default ``[relevance]``.

It prints precision and recall per language and per feed for both, then the errors.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.ingest.feeds import parse_feed  # noqa: E402
from bot.ingest.relevance import term_pattern  # noqa: E402
from summarizer.text import fold_letters  # noqa: E402
from tests.auxil.realworld import REALWORLD  # noqa: E402

LABELS = REPO / "tests" / "auxil" / "relevance_labels.toml"

#: The default keywords before issue 14 (bot/ingest/keywords.py at commit 23b346a), frozen.
BASELINE_KEYWORDS: tuple[str, ...] = (
    # en
    "Gaza", "Hamas", "Israel*", "IDF", "West Bank", "Palestin*", "Hezbollah",
    "Islamic Jihad", "Netanyahu", "Rafah", "Khan Younis", "Khan Yunis", "Jabalia", "Jenin",
    "Nablus", "Hebron", "UNRWA", "Houthi*", "Sinwar", "Haniyeh", "Qassam", "Al-Aqsa",
    "Kerem Shalom", "Iron Dome", "October 7", "Oct. 7", "Mossad", "Shin Bet",
    # ar
    "غزة", "حماس", "إسرائيل", "إسرائيلي*", "الاحتلال", "فلسطين", "فلسطيني*",
    "الضفة الغربية", "القدس", "رفح", "خان يونس", "جباليا", "جنين", "نابلس", "الخليل",
    "حزب الله", "الجهاد الإسلامي", "القسام", "نتنياهو", "الأقصى", "الأونروا", "الحوثي*",
    "السنوار", "هنية", "الرهائن", "المستوطن*",
    # he
    "עזה", "חמאס", 'צה"ל', "פלסטין", "פלסטיני*", "הרשות הפלסטינית", "יהודה ושומרון",
    "שומרון", "הגדה המערבית", "חיזבאללה", "נסראללה", "נתניהו", "רפיח", "חאן יונס",
    "ג'באליה", "ג'נין", "שכם", "חברון", 'אונר"א', "החות'ים", "סינוואר", "הנייה", "ג'יהאד",
    "חטופים", "מחבל*", "פיגוע*", "רקט*", "כיפת ברזל", "צבע אדום", "כלי טיס עוין",
    "התנחלות", "מתנחל*",
)  # fmt: skip


@dataclass(frozen=True)
class Labelled:
    """One labelled entry, with what its feed says about it."""

    feed: str
    language: str
    link: str
    title: str
    summary: str
    categories: tuple[str, ...]
    relevant: bool
    reason: str
    split: str


@dataclass(frozen=True)
class Verdict:
    relevant: bool
    detail: str = ""


def load_labels(path: Path = LABELS, split: str | None = None) -> list[Labelled]:
    """The labelled entries; real feeds' text read from the corpus, written ones as written."""
    rows = tomllib.loads(path.read_text(encoding="utf-8"))["entry"]
    feeds: dict[str, dict[str, object]] = {}
    entries: list[Labelled] = []
    for row in rows:
        if split and row["split"] != split:
            continue
        feed = row["feed"]
        if feed.startswith("written:"):
            title, summary = row["title"], row.get("summary", "")
            categories = tuple(row.get("categories", ()))
        else:
            if feed not in feeds:
                body = (REALWORLD / "feeds" / feed).read_bytes()
                parsed = parse_feed(body, url="https://example.org/feed")
                feeds[feed] = {e.link: e for e in reversed(parsed.entries)}
            entry = feeds[feed].get(row["link"])
            if entry is None:
                raise SystemExit(f"{feed}: no entry with link {row['link']}")
            title, summary, categories = entry.title, entry.summary, entry.categories
        entries.append(
            Labelled(
                feed=feed,
                language=row["language"],
                link=row["link"],
                title=title,
                summary=summary,
                categories=tuple(categories),
                relevant=bool(row["relevant"]),
                reason=row["reason"],
                split=row["split"],
            )
        )
    return entries


def baseline_decider() -> Callable[[Labelled], Verdict]:
    """Today's rule before issue 14: any old default keyword in the title or summary."""
    compiled = [(t, re.compile(term_pattern(t))) for t in BASELINE_KEYWORDS]

    def decide(entry: Labelled) -> Verdict:
        text = fold_letters(f"{entry.title}\n{entry.summary}")
        found = [t for t, regex in compiled if regex.search(text)]
        return Verdict(bool(found), ", ".join(found))

    return decide


def new_decider() -> Callable[[Labelled], Verdict] | None:
    """The scorer with the default ``[relevance]``; None before it exists."""
    try:
        from bot.ingest.relevance import RelevanceScorer
    except ImportError:
        return None
    from bot.settings import RelevanceSettings

    scorer = RelevanceScorer(RelevanceSettings())

    def decide(entry: Labelled) -> Verdict:
        result = scorer.score(
            title=entry.title, summary=entry.summary, categories=entry.categories, url=entry.link
        )
        return Verdict(result.relevant, f"{result.score:g}: {', '.join(result.terms)}")

    return decide


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[Labelled, Verdict]] = field(default_factory=list)

    def add(self, entry: Labelled, verdict: Verdict) -> None:
        if entry.relevant and verdict.relevant:
            self.tp += 1
        elif verdict.relevant:
            self.fp += 1
            self.errors.append((entry, verdict))
        elif entry.relevant:
            self.fn += 1
            self.errors.append((entry, verdict))
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def measure(
    entries: Iterable[Labelled], decide: Callable[[Labelled], Verdict], key: str
) -> dict[str, Counts]:
    """Counts per ``key`` ("language" or "feed") and in total ("all")."""
    groups: dict[str, Counts] = {}
    for entry in entries:
        verdict = decide(entry)
        for name in (getattr(entry, key), "all"):
            groups.setdefault(name, Counts()).add(entry, verdict)
    return groups


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def print_table(title: str, results: dict[str, dict[str, Counts]], names: list[str]) -> None:
    deciders = list(results)
    print(f"\n{title}")
    header = f"{'':34} {'n':>4} {'pos':>4}"
    for decider in deciders:
        header += f" | {decider + ' P':>9} {'R':>6} {'FP':>3} {'FN':>3}"
    print(header)
    for name in names:
        first = results[deciders[0]][name]
        n = first.tp + first.fp + first.fn + first.tn
        line = f"{name[:34]:34} {n:4d} {first.tp + first.fn:4d}"
        for decider in deciders:
            c = results[decider][name]
            line += f" | {_pct(c.precision):>9} {_pct(c.recall):>6} {c.fp:3d} {c.fn:3d}"
        print(line)


def print_errors(name: str, counts: Counts) -> None:
    print(f"\nerrors of {name} ({len(counts.errors)}):")
    for entry, verdict in counts.errors:
        kind = "FN" if entry.relevant else "FP"
        print(f"  {kind} [{entry.language}] {entry.title[:90]}")
        print(f"       {entry.feed} | label: {entry.reason} | got: {verdict.detail or '-'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", help="only this split (default: every entry)")
    parser.add_argument("--errors", choices=("new", "baseline", "both", "none"), default="new")
    args = parser.parse_args(argv)
    entries = load_labels(split=args.split)
    deciders: dict[str, Callable[[Labelled], Verdict]] = {"baseline": baseline_decider()}
    scorer = new_decider()
    if scorer is not None:
        deciders["new"] = scorer
    else:
        print("(the new scorer is not written yet: baseline only)")
    splits = sorted({e.split for e in entries})
    print(f"{len(entries)} labelled entries (split: {', '.join(splits)}), judged on feed text")
    by_language = {n: measure(entries, d, "language") for n, d in deciders.items()}
    by_feed = {n: measure(entries, d, "feed") for n, d in deciders.items()}
    languages = [lang for lang in ("en", "ar", "he") if lang in by_language["baseline"]]
    print_table("per language", by_language, [*languages, "all"])
    feeds = sorted(name for name in by_feed["baseline"] if name != "all")
    print_table("per feed", by_feed, feeds)
    shown = {"both": list(deciders), "none": []}.get(args.errors, [args.errors])
    for name in shown:
        if name in deciders:
            print_errors(name, by_language[name]["all"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

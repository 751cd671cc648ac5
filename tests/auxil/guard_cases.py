"""The guard's labelled test set: real sources, hand-written summaries, one fault each.

The cases live in ``tests/auxil/guard_cases.toml``; the sources are read from the
shared real-world corpus (``../shared/realworld``): plain texts as they are, article pages
through trafilatura's main-text extraction, feed entries as their title and description.
Used by ``tests/test_guard_cases.py`` and ``bench/guard.py``.
"""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from summarizer.guard.text import script_of
from tests.auxil.realworld import REALWORLD

CASES_FILE = Path(__file__).with_suffix(".toml")


@dataclass(frozen=True)
class Labelled:
    """One labelled summary: what to check it against, and the fault it has (None: none)."""

    id: str
    lang: str
    source: str
    summary: str
    fault: str | None
    english_summary: str | None = None
    headline: str | None = None
    split: str = "tuning"  # "tuning": the rules were tuned on it; "heldout": written after

    def check_kwargs(self) -> dict[str, str | None]:
        return {
            "lang": self.lang,
            "english_summary": self.english_summary,
            "headline": self.headline,
        }


@dataclass(frozen=True)
class Source:
    text: str
    headline: str | None


def corpus_available(root: Path = REALWORLD) -> bool:
    return (root / "MANIFEST.tsv").is_file()


@cache
def _read_source(file: str, item: str | None, root: Path) -> Source:
    path = root / file
    if file.startswith("texts/"):
        return Source(path.read_text(encoding="utf-8"), None)
    if file.startswith("pages/"):
        import trafilatura

        text = trafilatura.extract(path.read_bytes(), favor_precision=True)
        if not text:
            raise ValueError(f"{path}: no main text extracted")
        return Source(text, None)
    if file.startswith("feeds/"):
        import feedparser

        feed = feedparser.parse(path.read_bytes())
        for entry in feed.entries:
            title = entry.get("title", "").strip()
            if item and title.startswith(item):
                body = html.unescape(re.sub(r"<[^>]+>", " ", entry.get("summary", "")))
                body = re.sub(r"\s+", " ", body).strip()
                # An entry with no description is its own headline: nothing to compare.
                return Source(f"{title}\n{body}", title) if body else Source(title, None)
        raise ValueError(f"{path}: no entry titled {item!r}…")
    raise ValueError(f"{file}: unknown kind of source")


def _with_fault(text: str, old: str, new: str, where: str) -> str:
    if text.count(old) != 1:
        raise ValueError(f"{where}: {old!r} occurs {text.count(old)} times, expected once")
    return text.replace(old, new)


def load_cases(root: Path = REALWORLD, path: Path = CASES_FILE) -> list[Labelled]:
    """Every faithful summary and every faulty variant, as labelled cases."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sources = {s["id"]: s for s in data["source"]}
    english: dict[str, tuple[str, str]] = {}
    out: list[Labelled] = []
    for case in data["case"]:
        spec = sources[case["source"]]
        source = _read_source(spec["file"], spec.get("item"), root)
        summary = case["summary"].strip()
        lang = script_of(summary)
        if lang == "en":
            english[case["id"]] = (summary, source.text)
        common = {
            "lang": lang,
            "source": source.text,
            "headline": spec.get("headline", source.headline),
            "split": case.get("split", "tuning"),
        }
        out += _variants(case["id"], summary, case.get("faults", {}), common)
    for item in data["translation"]:
        summary_en, source_text = english[item["case"]]
        common = {
            "lang": item["lang"],
            "source": source_text,
            "english_summary": summary_en,
            "split": item.get("split", "tuning"),
        }
        base = f"{item['case']}:{item['lang']}"
        out += _variants(base, item["text"].strip(), item.get("faults", {}), common)
    return out


def _variants(
    base: str, text: str, faults: dict[str, list[str]], common: dict[str, Any]
) -> list[Labelled]:
    """The faithful text and one copy per planted fault."""
    out = [Labelled(id=f"{base}/faithful", summary=text, fault=None, **common)]
    for kind, (old, new) in faults.items():
        faulty = _with_fault(text, old, new, f"{base}/{kind}")
        out.append(Labelled(id=f"{base}/{kind}", summary=faulty, fault=kind, **common))
    return out

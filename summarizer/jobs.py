"""One article on its way through the pipeline (``summarizer.pipeline``), and the share of
a batched step's time that each article is charged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.types import Brief, BriefText, SourceLanguage


@dataclass
class SourceText:
    """One article for ``brief_many``: its text, and optionally title and language."""

    text: str
    title: str | None = None
    source_lang: SourceLanguage | None = None


@dataclass
class _Job:
    """One article on its way through the pipeline."""

    source: SourceText
    targets: tuple[str, ...]
    clean: str = ""
    lang: SourceLanguage = "other"
    content_hash: str = ""
    key: str = ""
    english: str = ""
    pivot: list[tuple[str, str]] = field(default_factory=list)  # (original, English) sentences
    chunks: int = 0
    summary: str = ""
    texts: dict[str, BriefText] = field(default_factory=dict)
    seconds: dict[str, dict[str, float]] = field(default_factory=dict)
    from_cache: Brief | None = None

    def add_time(self, lang: str, step: str, seconds: float) -> None:
        steps = self.seconds.setdefault(lang, {})
        steps[step] = round(steps.get(step, 0.0) + seconds, 4)


def _split_time(
    jobs: Sequence[_Job], weights: Sequence[int], seconds: float, lang: str, step: str
) -> None:
    """Share the wall time of a batched step among its articles by their share of the work."""
    total = sum(weights) or 1
    for job, weight in zip(jobs, weights, strict=True):
        job.add_time(lang, step, seconds * weight / total)

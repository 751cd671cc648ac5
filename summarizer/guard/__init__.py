"""The guard that checks every brief against its source before it is sent (issue 4).

Stub API: every check passes for now; the real checks are built behind the same names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from summarizer.settings import GuardSettings

PROBLEM_KINDS = (
    "number",
    "attribution",
    "name",
    "loaded",
    "translation_number",
    "translation_attribution",
    "headline",
)


@dataclass
class Problem:
    """One thing wrong with a summary: what kind, why, and the offending text."""

    kind: str
    detail: str
    span: str | None = None


@dataclass
class GuardReport:
    """The result of checking one summary."""

    ok: bool
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "problems": [asdict(p) for p in self.problems]}


@dataclass
class Reviewed:
    """A reviewed brief: the text to send, how it was obtained, and every check run."""

    text: str
    status: str  # "ok" | "repaired" | "fallback" | "withheld"
    checks: list[dict] = field(default_factory=list)


class Guard:
    """Checks summaries for faithfulness and neutrality (stub: passes everything)."""

    def __init__(self, settings: GuardSettings | None = None) -> None:
        self.settings = settings or GuardSettings()

    @classmethod
    def from_settings(cls, settings: GuardSettings) -> Guard:
        return cls(settings)

    def check(
        self,
        source: str,
        summary: str,
        *,
        lang: str = "en",
        english_summary: str | None = None,
        headline: str | None = None,
    ) -> GuardReport:
        return GuardReport(ok=True, problems=[])

    def review_english(
        self,
        source_en: str,
        summary: str,
        *,
        title: str | None,
        regenerate: Callable[[], str] | None,
    ) -> Reviewed:
        report = self.check(source_en, summary, headline=title)
        return Reviewed(summary, "ok", [{"step": "initial", **report.to_dict()}])

    def review_translation(
        self,
        lang: str,
        english: str,
        translated: str,
        *,
        retranslate_protected: Callable[[], str] | None,
    ) -> Reviewed:
        report = self.check("", translated, lang=lang, english_summary=english)
        return Reviewed(translated, "ok", [{"step": "initial", **report.to_dict()}])


__all__ = ["PROBLEM_KINDS", "Guard", "GuardReport", "Problem", "Reviewed"]

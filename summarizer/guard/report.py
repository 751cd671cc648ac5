"""What the guard reports: problems, the report of one check, and a reviewed brief."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PROBLEM_KINDS = (
    "number",
    "attribution",
    "name",
    "loaded",
    "translation_number",
    "translation_attribution",
    "headline",
    "degenerate",
    "unsupported",
    "translation_name",
)


@dataclass
class Problem:
    """One thing wrong with a summary: its kind, why it is wrong, and the offending text."""

    kind: str
    detail: str
    span: str | None = None

    def __str__(self) -> str:
        where = f": {self.span!r}" if self.span else ""
        return f"{self.kind}: {self.detail}{where}"


@dataclass
class GuardReport:
    """The result of checking one summary: ok when no check found a problem."""

    ok: bool
    problems: list[Problem] = field(default_factory=list)
    # Each claim of the brief with the source sentences it was checked against.
    alignment: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(
        cls, problems: list[Problem], alignment: list[dict[str, Any]] | None = None
    ) -> GuardReport:
        return cls(ok=not problems, problems=problems, alignment=alignment or [])

    def kinds(self) -> set[str]:
        return {p.kind for p in self.problems}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"ok": self.ok, "problems": [asdict(p) for p in self.problems]}
        if self.alignment:
            out["alignment"] = self.alignment
        return out


@dataclass
class Reviewed:
    """A reviewed brief: the text to send, how it came about, and every check on the way.

    ``status`` is "ok" (the first text passed), "repaired" (a neutral-term substitution or a
    second try passed), "fallback" (the extractive brief built from the source) or
    "withheld" (nothing passed; ``text`` is empty and must not be sent). ``checks`` is
    JSON-able: one entry per step with the text checked, ok and the problems found.
    """

    text: str
    status: str
    checks: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "status": self.status, "checks": self.checks}

"""The guard's findings marked in a text: each problem's span wrapped in ``<mark>``.

The guard records a problem's offending text (``span``), not offsets, so every occurrence
of it is marked, in the brief and in the source alike. The text is escaped piece by piece
and only our own tags are added, so nothing in an article can become markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Finding:
    """One problem the guard found: at which step, what kind, why, and the text."""

    step: str
    kind: str
    detail: str
    span: str
    #: The source sentences the guard checked the span's claim against (its alignment).
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    """One step of a brief's decision trail (abstractive → repair → fallback → withheld)."""

    name: str
    ok: bool | None
    text: str
    detail: str
    findings: tuple[Finding, ...]


def trail(checks: Sequence[Any]) -> list[Step]:
    """A brief's ``checks`` (as stored) as steps, tolerating entries of any shape."""
    steps = []
    for entry in checks:
        if not isinstance(entry, dict):
            continue
        name = str(entry.get("step", "?"))
        alignment = [a for a in entry.get("alignment", []) or [] if isinstance(a, dict)]
        findings = tuple(
            Finding(
                name,
                str(problem.get("kind", "")),
                str(problem.get("detail", "")),
                span,
                _aligned(alignment, span),
            )
            for problem in entry.get("problems", []) or []
            if isinstance(problem, dict)
            for span in [str(problem.get("span") or "")]
        )
        ok = entry.get("ok")
        detail = str(entry.get("detail") or entry.get("error") or "")
        steps.append(
            Step(
                name,
                ok if isinstance(ok, bool) else None,
                str(entry.get("text") or ""),
                detail,
                findings,
            )
        )
    return steps


def _aligned(alignment: list[dict[str, Any]], span: str) -> tuple[str, ...]:
    """The source sentences of the claims that contain ``span``."""
    if not span:
        return ()
    return tuple(
        str(sentence)
        for claim in alignment
        if span in str(claim.get("claim", "")) or str(claim.get("claim", "")) in span
        for sentence in claim.get("source", []) or []
    )


def on_the_source(findings: Iterable[Finding], source: str) -> list[Finding]:
    """What to mark in the source for each finding: its span where the source has it (a
    loaded term, a name), else the sentences its claim was checked against (a number the
    source does not state is marked where the source states the event)."""
    marked = []
    for finding in findings:
        if finding.span and finding.span in source:
            marked.append(finding)
        else:
            marked.extend(replace(finding, span=sentence) for sentence in finding.sources)
    return marked


def findings_of(steps: Iterable[Step]) -> list[Finding]:
    return [finding for step in steps for finding in step.findings]


def mark(text: str, findings: Iterable[Finding]) -> Markup:
    """``text`` escaped, with every occurrence of a finding's span in a ``<mark>``."""
    found: list[tuple[int, int, Finding]] = []
    for finding in findings:
        span = finding.span.strip()
        if len(span) < 2:
            continue
        start = text.find(span)
        while start != -1:
            found.append((start, start + len(span), finding))
            start = text.find(span, start + len(span))
    found.sort(key=lambda item: (item[0], -item[1]))
    pieces: list[str] = []
    at = 0
    for start, end, finding in found:
        if start < at:
            continue  # overlaps a mark already made
        pieces.append(escape(text[at:start]))
        pieces.append(
            Markup('<mark class="problem problem-{}" title="{}">{}</mark>').format(
                finding.kind, f"{finding.kind}: {finding.detail}", text[start:end]
            )
        )
        at = end
    pieces.append(escape(text[at:]))
    return Markup("").join(pieces)

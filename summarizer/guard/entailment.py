"""Claims read by the entailment judge (:mod:`summarizer.guard.judge`), when one is set.

- Against the source: each claim of the brief is the hypothesis, the source sentences it
  is aligned to (:mod:`summarizer.guard.align`; for an Arabic or Hebrew article read
  through the English pivot, the English sentences) are the premise. A claim aligned to
  no sentence is left to the lexical support check: there is nothing to judge it against.
- A translation: each sentence of it is the hypothesis, the English brief it renders is
  the premise (a multilingual model reads both languages).

A claim fails as "unsupported" when the judge finds it contradicted with at least
``contradiction`` probability, or entailed with less than ``min_entailment``. Each verdict
is written into the claim's alignment entry (``"judge"``), so ``triglot check --json``
shows it next to the sentences it was read against.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.guard.judge import EntailmentJudge, Verdict, load_judge
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences
from summarizer.settings import GuardSettings

KIND = "unsupported"


@dataclass(frozen=True)
class ClaimJudge:
    """An entailment judge with the thresholds at which its verdict fails a claim."""

    model: EntailmentJudge
    contradiction: float = 0.5
    min_entailment: float = 0.0

    @classmethod
    def from_settings(cls, settings: GuardSettings, model_cache_dir: Path) -> ClaimJudge | None:
        """The judge named by ``settings.judge_model`` (loaded now, so that a bad one is
        reported at start), or None when it is empty."""
        if not settings.judge_model.strip():
            return None
        model = load_judge(
            settings.judge_model.strip(),
            model_cache_dir,
            max_length=settings.judge_max_length,
            batch_size=settings.judge_batch_size,
        )
        return cls(model, settings.judge_contradiction, settings.judge_min_entailment)

    @property
    def fingerprint(self) -> str:
        """Which weights and thresholds decide: part of the guard's fingerprint."""
        return (
            f"judge={self.model.identity};contradiction={self.contradiction!r};"
            f"min_entailment={self.min_entailment!r};max_length={self.model.max_length}"
        )

    def check_claims(self, aligned: list[dict[str, Any]]) -> list[Problem]:
        """Judge each aligned claim against its source sentences; the verdict is added to
        its entry as ``"judge"``."""
        todo = [entry for entry in aligned if entry.get("source")]
        pairs = [(" ".join(entry["source"]), str(entry["claim"])) for entry in todo]
        return self._record(todo, pairs, "its aligned source sentences")

    def check_translation(
        self, english: str, translation: str
    ) -> tuple[list[Problem], list[dict[str, Any]]]:
        """Judge each sentence of ``translation`` against the English brief it renders;
        the problems, and one alignment entry per sentence with its verdict."""
        premise = " ".join(english.split())
        if not premise:
            return [], []
        entries: list[dict[str, Any]] = [
            {"claim": s.text.strip(), "source": [premise], "against": "english_summary"}
            for s in sentences(translation)
            if s.text.strip()
        ]
        pairs = [(premise, str(entry["claim"])) for entry in entries]
        return self._record(entries, pairs, "the English brief it translates"), entries

    def _record(
        self, entries: list[dict[str, Any]], pairs: list[tuple[str, str]], premise: str
    ) -> list[Problem]:
        problems = []
        for entry, verdict in zip(entries, self.model.judge(pairs), strict=True):
            entry["judge"] = verdict.to_dict()
            why = self._failure(verdict)
            if why:
                detail = (
                    f"the entailment judge ({self.model.reference}) finds this claim {why}"
                    f" by {premise} (entailment {verdict.entailment:.2f}, neutral"
                    f" {verdict.neutral:.2f}, contradiction {verdict.contradiction:.2f})"
                )
                problems.append(Problem(KIND, detail, str(entry["claim"])))
        return problems

    def _failure(self, verdict: Verdict) -> str | None:
        if verdict.contradiction >= self.contradiction:
            return f"contradicted (at least {self.contradiction:g})"
        if verdict.entailment < self.min_entailment:
            return f"not entailed (below {self.min_entailment:g})"
        return None

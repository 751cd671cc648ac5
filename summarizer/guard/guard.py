"""The guard: runs every check on a brief and decides what happens when one fails.

The checks against the source article are listed in ``source_checks``, those of a
translation against the brief it renders in ``translation_checks``; :meth:`Guard.check`
runs them in order with the loaded-language and headline checks."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from summarizer.guard.degenerate import check_degenerate
from summarizer.guard.entailment import ClaimJudge
from summarizer.guard.extractive import extractive_brief
from summarizer.guard.hardened import check_hardened
from summarizer.guard.headline import check_headline
from summarizer.guard.headline_claims import check_headline_claims
from summarizer.guard.headline_hedges import check_headline_hedges
from summarizer.guard.headline_only import check_headline_only
from summarizer.guard.headline_polarity import check_headline_polarity
from summarizer.guard.headline_quotes import check_headline_quotes
from summarizer.guard.headline_stance import check_headline_stance
from summarizer.guard.headline_swaps import check_headline_swaps
from summarizer.guard.lexicon import Lexicons
from summarizer.guard.opinion_titles import check_opinion_title
from summarizer.guard.report import GuardReport, Problem, Reviewed
from summarizer.guard.source_checks import check_against_source
from summarizer.guard.text import normalize, script_of, tidy
from summarizer.guard.translation_checks import check_back_translation, check_translation
from summarizer.languages import LANGUAGES
from summarizer.settings import GuardSettings, ModelSettings

log = logging.getLogger(__name__)

# Bump when a change to the checks can change a verdict, so that cached briefs are redone.
RULES_VERSION = "41"


class Guard:
    """Checks briefs against their source for faithfulness and neutrality.

    Build one with :meth:`from_settings` (it reads the lexicons once) and reuse it.
    ``judge``, when given, also reads each claim with a learnt entailment model
    (:mod:`summarizer.guard.entailment`).
    """

    def __init__(self, lexicons: Lexicons, judge: ClaimJudge | None = None) -> None:
        self.lexicons = lexicons
        self.judge = judge

    @property
    def fingerprint(self) -> str:
        """Changes whenever a verdict could: the rules' version, any lexicon's content, or
        the entailment judge's weights and thresholds. For cache keys: a brief checked
        under other rules must be checked again."""
        material = RULES_VERSION + "".join(
            self.lexicons[lang].digest for lang in sorted(self.lexicons.by_lang)
        )
        if self.judge is not None:
            material += self.judge.fingerprint
        return hashlib.sha256(material.encode()).hexdigest()[:16]

    @classmethod
    def from_settings(
        cls, settings: GuardSettings | None = None, *, model_cache_dir: Path | None = None
    ) -> Guard:
        """Load the lexicons named by the settings, and the entailment judge when
        ``judge_model`` names one (found in the hub cache under ``model_cache_dir``, the
        models' ``cache_dir``). Raises LexiconError or JudgeError if either is bad."""
        settings = settings or GuardSettings()
        cache_dir = model_cache_dir if model_cache_dir is not None else ModelSettings().cache_dir
        lexicons = Lexicons.load(settings.lexicon_dir)
        return cls(lexicons, ClaimJudge.from_settings(settings, cache_dir))

    # --- checking ---------------------------------------------------------------------------

    def check(
        self,
        source: str,
        summary: str,
        *,
        lang: str = "en",
        english_summary: str | None = None,
        headline: str | None = None,
        source_brief: str | None = None,
        pivot: list[tuple[str, str]] | None = None,
    ) -> GuardReport:
        """Every check that applies to this summary; an empty source skips the source checks.

        ``source`` may be in any of the three languages: numbers are compared across
        scripts; attribution is compared only when the summary is in the source's language;
        names only for English. ``english_summary`` (for an ar/he summary) adds the
        translation-consistency checks; ``headline`` adds the framing check.
        ``source_brief`` (for an English summary translated from a brief in the source's
        own language) adds the same consistency checks the other way round. ``pivot``
        (when ``source`` is the English translation of an Arabic or Hebrew article: its
        (original, English) sentence pairs) adds to each claim's alignment the original
        sentences its English sentences translate. With a judge, each aligned claim (and each
        sentence of a translation, against ``english_summary``) is also read by it, and its
        verdict is added to the claim's alignment entry.
        """
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
        text = normalize(summary)
        problems: list[Problem] = check_degenerate(text)
        aligned: list[dict[str, Any]] = []
        # The source normalised and its script (as written), each worked out once.
        src = normalize(source)
        source_script = script_of(source) if source.strip() else None
        title = normalize(headline) if headline else None
        same_title = title if headline and script_of(headline) == lang else None
        if source.strip():
            found, aligned = check_against_source(
                text, src, lang, title=title, same_title=same_title, pivot=pivot
            )
            problems += found
            if self.judge is not None and aligned:
                problems += self.judge.check_claims(aligned)
        if english_summary is not None and lang != "en":
            article = src if source.strip() else ""
            problems += check_translation(english_summary, text, lang, article)
            if self.judge is not None:
                judged, entries = self.judge.check_translation(english_summary, text)
                problems += judged
                aligned += entries
        if source_brief is not None and lang == "en":
            problems += check_back_translation(text, source_brief)
        # a law named with a loaded word by the source, or by the English brief a
        # translation renders (that brief was checked against the source)
        named_by = [(source, source_script)] if source_script else []
        named_by += [(english_summary, "en")] if english_summary and lang != "en" else []
        law_names = any(self.lexicons[sl].names_a_law(text) for text, sl in named_by)
        same = source if source_script == lang else None
        # a translation reports only the charges (genocide, war crimes) its English brief does
        rendered = english_summary if lang != "en" else None
        charges = partial(self.lexicons["en"].reports_a_charge, rendered) if rendered else None
        problems += self.lexicons[lang].check(
            summary, law_names=law_names, source=same, original_charges=charges
        )
        if source_script == lang:
            problems += check_hardened(src, text, lang, same_title)
        if same_title is not None:
            problems += check_headline(same_title, text, src, lang)
            problems += check_headline_polarity(same_title, text, lang)
            if source.strip():
                problems += check_headline_only(same_title, text, src, lang)
                problems += check_headline_claims(same_title, text, src, lang)
                problems += check_headline_hedges(same_title, text, src, lang)
                problems += check_headline_quotes(same_title, text, src)
                problems += check_headline_stance(same_title, text, src, lang)
                problems += check_headline_swaps(same_title, text, src, lang)
                problems += check_opinion_title(same_title, text, lang)
        return GuardReport.of(problems, aligned)

    # --- reviewing: check, repair, retry, fall back -----------------------------------------

    def review_english(
        self,
        source_en: str,
        summary: str,
        *,
        title: str | None,
        regenerate: Callable[[], str] | None,
        max_sentences: int = 4,
        pivot: list[tuple[str, str]] | None = None,
    ) -> Reviewed:
        """The English brief to send, and the record of every check on the way.

        1. the summary as written; 2. loaded terms replaced by neutral ones; 3. a second try
        from ``regenerate`` (e.g. stricter decoding), with the same repair; 4. the extractive
        brief from the source. If even that fails (an empty source) the status is "withheld"
        and the text is empty.
        """
        checks: list[dict[str, Any]] = []
        if not source_en.strip():  # nothing to check against: nothing may be sent
            detail = "no source text to check the summary against"
            return Reviewed("", "withheld", [{"step": "source", "ok": False, "detail": detail}])

        def run(text: str) -> GuardReport:
            return self.check(source_en, text, headline=title, pivot=pivot)

        result = self._first_passing(
            "en", run, checks, ("abstractive", summary), ("regenerate", regenerate)
        )
        if result is not None:
            return result
        fallback = extractive_brief(
            source_en, self.lexicons["en"], headline=title, max_sentences=max_sentences
        )
        report = self.check(source_en, fallback, headline=title, pivot=pivot)
        checks.append(_entry("extractive", fallback, report))
        if fallback.strip() and report.ok:
            return Reviewed(fallback, "fallback", checks)
        return Reviewed("", "withheld", checks)

    def review_source_language(
        self, lang: str, source: str, *, title: str | None, max_sentences: int = 4
    ) -> Reviewed:
        """The extractive brief of an Arabic or Hebrew article in its own language.

        The fallback when the English pivot path gave nothing that passed: the source's own
        sentences (faithful by construction), still checked like any brief. Status
        "fallback", or "withheld" when even that fails.
        """
        brief = extractive_brief(
            source, self.lexicons[lang], headline=title, max_sentences=max_sentences
        )
        report = self.check(source, brief, lang=lang, headline=title)
        checks = [_entry("source-language-extractive", brief, report)]
        if brief.strip() and report.ok:
            return Reviewed(brief, "fallback", checks)
        return Reviewed("", "withheld", checks)

    def review_back_translation(
        self,
        source: str,
        source_brief: str,
        english: str,
        *,
        retranslate_protected: Callable[[], str] | None,
    ) -> Reviewed:
        """The English translation of a source-language brief, or "withheld".

        Checked against the article (numbers) and against the brief it translates (same
        numbers, same attributions); a second try protects numbers and names.
        """
        checks: list[dict[str, Any]] = []

        def run(text: str) -> GuardReport:
            return self.check(source, text, lang="en", source_brief=source_brief)

        second = ("retranslate-protected", retranslate_protected)
        result = self._first_passing("en", run, checks, ("translation", english), second)
        return result or Reviewed("", "withheld", checks)

    def review_translation(
        self,
        lang: str,
        english: str,
        translated: str,
        *,
        retranslate_protected: Callable[[], str] | None,
    ) -> Reviewed:
        """The translated brief to send, or status "withheld" (empty text) if none passes.

        1. the translation as written; 2. loaded terms replaced; 3. a translation with
        numbers and names protected by placeholders, from ``retranslate_protected``.
        """
        checks: list[dict[str, Any]] = []

        def run(text: str) -> GuardReport:
            return self.check("", text, lang=lang, english_summary=english)

        second = ("retranslate-protected", retranslate_protected)
        result = self._first_passing(lang, run, checks, ("translation", translated), second)
        return result or Reviewed("", "withheld", checks)

    def _first_passing(
        self,
        lang: str,
        run: Callable[[str], GuardReport],
        checks: list[dict[str, Any]],
        first: tuple[str, str],
        second: tuple[str, Callable[[], str] | None],
    ) -> Reviewed | None:
        """The first text, else the second try, that passes as is or once its loaded terms
        are replaced; every check is recorded in ``checks``. None when neither passes."""
        result = self._attempt(lang, run, checks, *first, status="ok")
        step, produce = second
        if result is not None or produce is None:
            return result
        try:
            text = produce()
        except Exception as exc:  # a failing model must not lose the brief
            log.warning("guard: %s failed: %s", step, exc)
            checks.append({"step": step, "ok": False, "error": repr(exc)})
            return None
        return self._attempt(lang, run, checks, step, text, status="repaired")

    def _attempt(
        self,
        lang: str,
        run: Callable[[str], GuardReport],
        checks: list[dict[str, Any]],
        step: str,
        text: str,
        *,
        status: str,
    ) -> Reviewed | None:
        report = run(text)
        checks.append(_entry(step, text, report))
        if report.ok:
            return Reviewed(text, status, checks)
        if "loaded" in report.kinds():
            repaired = tidy(self.lexicons[lang].repair(text))
            report = run(repaired)
            checks.append(_entry(step + ":neutral-terms", repaired, report))
            if report.ok:
                return Reviewed(repaired, "repaired", checks)
        return None


def _entry(step: str, text: str, report: GuardReport) -> dict[str, Any]:
    return {"step": step, "text": text, **report.to_dict()}

"""The fallback in the source's own language for Arabic and Hebrew articles (issue 12).

An Arabic or Hebrew article is summarised through an English pivot: the article is
translated to English, summarised, and the summary translated back. When that path gives
no English brief that passes the guard (a failed or garbled pivot translation is the usual
cause), the article would end with nothing at all. Instead, the extractive brief is built
from the article's *own* sentences (faithful by construction, and still checked), and the
English brief is made by translating it, guarded against the article and against the brief
it translates. The third language is then translated from that English brief by the usual
step, with its usual guard.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from summarizer.backends.base import DecodeParams
from summarizer.languages import VIA_ENGLISH
from summarizer.models import ModelStore
from summarizer.settings import ModelSettings
from summarizer.translate import translate_protected, translate_texts
from summarizer.types import BriefText, TextStatus

if TYPE_CHECKING:
    from summarizer.jobs import _Job

# English statuses that mean the pivot path gave a brief of its own.
_PIVOT_SUCCEEDED = {TextStatus.OK, TextStatus.REPAIRED, TextStatus.UNCHECKED}


def needs_source_fallback(job: _Job) -> bool:
    """An ar/he article whose English brief came from neither the model nor a repair."""
    english = job.texts.get("en")
    return (
        job.lang in VIA_ENGLISH
        and bool(job.clean)
        and english is not None
        and english.status not in _PIVOT_SUCCEEDED
        and job.lang not in job.texts
    )


def apply_source_fallback(
    jobs: list[_Job],
    guard: Any,
    models: ModelStore,
    settings: ModelSettings,
    version: Callable[[str], str],
) -> None:
    """Give each job that needs it a source-language brief and an English translation."""
    for job in jobs:
        if guard is None or not needs_source_fallback(job):
            continue
        started = time.perf_counter()
        lang = job.lang
        own = guard.review_source_language(
            lang, job.clean, title=job.source.title, max_sentences=settings.summary_sentences_max
        )
        job.add_time(lang, "guard", time.perf_counter() - started)
        job.texts[lang] = BriefText(lang, own.text, "", own.status, checks=list(own.checks))
        if own.status == "withheld":
            continue
        _translate_to_english(job, own.text, guard, models, settings, version)


def _translate_to_english(
    job: _Job,
    brief: str,
    guard: Any,
    models: ModelStore,
    settings: ModelSettings,
    version: Callable[[str], str],
) -> None:
    step = f"{job.lang}-en"
    backend = models.load(step)
    params = DecodeParams.from_settings(settings.translation_decoding)
    batch = settings.batch_size
    started = time.perf_counter()
    (english,), _ = translate_texts(backend, [brief], params, batch)
    job.add_time("en", "translate_brief", time.perf_counter() - started)
    started = time.perf_counter()
    reviewed = guard.review_back_translation(
        job.clean,
        brief,
        english,
        retranslate_protected=partial(translate_protected, backend, brief, params, batch),
    )
    job.add_time("en", "guard", time.perf_counter() - started)
    previous = job.texts["en"]
    checks = [
        *previous.checks,
        {"step": "source-language-fallback", "detail": f"translated from the {job.lang} brief"},
        *reviewed.checks,
    ]
    withheld = reviewed.status == "withheld"
    job.summary = "" if withheld else reviewed.text
    status = TextStatus.WITHHELD if withheld else TextStatus.FALLBACK
    job.texts["en"] = BriefText("en", job.summary, version(step), status, checks=checks)

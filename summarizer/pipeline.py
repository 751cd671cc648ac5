"""The summarizer: article text in, a checked ``Brief`` in English, Arabic and Hebrew out.

One article follows these steps (``brief_many`` runs each step for all articles at once,
so every model call is a batch):

1. prepare: normalise, drop boilerplate lines, hash, detect the language, look in the cache;
2. Arabic or Hebrew source: translate it to English sentence by sentence;
3. summarise the English text: token-aware chunks within the model's limit, and a second
   pass over the chunk summaries when there was more than one; keep 2-4 sentences;
4. guard the English summary (with a stricter second decode to fall back on); for an
   Arabic or Hebrew article whose pivot path gave no brief, fall back to an extractive brief
   in the source's own language and translate that (``summarizer.source_fallback``);
5. translate the summary into Arabic and Hebrew, and guard each translation (with a
   translation that protects numbers and names to fall back on);
6. store the brief in the cache.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from summarizer.backends.base import DecodeParams, generate_batched
from summarizer.cache import BriefCache, LayeredBriefCache, LRUBriefCache
from summarizer.chunking import chunk_sentences
from summarizer.jobs import SourceText, _Job, _split_time
from summarizer.langid import detect_language
from summarizer.languages import LANGUAGES, VIA_ENGLISH
from summarizer.models import SUMMARIZER_STEP, ModelStore
from summarizer.settings import GuardSettings, ModelSettings
from summarizer.source_fallback import apply_source_fallback
from summarizer.text import (
    clean_layout,
    content_hash,
    remove_boilerplate,
    split_sentences,
    word_count,
)
from summarizer.translate import translate_pairs, translate_protected, translate_texts
from summarizer.types import Brief, BriefText, SourceLanguage, TextStatus

# Tokens kept free in every model input for the special tokens the tokenizer adds.
_SPECIAL_TOKEN_ROOM = 2
# Passes over chunk summaries before the joined summaries are cut to fit (never reached
# with sane settings: each pass shrinks the text several times over).
_MAX_SUMMARY_PASSES = 4


class Summarizer:
    """Writes briefs. Build it with ``from_settings`` or ``from_config``; reuse it.

    Models are loaded on first use and kept, so the first brief is slow and the next ones
    are not. Not meant to be called from several threads at once.
    """

    def __init__(
        self,
        settings: ModelSettings,
        guard: Any | None = None,
        *,
        cache: BriefCache | None = None,
        store: ModelStore | None = None,
    ) -> None:
        self.settings = settings
        self.guard = guard
        self.models = store or ModelStore(settings)
        self.cache = LayeredBriefCache(LRUBriefCache(settings.cache_size), cache)
        self._versions: dict[str, str] = {}

    @classmethod
    def from_settings(
        cls,
        models: ModelSettings,
        guard: GuardSettings | None = None,
        *,
        cache: BriefCache | None = None,
    ) -> Summarizer:
        """A summarizer for these model settings; with ``guard`` settings, briefs are checked."""
        checker = None
        if guard is not None:
            from summarizer.guard import Guard

            checker = Guard.from_settings(guard, model_cache_dir=models.cache_dir)
        return cls(models, checker, cache=cache)

    @classmethod
    def from_config(cls, config: Any, *, cache: BriefCache | None = None) -> Summarizer:
        """From any object with ``.models`` and ``.guard`` (such as the bot's config)."""
        return cls.from_settings(config.models, getattr(config, "guard", None), cache=cache)

    # -- public API ----------------------------------------------------------------------
    def brief(
        self,
        text: str,
        title: str | None = None,
        source_lang: SourceLanguage | None = None,
        targets: Sequence[str] = LANGUAGES,
    ) -> Brief:
        """The brief of one article in each language of ``targets``."""
        return self.brief_many([SourceText(text, title, source_lang)], targets)[0]

    def brief_many(
        self, articles: Iterable[str | SourceText], targets: Sequence[str] = LANGUAGES
    ) -> list[Brief]:
        """Briefs of many articles, every model step batched across all of them."""
        wanted = tuple(dict.fromkeys(targets))
        unknown = [lang for lang in wanted if lang not in LANGUAGES]
        if unknown or not wanted:
            raise ValueError(f"targets must be among {LANGUAGES}, got {list(targets)}")
        jobs = [_Job(a if isinstance(a, SourceText) else SourceText(a), wanted) for a in articles]
        for job in jobs:
            self._prepare(job)
        todo = [job for job in jobs if not self._finish_from_cache(job)]
        self._translate_sources(todo)
        self._summarise_jobs(todo)
        self._review_english(todo)
        apply_source_fallback(todo, self.guard, self.models, self.settings, self._version)
        for lang in VIA_ENGLISH:
            self._translate_summaries([job for job in todo if lang not in job.texts], lang)
        return [self._assemble(job) for job in jobs]

    def cache_key(
        self, text: str, title: str | None = None, source_lang: SourceLanguage | None = None
    ) -> str:
        """The key ``brief`` caches this article under (content + models + settings).

        Lets a caller look a brief up in its own store before deciding to summarise.
        """
        job = _Job(SourceText(text, title, source_lang), LANGUAGES)
        self._prepare(job)
        return job.key

    # -- step 1: prepare -----------------------------------------------------------------
    def _version(self, step: str) -> str:
        if step not in self._versions:
            self._versions[step] = self.models.version(step)
        return self._versions[step]

    def _key(self, digest: str, title: str | None, lang: SourceLanguage | None) -> str:
        settings = self.settings
        material = {
            "content": digest,
            "title": title,
            "summarizer": self._version(SUMMARIZER_STEP),
            "source": self._version(f"{lang}-en") if lang in VIA_ENGLISH else None,
            "backend": settings.backend,
            "compute": settings.ct2_compute_type if settings.backend == "ctranslate2" else "",
            "decoding": settings.decoding.model_dump(),
            "translation": settings.translation_decoding.model_dump(),
            "sentences": settings.summary_sentences_max,
            # A brief checked under other rules or lexicons must be checked again.
            "guard": self.guard.fingerprint if self.guard is not None else None,
        }
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()

    def _prepare(self, job: _Job) -> None:
        started = time.perf_counter()
        job.clean = remove_boilerplate(clean_layout(job.source.text))
        job.content_hash = content_hash(job.source.text)
        job.lang = job.source.source_lang or detect_language(job.clean)
        if job.lang == "other" or not job.clean:
            why = "no article text" if not job.clean else "the article is not in en, ar or he"
            for lang in LANGUAGES:
                job.texts[lang] = BriefText(
                    lang, "", "", TextStatus.WITHHELD, checks=[{"step": "source", "detail": why}]
                )
        job.key = self._key(job.content_hash, job.source.title, job.lang)
        job.add_time("en", "prepare", time.perf_counter() - started)

    def _finish_from_cache(self, job: _Job) -> bool:
        """Reuse what the cache has; True when nothing is left to compute."""
        if job.texts:  # withheld at preparation
            return True
        cached = self.cache.get(job.key)
        if cached is None:
            return False
        job.from_cache = cached
        job.summary = cached.text("en")
        job.chunks = cached.chunks
        job.english = ""  # the English source is only needed for a new summary
        for lang, text in cached.texts.items():
            # a source-language fallback (no model wrote it) stands with its English brief
            own = text.status == "fallback" and not text.model
            if lang == "en" or own or text.model == self._translator_version(lang):
                job.texts[lang] = text
        return all(lang in job.texts for lang in job.targets)

    def _translator_version(self, lang: str) -> str:
        step = f"en-{lang}"
        return self._version(step) if self.models.has_step(step) else ""

    # -- step 2: source translation --------------------------------------------------------
    def _translate_sources(self, jobs: list[_Job]) -> None:
        for job in jobs:
            if job.lang == "en":
                job.english = job.clean
        for lang in VIA_ENGLISH:
            group = [job for job in jobs if job.lang == lang and "en" not in job.texts]
            if not group:
                continue
            backend = self.models.load(f"{lang}-en")
            params = DecodeParams.from_settings(self.settings.translation_decoding)
            started = time.perf_counter()
            pairs = translate_pairs(
                backend, [job.clean for job in group], params, self.settings.batch_size
            )
            counts = [len(p) for p in pairs]
            _split_time(group, counts, time.perf_counter() - started, "en", "translate_source")
            for job, text_pairs in zip(group, pairs, strict=True):
                job.english = " ".join(t for _, t in text_pairs)
                job.pivot = text_pairs

    # -- step 3: summarise -----------------------------------------------------------------
    def summarise(self, texts: list[str]) -> list[tuple[str, int]]:
        """English summaries of English texts, with the number of chunks each was cut into."""
        backend = self.models.load(SUMMARIZER_STEP)
        params = DecodeParams.from_settings(self.settings.decoding)
        limit = max(1, backend.max_input_tokens - _SPECIAL_TOKEN_ROOM)

        def chunk(text: str) -> list[str]:
            return chunk_sentences(split_sentences(text), backend.count_tokens, limit) or [text]

        pending = [chunk(text) for text in texts]
        chunk_counts = [len(chunks) for chunks in pending]
        summaries: list[str | None] = [None] * len(texts)
        for attempt in range(_MAX_SUMMARY_PASSES):
            flat = [c for chunks in pending for c in chunks]
            outputs = iter(generate_batched(backend, flat, params, self.settings.batch_size))
            for index, chunks in enumerate(pending):
                results = [next(outputs).text for _ in chunks]
                if len(chunks) == 1:
                    summaries[index] = results[0]
                    pending[index] = []
                else:  # second pass over the chunk summaries, re-chunked to fit
                    joined = " ".join(results)
                    pending[index] = (
                        chunk(joined) if attempt < _MAX_SUMMARY_PASSES - 2 else [joined]
                    )
            if not any(pending):
                break
        return [
            (self._trim(summary or ""), count)
            for summary, count in zip(summaries, chunk_counts, strict=True)
        ]

    def _trim(self, summary: str) -> str:
        """Keep at most ``summary_sentences_max`` whole sentences."""
        sentences = split_sentences(summary)
        return " ".join(sentences[: self.settings.summary_sentences_max]).strip()

    def _summarise_jobs(self, jobs: list[_Job]) -> None:
        group = [job for job in jobs if "en" not in job.texts]
        if not group:
            return
        started = time.perf_counter()
        results = self.summarise([job.english for job in group])
        weights = [max(1, count) for _, count in results]
        _split_time(group, weights, time.perf_counter() - started, "en", "summarise")
        for job, (summary, chunks) in zip(group, results, strict=True):
            job.summary, job.chunks = summary, chunks

    def _strict_summary(self, english: str) -> str:
        """The guard's second chance: greedy and shorter, from the article's lead only."""
        backend = self.models.load(SUMMARIZER_STEP)
        limit = max(1, backend.max_input_tokens - _SPECIAL_TOKEN_ROOM)
        lead = chunk_sentences(split_sentences(english), backend.count_tokens, limit)[:1]
        decoding = self.settings.decoding
        params = DecodeParams.from_settings(
            decoding,
            num_beams=1,
            max_new_tokens=max(1, decoding.max_new_tokens * 2 // 3),
            no_repeat_ngram_size=max(3, decoding.no_repeat_ngram_size),
        )
        generated = generate_batched(backend, lead or [english], params, 1)
        return self._trim(generated[0].text)

    # -- step 4: English review ------------------------------------------------------------
    def _review_english(self, jobs: list[_Job]) -> None:
        model = self._version(SUMMARIZER_STEP)
        for job in jobs:
            if "en" in job.texts:
                continue
            started = time.perf_counter()
            text, status, checks = job.summary, "unchecked", []
            if self.guard is not None:
                english = job.english
                reviewed = self.guard.review_english(
                    english,
                    job.summary,
                    title=job.source.title,
                    regenerate=partial(self._strict_summary, english),
                    max_sentences=self.settings.summary_sentences_max,
                    pivot=job.pivot or None,
                )
                text, status, checks = reviewed.text, reviewed.status, list(reviewed.checks)
                job.add_time("en", "guard", time.perf_counter() - started)
            job.summary = text if status != "withheld" else ""
            job.texts["en"] = BriefText("en", job.summary, model, TextStatus(status), checks=checks)

    # -- step 5: translation of the summary -------------------------------------------------
    def _translate_summaries(self, jobs: list[_Job], lang: str) -> None:
        step = f"en-{lang}"
        needed = [job for job in jobs if lang in job.targets]
        withheld = [job for job in needed if not job.summary]
        for job in withheld:
            job.texts[lang] = BriefText(
                lang,
                "",
                "",
                TextStatus.WITHHELD,
                checks=[{"step": "source", "detail": "the English summary was withheld"}],
            )
        group = [job for job in needed if job.summary]
        if not group:
            return
        backend = self.models.load(step)
        model = self._version(step)
        params = DecodeParams.from_settings(self.settings.translation_decoding)
        batch = self.settings.batch_size
        started = time.perf_counter()
        translated, counts = translate_texts(backend, [job.summary for job in group], params, batch)
        _split_time(group, counts, time.perf_counter() - started, lang, "translate")
        for job, text in zip(group, translated, strict=True):
            started = time.perf_counter()
            status, checks = "unchecked", []
            if self.guard is not None:
                english = job.summary
                protect = partial(translate_protected, backend, english, params, batch)
                reviewed = self.guard.review_translation(
                    lang, english, text, retranslate_protected=protect
                )
                text, status, checks = reviewed.text, reviewed.status, list(reviewed.checks)
                job.add_time(lang, "guard", time.perf_counter() - started)
            if status == "withheld":
                text = ""
            job.texts[lang] = BriefText(lang, text, model, TextStatus(status), checks=checks)

    # -- step 6: assemble --------------------------------------------------------------------
    def _assemble(self, job: _Job) -> Brief:
        for lang in self._fresh_languages(job):
            job.texts[lang].seconds = dict(job.seconds.get(lang, {}))
        models = {SUMMARIZER_STEP: self._version(SUMMARIZER_STEP)} if job.lang != "other" else {}
        if job.lang in VIA_ENGLISH:
            models[f"{job.lang}-en"] = self._version(f"{job.lang}-en")
        for lang in VIA_ENGLISH:
            if lang in job.texts and job.texts[lang].model:
                models[f"en-{lang}"] = job.texts[lang].model
        brief = Brief(
            source_lang=job.lang,
            texts={lang: job.texts[lang] for lang in LANGUAGES if lang in job.texts},
            content_hash=job.content_hash,
            cache_key=job.key,
            title=job.source.title,
            source_words=word_count(job.clean),
            chunks=job.chunks,
            models=models,
            cached=False,
        )
        fresh = self._fresh_languages(job)
        if job.lang != "other" and job.clean and fresh:
            self.cache.put(job.key, brief)
        result = brief.only(job.targets)
        result.cached = job.from_cache is not None and not fresh & set(job.targets)
        return result

    @staticmethod
    def _fresh_languages(job: _Job) -> set[str]:
        """Languages whose text was written in this call rather than taken from the cache."""
        cached = job.from_cache.texts if job.from_cache is not None else {}
        return {lang for lang, text in job.texts.items() if text is not cached.get(lang)}

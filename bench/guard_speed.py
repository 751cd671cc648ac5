"""Speed and reader cost of the guard, for ``bench/guard.py``.

- speed: one check of a 700-word article (the article ``bench/summarize.py`` uses) against
  a hand-written brief and against model-like output: long, repetitive, with many
  capitalised tokens and word pieces, as the real-shape random-weight models of
  ``bench/summarize.py`` write (a seeded imitation, so that the figure needs no models);
  every cache the guard keeps is cleared before each timed check.
- reader cost: the share of faithful briefs that would fall back (English: the extractive
  brief) or be withheld (translations, source-language briefs), per language.
"""

from __future__ import annotations

import random
import statistics
import time
from collections import defaultdict
from collections.abc import Callable

from summarizer.guard import (
    Guard,
    align,
    content_keys,
    cues,
    headline_polarity,
    hedges,
    name_tokens,
    names,
    numbers,
    speaker_finding,
    text,
)
from tests.auxil.guard_cases import Labelled

TARGET_MS = 50.0
HAND_BRIEF = (
    "Mossad director David Barnea is travelling to Cairo for talks on a proposed Gaza truce"
    " with his Egyptian and US counterparts, Israeli officials said. Israeli forces rescued"
    " two hostages in a Gaza operation accompanied by airstrikes that killed about 100"
    " Palestinians, according to Gaza's health ministry. Around 250 people were taken"
    " captive in Hamas's October 7 attack on southern Israel."
)


def model_like_output(article: str, words: int, seed: int = 7) -> str:
    """Text shaped like a random-weight model's: article words and word pieces, more than
    half capitalised, runs repeated, a few digits, hardly any full stops."""
    rng = random.Random(seed)
    vocabulary = [w.strip('.,"“”') for w in article.split() if w.strip('.,"“”')]
    pieces = [w[i : i + rng.randint(2, 5)] for w in vocabulary for i in range(0, len(w), 4)]
    out: list[str] = []
    while len(out) < words:
        r = rng.random()
        if r < 0.35:
            word = rng.choice(pieces)
        elif r < 0.4:
            word = str(rng.randint(1, 3000))
        else:
            word = rng.choice(vocabulary)
        out.append(word[:1].upper() + word[1:] if rng.random() < 0.55 else word)
        if rng.random() < 0.03:
            out.append(".")
        if rng.random() < 0.2 and len(out) > 8:
            out.extend(out[-6:-2])
    return " ".join(out[:words])


# Pieces of the kind the random-weight translators repeat ("الم الم الم", "ראש ראש ראש",
# glued fragments), seeded like the English imitation above.
_RTL_PIECES = {
    "ar": [
        "الم",
        "ون",
        "ويام",
        "وصح",
        "صحون",
        "المصح",
        "آون",
        "قال",
        "إسرائيل",
        "غزة",
        "الموساد",
        "القاهرة",
        "في",
        "من",
    ],
    "he": ["ראש", "לא", "היר", "עבר", "נו", "דיווח", "ישראל", "עזה", "המוסד", "קהיר", "של", "את"],
}


def model_like_translation(lang: str, words: int, seed: int = 7) -> str:
    """A translation shaped like a random-weight translator's: a few pieces repeated and
    glued together, a stray English name or two."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < words:
        word = "".join(rng.choice(_RTL_PIECES[lang]) for _ in range(rng.choice((1, 1, 1, 3))))
        out.append(word)
        if rng.random() < 0.5:
            out.extend([out[-1]] * rng.randint(1, 6))
        if rng.random() < 0.02:
            out.append(rng.choice(("Israeli", "Mossad", "David")))
    return " ".join(out[:words])


def _clear_caches() -> None:
    for cached in (
        align.index_source, content_keys.content_words, content_keys.word_keys,
        content_keys.is_content,
        numbers._find_numbers, text.fold, text._sentences, text._stems, text._quote_spans,
        text._words, hedges._hedge_before, name_tokens.tokens_of, name_tokens._names_of,
        name_tokens.norm, name_tokens.stem, name_tokens.sentence_stems,
        name_tokens.stem_positions, names._vocabulary, cues.cue_count,
        headline_polarity.negated, speaker_finding._speakers,
    ):  # fmt: skip
        cached.cache_clear()


def time_check(check: Callable[[], object], repeats: int = 5) -> float:
    """Median milliseconds of one cold check."""
    times = []
    for _ in range(repeats):
        _clear_caches()
        started = time.perf_counter()
        check()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def speed_report(guard: Guard, article: str, baseline: Callable[[str, str], object]) -> list[str]:
    """Lines of the speed table: each kind of brief, guard and naive baseline, in ms."""
    lines = [
        f"speed on a {len(article.split())}-word article (median of 5 cold checks;"
        f" target <= {TARGET_MS:.0f} ms):",
        f"{'brief':<34}{'words':>6}{'guard ms':>10}{'baseline ms':>13}",
    ]
    briefs = {
        "hand-written": HAND_BRIEF,
        "model-like (300 words)": model_like_output(article, 300),
        "model-like, stress (1100 words)": model_like_output(article, 1100),
    }
    worst = 0.0
    for label, brief in briefs.items():
        ms = time_check(lambda b=brief: guard.check(article, b, headline="Mossad chief to Cairo"))
        base = time_check(lambda b=brief: baseline(article, b))
        if "stress" not in label:
            worst = max(worst, ms)
        lines.append(f"{label:<34}{len(brief.split()):>6}{ms:>10.1f}{base:>13.3f}")
    for lang in ("ar", "he"):
        translation = model_like_translation(lang, 450)
        ms = time_check(
            lambda t=translation, la=lang: guard.check("", t, lang=la, english_summary=HAND_BRIEF)
        )
        base = time_check(lambda t=translation: baseline(HAND_BRIEF, t))
        worst = max(worst, ms)
        label = f"model-like {lang} translation"
        lines.append(f"{label:<34}{len(translation.split()):>6}{ms:>10.1f}{base:>13.3f}")
    met = "met" if worst <= TARGET_MS else "NOT met"
    lines.append(f"speed target (every row but the stress row): {met}")
    return lines


def reader_cost(guard: Guard, cases: list[Labelled]) -> list[str]:
    """Per language, the faithful briefs that readers would not get as written."""
    outcome: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        if case.fault is not None:
            continue
        if case.english_summary is not None:  # a translation of the English brief
            status = guard.review_translation(
                case.lang, case.english_summary, case.summary, retranslate_protected=None
            ).status
        elif case.lang == "en":
            status = guard.review_english(
                case.source, case.summary, title=case.headline, regenerate=None
            ).status
        else:  # a brief in the article's own language: checked, and sent or withheld
            report = guard.check(case.source, case.summary, **case.check_kwargs())
            status = "ok" if report.ok else "withheld"
        outcome[case.lang].append(status)
    lines = [
        "faithful briefs readers would not get as written (fallback or withheld):",
        f"{'lang':<6}{'faithful':>9}{'repaired':>10}{'fallback':>10}{'withheld':>10}",
    ]
    for lang, statuses in sorted(outcome.items()):
        n = len(statuses)
        row = [statuses.count(s) / n for s in ("repaired", "fallback", "withheld")]
        lines.append(f"{lang:<6}{n:>9}" + "".join(f"{100 * r:>9.1f}%" for r in row))
    return lines

"""Whose claim a headline states, and whether a brief sentence reports it as theirs.

A headline may carry its own attribution: "Florida Airport Assailant May Have Heard Voices
Urging Violence, Officials Say", "Rebels deny report of ceasefire", "الناشط ... لـ«الصباح»:
كل الشروط متوفرة". A brief sentence that says the same speaker said the headline's claim
("Officials say the Florida airport assailant may have heard voices urging violence")
reports what someone said, as the headline does; it does not adopt the outlet's framing as
our own words. It counts as such only when

- the attribution covers the clauses that hold the copied words (the speaker is said to
  have said them, not merely named beside them), and
- a clause that holds them names the headline's own speaker, and
- it does not paste the whole headline in one unbroken run ("Iraq says deal reached over
  ..."): that is the outlet's wording, cue and all, whoever it names. "Speaker: claim"
  retold as "Speaker said that claim" breaks the run at the cue it adds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.attributed_clauses import clauses, speaker_colon
from summarizer.guard.cues import EN_CUES, cue_at
from summarizer.guard.en_false_cues import not_attribution_en
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import fold, quote_spans, words

MAX_SPEAKER_WORDS = 10  # a longer stretch before a cue or a colon is a claim, not a speaker
MIN_SPEAKER_LETTERS = 3  # shorter words ("al", "UK") are too common to identify a speaker
# Where a trailing attribution starts: ", Officials Say", " - report", " — UK intel"
_TRAILING_BREAK = re.compile(r"[,;:]\s|\s[-–—]\s")


def reports_headline_speaker(
    headline: str, sentence: str, lang: str, copied: list[str], whole: bool
) -> bool:
    """Whether ``sentence`` reports the headline's claim as said by the headline's own
    speaker; ``copied`` are the headline's runs it copies, ``whole`` whether one of them
    is the whole headline."""
    if whole:
        return False
    speaker = headline_speaker(headline, lang)
    if not speaker:
        return False
    holding = [
        (clause, covered)
        for clause, covered in clauses(sentence, lang)
        if any(f" {run} " in _folded(clause) for run in copied)
    ]
    named = any(speaker & {fold(w) for w in words(clause)} for clause, _ in holding)
    return named and all(covered for _, covered in holding)


@lru_cache(maxsize=1024)
def headline_speaker(headline: str, lang: str) -> frozenset[str]:
    """The content words that name whom the headline attributes its claim to (folded);
    empty when it states the claim in its own voice."""
    text = _without_quotations(headline)
    label = _colon_label(text, lang)
    if label is not None:
        return _content(label, lang)
    if lang == "en":
        return _english_speaker(text)
    tokens = [fold(w) for w in words(text)]
    for i in range(len(tokens)):
        if cue_at(tokens, i, lang):
            # a verb-first cue names its speaker after it ("قال الناشط ..."), a trailing one
            # before it; the shorter side is the speaker, the longer the claim
            before, after = tokens[:i], tokens[i + 1 :]
            side = before if len(before) <= len(after) else after
            return _content(" ".join(side[:MAX_SPEAKER_WORDS]), lang)
    return frozenset()


def _english_speaker(text: str) -> frozenset[str]:
    for m in EN_CUES.finditer(text):
        if not_attribution_en(text, m) or m.group(0).lower().startswith("according"):
            continue
        before, after = text[: m.start()], text[m.end() :].strip(" .!?")
        if after.lower().startswith("by ") and len(words(after)) <= MAX_SPEAKER_WORDS:
            return _content(after[3:], "en")  # "... condemned by doctor"
        breaks = list(_TRAILING_BREAK.finditer(before))
        if not after:  # "..., Officials Say": after the last break
            return _content(before[breaks[-1].end() :] if breaks else "", "en")
        if len(words(before)) <= MAX_SPEAKER_WORDS and not breaks:  # "Rebels deny ..."
            return _content(before, "en")
    return frozenset()


def _colon_label(text: str, lang: str) -> str | None:
    """The label of a 'Speaker: claim' headline, when short enough to be a speaker (in
    English only a capitalised name: "Gaza war: ..." is a topic)."""
    head, colon, rest = text.partition(":")
    if not colon or not words(rest) or len(words(head)) > MAX_SPEAKER_WORDS:
        return None
    if lang == "en" and not speaker_colon(text, lang):
        return None
    return head


def _content(text: str, lang: str) -> frozenset[str]:
    return frozenset(
        fold(w)
        for w in words(text)
        if len(w) >= MIN_SPEAKER_LETTERS and fold(w) not in STOP[lang] and not w.isdigit()
    )


def _without_quotations(text: str) -> str:
    spans = quote_spans(text)
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return " ".join(kept)


def _folded(text: str) -> str:
    return " " + " ".join(fold(w) for w in words(text)) + " "

"""Framing: a brief must not adopt the outlet's headline as its own sentence.

Headlines carry the outlet's framing ("... Has Put the West Bank on Lockdown"). A summary
sentence that copies most of the headline's own words, in phrases of two or more words, is
flagged. Words the headline quotes from someone are left out of the comparison: quoting a
speaker, with attribution, is allowed; so is saying that the speaker the headline itself
names said its claim (headline_speakers.py), or that the piece itself says it ("an
analysis argues that ...", piece_frames.py). A feed entry's title told in a sentence's own
grammar, in a brief that also carries the entry's description, is the entry summarised
(feed_titles.py).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from summarizer.guard.feed_titles import retells_feed_title
from summarizer.guard.headline_speakers import reports_headline_speaker
from summarizer.guard.piece_frames import before_piece_frame
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, quote_spans, sentences, words

MIN_HEADLINE_WORDS = 4
MAX_SHARED = 0.6  # share of the headline's words that one sentence may copy
# A one-sentence item (a feed entry, a breaking-news flash) has little to say beyond its
# title: its brief may share more of the title's words before it counts as adopting it.
MAX_SHARED_SHORT = 0.77
MIN_PHRASE = 2  # copied runs shorter than this are shared vocabulary, not copied wording


def headline_words(headline: str) -> list[str]:
    """The headline's own words (quotations removed), folded."""
    kept, last = [], 0
    for start, end in quote_spans(headline):
        kept.append(headline[last:start])
        last = end
    kept.append(headline[last:])
    return [fold(w) for w in words(" ".join(kept))]


def overlap(headline: list[str], sentence: str, body: str = "") -> float:
    """Share of the headline's words that the sentence copies in runs of two or more.

    A copied run that the article's own text also has, word for word, is not counted: a
    breaking item whose one sentence restates its headline may be summarised in that
    sentence's words; that is the source's wording, not the headline's framing.
    """
    if not headline:
        return 0.0
    return sum(len(run.split()) for run in copied_runs(headline, sentence, body)) / len(headline)


def copied_runs(headline: list[str], sentence: str, body: str = "") -> list[str]:
    """The headline's runs of two or more words that the sentence copies (folded) and the
    article's own text does not have word for word."""
    mine = [fold(w) for w in words(sentence)]
    matcher = SequenceMatcher(a=headline, b=mine, autojunk=False)
    runs = []
    for block in matcher.get_matching_blocks():
        run = " ".join(headline[block.a : block.a + block.size])
        if block.size >= MIN_PHRASE and f" {run} " not in body:
            runs.append(run)
    return runs


def body_text(source: str, headline: str) -> str:
    """The article's words without its headline, folded, space-delimited for lookups."""
    text = source.replace(headline.strip(), " ") if headline.strip() else source
    return " " + " ".join(fold(w) for w in words(text)) + " "


def titled(headline: str, source: str) -> bool:
    """Whether the source holds the headline as one of its lines (a feed entry's text opens
    with its title): the headline is then source text, that a brief may draw on."""
    title = headline.strip()
    if not title or title not in source:
        return False
    return any(line.strip() == title for line in source.splitlines())


def _credited_to_piece(own: list[str], sentence: str, body: str) -> bool:
    """Whether the sentence credits the headline's words to the piece ("An analysis argues
    that ..."): none is copied before the frame naming it ("Trackers harm the heart, a
    study warns" adopts the headline first, in our voice)."""
    before = before_piece_frame(sentence)
    return before is not None and not copied_runs(own, before, body)


def check_headline(
    headline: str, summary: str, source: str = "", lang: str = "en"
) -> list[Problem]:
    own = headline_words(headline)
    if len(own) < MIN_HEADLINE_WORDS:
        return []
    body = body_text(source, headline) if source else ""
    untitled = source.replace(headline.strip(), " ") if source else ""
    short = bool(source) and len(sentences(untitled)) <= 1
    limit = MAX_SHARED_SHORT if short else MAX_SHARED
    # a feed entry's title is a line of its source: told as a sentence beside its
    # description, it is the entry summarised (feed_titles.py)
    description = untitled if titled(headline, source) else ""
    problems = []
    for sentence in sentences(summary):
        runs = copied_runs(own, sentence.text, body)
        share = sum(len(run.split()) for run in runs) / len(own)
        if share < limit or reports_headline_speaker(
            headline, sentence.text, lang, runs, whole=runs == [" ".join(own)]
        ):
            continue
        if lang == "en" and _credited_to_piece(own, sentence.text, body):
            continue
        if not (description and retells_feed_title(own, sentence.text, summary, description, lang)):
            problems.append(
                Problem(
                    "headline",
                    f"repeats {share:.0%} of the outlet's headline ({headline.strip()!r}) "
                    "as our own words",
                    sentence.text,
                )
            )
    return problems

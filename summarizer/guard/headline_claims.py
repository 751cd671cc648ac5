"""The headline's claim retold in the brief's own grammar, where the body never makes it.

Headlines have a grammar of their own: the present tense for a past event ("Settlers
rampage in Huwara, torch homes, cars"), no articles, commas for "and". A brief that takes
the headline's claim retells it in a sentence's grammar ("as settlers torched homes and
cars in Huwara"), so the headline's words come back inflected and with function words
between them, and a comparison of the two word for word (headline_only.py) sees no run.
Here the headline and each brief sentence are compared by their content words only, each
met by its keys (any inflection, any proclitic): a run of two or more of the headline's
content words in a row, in the brief's sentence in the same order, that holds content
words the article's body has in no form, is the headline's claim told as the story.

The thresholds are headline_only.py's: in an article whose body is long enough to restate
its headline, one body-less word in such a run is enough; in a feed item's teaser, only a
run of TEASER_CLAIM title-only words after the brief has followed a body sentence counts (a
faithful brief of a teaser may use its title's vocabulary). A figure in the run is the
number check's, and a run the brief says the headline's own speaker said is reported
speech (headline_speakers.py).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from summarizer.guard.content_keys import all_word_keys, is_content, part_keys, word_keys
from summarizer.guard.headline import body_text, headline_words
from summarizer.guard.headline_only import (
    MIN_BODY_SENTENCES,
    MIN_PHRASE,
    TEASER_CLAIM,
    headline_only_word,
    past_body_frame,
)
from summarizer.guard.headline_speakers import reports_headline_speaker
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, words


def check_headline_claims(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """Brief sentences that retell a run of the headline's content words, inflected, with
    a word of it the article's body never has."""
    own = [w for w in headline_words(headline) if is_content(w, lang)]
    if len(own) < MIN_PHRASE:
        return []
    body_sentences = sentences(source.replace(headline.strip(), " "))
    teaser = len(body_sentences) < MIN_BODY_SENTENCES
    bodies = (
        [[fold(w) for w in words(b.text) if is_content(w, lang)] for b in body_sentences]
        if teaser
        else []
    )
    body_keys = _BodyKeys(source, headline, lang)
    own_keys = [word_keys(w, lang) for w in own]
    problems = []
    for sentence in sentences(summary):
        mine = words(sentence.text)
        start = past_body_frame(mine, bodies, lang) if teaser else 0
        if start is None:
            continue
        at = [i for i, w in enumerate(mine) if i >= start and is_content(w, lang)]
        found = _claimed_run([mine[i] for i in at], own, own_keys, body_keys, lang, teaser)
        if found is None:
            continue
        first, last, unsupported = found
        run = mine[at[first] : at[last] + 1]
        said = " ".join(fold(w) for w in run)
        if not reports_headline_speaker(headline, sentence.text, lang, [said], whole=False):
            problems.append(
                Problem(
                    "headline",
                    f"retells {' '.join(run)!r} from the headline ({headline.strip()!r}); "
                    f"the article's body never says {', '.join(unsupported)!r}",
                    sentence.text,
                )
            )
    return problems


def _claimed_run(
    content: list[str],
    own: list[str],
    own_keys: list[frozenset[str]],
    body_keys: _BodyKeys,
    lang: str,
    teaser: bool,
) -> tuple[int, int, list[str]] | None:
    """The first run of the brief's content words (``content``) that meets the headline's
    (``own``, with their keys) in order, retold (a word of it spelled otherwise than the
    headline spells it: a run in the headline's own spelling is headline_only.py's to
    judge), with enough words the body lacks: its first and last index in ``content``, and
    those words."""
    as_headline = []
    for word in content:
        keys = word_keys(word, lang)
        hit = next((own[j] for j, k in enumerate(own_keys) if k & keys), None)
        as_headline.append(hit if hit is not None else "\0" + fold(word))
    matcher = SequenceMatcher(a=own, b=as_headline, autojunk=False)
    for block in matcher.get_matching_blocks():
        if block.size < MIN_PHRASE:
            continue
        run = content[block.b : block.b + block.size]
        if all(fold(w) == h for w, h in zip(run, own[block.a :], strict=False)):
            continue  # the headline's own spelling: word-for-word copying, judged elsewhere
        if any(ch.isdigit() for w in run for ch in w):
            continue  # "at least 59": a figure and its hedge are the number check's
        unsupported = [w for w in run if headline_only_word(w, body_keys.get(), lang)]
        told = sum(len(part_keys(w, lang)) for w in unsupported)
        if told >= (TEASER_CLAIM if teaser else 1):
            return block.b, block.b + block.size - 1, unsupported
    return None


class _BodyKeys:
    """The keys of every word of the article's body, worked out on first use: most brief
    sentences retell no run of the headline, and a long body's keys are the costly part."""

    def __init__(self, source: str, headline: str, lang: str) -> None:
        self._source, self._headline, self._lang = source, headline, lang
        self._keys: set[str] | None = None

    def get(self) -> set[str]:
        if self._keys is None:
            self._keys = all_word_keys(body_text(self._source, self._headline), self._lang)
        return self._keys

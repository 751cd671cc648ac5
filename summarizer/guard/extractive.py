"""The extractive fallback: a brief made of the source's own sentences.

Used when an abstractive summary fails the checks and a second try fails too. It takes the
first self-contained sentences of the source, in order, each whole with its attribution, so
that every number, name and "according to" comes from the source as written. Loaded terms
in the source's own voice are replaced by their neutral forms; sentences that repeat the
headline, ask questions, open with a pronoun or are unattributed quotations are skipped.
The guard still checks the result, like any other brief.
"""

from __future__ import annotations

import re

from summarizer.guard.attribution import has_cue
from summarizer.guard.headline import MAX_SHARED, MIN_HEADLINE_WORDS, headline_words, overlap
from summarizer.guard.lexicon import Lexicon, tidy
from summarizer.guard.text import quote_spans, sentences, words

MIN_SENTENCES = 2
MAX_SENTENCES = 4
MAX_CHARS = 700
MIN_WORDS, MAX_WORDS = 6, 70

_DANGLING = re.compile(
    r"^(?:he|she|it|they|this|these|that|those|his|her|their|its|but|and|so|however|also"
    r"|meanwhile|then|there|here)\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(r"https?://|©|subscribe|sign in|click|cookie|newsletter", re.I)
_ENDS = tuple(".!”\"»'’")
_QUOTE_MARKS = re.compile('["“”«»]')


def usable(sentence: str, lang: str, headline: list[str]) -> bool:
    """Whether a source sentence can stand alone in a brief."""
    n = len(words(sentence))
    if not MIN_WORDS <= n <= MAX_WORDS or not sentence.rstrip().endswith(_ENDS):
        return False
    if _BOILERPLATE.search(sentence) or (lang == "en" and _DANGLING.match(sentence)):
        return False
    quotes = quote_spans(sentence)
    marks = len(_QUOTE_MARKS.findall(sentence))
    if marks != 2 * len([q for q in quotes if sentence[q[0]] != "‘"]):
        return False  # a quotation that starts or ends in another sentence
    if quotes and not has_cue(sentence, lang):
        return False  # a quotation without who said it
    return not (len(headline) >= MIN_HEADLINE_WORDS and overlap(headline, sentence) >= MAX_SHARED)


def extractive_brief(
    source: str,
    lexicon: Lexicon,
    *,
    headline: str | None = None,
    max_sentences: int = MAX_SENTENCES,
    max_chars: int = MAX_CHARS,
) -> str:
    """Up to ``max_sentences`` leading usable sentences of the source (at least two if the
    source has them), loaded terms neutralised, within ``max_chars``."""
    own_headline = headline_words(headline) if headline else []
    chosen: list[str] = []
    length = 0
    for sentence in sentences(source):
        text = sentence.text
        if not usable(text, lexicon.lang, own_headline):
            continue
        text = tidy(lexicon.repair(text))
        if len(chosen) >= MIN_SENTENCES and length + len(text) > max_chars:
            break
        chosen.append(text)
        length += len(text) + 1
        if len(chosen) >= max_sentences:
            break
    return " ".join(chosen)

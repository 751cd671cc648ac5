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

from summarizer.guard.cues import has_cue
from summarizer.guard.datelines import strip_dateline
from summarizer.guard.headline import MAX_SHARED, MIN_HEADLINE_WORDS, headline_words, overlap
from summarizer.guard.lexicon import Lexicon
from summarizer.guard.text import is_gershayim, quote_spans, sentences, tidy, words

MIN_SENTENCES = 2
MAX_SENTENCES = 4
MAX_CHARS = 700
MIN_WORDS, MAX_WORDS = 6, 70

_DANGLING = re.compile(
    r"^(?:he|she|it|they|this|these|that|those|his|her|their|its|but|and|so|however|also"
    r"|meanwhile|then|there|here)\b",
    re.IGNORECASE,
)
# The same for Arabic and Hebrew: a pronoun or "he added" points back to a sentence left out.
_DANGLING_RTL = {
    "ar": re.compile(r"^(?:هو|هي|هم|هذا|هذه|لكن|ولكن|كما|وأضاف|واضاف|وأضافت|وتابع|وتابعت)(?!\w)"),
    "he": re.compile(r"^(?:הוא|היא|הם|הן|זה|זו|אבל|גם|עוד)(?!\w)"),
}
_BOILERPLATE = re.compile(r"https?://|©|subscribe|sign in|click|cookie|newsletter", re.I)
_ENDS = tuple(".!”\"»'’")
_QUOTE_MARKS = re.compile('["“”«»]')


def usable(sentence: str, lang: str, headline: list[str], *, strict: bool = True) -> bool:
    """Whether a source sentence can stand alone in a brief (``strict``: it must end like
    a sentence; short feed descriptions often do not)."""
    n = len(words(sentence))
    if not MIN_WORDS <= n <= MAX_WORDS or (strict and not sentence.rstrip().endswith(_ENDS)):
        return False
    if _BOILERPLATE.search(sentence) or _dangling(sentence, lang):
        return False
    quotes = quote_spans(sentence)
    marks = sum(1 for m in _QUOTE_MARKS.finditer(sentence) if not is_gershayim(sentence, m.start()))
    # (single marks are not counted: they are apostrophes as often as quote marks)
    if marks != 2 * len([q for q in quotes if sentence[q[0]] not in "‘'"]):
        return False  # a quotation that starts or ends in another sentence
    if quotes and not has_cue(sentence, lang):
        return False  # a quotation without who said it
    return not (len(headline) >= MIN_HEADLINE_WORDS and overlap(headline, sentence) >= MAX_SHARED)


def _dangling(sentence: str, lang: str) -> bool:
    if lang == "en":
        return _DANGLING.match(sentence) is not None
    pattern = _DANGLING_RTL.get(lang)
    return pattern is not None and pattern.match(sentence.lstrip()) is not None


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
    candidates = [strip_dateline(s.text) for s in sentences(source)]
    chosen: list[str] = []
    for strict in (True, False):
        usable_ones = [
            c for c in candidates if usable(c, lexicon.lang, own_headline, strict=strict)
        ]
        chosen = _lead(usable_ones, lexicon, max_sentences, max_chars)
        if chosen:
            break
    return " ".join(chosen)


def _lead(candidates: list[str], lexicon: Lexicon, max_sentences: int, max_chars: int) -> list[str]:
    chosen: list[str] = []
    length = 0
    for candidate in candidates:
        text = tidy(lexicon.repair(candidate)).strip()
        if not text.endswith(_ENDS):
            text += "."
        if len(chosen) >= MIN_SENTENCES and length + len(text) > max_chars:
            break
        chosen.append(text)
        length += len(text) + 1
        if len(chosen) >= max_sentences:
            break
    return chosen

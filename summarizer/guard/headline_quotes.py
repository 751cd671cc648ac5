"""A headline's condensed quotation given as the speaker's own words.

A headline often shortens what a speaker said and still puts it in quotation marks
(Nasrallah: "wars and assassinations will not change this"), while its article quotes the
speaker's full words ("whoever thinks he can change our position by wars, assassinations or
sanctions is wrong"). A brief that quotes the headline's wording, which the body's text
nowhere has, puts the outlet's condensation in the speaker's mouth. Only an article that
quotes someone itself is read: where the body quotes no one, the headline's quotation is
the only wording the item gives, and a brief may take it.
"""

from __future__ import annotations

from summarizer.guard.report import Problem
from summarizer.guard.text import fold, quote_spans, sentences, words

MIN_QUOTE = 3  # words: a shorter quotation is a term or a name ("Day of Hate"), not a saying


def _folded(text: str) -> str:
    """The text's words, folded, space-delimited for lookups of a run of words."""
    return " " + " ".join(fold(w) for w in words(text)) + " "


def _quotations(text: str) -> list[tuple[int, str]]:
    """The quotations of MIN_QUOTE or more words in the text, with where each starts."""
    return [(a, text[a:b]) for a, b in quote_spans(text) if len(words(text[a:b])) >= MIN_QUOTE]


def check_headline_quotes(headline: str, summary: str, source: str) -> list[Problem]:
    """Brief quotations worded as the headline words them, not as the body quotes them."""
    body = source.replace(headline.strip(), " ") if headline.strip() else source
    if not headline.strip() or not _quotations(body):
        return []
    in_headline, in_body = _folded(headline), _folded(body)
    problems = []
    for start, quoted in _quotations(summary):
        run = _folded(quoted)
        if run in in_headline and run not in in_body:
            around = [s.text for s in sentences(summary) if s.start <= start]
            problems.append(
                Problem(
                    "headline",
                    f"quotes the headline's wording ({headline.strip()!r}) as the speaker's "
                    "words; the article quotes the speaker otherwise",
                    around[-1] if around else quoted,
                )
            )
    return problems

"""Which source sentences an attributed sentence of a brief rests on, for the speaker check.

A sentence that quotes rests on the source sentences holding its quoted words (and, for a
quotation that opens a new paragraph without a speaker, on the quoting sentence before
it); one that does not rests on the attributed sentences what it says aligns with best.
A negated claim ("he did not raise the matter with other family members") rests on a
sentence that negates it too: where the sentences it aligns with best state the opposite
("an unnamed member of the family raised the issue") and a close sentence of the source
negates ("he did not broach the topic with other family members"), that sentence is the
one the claim retells, and its speaker the one to compare.
"""

from __future__ import annotations

from summarizer.guard import speaker_spans
from summarizer.guard.align import Alignment, SourceIndex, align, split_claims
from summarizer.guard.content_keys import content_words
from summarizer.guard.headline_polarity import negated
from summarizer.guard.speaker_finding import speakers
from summarizer.guard.text import fold, quote_spans, words

LOOK_BACK = 4  # sentences searched for the name a "he said" points back to


def candidate_sentences(sentence: str, said: str, index: SourceIndex, lang: str) -> list[int]:
    """The attributed source sentences this sentence rests on: those holding its quoted
    words if it quotes, else those what it says (``said``: the sentence without its
    speaker) aligns with best."""
    quoted = [sentence[a + 1 : b - 1] for a, b in quote_spans(sentence)]
    found: list[int] = []
    for quote in quoted:
        probe = " ".join(fold(w) for w in words(quote)[:4])
        if len(probe.split()) >= 4:
            found += [
                i
                for i, s in enumerate(index.sentences)
                if probe in " ".join(fold(w) for w in words(s.text))
            ]
    found = [quote_speaker_at(index, i, lang) for i in found]
    found = [i for i in found if speakers(index.sentences[i].text, lang)]
    if not found:  # no quotation, or one nobody speaks: a title ("The Marvelous Mrs Maisel")
        for claim in split_claims(said, lang):
            if len(content_words(claim.text, lang)) < speaker_spans.MIN_CLAIM_WORDS:
                continue  # "and is out of service": too little to say whose words it is
            # a quotation that goes on in a sentence of its own is its speaker's too
            aligned = _same_polarity(align(claim, index), index)
            found += [_quote_goes_on(index, i, lang) for i in aligned]
    return [i for i in dict.fromkeys(found) if speakers(index.sentences[i].text, lang)]


def _quote_goes_on(index: SourceIndex, i: int, lang: str) -> int:
    """The sentence before sentence i when sentence i is all quotation, without a
    speaker, and goes on with what the quoting sentence before it quotes (“…,” Skaik
    said. “Today there are no medicines …”): whose words they are."""
    text = index.sentences[i].text.strip()
    if i == 0 or speakers(text, lang) or not _all_quoted(text):
        return i
    before = index.sentences[i - 1].text
    return i - 1 if quote_spans(before) and speakers(before, lang) else i


def _all_quoted(text: str) -> bool:
    return any(start == 0 and end >= len(text) - 1 for start, end in quote_spans(text))


def quote_speaker_at(index: SourceIndex, i: int, lang: str) -> int:
    """The sentence that names who speaks the quotation in sentence i: itself, or, for a
    quotation that opens without a speaker (a new paragraph of the same quotation), the
    last quoting sentence before it that names one."""
    if speakers(index.sentences[i].text, lang):
        return i
    for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
        text = index.sentences[j].text
        if quote_spans(text) and speakers(text, lang):
            return j
    return i


def _same_polarity(aligned: Alignment, index: SourceIndex) -> tuple[int, ...]:
    """The sentences a claim aligns with; for a negated claim none of which negates, the
    closest attributed sentence that does (among those near enough to state its
    figures), first."""
    lang = index.lang
    if not negated(aligned.claim.text, lang) or any(
        negated(index.sentences[i].text, lang) for i in aligned.sentences
    ):
        return aligned.sentences
    negating = [
        i
        for i in aligned.near
        if negated(index.sentences[i].text, lang) and speakers(index.sentences[i].text, lang)
    ]
    return (negating[0], *aligned.sentences) if negating else aligned.sentences

"""Support for what someone is said to have said, and for clauses added to a claim.

Two ways a true claim carries invented content that the word-share support check misses,
because each word is somewhere in the source:

- "…, and said most stay-at-home orders could be lifted by May": a claim reported as
  someone's words that rests only on the writer's own narration ("Stay-at-home orders have
  closed businesses in 42 states") and adds a word the source nowhere has. Nobody in the
  source says it.
- "a November 6 attack hit the third floor, killing four people, in a strike the Israeli
  military said had targeted militants nearby": a clause hung on a claim about one event
  whose words come from sentences about other events, none of them near the sentences the
  claim rests on.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, Claim, SourceIndex, align
from summarizer.guard.attributed_clauses import is_attributed
from summarizer.guard.content_keys import content_words, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.outlets import without_credits
from summarizer.guard.report import Problem
from summarizer.guard.speaker_candidates import quote_speaker_at
from summarizer.guard.text import fold, words

NEIGHBOURS = 1  # sentences either side of a claim's own that still speak of its event
MIN_PIECE_WORDS = 4  # content words of an added clause judged on its own
LOCAL_MIN = 0.25  # share of an added clause's words its claim's sentences must have
ALONE_MIN = 0.7  # unless the clause, aligned on its own, is this well supported
_PIECE_BREAK = re.compile(r"[,،]\s")


def check_said_support(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Claims reported as a speaker's words that only the narration backs, and reported
    clauses hung on a claim that the sentences of its event do not back."""
    problems = []
    for at, alignment in enumerate(alignments):
        claim = alignment.claim.text
        if at and _said_without_speaker(alignments[at - 1], alignment, index, lang):
            problems.append(
                Problem(
                    "unsupported",
                    "reported as the same speaker's words, but the source says it in nobody's "
                    "words and has not all of it",
                    claim,
                )
            )
            continue
        piece = _unanchored_piece(alignment, index, lang)
        if piece:
            problems.append(
                Problem(
                    "unsupported",
                    "a clause added to this claim is not in the sentences the claim rests on",
                    piece,
                )
            )
    return problems


def _said_without_speaker(
    before: Alignment, alignment: Alignment, index: SourceIndex, lang: str
) -> bool:
    """A claim that goes on with the speaker of the claim before it ("..., and said most
    orders could be lifted"), where that claim rests on an attributed sentence but this
    one only on the writer's narration away from it, missing a word of the claim that the
    source nowhere has."""
    claim = alignment.claim.text
    if before.claim.sentence != alignment.claim.sentence or not _opens_with_cue(claim, lang):
        return False
    spoken = [i for i in before.sentences if is_attributed(index.sentences[i].text, lang)]
    if not spoken or not alignment.sentences:
        return False
    near = {j for i in alignment.sentences for j in (i - 1, i)}
    if any(is_attributed(index.sentences[j].text, lang) for j in near if j >= 0):
        return False
    if set(alignment.sentences) & {j for i in spoken for j in (i - 1, i + 1)}:
        return False  # the sentence right beside the speaker's may be theirs too
    return any(
        not word_keys(w, lang) & index.everywhere for w in words(claim) if content_words(w, lang)
    )


def _opens_with_cue(claim: str, lang: str) -> bool:
    """Whether the claim's first word says that someone says it ("said …", "ואמר …",
    "وأضاف …"): its speaker is the one named before it."""
    first = words(claim)[:1]
    return bool(first) and has_cue(first[0], lang)


def _unanchored_piece(alignment: Alignment, index: SourceIndex, lang: str) -> str:
    """A later comma-piece of the claim that reports someone's words ("in a strike the
    military said had targeted militants nearby") which the sentences the claim's own
    event rests on (and their neighbours) mostly lack and which the source does not
    support well on its own."""
    pieces = claim_pieces(alignment.claim.text, lang)
    if len(pieces) < 2 or not alignment.sentences:
        return ""
    keys = home_keys(alignment, pieces[0], index)
    for piece in pieces[1:]:
        if _goes_on_speaking(piece) and is_attributed(pieces[0], lang):
            continue  # "..., مؤكدا أن ...", "..., adding that ...": the same speaker goes on
        # an outlet credited with the report ("according to a report carried by the
        # Jerusalem Post") names where the brief comes from, not an event
        mine = content_words(without_credits(piece) if lang == "en" else piece, lang)
        if len(mine) < MIN_PIECE_WORDS or not has_cue(piece, lang):
            continue
        local = sum(1 for w in mine if w & keys) / len(mine)
        if local >= LOCAL_MIN:
            continue
        alone = align(Claim(piece, alignment.claim.sentence), index)
        # the predicate that ends its sentence: one that goes on ("... and was expected
        # to ...") hangs more on the subject's words, and stays judged as a clause added
        sentence = alignment.claim.sentence
        subject = _PIECE_BREAK.split(sentence, maxsplit=1)[0]
        ends = _ends_predicate(sentence, alignment.claim.text)
        if ends and _subjects_own_words(subject, piece, alone, index, lang):
            continue
        if alone.support < ALONE_MIN:
            return piece
    return ""


def claim_pieces(claim: str, lang: str) -> list[str]:
    """The claim's comma-pieces, less a leading frame that names only its speaker
    ("According to X, ..."): the speaker, not the event."""
    pieces = [p for p in _PIECE_BREAK.split(claim) if p.strip()]
    while pieces and frame(pieces[0], lang):
        pieces = pieces[1:]
    return pieces


def home_keys(alignment: Alignment, head: str, index: SourceIndex) -> frozenset[str]:
    """The word keys of the sentences a claim's event rests on: the best sentence for the
    claim and for its first piece, with their neighbours."""
    first = align(Claim(head, alignment.claim.sentence), index)
    home = {*first.sentences[:1], *alignment.sentences[:1]}
    around = {
        j
        for i in home
        for j in range(i - NEIGHBOURS, i + NEIGHBOURS + 1)
        if 0 <= j < len(index.sentences)
    }
    return frozenset().union(*(index.keys[j] for j in around))


def _subjects_own_words(
    subject: str, piece: str, alone: Alignment, index: SourceIndex, lang: str
) -> bool:
    """ "Nesma Hajjaj, 25, who fled ..., said her baby had spent 10 days in the nursery":
    a piece that opens with the speech verb is the sentence's own predicate, its subject
    the first piece; where the source sentence that best backs it names that subject
    (“...,” Hajjaj said), the subject's words are quoted from another part of the story."""
    if not _opens_with_cue(piece, lang) or not alone.sentences:
        return False
    names = [word_keys(w, lang) for w in words(subject) if content_words(w, lang)]
    if not names:
        return False
    best = alone.sentences[0]
    # “...,” X told DW. “The former colonies ...”: a quotation that goes on in a sentence
    # of its own is named by the quoting sentence before it
    theirs = index.keys[best] | index.keys[quote_speaker_at(index, best, lang)]
    return any(keys & theirs for keys in names)


# ", and that ...": a second thing said under the same verb, not a predicate going on
_SECOND_COMPLEMENT = re.compile(r"^[,\s]*and\s+that\b", re.IGNORECASE)


def _ends_predicate(sentence: str, claim: str) -> bool:
    """Whether a claim is the predicate that ends its sentence, or one followed only by
    another complement of its own speech verb ("X told DW that A, and that B")."""
    sentence, claim = sentence.rstrip(), claim.rstrip()
    if sentence.endswith(claim):
        return True
    at = sentence.find(claim)
    return at >= 0 and bool(_SECOND_COMPLEMENT.match(sentence[at + len(claim) :]))


# participles of saying that bring in no new speaker: the claim's own goes on
_GOES_ON = {
    fold(w)
    for w in (
        *("adding", "saying", "noting", "stressing", "insisting", "arguing"),
        *("مؤكدا", "مؤكدة", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة"),
        *("قائلا", "قائلة", "لافتا", "لافتة", "معتبرا", "معتبرة"),
    )
}


def _goes_on_speaking(piece: str) -> bool:
    first = words(piece)[:1]
    return bool(first) and fold(first[0]) in _GOES_ON


FRAME_WORDS = 8  # a piece this short with a cue names a speaker ("According to X,")


def frame(piece: str, lang: str) -> bool:
    return len(words(piece)) <= FRAME_WORDS and has_cue(piece, lang)

"""Which clauses of a sentence an attribution covers.

A sentence is attributed when it has a cue ("said", "according to", قال, לדברי), a
quotation introduced by a colon, an English headline that names its speaker, or when it is
all quotation. A cue covers its clause; a trailing cue ("..., officials said.") covers the
whole sentence, so "X denied a report that ..., where bombardments have ..." attributes the
denial but not the outlet's own statement about bombardments.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.cues import AR_FRAMES, CUE_WORDS, EN_CUES, has_cue, matches_at
from summarizer.guard.text import fold, quote_spans, words

__all__ = [
    "CLAUSE_BREAK",
    "clause_parts",
    "clauses",
    "is_attributed",
    "speaker_colon",
    "speech_attributed",
]

# Headline style "Netanyahu: Israel did not promise ...": a name, a colon, the claim. Only
# in English, where a name is capitalised ("Gaza war: ..." is a topic, "CAIRO:" a dateline).
_SPEAKER_COLON = re.compile(r"^\s*((?:[A-Z][a-z][\w'’.-]*\s+){0,2}[A-Z][a-z][\w'’.-]*):\s+\S")
_LABELS = {"analysis", "opinion", "watch", "update", "live", "explainer", "editorial", "report"}


def is_attributed(sentence: str, lang: str) -> bool:
    """A sentence with a cue, a quotation introduced by a colon (Nasrallah: "..."), an
    English headline that names its speaker (Netanyahu: ...), or a sentence that is all
    quotation (someone's words; the sentence beside it says whose)."""
    return (
        has_cue(sentence, lang)
        or _colon_quote(sentence)
        or speaker_colon(sentence, lang)
        or _all_quotation(sentence)
    )


def _all_quotation(sentence: str) -> bool:
    text = sentence.strip()
    return any(start == 0 and end >= len(text) - 1 for start, end in quote_spans(text))


def speaker_colon(sentence: str, lang: str) -> bool:
    m = _SPEAKER_COLON.match(sentence) if lang == "en" else None
    return m is not None and m.group(1).lower() not in _LABELS


def _colon_quote(sentence: str) -> bool:
    return any(sentence[:start].rstrip().endswith(":") for start, _ in quote_spans(sentence))


# Where a source sentence turns to a second statement ("..., where bombardments have...").
CLAUSE_BREAK = re.compile(
    r",\s+(?:where|which|while|although|though|whereas)\b|;|\s[—–]\s"
    r"|,\s+(?=an?\s+\w+\s+(?:that|which)\b)"  # ", a declaration that ...": an apposition
    r"|,\s+(?:accompanied|followed)\s+by\b|,\s+(?:killing|wounding|injuring|leaving)\b"
    r"|،\s*(?:حيث|في حين|بينما|الذي|التي|مما|ما أسفر)\s|؛|,\s*(?:שם|אשר|בעוד|אף ש)\s"
    r"|،\s*(?:رغم|برغم|مع)\s+(?=أن)|,\s*(?=אף\s+ש|למרות\s+ש)",
    re.IGNORECASE,
)


def clause_parts(sentence: str) -> list[str]:
    """A sentence cut where it turns to a second statement (", where ...", "; ...")."""
    return [p for p in CLAUSE_BREAK.split(sentence) if p and p.strip()]


# "according to" and its Arabic and Hebrew peers attach to their own clause; a speech verb
# at the end ("..., officials said.") governs everything said before it.
_PREPOSITIONAL = {
    "ar": AR_FRAMES,
    "he": {"לפי", "לדברי", "לטענת", "על"},
}


def speech_attributed(clause: str, lang: str) -> bool:
    """Whether a verb of speech attributes the clause ("X said", "قال X"), not only a
    frame ("according to X", "بحسب X"), which covers a whole sentence, not a complement."""
    if lang == "en":
        return any(not m.lower().startswith("according") for m in EN_CUES.findall(clause))
    tokens = [fold(part) for w in words(clause) for part in w.split("-") if part]
    return any(
        cue[0] not in _PREPOSITIONAL[lang] and matches_at(tokens, i, cue, lang)
        for i in range(len(tokens))
        for cue in CUE_WORDS[lang]
    )


# "... — a declaration that Amnesty said could amount to a war crime": a speech verb in a
# relative clause on a noun is about that noun, not about what the sentence said before.
_APPOSITION = re.compile(r"^\s*(?:a|an|the|this|that)\s+(?:\w+\s+){1,2}(?:that|which)\b", re.I)


# A passive cue with its agent before a colon acknowledges its own subject ("The need has
# been acknowledged by outside authorities:"); what follows the colon is the writer's.
_PASSIVE_COLON = re.compile(
    r"^(?!\s*(?:it|this|that)\b)[^:\"“”]{3,120}?\b(?:is|are|was|were|been|being)\s+"
    r"(?:\w+ed)\s+by\s+[^:\"“”]{1,80}:",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def clauses(sentence: str, lang: str) -> tuple[tuple[str, bool], ...]:
    """The sentence's clauses, each with whether an attribution covers it.

    A cue covers its own clause; a speech verb in the last clause ("..., officials said.")
    covers the whole sentence, as does a quotation introduced by a colon; a trailing
    "according to ..." covers only the clause it ends.
    """
    passive = _PASSIVE_COLON.match(sentence) if lang == "en" else None
    if passive is not None:  # "The need has been acknowledged by X: the patients ..."
        head = passive.group(0)
        return ((head, is_attributed(head, lang)), *clauses(sentence[passive.end() :], lang))
    parts = [p for p in CLAUSE_BREAK.split(sentence) if p.strip()]
    if lang == "en":
        parts = [q for p in parts for q in _but_after_circumstance(p)]
        parts = [q for p in parts for q in _as_after_speaker(p)]
    trailing = speech_attributed(parts[-1], lang) and not _APPOSITION.match(parts[-1])
    if len(parts) <= 1 or _colon_quote(sentence) or trailing:
        whole = is_attributed(sentence, lang)
        return tuple((p, whole) for p in parts) or ((sentence, whole),)
    return tuple((p, is_attributed(p, lang)) for p in parts)


# "Stocks rose after the government said wages jumped, but two indexes set records": a
# speech verb in a clause of time or cause ("after the government said") is a circumstance
# of the writer's own statement; what the writer goes on to say after ", but" is theirs too.
_CIRCUMSTANCE_CUE = re.compile(
    r"\b(?:after|as|when|because|since|before|until)\s++(?:[\w'’-]++\s++){1,4}?"
    r"(?:said|says|announced|reported)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r",\s++but\s", re.IGNORECASE)


def _but_after_circumstance(part: str) -> list[str]:
    """A clause cut at ", but" after a speech verb that is a circumstance of the writer's
    statement, when the writer's statement itself has no cue."""
    cue = _CIRCUMSTANCE_CUE.search(part)
    if cue is None or has_cue(part[: cue.start()], "en"):
        return [part]
    turn = _BUT.search(part, cue.end())
    return [part] if turn is None else [part[: turn.start()], part[turn.start() + 1 :]]


# "Gunfire broke out, residents said, as a revolt appeared to gain momentum": the speech
# verb closes what the residents say; the clause of ", as ..." after it is the writer's
# setting of the scene ("as well as", "as expected" go on with the speaker's words).
_AS_AFTER_SPEAKER = re.compile(
    r"\b(?:said|says|told\s++[\w'’-]++(?:\s++[\w'’-]++)?|reported|added"
    r"|according\s++to\s++[^,;:\"“”]{1,60}?)\s*+,\s++(?=as\s++(?!well\b|expected\b|usual\b"
    r"|such\b|part\b|of\b|a\s+result\b|\w+\s+as\b))",
    re.IGNORECASE,
)


def _as_after_speaker(part: str) -> list[str]:
    """A clause cut at ", as" right after its speaker ("..., residents said, as ...")."""
    m = _AS_AFTER_SPEAKER.search(part)
    return [part] if m is None else [part[: m.end()].rstrip(" ,"), part[m.end() :]]

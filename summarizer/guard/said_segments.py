"""Whose words: one source sentence, several speakers, each with their own part.

"Netanyahu responded to Khamenei, who had said that A, and said: B" names two speakers;
A is Khamenei's and B is Netanyahu's. Both names stand in the sentence, so a brief that
gives B to Khamenei passes a check that only asks whether the sentence names its speaker.
Here a sentence is cut at its attribution cues (those outside quotations); what the brief
says is matched to the part it comes from, and a part opened by a coordinated cue
("..., and said", "..., ומסר", "...، وأضاف") belongs to the sentence's first speaker, the
subject that verb shares.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.guard.content_keys import keys_of
from summarizer.guard.cues import EN_CUES, cue_at
from summarizer.guard.en_false_cues import not_attribution_en
from summarizer.guard.text import WORD_RE, fold, inside, quote_spans

OWN_PART = 0.5  # share of what the brief says that one part must hold
MARGIN = 2.0  # and this many times what any other part holds
_CONJUNCTIONS = {"en": ("and ",), "ar": ("و",), "he": ("ו",)}
_COMMA = re.compile(r"[,،]\s*$")


def part_owner(said: str, text: str, lang: str, first_speaker: str) -> str | None:
    """The first speaker of ``text`` when what the brief says (``said``) comes from a part
    of it that a coordinated cue opens, after another speaker's part; else None (no
    evidence either way)."""
    starts = _cue_starts(text, lang)
    if len(starts) < 2:
        return None
    mine = keys_of(said, lang)
    if not mine:
        return None
    bounds = [*starts, len(text)]
    shares = [len(keys_of(text[a:b], lang) & mine) / len(mine) for a, b in pairwise(bounds)]
    best = max(range(len(shares)), key=shares.__getitem__)
    others = [s for k, s in enumerate(shares) if k != best]
    if best == 0 or shares[best] < OWN_PART or shares[best] < MARGIN * max(others):
        return None
    return first_speaker if _coordinated(text, starts[best], lang) else None


def _cue_starts(text: str, lang: str) -> list[int]:
    """Where the sentence's attribution cues outside quotations start."""
    quotes = quote_spans(text)
    if lang == "en":
        found = [m.start() for m in EN_CUES.finditer(text) if not not_attribution_en(text, m)]
    else:
        tokens = list(WORD_RE.finditer(text))
        folded = [fold(t.group(0)) for t in tokens]
        found = [tokens[i].start() for i in range(len(tokens)) if cue_at(folded, i, lang)]
    return [at for at in found if not inside(quotes, at, at + 1)]


def _coordinated(text: str, start: int, lang: str) -> bool:
    """A cue joined to the sentence's first verb: "..., and said", "..., ומסר"."""
    before = text[:start]
    if lang == "en":
        return before.rstrip().lower().endswith(", and") or before.lower().endswith(" and ")
    word = text[start:].split(maxsplit=1)[0] if text[start:].strip() else ""
    return word.startswith(_CONJUNCTIONS[lang]) and bool(_COMMA.search(before))

"""A speaker told apart from the source's by one name word: "Turkish state TV reported".

English news names many speakers by a proper modifier and a common head: "Iraqi state TV",
"Palestinian officials", "Israeli police", "President Biden". Where the source has a claim
from "Iraqi state TV" and the brief gives the same claim (a sentence that shares most of
its words) to "Turkish state TV", the speaker is another party, though every word of it is
in the source ("Turkish forces" withdraw in the same sentence): the speaker checks that ask
whether the brief's speaker's words are in the source sentence pass it. Any speaker of the
brief's sentence is read, a closing credit too ("..., Turkish state TV reported"). English
only: a modifier there is a word of its own before its head.
"""

from __future__ import annotations

from summarizer.guard.abbreviations import clipped_alike
from summarizer.guard.align import SourceIndex
from summarizer.guard.content_keys import keys_of
from summarizer.guard.report import Problem
from summarizer.guard.speaker_finding import speakers
from summarizer.guard.text import fold, sentences, words

MIN_SHARED = 0.6  # share of the brief sentence's content keys a source sentence has
RELATED_PREFIX = 4  # "Israel" / "Israeli": one name in two forms


def check_speaker_modifiers(summary: str, index: SourceIndex, lang: str) -> list[Problem]:
    """Brief sentences whose speaker differs from the source speaker of the sentence they
    follow by one capitalised word, where the source never has the brief's speaker speak."""
    if lang != "en":
        return []
    heard = {_folded(sp) for s in index.sentences for sp in speakers(s.text, lang)}
    problems = []
    for sentence in sentences(summary):
        mine_keys = keys_of(sentence.text, lang)
        if not mine_keys:
            continue
        followed = [
            s.text
            for s, keys in zip(index.sentences, index.keys, strict=True)
            if len(mine_keys & keys) >= MIN_SHARED * len(mine_keys)
        ]
        for mine in speakers(sentence.text, lang):
            if _folded(mine) in heard:
                continue
            theirs = next(
                (sp for text in followed for sp in speakers(text, lang) if _one_apart(sp, mine)),
                None,
            )
            if theirs:
                problems.append(
                    Problem(
                        "attribution",
                        f"the source gives this to {theirs!r}, not to {mine!r}",
                        sentence.text,
                    )
                )
                break
    return problems


def _folded(speaker: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words(speaker))


def _one_apart(theirs: str, mine: str) -> bool:
    """Same words but one, capitalised in both and no form of each other (nor one clipped
    from the other: "Dept" / "Department"), modifying a
    common head ("state TV", "officials"): a title before a name is no other speaker."""
    a, b = words(theirs), words(mine)
    if len(a) != len(b) or len(a) < 2 or clipped_alike(theirs, mine):
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if fold(x) != fold(y)]
    if len(apart) != 1 or all(w[:1].isupper() for w in a if w not in apart[0]):
        return False  # (no common head: "Dr Sherine Abed" / "Neonatologist Sherine Abed")
    x, y = apart[0]
    if not (x[:1].isupper() and y[:1].isupper()):
        return False
    fx, fy = fold(x), fold(y)
    return fx[:RELATED_PREFIX] != fy[:RELATED_PREFIX]

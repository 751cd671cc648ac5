"""Who was told: the party a claim was told to is not its speaker.

"Gabriel told Der Spiegel that ..." makes Der Spiegel the addressee: a brief that has "Der
Spiegel reported ..." gives the claim to the outlet that heard it. And "Winfrey told CBS
that Harry had said ..." has Winfrey tell CBS: a brief that has "Harry told CBS ..." moves
the telling to the person Winfrey reports. The name-based speaker check passes both, since
the brief's speaker is a name of the very source sentence; this check reads the pairs
(teller, told) of "X told Y" in the source sentences a brief sentence rests on. English
only: Arabic and Hebrew mark the addressee with a prefix (لـ, ל) that names no word apart.
"""

from __future__ import annotations

import re

from summarizer.guard import speakers as speaker_check
from summarizer.guard.align import SourceIndex
from summarizer.guard.report import Problem
from summarizer.guard.speaker_candidates import candidate_sentences
from summarizer.guard.speaker_finding import is_pronoun, speakers
from summarizer.guard.text import sentences

# "told Der Spiegel magazine", "told the BBC", "told CBS": the told party, a run of
# capitalised words after the verb, with the kind of outlet it may end with
_TOLD = re.compile(
    r"\b(?:told|tells|tell)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+"
    r"(?:magazine|newspaper|daily|radio|television|channel|news\s+agency|agency)?)"
)
_INTERVIEW = re.compile(
    r"\b(?:in|during)\s+an\s+interview\s+with\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+)"
)
_ADVERBS = {"later", "also", "then", "again", "however", "further", "previously", "earlier"}
_NOT_NAMES = {"The", "A", "An", "On", "In", "At", "But", "And", "When", "After", "He", "She"}


def told_pairs(sentence: str) -> list[tuple[str | None, str]]:
    """(teller, told) for each "X told Y" of an English sentence; teller None where no
    capitalised name stands right before the verb."""
    out: list[tuple[str | None, str]] = []
    for m in _TOLD.finditer(sentence):
        out.append((_name_before(sentence[: m.start()]), m.group(1).strip()))
    for m in _INTERVIEW.finditer(sentence):
        out.append((None, m.group(1).strip()))
    return out


def _name_before(before: str) -> str | None:
    run: list[str] = []
    for word in reversed(before.split()):
        if not run and word.lower() in _ADVERBS:
            continue
        if word[-1:] in ",;:" or not word[:1].isupper() or word in _NOT_NAMES:
            break
        run.append(word)
    return " ".join(reversed(run)) or None


def check_addressees(summary: str, index: SourceIndex, lang: str) -> list[Problem]:
    """Brief sentences whose speaker is the party the source has the claim told to, or
    that have their speaker tell a party whom, in the source, someone else told."""
    if lang != "en":
        return []
    problems: list[Problem] = []
    for sentence in sentences(summary):
        found = speakers(sentence.text, lang)
        if not found or is_pronoun(found[0]):
            continue
        mine = found[0]
        said = speaker_check._without(sentence.text, mine)
        candidates = candidate_sentences(sentence.text, said, index, lang)
        if not candidates:
            continue
        problem = _moved(sentence.text, mine, [index.sentences[i].text for i in candidates])
        if problem:
            problems.append(problem)
    return problems


def _moved(sentence: str, mine: str, sources: list[str]) -> Problem | None:
    same = speaker_check._same
    pairs = [p for s in sources for p in told_pairs(s)]
    if not pairs:
        return None
    if any(teller and same(mine, teller, "en") for teller, _ in pairs):
        return None  # the brief's speaker tells someone in the source: theirs to tell
    mine_pairs = told_pairs(sentence)
    if any(same(mine, told, "en") for _, told in mine_pairs):
        return None  # the speaker read off the brief is its own told party: a misread
    if any(teller and t and same(teller, t, "en") for teller, _ in pairs for t, _ in mine_pairs):
        return None  # the brief has the source's teller tell it
    first = [sp for s in sources for sp in speakers(s, "en")[:1] if not is_pronoun(sp)]
    if any(same(mine, sp, "en") for sp in first):
        return None
    for teller, told in pairs:
        if same(mine, told, "en"):
            who = teller or "someone else"
            return Problem(
                "attribution",
                f"the source has {who!r} tell this to {told!r}, who is not its speaker",
                sentence,
            )
    my_told = [told for _, told in mine_pairs]
    for teller, told in pairs:
        if teller and any(same(t, told, "en") for t in my_told):
            return Problem(
                "attribution",
                f"the source has {teller!r}, not {mine!r}, tell this to {told!r}",
                sentence,
            )
    return None


def check_told_parties(summary: str, source: str) -> list[Problem]:
    """Parties the brief has someone tell ("told the BBC") whom the source never names,
    where the source has the telling go to another party ("told CBS"): the brief swapped
    the party told, which the outlet-credit allowance would otherwise let through."""
    lowered = {w.lower().strip(".,'’") for w in source.split()}
    theirs = [told for s in sentences(source) for _, told in told_pairs(s.text)]
    if not theirs:
        return []
    problems = []
    for sentence in sentences(summary):
        for _, told in told_pairs(sentence.text):
            if any(w.lower().strip(".,'’") in lowered for w in told.split() if w not in _NOT_NAMES):
                continue
            others = ", ".join(repr(t) for t in dict.fromkeys(theirs))
            detail = f"the source never names {told!r}; it has the telling go to {others}"
            problems.append(Problem("name", detail, told))
    return problems

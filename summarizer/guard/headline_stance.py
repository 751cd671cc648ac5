"""The headline's stance taken against the body's: a brief that asserts what the body denies.

A headline often implies more than its article states ("Community service for the aide"
over an article whose court decided not to convict her). A brief sentence that restates the
headline's claim (it shares two or more of the headline's content words) and asserts a
content word that the body has only under a negation (the body says "she will not be
convicted", the brief "she was convicted") has turned the body's claim over along the
headline's framing. What a negation turns over is the first content word after it, a few
words on within its clause; a verb of denial or abstention ("refrained from convicting")
and a word of substitution ("instead of a conviction") count as negations. Only words the
body has every time under a negation are judged: a word the body both states and denies
gives no stance to turn over. The other direction (the brief denies what the body states)
is left alone: a body states many things negatively in words no list holds ("failed to",
"out of"), and a brief's own "not" may restate them faithfully.
"""

from __future__ import annotations

import re

from summarizer.guard.content_keys import content_words, is_content, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.headline import headline_words
from summarizer.guard.headline_polarity import negated
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, stems, words

REACH = 3  # words from a negation to the word it turns over
MIN_SHARED = 2  # headline content words a sentence restating its claim has
MIN_WORD = 4  # shorter words ("is", "של") are too common to carry a stance

# Verbs and nouns of abstention negate their complement as "not" does ("refrained from
# convicting her" is "did not convict her"), though they hold no negation word.
_ABSTAIN = {
    "en": frozenset({"avoid", "avoided", "avoiding", "refrain", "refrained", "refraining"}),
    "ar": frozenset(fold(w) for w in ("تجنب", "تجنبت", "امتنع", "امتنعت", "الامتناع")),
    "he": frozenset(("נמנע", "נמנעה", "נמנעו", "הימנעות", "להימנע", "נמנעת")),
}
# Words of substitution set aside what they stand before ("instead of a conviction", במקום
# הרשעה, بدلا من): the word is not asserted. They count as a negation.
_INSTEAD = {
    "en": frozenset({"instead", "rather"}),
    "ar": frozenset(fold(w) for w in ("بدلا", "بدل", "عوضا")),
    "he": frozenset(("במקום", "חלף")),
}
_CLAUSE = re.compile(r"[.!?\n,;:()\u060c\u061b\u061f\"“”«»]")


def _stanced(
    text: str, lang: str, wanted: frozenset[str] | None = None
) -> list[tuple[str, frozenset[str], bool]]:
    """Each content word of a text: the word, its comparison keys, and whether it is the
    first content word after a negation or a word of abstention, a few words on in its
    clause (what "not" turns over is the predicate it stands before, not every word of
    the clause: "decided not to convict Orna" denies the conviction, not Orna). A second
    negation in the clause restricts the first rather than adding to it ("we know no
    season but summer", لا نعرف غير الصيف): it asserts the word it stands before.
    With ``wanted``, only the words with one of those keys (the rest are not asked)."""
    out = []
    for clause in _CLAUSE.split(text):
        pending, seen = 0, 0  # words a negation still waits for its predicate; negations
        for word in words(clause):
            if negated(word, lang) or _abstains(word, lang):
                pending, seen = REACH, seen + 1
                continue
            if not is_content(word, lang):
                pending = max(0, pending - 1)
                continue
            denied, pending = pending > 0 and seen % 2 == 1, 0
            if len(fold(word)) < MIN_WORD or (lang == "en" and word[:1].isupper()):
                continue  # too short to carry a stance; a name has no polarity
            keys = word_keys(word, lang)
            if (wanted is not None and keys.isdisjoint(wanted)) or has_cue(word, lang):
                continue  # who says it is the attribution check's question
            out.append((word, keys, denied))
    return out


def _abstains(word: str, lang: str) -> bool:
    """Whether a word is a verb or noun of abstention, behind any proclitic."""
    folded = fold(word)
    forms = [folded] if lang == "en" else stems(folded, lang)
    return any(f in _ABSTAIN[lang] or f in _INSTEAD[lang] for f in forms)


def check_headline_stance(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """Brief sentences restating the headline that turn over a word the body states (or
    denies) every time it has it."""
    theirs = content_words(" ".join(headline_words(headline)), lang)
    if len(theirs) < MIN_SHARED:
        return []
    restating = []  # each sentence that restates the headline's claim, and its words
    for sentence in sentences(summary):
        mine = frozenset().union(*content_words(sentence.text, lang))
        if sum(1 for w in theirs if w & mine) >= MIN_SHARED:
            restating.append((sentence, _stanced(sentence.text, lang)))
    # the body is read only for the words those sentences assert
    wanted = frozenset(
        k for _, stanced in restating for _, keys, denied in stanced if not denied for k in keys
    )
    if not wanted:
        return []
    body: dict[str, set[bool]] = {}
    for _, keys, denied in _stanced(source.replace(headline.strip(), " "), lang, wanted):
        for key in keys:
            body.setdefault(key, set()).add(denied)
    problems = []
    for sentence, stanced in restating:
        for word, keys, denied in stanced:
            seen = set().union(*(body.get(k, set()) for k in keys))
            if not denied and seen == {True}:
                problems.append(
                    Problem(
                        "headline",
                        f"asserts {word!r}, which the article's body has only under a "
                        f"negation, along the headline's framing ({headline.strip()!r})",
                        sentence.text,
                    )
                )
                break
    return problems

"""Framing turned over: a brief that restates its headline's claim with the opposite sense.

"Netanyahu: Israel did not promise to freeze settlement building" as headline and
"Netanyahu said Israel had committed to freezing settlement construction" in the brief
share the claim's words, but one denies what the other states. A brief sentence that
restates most of a negated headline's own words ("not", "false alarm"; لم، ليس; לא، שווא)
must keep the negation. Of a headline that joins a plain claim to a negated one ("all
conditions are there for a revolution and there is no need to import one"), a sentence
that restates only the plain one keeps its sense; it must restate the negated conjunct
too before its missing negation counts.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.content_keys import content_words
from summarizer.guard.headline import headline_words
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, stems, words

_NEGATIONS = {
    "en": {
        *("not", "no", "never", "nor", "neither", "none", "nothing", "without", "false"),
        *("deny", "denies", "denied", "refuse", "refuses", "refused", "reject", "rejects"),
        "rejected",
        # falsity stated as a property ("the alert was erroneous"), not only as "false"
        *("wrong", "mistaken", "erroneous", "untrue", "unfounded", "baseless", "bogus"),
    },
    "ar": {
        fold(w)
        for w in (
            *("لا", "لم", "لن", "ليس", "ليست", "غير", "نفى", "نفت", "ينفي", "تنفي", "رفض"),
            *("رفضت", "كاذب", "كاذبة", "كاذبا", "دون", "بدون", "عدم"),
            *("خاطئ", "خاطئة", "خاطئا", "زائف", "زائفة", "زائفا", "مزيف", "مزيفة"),
        )
    },
    "he": {
        *("לא", "אין", "אינו", "אינה", "אינם", "שווא", "מעולם", "ללא", "בלי", "שום"),
        *("הכחיש", "הכחישה", "הכחישו", "סירב", "סירבה", "סירבו", "דחה", "דחתה", "דחו"),
        *("שגוי", "שגויה", "שגויים", "שגויות", "מוטעה", "מוטעית", "כוזב", "כוזבת"),
    },
}
RESTATED = 0.5  # share of the headline's content words a sentence restating it has
MIN_SHARED = 3  # and at least this many of them


@lru_cache(maxsize=16384)
def negated(text: str, lang: str) -> bool:
    """Whether a text holds a word of negation or denial (with any proclitics). (Cached:
    the stance and polarity checks ask it of each word of the source.)"""
    found = _NEGATIONS[lang]
    for word in words(text):
        folded = fold(word)
        if folded.endswith("n't") or folded in found:
            return True
        if lang != "en" and any(s in found for s in stems(folded, lang)):
            return True
    return False


def check_headline_polarity(headline: str, summary: str, lang: str) -> list[Problem]:
    """Brief sentences that restate a negated headline's claim without its negation (a
    dropped "not" turns a denial into its opposite; the other way round, a brief's own
    "threatened not to ... unless" may well restate a plain "demands")."""
    claim = " ".join(headline_words(headline.rsplit(": ", 1)[-1]))  # "Netanyahu: Israel …"
    theirs = content_words(claim, lang)
    if len(theirs) < MIN_SHARED or not negated(claim, lang):
        return []
    denial = _negated_conjunct(claim, lang)
    problems = []
    brief = sentences(summary)
    for at, sentence in enumerate(brief):
        mine = frozenset().union(*content_words(sentence.text, lang))
        shared = sum(1 for w in theirs if w & mine)
        if shared < MIN_SHARED or shared < RESTATED * len(theirs):
            continue
        if sum(1 for w in denial if w & mine) < RESTATED * len(denial):
            continue  # restates the headline's plain conjunct, not the one it negates
        following = brief[at + 1].text if at + 1 < len(brief) else ""
        twice = _negation_negated(sentence.text, claim, lang)
        if twice or (
            not negated(sentence.text, lang) and not _turned_over(following, theirs, lang)
        ):
            how = "with its negation negated" if twice else "without its negation"
            problems.append(
                Problem(
                    "headline",
                    f"restates the outlet's headline ({headline.strip()!r}) {how}: the"
                    " opposite of what it says",
                    sentence.text,
                )
            )
    return problems


_CONJUNCTIONS = {"en": {"and", "but"}, "ar": set(), "he": set()}
_CONJUNCTION_LETTER = {"en": "", "ar": "و", "he": "ו"}


def _negated_conjunct(claim: str, lang: str) -> tuple[frozenset[str], ...]:
    """The content words of the conjunct of a coordinated claim that holds the negation
    ("all conditions are there for a revolution and there is no need to import one": the
    second); of a claim that is not coordinated, or whose every conjunct is negated, none
    (the whole claim is the denial)."""
    parts: list[list[str]] = [[]]
    letter = _CONJUNCTION_LETTER[lang]
    for word in claim.split():
        joined = letter and word.startswith(letter) and negated(word[len(letter) :], lang)
        if parts[-1] and (word in _CONJUNCTIONS[lang] or joined):  # "and not", "ولا", "ולא"
            parts.append([])
        parts[-1].append(word)
    denials = [p for p in parts if negated(" ".join(p), lang)]
    if len(denials) in (0, len(parts)):
        return ()
    return tuple(w for p in denials for w in content_words(" ".join(p), lang))


TURNED_SHARED = 2  # headline words the next sentence must repeat to turn the claim over


def _turned_over(sentence: str, headline: tuple[frozenset[str], ...], lang: str) -> bool:
    """Whether a sentence denies the claim the one before it restated: it is negated and
    repeats the headline's words ("An alert was received. The alert proved a false
    alarm.")."""
    if not sentence or not negated(sentence, lang):
        return False
    mine = frozenset().union(*content_words(sentence, lang))
    return sum(1 for w in headline if w & mine) >= TURNED_SHARED


NEGATION_REACH = 3  # words from a negation to the headline's negation it turns over


def _negation_words(text: str, lang: str) -> list[str | None]:
    """Each word of a text: its negation (the word or the stem that negates), or None."""
    found = _NEGATIONS[lang]
    out: list[str | None] = []
    for word in words(text):
        folded = fold(word)
        forms = [folded, *(stems(folded, lang) if lang != "en" else [])]
        hit = next((f for f in forms if f in found), None)
        out.append("not" if hit is None and folded.endswith("n't") else hit)
    return out


def _negation_negated(sentence: str, claim: str, lang: str) -> bool:
    """Whether a sentence keeps the headline's negation ("a false alarm", "התרעת שווא")
    but negates it in turn, a few words before ("was not a false alarm", "לא הייתה התרעת
    שווא"): two negations make the headline's denial an assertion."""
    theirs = {n for n in _negation_words(claim, lang) if n}
    mine = _negation_words(sentence, lang)
    return any(
        n in theirs and any(m and m not in theirs for m in mine[max(0, at - NEGATION_REACH) : at])
        for at, n in enumerate(mine)
    )

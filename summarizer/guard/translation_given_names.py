"""A person of the English brief written in a translation under another given name.

The surname check of :mod:`summarizer.guard.translation_names` sees "غليك" for "Shahar
Glick" and is satisfied, but "يهودا غليك" is another man (Yehuda Glick); "حسين عليان" is
not "Tahseen Elayyan" although the surname is right. Where the English brief names a
person in full, the translation must write the given name nearest the surname just before
it at some mention of the surname; one that writes the surname only under other given
names names someone else. Given names are compared by consonant skeleton, whole: a dropped first
consonant (TSN, تحسين; SN, حسين) is another name, not a spelling variant. A compound given
name may be written in two words (عبد الرحمن for Abdulrahman). A person whose surname is
too short to find (Bong Joon Ho: "Ho") must still have some word of the name written.
"""

from __future__ import annotations

import re

from summarizer.guard.name_words import TRANSLATED
from summarizer.guard.report import Problem
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import fold, sentences, words
from summarizer.guard.translation_names import is_title, person_names
from summarizer.guard.transliteration import close, one_edit, skeleton, token_skeletons

MIN_GIVEN = 2  # a given name with a shorter skeleton (Ali: L) is not compared
WINDOW = 3  # words before the surname where its given name may stand (عبد الرحمن آل ثاني)
MIN_SURNAME = 2  # a surname with a shorter skeleton cannot be found on its own
MIN_WRITTEN = 3  # shorter skeletons (KN) are also ordinary words
CONNECTORS = {"bin", "ibn", "bint", "ben"}
SPEECH_VERBS = {"says", "said", "added"}  # "told X": X is the listener
_DOUBLED = re.compile(r"(.)\1+")
ROLE_REACH = 4  # words after a name where its role may stand (", a legal researcher")


def check_given_names(english: str, translated: str, lang: str) -> list[Problem]:
    """Problems for a surname of the English brief's full names written without its
    given name before it, and for a full name none of whose words the translation writes
    when the surname is too short to look for."""
    tokens = words(translated)
    by_token = [token_skeletons([t], lang) for t in tokens]
    problems = []
    for surname, given in full_named_people(english).items():
        sk = skeleton(surname)
        if len(sk) < MIN_SURNAME:
            if _unwritten(given, by_token):
                problems.append(
                    Problem(
                        "translation_name",
                        f"the English brief names {' '.join([*given, surname])!r}; the {lang}"
                        " translation has no such name",
                    )
                )
            continue
        firsts = [g for g in (skeleton(w) for w in reversed(given)) if len(g) >= MIN_GIVEN]
        at = [k for k, sks in enumerate(by_token) if any(close(sk, s) for s in sks)]
        if (
            firsts
            and at
            and not any(_given_before(k, firsts[0], tokens, by_token, lang) for k in at)
        ):
            k = at[0]
            problems.append(
                Problem(
                    "translation_name",
                    f"the {lang} translation writes {surname!r} without the given name the"
                    " English brief gives: another person",
                    " ".join(tokens[max(0, k - 2) : k + 1]),
                )
            )
    return problems


def full_named_people(text: str) -> dict[str, list[str]]:
    """Each person named with two or more words (a particle such as "bin" may join them:
    Mohammed bin Abdulrahman Al-Thani), by surname: the given names of the first mention.
    A person: a name that a title or a speech verb stands before ("Prime Minister ...",
    "says ..."), a role follows (", a legal researcher"), or that the brief's other
    people-finding names. Titles, translated words and stop words end a name; a name that
    a translated word continues (Western Washington University) is a body, not a person."""
    people = {run[-1] for run in person_names(text)}
    out: dict[str, list[str]] = {}
    for sentence in sentences(text):
        tokens = sentence.text.split()
        clean = [t.strip('.,;:!?"“”()«»') for t in tokens]
        run: list[int] = []
        for i, word in enumerate([*clean, ""]):
            if run and word.lower() in CONNECTORS:
                continue
            if _name_word(word):
                run.append(i)
                if not tokens[i].endswith((",", ";", ":", ".")):
                    continue
            elif word[:1].isupper():
                run = []  # Western Washington University: a body
            if len(run) >= 2 and clean[run[-1]] not in out:
                names = [clean[k] for k in run]
                if names[-1] in people or _person_context(clean, run[0], run[-1]):
                    out[names[-1]] = names[:-1]
            run = []
    return out


def _person_context(clean: list[str], first: int, last: int) -> bool:
    before = clean[first - 1].lower() if first else ""
    after = [w.lower() for w in clean[last + 1 : last + 1 + ROLE_REACH]]
    return is_title(before) or before in SPEECH_VERBS or any(is_title(w) for w in after)


def _name_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and word.replace("-", "").replace("'", "").isalpha()
        and fold(word) not in TRANSLATED
        and not is_title(word)
        and fold(word) not in STOP["en"]
        and not word.isupper()
    )


def _unwritten(run: list[str], by_token: list[set[str]]) -> bool:
    sks = [skeleton(w) for w in run]
    sks = [s for s in sks if len(s) >= MIN_WRITTEN]
    return bool(sks) and not any(close(s, t) for s in sks for ts in by_token for t in ts)


def _given_before(
    k: int, given: str, tokens: list[str], by_token: list[set[str]], lang: str
) -> bool:
    """Whether the given name stands in the words before token ``k`` (also one
    written as two words: عبد الرحمن)."""
    start = max(0, k - WINDOW)
    options: set[str] = set()
    for j in range(start, k):
        options |= by_token[j]
        if j + 1 < k:
            options |= token_skeletons([tokens[j] + tokens[j + 1]], lang)
    return any(_same_given(given, o) for o in options)


def _same_given(given: str, written: str) -> bool:
    """The same given name: the same first consonant, and one letter apart or the same
    but for a v (ו and و write it and vowels alike: David TPT, דוד T); Tahseen (TSN) is
    not Hussein (SN), nor Shahar (SR) Yehuda (T)."""
    if not written or given[0] != written[0]:
        return False
    return one_edit(given, written) or _without_v(given) == _without_v(written)


def _without_v(sk: str) -> str:
    return _DOUBLED.sub(r"\1", sk.replace("P", ""))

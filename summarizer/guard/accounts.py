"""A speaker's account of their own experience, retold with the speaker as its subject.

"“Along the way,” she said, “I felt severe pain, so I went to Al Aqsa Hospital”" and
"Since October 7, he says, he's treated two Palestinians" tell what happened to the
speaker, in the speaker's words. A brief that makes that person the subject of its
sentence ("Nesma Hajjaj ... labour pains took her to Al Aqsa Hospital", "he has treated
two Palestinians") says whose experience it is; it does not turn someone's claim about
others into our own statement of fact. (English: the pronouns and names it reads are
English ones.)

A brief often names the speaker once and goes on with a pronoun ("Nesma Hajjaj, 25, fled
... . She went into labour ...", "Her baby has spent 10 days in the nursery"): a sentence
that opens with "she", "he", "her" or "his" is still about the speaker when the brief's
sentence before it opens with the speaker's name.
"""

from __future__ import annotations

import re

from summarizer.guard.text import Sentence, quote_spans

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
# "he says, he's treated ...", "she said she ...": the speaker is the subject of what is said
_SELF_REPORT = re.compile(
    r"\b(?P<who>he|she)\s(?:says|said|recalls|recalled),?\s(?:that\s)?(?P=who)\b",
    re.IGNORECASE,
)
# the speaker of the account: "she said", or by name ("”, Hajjaj said")
_PRONOUN = re.compile(r"\b(?:(?i:he|she)|[A-Z][a-z][\w'-]*)\s(?i:says|said|recalls|recalled)\b")
_NAME = re.compile(r"\b[A-Z][a-z][\w'-]*")
LOOK_BACK = 3  # source sentences before the account that may name its speaker
SUBJECT_WORDS = 8  # the brief's words that may hold its subject pronoun
SUBJECT_NAME = 3  # and the words its name may take at its head


def own_account(
    clause: str, source: list[Sentence], brief_sentence: str, lang: str, previous: str = ""
) -> bool:
    """Whether an attributed source clause is its speaker's own account (a quotation in the
    first person, or "he says, he ...") and the brief's sentence has that speaker as its
    subject: the same pronoun, or a name the source gives in the sentences just before, or
    a pronoun that takes up that name from the brief's ``previous`` sentence."""
    if lang != "en":
        return False
    quoted = " ".join(clause[a:b] for a, b in quote_spans(clause))
    pronoun = _PRONOUN.search(clause)
    if pronoun is None or not (_FIRST_PERSON.search(quoted) or _SELF_REPORT.search(clause)):
        return False
    head = brief_sentence.split()[:SUBJECT_WORDS]
    who = pronoun.group(0).split()[0]
    if who.lower() in {w.lower().strip(",") for w in head}:
        return True  # "Since October 7 he has treated ...": the same person spoken of
    if who.lower() not in ("he", "she"):  # named: the brief's subject must be that name
        return who in _subject(head) or (
            bool(head) and _TAKEN_UP.fullmatch(head[0]) is not None and who in _opening(previous)
        )
    at = next((i for i, s in enumerate(source) if clause.strip() in s.text), None)
    if at is None:
        return False
    before = " ".join(s.text for s in source[max(0, at - LOOK_BACK) : at + 1])
    named = set(_NAME.findall(before))
    return any(w in named for w in _subject(head))


# a third-person pronoun opening a sentence takes up the subject of the sentence before
_TAKEN_UP = re.compile(r"(?i:she|he|her|his)")


def _opening(sentence: str) -> list[str]:
    """The name a brief's sentence opens with, if any."""
    return _subject(sentence.split()[:SUBJECT_WORDS])


def _subject(head: list[str]) -> list[str]:
    """The name the brief's sentence opens with ("Nesma Hajjaj, 25, was ...")."""
    subject = []
    for word in head[:SUBJECT_NAME]:
        if not _NAME.match(word):
            break
        subject.append(word.strip(",").removesuffix("'s").removesuffix("’s"))
    return subject

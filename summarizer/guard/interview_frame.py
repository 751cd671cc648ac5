"""An interview the brief has framed: the interviewee's answers told on from there.

A brief of an interview names the interviewee ("يرى ماسا أن ...") and goes on with a verb
whose subject Arabic drops because it is the same speaker ("ويضع في الإطار نفسه ...",
"وعدّد من نتائج ذلك ..."): the verb runs straight into its complement, with no subject
of its own after it. A reader hears the interviewee still. A sentence that names a new
subject after its verb ("وتفرض السلطات رقابة ...") states a fact of its own and must say
whose word it is. Only an answer of the interview (attributed by layout, a question and
then the answer) is framed so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from summarizer.guard.text import Sentence, fold, words

# a complement straight after the verb: the verb has no subject of its own
_AR_COMPLEMENT = {fold(w) for w in ("في", "من", "على", "إلى", "الى", "عن", "مع", "بين")}
_AR_PARTICLES = {fold(w) for w in ("قد", "لقد", "كما", "ثم")}


def answer_clauses(
    source_sentences: list[Sentence],
    spoken: frozenset[int],
    clauses_of: Callable[[str], Iterable[tuple[str, bool]]],
) -> frozenset[str]:
    """The clauses of the source's interview answers (``clauses_of``: a sentence's
    clauses, each with whether a cue covers it)."""
    return frozenset(
        clause
        for sentence in source_sentences
        if sentence.start in spoken
        for clause, _ in clauses_of(sentence.text)
    )


def subject_dropped(sentence: str, lang: str) -> bool:
    """An Arabic sentence that opens with a verb run straight into its complement
    ("ويضع في ...", "وعدّد من ..."): its subject is the one of the sentence before."""
    if lang != "ar":
        return False
    tokens = [fold(w) for w in words(sentence)[:3]]
    if tokens and tokens[0].removeprefix("و").removeprefix("ف") in _AR_PARTICLES:
        tokens = tokens[1:]
    if len(tokens) < 2:
        return False
    verb = tokens[0].removeprefix("و").removeprefix("ف")
    if len(verb) < 3 or verb.startswith("ال") or verb in _AR_COMPLEMENT:
        return False
    return tokens[1] in _AR_COMPLEMENT


def framed_answer(
    clause: str, answers: frozenset[str], sentence: str, attributed_before: bool, lang: str
) -> bool:
    """Whether a brief's sentence that rests on source ``clause`` goes on with the
    interviewee's word: the clause is an interview answer, the sentence before says whose
    word it tells, and this one keeps its speaker by dropping its subject."""
    return clause in answers and attributed_before and subject_dropped(sentence, lang)

"""Hearsay told as fact: an Arabic claim the source gives only as talk ("وسط حديث عن أن").

"في بيان يأتي مع الحديث عن كون المواجهات مقدمة لولادة حكومة ..." reports a statement
and, beside it, talk that the clashes may lead to a government: the talk is nobody's
named word, yet still not the writer's. A brief that keeps the statement and says "في
بيان صدر بينما تمهد المواجهات لولادة حكومة" turns the talk into fact in our own voice.
The attribution check misses it, because the sentence's speaker cue ("شدد الائتلاف")
covers the whole brief sentence. This check reads the claims a source introduces with a
noun of talk or reports followed by "عن أن" / "عن كون", and asks that a brief sentence
telling such a claim keep a noun of talk, or a word of guessing, beside it.
"""

from __future__ import annotations

from summarizer.guard.attributed_clauses import clause_parts
from summarizer.guard.attribution_words import content_words
from summarizer.guard.report import Problem
from summarizer.guard.text import WORD_RE, Sentence, fold, sentences, stems, words

# Nouns of talk and reports: "حديث عن أن", "أنباء عن أن", "تقارير عن كون" ...
_TALK = {
    fold(w) for w in ("حديث", "أحاديث", "أنباء", "تقارير", "تكهنات", "شائعات", "أقاويل", "ترجيحات")
}
_ABOUT = {fold(w) for w in ("عن", "حول")}
_THAT = {fold(w) for w in ("أن", "كون")}
# What keeps the claim a guess in a brief: the talk itself, or a word of guessing.
_GUESSING = _TALK | {
    fold(w) for w in ("يقال", "يتردد", "يرجح", "يعتقد", "يتوقع", "مخاوف", "ربما", "قد", "محتمل")
}
MIN_CLAIM_WORDS = 4  # content words a claim needs to be recognised in a brief
MIN_SHARE = 0.5  # share of the claim's content words a brief sentence must have


def _is(word: str, keys: set[str]) -> bool:
    """Whether a folded word, with or without its proclitics and article, is one of keys."""
    return any(form in keys for form in stems(word, "ar"))


def talk_claims(sentence: str) -> list[str]:
    """The claims a source sentence gives as talk: what follows "حديث عن أن" and its
    peers, to the end of its clause."""
    found = list(WORD_RE.finditer(sentence))
    tokens = [fold(m.group(0)) for m in found]
    claims = []
    for i in range(len(tokens) - 3):
        if _is(tokens[i], _TALK) and tokens[i + 1] in _ABOUT and tokens[i + 2] in _THAT:
            rest = sentence[found[i + 3].start() :]
            parts = clause_parts(rest)
            claims.append((parts[0] if parts else rest).strip().rstrip(".!؟?"))
    return claims


def _keeps_guess(sentence: str) -> bool:
    return any(_is(fold(w), _GUESSING) for w in words(sentence))


def _share(claim: frozenset[str], text: str) -> float:
    return len(claim & content_words(text, "ar")) / len(claim)


def check_hearsay(source: str, summary: str, lang: str) -> list[Problem]:
    """Brief sentences that tell as fact a claim the source gives only as talk."""
    if lang != "ar":
        return []
    source_sentences = sentences(source)
    claims = [
        (s, claim, words_)
        for s in source_sentences
        for claim in talk_claims(s.text)
        if len(words_ := content_words(claim, "ar")) >= MIN_CLAIM_WORDS
    ]
    if not claims:
        return []
    problems = []
    for sentence in sentences(summary):
        if _keeps_guess(sentence.text):
            continue
        for home, claim, claim_words in claims:
            share = _share(claim_words, sentence.text)
            if share >= MIN_SHARE and not _told_elsewhere(
                claim_words, share, home, source_sentences
            ):
                problems.append(
                    Problem(
                        "attribution",
                        "the source gives this only as talk ("
                        + claim.strip()
                        + ") but the summary states it as fact",
                        sentence.text,
                    )
                )
                break
    return problems


def _told_elsewhere(
    claim: frozenset[str], share: float, home: Sentence, source_sentences: list[Sentence]
) -> bool:
    """Whether another source sentence states as much of the claim without the talk."""
    return any(
        s.start != home.start and not talk_claims(s.text) and _share(claim, s.text) >= share
        for s in source_sentences
    )

"""A name of another source sentence put between two words the aligned sentence keeps.

"إثر محاولة وحدات حماية الشعب الكردية التقدم" where the claim's sentence says "إثر محاولة
مقاتلي الجبهة و"الدولة الإسلامية" التقدم": the brief keeps the words on either side of the
slot, and puts in it a name of several words that the article gives elsewhere (another
group, another town), while the aligned sentence's own name there, a rare one, is gone
from the brief. A check that asks only whether a name occurs lets it through, and the swap
check, which reads one word after one lead word, cannot see a name of several words
replaced by another of several words.

The slot is bracketed: the word before the claim's run and the word after it stand in
the aligned sentence in that order, a few words apart. The run must be a name of the
article: copied word for word from one or two source sentences (none of them aligned
with the claim), and with a word the article uses in no more than those. Between the two
words, the sentence must have a rare word that the brief has nowhere, and no word that
shares a key with the run (a paraphrase of the same words is no swap). Arabic and Hebrew
only; in English, capitals let the name checks find names without this.
"""

from __future__ import annotations

from typing import cast

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, keys_of, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words

GAP = 6  # words of the source between the two kept words, at most
RARE = 2  # sentences of the article a name's word, or the name, stands in, at most
MIN_RUN = 2  # words of the claim's run: a single word is the swap check's


def check_bracketed_names(
    alignments: list[Alignment], index: SourceIndex, summary: str, lang: str
) -> list[Problem]:
    """Claims (ar/he) that put a name of another source sentence where the aligned sentence,
    between the same two words, has a rare name the brief lacks."""
    if lang not in ("ar", "he"):
        return []
    brief_keys = keys_of(summary, lang)
    problems = []
    for alignment in alignments:
        mine = words(alignment.claim.text)
        claim_keys = keys_of(alignment.claim.text, lang)
        for s in alignment.sentences:
            for start, end in _foreign_runs(mine, index.keys[s], lang):
                if start == 0 or end == len(mine) or end - start < MIN_RUN:
                    continue
                run = mine[start:end]
                if not _article_name(run, alignment.sentences, index, lang):
                    continue
                rival = _rival(mine[start - 1], mine[end], run, s, index, claim_keys, lang)
                if rival is not None and any(
                    not word_keys(w, lang) & brief_keys and _rare(w, index, lang) for w in rival
                ):
                    problems.append(
                        Problem(
                            "name",
                            f"where the source has {' '.join(rival)!r}, the summary has"
                            f" {' '.join(run)!r}",
                            " ".join(run),
                        )
                    )
    return list({p.detail: p for p in problems}.values())


def _foreign_runs(mine: list[str], keys: frozenset[str], lang: str) -> list[tuple[int, int]]:
    """The runs of the claim's content words that the sentence (by its ``keys``) lacks."""
    runs = []
    start = None
    for i, word in enumerate([*mine, ""]):
        foreign = bool(word) and is_content(word, lang) and not word_keys(word, lang) & keys
        if foreign and start is None:
            start = i
        elif not foreign and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _sentence_keys(s: int, index: SourceIndex, lang: str) -> list[frozenset[str]]:
    """Each word's keys of source sentence ``s``, read once per source."""
    key = ("bracketed_names.keys", s, lang)
    if key not in index.memo:
        index.memo[key] = [word_keys(w, lang) for w in words(index.sentences[s].text)]
    return cast("list[frozenset[str]]", index.memo[key])


def _article_name(run: list[str], aligned: tuple[int, ...], index: SourceIndex, lang: str) -> bool:
    """The run stands word for word in one or two source sentences, none of them the
    claim's, and one of its words in no more sentences than that."""
    wanted = [word_keys(w, lang) for w in run]
    found = 0
    for s in range(len(index.sentences)):
        theirs = _sentence_keys(s, index, lang)
        if any(
            all(wanted[k] & theirs[p + k] for k in range(len(wanted)))
            for p in range(len(theirs) - len(wanted) + 1)
        ):
            if s in aligned:
                return False
            found += 1
    return 0 < found <= RARE and any(_rare(w, index, lang) for w in run)


def _rare(word: str, index: SourceIndex, lang: str) -> bool:
    """A word of more than one letter in one or two of the article's sentences."""
    keys = word_keys(word, lang)
    if len(fold(word)) < 2 or not keys:
        return False
    return 0 < sum(1 for sk in index.keys if keys & sk) <= RARE


def _rival(
    before: str,
    after: str,
    run: list[str],
    s: int,
    index: SourceIndex,
    claim_keys: frozenset[str],
    lang: str,
) -> list[str] | None:
    """The content words sentence ``s`` has between ``before`` and ``after`` (a few words
    apart), less those the claim has elsewhere; none where no such pair stands there or
    a word between shares a key with the run."""
    theirs = words(index.sentences[s].text)
    run_keys = frozenset().union(*(word_keys(w, lang) for w in run))
    for p, word in enumerate(theirs):
        if not _same(word, before, lang):
            continue
        for q in range(p + 1, min(len(theirs), p + 2 + GAP)):
            if not _same(theirs[q], after, lang):
                continue
            between = [w for w in theirs[p + 1 : q] if is_content(w, lang)]
            between = [w for w in between if not word_keys(w, lang) & claim_keys]
            if between and not any(word_keys(w, lang) & run_keys for w in between):
                return between
            break
    return None


def _same(theirs: str, mine: str, lang: str) -> bool:
    """One word: content words by key, others as written."""
    if is_content(theirs, lang) and is_content(mine, lang):
        return bool(word_keys(theirs, lang) & word_keys(mine, lang))
    return fold(theirs) == fold(mine)

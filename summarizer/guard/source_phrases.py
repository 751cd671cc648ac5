"""A two-word name the brief copies whole from some sentence of its source.

"a Washington Superior Court judge" where the sentence the claim rests on says "Washington
Native American tribes" and another sentence says "the Washington Superior Court": the
claim's word after "Washington" is not the aligned sentence's, but the pair is the
source's own name, written as the source writes it elsewhere. A swap puts a word after a
lead where the source never has it; a name of several capitalised words (the lead is part
of it, not a title before it) that the source has whole is no swap.

English only: in Arabic and Hebrew no capitals tell a name's first word from a title or a
common word before it.
"""

from __future__ import annotations

import re

from summarizer.guard.align import SourceIndex
from summarizer.guard.name_words import TITLES


def joined(text: str, first: str, second: str) -> bool:
    """``second`` follows ``first`` in ``text`` with only a space between: no punctuation
    ends the first word's slot ("المنطقة مرتين،" names no region; "منطقة القلمون" does)."""
    return re.search(rf"(?<!\w){re.escape(first)}\s+{re.escape(second)}(?!\w)", text) is not None


def copied_name(claim: str, lead: str, word: str, index: SourceIndex, lang: str) -> bool:
    """Whether ``lead word`` is a name of capitalised words (the lead no title), side by
    side with only a space between, in the claim and in some source sentence: "Germany
    (ISD)" is no two-word name."""
    if lang != "en" or not lead[:1].isupper() or not word[:1].isupper():
        return False
    if lead.lower().rstrip(".") in TITLES or not joined(claim, lead, word):
        return False
    return any(joined(sentence.text, lead, word) for sentence in index.sentences)

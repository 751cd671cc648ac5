"""Single quotation marks told from apostrophes.

British and many outside briefs quote in single marks ('cruel, inhumane and humiliating'),
and normalising a text (``text.normalize``) turns curly ‘ ’ into the same straight mark. A
straight ' is also an apostrophe (Harry's, don't, the awards' history) and, in Hebrew, a
geresh (ג'ורג', חג'אג', ח'): so a mark opens a quotation only at the start of a word and
before a letter, and closes it only at the end of a word, before no letter or digit; a
quotation in single marks stays on one line and short, so that an apostrophe is never
taken for the close of a quotation far away.
"""

from __future__ import annotations

MAX_SINGLE_QUOTE = 400  # characters; longer quotations are set in double marks
_WORD_MARKS = "'’"


def opens_single_quote(text: str, i: int) -> bool:
    """Whether the ' at ``i`` opens a quotation: no letter, digit or mark before it (not
    Harry's, not ג'ורג'), a letter right after it (not '90s, not a closing mark)."""
    before_ok = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in _WORD_MARKS)
    return before_ok and i + 1 < len(text) and text[i + 1].isalpha()


def single_quote_end(text: str, i: int) -> int:
    """Where the quotation the ' at ``i`` opens closes (the closing mark's index), or -1:
    the first ' after it that ends a word and stands before no letter or digit (an
    apostrophe inside a word, wouldn't or צ'רצ'יל, closes nothing)."""
    limit = min(len(text), i + MAX_SINGLE_QUOTE + 1)
    line_end = text.find("\n", i, limit)
    if line_end != -1:
        limit = line_end
    j = text.find("'", i + 2, limit)
    while j != -1:
        if not text[j - 1].isspace() and (j + 1 == len(text) or not text[j + 1].isalnum()):
            return j
        j = text.find("'", j + 1, limit)
    return -1

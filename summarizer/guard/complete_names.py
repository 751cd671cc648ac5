"""Where a name the source writes ends.

A brief's name that begins as the source's ("خالد عبد الكريم") and goes on with a word the
source nowhere has is a changed family name only if the source's name goes on past that
beginning. Where the source lets the name end there, the brief's next word is no part of
it: a verb or an ordinary word after a full name ("בנימין נתניהו חולה"). Arabic and Hebrew
have no capitals to show the end; the source shows it by a comma or sentence end after the
name, or by writing the name's last word without the word before it (a family name on its
own: "אמר נתניהו"). Two different words after the name show nothing: a source may write
"خالد عبد الكريم ماسا" and, once, "خالد عبد الكريم" before a preposition.
"""

from __future__ import annotations

import re

from summarizer.guard.align import SourceIndex
from summarizer.guard.text import fold, stems, words

_COMMA = re.compile(r"\s*[,،;؛]")
END = None  # what follows a name at a comma or the end of its sentence
TWO_WORDS = 2  # a last word and the word before it: the least a head must have


def comma_after(text: str, tokens: list[str]) -> set[int]:
    """The indices of the tokens a comma (or semicolon) follows in ``text``: a name
    never runs across one (though a title may stand before its holder's name with one
    between: "מזכ\"ל חיזבאללה, חסן נסראללה")."""
    out: set[int] = set()
    at = 0
    for j, token in enumerate(tokens):
        found = text.find(token, at)
        if found < 0:
            break
        at = found + len(token)
        if _COMMA.match(text, at):
            out.add(j)
    return out


def name_ends(head: tuple[str, ...], index: SourceIndex, lang: str) -> bool:
    """Whether the source lets a name of the folded words ``head`` end after its last word
    (see the module's docstring); a head of one word is not asked about."""
    if len(head) < TWO_WORDS:
        return False
    followers: set[str | None] = set()  # what the source writes after the whole head
    for sentence in index.sentences:
        tokens = words(sentence.text)
        folded = [fold(w) for w in tokens]
        breaks = comma_after(sentence.text, tokens)
        for j, word in enumerate(folded):
            if head[-1] not in stems(word, lang):
                continue
            if j == 0 or folded[j - 1] != head[-2]:
                return True  # the last word without the word before it
            if tuple(folded[max(0, j - len(head) + 1) : j + 1])[-len(head) :] != head:
                continue
            after = folded[j + 1] if j + 1 < len(folded) and j not in breaks else END
            followers.add(after)
    return END in followers

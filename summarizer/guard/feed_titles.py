"""A feed entry's title told as a sentence of a brief that also tells its description.

A feed entry is its title and a description of a sentence or two, and the description
seldom repeats the title's fact ("Jamie Oliver closes six restaurants ..." over "The company
is focusing on new overseas branches."): a brief of the entry must tell the title's fact in
the title's words, or leave it out. What is the outlet's framing adopted, not a summary, is
the title pasted in the headline's own grammar ("Death penalty bill approved by Israeli
cabinet", "Syrian rebels deny report of ceasefire"), or a brief that gives the title and not
the entry's description. A sentence that retells the title in a sentence's grammar puts words
of its own between the title's: an article ("in a Chicago torture case"), an auxiliary ("have
been brought", "is closing"), a conjunction for the headline's comma ("gas and oil"). Such a
sentence, in a brief that carries most of the description's content words, summarises the
entry.

A title word the brief tells right beside the word the title puts next to it, in the title's
order, with no content word between ("take a polar plunge" under "Take the Polar Plunge ...",
"a memo listing the Obama ..." under "Kerry Lists Obama Era's ..."), is the title's phrase
retold: source text the brief draws on, not the title's word slipped into a slot of the
description's sentence (title_phrase). A word further off is not its phrase: "will halt the
service as the pay dispute ..." under "Bus routes to halt in pay row" tells "pay" with the
description, not with "halt".
"""

from __future__ import annotations

from difflib import SequenceMatcher

from summarizer.guard.content_keys import content_words, keys_of, word_keys
from summarizer.guard.text import fold, words

TEASER_WORDS = 80  # a feed entry's description: one to three sentences (counted in words,
# so that initials such as "Rex W. Tillerson" do not count as sentence ends)
CARRIED = 0.75  # share of the description's content words the whole brief must carry
MIN_RUN = 2  # a copied run of the title shorter than this is vocabulary, not its wording


def teaser(description: str) -> bool:
    """Whether the text under a title is a feed entry's short description."""
    return 0 < len(words(description)) <= TEASER_WORDS


def carries(summary: str, description: str, lang: str) -> bool:
    """Whether the brief has (in any inflection) most of the description's content words."""
    wanted = content_words(description, lang)
    if not wanted:
        return False
    mine = keys_of(summary, lang)
    return sum(1 for keys in wanted if keys & mine) >= CARRIED * len(wanted)


def retold_in_own_grammar(title: list[str], sentence: str) -> bool:
    """Whether the sentence puts a word of its own between the title words it copies
    (``title``: the title's own words, folded): between the first and the last copied run
    of two or more words, a word that no copied title word stands for."""
    mine = [fold(w) for w in words(sentence)]
    blocks = [
        b for b in SequenceMatcher(a=title, b=mine, autojunk=False).get_matching_blocks() if b.size
    ]
    runs = [b for b in blocks if b.size >= MIN_RUN]
    if not runs:
        return False
    copied = {i for b in blocks for i in range(b.b, b.b + b.size)}
    start, end = runs[0].b, max(b.b + b.size for b in runs)
    return any(i not in copied for i in range(start, end))


def retells_feed_title(
    title: list[str], sentence: str, summary: str, description: str, lang: str
) -> bool:
    """A brief sentence that tells a feed entry's title as a sentence (not pasted in the
    headline's grammar), in a brief that also tells the entry's description."""
    return (
        teaser(description)
        and retold_in_own_grammar(title, sentence)
        and carries(summary, description, lang)
    )


def title_phrase(brief: list[str], at: int, title: list[str], lang: str) -> bool:
    """Whether the brief's content word ``brief[at]`` (``brief``: a sentence's content
    words) is told next to the title word that stands next to it in the title (``title``:
    the title's content words), on the same side: the title's phrase in the brief's own
    grammar ("take a polar plunge"). The words meet by their keys, in any inflection."""
    mine = [word_keys(w, lang) for w in brief]
    theirs = [word_keys(w, lang) for w in title]
    after = mine[at + 1] if at + 1 < len(mine) else frozenset()
    before = mine[at - 1] if at > 0 else frozenset()
    for k, keys in enumerate(theirs):
        if not keys & mine[at]:
            continue
        if k + 1 < len(theirs) and theirs[k + 1] & after:
            return True
        if k > 0 and theirs[k - 1] & before:
            return True
    return False

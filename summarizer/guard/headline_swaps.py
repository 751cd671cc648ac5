"""The headline's own phrase kept, with its unsupported word changed for another.

A brief may keep a phrase of the headline around one changed stretch: "... seized rocket
factories in rural Damascus" under the headline "... seize rocket depots in rural Damascus",
or "a fire that has already entered the homes of Yitzhar in Samaria" under "a fire spreading
near Yitzhar in Samaria". Where the headline's words so replaced are ones its article's body
never has (the headline's own framing), and the brief's stretch holds words that neither the
body nor the headline has in any form, the brief has sharpened the headline's claim into one
no text supports. One new word is often a paraphrase ("battling" for "working on"), so a
single word counts only inside a kept phrase that goes on for several headline words after
it; two or more new words make a claim of their own. Arabic and Hebrew only: in English the
rule's one-word swaps were verb paraphrases ("fired" for "fires", "obtained" for "got").
"""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import pairwise

from summarizer.guard.content_keys import all_word_keys, has_word, is_content
from summarizer.guard.cues import has_cue
from summarizer.guard.headline import headline_words
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, words

MAX_STRETCH = 4  # brief words between the kept parts: a longer stretch is a new clause
MIN_KEPT = 3  # headline words kept on the two sides of the stretch together
KEPT_AFTER = 3  # headline words kept after a one-word change that make it the headline's
MIN_NEW = 2  # words of the stretch no text has that make a claim of their own


def _new(word: str, known: set[str], lang: str) -> bool:
    """A content word (not a figure, not a reporting verb) that no text has in any form."""
    if not is_content(word, lang) or has_cue(word, lang):
        return False
    return not any(ch.isdigit() for ch in word) and not has_word(known, word, lang)


def check_headline_swaps(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """Brief sentences that keep a headline phrase but change its unsupported words."""
    own = headline_words(headline)
    if lang == "en" or len(own) < MIN_KEPT:
        return []
    body_keys = all_word_keys(source.replace(headline.strip(), " "), lang)
    known = body_keys | all_word_keys(headline, lang)
    problems = []
    for sentence in sentences(summary):
        mine = words(sentence.text)
        matcher = SequenceMatcher(a=own, b=[fold(w) for w in mine], autojunk=False)
        kept = [b for b in matcher.get_matching_blocks() if b.size]
        for before, after in pairwise(kept):
            theirs = own[before.a + before.size : after.a]
            stretch = mine[before.b + before.size : after.b]
            if not theirs or not stretch or len(stretch) > MAX_STRETCH:
                continue
            if before.size + after.size < MIN_KEPT:
                continue
            framing = [
                w for w in theirs if is_content(w, lang) and not has_word(body_keys, w, lang)
            ]
            new = [w for w in stretch if _new(w, known, lang)]
            if not framing or not new or (len(new) < MIN_NEW and after.size < KEPT_AFTER):
                continue
            problems.append(
                Problem(
                    "headline",
                    f"keeps the headline's words ({headline.strip()!r}) but says "
                    f"{' '.join(stretch)!r} for its {' '.join(theirs)!r}; neither the article "
                    f"nor its headline says {', '.join(new)!r}",
                    sentence.text,
                )
            )
            break
    return problems

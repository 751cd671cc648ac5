"""Framing the body does not support: a brief that takes a claim from the headline alone.

A headline may frame a story more strongly than its article ("rocket depots" where the
body says "ammunition depots"; "where children were attacked" where the body speaks of
aiding an assault). A brief phrase of two or more words that it shares with the headline,
holding a content word the article's body nowhere has (in any inflection or with any
proclitic), states the headline's framing as the story. Single shared words are left alone:
a short feed item's brief must be free to use its title's vocabulary. A feed item's few
sentences are a teaser that leaves the title's facts to the title, so the rule reads only
articles whose body is long enough to restate what its headline says.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from summarizer.guard.align import is_content, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.headline import body_text, headline_words
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, words

MIN_PHRASE = 2  # a shared run shorter than this is vocabulary, not the headline's claim
MIN_WORD = 3  # a shorter token is a clitic split off by a quotation mark (ماسا ل«الصباح»)
MIN_BODY_SENTENCES = 4  # a shorter body (a feed item's teaser) need not restate its title


def _keys_of(text: str, lang: str) -> set[str]:
    """Every comparison key of every word of a text."""
    keys: set[str] = set()
    for word in words(text):
        keys |= word_keys(word, lang)
    return keys


def _headline_only(word: str, body_keys: set[str], lang: str) -> bool:
    """A content word (not a name in English, not a reporting verb: who says it is the
    attribution check's question) that the body has in no form."""
    if not is_content(word, lang) or (lang == "en" and word[:1].isupper()):
        return False
    if len(word) < MIN_WORD or has_cue(word, lang):
        return False
    return not word_keys(word, lang) & body_keys


def check_headline_only(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """Brief phrases copied from the headline whose claim the article's body lacks."""
    own = headline_words(headline)
    body = body_text(source, headline)
    if len(own) < MIN_PHRASE:
        return []
    if len(sentences(source.replace(headline.strip(), " "))) < MIN_BODY_SENTENCES:
        return []
    body_keys = _keys_of(body, lang)
    problems = []
    for sentence in sentences(summary):
        mine = words(sentence.text)
        folded = [fold(w) for w in mine]
        matcher = SequenceMatcher(a=own, b=folded, autojunk=False)
        for block in matcher.get_matching_blocks():
            if block.size < MIN_PHRASE:
                continue
            run = mine[block.b : block.b + block.size]
            if any(ch.isdigit() for w in run for ch in w):
                continue  # "at least 59": a figure and its hedge are the number check's
            if f" {' '.join(folded[block.b : block.b + block.size])} " in body:
                continue
            unsupported = [w for w in run if _headline_only(w, body_keys, lang)]
            if unsupported:
                problems.append(
                    Problem(
                        "headline",
                        f"takes {' '.join(run)!r} from the headline ({headline.strip()!r}); "
                        f"the article's body never says {', '.join(unsupported)!r}",
                        sentence.text,
                    )
                )
                break
    return problems

"""Framing the body does not support: a brief that takes a claim from the headline alone.

A headline may frame a story more strongly than its article ("rocket depots" where the
body says "ammunition depots"; "where children were attacked" where the body speaks of
aiding an assault). A brief phrase of two or more words that it shares with the headline,
holding a content word the article's body nowhere has (in any inflection or with any
proclitic), states the headline's framing as the story. Single shared words are left alone:
a short feed item's brief must be free to use its title's vocabulary. A feed item's few
sentences are a teaser that leaves the title's facts to the title, so the rule reads only
articles whose body is long enough to restate what its headline says; in a feed item's brief
it reads only what a sentence adds once it has followed a body sentence, at its opening or
before it follows that sentence again ("... left the meeting on Friday, as a report found he
had led a cyberattack scheme"), and only a run of at least three title words the teaser
lacks: the title's claim folded into the teaser's, not a sentence of its own that restates
the title, nor a word or two of the title's vocabulary ("in doubt").

Any item, a feed item too, is read for one more sign: a brief sentence that follows a body
sentence word for word on either side of a short stretch, where the body's words in that
stretch gave way to a word only the headline has ("rivals will seek to depose him" → "rivals
will end up killing him", the headline's "killed"), swaps the body's claim for the
headline's. The brief meets the body's words by their keys, in any inflection. A feed
entry's title is a line of its source, that a brief may draw on: there a title word counts
only where it replaces body words the whole brief lacks, not where the brief adds it and
goes on with the body sentence. An article's headline stands apart from its text: there a
headline word put between kept body words, in place of the body's own, counts too
(headline_slots.py).

A run that the brief says the headline's own speaker said ("..., and officials say he may
have heard voices", for "..., Officials Say") is reported speech, as in the headline, not
the headline's framing adopted (headline_speakers.py).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import partial
from itertools import product

from summarizer.guard.content_keys import all_word_keys, has_word, is_content, part_keys, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.feed_titles import title_phrase
from summarizer.guard.headline import body_text, headline_words, titled
from summarizer.guard.headline_slots import stood_in
from summarizer.guard.headline_speakers import reports_headline_speaker
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, stems, words

MIN_PHRASE = 2  # a shared run shorter than this is vocabulary, not the headline's claim
MIN_WORD = 3  # a shorter token is a clitic split off by a quotation mark (ماسا ل«الصباح»)
SWAP_FRAME = 3  # content words in a row the brief shares with a body sentence
SWAP_NEXT = 2  # content words after them where the two part
MIN_BODY_SENTENCES = 4  # a shorter body (a feed item's teaser) need not restate its title
FRAME_OPENS = 1  # content words before a teaser's sentence is followed: "Senator", "recently"
TEASER_CLAIM = 3  # title-only words in one run that make a claim, not a word of its vocabulary


# Prepositions of nearness ("near Yitzhar" where the body says "towards Yitzhar"): where a
# thing is set beside the place the body names, not a claim of the headline's own.
_PROXIMITY = {
    "en": frozenset({"near", "nearby", "outside", "close"}),
    "ar": frozenset(fold(w) for w in ("قرب", "بالقرب", "قريب", "قريبا", "بجوار", "محيط")),
    "he": frozenset(fold(w) for w in ("סמוך", "בסמוך", "ליד", "בקרבת", "בסמיכות")),
}


def headline_only_word(word: str, body_keys: set[str], lang: str) -> bool:
    """A content word (not a name in English, not a reporting verb: who says it is the
    attribution check's question) that the body has in no form."""
    if not is_content(word, lang) or (lang == "en" and word[:1].isupper()):
        return False
    if len(word) < MIN_WORD or has_cue(word, lang) or _near(word, lang):
        return False
    return not has_word(body_keys, word, lang)


def _only_in_headline(word: str, keys: tuple[set[str], set[str]], lang: str) -> bool:
    """A word the headline has and the body (``keys``: the headline's and the body's) has
    in no form."""
    headline_keys, body_keys = keys
    return headline_only_word(word, body_keys, lang) and bool(word_keys(word, lang) & headline_keys)


def _near(word: str, lang: str) -> bool:
    """A preposition or adjective of nearness, behind any proclitic or article (הסמוך,
    وبالقرب)."""
    return any(s in _PROXIMITY[lang] for s in stems(fold(word), lang))


def check_headline_only(headline: str, summary: str, source: str, lang: str) -> list[Problem]:
    """Brief phrases copied from the headline whose claim the article's body lacks."""
    own = headline_words(headline)
    body = body_text(source, headline)
    if len(own) < MIN_PHRASE:
        return []
    body_sentences = sentences(source.replace(headline.strip(), " "))
    headline_keys = all_word_keys(" ".join(own), lang)  # its own words: no quoted name (الصباح)
    body_keys = all_word_keys(body, lang)
    bodies = [[fold(w) for w in words(b.text) if is_content(w, lang)] for b in body_sentences]
    keys = (headline_keys, body_keys)
    if titled(headline, source):
        title = [w for w in own if is_content(w, lang)]
        problems = _swapped_for_headline(summary, bodies, keys, lang, title=title)
    else:
        problems = _swapped_for_headline(summary, bodies, keys, lang) or stood_in(
            summary,
            body_sentences,
            headline_keys,
            partial(_only_in_headline, keys=keys, lang=lang),
            lang,
        )
    if problems:
        return problems
    teaser = len(body_sentences) < MIN_BODY_SENTENCES
    for sentence in sentences(summary):
        mine = words(sentence.text)
        folded = [fold(w) for w in mine]
        start = past_body_frame(mine, bodies, lang) if teaser else 0
        if start is None:
            continue
        matcher = SequenceMatcher(a=own, b=folded, autojunk=False)
        for block in matcher.get_matching_blocks():
            if block.size < MIN_PHRASE or block.b < start:
                continue
            run = mine[block.b : block.b + block.size]
            if any(ch.isdigit() for w in run for ch in w):
                continue  # "at least 59": a figure and its hedge are the number check's
            if f" {' '.join(folded[block.b : block.b + block.size])} " in body:
                continue
            unsupported = [w for w in run if headline_only_word(w, body_keys, lang)]
            told = sum(len(part_keys(w, lang)) for w in unsupported)  # "attack-dog": two
            said = " ".join(folded[block.b : block.b + block.size])
            if told >= (TEASER_CLAIM if teaser else 1) and not reports_headline_speaker(
                headline, sentence.text, lang, [said], whole=False
            ):
                problems.append(_taken(run, unsupported, headline, sentence.text))
                break
        else:
            word = "" if teaser or lang != "en" else _headline_word(mine, own, body_keys)
            if word and not reports_headline_speaker(
                headline, sentence.text, lang, [fold(word)], whole=False
            ):
                problems.append(_taken([word], [word], headline, sentence.text))
    return problems


def _taken(run: list[str], unsupported: list[str], headline: str, sentence: str) -> Problem:
    return Problem(
        "headline",
        f"takes {' '.join(run)!r} from the headline ({headline.strip()!r}); "
        f"the article's body never says {', '.join(unsupported)!r}",
        sentence,
    )


def _headline_word(mine: list[str], own: list[str], body_keys: set[str]) -> str:
    """A word of an English brief spelled as one of the headline's own, that the article's
    long body has in no form ("placed under lockdown" below "... Put the West Bank on
    Lockdown"): the headline's framing in the brief's voice, though no two words run
    together. The same spelling only: a derived form ("made history" for "historic") is
    the brief's own wording of what the body reports."""
    spelled = set(own)
    for word in mine:
        if fold(word) in spelled and headline_only_word(word, body_keys, "en"):
            return word
    return ""


def past_body_frame(mine: list[str], bodies: list[list[str]], lang: str) -> int | None:
    """The index in ``mine`` (a brief sentence's words) just past its first run of content
    words shared in a row with a body sentence (``bodies``: their folded content words),
    where that run opens the sentence or the sentence goes on to follow the body sentence
    again; None when it follows no body sentence so."""
    at = [i for i, w in enumerate(mine) if is_content(w, lang)]
    content = [fold(mine[i]) for i in at]
    ends = []
    for body in bodies:
        matcher = SequenceMatcher(a=body, b=content, autojunk=False)
        framed = [b for b in matcher.get_matching_blocks() if b.size >= SWAP_FRAME]
        if framed and (framed[0].b <= FRAME_OPENS or len(framed) > 1):
            ends.append(at[framed[0].b + framed[0].size - 1] + 1)
    return min(ends, default=None)


def _swapped_for_headline(
    summary: str,
    bodies: list[list[str]],
    keys: tuple[set[str], set[str]],
    lang: str,
    title: list[str] | None = None,
) -> list[Problem]:
    """Brief sentences that follow a body sentence (``bodies``: their folded content
    words) but for a short stretch where a word only the headline has stands in for the
    body's own words; ``keys``: the headline's and the body's. Where the headline is a
    line of the source (``title``: a feed entry's title, its content words), its words are
    source text: only a title word that replaces body words the whole brief lacks counts,
    not one the brief adds before it goes on with the body sentence ("was not a one-off but
    the latest salvo" for "was the latest fusillade"), nor one it tells within the title's
    own phrase (feed_titles.title_phrase)."""
    headline_keys, body_keys = keys
    problems = []
    whole = all_word_keys(summary, lang)
    runs, spelled = _runs_of(bodies), _body_spellings(bodies, whole, lang)
    for sentence in sentences(summary):
        brief = [w for w in words(sentence.text) if is_content(w, lang)]
        ends = _shared_run_ends(bodies, (runs, spelled), brief, lang)
        if not ends:
            continue
        brief_keys = whole if title is not None else all_word_keys(" ".join(brief), lang)
        swapped = ""
        for k in sorted(ends):  # the body sentences in order, each with a run shared
            found = (brief_keys, headline_keys, body_keys)
            swapped = _swap(bodies[k], ends[k], brief, found, lang, title)
            if swapped:
                break
        if swapped:
            problems.append(
                Problem(
                    "headline",
                    f"says {swapped!r}, the headline's word, where the article's body says"
                    " something else",
                    sentence.text,
                )
            )
    return problems


def _swap(
    body: list[str],
    ends: list[tuple[int, int]],
    brief: list[str],
    keys: tuple[set[str], set[str], set[str]],
    lang: str,
    title: list[str] | None,
) -> str:
    """The headline-only word of the brief that, right after content words it shares in a
    row with a body sentence (each run ending at ``ends``), stands where that sentence goes
    on with words the brief lacks ('' when there is none); ``keys``: the brief's, the
    headline's and the body's. Content words only (folded in ``body``): "to" or "him"
    anchor nothing. Every shared run counts, in whatever order the brief retells the
    sentence's parts ("X said that rivals will kill him as Y" for "As Y, rivals will seek to
    depose him, X said"), not only the runs that keep the sentence's order. Under a title
    that is source text (``title``: its content words), words the brief puts before the
    body sentence's next word are added, not put in its place, and a title word told in the
    title's own phrase is the title retold."""
    brief_keys, headline_keys, body_keys = keys
    for a, b in ends:
        next_body = body[a : a + SWAP_NEXT]
        next_brief = brief[b : b + SWAP_NEXT]
        if all(word_keys(w, lang) & brief_keys for w in next_body):
            continue
        if (
            title is not None
            and next_body
            and any(word_keys(w, lang) & word_keys(next_body[0], lang) for w in next_brief)
        ):
            continue
        for at, word in enumerate(next_brief, start=b):
            if not _only_in_headline(word, (headline_keys, body_keys), lang):
                continue
            if title is None or not title_phrase(brief, at, title, lang):
                return word
    return ""


Runs = dict[tuple[str, ...], list[tuple[int, int]]]


def _runs_of(bodies: list[list[str]]) -> Runs:
    """Where each run of SWAP_FRAME words of the body sentences starts: (sentence, index),
    in order. One index of every sentence: a brief's run is looked up once, not once per
    body sentence."""
    at: Runs = {}
    for k, body in enumerate(bodies):
        for j in range(len(body) - SWAP_FRAME + 1):
            at.setdefault(tuple(body[j : j + SWAP_FRAME]), []).append((k, j))
    return at


def _body_spellings(bodies: list[list[str]], wanted: set[str], lang: str) -> dict[str, set[str]]:
    """The body sentences' words (folded) by each of their word keys that the brief has
    (``wanted``)."""
    spelled: dict[str, set[str]] = {}
    for word in {w for body in bodies for w in body}:
        for key in word_keys(word, lang) & wanted:
            spelled.setdefault(key, set()).add(word)
    return spelled


def _shared_run_ends(
    bodies: list[list[str]],
    index: tuple[Runs, dict[str, set[str]]],
    brief: list[str],
    lang: str,
) -> dict[int, list[tuple[int, int]]]:
    """For each body sentence (by index) that shares a run of SWAP_FRAME or more words in a
    row with the brief, where each such run ends: (index past it in the body sentence,
    index past it in ``brief``), in the brief's order. A brief word meets a body word by
    its keys, in any inflection or spelling ("מעורבת" and "מעורבותה"), as every other
    check compares words: each brief word stands for the body's words it so meets
    (``index``: the body's runs, and its words by key)."""
    runs, spelled = index
    meets = [
        sorted(set().union(*(spelled.get(key, ()) for key in word_keys(w, lang)))) for w in brief
    ]
    ends: dict[int, list[tuple[int, int]]] = {}
    for i in range(len(brief) - SWAP_FRAME + 1):
        for run in product(*meets[i : i + SWAP_FRAME]):
            for k, j in runs.get(run, ()):
                body, a, b = bodies[k], j + SWAP_FRAME, i + SWAP_FRAME
                if a < len(body) and b < len(brief) and body[a] in meets[b]:
                    continue  # the run goes on: judged where it ends
                ends.setdefault(k, []).append((a, b))
    return ends

"""A place the source never names: "התרעה על חדירת כלי טיס עוין מלבנון" where the source
says only that a hostile aircraft was reported, "من منفاه في القاهرة" where it says only
"from his exile".

One added word is too little for the support check (a paraphrase adds words too), but a
place is a fact: where the attack came from, where someone was. In English a place is a
capitalised name, which the name check already looks for; in Arabic and Hebrew a place of
:mod:`places` in a brief whose source has no form of it (the country, its people's name)
is unsupported. Israel is the setting of every article the bot briefs (the relevance
filter keeps only the conflict's news): a brief may name it where the source says "this
entity" or "the occupation".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from summarizer.guard.places import ISRAEL, place_name, place_of
from summarizer.guard.report import Problem
from summarizer.guard.text import folded_forms, sentences, words


def check_absent_places(summary: str, source: str, lang: str) -> list[Problem]:
    """Places named by the brief (ar/he) that the source names in no form."""
    if lang not in ("ar", "he"):
        return []
    named = {ISRAEL} | {place_of(w, lang) for w in words(source)}
    # A place of the source the brief never names: the brief's place stands in its stead
    # ("יוון הודיעה" for the source's "קפריסין הודיעה"), a name changed, not one added.
    dropped = {p for p in named if p is not None and p != ISRAEL}
    dropped -= {place_of(w, lang) for w in words(summary)}
    problems = []
    for sentence in sentences(summary):
        for word, place in _new_places(sentence.text, lang, named):
            problems.append(
                Problem(
                    "unsupported",
                    f"the source names no {place_name(place)}: {word!r}",
                    sentence.text,
                )
            )
            if dropped:
                problems.append(
                    Problem(
                        "name",
                        f"the summary names {place_name(place)} where the source names"
                        f" {place_name(min(dropped))}: {word!r}",
                        word,
                    )
                )
            elif theirs := in_slot(sentence.text, word, source, lang):
                problems.append(
                    Problem(
                        "name",
                        f"the summary names {place_name(place)} where the source has {theirs!r}",
                        word,
                    )
                )
    return problems


def in_slot(text: str, word: str, source: str, lang: str) -> str | None:
    """The source's word in the slot the brief's place fills: a word of the brief just
    before the place (one of two: "יצהר שבבקעת הירדן") is in the source too, in any of its
    forms ("לגן הלאומי" / "לגן לאומי"), and followed there by a word the brief nowhere has
    (another place, which the table may not know)."""
    tokens = words(text)
    at = tokens.index(word)
    mine = set().union(*(folded_forms(t, lang) for t in tokens))
    theirs = words(source)
    for anchor in tokens[max(0, at - 2) : at]:
        before = folded_forms(anchor, lang)
        for k in range(len(theirs) - 1):
            if (
                folded_forms(theirs[k], lang) & before
                and not folded_forms(theirs[k + 1], lang) & mine
            ):
                return theirs[k + 1]
    return None


def check_translation_places(english: str, text: str, lang: str) -> list[Problem]:
    """Places a translation (ar/he) names in place of one the English brief names
    ("במקסיקו" where the brief says "in Spain"): the brief's place is gone from the
    translation, and the translation's is in no form in the brief. A place added beside
    the brief's ("الأمريكية" for the CIA, Germany for Berlin) is a translator's gloss."""
    if lang not in ("ar", "he"):
        return []
    named = {ISRAEL} | {place_of(w, "en") for w in words(english)}
    rendered = {place_of(w, lang) for w in words(text)}
    if not named - rendered - {None, ISRAEL}:
        # every place of the brief is rendered somewhere: compare sentence by sentence
        return _moved_between_sentences(english, text, lang)
    problems = []
    for word, place in _new_places(text, lang, named):
        problems.append(
            Problem(
                "translation_name",
                f"the English brief names no {place_name(place)}: {word!r}",
                word,
            )
        )
    return problems


def _moved_between_sentences(english: str, text: str, lang: str) -> list[Problem]:
    """ "Qatar-brokered" rendered "בתיווך מצרים" where the brief names Egypt only in its
    first sentence: with the brief's sentences rendered one for one, a translated sentence
    that names a place not of its own, and names a place of its own fewer times than the
    English sentence does, has moved the one into the other's slot: a place of another of
    the brief's sentences, or one the brief has nowhere ("ברפיח" for "in Gaza"). A place
    added where every mention of the sentence's own is kept is a gloss ("الأمريكية" after
    the CIA)."""
    pairs = list(zip(sentences(english), sentences(text), strict=False))
    if len(sentences(english)) != len(sentences(text)) or len(pairs) < 2:
        return []
    problems = []
    for mine, theirs in pairs:
        named = Counter(place_of(w, "en") for w in words(mine.text))
        rendered = Counter(place_of(w, lang) for w in words(theirs.text))
        if not any(rendered[p] < n for p, n in named.items() if p not in (None, ISRAEL)):
            continue
        for word, place in _new_places(theirs.text, lang, {ISRAEL, *named}):
            problems.append(
                Problem(
                    "translation_name",
                    f"this sentence of the English brief names no {place_name(place)}: {word!r}",
                    word,
                )
            )
    return problems


def _new_places(text: str, lang: str, named: set[int | None]) -> Iterator[tuple[str, int]]:
    """Each word of ``text`` naming a place not in ``named``, with its place, once per
    place (each is added to ``named``)."""
    for word in words(text):
        place = place_of(word, lang)
        if place is not None and place not in named:
            named.add(place)
            yield word, place

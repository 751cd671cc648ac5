"""A translated brief says what the English brief says: same numbers, same attributions."""

from __future__ import annotations

import re

from summarizer.guard.align import split_claims
from summarizer.guard.attributed_clauses import is_attributed
from summarizer.guard.continued_speech import attributed_clauses
from summarizer.guard.contrast_cover import contrast_attribution_lost
from summarizer.guard.cues import cue_count
from summarizer.guard.hedges import agrees, hedge_before
from summarizer.guard.numbers import Number, find_numbers, is_time_dual, same_number
from summarizer.guard.ordinals import ordinals
from summarizer.guard.report import Problem
from summarizer.guard.speech_acts import directive_count, speaker_cue_count, warning_count
from summarizer.guard.text import normalize, sentences, without_designators, words
from summarizer.guard.translation_speakers import check_speakers_moved
from summarizer.guard.transliteration import close, skeleton, token_skeletons

# A figure written as a share: "30%", "30 percent", "٣٠٪", "30 بالمئة", "30 אחוז", "%30".
_PERCENT = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|٪|percent\b|per\s+cent\b|بالمئة|بالمائة|في\s+الم[ئا]+ة|אחוז)"
    r"|[%٪](\d[\d,]*(?:\.\d+)?)"
)


def percentages(text: str) -> set[float]:
    """The values a text states as percentages."""
    out = set()
    for m in _PERCENT.finditer(normalize(text)):
        digits = (m.group(1) or m.group(2)).replace(",", "")
        out.add(round(float(digits), 6))
    return out


# Number words a translation may add by grammar alone: "one", and "two" for a pair the
# English brief lists ("divided into X and Y": "יפוצל לשני רחובות: X ו-Y"; "both": "שני").
_GRAMMAR = (1, 2)


def _measure_compound(span: str, value: float) -> bool:
    """A number word bound to its unit ("five-year", "three-day"): always rendered with
    its number (مدته خمس سنوات), unlike a bare "three" that may hide in a definite form or
    a dual. Two and less stay exempt ("two-day" may be a dual: يومين)."""
    return "-" in span and value > 2


def check_translation_numbers(english: str, translated: str, lang: str) -> list[Problem]:
    """Every figure of the English brief is in the translation, and nothing else is."""
    ours = find_numbers(english, "en")
    theirs = find_numbers(translated, lang)
    # "Covid-19" may be "הקורונה": a designator's number is part of a name, not a figure
    named_figures = find_numbers(without_designators(english), "en")
    problems = []
    # "arrested at 16" is "اعتقل في السادسة عشرة من عمره": an age may become an ordinal
    their_ordinals = {round(v, 6) for v, _ in ordinals(translated, lang)}
    for number in named_figures:
        if number.kind == "word" and not _measure_compound(number.span, number.value):
            continue  # "two" may become a dual form or vanish into grammar
        if round(number.value, 6) in their_ordinals and not same_number(number, theirs):
            continue
        if not same_number(number, theirs):
            problems.append(
                Problem(
                    "translation_number",
                    f"the English brief says {number.span!r}; the {lang} translation does not",
                )
            )
        elif number.kind == "digits" and not _hedged_alike(english, number, translated, theirs):
            problems.append(
                Problem(
                    "translation_number",
                    f"the English brief says {number.span!r}, hedged the other way in the"
                    f" {lang} translation",
                )
            )
    # a "two" stands for no English number word the translation lost ("three" → "يومين")
    lost = any(n.kind == "word" and not same_number(n, theirs) for n in ours)
    grammar = _GRAMMAR[:1] if lost else _GRAMMAR
    for number in theirs:
        if number.kind == "word" and number.value in grammar and not is_time_dual(number.span):
            continue  # but "שבועיים" is two weeks, never grammar
        if not same_number(number, ours):
            problems.append(
                Problem(
                    "translation_number",
                    f"the {lang} translation says {number.span!r}, which the English brief"
                    " does not",
                    number.span,
                )
            )
    figures = {n.value for n in ours if n.kind != "vague"} | {v for v, _ in ordinals(english, "en")}
    for value, span in ordinals(translated, lang):
        if all(abs(value - f) > 1e-6 for f in figures):
            problems.append(
                Problem(
                    "translation_number",
                    f"the {lang} translation says {span!r}, which the English brief does not",
                    span,
                )
            )
    return problems


def _hedged_alike(english: str, number: Number, translated: str, theirs: list[Number]) -> bool:
    """Whether some rendering of the figure in the translation is hedged the same way
    ("more than 120" is not "כמעט 120", nearly 120)."""
    mine = hedge_before(english, number)
    return any(
        agrees(o.value, hedge_before(translated, o), number.value, mine)
        for o in theirs
        if o.kind != "vague" and abs(o.value - number.value) < 1e-6
    )


def check_translation_attribution(english: str, translated: str, lang: str) -> list[Problem]:
    """No attribution of the English brief is lost in translation."""
    attributed = [s.text for s in sentences(english) if _says_who(s.text)]
    problems = []
    found = cue_count(translated, lang)
    if found < len(attributed):
        problems.append(
            Problem(
                "translation_attribution",
                f"the English brief attributes {len(attributed)} statement(s); the {lang}"
                f" translation has {found} attribution(s)",
            )
        )
        return problems
    target = sentences(translated)
    source_sentences = sentences(english)
    if len(source_sentences) == len(target):  # sentence by sentence, when they line up
        for mine, theirs in zip(source_sentences, target, strict=True):
            # a warning verb that renders an order of the event ("warned people to move")
            # is not the attribution the English sentence also has
            spare = min(directive_count(mine.text), warning_count(theirs.text, lang))
            if _says_who(mine.text) and (
                not is_attributed(theirs.text, lang)
                or (spare and cue_count(theirs.text, lang) - spare < speaker_cue_count(mine.text))
            ):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the English sentence says who says so; its {lang} translation does not",
                        theirs.text,
                    )
                )
            elif _says_who(mine.text) and _relay_lost(mine.text, theirs.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the English sentence reports what someone said another said; its"
                        f" {lang} translation drops one of the speakers",
                        theirs.text,
                    )
                )
            elif _says_who(mine.text) and _clause_lost(mine.text, theirs.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"a clause the English sentence attributes is stated as fact in its"
                        f" {lang} translation",
                        theirs.text,
                    )
                )
            elif _says_who(mine.text) and contrast_attribution_lost(mine.text, theirs.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the clause before the contrast is attributed in English; in the"
                        f" {lang} translation only the contrasting clause says who says so",
                        theirs.text,
                    )
                )
            elif _says_who(mine.text) and _speaker_swapped(english, mine.text, theirs.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the {lang} translation gives this to another person of the brief",
                        theirs.text,
                    )
                )
        if not problems:
            pairs = [(m.text, t.text) for m, t in zip(source_sentences, target, strict=True)]
            problems += check_speakers_moved(pairs, lang)
        if problems:
            return problems
    # A figure attributed in English must stay attributed where the translation states it
    # (a percentage where it states that percentage: "30%" is not "30 April"). An
    # attribution reaches to a semicolon: "she was 25 ...; she said she felt pains" gives
    # her age in the brief's own voice.
    clauses = [c for s in attributed for c in re.split(r";\s+", s) if _says_who(c)]
    for sentence in clauses:
        figures = [n for n in find_numbers(sentence, "en") if n.kind == "digits"]
        shares = percentages(sentence)
        for other in target:
            stated = find_numbers(other.text, lang)
            their_shares = percentages(other.text)
            carried = [
                n
                for n in figures
                if same_number(n, stated)
                and (round(n.value, 6) not in shares or round(n.value, 6) in their_shares)
            ]
            if carried and not is_attributed(other.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the English brief attributes this figure; the {lang} sentence"
                        " carrying it does not",
                        other.text,
                    )
                )
    return problems


def _says_who(english: str) -> bool:
    """Whether an English text says who says something (see :func:`speaker_cue_count`)."""
    return speaker_cue_count(english) > 0


def _clause_lost(sentence: str, translated: str, lang: str) -> bool:
    """The sentence and its translation have the same clauses ("Israel says X, while the
    government says Y"), but fewer of the translation's say who says so."""
    mine = [c.text for c in split_claims(sentence, "en")]
    theirs = [c.text for c in split_claims(translated, lang)]
    if len(mine) < 2 or len(mine) != len(theirs):
        return False
    attributed = sum(_says_who(c) for c in mine)
    own = [is_attributed(c, lang) for c in theirs]
    return attributed_clauses(theirs, lang, own) < attributed


def _speaker_swapped(english: str, sentence: str, translated: str, lang: str) -> bool:
    """The English sentence's people are absent from its translation, which names another
    person of the English brief instead: a claim or quotation moved to another speaker."""
    from summarizer.guard.translation_names import full_names, person_names

    surnames = {skeleton(run[-1]) for run in [*person_names(english), *full_names(english)]}
    # a short surname (Fauci: PS) says who the English sentence names; only a longer one
    # is evidence that the translation names someone else
    here = {sk for sk in surnames if len(sk) >= MIN_SKELETON and sk in _skeletons(sentence)}
    if not here:
        return False
    theirs = token_skeletons(words(translated), lang)
    named = {sk for sk in surnames if any(close(sk, t) for t in theirs)}
    others = {sk for sk in named - here if len(sk) >= MIN_SPEAKER}
    return not named & here and bool(others)


def _skeletons(text: str) -> set[str]:
    """The skeletons of the names of an English text: its capitalised words ("could" has
    the skeleton of "Guild" but names nobody)."""
    return {skeleton(w) for w in words(text) if w[:1].isupper()}


MIN_SPEAKER = 3  # skeletons this long are names, not ordinary words
MIN_SKELETON = 2  # a name's skeleton at its shortest (Fauci: PS)


def _relay_lost(english: str, translated: str, lang: str) -> bool:
    """A Hebrew translation of a sentence that relays someone's words through another
    ("Winfrey told CBS that Harry had said ...") with fewer cues than the English has:
    the words are given to the one who relays them."""
    if lang != "he":
        return False
    relay = _RELAY.search(english)
    return relay is not None and cue_count(translated, lang) < 2


# "told CBS that Harry had said": a speech verb whose complement is another's speech
_RELAY = re.compile(
    r"\b(?:told|said|says|tells)\b[^,;.]{0,40}?\bthat\s+[^,;.]{1,40}?"
    r"\s+had\s+(?:said|told|claimed|denied|confirmed)\b"
)

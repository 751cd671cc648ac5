"""Claims and their alignment to the source: which source sentences back each claim.

A brief is split into claims (sentences, and clauses joined by "and" / "while" / و / ו);
each claim is aligned to the source sentences that share most of its content words
(weighted by how rare each word is in the source, so "Gaza" in every sentence decides
nothing). The checks then judge a claim against its aligned sentences, not against the
whole source: a figure must stand in a sentence that says the same thing, not merely
somewhere in the article.

Matching is lexical and cheap: words are compared by a short key (lower case, proclitics
and common suffixes removed, cut to a few letters), so "killed" meets "killing" and
"الفلسطينيين" meets "فلسطينيون".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import cast

from summarizer.guard.ar_roots import root_keys
from summarizer.guard.numbers import Number, find_numbers
from summarizer.guard.stopwords import STOP as _STOP
from summarizer.guard.text import PROCLITIC_LETTERS, Sentence, fold, sentences, stems, words

# Claims end at these clause joins; "and" alone joins names as often as clauses, so a bare
# "and" only splits when both sides are long enough to be clauses.
# (A join that starts with white space starts where the white space does, (?<!\s), and runs
# of it are taken whole: a long run of spaces is read once, not once per space.)
_CLAUSE_JOIN = re.compile(
    r",\s++(?:and|while|but|whereas)\s+|(?<!\s)\s++(?:while|whereas)\s+|;\s+"
    r"|،\s*+(?=و\S{2})|،\s*+(?:بينما|فيما|في حين)\s+|(?<!\s)\s++(?:بينما|في حين)\s+|؛\s*"
    r"|,\s*+(?=ו\S{2})|,\s*+(?:בעוד|אך|אולם)\s+|(?<!\s)\s++בעוד\s+",
    re.IGNORECASE,
)
_BARE_AND = re.compile(r"(?<!\s)\s++and\s+", re.IGNORECASE)
MIN_CLAUSE_WORDS = 5

_EN_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
_AR_SUFFIXES = ("يين", "ات", "ون", "ين", "ية", "يه", "ها", "هم", "ان", "ة", "ه", "ي")
_HE_SUFFIXES = ("יות", "ים", "ות", "ית", "יה", "ה", "ת", "י")
_SUFFIXES = {"en": _EN_SUFFIXES, "ar": _AR_SUFFIXES, "he": _HE_SUFFIXES}
_KEY_LETTERS = {"en": 6, "ar": 5, "he": 5}
_MIN_KEY = {"en": 4, "ar": 3, "he": 3}


# Words for the dead, and for the detained, that a faithful brief uses for one another
# ("قتل 56 شخصا" for "الشهداء 56", "fatalities" for "deaths", "اعتقل" for "معتقل"): each
# also has its class's key.
_AR_DEAD = (
    "قتيل قتيلا قتلى قتيلة شهيد شهيدا شهداء شهيدة ضحية ضحايا وفاة وفيات قتل قتلوا قتلت"
    " استشهد استشهدوا استشهدت"
)
_AR_HELD = "اعتقل اعتقلوا اعتقلت معتقل معتقلا معتقلين معتقلون اعتقال اعتقالات أسير أسرى"
_HE_DEAD = "הרוג הרוגים הרוגה חלל חללים מתים הרוגות הרוגי חללי נהרג נהרגה נהרגו"
_HE_HELD = "נעצר נעצרה נעצרו עצור עצורים עציר עצירים עצורה"
_SYNONYMS: dict[str, dict[str, frozenset[str]]] = {
    "#dead": {
        "en": frozenset({"dead", "death", "deaths", "fatalities", "fatality", "killed", "died"}),
        "ar": frozenset(fold(w) for w in _AR_DEAD.split()),
        "he": frozenset(_HE_DEAD.split()),
    },
    "#dwell": {  # "a Tel Rumeida resident" where the source says "lives in Tel Rumeida"
        "en": frozenset({"resident", "residents", "lives", "live", "living", "lived"}),
        "ar": frozenset(),
        "he": frozenset(),
    },
    "#fire": {  # "לבלום את הלהבות" where the source has "השריפה" and "האש"
        "en": frozenset({"fire", "fires", "blaze", "blazes", "flames", "flame"}),
        "ar": frozenset(fold(w) for w in ["حريق", "حرائق", "نيران", "لهب"]),
        "he": frozenset({"אש", "שריפה", "שריפות", "להבות", "להבה", "דליקה"}),
    },
    "#settlement": {  # "ליישוב" (to the community) for the source's "ההתנחלות יצהר"
        "en": frozenset({"settlement", "settlements"}),
        "ar": frozenset(fold(w) for w in ["مستوطنة", "مستوطنات"]),
        "he": frozenset({"יישוב", "יישובים", "ישוב", "ישובים", "התנחלות", "התנחלויות"}),
    },
    "#shekel": {  # 'ש"ח' (new shekels) for the source's "שקל"
        "en": frozenset({"shekel", "shekels", "nis"}),
        "ar": frozenset(fold(w) for w in ["شيكل", "شيكلا", "شواكل"]),
        "he": frozenset({"שקל", "שקלים", 'ש"ח', "ש״ח"}),
    },
    "#held": {
        "en": frozenset({"detained", "detainees", "arrested", "arrests", "detention"}),
        "ar": frozenset(fold(w) for w in _AR_HELD.split()),
        "he": frozenset(_HE_HELD.split()),
    },
}


@lru_cache(maxsize=65536)
def word_keys(word: str, lang: str) -> frozenset[str]:
    """The word's comparison keys (:func:`_word_keys`), and the key of its class of
    synonyms where it has one."""
    keys = _word_keys(word, lang)
    folded = fold(word).strip("'\"-")
    options = {folded} if lang == "en" else set(stems(folded, lang))
    return keys | {name for name, by in _SYNONYMS.items() if not options.isdisjoint(by[lang])}


def _word_keys(word: str, lang: str) -> frozenset[str]:
    """The comparison keys of one word: folded, suffix removed, cut short; in Arabic and
    Hebrew one key per way of reading its first letters as proclitics (ובבית: ובבית,
    בבית, בית), since a root letter and a proclitic look alike."""
    folded = fold(word).strip("'\"-")
    if lang == "en":
        if folded.endswith("'s"):
            folded = folded[:-2]
        return frozenset({_cut(folded, lang)})
    options = [s for s in stems(folded, lang) if len(s) >= _MIN_KEY[lang]] or [folded]
    if lang == "he" and len(folded) == _MIN_KEY[lang]:  # בצו is ב + צו, בגן is ב + גן
        options += [s for s in stems(folded, lang)[1:] if len(s) == len(folded) - 1]
    if lang == "ar":  # the accusative alif of a counted noun: "٧٩٩ شخصا" counts a شخص
        options += [o[:-1] for o in options if o.endswith("ا") and len(o) >= 4]
        # a verb's person: "نواجه" (we face) retold as "يواجه" (he faces), "أعمل" as "يعمل"
        options += [
            "ي" + o[1:] for o in options if len(o) >= 4 and o[0] in _AR_PERSON and o[:2] != "ال"
        ]
    keys = {_cut(o, lang) for o in options}
    if lang == "ar":  # a verb and its verbal noun: "قيدت" and "تقييد"
        keys |= {k for o in options for k in root_keys(o)}
    if lang == "he":  # and of the stem without its plural or feminine ending: חוזרים, חזר
        stems_ = options + [_unsuffixed(o, lang) for o in options]
        stems_ += [_HE_METATHESIS.sub(r"\1", o) for o in stems_ if _HE_METATHESIS.match(o)]
        keys |= {s for s in (_he_skeleton(o) for o in stems_) if s}
    return frozenset(keys)


# A reflexive verb of a root that opens with ש or ס swaps the root's letter and its ת
# (השתלטו of שליטה, מסתיים of סיום): the root's letter first, the prefix dropped.
_HE_METATHESIS = re.compile("^(?:ה|מ|י|נ|ת|א|לה)([שס])ת")
_AR_PERSON = "اينت"  # the first letter of an imperfect verb: I, he, we, you / she


def _unsuffixed(word: str, lang: str) -> str:
    """The word without its first matching ending (keeping a stem of the minimum length)."""
    for suffix in _SUFFIXES[lang]:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_KEY[lang]:
            return word[: -len(suffix)]
    return word


_HE_VOWEL_LETTERS = re.compile("[וי]")
_HE_SKELETON_MIN = 3


def _he_skeleton(stem: str) -> str:
    """A Hebrew stem's consonants (ו and י dropped after its first letter, a last ה, ו or
    ת dropped): one root inflected or spelled plene or defective has one skeleton (בוטל and
    ביטול, השיגו and הושגה, ביישובי and בישובי). Marked with "~" so it meets no plain key;
    shorter than three letters it says nothing."""
    body = stem[:1] + _HE_VOWEL_LETTERS.sub("", stem[1:-1]) + stem[-1:]
    if body[-1:] in ("ה", "ו", "ת") and len(body) > _HE_SKELETON_MIN:
        body = body[:-1]
    body = body[:1] + _HE_VOWEL_LETTERS.sub("", body[1:])
    return "~" + body if len(body) >= _HE_SKELETON_MIN else ""


def _cut(word: str, lang: str) -> str:
    for suffix in _SUFFIXES[lang]:
        if lang == "en" and suffix == "s" and word.endswith("us"):
            continue  # "focus" is no plural: it keeps its s, as "focuses", "focusing" do
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_KEY[lang]:
            word = word[: -len(suffix)]
            break
    else:  # "freeze" meets "freezing", "arrive" meets "arriving"
        if lang == "en" and word.endswith("e") and len(word) - 1 >= _MIN_KEY[lang]:
            word = word[:-1]
    return word[: _KEY_LETTERS[lang]]


@lru_cache(maxsize=8192)
def content_words(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """The keys of each content word of a text (no stop words, no bare numbers), one set
    per distinct word."""
    out: dict[frozenset[str], None] = {}
    for word in words(text):
        if is_content(word, lang):
            out[word_keys(word, lang)] = None
    return tuple(out)


@lru_cache(maxsize=65536)
def is_content(word: str, lang: str) -> bool:
    """Not a stop word (with or without proclitics), not a bare number."""
    folded = fold(word)
    if folded in _STOP[lang] or not any(ch.isalpha() for ch in folded):
        return False
    return lang == "en" or not any(s in _STOP[lang] for s in stems(folded, lang)[1:])


def part_keys(word: str, lang: str) -> list[frozenset[str]]:
    """The keys of a content word (none for a stop word); a hyphenated word is read by its
    content parts, each of which also meets the whole: "late-March" is "late" and "March"
    for a source that writes "late March" or "late-March", "أرض-أرض" is the source's
    "أرض- أرض". In Arabic and Hebrew a hyphen also ends a proclitic ("ב-BBC", "بـ"): a
    part of proclitic letters only is none."""
    parts = [p for p in word.split("-") if is_content(p, lang)] if "-" in word else []
    if lang != "en":
        parts = [p for p in parts if fold(p).strip(_PROCLITIC_LETTERS[lang])]
    if len(parts) < (1 if lang == "en" else 2):
        return [word_keys(word, lang)] if is_content(word, lang) else []
    whole = word_keys(word, lang)
    return [word_keys(part, lang) | whole for part in parts]


_PROCLITIC_LETTERS = {"ar": PROCLITIC_LETTERS["ar"] + "ال", "he": PROCLITIC_LETTERS["he"]}


def keys_of(text: str, lang: str) -> frozenset[str]:
    """Every key of every content word of a text."""
    return frozenset().union(*content_words(text, lang))


def all_word_keys(text: str, lang: str) -> set[str]:
    """Every key of every word of a text, content word or not (used by headline checks)."""
    keys: set[str] = set()
    for word in words(text):
        keys |= word_keys(word, lang)
    return keys


@dataclass(frozen=True)
class Claim:
    """One claim of a brief: its text, and the sentence of the brief it belongs to."""

    text: str
    sentence: str


def split_claims(summary: str, lang: str) -> list[Claim]:
    """The brief's claims, in order: every sentence, cut at clause joins."""
    out: list[Claim] = []
    for sentence in sentences(summary):
        for part in _clauses(sentence.text):
            if part.strip():
                out.append(Claim(part.strip(), sentence.text))
    return out


def _clauses(sentence: str) -> list[str]:
    parts = [p for p in _CLAUSE_JOIN.split(sentence) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = _BARE_AND.split(part)
        if len(pieces) == 2 and all(len(words(p)) >= MIN_CLAUSE_WORDS for p in pieces):
            out += pieces
        else:
            out.append(part)
    return out or [sentence]


# The distinct figures of one source sentence that the figure checks read. Each is looked
# up in its sentence (where it stands, what it counts, how it is hedged), so a sentence of
# n characters and d distinct figures costs about n * d: a bound on d keeps a hostile
# sentence (one line of 80,000 characters of distinct figures) linear in its length. No
# article comes near it: the bot breaks lines at 2,000 characters (bot/ingest/plaintext.py),
# which hold at most about 450 distinct figures, and a real sentence holds a few dozen.
# Past it a figure is unread, as if the source did not state it: a brief that states it
# fails (withheld or replaced), it is never passed.
MAX_SENTENCE_FIGURES = 500


@dataclass
class SourceIndex:
    """A source split into sentences, each with its content keys and numbers, built once."""

    lang: str
    sentences: list[Sentence]
    keys: list[frozenset[str]]
    numbers: list[list[Number]]
    everywhere: frozenset[str] = frozenset()
    weight: dict[str, float] = field(default_factory=dict)

    def rare(self, key: str) -> bool:
        """A key in few of the source's sentences (a name, not the story's setting)."""
        if key not in self.weight:
            return True
        count = len(self.sentences) / (math.exp(self.weight[key]) - 1)
        return count <= max(2.0, RARE_SHARE * len(self.sentences))

    def idf(self, word: frozenset[str]) -> float:
        """How much a word (its keys) weighs: the rarer in the source, the more."""
        known = [self.weight[k] for k in word if k in self.weight]
        return min(known) if known else self.weight.get("", 1.0)

    @cached_property
    def figures(self) -> list[tuple[Number, ...]]:
        """Each sentence's numbers, each distinct one once, in order: what a check asks of
        a figure (its context, what it counts) it asks once, however often a sentence
        repeats it. At most :data:`MAX_SENTENCE_FIGURES` of them (see there)."""
        return [tuple(dict.fromkeys(numbers))[:MAX_SENTENCE_FIGURES] for numbers in self.numbers]

    @cached_property
    def memo(self) -> dict[object, object]:
        """Answers that depend on the source alone and a check's own key, kept with the
        index so that a brief of many equal figures scans the source once, not once per
        figure (one source is checked against several briefs in a row)."""
        return {}


@lru_cache(maxsize=16)
def index_source(source: str, lang: str) -> SourceIndex:
    """The source's sentences, keys, numbers and key weights (cached: one source is checked
    against several briefs in a row)."""
    found = sentences(source)
    keys = [keys_of(s.text, lang) for s in found]
    numbers = [find_numbers(s.text, lang) for s in found]
    df: dict[str, int] = {}
    for k in keys:
        for key in k:
            df[key] = df.get(key, 0) + 1
    everything = frozenset(df)
    n = max(1, len(found))
    weight = {key: math.log(1 + n / count) for key, count in df.items()}
    weight[""] = math.log(1 + n)  # a key the source never has weighs as the rarest
    return SourceIndex(lang, found, keys, numbers, everything, weight)


RARE_SHARE = 0.2
ALIGN_SHARE = 0.6  # a second sentence counts when it scores this share of the best one
MIN_ALIGN = 0.15
MAX_ALIGNED = 3
NEAR_SHARE = 0.45  # a figure may come from any sentence scoring this share of the best


@dataclass(frozen=True)
class Alignment:
    """A claim, the source sentences (indices) that back it, and how well they do."""

    claim: Claim
    sentences: tuple[int, ...]
    score: float  # weighted share of the claim's content words in its best sentence
    support: float  # share of its content words found in the aligned sentences
    missing: tuple[str, ...] = ()
    near: tuple[int, ...] = ()  # every sentence close enough to state one of its figures

    def to_dict(self, index: SourceIndex) -> dict[str, object]:
        return {
            "claim": self.claim.text,
            "source": [index.sentences[i].text for i in self.sentences],
            "score": round(self.score, 3),
            "support": round(self.support, 3),
            "missing": list(self.missing),
        }


ELSEWHERE_CREDIT = 0.5  # a word the source has, but not in the aligned sentences


def align(claim: Claim, index: SourceIndex) -> Alignment:
    """The source sentences that back a claim, best first."""
    mine = content_words(claim.text, index.lang)
    if not mine or not index.sentences:
        return Alignment(claim, (), 0.0, 1.0 if not mine else 0.0)
    weights = [index.idf(w) for w in mine]
    total = sum(weights)
    scored = []
    for i, theirs in enumerate(index.keys):
        score = sum(wt for w, wt in zip(mine, weights, strict=True) if not w.isdisjoint(theirs))
        if score:
            scored.append((score / total, i))
    scored.sort(reverse=True)
    if not scored:
        return Alignment(claim, (), 0.0, 0.0, tuple(min(w) for w in mine))
    best = scored[0][0]
    chosen = [i for s, i in scored[:MAX_ALIGNED] if s >= max(MIN_ALIGN, ALIGN_SHARE * best)]
    chosen = chosen or [scored[0][1]]
    covered = frozenset().union(*(index.keys[i] for i in chosen))
    found = sum(1.0 for w in mine if not w.isdisjoint(covered))
    elsewhere = [w for w in mine if w.isdisjoint(covered)]
    found += ELSEWHERE_CREDIT * sum(1 for w in elsewhere if w & index.everywhere)
    missing = tuple(min(w) for w in elsewhere)
    near = tuple(i for s, i in scored if s >= max(MIN_ALIGN, NEAR_SHARE * best))
    return Alignment(claim, tuple(chosen), best, found / len(mine), missing, near)


def align_all(summary: str, source: str, lang: str) -> tuple[SourceIndex, list[Alignment]]:
    index = index_source(source, lang)
    return index, [align(c, index) for c in split_claims(summary, lang)]


def map_back(aligned: list[dict[str, object]], pivot: list[tuple[str, str]]) -> None:
    """Add to each alignment entry the original sentences (of an Arabic or Hebrew article)
    whose English translations its source sentences come from: the pair whose English
    shares most of the aligned sentence's words."""
    english = [frozenset(fold(w) for w in words(t)) for _, t in pivot]
    for entry in aligned:
        originals: list[str] = []
        for sentence in cast("list[object]", entry.get("source", [])):
            mine = frozenset(fold(w) for w in words(str(sentence)))
            if not mine:
                continue
            scores = [len(mine & theirs) / len(mine) for theirs in english]
            best = max(range(len(scores)), key=scores.__getitem__, default=None)
            if best is not None and scores[best] >= 0.5 and pivot[best][0] not in originals:
                originals.append(pivot[best][0])
        entry["original"] = originals

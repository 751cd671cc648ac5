"""Word keys: how the guard compares words across a brief and its source.

Matching is lexical and cheap: words are compared by a short key (lower case, proclitics
and common suffixes removed, cut to a few letters; English in American spelling), so
"killed" meets "killing", "labour" meets "labor" and "الفلسطينيين" meets "فلسطينيون"; a
few classes of synonyms (the dead, the detained, fire) share a key of their own, and Arabic
roots and Hebrew consonant skeletons give a word's other inflections a key in common.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.ar_roots import root_keys
from summarizer.guard.spelling import american
from summarizer.guard.stopwords import STOP as _STOP
from summarizer.guard.text import PROCLITIC_LETTERS, fold, stems, words
from summarizer.languages import LANGUAGES

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


# Each language's synonym forms, each with the keys of its classes: a word's classes are
# looked up, not searched for class by class.
_CLASSES_OF: dict[str, dict[str, frozenset[str]]] = {
    lang: {
        form: frozenset(n for n, by in _SYNONYMS.items() if form in by[lang])
        for by in _SYNONYMS.values()
        for form in by[lang]
    }
    for lang in LANGUAGES
}


@lru_cache(maxsize=65536)
def word_keys(word: str, lang: str) -> frozenset[str]:
    """The word's comparison keys (:func:`_word_keys`), and the key of its class of
    synonyms where it has one."""
    keys = _word_keys(word, lang)
    folded = fold(word).strip("'\"-")
    classes = _CLASSES_OF[lang]
    options = (folded,) if lang == "en" else stems(folded, lang)
    found = [classes[o] for o in options if o in classes]
    return keys.union(*found) if found else keys


def _word_keys(word: str, lang: str) -> frozenset[str]:
    """The comparison keys of one word: folded, suffix removed, cut short; in Arabic and
    Hebrew one key per way of reading its first letters as proclitics (ובבית: ובבית,
    בבית, בית), since a root letter and a proclitic look alike."""
    folded = fold(word).strip("'\"-")
    if lang == "en":  # "labour" and "labor" are one word (:mod:`spelling`)
        if folded.endswith("'s"):
            folded = folded[:-2]
        return frozenset({_cut(american(folded), lang)})
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
        stems_ += [_verb_of_noun(o) for o in stems_ if _HE_GERUND_OWNER.search(o)]
        keys |= {s for s in (_he_skeleton(o) for o in stems_) if s}
        keys |= _he_reflexive_keys(options)
    return frozenset(keys)


# A reflexive verb of a root that opens with ש or ס swaps the root's letter and its ת
# (השתלטו of שליטה, מסתיים of סיום): the root's letter first, the prefix dropped.
_HE_METATHESIS = re.compile("^(?:ה|מ|י|נ|ת|א|לה)([שס])ת")
# A verbal noun in -ות with an owner's pronoun (בהשתתפותו, "with his taking part") is the
# noun of the verb (השתתף): the pronoun and the ending go, as a plural's ending does.
_HE_GERUND_OWNER = re.compile("(?<=..)ות(?:ו|ה|ם|ן|נו|י|יו|יה|יהם)$")
_HE_FINAL_FORMS = str.maketrans("כמנפצ", "ךםןףץ")
# Final letter forms as the letters they stand for, in a reflexive key and in a skeleton of
# four letters or more: a stem without its ending (מתקדמ of מתקדמת) meets the word that
# ends there (מתקדם). A shorter skeleton keeps them: אולם is no אלימ(ות).
_HE_NOT_FINAL = str.maketrans("ךםןףץ", "כמנפצ")
_HE_NOT_FINAL_MIN = 4


def _verb_of_noun(word: str) -> str:
    """The verb's stem of a verbal noun with an owner (בהשתתפותו: בהשתתף): the letter
    that now ends the word takes its final form, as the verb writes it."""
    stem = _HE_GERUND_OWNER.sub("", word)
    return stem[:-1] + stem[-1].translate(_HE_FINAL_FORMS)


# A reflexive (hitpael) verb or its noun: a person, tense, infinitive or participle prefix
# with the binyan's ת (יתקיים, להתקיים, התקיים, מתקדמת, התקדמות); ת after a root's first
# ש or ס, ט after צ, ד after ז, as the binyan writes them (השתלטו, הצטרף, הזדקן).
_HE_REFLEXIVE = re.compile("^(?:לה|ה|מ|י|ת|נ|א)(?:ת|(?=[שס]ת)|(?=צט)|(?=זד))")
_HE_REFLEXIVE_LETTERS = re.compile("^([שס])ת|^(צ)ט|^(ז)ד")
# The endings a reflexive form takes: person and number (התקיימו, יתקיימו, מתקדמים) and
# an owner's pronoun on its noun (התפשטותה); the longest first.
_HE_REFLEXIVE_ENDINGS = re.compile("(?:ויות|ות(?:יהם|יו|יה|נו|ו|ה|ם|ן|י)?|ים|נו|תי|תם|ו|ה|ת|י)$")
_HE_REFLEXIVE_MIN = 2


def _he_reflexive_keys(options: list[str]) -> set[str]:
    """One key per reading of a word as a reflexive verb or its noun: the root's letters
    after the binyan's prefix, without ending, ו or י (קמ of יתקיים and להתקיים, קדמ of
    מתקדמת and התקדמות). Marked with "^" so that they meet only other reflexive forms: a
    root of two letters is then enough, as the binyan and the root name one verb."""
    keys = set()
    for option in options:
        prefix = _HE_REFLEXIVE.match(option)
        if not prefix:
            continue
        rest = _HE_REFLEXIVE_LETTERS.sub(_first_group, option[prefix.end() :])
        for stem in {rest, _HE_REFLEXIVE_ENDINGS.sub("", rest)}:
            body = _HE_VOWEL_LETTERS.sub("", stem).translate(_HE_NOT_FINAL)
            if len(body) >= _HE_REFLEXIVE_MIN:
                keys.add("^" + body)
    return keys


def _first_group(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


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
    if len(body) >= _HE_NOT_FINAL_MIN:
        body = body.translate(_HE_NOT_FINAL)
    return "~" + body if len(body) >= _HE_SKELETON_MIN else ""


def _cut(word: str, lang: str) -> str:
    if not word.endswith(_SUFFIXES[lang]):  # no suffix to cut: straight to the e below
        suffixes: tuple[str, ...] = ()
    else:
        suffixes = _SUFFIXES[lang]
    for suffix in suffixes:
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
    if folded in _STOP[lang] or not (folded.isalpha() or any(ch.isalpha() for ch in folded)):
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
    """Every key of every word of a text, content word or not (used by headline checks),
    and of each content part of a hyphenated word ("100-year-history" has "history")."""
    keys: set[str] = set()
    for word in dict.fromkeys(words(text)):  # a repeated word adds no key: read it once
        keys |= word_keys(word, lang)
        if "-" in word:  # the parts of any other word are the word's own keys or none
            keys.update(*part_keys(word, lang))
    return keys


def has_word(keys: set[str] | frozenset[str], word: str, lang: str) -> bool:
    """Whether ``keys`` hold a content word: one of its keys, or for a hyphenated word
    one of each content part's ("year-history" where a text has "year" and "history")."""
    return all(k & keys for k in part_keys(word, lang))

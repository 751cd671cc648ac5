"""A translated brief names the people the English brief names, and nobody else.

People's names are transliterated, not translated, so they are compared by consonant
skeleton (:mod:`summarizer.guard.transliteration`). Two ways a name goes wrong in
translation: a person of the English brief is missing from the translation (renamed), or
the translation names someone from the article whom the English brief does not (a real
name in the wrong place). Words that translations translate rather than transliterate
(Hospital, Ministry, Israeli, October...) are not compared.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.guard.cues import has_cue
from summarizer.guard.given_names import adds_person, skeletons_by_token
from summarizer.guard.name_words import TITLES, TRANSLATED
from summarizer.guard.renamed import NAME_PARTICLES, renamed_given_names
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, stems, word_before, words
from summarizer.guard.transliteration import (
    article_skeletons,
    close,
    ends_with_vowel,
    final_vowel_skeletons,
    has_article,
    skeleton,
    starts_with_vowel,
    token_skeletons,
    vowel_skeletons,
)

_NAME_RUN = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w'’-]*")
MIN_SKELETON = 2
# A name the translation adds must be this long: shorter skeletons (KLT: قالت, "she said")
# are also ordinary words.
MIN_EXTRA = 3
# Matched where a name ends, white space taken whole: linear however long the sentence.
# A speaker may be followed by the body they speak for ("Ori Givati of Breaking the Silence
# said"): up to four capitalised words after "of".
_AFTER_NAME = re.compile(
    r"\s*+,\s*+(?:the|a|an)?\s*+(\w+)"
    r"|(?:\s++of(?:\s++(?:the\s++)?[A-Z][\w'’-]*+){1,4})?\s++(said|says|told|wrote|added)"
)


def person_names(text: str) -> list[list[str]]:
    """The people a text names: runs of capitalised words next to a title, a role or a
    speech verb, and later mentions of their surnames alone."""
    found: list[list[str]] = []
    for sentence in sentences(text):
        t = sentence.text
        for m in _NAME_RUN.finditer(t):
            run = [w.strip(".'’,") for w in m.group(0).split()]
            before = word_before(t, m.start())
            titled = [w for w in run if is_title(w, plural=False)]
            after = _AFTER_NAME.match(t, m.end())
            role = after is not None and (
                _appositive_role(t, after)
                or (after.group(2) is not None and not _after_preposition(before))
            )
            if _not_a_person(run, before, titled):
                continue
            if titled or role or (before and is_title(before[0])):
                people = [w for w in _untitled(run) if _is_name_word(w)]
                if people:
                    found.append(people)
    surnames = {p[-1] for p in found}
    for sentence in sentences(text):
        for word in re.findall(r"[A-Z][\w'’-]*", sentence.text):
            if word in surnames and [word] not in found:
                found.append([word])
    return found


_NEXT_WORD = re.compile(r"\.?\s+([A-Z][\w'’-]*)")


def _appositive_role(text: str, after: re.Match[str]) -> bool:
    """A role after a comma that describes the name before it ("Netanyahu, the prime
    minister"), not the title of a name after it: in "Separately, Dr Anthony Fauci said"
    the title belongs to Fauci, and "Separately" names nobody."""
    if (after.group(1) or "").lower() not in TITLES:
        return False
    following = _NEXT_WORD.match(text, after.end(1))
    return following is None or is_title(following.group(1), plural=False)


def is_title(word: str, *, plural: bool = True) -> bool:
    """A title or role, also as the last part of a compound ("Vice-President Mike Pence")
    and, before a name (``plural``), in the plural ("journalists Shahar Glick and Josh
    Breiner"; a plural is no name itself: "Analysts and activists say"). A word of a
    profession's form (neonatologist, obstetrician, photographer) is a role too."""
    key = word.lower().rsplit("-", 1)[-1]
    if plural and key.endswith("s") and (key[:-1] in TITLES or key[:-1].endswith(_ROLE_ENDINGS)):
        return True
    return key in TITLES or key.endswith(_ROLE_ENDINGS)


# Endings of the names of professions: a capitalised one opens a sentence ("Neonatologist
# Sherine Abed said"), no name.
_ROLE_ENDINGS = ("ologist", "ician", "ographer")


def _untitled(run: list[str]) -> list[str]:
    """A capitalised run without the titles that open it ("Queen", "Official", "Vice-President
    Mike Pence", "The Lord Mayor" at a sentence's start): a translation translates a title,
    it names nobody."""
    at = 1 if len(run) > 1 and run[0].lower() in _ARTICLES and is_title(run[1]) else 0
    while at < len(run) and is_title(run[at], plural=False):
        at += 1
    return run[at:]


_ARTICLES = {"the", "a", "an"}


def _not_a_person(run: list[str], before: list[str], titled: list[str]) -> bool:
    """Capitalised words that name no person: after an article with no title ("Breaking
    the Silence said": an organisation or a work; a person takes no "the"), or a dateline
    in capitals ("KHAN YOUNIS, GAZA —")."""
    untitled_article = not titled and bool(before) and before[0].lower() in _ARTICLES
    return untitled_article or _dateline(run)


def _dateline(run: list[str]) -> bool:
    """Two or more words all in capitals: a dateline or a heading, not a name in running
    text (an acronym, OCHA, stands alone)."""
    return len(run) >= 2 and all(w.isupper() for w in run)


def _after_preposition(before: list[str]) -> bool:
    """ "from Hebron said": a place, not a speaker."""
    return bool(before) and before[0].lower() in {"from", "in", "of", "at", "near", "to"}


def _is_name_word(word: str) -> bool:
    key = word.lower()
    key = key[:-2] if key.endswith("'s") else key
    base = key[3:] if key.startswith(("al-", "el-")) else key
    return base.replace("-", "").isalpha() and key not in TRANSLATED and base not in TRANSLATED


def check_translation_names(
    english: str, translated: str, lang: str, source: str | None = None
) -> list[Problem]:
    """Surnames of the English brief's people missing from the translation; people of the
    article (``source``, English) whom the translation names but the English brief does
    not."""
    theirs = token_skeletons(words(translated), lang)
    # without the words that say who says so (قالت, "she said", is KLT like Al-Kahlout)
    plain_words = [w for w in words(translated) if not has_cue(w, lang)]
    plain = token_skeletons(plain_words, lang)
    vowelled = vowel_skeletons(plain_words, lang)
    people = person_names(english)
    people += [r for r in _listed(english, people) if r not in people]
    named = {skeleton(w) for run in people for w in run}
    problems = []
    for run in people:
        surname = run[-1]
        sk = skeleton(surname)
        if len(sk) >= MIN_SKELETON and not _written(sk, run[:-1], theirs, translated, lang):
            problems.append(
                Problem(
                    "translation_name",
                    f"the English brief names {surname!r}; the {lang} translation has no such name",
                )
            )
    problems += renamed_given_names(people, translated, lang)
    if source:
        problems += _namesakes(people, translated, lang, source)
        with_article = article_skeletons(words(translated), lang)
        vowel_ended = final_vowel_skeletons(plain_words) if lang == "he" else None
        at_token = _skeletons_at(translated, lang)
        for run in full_names(source):
            if _brought_in(run, named, english, plain, with_article) and _written_together(
                run, at_token
            ):
                problems.append(
                    Problem(
                        "translation_name",
                        f"the {lang} translation names {' '.join(run)!r} (from the article),"
                        " whom the English brief does not",
                    )
                )
        article_people = person_names(source)
        names = named | {skeleton(w) for run in article_people for w in run}
        by_token = skeletons_by_token(words(translated), lang)
        for run in article_people:
            for at, word in enumerate(run):
                sk = skeleton(word)
                if (
                    len(sk) < MIN_EXTRA
                    or any(close(sk, m) for m in named)
                    or _common_word(sk, english)
                ):
                    continue
                given = at < len(run) - 1  # a given name counts before a name only
                if given and not adds_person(run, at, by_token, named, names):
                    continue
                first = vowelled if starts_with_vowel(word) else plain
                if sk in _written_as(word, first, with_article, vowel_ended):
                    problems.append(
                        Problem(
                            "translation_name",
                            f"the {lang} translation names {word!r} (from the article), whom"
                            " the English brief does not",
                        )
                    )
    return list({p.detail: p for p in problems}.values())


def _brought_in(
    run: list[str], named: set[str], english: str, plain: set[str], with_article: set[str]
) -> bool:
    """Whether the translation writes a full name of the article that the English brief
    does not have. A name of short skeletons only ("Apple TV": PL TP) is in ordinary words
    too ("מפעל", "הטובה"): it takes one long enough to add a person. A given name too short
    to tell ("Al Pacino": L) need not be written out; a surname must."""
    told = [(w, sk) for w, sk in ((w, skeleton(w)) for w in run) if len(sk) >= MIN_SKELETON]
    if len(skeleton(run[-1])) < MIN_SKELETON or max(len(sk) for _, sk in told) < MIN_EXTRA:
        return False
    return all(
        sk in (with_article if has_article(w) else plain)
        and not any(close(sk, m) for m in named)
        and not _common_word(sk, english)
        for w, sk in told
    )


def _written_as(
    word: str, plain: set[str], with_article: set[str], vowel_ended: set[str] | None
) -> set[str]:
    """The translation's skeletons that may write an English name's ``word`` (``plain``:
    of any word; with ``vowel_ended``, Hebrew, a name that ends in a vowel is written in a
    word that ends in a vowel letter)."""
    if has_article(word):
        return with_article
    if vowel_ended is not None and ends_with_vowel(word):
        return plain & vowel_ended
    return plain


NAME_GAP = 2  # tokens from one word of a full name to the next (a particle between)


def _skeletons_at(translated: str, lang: str) -> list[tuple[set[str], set[str]]]:
    """Each token's skeletons, read plain (no word that says who says so) and as a name
    with its article."""
    tokens = words(translated)
    return [  # the word before, for the Hebrew article written apart ("אל כחלות")
        (
            set() if has_cue(w, lang) else token_skeletons([w], lang),
            article_skeletons(tokens[max(0, at - 1) : at + 1], lang),
        )
        for at, w in enumerate(tokens)
    ]


def _written_together(run: list[str], at_token: list[tuple[set[str], set[str]]]) -> bool:
    """Whether the translation writes a full name's words together, in order, as a name is
    written: "Laguna Indian" read off a word for "term" here and one for "Native American"
    there is two ordinary words, no name."""
    told = [(w, skeleton(w)) for w in run if len(skeleton(w)) >= MIN_SKELETON]
    ends = set(range(len(at_token)))
    for k, (w, sk) in enumerate(told):
        form = 1 if has_article(w) else 0
        found = {i for i, sks in enumerate(at_token) if sk in sks[form]}
        ends = found if k == 0 else {i for i in found if any(0 < i - j <= NAME_GAP for j in ends)}
        if not ends:
            return False
    return True


SHORT_SKELETON = 2  # a surname this short (Cuomo: KM) is also in ordinary words


def _written(surname: str, given: list[str], theirs: set[str], translated: str, lang: str) -> bool:
    """Whether the translation writes the surname: a short one exactly, and with the given
    name where the English brief gives one (الحاكم is no Cuomo), and right after its "Abu"
    or "bin" where it has one (עשרה, "ten", is no Abu Hasira)."""
    if len(surname) > SHORT_SKELETON:
        return any(close(surname, t) for t in theirs)
    if given and given[-1].lower() in NAME_PARTICLES:
        return _after_particle(surname, translated, lang)
    firsts = [skeleton(w) for w in given if _is_name_word(w) and w.lower() not in TITLES]
    firsts = [f for f in firsts if len(f) > SHORT_SKELETON]
    return surname in theirs and all(any(close(f, t) for t in theirs) for f in firsts)


def _after_particle(surname: str, translated: str, lang: str) -> bool:
    """Whether the translation writes the surname right after a name particle (أبو، בן)."""
    tokens = words(translated)
    return any(
        any(s in NAME_PARTICLES for s in stems(fold(tokens[k - 1]), lang))
        and surname in token_skeletons([tokens[k]], lang)
        for k in range(1, len(tokens))
    )


def _namesakes(people: list[list[str]], translated: str, lang: str, source: str) -> list[Problem]:
    """The English brief's person written with the given name of another person of the
    article with the same surname (Dr. Mustafa Al-Kahlot → عاطف الكحلوت, Dr. Atef
    Al-Kahlout's name)."""
    tokens = words(translated)
    article = [r for r in [*person_names(source), *full_names(source)] if len(r) >= 2]
    problems = []
    for run in (r for r in people if len(r) >= 2):
        surname = skeleton(run[-1])
        given = {skeleton(w) for w in run[:-1] if w.lower() not in TITLES}
        if not given:
            continue  # "Governor Cuomo": the article's "Andrew Cuomo" is him in full
        others = {skeleton(r[-2]) for r in article if close(skeleton(r[-1]), surname)} - given
        others = {
            o for o in others if len(o) >= MIN_SKELETON and not any(close(o, g) for g in given)
        }
        for k in range(1, len(tokens)):
            if not any(close(sk, surname) for sk in token_skeletons([tokens[k]], lang)):
                continue
            if token_skeletons([tokens[k - 1]], lang) & others:
                problems.append(
                    Problem(
                        "translation_name",
                        f"the {lang} translation gives {run[-1]!r} the given name of another"
                        " person of the article",
                        f"{tokens[k - 1]} {tokens[k]}",
                    )
                )
    return problems


def full_names(text: str) -> list[list[str]]:
    """Runs of two or more capitalised name words ("Carl Peters", "Gustav Nachtigal"):
    people or places, named in full, whom a translation must not bring in unasked."""
    out = []
    for sentence in sentences(text):
        for m in _NAME_RUN.finditer(sentence.text):
            run = [w.strip(".'’,") for w in m.group(0).split()]
            if len(run) >= 2 and all(_is_name_word(w) for w in run) and not _dateline(run):
                out.append(run)
    return out


def _common_word(sk: str, english: str) -> bool:
    """A skeleton the English brief has in any word (a name in lower case or translated)."""
    return any(skeleton(w) == sk for w in words(english) if len(w) > 2)


def _listed(english: str, people: list[list[str]]) -> list[list[str]]:
    """Full names listed with a person's ("Shahar Glick and Josh Breiner", "Chuck Schumer
    and Mitch McConnell visited"): two words, each a name word, joined to another by "and"."""
    out = []
    for sentence in sentences(english):
        t = sentence.text
        for a, b in pairwise(_NAME_RUN.finditer(t)):
            if t[a.end() : b.start()].strip() != "and":
                continue
            pair = [[w.strip(".'’,") for w in m.group(0).split()] for m in (a, b)]
            pair = [r[1:] if len(r) > 2 and is_title(r[0]) else _untitled(r) for r in pair]
            if all(len(r) == 2 and all(_is_name_word(w) for w in r) for r in pair):
                out += pair
    return out

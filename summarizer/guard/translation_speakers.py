"""Who says so, sentence by sentence, between an English brief and its translation.

A translation may keep every attribution and still give a claim to another speaker. Where
two English sentences have different speakers ("according to Amnesty International" …
"Breaking the Silence says") and their translations give both to the same one (the words
after the attribution cue are the same: "بحسب منظمة العفو الدولية" … "وتقول منظمة العفو
الدولية"), one of them was moved. The speaker is compared by the words the translation
itself uses, so bodies whose names are translated (ministries, rights groups) count too.
A translation that names nowhere a person who speaks in the English sentence, at any of
its cues, gives that person's claim to someone else or to nobody.
"""

from __future__ import annotations

import re

from summarizer.guard.cues import cue_at, cue_count, has_cue
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.speaker_finding import speakers as speaker_phrases
from summarizer.guard.speaker_swap import speaker_swapped
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import fold, words
from summarizer.guard.translation_names import is_title, person_names
from summarizer.guard.transliteration import close, skeleton, token_skeletons

SPEAKER_WORDS = 2  # content words after a cue that name its speaker
_CONTRASTS = {"while", "whereas", "but"}
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:—–]\s*|\s[—–]\s)([A-Za-z]+)\b")
MIN_SURNAME = 2  # a surname skeleton shorter than this cannot be looked for
ENGLISH_REACH = 4  # words beside the speech verb that may name the speaker


def speaker_phrase(translated: str, lang: str) -> tuple[str, ...]:
    """The first content words after the first attribution cue of a translated sentence
    (its speaker, as the translation names it); empty when there is none."""
    tokens = [fold(part) for w in words(translated) for part in w.split("-") if part]
    stop = STOP[lang]
    for i in range(len(tokens)):
        if cue_at(tokens, i, lang, views=True):
            after = [t for t in tokens[i + 1 : i + 1 + 2 * SPEAKER_WORDS] if t not in stop]
            return tuple(after[:SPEAKER_WORDS]) if len(after) >= SPEAKER_WORDS else ()
    return ()


def english_speaker(sentence: str) -> set[str]:
    """The capitalised words that say who speaks in an English sentence: those just
    before "says"/"said" or just after "according to" (empty when it has neither)."""
    tokens = [w.strip(".,;:\"“”'’") for w in sentence.split()]
    for i, word in enumerate(tokens):
        low = word.lower()
        if low in ("says", "said"):
            span = tokens[max(0, i - ENGLISH_REACH) : i]
        elif low == "according" and tokens[i + 1 : i + 2] == ["to"]:
            span = tokens[i + 2 : i + 2 + ENGLISH_REACH]
        else:
            continue
        return {w.lower() for w in span if w[:1].isupper()}
    return set()


def check_speakers_moved(pairs: list[tuple[str, str]], lang: str) -> list[Problem]:
    """Sentence by sentence (``pairs``: English sentence, its translation), translations
    that give the claims of two English sentences with different speakers to the same
    speaker, or that attribute a claim whose speaker, a person of the English brief, they
    name nowhere."""
    phrases = [speaker_phrase(theirs, lang) for _, theirs in pairs]
    speakers = [english_speaker(mine) for mine, _ in pairs]
    unnamed = _people_unnamed(pairs, lang)
    # every cue's speaker, not only the first's ("..., according to the AP, but ..., said
    # spokesman Jason Kersten"), and any speech verb ("Mike Pence, however, stressed")
    everyone = [_speaker_words(mine) for mine, _ in pairs]
    problems = []
    english = " ".join(mine for mine, _ in pairs)
    translation = " ".join(theirs for _, theirs in pairs)
    for i, (mine, theirs) in enumerate(pairs):
        if has_cue(theirs, lang) and speaker_swapped(english, mine, theirs, lang, translation):
            detail = f"the {lang} translation gives this to another person of the brief"
            problems.append(Problem("translation_attribution", detail, theirs))
            continue
        if has_cue(mine, "en") and everyone[i] & unnamed:
            # the English speaker, a person, is named nowhere in the translation: the claim
            # is given to someone else, or to nobody
            detail = f"the {lang} translation gives this to a speaker other than the English one"
            problems.append(Problem("translation_attribution", detail, theirs))
            continue
        if not (has_cue(mine, "en") and has_cue(theirs, lang) and speakers[i]):
            continue
        if _contrast_lost(mine, theirs, lang):
            detail = (
                f"a clause the English sentence attributes is stated as fact in its {lang}"
                " translation"
            )
        elif _places_differ(mine, theirs, lang):
            detail = (
                f"the {lang} translation gives this to a speaker of another country than the"
                " English one"
            )
        elif speakers[i] & unnamed:
            detail = f"the {lang} translation gives this to a speaker other than the English one"
        elif phrases[i] and any(
            j != i and phrases[j] == phrases[i] and speakers[j] and not speakers[i] & speakers[j]
            for j in range(len(pairs))
        ):
            detail = (
                f"the {lang} translation gives this to the speaker of another sentence, as the"
                " English brief does not"
            )
        else:
            continue
        problems.append(Problem("translation_attribution", detail, theirs))
    return problems


_EN_SPEECH = re.compile(r"\b(?:says|said|told)\b|\baccording to\b", re.IGNORECASE)
# words that end a translated speaker: what follows is what was said ("إن", "כי", "ש...")
_THAT = {"ar": ("ان", "بان", "انه", "انها"), "he": ("כי",)}


def english_speaker_places(sentence: str) -> set[int]:
    """The places (:mod:`places`) in the words that name an English sentence's speaker:
    the words of the clause before its first "said"/"says"/"told" ("Israeli officials
    said"), or after "according to" up to the next comma ("according to Gaza's health
    ministry")."""
    m = _EN_SPEECH.search(sentence)
    if m is None:
        return set()
    if m.group(0).lower().startswith("according"):
        span = re.split(r"[,;:.]", sentence[m.end() :], maxsplit=1)[0].split()[:ENGLISH_REACH]
    else:
        span = re.split(r"[,;:]", sentence[: m.start()])[-1].split()[-ENGLISH_REACH:]
    places = {place_of(w.strip(".,;:\"“”'’"), "en") for w in span}
    return {p for p in places if p is not None}


def translated_speaker_places(sentence: str, lang: str) -> set[int]:
    """The places in the words right after a translated sentence's first cue, up to what
    was said ("قال مسؤولون مصريون إن", "לפי הצבא הישראלי")."""
    tokens = words(sentence)
    folded = [fold(w) for w in tokens]
    for i in range(len(folded)):
        if not cue_at(folded, i, lang):
            continue
        out = set()
        for word in folded[i + 1 : i + 1 + ENGLISH_REACH]:
            if word in _THAT.get(lang, ()) or (lang == "he" and word[:1] == "ש"):
                break
            place = place_of(word, lang)
            if place is not None:
                out.add(place)
        return out
    return set()


def _places_differ(mine: str, theirs: str, lang: str) -> bool:
    """The English speaker is of one country ("Israeli officials"), the translation's of
    another, and not also of the English one ("مسؤولون مصريون", Egyptian officials)."""
    ours = english_speaker_places(mine)
    if not ours:
        return False
    found = translated_speaker_places(theirs, lang)
    return bool(found) and not found & ours


def _contrast_lost(mine: str, theirs: str, lang: str) -> bool:
    """ "X says A, while Y says B" translated with one attribution: A or B became fact."""
    # a contrast opens a clause of its own (", while Y says B"); "said she ... while
    # pregnant" tells when, and contrasts nobody
    contrast = any(m.group(1).lower() in _CONTRASTS for m in _CLAUSE_OPENING.finditer(mine))
    return (
        contrast and cue_count(mine, "en") >= 2 and cue_count(theirs, lang) < cue_count(mine, "en")
    )


def _speaker_words(sentence: str) -> set[str]:
    """The capitalised words (lower case) of the phrases that name the speakers of all the
    cues of an English sentence."""
    return {
        w.lower().strip(".,;:'’")
        for phrase in speaker_phrases(sentence, "en")
        for w in phrase.split()
        if w[:1].isupper()
    }


def _people_unnamed(pairs: list[tuple[str, str]], lang: str) -> set[str]:
    """Surnames (lower case) of the English brief's people that the translation writes
    nowhere; for a surname too short to look for (Bong Joon Ho: "Ho"), the person's name
    words, when the translation writes none of them."""
    english = " ".join(mine for mine, _ in pairs)
    theirs = token_skeletons(words(" ".join(t for _, t in pairs)), lang)
    out = set()
    for run in person_names(english):
        if is_title(run[-1]):
            continue  # "Officials said": a role, translated
        sk = skeleton(run[-1])
        if len(sk) >= MIN_SURNAME:
            if not any(close(sk, t) for t in theirs):
                out.add(run[-1].lower())
            continue
        named = [w for w in run if not is_title(w) and len(skeleton(w)) >= MIN_SURNAME]
        if named and not any(close(skeleton(w), t) for w in named for t in theirs):
            out |= {w.lower() for w in run if not is_title(w)}
    return out

"""The speaker of a translated sentence: is it still the English sentence's?

"Vice-President Mike Pence stressed ..." translated as "غير أن فاوتشي شدّد ..." keeps the
attribution and gives it to another person of the brief. The English speaker is the
name just before the sentence's first speech verb ("Winfrey later told CBS"); the
translation's is any name right beside its first cue (Arabic puts the verb first: "قال
بنس"). A translation whose cue has another name of the English brief beside it, and not
the English speaker's, moved the claim.
"""

from __future__ import annotations

import re

from summarizer.guard.cues import EN_CUES, cue_at
from summarizer.guard.en_false_cues import not_attribution_en
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import fold, quote_spans, words
from summarizer.guard.translation_names import is_title, person_names
from summarizer.guard.transliteration import close, skeleton, token_skeletons

REACH = 4  # words before (and, in a translation, after) a cue that name its speaker
BEFORE = 2  # words before a translation's cue that may name its speaker
MIN_NAME = 2  # the shortest skeleton of a name looked for (Fauci: PS)


def english_subject(sentence: str) -> set[str]:
    """Skeletons of the names just before an English sentence's first speech verb; past
    a first verb whose subject is a pronoun ("She also said ...; Winfrey later told"),
    the next verb's."""
    for m in EN_CUES.finditer(sentence):
        if not_attribution_en(sentence, m):
            continue
        before = sentence[: m.start()].split()
        names = _names_ending(before)
        bare = [w.lower() for w in before if w.lower() not in _ADVERBS]
        if names or not (bare and bare[-1] in _PRONOUNS):
            return names
    return set()


def according_source(sentence: str) -> set[str]:
    """Skeletons of the names right after an English sentence's first cue when that cue
    is "according to": the source follows the preposition ("..., according to the
    Associated Press")."""
    for m in EN_CUES.finditer(sentence):
        if not_attribution_en(sentence, m):
            continue
        if m.group(0).lower().startswith("according"):
            return _names_opening(sentence[m.end() :].split())
        return set()
    return set()


def _names_opening(after: list[str]) -> set[str]:
    """Skeletons of the run of capitalised words that opens ``after`` (past an article):
    the object of "according to"; none when the run ends at once in punctuation."""
    if after and after[0].lower() == "the":
        after = after[1:]
    run: list[str] = []
    for word in after[:REACH]:
        bare = word.strip(".,;:\"“”'’")
        if not bare[:1].isupper():
            break
        run.append(bare)
        if word[-1:] in ".,;:":
            break
    names = [w for w in run if not is_title(w) and fold(w) not in STOP["en"]]
    return {sk for w in names if len(sk := skeleton(w)) >= MIN_NAME}


def _speaker_phrase(sentence: str) -> set[str]:
    """Skeletons of the capitalised words of the phrase that names the speaker of an English
    sentence, its clause's last words before the first speech verb: in "German broadcaster
    ZDF reported", "German" says whose broadcaster, and is no second speaker."""
    for m in EN_CUES.finditer(sentence):
        if not_attribution_en(sentence, m):
            continue
        phrase = re.split(r"[,;:]", sentence[: m.start()])[-1].split()[-REACH:]
        return {skeleton(w) for w in phrase if w[:1].isupper()}
    return set()


MIN_KEPT = 3  # a speaker's name this long, written in the translated sentence, is no accident


def _named_in(speaker: set[str], theirs: str, lang: str) -> bool:
    """Whether the translated sentence writes the English speaker's name anywhere in it."""
    written = token_skeletons(words(theirs), lang)
    return any(close(s, t) for s in speaker if len(s) >= MIN_KEPT for t in written)


_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_ADVERBS = {"later", "also", "then", "again", "however", "further"}
# a reflexive pronoun after a subject stresses who speaks ("Smith herself said")
_REFLEXIVES = {"herself", "himself", "itself", "themselves"}


def _names_ending(before: list[str]) -> set[str]:
    """Skeletons of the run of capitalised words that ends right before a verb ("Mike
    Pence", "Winfrey later"); none when a comma or another word stands between."""
    if before and before[-1].lower() in _ADVERBS:
        before = before[:-1]
    if before and before[-1].lower() in _REFLEXIVES:
        before = before[:-1]
    run: list[str] = []
    for word in reversed(before[-2 * REACH :]):  # "Shahar Glick and Josh Breiner said"
        if word[-1:] in ",;:" or not (word[:1].isupper() or (word == "and" and run)):
            break
        run.append(word)
    names = [w for w in run if not is_title(w) and fold(w) not in STOP["en"]]
    return {sk for w in names if len(sk := skeleton(w)) >= MIN_NAME}


def translated_speaker(sentence: str, lang: str) -> set[str]:
    """Skeletons of the words beside each cue of a translated sentence; a quoted title
    ('השחקנית X מ"גברת מייזל" אמרה') names a work, not who speaks."""
    tokens = [fold(w) for w in words(_unquoted(sentence))]
    beside: list[str] = []
    for i in range(len(tokens)):
        if cue_at(tokens, i, lang):
            beside += tokens[max(0, i - BEFORE) : i] + tokens[i + 1 : i + 1 + REACH]
    return token_skeletons([t for t in beside if t not in STOP[lang]], lang)


def _unquoted(sentence: str) -> str:
    """The sentence with its quoted passages left out."""
    for start, end in reversed(quote_spans(sentence)):
        sentence = sentence[:start] + " " + sentence[end:]
    return sentence


def _source_to_person(mine: str, theirs: str, lang: str, people: set[str]) -> bool:
    """ "..., according to the Associated Press" translated "وبحسب كيرستن": the source,
    which may be a body written in translated words and so cannot be looked for by
    sound, is not written in the translated sentence, and a person of the brief who is
    not that source stands beside the translation's cue."""
    source = according_source(mine)
    if not source or source & people or _named_in(source, theirs, lang):
        return False
    return _person_beside(people - source, translated_speaker(theirs, lang))


def _next_to_cue(sentence: str, lang: str) -> set[str]:
    """Skeletons of the words right next to each cue of a translated sentence ("وقال
    هاري", "הארי סיפר"): where a name of one consonant must stand to be its speaker, as
    such a skeleton is shared by common words a few words off ("אחר", another)."""
    tokens = [fold(w) for w in words(_unquoted(sentence))]
    beside: list[str] = []
    for i in range(len(tokens)):
        if cue_at(tokens, i, lang):
            beside += tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 2]
    return token_skeletons([t for t in beside if t not in STOP[lang]], lang)


def _short_names(english: str) -> set[str]:
    """Skeletons of the English brief's names of one consonant (Harry: R), which
    ``close`` cannot compare: a capitalised word that is no title and no English function
    word ("Her"); only a translated word next to a cue, with that very skeleton, matches
    one."""
    return {
        sk
        for w in words(english)
        if w[:1].isupper()
        and not is_title(w)
        and fold(w) not in STOP["en"]
        and len(sk := skeleton(w)) == 1
    }


def _person_beside(people: set[str], beside: set[str]) -> bool:
    """Whether a person of the brief (a surname skeleton long enough to be a name) is
    named beside the translation's cue."""
    return any(close(p, t) for p in people if len(p) >= MIN_KEPT for t in beside)


def _written(speaker: set[str], translation: str, lang: str) -> bool:
    everywhere = token_skeletons(words(translation), lang)
    return any(close(s, t) for s in speaker for t in everywhere)


def speaker_swapped(english: str, mine: str, theirs: str, lang: str, translation: str) -> bool:
    """The English sentence's speaker is not beside the translation's cue, and another
    name of the English brief is."""
    speaker = english_subject(mine)
    # a speaker the translation names in translated words ("Amnesty International": منظمة
    # العفو الدولية) cannot be looked for by sound: only a person or a transliterated name
    people = {skeleton(run[-1]) for run in person_names(english)}
    if not speaker:
        return _source_to_person(mine, theirs, lang, people)
    beside = translated_speaker(theirs, lang)
    if not speaker & people and not _written(speaker, translation, lang):
        # a speaker that cannot be found by sound (a body in translated words, a name
        # split otherwise): only a person of the brief beside the cue shows a move
        others = people - speaker - _speaker_phrase(mine)
        short = _short_names(english) - speaker - _speaker_phrase(mine)
        moved = _person_beside(others, beside) or bool(short & _next_to_cue(theirs, lang))
        return moved and not _named_in(speaker, theirs, lang)
    if any(close(s, t) for s in speaker for t in beside):
        return False
    brief_names = {
        sk
        for w in words(english)
        if w[:1].isupper() and not is_title(w) and len(sk := skeleton(w)) >= MIN_NAME
    }
    if _named_in(speaker, theirs, lang):
        return False  # the speaker is kept, past an apposition ("Dr X, a doctor at Y, said")
    others = brief_names - speaker - _speaker_phrase(mine)
    if (_short_names(english) - speaker - _speaker_phrase(mine)) & _next_to_cue(theirs, lang):
        return True
    return any(o == t or close(o, t) for o in others for t in beside)

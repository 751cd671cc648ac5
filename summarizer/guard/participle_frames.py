"""An Arabic reporting participle frames what follows it, not what stands before it.

"قال X إن A، مشيراً إلى B": the circumstantial participle (حال: مشيراً، مضيفاً، موضحاً،
معتبراً، قائلاً) goes on with the speaker of the finite verb before it and frames only B.
Where the clause before has no cue of its own ("وتعود البطالة إلى A، مشيراً إلى B"), A is
told in our own voice: the participle has no speaker to hand A back to. (English "...,
officials said" is a finite verb with its subject, and covers what precedes it.)

The clause before is read so only where its opening verb has a subject of its own right
after it, a definite noun that the verb agrees with ("وتعود البطالة", "وفقد السودان"). A
verb run into its complement ("واستشهد بالسماح"), a masculine verb before a feminine noun
(its object: "ويعزو البطالة إلى") or a name ("ويعدد ماسا") leaves as its subject the
speaker the participle goes on with.

The participle is read by its shape: a cue word in the accusative (its tanween written as
a final alef) with the form of an active participle, م-prefixed for the derived stems
("مشيرا", "مؤكدا") or فاعل for the base stem ("قائلا").
"""

from __future__ import annotations

import re

from summarizer.guard.attributed_clauses import is_attributed
from summarizer.guard.cues import cue_at
from summarizer.guard.text import fold, words

# a comma, an optional "و", then the word that may be the participle
_AFTER_COMMA = re.compile(r"[،,]\s*(?=\S)")
MIN_BEFORE_WORDS = 3  # words a clause before the participle needs to state something


def _participle_shape(token: str) -> bool:
    """An accusative active participle: "مشيرا", "معتبرا", "قائلا" (tanween as final alef;
    a feminine "مشيرة" agrees with a subject named before, so it is read the same)."""
    stem = token.removeprefix("و")
    if len(stem) < 5 or not stem.endswith(("ا", "ة")):
        return False
    return stem.startswith("م") or stem[1] == "ا"  # مُفعِل / فاعِل


def participle_at(clause: str) -> bool:
    """Whether the clause opens with a reporting participle ("مشيرا إلى أن ...")."""
    tokens = [fold(part) for w in words(clause)[:GAP_TOKENS] for part in w.split("-") if part]
    return bool(tokens) and _participle_shape(tokens[0]) and cue_at(tokens, 0, "ar")


GAP_TOKENS = 12  # words read after the comma: the participle and what completes it


def before_participle(sentence: str, lang: str) -> list[str]:
    """The Arabic clause before the first reporting participle after a comma, when that
    clause has no attribution of its own: it is stated in our own voice."""
    if lang != "ar":
        return []
    for m in _AFTER_COMMA.finditer(sentence):
        if not participle_at(sentence[m.end() :]):
            continue
        before = sentence[: m.start()]
        if len(words(before)) < MIN_BEFORE_WORDS or is_attributed(before, lang):
            return []
        return [before] if _own_subject(before) else []
    return []


_PARTICLES = {fold(w) for w in ("قد", "لقد", "كما", "ثم")}


def _own_subject(clause: str) -> bool:
    """Whether the clause opens with a verb and, right after it, a definite noun of the
    verb's gender: a subject of its own, not the speaker."""
    tokens = [_proclitic_off(fold(w)) for w in words(clause)[:4]]
    if tokens and tokens[0] in _PARTICLES:
        tokens = tokens[1:]
    if len(tokens) < 2:
        return False
    verb = tokens[0]
    noun = tokens[1]
    if len(verb) < 3 or verb.startswith("ال") or not noun.startswith("ال") or len(noun) < 5:
        return False
    feminine_verb = verb.startswith("ت") or (verb.endswith("ت") and not verb.startswith("ي"))
    # a feminine noun after a masculine verb is its object, not its subject
    return feminine_verb or not noun.endswith("ة")


def _proclitic_off(token: str) -> str:
    """The word without one conjunction "و"/"ف" ("وفقد" is "فقد", lost; not "قد")."""
    return token[1:] if token[:1] in ("و", "ف") and len(token) > 3 else token

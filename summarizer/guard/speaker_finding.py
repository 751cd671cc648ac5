"""Who speaks in a sentence: the speakers named around its cues ("X said", "according to
X", "said X", "قال X إن", "לדברי X", "X אמר"), in the order they stand.

The English reading is here; the Arabic and Hebrew one is in ``rtl_speakers``."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard import speaker_spans
from summarizer.guard.cues import EN_CUES
from summarizer.guard.en_false_cues import not_attribution_en
from summarizer.guard.rtl_speakers import BEFORE_WORDS_RTL, speakers_rtl, words_before
from summarizer.guard.text import WORD_RE, fold, quote_spans

PRONOUNS = {"he", "she", "they", "it", "we", "i", "هو", "هي", "هم", "הוא", "היא", "הם", "הן"}
_BEFORE_WORDS = 12

# (The look-ahead is the titles' first letters: other words are passed over at once.)
_TITLE_DOT = re.compile(
    r"\b(?=[CDGJLMPRS])(Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Rep|Sen|Gov|St|Jr)\."
)


def speakers(text: str, lang: str) -> list[str]:
    """The words naming the speaker of each attribution cue in a sentence."""
    return list(_speakers(text, lang))


@lru_cache(maxsize=4096)
def _speakers(text: str, lang: str) -> tuple[str, ...]:
    """(Cached: the speaker checks ask it of each source sentence several times a check.)"""
    found = _speakers_en(_TITLE_DOT.sub(r"\1", text)) if lang == "en" else speakers_rtl(text, lang)
    return tuple(found)


def _speakers_en(text: str) -> list[str]:
    out = []
    quoted = quote_spans(text)
    for m in EN_CUES.finditer(text):
        if not_attribution_en(text, m) or speaker_spans.inside(m.start(), quoted):
            continue
        after = speaker_spans.CLAUSE_END.split(text[m.end() :], maxsplit=1)[0].split()
        if m.group(0).lower().startswith("according"):
            out.append(" ".join(after[: speaker_spans.AFTER_WORDS + 3]))
            continue
        before = text[: m.start()]
        cut = max(before.rfind(q) for q in '"“”;:')
        before_words = before[cut + 1 :].split()[-_BEFORE_WORDS:]
        if before.rstrip().endswith(","):  # an apposition: reach back to the name
            before_words = before[cut + 1 :].split()[-2 * _BEFORE_WORDS :]
        # "..., said Dr. X", "“...,” says X", "“...” he said": the speaker follows the cue
        tail = before.rstrip()
        if _addresses(m.group(0)):
            out.append(" ".join(_subject(before_words)))  # "X, ..., told DW that ...": DW heard
        elif after and (
            (tail.endswith(",") and after[0][:1].isupper() and not _opens_clause(after))
            or (tail.endswith(('"', "”")) and (after[0][:1].isupper() or is_pronoun(after[0])))
        ):
            out.append(" ".join(after[: speaker_spans.AFTER_WORDS]))
        elif tail.endswith(",") and (inverted := speaker_spans.role_and_name(text[m.end() :])):
            out.append(" ".join(inverted))  # "..., said its director, Dr. X"
        elif tail.endswith(",") and m.group(0).lower().endswith("ing"):
            out.append(" ".join(main_subject(before[cut + 1 :])))  # "X did Y, saying ..."
        else:
            out.append(" ".join(_subject(before_words)))
    return [s for s in out if s.strip()]


# "told", "tells": the words after the verb are the party told, never an inverted subject
# ("..., said the minister" inverts; "..., told the minister" only ever addresses).
_TELL_FORMS = frozenset({"told", "tells", "tell"})


def _addresses(cue: str) -> bool:
    """Whether a cue is a form of "tell", whose object (the addressee) follows it."""
    return cue.lower() in _TELL_FORMS


def _opens_clause(after: list[str]) -> bool:
    """ "Dr. X, director of Y, said Gaza has more than ...": the words after the cue hold
    an auxiliary or a figure within a speaker's reach, so they are what is said (a clause),
    not a speaker after an inverted cue ("..., said Dr. X")."""
    return any(
        w.lower() in _AUXILIARIES or w[:1].isdigit() for w in after[: speaker_spans.AFTER_WORDS]
    )


def _subject(before: list[str]) -> list[str]:
    """The words before a speech verb that name its subject: "..., officials" → officials;
    "Dr. X, director of Y," → Dr. X, director of Y; "... that the army" → the army."""
    if before and fold(before[-1]) in PRONOUNS:
        return before[-1:]
    text = " ".join(before)
    segments = text.split(",")
    if len(segments) >= 3 and not segments[-1].strip():
        named = _before_age_and_relative(segments)
        if named:
            return named
        # "Dr. X, director of Y, said" / "..., its director, Dr. X, said": the name and
        # its apposition are the short segments right before the cue
        last = segments[-3:-1]
        if len(segments) >= 4 and len(segments[-2].split()) > speaker_spans.APPOSITION_WORDS:
            last = segments[-4:-2]  # "Dr. X, director of Y, the only hospital that ...,"
        elif len(segments) >= 4 and all(speaker_spans.describes(seg) for seg in last):
            last = segments[-4:-1]  # "X, a researcher at Y, one of the region's groups,"
        short = [_named_head(seg) for seg in last]
        return " ".join(short).split()
    chosen = segments[-1]
    chosen_words = chosen.split()
    for i in range(len(chosen_words) - 1, -1, -1):
        if chosen_words[i].lower() in {"that", "and", "as", "while", "but", "after"}:
            return chosen_words[i + 1 :]
    return chosen_words


# Auxiliaries: the first one ends the subject of a clause ("Zelensky has dismissed ...").
_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could"}
    | {"did", "does", "do", "may", "might"}
)


def main_subject(clause: str) -> list[str]:
    """ "Zelensky has dismissed a commander, Eduard Moskalyov, without giving a reason,
    saying ...": a participle cue after a comma shares the subject of the clause's verb,
    not the object or apposition just before it. The words of the first comma segment
    before its first auxiliary or past-tense verb; a short segment without one (a name
    before its apposition) whole; else nothing."""
    first = clause.split(",")[0].split()
    for k, word in enumerate(first):
        low = word.lower()
        if k and (low in _AUXILIARIES or (low.endswith("ed") and word.islower())):
            return first[:k]
    return first if len(first) <= speaker_spans.APPOSITION_WORDS else []


def _named_head(segment: str) -> str:
    """A comma segment as part of a speaker: whole when short; when too long for an
    apposition, only the capitalised name that opens it ("Tahir Della of the Initiative of
    Black People in Germany" → Tahir Della: a name, then the body it belongs to)."""
    seg_words = segment.split()
    if len(seg_words) <= speaker_spans.APPOSITION_WORDS:
        return segment
    if speaker_spans.describes(segment):
        return ""
    head = []
    for word in seg_words:
        if not word[:1].isupper():
            break
        head.append(word)
    return " ".join(head) if len(head) >= 2 else ""


_AGE_OR_RELATIVE = re.compile(r"^\s*(?:\d{1,3}|(?:who|whose|whom)\s.*)$", re.IGNORECASE)


def _before_age_and_relative(segments: list[str]) -> list[str]:
    """ "Nesma Hajjaj, 25, who fled the north while pregnant, said": an age and a relative
    clause between commas describe the person named before them, who speaks."""
    at = len(segments) - 2
    while at > 0 and _AGE_OR_RELATIVE.match(segments[at]):
        at -= 1
    if at == len(segments) - 2 or not _AGE_OR_RELATIVE.match(segments[at + 1]):
        return []
    named = segments[at].split()
    return named if 0 < len(named) <= speaker_spans.APPOSITION_WORDS else []


def is_pronoun(speaker: str) -> bool:
    first = fold(speaker).split()
    return bool(first) and first[0] in PRONOUNS and len(first) <= 2


# Verbs of a ruling ("בית המשפט קבע שלא להרשיע", "decided not to convict"): no claim of
# their own, but their subject is whom a "הוא קבע ש..." in the next sentence points to.
_HE_DECIDED = {"קבע", "קבעה", "קבעו", "החליט", "החליטה", "החליטו", "פסק", "פסקה", "פסקו"}


# An English sentence that opens with its subject revealing or admitting something ("The
# duchess also revealed that she ...", "Smith admitted that ..."): a view, no cue of a
# speaker (its subject may be a thing: "the data revealed"), but a person or a definite
# noun before it is whom a "she told X" in the next sentence points to.
_EN_VIEW_SUBJECT = re.compile(
    r"^((?:The|This|That)\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+(?:(?:also|later|then|\w+ly)\s+)?"
    r"(?:revealed|admitted|conceded|acknowledged|confessed|recalled|explained)\s+that\b"
)


def deciding(text: str, lang: str) -> list[str]:
    """The named subject of a Hebrew ruling verb that opens a sentence ("בית משפט השלום
    בתל אביב קבע ..."): the words before it, up to a comma or quote; in English, the
    subject of a verb of revealing that opens one (:data:`_EN_VIEW_SUBJECT`)."""
    if lang == "en":
        m = _EN_VIEW_SUBJECT.match(text.lstrip())
        return [m.group(1)] if m and not is_pronoun(m.group(1)) else []
    if lang != "he":
        return []
    tokens = [(fold(m.group(0)), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    for i, (token, _, _) in enumerate(tokens[: BEFORE_WORDS_RTL + 2]):
        if i and token in _HE_DECIDED:
            before = words_before(tokens, i, text)
            return [" ".join(before)] if before and not is_pronoun(" ".join(before)) else []
    return []

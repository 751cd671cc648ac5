"""Who speaks in a sentence: the speakers named around its cues ("X said", "according to
X", "said X", "قال X إن", "לדברי X", "X אמר"), in the order they stand."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard import speaker_spans
from summarizer.guard.cues import CUE_WORDS, EN_CUES, cue_at, not_attribution_en
from summarizer.guard.text import WORD_RE, fold, quote_spans

PRONOUNS = {"he", "she", "they", "it", "we", "i", "هو", "هي", "هم", "הוא", "היא", "הם", "הן"}
_BEFORE_WORDS = 12
# Titles and words of any institution's name: they tell one speaker from another poorly.
_AR_STOPS = {fold(w) for w in ("إن", "أن", "بأن", "ان", "انه", "إنه", "أنه", "بان", "عن")}
# "بحسب المرصد فقد اغتنم ...": فقد / فإن open the clause reported, after the speaker
_AR_STOPS |= {fold(w) for w in ("فقد", "قد", "لقد", "فإن", "فان", "فإنه")}
# "وحذّر المرصد من استغلال ...": a preposition after the speaker opens what is said
_AR_STOPS |= {fold(w) for w in ("من", "في", "على", "إلى")}
_HE_STOPS = {"כי", "ש", "את", "על"}
_PREPOSITIONAL = {
    "ar": {fold(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا")},
    "he": {"לפי", "לדברי", "לטענת", "על"},
}
_HE_CUE_FIRSTS = frozenset(cue[0] for cue in CUE_WORDS["he"])
_HE_CONCESSIVE = {"אף", "ואף", "למרות", "ולמרות"}


def _concessive(folded: list[str], i: int, lang: str) -> bool:
    """ "X, אף שקבע כי ..." (although it found): the cue heads a subordinate clause whose
    subject is the sentence's own, not the words before the conjunction."""
    return lang == "he" and i > 0 and folded[i - 1] in _HE_CONCESSIVE and folded[i][:1] == "ש"


def _noun_behind_preposition(token: str, lang: str) -> bool:
    """A Hebrew cue word behind a preposition's letter ("מעורבת בדיווח על האלימות",
    involved in reporting the violence): a noun, whose clause names no speaker before it;
    a verb never takes ב، ל or כ (כש, "when", aside)."""
    bare = token[1:] if token[:1] == "ו" else token
    return (
        lang == "he"
        and bare[:1] in "בלכ"
        and not bare.startswith("כש")
        and token not in _HE_CUE_FIRSTS
        and bare not in _HE_CUE_FIRSTS
    )


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
    found = _speakers_en(_TITLE_DOT.sub(r"\1", text)) if lang == "en" else _speakers_rtl(text, lang)
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


def _speakers_rtl(text: str, lang: str) -> list[str]:
    tokens = [(fold(m.group(0)), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    folded = [t[0] for t in tokens]
    stops = _AR_STOPS if lang == "ar" else _HE_STOPS
    quoted = quote_spans(text)
    out = []
    for i in range(len(tokens)):
        # a Hebrew finding ("הוא קבע ש...", "מצא כי") names whose it is, as a cue does
        if not cue_at(folded, i, lang, views=lang == "he") or speaker_spans.inside(
            tokens[i][1], quoted
        ):
            continue  # a cue in a quotation is the quoted speaker's own words
        if _noun_behind_preposition(folded[i], lang) or _concessive(folded, i, lang):
            continue  # a noun ("בדיווח"), or a clause of the sentence's own subject
        if i and folded[i - 1] in speaker_spans.REPLIED and folded[i] in _PREPOSITIONAL[lang]:
            continue  # "השיב לדברי חמינאי": the words replied to, not whose these are
        # "..., כך דיווח X" (so X reported): the speaker follows the verb
        so_said = lang == "he" and i > 0 and folded[i - 1] == "כך"
        verb_first = (
            so_said
            or lang == "ar"
            or folded[i] in _PREPOSITIONAL[lang]
            or speaker_spans.starts_clause(text, tokens[i][1])
        )
        # '"...", מסר נתניהו': after a quotation the speaker follows the verb
        after_quote = speaker_spans.QUOTE_THEN_COMMA.search(text, 0, tokens[i][1]) is not None
        if lang == "ar" and speaker_spans.for_his_part(folded, i):
            span = ["هو"]  # "من جانبه أكد ...": the subject is the one just spoken of
        elif lang == "he" and folded[i] == "כך":
            span = _words_after(tokens, i + 1, text, stops)  # "כך קבע X": X, after the verb
        elif lang == "ar" and (before_qad := _subject_before_qad(folded, i)):
            span = before_qad  # "وكان الائتلاف قد حض الطرفين": the subject, not the object
        elif verb_first and (
            lang == "ar" or folded[i] in _PREPOSITIONAL[lang] or i == 0 or after_quote or so_said
        ):
            span = _words_after(tokens, i, text, stops)
            if lang == "ar" and _relays(folded, i, len(span)):
                # "نقلت شبكة CNN عن جهات معارضة أن ...": the words are those after عن
                span = _words_after(tokens, i + len(span) + 1, text, stops)
            if lang == "ar":  # "دعا هذا الميثاق كل المهنيين": the subject ends at the object
                span = speaker_spans.arabic_noun_phrase(" ".join(span)).split()
        else:
            span = _words_before(tokens, i, text)  # "X, Y, אמר": X and Y
            if span and all(w in _HE_ADVERBS for w in span):
                span = _after_adverb(tokens, i, text, stops)
            elif lang == "he" and _fronted_complement(tokens, i, text):
                span = _after_complement(tokens, i, text, stops)
            elif lang == "he" and (subject := _subject_after_phrase(tokens, i, text, stops)):
                span = subject
        out.append(" ".join(span))
    return [s for s in out if s.strip()]


BEFORE_WORDS_RTL = 4  # words before a verb that may name its subject ("X, Y, אמר")
# a quotation, a colon or a sentence's end closes what may name the speaker before a verb
# ('"אנחנו חוזרים ואומרים": נתניהו הזהיר': the quoted words are not the speaker)
_SUBJECT_BREAK = re.compile(r"[;:.!?؛\"“”«»]")


def _words_before(tokens: list[tuple[str, int, int]], i: int, text: str) -> list[str]:
    """The words before the cue at ``i`` that may name its subject: up to four, none
    across a quotation mark, a colon or a semicolon (commas of a list stay inside)."""
    start = max(0, i - BEFORE_WORDS_RTL)
    for k in range(i - 1, start - 1, -1):
        if _SUBJECT_BREAK.search(text[tokens[k][2] : tokens[k + 1][1]]):
            return [w for w, _, _ in tokens[k + 1 : i]]
    return [w for w, _, _ in tokens[start:i]]


_AR_RELAY = {fold(w) for w in ("نقل", "نقلت", "نقلوا", "ينقل", "تنقل")}
_AR_FROM = fold("عن")


def _relays(folded: list[str], i: int, named: int) -> bool:
    """ "نقل X عن Y": X relays Y's words; the cue at ``i`` names ``named`` words, then عن."""
    verb = folded[i].removeprefix("و").removeprefix("ف")
    after = i + 1 + named
    return verb in _AR_RELAY and after < len(folded) and folded[after] == _AR_FROM


# "كان" and its forms: "وكان X قد قال" puts the subject X before the particle قد and the verb.
_AR_KANA = {fold(w) for w in ("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "كانوا", "وكانوا")}
_AR_QAD = fold("قد")


def _subject_before_qad(folded: list[str], i: int) -> list[str]:
    """ "وكان الائتلاف قد حض الطرفين على ...": in "كان X قد VERB" the subject X stands
    between كان and قد; the words after the verb are its object."""
    if i < 2 or folded[i - 1] != _AR_QAD:
        return []
    for k in range(i - 2, max(-1, i - 2 - speaker_spans.AFTER_WORDS), -1):
        if folded[k] in _AR_KANA:
            return folded[k + 1 : i - 1]
    return []


# "עוד אמר כי", "בנוסף הוסיף נסראללה": words that open the sentence before its verb and
# name nobody; the speaker follows the verb, or is the one just spoken of.
# "את ההחלטה נימק ב...", "על הביטול הודיעה הוועדה": a clause that opens with the verb's
# object (את) or what it speaks of (על) puts its subject after the verb, or leaves it to
# the one just spoken of.
_HE_COMPLEMENTS = {"את", "על"}
_HE_PREPOSITIONS = "בלמכ"  # proclitics that open a phrase after the verb: no subject


def _fronted_complement(tokens: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """Whether the words before the cue at ``i`` open with את or על at their clause's
    head (the sentence's start or right after a comma)."""
    for k in range(max(0, i - 4), i):
        if tokens[k][0] in _HE_COMPLEMENTS:
            return (
                k == 0
                or speaker_spans.CLAUSE_END.search(text[tokens[k - 1][2] : tokens[k][1]])
                is not None
            )
    return False


def _after_complement(
    tokens: list[tuple[str, int, int]], i: int, text: str, stops: set[str]
) -> list[str]:
    after = _after_adverb(tokens, i, text, stops)
    return ["הוא"] if after[0][:1] in _HE_PREPOSITIONS else after


# after a speech verb, an addressee (ל) or a setting (ב); מ and כ open nouns too (מזכ"ל)
_HE_AFTER_VERB = "בל"
_HE_TIMES = {"היום", "אתמול", "הבוקר", "הערב", "הלילה", "מחר", "שוב", "כבר"}


def _subject_after_phrase(
    tokens: list[tuple[str, int, int]], i: int, text: str, stops: set[str]
) -> list[str]:
    """ "בנאום לציון יום X אמר מזכ"ל הארגון כי ...": a sentence that opens with a
    prepositional phrase (a proclitic ב/ל/מ/כ on its first word) puts its subject after
    the verb, where a noun phrase then stands before כי; the phrase before the verb is the
    occasion, not the speaker. Empty where no such noun phrase follows the verb ("בית
    המשפט קבע כי": the subject stood before it)."""
    if i == 0 or tokens[0][0][:1] not in _HE_PREPOSITIONS:
        return []
    after: list[str] = []
    for k in range(i + 1, min(len(tokens), i + 1 + speaker_spans.AFTER_WORDS)):
        if tokens[k][0] in stops:
            break  # (the gaps between words only: an acronym's own mark, מזכ"ל, ends nothing)
        if speaker_spans.CLAUSE_END.search(text[tokens[k - 1][2] : tokens[k][1]]):
            return []
        after.append(tokens[k][0])
    else:
        return []  # no כי after the noun phrase: no subject shown to stand there
    if (
        not after
        or after[0][:1] in _HE_AFTER_VERB  # "אמר לכתבים", "אמר בכנס": no subject
        or any(w in _HE_TIMES or w in _HE_ADVERBS for w in after)
    ):
        return []
    return after


_HE_ADVERBS = {"עוד", "בנוסף", "כמו", "כן", "גם", "אף", "עם", "זאת", "לבסוף", "ועוד"}


def _after_adverb(
    tokens: list[tuple[str, int, int]], i: int, text: str, stops: set[str]
) -> list[str]:
    return _words_after(tokens, i, text, stops) or ["הוא"]


def _words_after(
    tokens: list[tuple[str, int, int]], i: int, text: str, stops: set[str]
) -> list[str]:
    """The words after token ``i`` up to a stop word or the end of its clause."""
    span = []
    for word, start, _ in tokens[i + 1 : i + 1 + speaker_spans.AFTER_WORDS]:
        if word in stops or speaker_spans.CLAUSE_END.search(text[tokens[i][2] : start]):
            break
        span.append(word)
    return span


def is_pronoun(speaker: str) -> bool:
    first = fold(speaker).split()
    return bool(first) and first[0] in PRONOUNS and len(first) <= 2


# Verbs of a ruling ("בית המשפט קבע שלא להרשיע", "decided not to convict"): no claim of
# their own, but their subject is whom a "הוא קבע ש..." in the next sentence points to.
_HE_DECIDED = {"קבע", "קבעה", "קבעו", "החליט", "החליטה", "החליטו", "פסק", "פסקה", "פסקו"}


def deciding(text: str, lang: str) -> list[str]:
    """The named subject of a Hebrew ruling verb that opens a sentence ("בית משפט השלום
    בתל אביב קבע ..."): the words before it, up to a comma or quote."""
    if lang != "he":
        return []
    tokens = [(fold(m.group(0)), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    for i, (token, _, _) in enumerate(tokens[: BEFORE_WORDS_RTL + 2]):
        if i and token in _HE_DECIDED:
            before = _words_before(tokens, i, text)
            return [" ".join(before)] if before and not is_pronoun(" ".join(before)) else []
    return []

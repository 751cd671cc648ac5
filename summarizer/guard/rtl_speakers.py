"""Who speaks in an Arabic or Hebrew sentence: the subject of each cue ("قال X إن",
"بحسب X", "X אמר", "כך דיווח X", "לדברי X"), read before or after the verb by each
language's word order.

Split from ``speaker_finding`` (which keeps the English reading and the shared entry
point, ``speakers``) so that each reading has room for its next rule."""

from __future__ import annotations

import re

from summarizer.guard import speaker_spans
from summarizer.guard.cues import CUE_WORDS, cue_at
from summarizer.guard.text import WORD_RE, fold, quote_spans

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
# The head of a free relative: "מה שכינה X" (what he called X), "מי שאמר" (whoever said):
# the verb behind its ש belongs to a clause inside the noun phrase; the word before it is
# no subject of the verb.
_HE_FREE_RELATIVE = {"מה", "מי", "כפי", "כמו"}


def _concessive(folded: list[str], i: int, lang: str) -> bool:
    """ "X, אף שקבע כי ..." (although it found): the cue heads a subordinate clause whose
    subject is the sentence's own, not the words before the conjunction."""
    return lang == "he" and i > 0 and folded[i - 1] in _HE_CONCESSIVE and folded[i][:1] == "ש"


def _free_relative(folded: list[str], i: int, lang: str) -> bool:
    """The verb of a Hebrew free relative at ``i`` ("של מה שכינה", "כפי שאמר"): the
    word before it heads the noun phrase, not the verb's subject."""
    return lang == "he" and i > 0 and folded[i][:1] == "ש" and folded[i - 1] in _HE_FREE_RELATIVE


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


def speakers_rtl(text: str, lang: str) -> list[str]:
    """The words naming the speaker of each Arabic or Hebrew cue in a sentence."""
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
        if _free_relative(folded, i, lang):
            continue  # "של מה שכינה": no subject before the verb names a speaker
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
            span = words_before(tokens, i, text)  # "X, Y, אמר": X and Y
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


def words_before(tokens: list[tuple[str, int, int]], i: int, text: str) -> list[str]:
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

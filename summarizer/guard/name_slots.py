"""A name of the article put in another name's slot of the aligned source sentence, in English.

A brief that keeps the source's frame around a name but changes the name ("X joined calls
for ..." where the source has "Y joined growing calls for ...") has put one real person,
body or place in another's role, place or act. The name may occur elsewhere in the article,
so a check that only asks whether a name occurs lets it through. Three ties are compared,
each in the claim and in a sentence the claim aligns with:

- the words before the name ("a professor at <name>", "Phoenix and <name>"): where the
  same lead in the source sentence is followed by another name;
- the act after the name ("<name> joined", "<name> has sworn in"): where the source
  sentence has the same words after another name and does not have the claim's name;
- the kind of body the name ends or starts with ("<...> Hospital", "University of <...>"):
  where the source sentence names one body of that kind, and not the claim's.

The source's name must be missing from the brief altogether, and the claim's from the
source sentence, so a brief that names both
(reordered, merged) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.datelines import strip_dateline
from summarizer.guard.report import Problem
from summarizer.guard.spelling import american
from summarizer.guard.text import fold

_TOKEN = re.compile(r"[A-Za-z0-9À-ÿ][\w’'+.-]*[\w+]|[A-Za-z0-9À-ÿ]|[,;:()\"“”]")
# Articles and titles: they stand before a name in any slot ("the", "Dr").
_ARTICLES = {"the", "a", "an", "mr", "mrs", "ms", "dr", "prof"}
# Lower-case words that may stand inside a name ("Pueblo of Isleta", "Bill de Blasio").
_INNER = {"of", "de", "al", "el", "von", "van", "bin", "la", "du", "der"}
# Words that open sentences or stand capitalised without naming anyone.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "his", "her",
    "its", "their", "this", "that", "these", "those", "but", "and", "as", "after", "before",
    "when", "while", "since", "some", "many", "mr", "mrs", "ms", "dr", "prof", "president",
    "governor", "minister", "director", "health", "police", "officials", "sunday", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
}  # fmt: skip
_FUNCTION = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from",
    "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would",
    "that", "which", "who", "its", "their", "his", "her", "it", "this", "into", "also",
}  # fmt: skip
# Nouns for a kind of body that stand as a name's head ("Al-Shifa Hospital",
# "University of Washington"): two names with the same head are two bodies of one kind.
_BODY_HEADS = {
    "hospital", "university", "college", "ministry", "party", "court", "council", "agency",
    "institute", "school", "church", "army", "front", "brigade", "battalion", "bank",
    "company", "corporation", "commission", "committee", "department", "foundation",
}  # fmt: skip
# Verbs of saying: a quotation aligned with another speaker's words is the speakers'
# checks' business, and briefs move quotations between sentences.
_SAYING = {"said", "say", "says", "told", "tell", "according", "added", "stated"}
LEAD = 2  # words before a name that tie it to its slot
GAP = 2  # lower-case words the source may put between the lead and its name


def check_name_slots(
    alignments: list[Alignment], index: SourceIndex, summary: str
) -> list[Problem]:
    """Names of the claim standing where the aligned source sentence has another name."""
    problems: list[Problem] = []
    brief_tokens = _tokens(summary)
    brief_words = {_norm(t) for t in brief_tokens}
    brief_names = _brief_names(brief_tokens)
    for alignment in alignments:
        claim = _tokens(alignment.claim.text)
        for start, end in _names(claim):
            mine = claim[start:end]
            if _modifier(claim, start, end) or _back_reference(claim, start, end):
                continue
            for s in alignment.sentences:
                # "BOUAKE, Ivory Coast (Reuters) - ...": the dateline's place is no slot
                sent = _tokens(strip_dateline(index.sentences[s].text))
                theirs = _in_slot(claim, start, end, sent, (brief_words, brief_names))
                if theirs:
                    problems.append(
                        Problem(
                            "name",
                            f"where the source ({index.sentences[s].text[:160]}) has "
                            f"{' '.join(theirs)!r}, the summary has {' '.join(mine)!r}",
                            " ".join(mine),
                        )
                    )
                    break
            else:
                continue
            break
    return problems


def _in_slot(
    claim: list[str],
    start: int,
    end: int,
    sent: list[str],
    brief: tuple[set[str], BriefNames],
) -> list[str] | None:
    """The source sentence's name that stands in the slot of ``claim[start:end]``, when it
    is another name, the brief has none of its own words, and the sentence has the claim's
    name nowhere."""
    mine = _own(claim[start:end])
    claim_words, brief_names = brief
    sent_words = {_norm(t) for t in sent}
    mine_here = mine <= sent_words
    if mine_here:
        return None
    for m_start, m_end in _names(sent):
        theirs = _own_list(sent[m_start:m_end])
        if not theirs or not mine or _shared(claim[start:end], sent[m_start:m_end]):
            continue
        if _named_in_brief(theirs, brief_names, claim_words):
            continue
        if (
            _modifier(sent, m_start, m_end)
            or _possessive(sent[m_end - 1])
            or _initials(sent[m_start:m_end], claim[start:end])
        ):
            continue
        if _same_lead(claim, start, sent, m_start):
            return sent[m_start:m_end]
        if _same_act(claim, end, sent, m_end) or _passive_doer(claim, end, sent, m_start):
            return sent[m_start:m_end]
        if _same_head(claim[start:end], sent[m_start:m_end], sent):
            return sent[m_start:m_end]
    return None


# Endings of words for a people or a country's things ("Namibian", "Gazan", "Israeli",
# "British", "Japanese"): before a noun they describe, they name no one.
_DEMONYM = re.compile(r"(?:an|ish|ese|i)$")


# The brief's names by each of their distinctive words: (that name's distinctive words,
# its words), so a source name is compared only with names that share a word with it.
BriefNames = dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]


def _brief_names(tokens: list[str]) -> BriefNames:
    out: BriefNames = {}
    for a, b in _names(tokens):
        own = frozenset(_own(tokens[a:b]))
        whole = tuple(_norm(t) for t in tokens[a:b])
        for word in own | set(whole):
            out.setdefault(word, []).append((own, whole))
    return out


def _named_in_brief(theirs: list[str], brief_names: BriefNames, brief: set[str]) -> bool:
    """The source's name (its distinctive words) given somewhere in the brief. A one-word
    name: the word anywhere. A longer one: a name of the brief with more than half its
    distinctive words, or its last word alone ("Al-Kahlot" for "Mustafa Al-Kahlot"). One
    word shared with another name ("Washington" of "University of Washington", for
    "Western Washington University") does not give it."""
    if len(theirs) == 1:
        return theirs[0] in brief
    return any(
        2 * len(own.intersection(theirs)) > len(theirs) or whole == (theirs[-1],)
        for word in theirs
        for own, whole in brief_names.get(word, ())
    )


def _shared(mine: list[str], theirs: list[str]) -> bool:
    """Two names with a word in common, besides the kind both end in ("German Historical
    Museum", "Berlin City Museum")."""
    common = set(_own_list(mine)) & set(_own_list(theirs))
    if len(mine) > 1 and len(theirs) > 1 and _norm(mine[-1]) == _norm(theirs[-1]):
        common.discard(_norm(mine[-1]))
    return bool(common)


def _modifier(tokens: list[str], start: int, end: int) -> bool:
    """A single capitalised word used as an adjective: after "a"/"an", or a word for a
    people before a lower-case noun ("a Namibian campaigner", "Gazan hospitals")."""
    if end - start != 1:
        return False
    before = _norm(tokens[start - 1]) if start else ""
    after = tokens[end] if end < len(tokens) else ""
    word = _norm(tokens[start])
    return (
        before in {"a", "an"}
        or (bool(_DEMONYM.search(word)) and after[:1].islower())
        or word.endswith("ans")  # "Americans", "Palestinians": a people, not a name
    )


def _initials(a: list[str], b: list[str]) -> bool:
    """One name an abbreviation of the other ("SAG", "Screen Actors Guild"; "MoD",
    "Ministry of Defence"): a single word of two capitals or more, and the same first
    letter."""
    for short, long in ((a, b), (b, a)):
        word = short[0]
        if len(short) == 1 and sum(ch.isupper() for ch in word) >= 2 and word[:1] == long[0][:1]:
            return True
    return False


def _possessive(token: str) -> bool:
    """ "Gaza's" in "Gaza's southern city of Rafah": the name's setting, not the slot."""
    return token.endswith(("'s", "’s"))


def _back_reference(tokens: list[str], start: int, end: int) -> bool:
    """ "the Strip", "the Kingdom": one capitalised word after "the" points back to a
    name the brief or the source gave in full."""
    return end - start == 1 and start > 0 and _norm(tokens[start - 1]) == "the"


@lru_cache(maxsize=4096)
def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=16384)
def _norm(token: str) -> str:
    word = fold(token)
    return american(re.sub(r"(?:['’]s|['’])$", "", word))


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    word = _norm(word)
    for suffix in ("ing", "es", "ed", "s", "d"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word


@lru_cache(maxsize=4096)
def _sentence_stems(tokens: tuple[str, ...]) -> list[str]:
    return [_stem(t) for t in tokens]


def _capital(token: str) -> bool:
    return token[:1].isupper() and any(ch.isalpha() for ch in token)


def _names(tokens: list[str]) -> list[tuple[int, int]]:
    return _names_of(tuple(tokens))


@lru_cache(maxsize=4096)
def _names_of(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """Runs of capitalised words (with "of", "de" inside), less words that open
    sentences or name a day or a title."""
    out = []
    i = 0
    while i < len(tokens):
        if not _capital(tokens[i]) or _norm(tokens[i]) in _NOT_NAMES or _opens(tokens, i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if _capital(tokens[j]) and _norm(tokens[j]) not in _NOT_NAMES:
                j += 1
            elif _norm(tokens[j]) in _INNER and j + 1 < len(tokens) and _capital(tokens[j + 1]):
                j += 2
            else:
                break
        out.append((i, j))
        i = j
    return out


def _opens(tokens: tuple[str, ...], i: int) -> bool:
    """A lone capitalised word that opens the sentence ("Weeks later"): capitalised for
    its place, not as a name."""
    return i == 0 and (len(tokens) < 2 or not _capital(tokens[1]))


def _own(tokens: list[str]) -> set[str]:
    """A name's distinctive words: less inner words and heads shared by many bodies."""
    return set(_own_list(tokens))


def _own_list(tokens: list[str]) -> list[str]:
    """A name's distinctive words in order."""
    return [
        _norm(t)
        for t in tokens
        if _norm(t) not in _INNER and _norm(t) not in _BODY_HEADS and len(_norm(t)) > 1
    ]


def _lead(tokens: list[str], start: int) -> list[str]:
    """The words before a name back to the nearest word that says something (a content
    word or a name), articles skipped: "professor at", "Phoenix and", "become"."""
    out: list[str] = []
    i = start - 1
    if i > 0 and tokens[i] == "," and tokens[i - 1][:1].islower():
        i -= 1  # an apposition: "the commercial capital, Abidjan"
    while i >= 0 and len(out) < LEAD:
        word = _norm(tokens[i])
        if not word[:1].isalnum():
            break
        if word in _SAYING:
            return []
        if word not in _ARTICLES:
            out.insert(0, _stem(tokens[i]))
            if word not in _FUNCTION:
                return out
        i -= 1
    return []


def _lead_positions(lead: list[str], sent: list[str]) -> list[int]:
    """Where in the sentence the lead ends (the index after it), allowing a function word
    between its words ("becomes" / "will become")."""
    stems = _sentence_stems(tuple(sent))
    out = []
    for i, first in enumerate(stems):
        if first != lead[0]:
            continue
        k, j = 1, i + 1
        while k < len(lead) and j < len(stems) and j <= i + k + 1:
            if stems[j] == lead[k]:
                k += 1
            elif stems[j] not in _FUNCTION:
                break
            j += 1
        if k == len(lead):
            out.append(j)
    return out


def _after_lead(sent: list[str], at: int) -> int | None:
    """The start of the name that follows a lead ending at ``at``, within GAP lower-case
    words."""
    for j in range(at, min(at + GAP + 1, len(sent))):
        if _capital(sent[j]) and _norm(sent[j]) not in _NOT_NAMES:
            return j
        if j == at and sent[j] == "," and sent[j - 1][:1].islower():
            continue  # the apposition, as in ``_lead``
        if not sent[j][:1].islower() or (
            _norm(sent[j]) in _FUNCTION and _norm(sent[j]) not in _ARTICLES
        ):
            return None  # "director of the X": X is another slot, the director's body
    return None


def _same_lead(claim: list[str], start: int, sent: list[str], m_start: int) -> bool:
    lead = _lead(claim, start)
    if not lead:
        return False
    return any(_after_lead(sent, at) == m_start for at in _lead_positions(lead, sent))


def _act(tokens: list[str], end: int) -> list[str]:
    """The words after a name up to its first content word ("joined", "has sworn")."""
    out = []
    for t in tokens[end : end + 3]:
        if not t[:1].islower():
            return []
        if _norm(t) in _SAYING:
            return []
        out.append(_stem(t))
        if _norm(t) not in _FUNCTION:
            return out
    return []


def _same_act(claim: list[str], end: int, sent: list[str], m_end: int) -> bool:
    act = _act(claim, end)
    return bool(act) and _act(sent, m_end) == act


def _passive_doer(claim: list[str], end: int, sent: list[str], m_start: int) -> bool:
    """The claim's name doing an act ("<name> revealed") that the source gives, in the
    passive, to another ("revealed by the NGO <name>")."""
    act = _act(claim, end)
    if not act:
        return False
    lead = [act[-1], "by"]
    return any(_after_lead(sent, at) == m_start for at in _lead_positions(lead, sent))


def _head(name: list[str]) -> str | None:
    for t in (name[-1], name[0]):
        if _norm(t) in _BODY_HEADS:
            return _norm(t)
    return None


def _same_head(mine: list[str], theirs: list[str], sent: list[str]) -> bool:
    """Both bodies of one kind, the only one of that kind the sentence names."""
    head = _head(mine)
    if head is None or _head(theirs) != head:
        return False
    return sum(_head(sent[a:b]) == head for a, b in _names(sent)) == 1

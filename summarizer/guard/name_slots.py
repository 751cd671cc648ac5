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
  past an apposition's comma or the word for the name's kind that the source puts before
  its name ("Its Blue Wolf strand uses" for "One strand, known as Red Wolf, uses");
- the kind of body the name ends or starts with ("<...> Hospital", "University of <...>"):
  where the source sentence names one body of that kind, and not the claim's.

The source's name must be missing from the brief altogether, and the claim's from the
source sentence, so a brief that names both
(reordered, merged) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.datelines import strip_dateline
from summarizer.guard.name_forms import demonym_related, respelt
from summarizer.guard.name_tokens import (
    INNER,
    NOT_NAMES,
    capital,
    name_runs,
    norm,
    sentence_stems,
    stem,
    stem_positions,
    tokens_of,
)
from summarizer.guard.names import related_forms
from summarizer.guard.report import Problem

# Articles and titles: they stand before a name in any slot ("the", "Dr").
_ARTICLES = {"the", "a", "an", "mr", "mrs", "ms", "dr", "prof"}
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
    brief_tokens = tokens_of(summary)
    brief_words = {norm(t) for t in brief_tokens}
    brief_names = _brief_names(brief_tokens)
    read: dict[int, _Sentence] = {}  # each aligned sentence read once, for every name
    for alignment in alignments:
        claim = tokens_of(alignment.claim.text)
        for start, end in name_runs(claim):
            mine = claim[start:end]
            if _modifier(claim, start, end) or _back_reference(claim, start, end):
                continue
            name = _Name(claim, start, end, _own(mine), _lead(claim, start), _act(claim, end))
            for s in alignment.sentences:
                if s not in read:
                    read[s] = _read(index.sentences[s].text, brief_words, brief_names)
                theirs = _in_slot(name, read[s])
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


@dataclass(frozen=True)
class _Name:
    """A name of a claim (``claim[start:end]``), its distinctive words, and the words that
    tie it to its slot: the lead before it and the act after it (:func:`_lead`,
    :func:`_act`), read once for all the claim's aligned sentences."""

    claim: list[str]
    start: int
    end: int
    own: set[str]
    lead: list[str]
    act: list[str]


@dataclass(frozen=True)
class _Sentence:
    """An aligned source sentence's tokens, their words (:func:`norm`), and the names that
    may have been replaced: each (start, end, distinctive words), less a name the brief
    gives itself, a word for a people, a possessive (the check's own tests, read once for
    all the brief's names)."""

    tokens: list[str]
    words: set[str]
    names: list[tuple[int, int, frozenset[str]]]


def _read(text: str, brief_words: set[str], brief_names: BriefNames) -> _Sentence:
    """An aligned source sentence as :class:`_Sentence` reads it, once per check."""
    # "BOUAKE, Ivory Coast (Reuters) - ...": the dateline's place is no slot
    sent = tokens_of(strip_dateline(text))
    names = [
        (m_start, m_end, frozenset(theirs))
        for m_start, m_end in name_runs(sent)
        if (theirs := _own_list(sent[m_start:m_end]))
        and not _named_in_brief(theirs, brief_names, brief_words)
        and not _modifier(sent, m_start, m_end)
        and not _possessive(sent[m_end - 1])
    ]
    return _Sentence(sent, {norm(t) for t in sent}, names)


def _in_slot(name: _Name, sentence: _Sentence) -> list[str] | None:
    """The source sentence's name that stands in the slot of the claim's name, when it
    is another name, the brief has none of its own words, and the sentence has the claim's
    name nowhere."""
    claim, start, end, mine = name.claim, name.start, name.end, name.own
    sent = sentence.tokens
    if not mine or mine <= sentence.words:
        return None
    starts: tuple[set[int], set[int]] | None = None  # where the lead and the doer's slot lead
    for m_start, m_end, _ in sentence.names:
        ours, theirs = claim[start:end], sent[m_start:m_end]
        if _shared(ours, theirs) or _initials(theirs, ours):
            continue
        if starts is None:
            # the claim's act given in the passive to another ("revealed by the NGO <name>")
            doer_lead = [name.act[-1], "by"] if name.act else []
            starts = (_name_starts(name.lead, sent), _name_starts(doer_lead, sent))
        lead_starts, doer_starts = starts
        if m_start in lead_starts:
            return sent[m_start:m_end]
        if (name.act and _act(sent, m_end) == name.act) or m_start in doer_starts:
            return sent[m_start:m_end]
        if _kind_act(claim, end, sent, m_start, m_end) and not _kin(ours, sent):
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
    for a, b in name_runs(tokens):
        own = frozenset(_own(tokens[a:b]))
        whole = tuple(norm(t) for t in tokens[a:b])
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
    Museum", "Berlin City Museum"). A word in another form of the same stem counts: the
    country and its people's adjective, a compound on the word ("Qatar's" / "Qatari",
    "Iranian-made" / "Iranian", "Turkey's" / "Turkish"), and so does a long name one letter
    apart ("Prince Wiliam" / "William": the same name respelt)."""
    ours, others = set(_own_list(mine)), set(_own_list(theirs))
    if len(mine) > 1 and len(theirs) > 1 and norm(mine[-1]) == norm(theirs[-1]):
        ours.discard(norm(mine[-1]))
        others.discard(norm(mine[-1]))
    # one word in two forms: "Qatar's" / "Qatari", "Iranian-made" / "Iranian"
    return any(
        a == b or related_forms(a, b) or demonym_related(a, b) or respelt(a, b)
        for a in ours
        for b in others
    )


def _modifier(tokens: list[str], start: int, end: int) -> bool:
    """A single capitalised word used as an adjective: after "a"/"an", or a word for a
    people before a lower-case noun ("a Namibian campaigner", "Gazan hospitals")."""
    if end - start != 1:
        return False
    before = norm(tokens[start - 1]) if start else ""
    after = tokens[end] if end < len(tokens) else ""
    word = norm(tokens[start])
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
    return end - start == 1 and start > 0 and norm(tokens[start - 1]) == "the"


def _own(tokens: list[str]) -> set[str]:
    """A name's distinctive words: less inner words and heads shared by many bodies."""
    return set(_own_list(tokens))


def _own_list(tokens: list[str]) -> list[str]:
    """A name's distinctive words in order."""
    return [
        norm(t)
        for t in tokens
        if norm(t) not in INNER and norm(t) not in _BODY_HEADS and len(norm(t)) > 1
    ]


def _lead(tokens: list[str], start: int) -> list[str]:
    """The words before a name back to the nearest word that says something (a content
    word or a name), articles skipped: "professor at", "Phoenix and", "become"."""
    out: list[str] = []
    i = start - 1
    if i > 0 and tokens[i] == "," and tokens[i - 1][:1].islower():
        i -= 1  # an apposition: "the commercial capital, Abidjan"
    while i >= 0 and len(out) < LEAD:
        word = norm(tokens[i])
        if not word[:1].isalnum():
            break
        if word in _SAYING:
            return []
        if word not in _ARTICLES:
            out.insert(0, stem(tokens[i]))
            if word not in _FUNCTION:
                return out
        i -= 1
    return []


def _lead_positions(lead: list[str], sent: list[str]) -> list[int]:
    """Where in the sentence the lead ends (the index after it), allowing a function word
    between its words ("becomes" / "will become")."""
    stems = sentence_stems(tuple(sent))
    out = []
    for i in stem_positions(tuple(sent)).get(lead[0], ()):
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
        if capital(sent[j]) and norm(sent[j]) not in NOT_NAMES:
            return j
        if j == at and sent[j] == "," and sent[j - 1][:1].islower():
            continue  # the apposition, as in ``_lead``
        if not sent[j][:1].islower() or (
            norm(sent[j]) in _FUNCTION and norm(sent[j]) not in _ARTICLES
        ):
            return None  # "director of the X": X is another slot, the director's body
    return None


def _name_starts(lead: list[str], sent: list[str]) -> set[int]:
    """Where in the sentence a name starts right after the lead (none for no lead)."""
    if not lead:
        return set()
    found = (_after_lead(sent, at) for at in _lead_positions(lead, sent))
    return {at for at in found if at is not None}


def _act(tokens: list[str], end: int) -> list[str]:
    """The words after a name up to its first content word ("joined", "has sworn")."""
    out = []
    for t in tokens[end : end + 3]:
        if not t[:1].islower():
            return []
        if norm(t) in _SAYING:
            return []
        out.append(stem(t))
        if norm(t) not in _FUNCTION:
            return out
    return []


def _kind_act(claim: list[str], end: int, sent: list[str], m_start: int, m_end: int) -> bool:
    """The claim's name and the source's do the same act past an apposition's comma or
    the word for the name's kind, which the source puts before its name ("Its Blue Wolf
    strand uses" where the source has "One strand, known as Red Wolf, uses")."""
    kinds = {stem(t) for t in sent[:m_start] if t[:1].islower() and norm(t) not in _FUNCTION}
    j = end
    while j < len(claim) and j < end + 2 and (claim[j] == "," or stem(claim[j]) in kinds):
        j += 1
    k = m_end + (m_end < len(sent) and sent[m_end] == ",")
    if j == end and k == m_end:
        return False  # no comma, no kind: the plain act tie has been compared
    act = _act(claim, j)
    return bool(act) and act == _act(sent, k)


def _kin(mine: list[str], sent: list[str]) -> bool:
    """A name of the sentence shares a word with the claim's: the claim's name may be that
    one respelt ("Anna Kowalski" for "Anna Kowalsky"), standing in a list whose members
    share the act after its last comma ("X, and her uncle, Y, are")."""
    return any(_shared(mine, sent[a:b]) for a, b in name_runs(sent))


def _head(name: list[str]) -> str | None:
    for t in (name[-1], name[0]):
        if norm(t) in _BODY_HEADS:
            return norm(t)
    return None


def _same_head(mine: list[str], theirs: list[str], sent: list[str]) -> bool:
    """Both bodies of one kind, the only one of that kind the sentence names."""
    head = _head(mine)
    if head is None or _head(theirs) != head:
        return False
    return sum(_head(sent[a:b]) == head for a, b in name_runs(sent)) == 1

"""Who says so: an attributed claim must keep *the source's* speaker.

"Dr. A said X" in the source and "Dr. B said X" in the brief both attribute X; only one is
true. For each attributed sentence of a brief, the speaker named around its cue ("X said",
"according to X", "said X", "قال X إن", "לדברי X", "X אמר") is compared with the speakers
of the attributed source sentences the sentence aligns with (and, for a quotation, of the
source sentence that holds the quoted words). A brief that gives the claim to someone else
the source mentions is flagged; a speaker the source leaves unnamed ("he said") is no
evidence either way.
"""

from __future__ import annotations

import re

from summarizer.guard import speaker_kinds, speaker_spans
from summarizer.guard.abbreviations import clipped_alike
from summarizer.guard.align import SourceIndex, align, split_claims
from summarizer.guard.attributed_clauses import clause_parts
from summarizer.guard.content_keys import content_words, keys_of
from summarizer.guard.outlets import names_outlet
from summarizer.guard.report import Problem
from summarizer.guard.said_segments import part_owner
from summarizer.guard.speaker_candidates import LOOK_BACK, candidate_sentences
from summarizer.guard.speaker_finding import deciding, is_pronoun, speakers
from summarizer.guard.speaker_forms import fuller_form
from summarizer.guard.speaker_roles import moved_speaker
from summarizer.guard.speaker_units import speaker_units
from summarizer.guard.text import fold, quote_spans, words
from summarizer.guard.unheard_speakers import unheard_problems, unheard_speaker

_GENERIC = {
    "dr", "mr", "mrs", "ms", "prof", "director", "hospital", "ministry", "health", "official",
    "officials", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "the", "of",
    "in", "at", "a", "an", "and", "said", "says", "told", "according", "to", "also", "has",
    "have", "had", "who", "which", "that", "it", "its", "his", "her", "their", "he", "she",
    "they", "we", "i", "you", "this", "is", "was",
}  # fmt: skip


def _signature(speaker: str, lang: str) -> frozenset[str]:
    kept = [w for w in words(speaker) if fold(w) not in _GENERIC] or _body_name(speaker, lang)
    if lang == "en":
        names = [w for w in kept if w[:1].isupper()]
        kept = names or kept
    return keys_of(" ".join(kept), lang)


def check_speakers(summary: str, index: SourceIndex, lang: str) -> list[Problem]:
    """Attributed sentences of the brief whose speaker is not the source's speaker: the
    speaker is someone the source mentions, but none of the attributed source sentences
    the sentence rests on (with the sentence before each, where "he said" points back)
    names them. A later speaker of a sentence counts where they open a coordinate clause
    of their own ("X declined to say who, and Y later told CBS that ..."): that clause is
    theirs, and is checked as their sentence."""
    problems = []
    heard: list[str] = []
    for sentence, mine in speaker_units(summary, lang):
        if not mine or is_pronoun(mine[0]):
            continue
        if lang == "ar":  # "أعلن المرصد سيطرة ...": the subject, not the object after it
            mine = [speaker_spans.arabic_subject(mine[0], _named_words(index, lang))]
        if len(speakers(sentence.text, lang)) > 1 and names_outlet(mine[0], lang):
            continue  # "ذكرت شبكة CNN أن جهات ... أكدت": an outlet's report of someone's word
        signature = _speaker_keys(mine[0], index, lang, heard)
        if signature and not signature & index.everywhere and unheard_speaker(mine[0], lang):
            problems += unheard_problems(mine[0])
        said = _without(_said_by(sentence.text, mine[0], lang), mine[0])
        candidates = None  # the source sentences it rests on: found once, when needed
        if speaker_kinds.may_clash(mine[0], lang):  # a party of another kind?
            candidates = candidate_sentences(sentence.text, said, index, lang)
            other = speaker_kinds.kind_moved(mine[0], candidates, index, lang)
            if other:
                problems.append(speaker_kinds.moved_problem(other, mine[0], sentence.text))
                continue
        if not signature or not signature <= index.everywhere:
            continue  # nobody the source mentions: the name and support checks judge it
        if candidates is None:
            candidates = candidate_sentences(sentence.text, said, index, lang)
        credited = _credited_in_own_clause(sentence.text, mine[0], index, lang)
        candidates = [i for i in candidates if i not in credited]
        if not candidates:
            continue
        owner = _part_owner(_without(sentence.text, mine[0]), index, candidates, lang)
        if owner and not _same(mine[0], owner, lang):
            problems += moved_speaker(owner, mine[0], sentence.text, lang, index)
            continue
        context = frozenset().union(*(index.keys[i] for i in candidates))
        named = [
            sp
            for i in candidates
            for sp in (
                _resolved_speakers(index, i, lang)
                if quote_spans(index.sentences[i].text)  # "“…,” he said": the quote goes on
                else speakers(index.sentences[i].text, lang)
            )
            if _is_named(sp, lang)
        ]
        if not named and lang == "he":  # "הוא קבע ש...": the court of the sentence before
            named = [sp for i in candidates for sp in _resolved_speakers(index, i, lang)]
            named = [sp for sp in named if _is_named(sp, lang)]
        if not named:
            # "he said": whoever it points back to, no evidence of a swap; "health
            # officials said", given to a person the source names elsewhere, moved it
            described = _described(index, candidates, lang)
            if (
                described
                and _is_named(mine[0], lang)
                and not names_outlet(mine[0], lang)
                and not _mostly_in(mine[0], context, lang, index)
                and not any(fuller_form(mine[0], sp) for sp in described)
            ):
                problems += moved_speaker(described[0], mine[0], sentence.text, lang, index)
            continue
        theirs = named + [sp for i in candidates for sp in _resolved_speakers(index, i, lang)]
        if _mostly_in(mine[0], context, lang, index) or any(
            _same(mine[0], sp, lang) for sp in theirs
        ):
            continue
        if lang == "ar" and any(
            speaker_spans.reported_subject(sp, sentence.text)
            or speaker_spans.names_party(sp, sentence.text)
            for sp in theirs
        ):
            continue  # "أوضح ماسا أن الميثاق دعا ...": the source's speaker still speaks
        problems += moved_speaker(theirs[0], mine[0], sentence.text, lang, index)
    return problems


_DETERMINERS = {"the", "this", "that", "a", "an"}
_FURTHER_THAT = re.compile(r"\s*و(?:أن|إن|ان)\w{0,2}\s")  # "، وأن": the cue before goes on


def _described(index: SourceIndex, candidates: list[int], lang: str) -> list[str]:
    """The speakers of these source sentences that a bare description names ("health
    officials this week", "Israeli officials"): no pronoun, no definite noun that points
    back to someone named before ("the pair") or names a body ("the Health Ministry"),
    and no capitalised word after the first (a name, or a clause misread as a speaker)."""
    return [
        sp
        for i in candidates
        for sp in speakers(index.sentences[i].text, lang)
        if not is_pronoun(sp) and _bare_description(sp)
    ]


def _bare_description(speaker: str) -> bool:
    said = words(speaker)
    return (
        bool(said)
        and fold(said[0]) not in _DETERMINERS
        and not any(w[:1].isupper() for w in said[1:])
    )


def _credited_in_own_clause(sentence: str, mine: str, index: SourceIndex, lang: str) -> set[int]:
    """Source sentences that another clause of the brief's sentence gives to their own
    speaker ("The couple told Winfrey ..., and Meghan said “two is it”": Meghan's sentence
    is credited to her there, not moved to the couple): the clause names that speaker and
    rests on that sentence. An Arabic claim opened by "وأن"/"وإن" is a further complement
    of the cue before it ("ونقل المرصد أن ...، وأن ..."), its speaker's too."""
    out: set[int] = set()
    theirs: list[str] = []
    for claim in split_claims(sentence, lang):
        named = [sp for sp in speakers(claim.text, lang) if _is_named(sp, lang)]
        if named or not (lang == "ar" and _FURTHER_THAT.match(claim.text)):
            theirs = named
        if not theirs or _same(mine, theirs[0], lang):
            continue
        for i in align(claim, index).sentences:
            if any(_same(theirs[0], sp, lang) for sp in speakers(index.sentences[i].text, lang)):
                out.add(i)
    return out


def _speaker_keys(speaker: str, index: SourceIndex, lang: str, heard: list[str]) -> frozenset[str]:
    """The speaker's rarer words; a speaker named only by common ones ("Hamas", "Gaza's
    Health Ministry") counts whole where the source has them speak in some sentence
    (``heard``: the source's named speakers, filled on first use)."""
    rare = frozenset(k for k in _signature(speaker, lang) if index.rare(k))
    if rare or not _is_named(speaker, lang):
        return rare
    if not heard:
        heard += [sp for s in index.sentences for sp in speakers(s.text, lang)]
    speaks = any(_is_named(sp, lang) and _same(speaker, sp, lang) for sp in heard)
    return _signature(speaker, lang) if speaks else frozenset()


def _named_words(index: SourceIndex, lang: str) -> set[str]:
    return {w for s in index.sentences for sp in speakers(s.text, lang) for w in sp.split()}


def _part_owner(said: str, index: SourceIndex, candidates: list[int], lang: str) -> str | None:
    """The speaker whose own part of a several-speaker source sentence holds what is said
    (see :mod:`summarizer.guard.said_segments`)."""
    for i in candidates:
        text = index.sentences[i].text
        named = [sp for sp in speakers(text, lang) if _is_named(sp, lang)]
        owner = part_owner(said, text, lang, named[0]) if named else None
        if owner:
            return owner
    return None


SAME_SHARE = 0.5  # of a speaker's words, this share must name the other speaker too


def _resolved_speakers(index: SourceIndex, i: int, lang: str) -> list[str]:
    """The speakers of source sentence i, a pronoun replaced by the last speaker named in
    the sentences before it; a speaker the sentence itself names before its pronoun
    ("When Meghan joined the family, she said ...") may be the one too."""
    out = []
    text = index.sentences[i].text
    for speaker in speakers(text, lang):
        if not is_pronoun(speaker):
            out.append(speaker)
            continue
        out += _named_before(index, _before_pronoun(text, speaker), lang)
        for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
            named = [sp for sp in speakers(index.sentences[j].text, lang) if not is_pronoun(sp)]
            named = named or _mentioned_speakers(index, j, lang)
            named = named or deciding(index.sentences[j].text, lang)  # "X קבע שלא ..."
            if named:
                out.append(named[-1])
                break
    return out


# a capitalised word in the possessive before a lower-case noun: "Harry's mother"
_POSSESSOR = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?=[a-z])")


def _mentioned_speakers(index: SourceIndex, j: int, lang: str) -> list[str]:
    """Speakers the source names anywhere whose name sentence j mentions ("Al-Hams
    sighed." before "“…,” he said."): a pronoun may point back to them."""
    if lang != "en":
        return []
    out = []
    # A name in the possessive ("a friend of Harry's mother") determines another noun: it
    # mentions the possessor, who is no subject there for a later pronoun to point back to.
    mentioned = keys_of(_POSSESSOR.sub(" ", index.sentences[j].text), lang)
    for sentence in index.sentences:
        for speaker in speakers(sentence.text, lang):
            sig = {k for k in _signature(speaker, lang) if index.rare(k)}
            if _is_named(speaker, lang) and sig and sig & mentioned:
                out.append(speaker)
    return out[-1:]


def _named_before(index: SourceIndex, part: str, lang: str) -> list[str]:
    """Speakers the source names anywhere whose whole name stands in ``part``, the words
    of a sentence before its speaker's pronoun ("When Meghan joined the family, she
    said"): the pronoun may be theirs, however often the article names them."""
    keys = keys_of(part, lang) if lang == "en" else frozenset()
    out = []
    for sentence in index.sentences if keys else []:
        for speaker in speakers(sentence.text, lang):
            sig = _signature(speaker, lang)
            if _is_named(speaker, lang) and sig and sig <= keys:
                out.append(speaker)
    return out[-1:]


def _before_pronoun(text: str, pronoun: str) -> str:
    """The words of a sentence before its speaker's pronoun, quotations left out (the
    people a quotation names are not who says it)."""
    found = re.search(rf"\b{re.escape(pronoun)}\b", text)
    before = text[: found.start()] if found else ""
    for start, end in reversed(quote_spans(before)):
        before = before[:start] + " " + before[end:]
    return before


MIN_SAID_WORDS = 2  # content words a later clause says of its own, its speaker aside


def _said_by(sentence: str, speaker: str, lang: str) -> str:
    """What a sentence gives its speaker: the later clause that names them when it says
    something of its own ("..., where Dr. X said 22 infants were cared for"), else the
    whole sentence ("..., officials said")."""
    mine = _signature(speaker, lang)
    for part in clause_parts(sentence)[1:]:
        if (
            mine
            and mine <= keys_of(part, lang)
            and (len(content_words(_without(part, speaker), lang)) >= MIN_SAID_WORDS)
        ):
            return part
    return sentence


def _without(sentence: str, speaker: str) -> str:
    """The sentence without its speaker's words, so that it aligns by what is said."""
    drop = {fold(w) for w in words(speaker)}
    return " ".join(w for w in words(sentence) if fold(w) not in drop)


def _is_named(speaker: str, lang: str) -> bool:
    """A speaker phrase that names someone: in English, with a capitalised word that is no
    title or article ("The need has been" is a misread clause, not a speaker)."""
    if is_pronoun(speaker):
        return False
    if lang != "en":
        return True
    return any(w[:1].isupper() and w.lower() not in _GENERIC for w in words(speaker))


def _same(mine: str, theirs: str, lang: str) -> bool:
    """Whether most of the words naming one speaker name the other too (titles and
    institution words aside): "Dr. Skaik" and "Skaik, of the Turkish Friendship Hospital"."""
    if fuller_form(mine, theirs) or fuller_form(theirs, mine) or clipped_alike(mine, theirs):
        return True
    a, b = _plain_words(mine, lang), _plain_words(theirs, lang)
    if _body_name(mine, lang) and not _named_apart(mine):  # "The Health Ministry"
        b = list(content_words(" ".join(_body_name(theirs, lang)), lang)) or b
    if not a or not b:
        return False
    b_keys = frozenset().union(*b)
    a_keys = frozenset().union(*a)
    return _share(a, b_keys) >= SAME_SHARE or _share(b, a_keys) >= SAME_SHARE


def _mostly_in(speaker: str, keys: frozenset[str], lang: str, index: SourceIndex) -> bool:
    """Whether most of the speaker's rarer words are in these keys."""
    mine = [w for w in _plain_words(speaker, lang) if any(index.rare(k) for k in w)]
    return bool(mine) and _share(mine, keys) >= SAME_SHARE


def _share(word_keys: list[frozenset[str]], keys: frozenset[str]) -> float:
    return sum(1 for w in word_keys if w & keys) / len(word_keys)


def _plain_words(speaker: str, lang: str) -> list[frozenset[str]]:
    kept = [w for w in words(speaker) if fold(w) not in _GENERIC] or _body_name(speaker, lang)
    return list(content_words(" ".join(kept), lang))


def _named_apart(speaker: str) -> bool:
    """Whether the speaker has words beyond titles and institution words."""
    return any(fold(w) not in _GENERIC for w in words(speaker))


_FUNCTION = {"the", "of", "in", "at", "a", "an", "and", "to", "dr", "mr", "mrs", "ms", "prof"}


def _body_name(speaker: str, lang: str) -> list[str]:
    """A body named only by institution words ("The Health Ministry", "Gaza's Health
    Ministry" aside): its capitalised words, which then tell it from a person the source
    names. English only: elsewhere no capitals say that a word is part of a name."""
    if lang != "en":
        return []
    return [w for w in words(speaker) if w[:1].isupper() and fold(w) not in _FUNCTION]

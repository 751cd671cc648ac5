"""A person put in another person's place, with no title to tie them.

"Jennifer Aniston was named best supporting actress" where the source's sentence says
"Laura Dern was named best supporting actress" (and names Aniston elsewhere, for another
prize) passes a check that asks only whether a name occurs. A claim that rests on a source
sentence, names someone that sentence does not name, while the sentence names another
person the claim does not, has swapped them. English only: it needs capitals to find names.
"""

from __future__ import annotations

import re

from summarizer.guard.addressees import told_pairs
from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.name_words import TITLES
from summarizer.guard.names import _STARTERS
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.title_case import sentence_case_text, title_case
from summarizer.guard.transliteration import one_edit

# Two or more capitalised words: a person's full name ("Laura Dern", "Bong Joon Ho").
# A lower-case particle may stand inside it ("Otto von Bismarck", "Mohammed bin Salman").
FULL_NAME = re.compile(
    r"(?<![\w’'])(?:[A-Z][a-z][\w’'-]*\s+(?:(?:von|van|der|de|bin|ibn)\s+)?)+[A-Z][a-z][\w’'-]*"
)
WELL_ALIGNED = 0.5  # the claim must clearly rest on the sentence


def people(text: str, source: str, *, untitled: bool = False) -> set[str]:
    """The surnames of the people a text names in full (``untitled``: by two or more
    words besides their titles: "Prince Harry" gives no surname)."""
    out = set()
    headlines = _title_case_lines(text)
    plain: set[str] | None = None  # the source's capitals outside its Title-Case lines
    for m in FULL_NAME.finditer(text):
        parts = name_parts(m.group(0))
        if untitled:
            parts = [p for p in parts if bare(p) not in TITLES]
        if len(parts) < 2 or not a_person(parts, source):
            continue
        if any(a <= m.start() < b for a, b in headlines):
            # "Giants Coach Becomes a Zinger Magnet": a Title-Case headline capitalises
            # verbs and nouns too; its run is a name only if the source's sentence-case
            # lines capitalise its last word as well
            if plain is None:
                plain = capitalised_words(sentence_case_text(source))
            if bare(parts[-1]) not in plain:
                continue
        out.add(bare(parts[-1]))
    return out


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's lines written in Title Case (:func:`title_case`)."""
    spans, at = [], 0
    for line in text.split("\n"):
        if title_case(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def capitalised_words(text: str) -> set[str]:
    """The capitalised words of a text, bare (lower case, no possessive): the names it
    may hold, to compare with another text's."""
    return {bare(w) for w in re.findall(r"[A-Z][\w’'-]*", text)}


def name_parts(run: str) -> list[str]:
    parts = run.split()
    while parts and parts[0].lower() in _STARTERS:  # "The Cairo meeting"
        parts = parts[1:]
    return parts


def bare(word: str) -> str:
    return re.sub(r"[’']s?$", "", word).lower()


_PLACE_HEADS = {
    *("island", "city", "street", "strip", "bank", "camp", "river", "square", "hospital"),
    *("court", "ministry", "council", "party", "army", "forces", "university", "school"),
    *("province", "state", "county", "district", "valley", "mountain", "sea", "bay"),
    *("airport", "port", "gate", "road", "avenue", "park", "center", "centre", "house"),
    *("reich", "republic", "kingdom", "union", "nations", "league", "agency", "office"),
}
# The source writes a place or a body after these: "in Beit Lahia", "the German Reich".
_PLACE_BEFORE = {"in", "on", "at", "from", "to", "near", "into", "across", "off", "the"}


def a_person(parts: list[str], source: str) -> bool:
    """Whether a full name may be a person's: not a place or a body ("Hart Island", "the
    German Reich", "in Beit Lahia", a run ending in a country), which a brief may name
    from another sentence."""
    if any(bare(w) in _PLACE_HEADS for w in parts) or place_of(parts[-1], "en") is not None:
        return False  # (a run ending in a place, "Recognizing Germany", names no person)
    name = " ".join(p[:-2] if p.endswith(("'s", "’s")) else p for p in parts)
    at = source.find(name)
    while at >= 0:  # the word before each mention of the name
        before = source[max(0, at - 20) : at].split()
        if before and before[-1].lower() in _PLACE_BEFORE:
            return False
        at = source.find(name, at + len(name))
    return True


def check_slots(alignments: list[Alignment], index: SourceIndex, source: str) -> list[Problem]:
    problems = []
    everywhere: set[str] | None = None  # read only when a claim names someone
    known: set[str] | None = None  # the surnames of the article's people, likewise
    for alignment in alignments:
        if alignment.score < WELL_ALIGNED or not alignment.sentences:
            continue
        claim = alignment.claim.text
        theirs_text = " ".join(with_speaker(index, i) for i in alignment.sentences)
        theirs = capitalised_words(theirs_text)
        claim_words = capitalised_words(claim)
        first = index.sentences[alignment.sentences[0]].text
        others = people(first, source) - claim_words
        # "Meghan told Oprah Winfrey that ...": the party told hears the claim; the
        # sentence that reports the event need not name who it was told to
        told = [party for _, party in told_pairs(claim)]
        for m in FULL_NAME.finditer(claim):
            parts = name_parts(m.group(0))
            if len(parts) < 2 or any(m.group(0) in party for party in told):
                continue
            surname = bare(parts[-1])
            if surname in theirs or spelt_otherwise(parts, theirs):
                continue
            if everywhere is None:
                everywhere = capitalised_words(source)
            if surname not in everywhere:
                continue  # named where the claim rests, or a name the name check judges
            if not a_person(parts, source):
                continue
            if not others:
                # the sentence may name its person by surname alone ("Peters was later
                # named..."), one the article names in full elsewhere ("Carl Peters")
                if known is None:
                    known = people(source, source, untitled=True)
                mentioned = capitalised_words(first)
                mentioned -= _STARTERS
                others = (mentioned & known) - claim_words
                if not others:
                    continue
            problems.append(
                Problem(
                    "name",
                    f"the source's sentence for this claim names {sorted(others)[0].title()},"
                    f" not {m.group(0)}",
                    m.group(0),
                )
            )
    return problems


_OPENING_QUOTE = re.compile(r"^\s*[“\"«]")
SPELLING_MIN = 5  # letters a surname needs before one letter more or less is a misspelling


def with_speaker(index: SourceIndex, at: int) -> str:
    """A source sentence and, when it opens a quotation that goes on from the sentence
    before (“... ,” Gov. Inslee said. “But I want ...”), that sentence too: the speaker
    of a quotation broken by its credit is named once, beside its first part."""
    text = index.sentences[at].text
    if at > 0 and _OPENING_QUOTE.match(text):
        before = index.sentences[at - 1].text.rstrip()
        if before.endswith(("said.", "says.", "added.", "wrote.", "told.")) or before.endswith(
            ("”", '"')
        ):
            return index.sentences[at - 1].text + " " + text
    return text


def spelt_otherwise(parts: list[str], theirs: set[str]) -> bool:
    """Whether the sentence has the name spelt one letter apart ("Prince Wiliam" for
    Prince William): a brief that corrects the spelling names the same person. The rest
    of the name must be there as written: "Mustafa Al-Kahlot" is not "Atef Al-Kahlout"."""
    surname = bare(parts[-1])
    if any(bare(p) not in theirs for p in parts[:-1]):
        return False
    return len(surname) >= SPELLING_MIN and any(
        abs(len(w) - len(surname)) <= 1 and one_edit(surname, w) for w in theirs if len(w) >= 4
    )

"""English cue words that attribute nothing where they stand.

:data:`cues.EN_CUES` finds the words of attribution ("said", "according to", "reported",
"told", "warning", "claims"); many of them are also nouns or verbs of the event itself:
"according to estimates" names nobody, "told residents to leave" is an order, "162,000
confirmed" says what kind of count, "jobless claims rose" is a noun, "announced his
campaign" is a deed (:mod:`deed_objects`), "did not say" says nothing. Every check that
asks whether a sentence is attributed reads the cue through :func:`not_attribution_en`,
so the source and the brief are read alike.
"""

from __future__ import annotations

import re

from summarizer.guard.deed_objects import deed_object

# "according to estimates", "on current projections": figures with nobody behind them.
_SPEAKERLESS = re.compile(
    r"^\s+(?:(?:the|current|some|early|initial|preliminary|unofficial|latest|recent)\s+)?"
    r"(?:estimates|projections|calculations|statistics|reports)\b(?!\s+(?:of|from|by)\b)",
    re.IGNORECASE,
)
# "told residents to leave", "urged civilians to move south": an order, part of the event.
_DIRECTIVE = re.compile(r"^(?:\s+[\w'’-]+){1,5}?\s+to\s+(?!say\b)[a-z]+", re.IGNORECASE)
# A subject pronoun after the verb opens a reported clause, not an order's addressee:
# "told Winfrey she had turned to a friend" (the "to" is a preposition of that clause),
# where an order names its addressee in the object case ("told her to leave").
_CLAUSE_SUBJECT = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:i|he|she|we|they)\b", re.IGNORECASE)
DIRECTIVE_VERB = re.compile(
    r"told|tells?|warn(?:ed|ing)|urg(?:ed|es)|advis(?:ed|es)", re.IGNORECASE
)
_NOUN_BEFORE = re.compile(
    r"\b(?:a|the|media|news|press|unconfirmed|these|such|its|their|his|her|some)\s+$",
    re.IGNORECASE,
)

# "the Associated Press reported", "NBC News reports": the name of an outlet that ends in
# Press or News reports as a speaker does ("press reports", "news reports": the nouns).
_OUTLET_BEFORE = re.compile(r"\b[A-Z][\w&.'’-]*+\s++(?:Press|News|Media)\s+$")
_OUTLET_REACH = 80  # characters before the cue that may hold the outlet's name

# "162,000 confirmed", "about 500 reported": a participle after a figure says what kind
# of count it is, not who says so.
_COUNT_PARTICIPLE = re.compile(r"confirmed|reported|estimated|alleged", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|dozen|dozens|hundreds|thousands))\s*$",
    re.IGNORECASE,
)


def not_attribution_en(text: str, m: re.Match[str]) -> bool:
    """Whether the match ``m`` of :data:`cues.EN_CUES` in ``text`` attributes nothing: a
    noun or a verb of the event that names no speaker (see the module's docstring)."""
    cue, after = m.group(0), text[m.end() :]
    if _COUNT_PARTICIPLE.fullmatch(cue) and _FIGURE_BEFORE.search(text[: m.start()]):
        return True
    if cue.lower().startswith("according"):
        return _SPEAKERLESS.match(after) is not None
    # "announced his campaign", "responded with a crackdown": a deed, nobody's claim
    if deed_object(cue, after) or _NEGATED.search(text[: m.start()]):
        return True
    if cue.lower() == "warning" and _OWNER_BEFORE.search(text[: m.start()]):
        return re.match(r"\s+that\b", after) is None
    if DIRECTIVE_VERB.fullmatch(cue):
        head = after[:60]
        if _CLAUSE_SUBJECT.match(head):
            return False
        return _DIRECTIVE.match(head) is not None and " that " not in head
    if cue.lower() in _PLURAL_NOUNS and _VERB_AFTER.match(after):
        return True  # "unemployment claims topped six million": the noun, before its verb
    before = text[: m.start()]
    if cue.lower().startswith("report") and _NOUN_BEFORE.search(before):
        if _OUTLET_BEFORE.search(before[-_OUTLET_REACH:]):
            return False  # "the Associated Press reported": an outlet, the speaker
        return re.match(r"\s+(?:by|from|of)\b", after) is None
    return False


# "claims" and "reports" are plural nouns as often as verbs; right before a verb of their
# own ("jobless claims rose", "reports emerged") they are the subject, not a cue.
_PLURAL_NOUNS = {"claims", "reports"}
_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]{2,}ed|rose|fell|grew|hit|were|are|have|had|remain|remained|stood)\b"
)

# "neither responded to requests for comment", "has not confirmed": nobody says anything.
# "did not say", and "declined to say" / "refused to comment": nothing said, nobody quoted
_NEGATED = re.compile(
    r"\b(?:neither|nor|not|never|n't)\s+(?:\w+\s+)?$|\b(?:declin|refus)(?:ed|es|ing)\s+to\s+$",
    re.IGNORECASE,
)
# "Israel's October 13 warning to residents", "the army's evacuation warning": the noun, a
# warning someone gave, not a claim the sentence reports (that would be "warning that").
_OWNER_BEFORE = re.compile(
    r"(?:['’]s|\b(?:a|the|its|their|his|her))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)

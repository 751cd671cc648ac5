"""English verbs of saying whose object is a deed or a thing done, not a proposition.

"Announced", "responded" and "emphasised" report a claim when a proposition follows them
("announced that the talks had failed", "responded: '...'", "stressed that ..."); the same
verbs taking a noun or a gerund for a deed tell an act, which the outlet may state in its
own voice as it states any other: "Trump announced his campaign at Trump Tower" (the
candidate's own undertaking, told by its possessive), "Erdogan responded to the violence
with a crackdown" (a deed answering a deed), "the talks emphasised maintaining order" (a
topic, an activity named by its gerund). Nothing of these is anybody's word to attribute,
so a brief that says "Trump launched his run" keeps to its source. A colon, a quotation or
a "that" in the object's reach keeps the cue ("responded with a statement: ..."), as does
a possessive object that goes on past its noun ("announced its toll of 50", "announced his
troops had killed ...").

:func:`~summarizer.guard.en_false_cues.not_attribution_en` asks :func:`deed_object` of each cue.
"""

from __future__ import annotations

import re

# How far an object may reach: to the end of its clause.
_REACH = re.compile(r"[^,;:.!?\"“”‘]{0,120}")
# what makes the object a proposition after all: "that", "whether", a speech participle
_PROPOSITION = re.compile(r"\b(?:that|saying|claiming|stating|whether)\b", re.IGNORECASE)

# "announced his campaign for ...": a possessive, at most three words of its noun phrase,
# then a preposition, a conjunction or the clause's end (where "announced his troops had
# killed" goes on with the verb of a reported clause, which keeps the cue)
_OWN_UNDERTAKING = re.compile(
    r"^\s+(?:his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?=\s*(?:$|[,;.!?]|\s(?:for|at|on|in|to|from|after|before|with|as|and|amid|during)\b))",
    re.IGNORECASE,
)
# "responded to the violence with a crackdown", "responded by sending troops"
_DEED_ANSWER = re.compile(
    r"^\s+(?:to\s+[^,;:.!?\"“”]{1,80}?\s+)?(?:with|by)\s+(?!saying\b|stating\b)",
    re.IGNORECASE,
)
# "emphasized maintaining public order": an activity named by its gerund, a topic
_GERUND_TOPIC = re.compile(r"^\s+(?!saying\b|stating\b)[a-z]{3,}ing\s+[a-z]", re.IGNORECASE)
_NOT_GERUNDS = {"nothing", "something", "anything", "everything", "during", "morning", "evening"}

_ANNOUNCING = re.compile(r"announc(?:ed|es|ing)", re.IGNORECASE)
_RESPONDING = re.compile(r"responded", re.IGNORECASE)
_EMPHASISING = re.compile(r"emphasi[sz](?:ed|es|ing)|stress(?:ed|es)", re.IGNORECASE)


def deed_object(cue: str, after: str) -> bool:
    """Whether the English cue ``cue``, followed by ``after``, takes a deed or a thing done
    for its object (see the module's docstring) rather than reporting a proposition."""
    reach = _REACH.match(after)
    span = reach.group(0) if reach else ""
    if _PROPOSITION.search(span) or after[len(span) : len(span) + 1] in (":", '"', "“"):
        return False
    if _ANNOUNCING.fullmatch(cue):
        return _OWN_UNDERTAKING.match(span) is not None
    if _RESPONDING.fullmatch(cue):
        return _DEED_ANSWER.match(span) is not None
    if _EMPHASISING.fullmatch(cue):
        gerund = _GERUND_TOPIC.match(span)
        return gerund is not None and span.split()[0].lower() not in _NOT_GERUNDS
    return False

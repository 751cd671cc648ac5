"""A refusal to speak names its own speaker: "Harry declined to share details" for the
source's '"That conversation, I am never going to share," Harry added'.

A brief that turns someone's words into their act of withholding them ("X declined to
say who ...", "X refused to comment", "X would not say whether ...") states nothing on
anyone's word but the refusal, and the refusal names who refused, at the head of its
clause: the attribution check has no claim there to ask "who says so?" of. A refusal
only: "X did not discuss the deal" states a fact about X that the source may give to
someone else, and is judged as written. (The cues count no negated verb of speech as an
attribution of what follows: "declined to say whether Y" does not give Y to anyone. That
holds; it is the refusal itself that is attributed here.) English only: the Arabic and
Hebrew refusals ("رفض الإدلاء", "סירב להגיב") are phrased too variously for the cue
lists to read yet.
"""

from __future__ import annotations

import re

# The subject at the head of the clause: a name of up to four capitalised words (with
# "of", "the" between them: "the Duke of Sussex"), a definite noun phrase ("the mayor",
# "the army's spokesman") or a pronoun, then an adverb or two ("also", "later"), then
# the refusal ("declined to", "would not") and a verb of speech. No comma or semicolon after
# it: a clause that goes on to a statement of its own is judged as written.
_REFUSAL_EN = re.compile(
    r"^\s*(?:(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|de|al|bin)?\s*[A-Z][\w'’.-]*){0,3}"
    r"|[Tt]he(?:\s+[a-z][\w'’-]*){1,3}|[Hh]e|[Ss]he|[Tt]hey)"
    r"(?:\s+[a-z]+ly|\s+(?:also|later|again|still|then))*\s+"
    r"(?:(?:declin|refus)(?:ed|es)\s+to|(?:would|will)\s+not|wouldn['’]t|won['’]t)\s+"
    r"(?:say|comment|share|discuss|name|elaborate|specify|reveal|disclose|identify"
    r"|detail|answer|confirm|speak|talk|explain|give\s+(?:details|a\s+reason|reasons))\b"
    r"[^,;:]*[.!?]?\s*$"
)


def refusal_to_speak(clause: str, lang: str) -> bool:
    """Whether a clause of the brief is someone's refusal to speak, its speaker at its
    head and nothing after it but what they would not say."""
    return lang == "en" and _REFUSAL_EN.match(clause) is not None

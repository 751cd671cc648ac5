"""A named day moved onto the event the source puts on a relative day.

"Netanyahu announced today (Sunday) that the hearing set for tomorrow was cancelled" names
two days: Sunday, the day of the announcement, and Monday, the day of the hearing. A brief
that says the hearing was "set for Sunday" names a day the source has, but for the wrong
event. When a source counts "tomorrow" or "yesterday" from one day it names, each day it
speaks of is read with the words around it; a brief's weekday whose own words are those of
another day, and none of its own, is reported as a number fault.
"""

from __future__ import annotations

import re

from summarizer.guard.content_keys import is_content, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences, words
from summarizer.guard.weekdays import day_mentions

CONTEXT = 4  # words either side of a day that say what happens on it
_RELATIVE_STEPS = {
    **dict.fromkeys(("tomorrow", "מחר", "ומחר", "למחר", "غدا", "وغدا"), 1),
    **dict.fromkeys(("yesterday", "אתמול", "ואתמול", "أمس", "وأمس", "امس", "الأمس"), -1),
}
_RELATIVE_RE = re.compile(
    rf"(?<!\w)({'|'.join(sorted(_RELATIVE_STEPS, key=len, reverse=True))})(?!\w)",
    re.IGNORECASE,
)
_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def event_words(text: str, start: int, end: int, lang: str) -> set[str]:
    """Comparison keys of the content words around ``text[start:end]`` in its sentence:
    what the source says happens at the time written there."""
    for sentence in sentences(text):
        stop = sentence.start + len(sentence.text)
        if sentence.start <= start < stop:
            before = words(text[sentence.start : start])[-CONTEXT:]
            after = words(text[end:stop])[:CONTEXT]
            keys: set[str] = set()
            for word in before + after:
                if is_content(word, lang):
                    keys |= word_keys(word, lang)
            return keys
    return set()


def _source_days(source: str, lang: str) -> list[tuple[int, set[str]]]:
    """Each day the source speaks of, named or relative to the one day it names, with
    the words around it; [] unless it names exactly one day and counts from it."""
    named = day_mentions(source, lang)
    if len({day for day, _, _ in named}) != 1:
        return []
    anchor = named[0][0]
    relative = [
        ((anchor + _RELATIVE_STEPS[m.group(1).lower()]) % 7, m.start(), m.end())
        for m in _RELATIVE_RE.finditer(source)
    ]
    if not relative:
        return []
    return [(day, event_words(source, s, e, lang)) for day, s, e in named + relative]


def check_relative_days(source: str, summary: str, lang: str) -> list[Problem]:
    """Brief weekdays that stand among the words the source gives another day."""
    days = _source_days(source, lang)
    if not days:
        return []
    problems = []
    for day, start, end in day_mentions(summary, lang):
        own = event_words(summary, start, end, lang)
        shared: dict[int, int] = {}
        for d, keys in days:
            shared[d] = max(shared.get(d, 0), len(own & keys))
        best = max(shared, key=shared.__getitem__)
        if shared.get(day, 0) == 0 and best != day and shared[best] > 0:
            problems.append(
                Problem(
                    "number",
                    f"the brief puts {_NAMES[day]} on what the source says happens on"
                    f" {_NAMES[best]}",
                    summary[start:end],
                )
            )
    return problems

"""A reporting verb hardened: "said" in the source, "confirmed" or "admitted" in the brief.

AP and Reuters style: "said" is neutral; "confirmed", "revealed", "admitted", "proved"
present what is said as established fact, or as something the speaker
concedes against their own interest. A brief claim whose reporting verb is of that class,
where none of the source sentences the claim aligns with uses a verb of the class, states
more certainty (or a concession) than the source gives.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.report import Problem

# verbs (and their nouns) that present what is said as fact or as a concession
_FACTIVE = {
    "en": re.compile(
        r"\b(?:confirm|reveal|admit|prov|verif)"
        r"(?:e|es|ed|ing|s|ted|ting|ation|al|ure|ion|en)?\b",
        re.IGNORECASE,
    ),
    "he": re.compile(
        r"(?:^|\s)[והש]?(?:אישר|אישרה|אישרו|הודה|הודתה|הודו|חשף|חשפה|חשפו"
        r"|הוכיח|הוכיחה|הוכיחו|הבהיר|הבהירה|הבהירו|הודאה|אישור|חשיפה)(?=\s|$|[,.])"
    ),
    "ar": re.compile(
        r"(?:^|\s)[وف]?(?:أقر|أقرت|أقروا|اعترف|اعترفت|اعترفوا|كشف|كشفت|كشفوا"
        r"|أثبت|أثبتت|إقرار|اعتراف)(?=\s|$|[،.,])"
    ),
}
# "confirmed cases", "the confirmed death toll": a count, not a confirmation by someone
_COUNT_AFTER = re.compile(r"\s+(?:cases?|deaths?|infections?|dead|toll|kills?)\b", re.I)
_BEFORE_NOT_VERB = re.compile(r"(?:\d|\b(?:the|a|an|un)\s*)$", re.I)

# an Arabic verb that reports a claim takes a clause: "أقر البشير بأنه ...", "اعترف أن ..."
_AR_CLAUSE = re.compile(r"(?:\s+\S+){0,2}?\s+(?:ب?أن|إن)\S*(?=\s)")


def _hardened(claim: str, lang: str) -> list[str]:
    out = []
    for m in _FACTIVE[lang].finditer(claim):
        if lang == "en" and (
            _COUNT_AFTER.match(claim, m.end()) or _BEFORE_NOT_VERB.search(claim[: m.start()])
        ):
            continue
        if lang == "ar" and not _AR_CLAUSE.match(claim, m.end()):
            continue  # "أقر بموقع الحزب": acknowledges a thing, reports no claim
        out.append(m.group(0).strip())
    return out


def check_reporting_verbs(
    alignments: list[Alignment], index: SourceIndex, lang: str, headline: str | None = None
) -> list[Problem]:
    """Claims reported with a verb of fact or concession that their source sentences
    report with none."""
    if lang not in _FACTIVE:
        return []
    problems: list[Problem] = []
    for alignment in alignments:
        verbs = _hardened(alignment.claim.text, lang)
        if not verbs or not alignment.sentences:
            continue
        near = set(alignment.sentences) | set(alignment.near)
        backing = [index.sentences[i].text for i in sorted(near)] + [headline or ""]
        if any(_FACTIVE[lang].search(text) for text in backing):
            continue
        problems.append(
            Problem(
                "attribution",
                f"the brief reports this with {verbs[0]!r}; the source presents it as what"
                " someone says, not as established or conceded",
                alignment.claim.sentence,
            )
        )
    return problems

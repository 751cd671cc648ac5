"""An interviewee's answer given to someone the interviewee only speaks of.

An interview attributes by layout: a question, then the answer ("-..."), all of it the
interviewee's words, with no "he said" for the speaker check to compare. "وقال الصادق
المهدي إن السلطات ..." where the answers say it and speak of al-Mahdi in the third person
("الصادق المهدي وجه من المعارضة") gives the interviewee's words to a man they talk about.
A brief's speaker whom the answers name, word for word, for a claim that rests only on
answers, is not whoever gave them; nor is the interviewer an Arabic byline names
("حوار: X"), who only asks. Arabic and Hebrew, where the speaker follows the verb that
opens the claim.
"""

from __future__ import annotations

import re

from summarizer.guard.align import SourceIndex, align, split_claims
from summarizer.guard.content_keys import content_words
from summarizer.guard.cues import cue_at
from summarizer.guard.interview_layout import interview_answers
from summarizer.guard.report import Problem
from summarizer.guard.roles import is_rtl_title
from summarizer.guard.speaker_finding import speakers
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import Sentence, fold, sentences, stems, words

# "according to X": the cue of one who speaks for the claim (بحسب، לדברי ...)
_PREPOSITIONAL = {
    "ar": {fold(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا")},
    "he": {"לפי", "לדברי", "לטענת"},
}
NAME_WORDS = 2  # words of a speaker span after the verb that name the speaker
# "حوار: آسيا العتروس": the interview's byline names who asks, not who answers
_BYLINE = re.compile(r"^\W*(?:حوار|حاوره|حاورته|حاورها|أجرى الحوار|اجرى الحوار)\s*:\s*(\S.*)$")
_PRONOUNS = {"he", "she", "they", "هو", "هي", "هم", "הוא", "היא", "הם", "הן"}


def _after_first_cue(sentence: str, lang: str) -> str | None:
    """The word right after a sentence's first attribution cue: in Arabic and Hebrew, where
    the verb comes first, its subject ("أوضح الصادق المهدي أن")."""
    tokens = [fold(w) for w in words(sentence)]
    for i in range(len(tokens) - 1):
        if cue_at(tokens, i, lang, views=True):
            return tokens[i + 1]
    return None


def _on_whose_word(sentence: str, lang: str, answer_words: list[set[str]]) -> bool:
    """Whether the sentence also says on whose word it reports ("بحسب X", "לדברי X"), and
    that X is no one the answers speak of: the interviewee, who gives the claim of the
    speaker before."""
    tokens = [fold(w) for w in words(sentence)]
    for i, token in enumerate(tokens[:-1]):
        if not ({token, *stems(token, lang)} & _PREPOSITIONAL[lang]):
            continue
        name = [w for w in tokens[i + 1 : i + 4] if w not in STOP[lang]][:2]
        name = [w for w in name if content_words(w, lang)]
        if name and not any(name[0] in said for said in answer_words):
            return True
    return False


def check_interview_speakers(
    summary: str, source: str, index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims resting only on an interview's answers, given to someone the answers name."""
    spans = interview_answers(source) if lang != "en" else []
    if not spans:
        return []
    answers = {i for i, s in enumerate(index.sentences) if any(a <= s.start < b for a, b in spans)}
    answer_words = [{fold(w) for w in words(index.sentences[i].text)} for i in answers]
    bylines = {i: m for i, m in enumerate(map(_byline, index.sentences)) if m}
    asking = [{fold(w) for w in words(m.group(1))} for m in bylines.values()]
    problems = []
    for sentence in sentences(summary):
        found = speakers(sentence.text, lang)[:1]
        name = [fold(w) for w in words(found[0])] if found else []
        name = [w for w in name if w not in STOP[lang] and content_words(w, lang)]
        if not name or name[0] in _PRONOUNS or _after_first_cue(sentence.text, lang) != name[0]:
            continue  # the speaker of a later cue ("وأضاف أن الحراك يقترح مرحلة") is no name
        # "وقال الرئيس عمر البشير": the title before a name is no part of it; the answers
        # may speak of the titled man by his surname
        titled = len(name) > NAME_WORDS and is_rtl_title(name[0], lang)
        if titled:
            name = name[1:]
        # the verb's subject runs on into its object ("وانتقد X Y مشاركة السودان"): the
        # name is its first words
        asks = any(set(name[:NAME_WORDS]) <= said for said in asking)
        if not asks and not any(_spoken_of(name, said, titled) for said in answer_words):
            continue  # the answers never speak of them, and they ask no question
        if _on_whose_word(sentence.text, lang, answer_words):
            continue  # "ويقترح الحراك، بحسب ماسا، ...": the movement's plan on Massa's word
        claims = split_claims(sentence.text, lang)
        resting = {i for claim in claims for i in align(claim, index).sentences} - set(bylines)
        if resting and resting <= answers:
            problems.append(
                Problem(
                    "attribution",
                    f"the interviewee says this in the source; {found[0]!r} only asks"
                    if asks
                    else "the interviewee says this in the source; the answers only speak of"
                    f" {found[0]!r}",
                    sentence.text,
                )
            )
    return problems


def _spoken_of(name: list[str], said: set[str], titled: bool) -> bool:
    """Whether an answer names the brief's speaker: by the name's first words, or, for a
    speaker the brief gives a title and a full name ("الرئيس عمر البشير"), by the surname
    alone ("نظام البشير"), as one speaks of a known office holder. Without a title the
    second word may be no surname ("الناشط السوداني", "مشاركة السودان")."""
    return set(name[:NAME_WORDS]) <= said or (titled and name[1] in said)


def _byline(sentence: Sentence) -> re.Match[str] | None:
    return _BYLINE.match(sentence.text)

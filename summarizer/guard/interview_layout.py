"""Which paragraphs of a source are an interviewee's answers, by the page's layout."""

from __future__ import annotations

import re

# Interviews attribute by layout: a question ("*...", "Q: ...", "س: ...", "...?") and then
# the interviewee's answer ("-...", "A: ...", "ج: ...", "ת: ...").
_QUESTION = re.compile(r"^\s*(?:[*•]|Q\s*:|س\s*:|ש\s*:)|[?؟]\s*$")
_ANSWER = re.compile(r"^\s*(?:[-–—]\s*\S|A\s*:|ج\s*:|ת\s*:)")


def interview_answers(source: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that answer an interviewer's question."""
    spans, offset, after_question = [], 0, False
    for line in source.split("\n"):
        if line.strip():
            if after_question and _ANSWER.match(line):
                spans.append((offset, offset + len(line)))
                # an answer may run over several paragraphs until the next question
            elif _QUESTION.search(line) and not _ANSWER.match(line):
                # a list item that asks ("- A SIMPLE GUIDE: How do I protect myself?") is
                # a link of the page, not an interviewer's question
                after_question = True
            elif spans and spans[-1][1] == offset - 1:
                spans.append((offset, offset + len(line)))
            else:
                after_question = False
        offset += len(line) + 1
    return spans

"""The text ingestion hands on (to relevance, de-duplication and the summariser), bounded.

Whatever a page or feed says becomes this text, and the summariser's sentence splitting
and guard patterns are linear only on ordinary prose: measured on 4,000 characters of
white space, or of ``-``/``<`` runs, several of them take 0.3-2 s, growing with the square
of the run (a 100 KB run would take hours, in a thread that holds the interpreter). So,
before the text leaves ingestion (all steps linear):

- runs of spaces and tabs become one space, and more than one blank line one blank line;
- a run of 20 or more symbols (no letter or digit: ``----``, ``- - -``, ``<<<<``) becomes a
  space: prose never has one, page decoration and attacks do;
- a line longer than :data:`MAX_LINE_CHARS` is broken after a sentence (or a word) so no
  paragraph is longer; the summariser treats a line break as a sentence end anyway;
- at most :data:`MAX_TEXT_CHARS` characters are kept (a long read is about 60,000).
"""

from __future__ import annotations

import re

MAX_LINE_CHARS = 2_000
MAX_TEXT_CHARS = 200_000

_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_SYMBOL_RUN = re.compile(r"[^\w\n]{20,}")
_BLANK_LINES = re.compile(r"\n(?: ?\n)+")


def _break_line(line: str) -> list[str]:
    """``line`` in pieces of at most MAX_LINE_CHARS, cut after ". " or else at a space."""
    pieces: list[str] = []
    while len(line) > MAX_LINE_CHARS:
        window = line[:MAX_LINE_CHARS]
        cut = window.rfind(". ") + 1  # after the full stop
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_LINE_CHARS
        pieces.append(line[:cut].strip())
        line = line[cut:]
    pieces.append(line.strip())
    return pieces


def bounded_text(text: str) -> str:
    """``text`` with white space and symbol runs folded, lines and length bounded."""
    text = text[: MAX_TEXT_CHARS * 4]  # the folding below is linear, but not free
    text = _HORIZONTAL_SPACE.sub(" ", text)
    text = _SYMBOL_RUN.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(_break_line(line) if len(line) > MAX_LINE_CHARS else [line.strip()])
    return "\n".join(lines)[:MAX_TEXT_CHARS].strip()

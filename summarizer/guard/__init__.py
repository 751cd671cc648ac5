"""The guard that checks every brief against its source before it is sent.

Checks (each reports the offending span and a reason): numbers, attribution (including exact
quotations), names (English), loaded language (operator lexicons in ``config/lexicon``),
translation consistency, headline framing, and degenerate output (a model repeating
itself). :class:`Guard` runs them and, on failure, repairs, retries or falls back to an
extractive brief (:meth:`Guard.review_english`) or withholds a translation
(:meth:`Guard.review_translation`).
"""

from summarizer.guard.guard import Guard
from summarizer.guard.lexicon import LexiconError
from summarizer.guard.report import PROBLEM_KINDS, GuardReport, Problem, Reviewed

__all__ = ["PROBLEM_KINDS", "Guard", "GuardReport", "LexiconError", "Problem", "Reviewed"]

"""The guard that checks every brief against its source before it is sent.

The brief is split into claims, each aligned to the source sentences it rests on
(``align``; the alignment is kept in the report). Checks (each reports the offending span
and a reason): figures in context (``figures``; ranks in ``ordinals``, days of a month
in ``dates``), support (``support``: words the source
does not have), attribution with the source's speaker (``attribution``, ``speakers``,
``cues``) and exact quotations, names and their roles (``names``, ``roles``, ``slots``; a
place swapped in its setting: ``swaps``), loaded language (operator lexicons in
``config/lexicon``), translation consistency of figures,
attributions and names (``consistency``, ``translation_names``), headline framing, and
degenerate output (a model repeating itself). :class:`Guard` runs them and, on failure,
repairs, retries or falls back to an extractive brief (:meth:`Guard.review_english`) or
withholds a translation (:meth:`Guard.review_translation`).
"""

from summarizer.guard.guard import Guard
from summarizer.guard.lexicon import LexiconError
from summarizer.guard.report import PROBLEM_KINDS, GuardReport, Problem, Reviewed

__all__ = ["PROBLEM_KINDS", "Guard", "GuardReport", "LexiconError", "Problem", "Reviewed"]

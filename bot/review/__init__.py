"""Editorial review (``[review] required``): pending briefs wait for an operator's decision.

The actions (``bot.review.actions``) are what the chat buttons and the web console call;
``bot.review.notify`` sends each new pending brief to the operators with Approve / Reject
buttons, which ``bot.handlers.review`` answers.

Switching review off releases nothing: briefs already held stay pending until an operator
decides, and are offered again (``bot.review.notify.reoffer_held``).
"""

from __future__ import annotations

from bot.review.actions import (
    PendingBrief,
    ReviewDecision,
    ReviewResult,
    approve,
    count_pending,
    decisions_for_article,
    edit,
    list_pending,
    reject,
)

__all__ = [
    "PendingBrief",
    "ReviewDecision",
    "ReviewResult",
    "approve",
    "count_pending",
    "decisions_for_article",
    "edit",
    "list_pending",
    "reject",
]

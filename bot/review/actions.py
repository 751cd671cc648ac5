"""Editorial review: pending briefs and the operators' decisions about them.

With ``[review] required`` a feed article's briefs are stored ``pending`` (``bot.briefing``)
and queued to nobody. An operator then, per brief (one language of one article):

- **approves** it: the brief becomes ``approved`` and ``publish_article`` — the one function
  the unreviewed path uses — queues it to every subscriber of its language, in the same
  transaction. The status change is a conditional UPDATE, so two approvals (two operators,
  a button and the console) queue it once;
- **rejects** it: ``rejected``, never sent to anyone;
- **edits** it: the new text is checked by the guard against the article's source text,
  as ``triglot check`` does; it replaces the stored text only when it passes, and the
  brief stays pending until approved. A failed edit changes nothing, so what can be
  approved has always passed the guard.

Briefs held while review was on stay pending when it is switched off: they are sent only
once approved (``bot.review.notify.reoffer_held`` offers them to the operators again).

Each decision is a ``review_decisions`` row: who (the operator's Telegram user id), when,
the edited text and a note. Both the chat buttons (``bot.handlers.review``) and the web
console call these functions; they need only a session factory.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.delivery.outbox import publish_article
from bot.store.db import rows_changed
from bot.store.models import Article, Brief, ReviewDecisionRow
from bot.store.status import BriefStatus, ReviewAction, ReviewStatus
from bot.store.types import utcnow
from summarizer.guard import Guard
from summarizer.guard.report import Problem


@dataclass
class PendingBrief:
    """A brief waiting for an operator, with what judging it needs."""

    brief_id: int
    article_id: int
    language: str
    title: str | None
    text: str
    url: str
    created_at: datetime
    checks: list[Any]


@dataclass
class ReviewDecision:
    """One stored decision: ``decision`` is "approved", "rejected" or "edited"."""

    brief_id: int | None  # None once the article was briefed again (the row was replaced)
    article_id: int
    language: str
    decision: str
    operator_id: int
    at: datetime
    text: str | None
    note: str | None


@dataclass
class ReviewResult:
    """What an action did. ``message`` is an i18n key (``review.*``); ``problems`` are the
    guard's findings when an edit failed."""

    ok: bool
    message: str
    problems: list[Problem] = field(default_factory=list)
    queued: int = 0  # delivery rows an approval wrote


NOT_FOUND = "review.not_found"
NOT_PENDING = "review.not_pending"


async def list_pending(
    sessions: async_sessionmaker[AsyncSession], limit: int = 50
) -> list[PendingBrief]:
    """The oldest ``limit`` pending briefs, oldest first."""
    async with sessions() as session:
        rows = (
            await session.execute(
                select(Brief, Article)
                .join(Article, Article.id == Brief.article_id)
                .where(Brief.review_status == ReviewStatus.PENDING)
                .order_by(Brief.id)
                .limit(limit)
            )
        ).all()
    return [
        PendingBrief(
            brief_id=brief.id,
            article_id=article.id,
            language=brief.language,
            title=article.title,
            text=brief.text,
            url=article.url,
            created_at=brief.created_at,
            checks=list(brief.checks or []),
        )
        for brief, article in rows
    ]


async def count_pending(session: AsyncSession) -> int:
    """How many briefs wait for an operator's decision."""
    query = (
        select(func.count()).select_from(Brief).where(Brief.review_status == ReviewStatus.PENDING)
    )
    return int(await session.scalar(query) or 0)


async def approve(
    sessions: async_sessionmaker[AsyncSession], brief_id: int, operator_id: int
) -> ReviewResult:
    """Approve a pending brief and queue it to its readers (once, however often called)."""
    async with sessions() as session, session.begin():
        brief = await _decide(session, brief_id, ReviewStatus.APPROVED)
        if isinstance(brief, ReviewResult):
            return brief
        _record(session, brief, ReviewAction.APPROVED, operator_id)
        queued = await publish_article(session, brief.article_id)
    return ReviewResult(True, "review.approved", queued=queued)


async def reject(
    sessions: async_sessionmaker[AsyncSession],
    brief_id: int,
    operator_id: int,
    note: str | None = None,
) -> ReviewResult:
    """Reject a pending brief: it is never sent."""
    async with sessions() as session, session.begin():
        brief = await _decide(session, brief_id, ReviewStatus.REJECTED)
        if isinstance(brief, ReviewResult):
            return brief
        _record(session, brief, ReviewAction.REJECTED, operator_id, note=note)
    return ReviewResult(True, "review.rejected")


async def edit(
    sessions: async_sessionmaker[AsyncSession],
    guard: Guard,
    brief_id: int,
    operator_id: int,
    text: str,
) -> ReviewResult:
    """Replace a pending brief's text if the guard passes it; it stays pending.

    Checked as ``triglot check`` checks a summary: against the article's source text, in
    the brief's language, with the article's English brief for the translation checks of
    an Arabic or Hebrew one, and the title for the framing check.
    """
    text = text.strip()
    if not text:
        return ReviewResult(False, "review.edit_empty")
    async with sessions() as session:
        found = await _pending_with_article(session, brief_id)
        if isinstance(found, ReviewResult):
            return found
        brief, article = found
        english = None
        if brief.language != "en":
            english = await session.scalar(
                select(Brief.text).where(Brief.article_id == article.id, Brief.language == "en")
            )
        source, headline, language = article.text or "", article.title, brief.language
    report = await asyncio.to_thread(
        guard.check, source, text, lang=language, english_summary=english, headline=headline
    )
    if not report.ok:
        return ReviewResult(False, "review.edit_refused", problems=list(report.problems))
    verdict = report.to_dict()
    async with sessions() as session, session.begin():
        changed = rows_changed(
            await session.execute(
                update(Brief)
                .where(Brief.id == brief_id, Brief.review_status == ReviewStatus.PENDING)
                .values(
                    text=text,
                    # A withheld translation's row carried the English brief with a note
                    # saying so; the operator's text passed the guard in the row's
                    # language, so the note would now be false. Other statuses stay: they
                    # tell how the brief was first made.
                    status=case(
                        (Brief.status == BriefStatus.WITHHELD, BriefStatus.OK.value),
                        else_=Brief.status,
                    ),
                    checks=[{"step": "operator_edit", "operator_id": operator_id, **verdict}],
                )
            )
        )
        if not changed:
            return ReviewResult(False, NOT_PENDING)
        edited = await session.get(Brief, brief_id)
        assert edited is not None
        _record(session, edited, ReviewAction.EDITED, operator_id, text=text)
    return ReviewResult(True, "review.edited")


async def decisions_for_article(
    sessions: async_sessionmaker[AsyncSession], article_id: int
) -> list[ReviewDecision]:
    """Every decision about ``article_id``'s briefs, oldest first."""
    async with sessions() as session:
        rows = (
            await session.scalars(
                select(ReviewDecisionRow)
                .where(ReviewDecisionRow.article_id == article_id)
                .order_by(ReviewDecisionRow.at, ReviewDecisionRow.id)
            )
        ).all()
    return [as_decision(row) for row in rows]


async def latest_decision(session: AsyncSession, brief_id: int) -> ReviewDecision | None:
    """The last approval or rejection of ``brief_id`` (what a decided message shows)."""
    row = await session.scalar(
        select(ReviewDecisionRow)
        .where(
            ReviewDecisionRow.brief_id == brief_id,
            ReviewDecisionRow.decision != ReviewAction.EDITED,
        )
        .order_by(ReviewDecisionRow.id.desc())
        .limit(1)
    )
    return as_decision(row) if row is not None else None


def as_decision(row: ReviewDecisionRow) -> ReviewDecision:
    return ReviewDecision(
        brief_id=row.brief_id,
        article_id=row.article_id,
        language=row.language,
        decision=row.decision,
        operator_id=row.operator_id,
        at=row.at,
        text=row.text,
        note=row.note,
    )


async def brief_with_article(session: AsyncSession, brief_id: int) -> tuple[Brief, Article] | None:
    """Brief ``brief_id`` and its article, or ``None`` when it is gone."""
    found = (
        await session.execute(
            select(Brief, Article)
            .join(Article, Article.id == Brief.article_id)
            .where(Brief.id == brief_id)
        )
    ).first()
    return None if found is None else (found[0], found[1])


async def _pending_with_article(
    session: AsyncSession, brief_id: int
) -> tuple[Brief, Article] | ReviewResult:
    found = await brief_with_article(session, brief_id)
    if found is None:
        return ReviewResult(False, NOT_FOUND)
    brief, article = found
    if brief.review_status != ReviewStatus.PENDING:
        return ReviewResult(False, NOT_PENDING)
    return brief, article


async def _decide(
    session: AsyncSession, brief_id: int, status: ReviewStatus
) -> Brief | ReviewResult:
    """Move a pending brief to ``status``; only one caller ever succeeds for a brief."""
    changed = rows_changed(
        await session.execute(
            update(Brief)
            .where(Brief.id == brief_id, Brief.review_status == ReviewStatus.PENDING)
            .values(review_status=status)
            .execution_options(synchronize_session=False)
        )
    )
    brief = await session.get(Brief, brief_id, populate_existing=True)
    if brief is None:
        return ReviewResult(False, NOT_FOUND)
    if not changed:
        return ReviewResult(False, NOT_PENDING)
    return brief


def _record(
    session: AsyncSession,
    brief: Brief,
    decision: ReviewAction,
    operator_id: int,
    *,
    text: str | None = None,
    note: str | None = None,
) -> None:
    session.add(
        ReviewDecisionRow(
            brief_id=brief.id,
            article_id=brief.article_id,
            language=brief.language,
            decision=decision,
            operator_id=operator_id,
            at=utcnow(),
            text=text,
            note=note,
        )
    )

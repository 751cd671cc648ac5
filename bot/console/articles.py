"""What the briefs pages read and the actions they take: list, article, withdraw, re-run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from bot.briefing import requeue_articles
from bot.console.stats import OUTCOMES, outcome_of
from bot.store.db import rows_changed
from bot.store.models import Article, Brief, Delivery, Feed
from bot.store.status import OPEN_STATUSES, ArticleStatus, BriefStatus, DeliveryStatus

Sessions = async_sessionmaker[AsyncSession]
PAGE_SIZE = 100
RECENT_DELIVERIES = 20  # the article page lists the newest; the counts cover them all
_STATUSES_OF_OUTCOME: dict[str, tuple[str, ...]] = {
    "passed": (BriefStatus.OK, BriefStatus.UNCHECKED),
    "repaired": (BriefStatus.REPAIRED,),
    "fallback": (BriefStatus.FALLBACK,),
    "withheld": (BriefStatus.WITHHELD,),
}


@dataclass(frozen=True)
class Filters:
    """The briefs list's filters, each empty when not set (unknown values are ignored)."""

    language: str = ""
    outcome: str = ""
    feed: int | None = None
    day: date | None = None
    page: int = 0

    @classmethod
    def parse(cls, params: Any, languages: Sequence[str]) -> Filters:
        language = params.get("language", "")
        outcome = params.get("outcome", "")
        feed, day, page = params.get("feed", ""), params.get("date", ""), params.get("page", "")
        try:
            parsed_day = date.fromisoformat(day) if day else None
        except ValueError:
            parsed_day = None
        return cls(
            language=language if language in languages else "",
            outcome=outcome if outcome in OUTCOMES else "",
            feed=int(feed) if feed.isascii() and feed.isdigit() and len(feed) < 10 else None,
            day=parsed_day,
            page=int(page) if page.isascii() and page.isdigit() and len(page) < 6 else 0,
        )


@dataclass(frozen=True)
class Row:
    """One line of the list: an article's brief in one language (None: the article failed)."""

    article: Article
    brief: Brief | None

    @property
    def outcome(self) -> str:
        return outcome_of(self.brief.status) if self.brief is not None else "failed"


async def list_briefs(session: AsyncSession, filters: Filters) -> list[Row]:
    """The newest briefs (or failed articles, for outcome "failed") matching ``filters``."""
    if filters.outcome == "failed":
        query: Any = select(Article, Article.id).where(
            Article.status == ArticleStatus.FAILED, Article.text.is_not(None)
        )
        stamp: Any = Article.created_at
    else:
        query = select(Article, Brief).join(Brief, Brief.article_id == Article.id)
        stamp = Brief.created_at
        if filters.language:
            query = query.where(Brief.language == filters.language)
        if filters.outcome:
            query = query.where(Brief.status.in_(_STATUSES_OF_OUTCOME[filters.outcome]))
    if filters.feed is not None:
        query = query.where(Article.feed_id == filters.feed)
    if filters.day is not None:
        start = datetime.combine(filters.day, datetime.min.time(), UTC)
        query = query.where(stamp >= start, stamp < start + timedelta(days=1))
    query = query.options(selectinload(Article.feed)).order_by(stamp.desc(), Article.id.desc())
    rows = await session.execute(query.limit(PAGE_SIZE).offset(filters.page * PAGE_SIZE))
    return [
        Row(article, brief if isinstance(brief, Brief) else None) for article, brief in rows.all()
    ]


@dataclass
class ArticlePage:
    article: Article
    feed: Feed | None
    briefs: list[Brief]
    deliveries: dict[int, dict[str, int]]  # brief id -> status -> count
    recent: list[Delivery] = field(default_factory=list)

    def can_withdraw(self, brief: Brief) -> bool:
        counts = self.deliveries.get(brief.id, {})
        return brief.published_at is not None and not any(
            counts.get(status) for status in (DeliveryStatus.SENT, DeliveryStatus.SENDING)
        )

    @property
    def can_rerun(self) -> bool:
        """Re-run: a failed or deferred article, or a briefed one nobody has been sent."""
        if self.article.status in (ArticleStatus.FAILED, ArticleStatus.DEFERRED):
            return bool(self.article.text)
        if self.article.status != ArticleStatus.BRIEFED:
            return False
        return not any(
            counts.get(DeliveryStatus.SENT) or counts.get(DeliveryStatus.SENDING)
            for counts in self.deliveries.values()
        )


async def article_page(session: AsyncSession, article_id: int) -> ArticlePage | None:
    article = await session.get(Article, article_id, options=[selectinload(Article.feed)])
    if article is None:
        return None
    briefs = list(
        await session.scalars(
            select(Brief).where(Brief.article_id == article_id).order_by(Brief.id)
        )
    )
    counts: dict[int, dict[str, int]] = {}
    rows = await session.execute(
        select(Delivery.brief_id, Delivery.status, func.count())
        .where(Delivery.article_id == article_id)
        .group_by(Delivery.brief_id, Delivery.status)
    )
    for brief_id, status, count in rows.all():
        counts.setdefault(brief_id, {})[status] = int(count)
    recent = list(
        await session.scalars(
            select(Delivery)
            .where(Delivery.article_id == article_id)
            .order_by(Delivery.id.desc())
            .limit(RECENT_DELIVERIES)
        )
    )
    return ArticlePage(article, article.feed, briefs, counts, recent)


async def withdraw_brief(sessions: Sessions, brief_id: int) -> int | None:
    """Withdraw a brief nobody has been sent: its waiting deliveries are cancelled and it
    leaves /latest. Returns how many deliveries were cancelled, None when it cannot be
    withdrawn (unknown, or already sent to someone)."""
    async with sessions() as session, session.begin():
        brief = await session.get(Brief, brief_id)
        if brief is None:
            return None
        sent = await session.scalar(
            select(func.count()).where(
                Delivery.brief_id == brief_id,
                Delivery.status.in_((DeliveryStatus.SENT, DeliveryStatus.SENDING)),
            )
        )
        if sent:
            return None
        result = await session.execute(
            update(Delivery)
            .where(Delivery.brief_id == brief_id, Delivery.status.in_(OPEN_STATUSES))
            .values(status=DeliveryStatus.CANCELLED, last_error="withdrawn by an operator")
            .execution_options(synchronize_session=False)
        )
        brief.published_at = None
    return rows_changed(result)


async def rerun_article(sessions: Sessions, article_id: int) -> bool:
    """Brief the article again at the next processing run (see ``ArticlePage.can_rerun``)."""
    async with sessions() as session:
        page = await article_page(session, article_id)
    if page is None or not page.can_rerun:
        return False
    count = await requeue_articles(
        sessions,
        article_ids=[article_id],
        include_failed=True,
        include_briefed=page.article.status == ArticleStatus.BRIEFED,
    )
    return count == 1


async def feed_choices(session: AsyncSession) -> list[tuple[int, str]]:
    return [(f.id, f.name) for f in await session.scalars(select(Feed).order_by(Feed.name))]

"""The tables: feeds, articles, briefs, subscribers, deliveries and runtime state.

Deliveries are rows before they are messages: publishing a brief writes one ``Delivery``
per subscriber in the same transaction, and the sender only ever works from those rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.store.status import (
    ArticleStatus,
    BriefStatus,
    ChannelOrigin,
    ChannelStatus,
    DeliveryStatus,
    ReviewAction,
    SubscriberMode,
)
from bot.store.types import UTCDateTime, utcnow
from summarizer.languages import LANGUAGES


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Feed(Base):
    """A news feed, its HTTP cache state and its health."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    always_relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[str] = mapped_column(String(16), default="config")  # config | operator
    # HTTP cache state (conditional GET).
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    # Scheduling and health.
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    next_poll_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    healthy: Mapped[bool] = mapped_column(Boolean, default=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="feed")


class Article(Base):
    """A news article found in a feed or sent by a user."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("feeds.id", ondelete="SET NULL"))
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    guid: Mapped[str | None] = mapped_column(String(2000), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    site_name: Mapped[str | None] = mapped_column(String(300))
    published_at: Mapped[datetime | None]
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    fingerprint: Mapped[int | None] = mapped_column(BigInteger)
    matched_terms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    also_reported_by: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # ArticleStatus: new -> briefed | not_article | irrelevant | duplicate | failed | deferred
    status: Mapped[str] = mapped_column(String(16), default=ArticleStatus.NEW, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    feed: Mapped[Feed | None] = relationship(back_populates="articles")
    briefs: Mapped[list[Brief]] = relationship(back_populates="article")


class Brief(Base):
    """The checked summary of one article in one language."""

    __tablename__ = "briefs"
    __table_args__ = (UniqueConstraint("article_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    source_language: Mapped[str | None] = mapped_column(String(8))
    model: Mapped[str | None] = mapped_column(String(300))
    # ok | repaired | fallback | withheld (withheld: text is the English brief)
    status: Mapped[str] = mapped_column(String(16), default=BriefStatus.OK)  # BriefStatus
    checks: Mapped[list[Any]] = mapped_column(JSON, default=list)
    timings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    cache_key: Mapped[str | None] = mapped_column(String(128), index=True)
    # When queued to readers (a link's brief: when offered in /latest, if about the conflict)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Editorial review ([review] required): NULL, or ReviewStatus (pending | approved |
    # rejected); when the operators were sent the pending brief's Approve/Reject message.
    review_status: Mapped[str | None] = mapped_column(String(16), index=True)
    review_notified_at: Mapped[datetime | None]

    article: Mapped[Article] = relationship(back_populates="briefs")


class ReviewDecisionRow(Base):
    """One operator's decision about a pending brief: who, when, and the edited text."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The brief row goes when its article is briefed again; the trail stays with the article.
    brief_id: Mapped[int | None] = mapped_column(ForeignKey("briefs.id", ondelete="SET NULL"))
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(8))
    decision: Mapped[str] = mapped_column(String(16), default=ReviewAction.APPROVED)
    operator_id: Mapped[int] = mapped_column(BigInteger)  # the operator's Telegram user id
    at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str | None] = mapped_column(Text)  # the new text of an edit
    note: Mapped[str | None] = mapped_column(Text)


class Subscriber(Base):
    """A chat that talks to the bot, its language and how it wants briefs."""

    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_type: Mapped[str] = mapped_column(String(16), default="private")
    language: Mapped[str] = mapped_column(String(8), default=LANGUAGES[0])  # Language
    subscribed: Mapped[bool] = mapped_column(Boolean, default=False)
    mode: Mapped[str] = mapped_column(String(8), default=SubscriberMode.INSTANT)  # SubscriberMode
    digest_hour: Mapped[int] = mapped_column(Integer, default=8)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    last_digest_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # false: blocked us / gone
    deactivated_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Delivery(Base):
    """One brief for one subscriber: the outbox row the sender works from."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "article_id"),
        Index("ix_deliveries_status_due", "status", "next_attempt_at"),
        Index("ix_deliveries_chat_status", "chat_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    brief_id: Mapped[int] = mapped_column(ForeignKey("briefs.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    # DeliveryStatus: pending | sending | sent | failed | cancelled | digest
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None]
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    # Rows sharing a key go out together as one message (a daily digest), to one chat.
    batch_key: Mapped[str | None] = mapped_column(String(64), index=True)


class Channel(Base):
    """A channel (or group) every new brief is posted to, from the config or ``/addchannel``.

    Its posts go through the outbox like anyone's: the channel has a ``Subscriber`` row of
    the same ``chat_id`` (``chat_type`` "channel" for a channel), which carries its language
    and mode and gets one ``Delivery`` per brief. This row says where the channel comes
    from and whether it is paused, and why.
    """

    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What the operator wrote: "-1001234567890" or "@username" (compared case-insensitively).
    chat_ref: Mapped[str] = mapped_column(String(64), unique=True)
    # Telegram's numeric id, once known (a @username is resolved with getChat).
    chat_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    title: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(8))  # Language
    origin: Mapped[str] = mapped_column(String(16), default=ChannelOrigin.CONFIG)
    status: Mapped[str] = mapped_column(String(16), default=ChannelStatus.ACTIVE)
    paused_reason: Mapped[str | None] = mapped_column(Text)
    paused_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class RuntimeState(Base):
    """Small named values that must survive a restart (paused flag, last poll time)."""

    __tablename__ = "runtime_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CachedBrief(Base):
    """A finished summarizer brief by its cache key (content hash + models + guard rules),
    so that the same text is never summarised twice, across restarts too."""

    __tablename__ = "brief_cache"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConsoleLogin(Base):
    """A one-time login link for the web console, sent by the bot to an operator.

    Only the token's SHA-256 is stored: a copy of the database opens no console.
    """

    __tablename__ = "console_logins"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class ConsoleSession(Base):
    """A logged-in operator's browser: the cookie's hash, its CSRF token, its end."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

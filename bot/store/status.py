"""The states a stored row goes through, defined once for the models, the queries and the code.

``StrEnum`` members are plain strings too: they compare equal to, and are stored as, the
bare words the database already holds, so no migration is needed.
"""

from __future__ import annotations

from enum import StrEnum

from summarizer.types import TextStatus


class ArticleStatus(StrEnum):
    """Where an article stands (``articles.status``).

    new -> briefed | not_article | irrelevant | duplicate | failed | deferred
    """

    NEW = "new"
    BRIEFED = "briefed"
    NOT_ARTICLE = "not_article"
    IRRELEVANT = "irrelevant"
    DUPLICATE = "duplicate"
    FAILED = "failed"  # the article itself cannot be briefed
    DEFERRED = "deferred"  # not briefed for a reason outside it (model missing, crash); retried


#: ``briefs.status`` is the summarizer's status of the text (withheld: the stored text is
#: the checked English brief, sent with a note in the reader's language).
BriefStatus = TextStatus


class DeliveryStatus(StrEnum):
    """Where one outbox row stands (``deliveries.status``)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    DIGEST = "digest"  # waits for the subscriber's daily digest


class ReviewStatus(StrEnum):
    """Where a brief stands in editorial review (``briefs.review_status``).

    NULL: not under review (sent as made). pending -> approved | rejected; only a
    pending brief is changed by an edit, and only an approved one is queued to readers.
    """

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ReviewAction(StrEnum):
    """What an operator decided about a pending brief (``review_decisions.decision``)."""

    APPROVED = "approved"
    REJECTED = "rejected"
    EDITED = "edited"  # the text was replaced (it passed the guard); still pending


class SubscriberMode(StrEnum):
    """How a subscriber wants briefs (``subscribers.mode``)."""

    INSTANT = "instant"
    DIGEST = "digest"


class ChannelStatus(StrEnum):
    """Whether briefs are posted to a channel (``channels.status``)."""

    ACTIVE = "active"
    PAUSED = "paused"  # Telegram refused it (403, chat not found) or the bot lacks a right


class ChannelOrigin(StrEnum):
    """Where a channel comes from (``channels.origin``)."""

    CONFIG = "config"  # a [[channels]] table
    OPERATOR = "operator"  # /addchannel


#: ``subscribers.chat_type`` of a channel's row (Telegram's own word for the chat type).
CHANNEL_CHAT_TYPE = "channel"


#: Articles kept only so that an entry is not fetched again: not stories.
NON_STORY_STATUSES: tuple[ArticleStatus, ...] = (
    ArticleStatus.IRRELEVANT,
    ArticleStatus.NOT_ARTICLE,
    ArticleStatus.FAILED,
    ArticleStatus.DUPLICATE,
)

#: Deliveries not yet handed to the Bot API (cancelled when their subscriber goes).
OPEN_STATUSES: tuple[DeliveryStatus, ...] = (DeliveryStatus.PENDING, DeliveryStatus.DIGEST)

#: Deliveries the outbox still has to send (the ``triglot_outbox_depth`` gauge).
OUTBOX_STATUSES: tuple[DeliveryStatus, ...] = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)

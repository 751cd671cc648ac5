"""Telling the operators about pending briefs, with Approve / Reject buttons.

``announce_pending`` runs after each processing run (``bot.jobs``): every pending brief the
operators have not yet been sent goes to each ``telegram.admin_ids`` user, in the language
that operator chose in the bot (English when they never did), one message per brief with
two buttons. Briefs made outside the bot (``triglot fetch``) are announced by the bot's next
run. ``bot.handlers.review`` answers the buttons and edits the message to show the decision.

``reoffer_held`` is for briefs held while review was on when it is switched off (``/reload``
or a restart with ``[review] required = false``). They are *not* released to readers: an
operator turned review on to check them, and switching it off says "stop holding new
briefs", not "send what I have not checked" (some may be days old by then). Nor are they
left to sit unseen: each operator is told how many still wait and that nothing is sent
until one approves them, and they are offered again, each with its buttons (the console's
Review page lists them too). Approving one queues it through the outbox exactly as before,
once however many of its messages are pressed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.formatting import Raw, escape, prepare_messages, text_for
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, t
from bot.review.actions import ReviewDecision, count_pending
from bot.sending import send_html
from bot.store.models import Article, Brief, Subscriber
from bot.store.status import ReviewAction, ReviewStatus
from bot.store.types import utcnow

log = logging.getLogger(__name__)

#: callback_data of the buttons: ``review:approve:<brief id>`` / ``review:reject:<brief id>``
CALLBACK_PREFIX = "review"
CALLBACK_PATTERN = r"^review:(approve|reject):[0-9]{1,12}$"


def keyboard(language: str, brief_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(language, "review.approve_button"),
                    callback_data=f"{CALLBACK_PREFIX}:approve:{brief_id}",
                ),
                InlineKeyboardButton(
                    t(language, "review.reject_button"),
                    callback_data=f"{CALLBACK_PREFIX}:reject:{brief_id}",
                ),
            ]
        ]
    )


def brief_html(language: str, brief: Brief, article: Article) -> str:
    """The pending brief as an operator reads it: header, title, text, link."""
    lines = [
        t(
            language,
            "review.pending",
            id=brief.id,
            article=article.id,
            language=LANGUAGE_NAMES.get(brief.language, brief.language),
        )
    ]
    if article.title:
        lines.append(f"<b>{text_for(language, article.title)}</b>")
    lines.append(text_for(language, brief.text))
    lines.append(f'<a href="{escape(article.url)}">{t(language, "brief.read_original")}</a>')
    return "\n\n".join(lines)


def decided_html(
    language: str, brief: Brief, article: Article, decision: ReviewDecision, who: str | None
) -> str:
    """The operators' message once decided: the brief and who decided what, when.

    ``who`` is the deciding operator's name when known (the one who pressed the button)."""
    key = (
        "review.decided_approved"
        if decision.decision == ReviewAction.APPROVED
        else "review.decided_rejected"
    )
    line = t(
        language,
        key,
        operator=who if who else Raw(t(language, "review.operator")),
        id=decision.operator_id,
        at=decision.at.strftime("%Y-%m-%d %H:%M UTC"),
    )
    parts = prepare_messages(language, brief_html(language, brief, article) + "\n\n" + line)
    # One message is edited: a brief too long for it keeps only the decision and title.
    if len(parts) == 1:
        return parts[0]
    return prepare_messages(language, line + "\n\n" + text_for(language, article.title or ""))[0]


async def operator_language(session: AsyncSession, user_id: int) -> str:
    """The language an operator chose in their private chat with the bot."""
    chosen = await session.scalar(select(Subscriber.language).where(Subscriber.chat_id == user_id))
    return chosen or DEFAULT_LANGUAGE


async def announce_pending(
    bot: Bot,
    sessions: async_sessionmaker[AsyncSession],
    admin_ids: Sequence[int],
    reached: dict[int, set[int]] | None = None,
) -> int:
    """Send every not yet announced pending brief to each operator; return how many briefs
    were announced to all of them.

    A brief counts as announced once every operator has it or cannot be reached for good
    (blocked the bot or never started it: the console still lists it). A failure that may
    pass (Telegram asks to wait, a timeout, a network error) leaves it not yet announced, so
    the next cycle offers it again; ``reached`` (kept by the caller between cycles) remembers
    who already has it, so that retry goes only to the operators still missing. When
    Telegram asks to wait, the rest waits for the next cycle.
    """
    reached = {} if reached is None else reached
    async with sessions() as session:
        rows = (
            await session.execute(
                select(Brief, Article)
                .join(Article, Article.id == Brief.article_id)
                .where(
                    Brief.review_status == ReviewStatus.PENDING,
                    Brief.review_notified_at.is_(None),
                )
                .order_by(Brief.id)
            )
        ).all()
        languages = {admin: await operator_language(session, admin) for admin in admin_ids}
    if not rows:
        return 0
    if not admin_ids:
        log.warning("%d brief(s) wait for review but telegram.admin_ids is empty", len(rows))
    announced = 0
    for brief, article in rows:
        done = reached.setdefault(brief.id, set())
        for admin, language in languages.items():
            if admin in done:
                continue
            try:
                await send_html(
                    bot,
                    admin,
                    language,
                    brief_html(language, brief, article),
                    keyboard(language, brief.id),
                )
            except RetryAfter as err:
                log.warning(
                    "Telegram asks to wait before offering brief %d to %d (%s): the pending"
                    " briefs are offered next cycle",
                    brief.id,
                    admin,
                    err,
                )
                return announced
            except (Forbidden, BadRequest) as err:  # blocked, or never started the bot
                log.warning("operator %d cannot be sent brief %d: %s", admin, brief.id, err)
                done.add(admin)
            except TelegramError as err:  # a timeout or network error: next cycle
                log.warning("could not send brief %d for review to %d: %s", brief.id, admin, err)
            else:
                done.add(admin)
        if done.issuperset(languages):
            async with sessions() as session, session.begin():
                await session.execute(
                    update(Brief).where(Brief.id == brief.id).values(review_notified_at=utcnow())
                )
            del reached[brief.id]
            announced += 1
    log.info("sent %d pending brief(s) to %d operator(s) for review", announced, len(admin_ids))
    return announced


async def reoffer_held(
    bot: Bot, sessions: async_sessionmaker[AsyncSession], admin_ids: Sequence[int]
) -> int:
    """Review is off, yet briefs held while it was on still wait: tell each operator how
    many, and mark them not yet announced, so that ``announce_pending`` offers each again
    with its buttons. Nothing is queued to readers here. Returns how many wait."""
    async with sessions() as session:
        waiting = await count_pending(session)
        languages = {admin: await operator_language(session, admin) for admin in admin_ids}
    if not waiting:
        return 0
    log.warning(
        "review is off, but %d brief(s) held while it was on still wait for a decision: "
        "they are offered to the operators again and sent only once approved",
        waiting,
    )
    for admin, language in languages.items():
        try:
            await send_html(
                bot, admin, language, t(language, "review.held_review_off", count=waiting)
            )
        except TelegramError as err:
            log.warning("could not tell operator %d about the held briefs: %s", admin, err)
    async with sessions() as session, session.begin():
        await session.execute(
            update(Brief)
            .where(Brief.review_status == ReviewStatus.PENDING)
            .values(review_notified_at=None)
        )
    return waiting

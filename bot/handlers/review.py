"""The Approve / Reject buttons under a pending brief (``bot.review.notify`` sends them).

Only ``telegram.admin_ids`` count: anyone else's press is answered with nothing and changes
nothing. An operator's press decides through ``bot.review`` (the same functions as the web
console), answers the button with the outcome and edits the message to show who decided
what and when — also when someone else decided first.
"""

from __future__ import annotations

import logging

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler

from bot.formatting import visible_text
from bot.handlers.common import Context
from bot.i18n import t
from bot.review import approve, reject
from bot.review.actions import brief_with_article, latest_decision
from bot.review.notify import CALLBACK_PATTERN, decided_html, operator_language
from bot.runtime import runtime_of

log = logging.getLogger(__name__)


async def on_review_button(update: Update, context: Context) -> None:
    query = update.callback_query
    user = update.effective_user
    if query is None:
        return
    runtime = runtime_of(context)
    if user is None or not runtime.is_admin(user.id):
        await query.answer()  # not an operator: nothing happens, nothing is revealed
        return
    _, action, number = (query.data or "").split(":")
    brief_id = int(number)
    sessions = runtime.sessions()
    decide = approve if action == "approve" else reject
    result = await decide(sessions, brief_id, user.id)
    async with sessions() as session:
        language = await operator_language(session, user.id)
        found = await brief_with_article(session, brief_id)
        decision = await latest_decision(session, brief_id)
    await query.answer(visible_text(t(language, result.message)))
    if found is None or decision is None:
        return
    brief, article = found
    who = user.full_name if decision.operator_id == user.id else None
    try:
        await query.edit_message_text(
            decided_html(language, brief, article, decision, who),
            parse_mode=ParseMode.HTML,
            reply_markup=None,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
    except TelegramError as err:  # the message is gone or already shows the decision
        log.info("could not edit the review message of brief %d: %s", brief_id, err)


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CallbackQueryHandler(on_review_button, pattern=CALLBACK_PATTERN))

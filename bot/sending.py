"""Sending our own HTML to a chat: split to Telegram's limit, right to left when it must.

Used by the handlers (``bot.handlers.common.reply``) and by what the bot sends on its own
initiative outside an update (``bot.review.notify``), so it depends on nothing running.
"""

from __future__ import annotations

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode

from bot.formatting import prepare_messages


async def send_html(
    bot: Bot,
    chat_id: int,
    language: str,
    html: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send ``html`` (split if long, right to left when it must); the keyboard goes last."""
    parts = prepare_messages(language, html)
    sent = None
    for index, part in enumerate(parts):
        sent = await bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=reply_markup if index == len(parts) - 1 else None,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
    return sent

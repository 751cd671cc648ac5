"""The bot's ``[review] required`` of the moment, published in the database for the model
workers.

A task waits in the broker for as long as the workers are busy or down; the review flag it
carries is the bot's setting when it was sent. An operator who turns review on with
``/reload`` means "hold what goes out from now on", tasks already queued included, so the
bot writes its setting here at start and at every reload, and a worker storing a brief
holds it when either the task or this value says so (``bot.briefing``). Holding is the safe
side: a brief held by mistake waits for one press, one sent by mistake cannot be unsent.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.runtime_values import read_value, write_value

REVIEW_KEY = "review_required"


async def publish_review_setting(
    session_factory: async_sessionmaker[AsyncSession], required: bool
) -> None:
    await write_value(session_factory, REVIEW_KEY, "1" if required else "0")


async def bot_requires_review(session: AsyncSession) -> bool:
    """Whether the bot's running config holds new briefs for review (False if never said)."""
    return await read_value(session, REVIEW_KEY) == "1"

"""The ``[[channels]]`` tables: Telegram channels (or groups) every new brief is posted to.

A chat is named as Telegram names it: a numeric id (``-1001234567890``: channels and
supergroups start with -100) or a public ``@username``. ``parse_chat`` is the one reading
of such a name, for the config file and for ``/addchannel`` alike.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, ValidationInfo, field_validator

from bot.settings.checks import check_timezone
from bot.store.status import SubscriberMode
from summarizer.languages import Language
from summarizer.settings import StrictModel

#: Telegram's rule for a public username: 5 to 32 letters, digits and _, starting with a
#: letter (``@`` in front).
_USERNAME = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]")
_NUMERIC = re.compile(r"-?[0-9]{1,20}")

ChatRef = int | str


def parse_chat(value: Any) -> ChatRef:
    """A chat id (int) or ``@username`` (str) from what an operator wrote; ValueError if it
    is neither."""
    if isinstance(value, bool):
        raise ValueError("must be a chat id such as -1001234567890 or a @username")
    if isinstance(value, int):
        chat_id = value
    else:
        text = str(value).strip()
        if _USERNAME.fullmatch(text):
            return text
        if not _NUMERIC.fullmatch(text):
            raise ValueError(
                f"must be a chat id such as -1001234567890 or a @username, got {text[:80]!r}"
            )
        chat_id = int(text)
    if chat_id >= 0 or chat_id < -(2**53):
        raise ValueError(
            f"a channel or group id is negative (such as -1001234567890), got {chat_id}"
        )
    return chat_id


def chat_key(chat: ChatRef) -> str:
    """How two names of a chat are compared: usernames are case-insensitive."""
    return chat.lower() if isinstance(chat, str) else str(chat)


class ChannelSettings(StrictModel):
    """One channel (a ``[[channels]]`` table) that every new brief is posted to."""

    chat: ChatRef = Field(
        ...,
        description="The channel: its numeric id (-1001234567890) or its @username. The bot "
        "must be an administrator of it with the right to post messages.",
    )
    language: Language = Field(..., description="Language of the briefs posted there: en, ar, he.")
    mode: SubscriberMode = Field(
        SubscriberMode.INSTANT,
        description='"instant": each brief as it is made; "digest": one message a day.',
    )
    digest_hour: int = Field(
        8, ge=0, le=23, description='Local hour of the daily digest (mode = "digest" only).'
    )
    timezone: str = Field(
        "UTC", description='IANA time zone of digest_hour (mode = "digest" only).'
    )

    @field_validator("chat", mode="before")
    @classmethod
    def _chat_is_a_chat(cls, value: Any) -> ChatRef:
        return parse_chat(value)

    @field_validator("digest_hour", "timezone")
    @classmethod
    def _digest_keys_need_digest_mode(cls, value: Any, info: ValidationInfo) -> Any:
        if info.data.get("mode", SubscriberMode.INSTANT) != SubscriberMode.DIGEST:
            raise ValueError('is used only with mode = "digest"')
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone_is_known(cls, value: str) -> str:
        return check_timezone(value)


def check_unique_chats(channels: list[ChannelSettings]) -> list[ChannelSettings]:
    """No chat listed twice (each would get every brief twice)."""
    seen: dict[str, int] = {}
    for index, channel in enumerate(channels):
        key = chat_key(channel.chat)
        if key in seen:
            raise ValueError(
                f"channels[{index}] names the chat {channel.chat} that channels[{seen[key]}] "
                "already names"
            )
        seen[key] = index
    return channels

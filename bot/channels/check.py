"""Can the bot post in a chat? Asked of the Bot API: ``getChat``, then ``getChatMember``
for the bot itself.

A channel needs the bot as an administrator with the right to post messages; a group
needs it as a member that may send messages (an administrator always may). The answer
names the one thing missing, as a ``Problem`` the operator's reply explains in their
language and ``/channels`` shows as the reason a channel is paused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from telegram import (
    Bot,
    ChatMember,
    ChatMemberAdministrator,
    ChatMemberOwner,
    ChatMemberRestricted,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.settings.channels import ChatRef

log = logging.getLogger(__name__)


class Problem(StrEnum):
    """Why the bot cannot post in a chat (``channels.problem.<value>`` in the catalogs)."""

    NOT_FOUND = "not_found"  # 400 chat not found: a wrong id or @username
    FORBIDDEN = "forbidden"  # 403: the bot is not in the chat (removed, never added)
    PRIVATE = "private"  # a person's private chat, not a channel or group
    NOT_ADMIN = "not_admin"  # a channel where the bot is no administrator
    NO_POST_RIGHT = "no_post_right"  # a channel administrator without "Post messages"
    NOT_MEMBER = "not_member"  # a group the bot left or was removed from
    CANNOT_SEND = "cannot_send"  # a group where the bot may not send messages
    UNREACHABLE = "unreachable"  # the Bot API did not answer: nothing is known


@dataclass(frozen=True)
class ChatCheck:
    """What the Bot API said about a chat: who it is and what, if anything, is missing."""

    chat_id: int | None = None
    chat_type: str | None = None
    title: str | None = None
    problem: Problem | None = None
    detail: str = ""  # the Bot API's own words, for the log

    @property
    def can_post(self) -> bool:
        return self.problem is None


async def check_chat(bot: Bot, chat: ChatRef) -> ChatCheck:
    """Ask the Bot API whether ``bot`` can post in ``chat`` (never raises)."""
    try:
        info = await bot.get_chat(chat)
    except Forbidden as err:
        return ChatCheck(problem=Problem.FORBIDDEN, detail=f"403: {err.message}")
    except BadRequest as err:
        return ChatCheck(problem=Problem.NOT_FOUND, detail=f"400: {err.message}")
    except Exception as err:  # TelegramError (network), or an answer PTB cannot read
        return _unanswered(ChatCheck(), err)
    found = ChatCheck(chat_id=info.id, chat_type=info.type, title=info.title or info.username)
    if info.type == ChatType.PRIVATE:
        return _with(found, Problem.PRIVATE)
    try:
        member = await bot.get_chat_member(info.id, bot.id)
    except Forbidden as err:
        return _with(found, Problem.FORBIDDEN, f"403: {err.message}")
    except BadRequest as err:
        return _with(found, Problem.NOT_FOUND, f"400: {err.message}")
    except Exception as err:
        return _unanswered(found, err)
    may_send = info.permissions.can_send_messages if info.permissions is not None else None
    return _with(found, _rights_problem(info.type, member, may_send))


def _rights_problem(
    chat_type: str, member: ChatMember, members_may_send: bool | None
) -> Problem | None:
    """What the bot's membership lacks for posting, or None."""
    if isinstance(member, ChatMemberOwner):
        return None
    if chat_type == ChatType.CHANNEL:
        if not isinstance(member, ChatMemberAdministrator):
            return Problem.NOT_ADMIN
        return None if member.can_post_messages else Problem.NO_POST_RIGHT
    if isinstance(member, ChatMemberAdministrator):
        return None
    if member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
        return Problem.NOT_MEMBER
    if isinstance(member, ChatMemberRestricted):
        return None if member.can_send_messages else Problem.CANNOT_SEND
    return None if members_may_send is not False else Problem.CANNOT_SEND


def _unanswered(found: ChatCheck, err: Exception) -> ChatCheck:
    if not isinstance(err, TelegramError):
        log.exception("unexpected answer of the Bot API while checking a chat")
    return _with(found, Problem.UNREACHABLE, f"{type(err).__name__}: {err}")


def _with(found: ChatCheck, problem: Problem | None, detail: str = "") -> ChatCheck:
    return ChatCheck(found.chat_id, found.chat_type, found.title, problem, detail)

"""Channels: Telegram channels (or groups) every new brief is posted to, in one language.

A channel is a ``Subscriber`` row (``chat_type`` "channel" for a channel) so that its posts
go through the same outbox, pacing and crash safety as everyone's, plus a ``Channel`` row
with its origin (``[[channels]]`` or ``/addchannel``) and its status. Modules:
``check`` asks the Bot API whether the bot can post in a chat; ``state`` pauses the
channel of a chat Telegram refused; ``store`` adds, resumes, lists and removes channels;
``sync`` makes the table follow ``[[channels]]`` at start and on ``/reload``.
"""

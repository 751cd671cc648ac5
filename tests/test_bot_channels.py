"""Channels end to end against the fake Bot API: briefs posted in each channel's language
through the outbox, operators' /channels, /addchannel and /removechannel, a channel that
answers 403 paused and reported, and channel pacing that does not slow private chats."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.runtime import Parts
from bot.store.models import Channel, Delivery
from bot.store.status import ChannelStatus
from tests.auxil.bot_harness import RunningBot, has_link, running_bot, write_config
from tests.auxil.channels import (
    CHANNELS,
    WORDS,
    add_language_channels,
    brief_numbers,
    channels_toml,
    eventually,
    schedule_toml,
)
from tests.auxil.delivery import add_article, add_subscribers
from tests.auxil.fake_bot_api import FakeBotAPI

ADMIN = 1
STRANGER = 300
READER = 500
JOBS = Parts(jobs=True)
UNKNOWN = "Sorry, I don't know that command"


def config_with(tmp_path: Path, api: FakeBotAPI, *channels: tuple[int | str, str], extra: str = ""):  # type: ignore[no-untyped-def]
    return write_config(
        tmp_path,
        api,
        admin_ids=[ADMIN],
        extra=f"{schedule_toml()}\n{extra}\n{channels_toml(*channels)}",
    )


async def briefs_in(bot: RunningBot, chat_id: int, count: int) -> list[str]:
    """The plain text of the first ``count`` briefs posted to ``chat_id``."""
    messages = await bot.api.wait_for_messages(chat_id, count, timeout=60)
    return [m.plain for m in messages if has_link(m)]


async def test_each_channel_gets_each_brief_once_in_its_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    add_language_channels(fake_bot_api)
    config = config_with(
        tmp_path,
        fake_bot_api,
        ("@triglot_en", "en"),
        (CHANNELS["ar"], "ar"),
        (CHANNELS["he"], "he"),
    )
    async with running_bot(fake_bot_api, config, parts=JOBS) as bot:
        sessions = bot.runtime.sessions()
        await add_subscribers(sessions, [READER], languages=["he"])
        for number in (1, 2):
            await add_article(sessions, number)
        posted = {lang: await briefs_in(bot, chat, 2) for lang, chat in CHANNELS.items()}
        await bot.api.wait_for_messages(READER, 2)

        async def recorded() -> bool:  # each answer is committed just after it arrives
            async with sessions() as session:
                statuses = (await session.scalars(select(Delivery.status))).all()
            return len(statuses) == 8 and set(statuses) == {"sent"}

        await eventually(recorded, "every post recorded as sent")
        async with sessions() as session:
            rows = (await session.execute(select(Delivery.chat_id, Delivery.status))).all()
    for language, texts in posted.items():
        assert brief_numbers(texts) == ["[1]", "[2]"], language
        assert all(WORDS[language] in t for t in texts), language
    assert sorted(rows) == sorted(
        [(chat, "sent") for chat in [*CHANNELS.values(), READER] for _ in (1, 2)]
    )


async def test_operators_list_add_and_remove_channels(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    add_language_channels(fake_bot_api)
    config = config_with(tmp_path, fake_bot_api, ("@triglot_en", "en"))
    async with running_bot(fake_bot_api, config, parts=JOBS) as bot:
        await add_article(bot.runtime.sessions(), 1)
        await briefs_in(bot, CHANNELS["en"], 1)
        [added] = await bot.say(ADMIN, f"/addchannel {CHANNELS['ar']} ar")
        [listing] = await bot.say(ADMIN, "/channels")
        [refused] = await bot.say(ADMIN, "/removechannel @TRIGLOT_EN")
        [usage] = await bot.say(ADMIN, "/addchannel @triglot_he fr")
    assert f"Channel {CHANNELS['ar']} added" in added.plain and "العربية" in added.plain
    en_line, ar_line = listing.plain.splitlines()[1:]
    assert en_line.startswith("@triglot_en (Triglot en) – English, every brief – active")
    assert "last post: 20" in en_line and "from the configuration" in en_line
    assert ar_line.startswith(f"{CHANNELS['ar']} (Triglot ar) – العربية")
    assert "last post: never – added in chat" in ar_line
    assert "set in the configuration file" in refused.plain
    assert "Send /addchannel followed by the channel" in usage.plain

    # Added in chat, it survives a restart; removed, it gets nothing more.
    async with running_bot(fake_bot_api, config, parts=JOBS) as bot:
        [listing] = await bot.say(ADMIN, "/channels")
        assert str(CHANNELS["ar"]) in listing.plain
        [removed] = await bot.say(ADMIN, f"/removechannel {CHANNELS['ar']}")
        [missing] = await bot.say(ADMIN, f"/removechannel {CHANNELS['ar']}")
        await add_article(bot.runtime.sessions(), 2)
        await briefs_in(bot, CHANNELS["en"], 2)
    assert "removed" in removed.plain and "There is no channel" in missing.plain
    assert not fake_bot_api.sent(CHANNELS["ar"])


async def test_reload_adds_and_removes_config_channels(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    add_language_channels(fake_bot_api)
    config = config_with(tmp_path, fake_bot_api, ("@triglot_en", "en"))
    async with running_bot(fake_bot_api, config, parts=JOBS) as bot:
        text = config.read_text()
        config.write_text(
            text.replace('"@triglot_en"', f"{CHANNELS['he']}").replace('"en"', '"he"')
        )
        [reloaded] = await bot.say(ADMIN, "/reload")
        [listing] = await bot.say(ADMIN, "/channels")
        await add_article(bot.runtime.sessions(), 1)
        [brief] = await briefs_in(bot, CHANNELS["he"], 1)
    assert "Configuration reloaded" in reloaded.plain
    assert "@triglot_en" not in listing.plain and str(CHANNELS["he"]) in listing.plain
    assert WORDS["he"] in brief
    assert not fake_bot_api.sent(CHANNELS["en"])


async def test_addchannel_says_exactly_what_is_missing(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    fake_bot_api.add_channel(-1002, username="no_post_right", can_post_messages=False)
    fake_bot_api.add_channel(-1003, username="only_member", bot_status="member")
    fake_bot_api.add_channel(-1004, chat_type="supergroup", bot_status="left")
    fake_bot_api.add_channel(-1005, chat_type="supergroup", bot_status="member")
    config = config_with(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config) as bot:
        [no_right] = await bot.say(ADMIN, "/addchannel @no_post_right en")
        [member] = await bot.say(ADMIN, "/addchannel @only_member he", language_code="he")
        [unknown] = await bot.say(ADMIN, "/addchannel @nobody_knows ar")
        [left_group] = await bot.say(ADMIN, "/addchannel -1004 ar")
        [group] = await bot.say(ADMIN, "/addchannel -1005 ar")  # members may send there
        fake_bot_api.add_channel(-1002, username="no_post_right")  # the right was turned on
        [added] = await bot.say(ADMIN, "/addchannel @no_post_right en")
        async with bot.runtime.sessions()() as session:
            stored = (await session.scalars(select(Channel.chat_ref))).all()
    assert "I cannot post in @no_post_right" in no_right.plain
    assert "without the right “Post messages”" in no_right.plain
    assert "אני לא מנהל בערוץ הזה" in member.plain  # the operator's language
    assert "Telegram does not know this chat" in unknown.plain
    assert "I am not a member of this group" in left_group.plain
    assert "Channel -1005 added" in group.plain
    assert "Channel @no_post_right added" in added.plain
    assert sorted(stored) == ["-1005", "@no_post_right"]


async def test_a_stranger_learns_nothing_about_channels(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    add_language_channels(fake_bot_api)
    config = config_with(tmp_path, fake_bot_api, ("@triglot_en", "en"))
    async with running_bot(fake_bot_api, config) as bot:
        checks_at_start = len(fake_bot_api.calls("getChat"))
        answers = [
            (await bot.say(STRANGER, command))[0].plain
            for command in (
                "/channels",
                f"/addchannel {CHANNELS['ar']} ar",
                "/removechannel @triglot_en",
            )
        ]
        async with bot.runtime.sessions()() as session:
            stored = (await session.scalars(select(Channel.chat_ref))).all()
    assert all(answer.startswith(UNKNOWN) for answer in answers)
    assert not any("triglot_en" in answer or "channel" in answer.lower() for answer in answers)
    assert len(fake_bot_api.calls("getChat")) == checks_at_start  # nothing was checked
    assert stored == ["@triglot_en"]


async def test_a_channel_answering_403_is_paused_and_reported(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    add_language_channels(fake_bot_api)
    config = config_with(tmp_path, fake_bot_api, ("@triglot_en", "en"), (CHANNELS["ar"], "ar"))
    caplog.set_level("WARNING", logger="bot.channels.state")
    async with running_bot(fake_bot_api, config, parts=JOBS) as bot:
        sessions = bot.runtime.sessions()
        await add_subscribers(sessions, [READER], languages=["en"])
        fake_bot_api.remove_bot_from_channel(CHANNELS["en"])
        await add_article(sessions, 1)
        await briefs_in(bot, CHANNELS["ar"], 1)
        await bot.api.wait_for_messages(READER, 1)

        async def en_paused() -> bool:  # the refused post is answered, then committed
            async with sessions() as session:
                status = await session.scalar(
                    select(Channel.status).where(Channel.chat_ref == "@triglot_en")
                )
            return status == ChannelStatus.PAUSED

        await eventually(en_paused, "the refused channel recorded as paused")
        [listing] = await bot.say(ADMIN, "/channels")
        [stats] = await bot.say(ADMIN, "/stats")
        await add_article(sessions, 2)  # the reader still gets it; the paused channel not
        await bot.api.wait_for_messages(READER, 2)
        [refused] = await bot.say(ADMIN, "/addchannel @triglot_en en")
        fake_bot_api.add_channel(CHANNELS["en"], username="triglot_en")  # the bot is back
        [resumed] = await bot.say(ADMIN, "/addchannel @triglot_en en")
        await add_article(sessions, 3)
        [back] = await briefs_in(bot, CHANNELS["en"], 1)
        await bot.api.wait_for_messages(READER, 3)  # the channel's post may come first
    en_line = next(line for line in listing.plain.splitlines() if "@triglot_en" in line)
    assert "paused: 403: Forbidden: bot is not a member of the channel chat" in en_line
    assert "Channels: 1 active, 1 paused\nPaused: @triglot_en (/channels says why)" in stats.plain
    assert "Subscribers: 1 (English 1, Arabic 0, Hebrew 0)" in stats.plain  # channels apart
    assert brief_numbers([m.plain for m in fake_bot_api.sent(READER)]) == ["[1]", "[2]", "[3]"]
    assert "I am not a member of this chat" in refused.plain
    assert "Channel @triglot_en resumed" in resumed.plain
    assert brief_numbers([back]) == ["[3]"]  # nothing queued while paused is sent late
    assert any("channel @triglot_en paused: 403" in r.getMessage() for r in caplog.records)


async def test_channel_posts_are_paced_without_slowing_private_chats(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    """20 messages a minute to a channel: one every 3 s; the private chat's go at once."""
    add_language_channels(fake_bot_api)
    delivery = "[delivery]\ngroup_messages_per_minute = 20\nper_chat_interval_seconds = 0.05\n"
    config = config_with(tmp_path, fake_bot_api, (CHANNELS["en"], "en"), extra=delivery)
    async with running_bot(fake_bot_api, config, parts=JOBS) as bot:
        sessions = bot.runtime.sessions()
        await add_subscribers(sessions, [READER], languages=["en"])
        for number in (1, 2, 3):
            await add_article(sessions, number)
        channel = await bot.api.wait_for_messages(CHANNELS["en"], 3, timeout=60)
        private = fake_bot_api.sent(READER)
    assert len(private) == 3
    gaps = [b.ts - a.ts for a, b in itertools.pairwise(channel)]
    assert all(gap >= 3.0 - 0.05 for gap in gaps), gaps
    assert private[-1].ts < channel[1].ts  # all three before the channel's second

"""Link limits: one bucket per sender in each chat, and idle buckets do not pile up."""

from __future__ import annotations

from pathlib import Path

from bot.link_limits import LinkRateLimiter
from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI

GROUP_A, GROUP_B = -1001, -1002
LINK = "@triglot_test_bot please read http://10.0.0.1/a"  # refused at once: no waiting


async def test_anonymous_admins_of_different_groups_do_not_share_a_limit(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(
        tmp_path, fake_bot_api, telegram="link_requests_per_window = 1\nlink_window_minutes = 30"
    )
    anonymous = {"chat_type": "supergroup", "anonymous_admin": True}
    async with running_bot(fake_bot_api, config) as bot:
        [first_a] = await bot.say(GROUP_A, LINK, **anonymous)
        [first_b] = await bot.say(GROUP_B, LINK, **anonymous)
        [again_a] = await bot.say(GROUP_A, LINK, **anonymous)
        [member_a] = await bot.say(GROUP_A, LINK, chat_type="supergroup", user_id=5)
    for answer in (first_a, first_b, member_a):
        assert "not allowed to visit" in answer.plain
    assert "try again in 30 minutes" in again_a.plain


def test_a_sender_is_limited_in_each_chat_apart() -> None:
    limiter = LinkRateLimiter()
    assert limiter.check((1, 7), limit=1, window=60, now=0) == 0
    assert limiter.check((1, 7), limit=1, window=60, now=1) == 59
    assert limiter.check((2, 7), limit=1, window=60, now=1) == 0
    assert limiter.check((1, 7), limit=1, window=60, now=60) == 0


def test_idle_buckets_are_dropped() -> None:
    limiter = LinkRateLimiter()
    for sender in range(10_000):
        limiter.check((sender, sender), limit=5, window=600, now=sender / 100)
    assert len(limiter) == 10_000
    limiter.check((1, 1), limit=5, window=600, now=700)  # a window later: most are idle
    assert len(limiter) == 1
    # Buckets still within their window are kept, and still count.
    assert limiter.check((1, 1), limit=1, window=600, now=701) > 0

"""Editorial review in the running bot (fake Bot API, tiny models, the real jobs): with
review on, operators get each new brief with Approve / Reject buttons and subscribers get
nothing until an operator approves; a stranger's press does nothing; a user's own link is
still answered to that user (and offered to nobody else); with review off, nothing
changes."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.i18n import t
from bot.review import approve, edit, list_pending
from bot.runtime import Parts
from bot.store.models import Article, Delivery, Feed
from bot.store.status import DeliveryStatus
from tests.auxil.bot_harness import has_link, running_bot, write_config
from tests.auxil.console import seed_article
from tests.auxil.fake_bot_api import SentMessage
from tests.auxil.http_servers import LocalHTTPServer
from tests.auxil.review import FAILS, PASSES, STORY

OPERATOR, STRANGER = 7, 555
EN_READERS, AR_READER = (100, 102), 101
MODEL_TIMEOUT = 600.0  # a guard against hanging, never a speed requirement
JOBS = "[schedule]\npoll_interval_seconds = 10\nsend_interval_seconds = 0.2\n"


def config(tmp_path, api, cache, *, review: bool):
    return write_config(
        tmp_path,
        api,
        admin_ids=[OPERATOR],
        models_cache=cache,
        extra=JOBS + f"[review]\nrequired = {str(review).lower()}\n",
    )


async def add_feed_article(bot) -> None:
    async with bot.runtime.sessions()() as session, session.begin():
        feed = Feed(name="Wire", url="https://wire.example/feed", enabled=False)
        session.add(
            Article(
                feed=feed,
                url="https://wire.example/talks",
                canonical_url="https://wire.example/talks",
                title="Talks in Cairo",
                text=STORY,
                language="en",
            )
        )


async def subscribe_readers(bot) -> None:
    for chat in EN_READERS:
        await bot.say(chat, "/subscribe")
    await bot.say(AR_READER, "/subscribe", language_code="ar")
    await bot.say(OPERATOR, "/start", language_code="he")  # the operator reads Hebrew


async def briefed(api, chat: int, before: int, count: int) -> list[SentMessage]:
    """The ``count`` messages after the first ``before`` in ``chat``, once the jobs briefed
    the article: the models run on a shared machine, so the guard against a hang is long."""
    messages = (await api.wait_for_messages(chat, before + count, timeout=MODEL_TIMEOUT))[before:]
    assert len(messages) == count, messages
    return messages


def unisolated(text: str) -> str:
    """Text without the bidi isolates that Arabic and Hebrew messages put around Latin."""
    return re.sub("[\u2066-\u2069]", "", text)


def button(message: SentMessage, action: str) -> str:
    [data] = [
        b["callback_data"]
        for row in (message.reply_markup or {}).get("inline_keyboard", [])
        for b in row
        if b["callback_data"].startswith(f"review:{action}:")
    ]
    return data


def brief_id(message: SentMessage) -> int:
    return int(button(message, "approve").rpartition(":")[2])


async def deliveries(bot) -> list[tuple[int, str]]:
    async with bot.runtime.sessions()() as session:
        rows = await session.execute(
            select(Delivery.chat_id, Delivery.status).order_by(Delivery.chat_id)
        )
        return [tuple(row) for row in rows.all()]


async def test_nothing_is_sent_until_an_operator_approves_with_the_button(
    tmp_path, fake_bot_api, bot_token, tiny_cache, guard
):
    api = fake_bot_api
    async with running_bot(
        api, config(tmp_path, api, tiny_cache, review=True), parts=Parts(jobs=True)
    ) as bot:
        await subscribe_readers(bot)
        before = {chat: len(api.sent(chat)) for chat in (*EN_READERS, AR_READER, OPERATOR)}
        await add_feed_article(bot)

        # Each language's brief reaches the operator, in Hebrew, with two buttons.
        notices = await briefed(api, OPERATOR, before[OPERATOR], 3)
        assert all("ממתין לבדיקה" in m.plain for m in notices)
        by_language = {p.brief_id: p.language for p in await list_pending(bot.runtime.sessions())}
        assert sorted(brief_id(m) for m in notices) == sorted(by_language)
        notice = {by_language[brief_id(m)]: m for m in notices}
        assert await deliveries(bot) == []  # the briefs are stored; nobody is queued them

        # A stranger's press (a forged callback) is answered with nothing and changes nothing.
        pressed = api.press_button(
            OPERATOR, notice["en"].message_id, button(notice["en"], "approve"), user_id=STRANGER
        )
        answer = await api.wait_for_answer(pressed["callback_query"]["id"])
        assert not answer.get("text")
        assert len(await list_pending(bot.runtime.sessions())) == 3
        assert api.edits(OPERATOR, notice["en"].message_id) == []

        # An edit the guard refuses is not kept; one it passes replaces the text.
        sessions = bot.runtime.sessions()
        refused = await edit(sessions, guard, brief_id(notice["en"]), OPERATOR, FAILS)
        assert not refused.ok and refused.problems
        assert (await edit(sessions, guard, brief_id(notice["en"]), OPERATOR, PASSES)).ok

        # The operator approves English and rejects Arabic with the buttons.
        [decided] = await bot.press(OPERATOR, notice["en"], button(notice["en"], "approve"))
        assert decided.method == "editMessageText" and decided.reply_markup is None
        assert re.search(r"אושר.*Tester.*\(7\)", unisolated(decided.plain)), decided.plain
        [toast] = [a for a in api.callback_answers() if a.get("text")]
        assert "אושר" in toast["text"]
        await bot.press(OPERATOR, notice["ar"], button(notice["ar"], "reject"))
        assert "נדחה" in api.edits(OPERATOR, notice["ar"].message_id)[-1].plain

        # Every English reader gets the edited brief, once; the Arabic reader nothing.
        for chat in EN_READERS:
            [sent] = await bot.replies(chat, before[chat], until=has_link)
            assert PASSES in sent.plain and FAILS not in sent.plain
        again = api.press_button(OPERATOR, notice["en"].message_id, button(notice["en"], "approve"))
        late = await api.wait_for_answer(again["callback_query"]["id"])
        assert "כבר" in late["text"]  # already decided
        # Decided elsewhere (the console, operator 8): the stale button says so and the
        # message is brought up to date.
        assert (await approve(sessions, brief_id(notice["he"]), 8)).ok
        await bot.press(OPERATOR, notice["he"], button(notice["he"], "reject"))
        [*_, stale] = api.callback_answers()
        assert "כבר" in stale["text"]
        shown = unisolated(api.edits(OPERATOR, notice["he"].message_id)[-1].plain)
        assert "אושר על ידי מפעיל (8)" in shown

        assert await deliveries(bot) == [(chat, DeliveryStatus.SENT) for chat in EN_READERS]
        for chat in EN_READERS:
            assert len([m for m in api.sent(chat)[before[chat] :] if has_link(m)]) == 1
        assert api.sent(AR_READER)[before[AR_READER] :] == []


async def test_with_review_off_briefs_go_out_and_operators_are_asked_nothing(
    tmp_path, fake_bot_api, bot_token, tiny_cache
):
    api = fake_bot_api
    async with running_bot(
        api, config(tmp_path, api, tiny_cache, review=False), parts=Parts(jobs=True)
    ) as bot:
        await subscribe_readers(bot)
        before = {chat: len(api.sent(chat)) for chat in (*EN_READERS, OPERATOR)}
        await add_feed_article(bot)
        for chat in EN_READERS:
            [brief] = await briefed(api, chat, before[chat], 1)
            assert has_link(brief)
        assert await list_pending(bot.runtime.sessions()) == []
        assert api.sent(OPERATOR)[before[OPERATOR] :] == []


async def test_with_review_on_a_link_is_answered_to_its_sender_but_offered_to_no_one_else(
    tmp_path, fake_bot_api, bot_token, tiny_cache
):
    api = fake_bot_api
    paragraphs = "".join(f"<p>{p.strip()}.</p>" for p in STORY.split(". ")[:3])
    page = tmp_path / "talks.html"
    page.write_text(
        "<html><head><title>Talks in Cairo</title></head>"
        f"<body><article><h1>Talks in Cairo</h1>{paragraphs}</article></body></html>"
    )
    path = config(tmp_path, api, tiny_cache, review=True)
    path.write_text(path.read_text() + "[fetch]\nallow_private_networks = true\n")
    with LocalHTTPServer() as site:
        link = site.add_file("/talks.html", page, "text/html; charset=utf-8")
        async with running_bot(api, path) as bot:
            answer = await bot.say(EN_READERS[0], link, until=has_link)
            assert any("Cairo" in m.plain for m in answer)
            [latest] = await bot.say(EN_READERS[1], "/latest")
            assert latest.plain == t("en", "latest.none")
            assert await list_pending(bot.runtime.sessions()) == []
            assert api.sent(OPERATOR) == []


async def test_briefs_held_when_review_is_switched_off_stay_held_offered_again_sent_once(
    tmp_path, fake_bot_api, bot_token, tiny_cache, guard
):
    """Review on holds an article's three briefs; the operator then switches review off
    (/reload, later a restart). Nothing held is released to the readers, and nothing is
    left to sit unseen: each time, the operator is told how many still wait and is offered
    each again with its buttons; an approval sends it once, whichever message is pressed."""
    api = fake_bot_api
    jobs = Parts(jobs=True)
    review_off = "held while it was on still wait for a decision"
    async with running_bot(api, config(tmp_path, api, tiny_cache, review=True), parts=jobs) as bot:
        sessions = bot.runtime.sessions()
        await bot.say(OPERATOR, "/start")
        start = len(api.sent(OPERATOR))
        seeded = await seed_article(sessions, guard, review=True)
        first = {brief_id(m): m for m in await briefed(api, OPERATOR, start, 3)}
        assert sorted(first) == sorted(seeded.brief_ids.values())

        config(tmp_path, api, tiny_cache, review=False)
        before = len(api.sent(OPERATOR))
        # The reply to /reload, the note and the three offers again.
        after = await bot.say(OPERATOR, "/reload", expect=5)
        assert any("Configuration reloaded" in m.plain for m in after)
        [note] = [m for m in after if review_off in m.plain]
        assert "3 briefs" in note.plain
        assert "sent to nobody until an operator approves" in note.plain
        again = {brief_id(m): m for m in after if m.reply_markup}
        assert sorted(again) == sorted(first)
        assert await deliveries(bot) == []  # switching review off released nothing

        # Approved from the new offer: both readers get it once; the old offer's button
        # then says it was already decided, and queues nothing more.
        english = seeded.brief_ids["en"]
        await bot.press(OPERATOR, again[english], button(again[english], "approve"))
        for chat in (500, 501):
            [sent] = await bot.replies(chat, 0, until=has_link)
            assert has_link(sent)
        old = api.press_button(OPERATOR, first[english].message_id, f"review:approve:{english}")
        assert "already decided" in (await api.wait_for_answer(old["callback_query"]["id"]))["text"]
        replies = await bot.say(OPERATOR, "/stats", until=lambda m: "Statistics" in m.plain)
        [stats] = [m for m in replies if "Statistics" in m.plain]
        assert "Briefs waiting for review: 2 (held before review was switched off" in stats.plain
        assert len(await list_pending(sessions)) == 2

    # A restart with review still off: the two still held are announced and offered again.
    before = len(api.sent(OPERATOR))
    async with running_bot(api, config(tmp_path, api, tiny_cache, review=False), parts=jobs) as bot:
        restarted = await bot.replies(OPERATOR, before, expect=3)
        assert any(review_off in m.plain and "2 briefs" in m.plain for m in restarted)
        assert sorted(brief_id(m) for m in restarted if m.reply_markup) == sorted(
            seeded.brief_ids[language] for language in ("ar", "he")
        )
        assert await deliveries(bot) == [(500, DeliveryStatus.SENT), (501, DeliveryStatus.SENT)]
    for chat in (500, 501):  # once each, across the reload and the restart
        assert len([m for m in api.sent(chat) if has_link(m)]) == 1

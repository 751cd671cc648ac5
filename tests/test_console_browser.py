"""The web console in a real browser: the system's headless Chromium, driven by Playwright.

The bot runs for real (fake Bot API, SQLite file, its console on a free port); the
browser opens the login link the bot sends, sees the charts, and works the pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.runtime import Parts
from bot.store.models import Delivery
from bot.store.status import DeliveryStatus
from summarizer.guard import Guard
from tests.auxil.bot_harness import has_link, running_bot
from tests.auxil.console import CONSOLE, HOSTILE_TITLE, console_config, login_link, seed_article
from tests.auxil.fake_bot_api import FakeBotAPI


async def test_an_operator_logs_in_sees_the_charts_and_withdraws_a_brief(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard, browser: Any
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        seeded = await seed_article(bot.runtime.sessions(), guard)
        link = await login_link(bot)
        page = await browser.new_page()
        await page.goto(link)
        await page.wait_for_url(link.split("/login/")[0] + "/")
        charts = page.locator("figure.chart svg")
        await charts.first.wait_for()
        chart_count = await charts.count()
        boxes = [await charts.nth(i).bounding_box() for i in range(chart_count)]
        titles = await page.locator("figure.chart svg .title").all_text_contents()
        cookies = await page.context.cookies()

        await page.click("text=Briefs")
        await page.get_by_role("link", name=HOSTILE_TITLE).first.click()
        await page.wait_for_url(f"**/articles/{seeded.article_id}")
        heading = await page.inner_text("#article-title")
        marks = await page.locator("#brief-en mark.problem").count()
        page.on("dialog", lambda dialog: dialog.dismiss())  # a script alert would show here
        await page.locator("#brief-en button.withdraw").click()
        notice = await page.inner_text(".notice")
        async with bot.runtime.sessions()() as session:
            statuses = set(
                await session.scalars(
                    select(Delivery.status).where(Delivery.brief_id == seeded.brief_ids["en"])
                )
            )
        await page.click("#logout")
        await page.goto(link.split("/login/")[0] + "/")
        after_logout = await page.inner_text("main")
    assert chart_count == 5
    assert all(box is not None and box["width"] > 300 for box in boxes)  # drawn, not empty
    assert any("by outcome" in title for title in titles)
    [cookie] = cookies
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert heading == HOSTILE_TITLE  # shown as text, not run as markup
    assert marks >= 1  # the guard's finding is marked in the trail
    assert "withdrawn" in notice
    assert statuses == {DeliveryStatus.CANCELLED}
    assert "Ask the bot for a link" in after_logout


async def test_a_pending_brief_approved_in_the_browser_reaches_its_readers(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard, browser: Any
) -> None:
    config = console_config(
        tmp_path,
        fake_bot_api,
        extra="[review]\nrequired = true\n[schedule]\nsend_interval_seconds = 0.2\n",
    )
    readers = (500, 501)
    async with running_bot(fake_bot_api, config, parts=Parts(jobs=True, console=True)) as bot:
        seeded = await seed_article(bot.runtime.sessions(), guard, subscribers=readers, review=True)
        link = await login_link(bot)
        page = await browser.new_page()
        await page.goto(link)
        await page.wait_for_url(link.split("/login/")[0] + "/")
        await page.click("text=Review")
        english = page.locator(f"#pending-{seeded.brief_ids['en']}")
        brief_text = await english.locator(".text").inner_text()
        assert fake_bot_api.sent(500) == []  # held: nobody has it yet
        await english.locator("button.approve").click()
        notice = await page.inner_text(".notice")
        delivered = [await bot.replies(chat, 0, until=has_link) for chat in readers]
        left = await page.locator("section.pending").count()
    assert "Approved" in notice
    assert left == 2  # Arabic and Hebrew still wait
    for [message] in delivered:
        assert brief_text.split(".")[0] in message.plain

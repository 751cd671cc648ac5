"""Editorial review in the console through HTTP: pending list, edit checked by the guard,
approve, reject, and the decision trail on the article page (``bot.review`` underneath)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.store.models import Brief, Delivery
from bot.store.status import DeliveryStatus, ReviewStatus
from summarizer.guard import Guard
from tests.auxil.bot_harness import running_bot
from tests.auxil.console import (
    CONSOLE,
    console_config,
    csrf_of,
    logged_in,
    seed_article,
)
from tests.auxil.fake_bot_api import FakeBotAPI

REVIEW_ON = "[review]\nrequired = true\n"
PASSES = "Officials said 12 people were killed in the strike on Tuesday."
FAILS = "Officials said 40 people were killed in the strike on Tuesday."


async def test_edit_approve_and_reject_from_the_console(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    config = console_config(tmp_path, fake_bot_api, extra=REVIEW_ON)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot, logged_in(bot) as client:
        sessions = bot.runtime.sessions()
        seeded = await seed_article(sessions, guard, review=True)
        english, arabic = seeded.brief_ids["en"], seeded.brief_ids["ar"]
        article = seeded.article_id
        pending = await client.get("/review")
        token = csrf_of(pending.text)

        async def act(brief: int, action: str, **form: str) -> str:
            data = {"csrf": token, "article": str(article), **form}
            response = await client.post(f"/briefs/{brief}/{action}", data=data)
            if response.status_code == 303:
                return (await client.get(response.headers["location"])).text
            assert response.status_code == 400, response.text
            return response.text

        without_token = await client.post(f"/briefs/{english}/approve")
        refused = await act(english, "edit", text=FAILS)
        edited = await act(english, "edit", text=PASSES)
        approved = await act(english, "approve")
        twice = await act(english, "approve")
        rejected = await act(arabic, "reject", note="<i>loaded</i> wording")
        async with sessions() as session:
            queued = list(
                await session.execute(select(Delivery.chat_id, Delivery.status, Delivery.brief_id))
            )
            statuses = dict(
                (await session.execute(select(Brief.language, Brief.review_status))).all()
            )
            text = await session.scalar(select(Brief.text).where(Brief.id == english))
        page = (await client.get(f"/articles/{article}")).text
    assert pending.status_code == 200 and pending.text.count('class="approve"') == 3
    assert "&lt;script&gt;" in pending.text and "<script" not in pending.text
    assert without_token.status_code == 403
    assert "did not pass the guard" in refused and "number" in refused and "40" in refused
    assert "passed the checks; it still waits for approval" in edited
    assert "Approved" in approved and "already decided" in twice
    assert "Rejected: the brief will not be sent" in rejected
    assert text == PASSES
    assert sorted(queued) == [
        (500, DeliveryStatus.PENDING, english),
        (501, DeliveryStatus.PENDING, english),
    ]
    assert statuses == {
        "en": ReviewStatus.APPROVED,
        "ar": ReviewStatus.REJECTED,
        "he": ReviewStatus.PENDING,
    }
    # The trail: who decided what, in order; the note escaped; the pending one still actionable.
    trail = page[page.index("Review decisions") :]
    assert trail.index("<b>edited</b> (en) by operator 1") < trail.index(
        "<b>approved</b> (en) by operator 1"
    )
    assert "<b>rejected</b> (ar) by operator 1 — “&lt;i&gt;loaded&lt;/i&gt; wording”" in trail
    assert page.count('class="approve"') == 1  # only Hebrew still waits


async def test_briefs_held_before_review_was_switched_off_are_still_listed_and_counted(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    """Review off (the default) while briefs held when it was on still wait: the Review
    page lists them with their buttons and says they are sent only once approved, and the
    dashboard counts them with a link there."""
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot, logged_in(bot) as client:
        await seed_article(bot.runtime.sessions(), guard, review=True)
        review = (await client.get("/review")).text
        dashboard = (await client.get("/")).text
    assert "Review is off" in review and review.count('class="approve"') == 3
    assert "held while it was on: they are sent to nobody until an operator approves" in review
    assert '<a href="/review"><b id="waiting-for-review">3</b> waiting for review</a>' in dashboard

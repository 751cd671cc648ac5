"""Editorial review on the database (SQLite, and PostgreSQL when given): with review on, a
feed article's briefs wait as pending and nobody is queued anything until an operator
approves; approval queues each brief to its readers once; a rejected brief never reaches
anyone; an edit must pass the guard; every decision is kept with who and when."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.briefing import store_brief
from bot.review import approve, decisions_for_article, edit, list_pending, reject
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from bot.store.types import utcnow
from summarizer.types import Brief as SummaryBrief
from summarizer.types import BriefText, TextStatus
from tests.auxil.delivery import LANGS, SUMMARIES, add_subscribers
from tests.auxil.review import FAILS, PASSES, STORY

OPERATOR, OTHER_OPERATOR = 42, 43


def summary(texts: dict[str, str] = SUMMARIES) -> SummaryBrief:
    return SummaryBrief(
        source_lang="en",
        texts={
            lang: BriefText(lang, text, "tiny", TextStatus.OK if text else TextStatus.WITHHELD)
            for lang, text in texts.items()
        },
        content_hash="h",
        cache_key="k",
    )


async def brief_feed_article(
    sessions,
    *,
    review: bool,
    url: str = "https://wire.example/talks",
    texts: dict[str, str] = SUMMARIES,
) -> dict[str, int]:
    """A feed article briefed as the feed pipeline briefs it; its brief ids by language."""
    async with sessions() as session, session.begin():
        article = Article(
            feed=Feed(name="Wire", url=url + "/feed"),
            url=url,
            canonical_url=url,
            title="Talks in Cairo",
            text=STORY,
            language="en",
        )
        session.add(article)
        await session.flush()
        stored = await store_brief(session, article, summary(texts), review=review)
    return {row.language: row.id for row in stored.rows}


async def queued(sessions) -> list[tuple[int, str]]:
    """(chat, text of the queued brief) for every delivery row."""
    async with sessions() as session:
        rows = await session.execute(
            select(Delivery.chat_id, Brief.text)
            .join(Brief, Brief.id == Delivery.brief_id)
            .order_by(Delivery.chat_id)
        )
        return [tuple(row) for row in rows.all()]


async def test_review_off_queues_at_once_review_on_holds_every_brief(sessions):
    await add_subscribers(sessions, [1, 2, 3])  # en, ar, he
    await brief_feed_article(sessions, review=False)
    assert [chat for chat, _ in await queued(sessions)] == [1, 2, 3]
    assert await list_pending(sessions) == []

    ids = await brief_feed_article(sessions, review=True, url="https://wire.example/later")

    assert [chat for chat, _ in await queued(sessions)] == [1, 2, 3]  # nothing more
    pending = await list_pending(sessions)
    assert [(p.brief_id, p.language) for p in pending] == sorted(
        (i, lang) for lang, i in ids.items()
    )
    first = pending[0]
    assert (first.title, first.url) == ("Talks in Cairo", "https://wire.example/later")
    assert first.text == SUMMARIES[first.language]
    async with sessions() as session:  # nor offered in /latest
        held = select(Brief.published_at).where(Brief.id.in_(ids.values()))
        assert (await session.scalars(held)).all() == [None] * 3


async def test_approval_queues_each_reader_once_in_their_language(sessions):
    await add_subscribers(sessions, [1, 2, 3])  # en, ar, he
    ids = await brief_feed_article(sessions, review=True)

    result = await approve(sessions, ids["ar"], OPERATOR)
    assert (result.ok, result.message, result.queued) == (True, "review.approved", 1)
    # Only the Arabic reader: the others' briefs still wait (no English stand-in either).
    assert await queued(sessions) == [(2, SUMMARIES["ar"])]

    again = await approve(sessions, ids["ar"], OTHER_OPERATOR)  # a second operator, late
    assert (again.ok, again.message) == (False, "review.not_pending")
    assert await queued(sessions) == [(2, SUMMARIES["ar"])]

    await approve(sessions, ids["en"], OPERATOR)
    await approve(sessions, ids["he"], OPERATOR)
    assert await queued(sessions) == [(i + 1, SUMMARIES[lang]) for i, lang in enumerate(LANGS)]
    assert await list_pending(sessions) == []
    missing = await approve(sessions, 10**9, OPERATOR)
    assert (missing.ok, missing.message) == (False, "review.not_found")


async def test_a_rejected_brief_reaches_nobody(sessions):
    await add_subscribers(sessions, [1, 2, 3])
    ids = await brief_feed_article(sessions, review=True)

    result = await reject(sessions, ids["he"], OPERATOR, note="loaded wording")
    assert (result.ok, result.message) == (True, "review.rejected")
    await approve(sessions, ids["en"], OPERATOR)
    await approve(sessions, ids["ar"], OPERATOR)

    # The Hebrew reader gets nothing: not the Hebrew brief, not the English one instead.
    assert [chat for chat, _ in await queued(sessions)] == [1, 2]
    late = await approve(sessions, ids["he"], OPERATOR)
    assert (late.ok, late.message) == (False, "review.not_pending")
    assert [chat for chat, _ in await queued(sessions)] == [1, 2]
    # A subscriber who joins later is queued only what was approved.
    await add_subscribers(sessions, [4], languages=["he"])
    await approve(sessions, ids["en"], OPERATOR)  # already decided: changes nothing
    assert [chat for chat, _ in await queued(sessions)] == [1, 2]


async def test_an_edit_must_pass_the_guard_and_what_is_approved_is_the_edit(sessions, guard):
    await add_subscribers(sessions, [1], languages=["en"])
    ids = await brief_feed_article(sessions, review=True)

    refused = await edit(sessions, guard, ids["en"], OPERATOR, FAILS)
    assert (refused.ok, refused.message) == (False, "review.edit_refused")
    assert [p.kind for p in refused.problems] == ["number"]
    assert "450" in str(refused.problems[0])
    [pending_en] = [p for p in await list_pending(sessions) if p.language == "en"]
    assert pending_en.text == SUMMARIES["en"]  # the old text kept

    # Approving now sends the text that passed (the model's), never the refused edit.
    accepted = await edit(sessions, guard, ids["en"], OPERATOR, "  " + PASSES + "\n")
    assert (accepted.ok, accepted.message, accepted.problems) == (True, "review.edited", [])
    assert await queued(sessions) == []  # an edit is not an approval
    await approve(sessions, ids["en"], OTHER_OPERATOR)
    assert await queued(sessions) == [(1, PASSES)]

    late = await edit(sessions, guard, ids["en"], OPERATOR, PASSES)
    assert (late.ok, late.message) == (False, "review.not_pending")
    empty = await edit(sessions, guard, ids["ar"], OPERATOR, "   ")
    assert (empty.ok, empty.message) == (False, "review.edit_empty")


async def test_a_translation_edit_is_checked_against_the_english_brief(sessions, guard):
    ids = await brief_feed_article(sessions, review=True)
    # English brief: SUMMARIES["en"] (no figures); an Arabic edit adding a figure the
    # English brief lacks fails the translation-consistency check.
    refused = await edit(sessions, guard, ids["ar"], OPERATOR, "دخلت 120 شاحنة القطاع.")
    assert not refused.ok and refused.problems


async def test_a_withheld_translation_edited_by_an_operator_is_sent_as_a_translation(
    sessions, guard
):
    """The row of a withheld translation carries the English brief (sent with a note);
    an operator's translation that passes the guard replaces it, without the note."""
    await add_subscribers(sessions, [2], languages=["ar"])
    ids = await brief_feed_article(sessions, review=True, texts={"en": PASSES, "ar": "", "he": ""})
    arabic = "قالت الأمم المتحدة إن 120 شاحنة مساعدات دخلت القطاع يوم الاثنين."
    assert (await edit(sessions, guard, ids["ar"], OPERATOR, arabic)).ok
    await approve(sessions, ids["ar"], OPERATOR)
    async with sessions() as session:
        brief = await session.get(Brief, ids["ar"])
        hebrew = await session.get(Brief, ids["he"])
    assert brief is not None and (brief.text, brief.status) == (arabic, "ok")
    assert brief.checks[0]["step"] == "operator_edit" and brief.checks[0]["ok"]
    assert hebrew is not None and hebrew.status == "withheld"  # untouched: still the English
    assert await queued(sessions) == [(2, arabic)]


async def test_every_decision_is_kept_with_who_and_when(sessions, guard):
    ids = await brief_feed_article(sessions, review=True)
    start = utcnow()
    await edit(sessions, guard, ids["en"], OPERATOR, FAILS)  # refused: not a decision
    await edit(sessions, guard, ids["en"], OPERATOR, PASSES)
    await approve(sessions, ids["en"], OTHER_OPERATOR)
    await reject(sessions, ids["ar"], OPERATOR, note="loaded wording")
    await approve(sessions, ids["ar"], OTHER_OPERATOR)  # too late: not a decision either

    async with sessions() as session:
        article_id = await session.scalar(select(Article.id))
    decisions = await decisions_for_article(sessions, article_id)
    assert [(d.brief_id, d.language, d.decision, d.operator_id) for d in decisions] == [
        (ids["en"], "en", "edited", OPERATOR),
        (ids["en"], "en", "approved", OTHER_OPERATOR),
        (ids["ar"], "ar", "rejected", OPERATOR),
    ]
    assert [(d.text, d.note) for d in decisions] == [
        (PASSES, None),
        (None, None),
        (None, "loaded wording"),
    ]
    times = [d.at for d in decisions]
    assert times == sorted(times)
    assert start - timedelta(seconds=1) <= times[0] and times[-1] <= utcnow()
    assert all(d.at.tzinfo is not None for d in decisions)
    assert await decisions_for_article(sessions, article_id + 1) == []


async def test_subscribers_are_queued_nothing_until_approval_even_if_they_join_meanwhile(
    sessions,
):
    ids = await brief_feed_article(sessions, review=True)
    await add_subscribers(sessions, [7], languages=["en"])
    async with sessions() as session:
        assert await session.scalar(select(Subscriber.chat_id)) == 7
    assert await queued(sessions) == []
    await approve(sessions, ids["en"], OPERATOR)
    assert await queued(sessions) == [(7, SUMMARIES["en"])]

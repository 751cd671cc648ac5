"""Processing new articles with the real (tiny) summarizer: briefs stored per language and
queued to subscribers in theirs; an article that cannot be briefed is marked failed with
the reason; a link a user sent is briefed but never broadcast."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.briefing import DEFERRED, process_new_articles, requeue_articles, store_brief
from bot.settings import TriglotConfig
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from bot.store.types import utcnow
from summarizer.settings import ModelSettings
from summarizer.types import Brief as SummaryBrief
from summarizer.types import BriefText, TextStatus
from tests.auxil.delivery import add_subscribers

STORY = (
    "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss a ceasefire in "
    "Gaza, Egyptian officials said. The talks, mediated by Egypt and Qatar, will continue "
    "on Wednesday. The United Nations said 120 aid trucks entered the strip on Monday and "
    "called for more crossings to open. "
)


async def add_new_article(sessions, url: str, text: str, *, from_feed: bool = True) -> int:
    async with sessions() as session, session.begin():
        feed = Feed(name="Wire", url=f"{url}/feed") if from_feed else None
        article = Article(
            feed=feed, url=url, canonical_url=url, title="Talks in Cairo", text=text, language="en"
        )
        session.add(article)
        await session.flush()
        return article.id


async def test_new_articles_are_briefed_stored_per_language_and_queued(sessions, tiny_settings):
    await add_subscribers(sessions, [1, 2, 3])  # en, ar, he
    await add_subscribers(sessions, [4], languages=["ar"], mode="digest")
    good = await add_new_article(sessions, "https://wire.example/a", STORY * 3)
    empty = await add_new_article(sessions, "https://wire.example/b", "Read more.")
    link = await add_new_article(sessions, "https://wire.example/c", STORY * 2, from_feed=False)
    config = TriglotConfig(models=tiny_settings("transformers"))

    report = await process_new_articles(config, sessions)

    assert (report.briefed, report.failed) == (2, 1)
    assert report.queued == 4  # the feed article, to each subscriber; the link to nobody
    async with sessions() as session:
        articles = {a.id: a for a in (await session.scalars(select(Article))).all()}
        briefs = (await session.scalars(select(Brief).order_by(Brief.language))).all()
        rows = (
            await session.execute(
                select(Subscriber.chat_id, Subscriber.language, Brief.language, Delivery.status)
                .join(Delivery, Delivery.subscriber_id == Subscriber.id)
                .join(Brief, Brief.id == Delivery.brief_id)
                .order_by(Subscriber.chat_id)
            )
        ).all()
    assert articles[good].status == "briefed"
    assert articles[link].status == "briefed"
    assert articles[empty].status == "failed"
    assert articles[empty].reason and report.failures == [(empty, articles[empty].reason)]
    assert articles[empty].text == "Read more."  # nothing lost: it can be retried
    assert sorted((b.article_id, b.language) for b in briefs) == sorted(
        (a, lang) for a in (good, link) for lang in ("ar", "en", "he")
    )
    assert all(b.text.strip() and b.published_at for b in briefs if b.article_id == good)
    assert [(chat, lang) for chat, lang, _, _ in rows] == [
        (1, "en"),
        (2, "ar"),
        (3, "he"),
        (4, "ar"),
    ]
    assert all(sub_lang == brief_lang for _, sub_lang, brief_lang, _ in rows)
    assert [status for *_, status in rows] == ["pending", "pending", "pending", "digest"]

    again = await process_new_articles(config, sessions)  # nothing new: nothing done twice
    assert (again.briefed, again.failed, again.queued) == (0, 0, 0)


async def test_articles_deferred_for_a_missing_model_are_briefed_once_requeued(
    sessions, tiny_settings, tmp_path
):
    """A missing model is not the article's fault: the article is ``deferred`` (not
    ``failed`` for good) and briefed once it is requeued (bot start, ``retry-failed``)."""
    await add_subscribers(sessions, [1])
    story = await add_new_article(sessions, "https://wire.example/a", STORY * 3)
    missing = TriglotConfig(models=ModelSettings(preset="default", cache_dir=tmp_path / "none"))

    report = await process_new_articles(missing, sessions)

    assert (report.briefed, report.failed, report.deferred) == (0, 0, 1)
    async with sessions() as session:
        article = await session.get(Article, story)
        assert article is not None
        assert article.status == DEFERRED
        assert "ModelNotAvailable" in (article.reason or "")
    assert await requeue_articles(sessions) == 1
    done = await process_new_articles(TriglotConfig(models=tiny_settings("transformers")), sessions)
    assert (done.briefed, done.queued) == (1, 1)


async def test_requeue_takes_failed_articles_only_when_asked_and_since_a_time(sessions):
    old = await add_new_article(sessions, "https://wire.example/old", STORY)
    failed = await add_new_article(sessions, "https://wire.example/failed", STORY)
    deferred = await add_new_article(sessions, "https://wire.example/deferred", STORY)
    async with sessions() as session, session.begin():
        for article_id, status in ((old, DEFERRED), (failed, "failed"), (deferred, DEFERRED)):
            article = await session.get(Article, article_id)
            assert article is not None
            article.status = status
            if article_id == old:
                article.created_at = utcnow() - timedelta(days=3)

    assert await requeue_articles(sessions, since=utcnow() - timedelta(days=1)) == 1
    assert await requeue_articles(sessions, include_failed=True) == 2
    async with sessions() as session:
        statuses = dict((await session.execute(select(Article.id, Article.status))).all())
    assert statuses == {old: "new", failed: "new", deferred: "new"}


def withheld_arabic() -> SummaryBrief:
    """A brief whose Arabic translation the guard withheld (its text is empty)."""
    return SummaryBrief(
        source_lang="en",
        texts={
            "en": BriefText("en", "Talks on a ceasefire met in Cairo.", "tiny-sum", TextStatus.OK),
            "ar": BriefText("ar", "", "tiny-mt", TextStatus.WITHHELD),
        },
        content_hash="h",
        cache_key="k",
    )


async def test_a_link_to_a_feed_article_is_answered_then_the_feed_briefs_and_sends_it(
    sessions, tiny_settings
):
    """Both go through ``store_brief``: the link's answer is stored (a withheld translation
    carrying the checked English text) but sent to nobody; the feed run then briefs the
    article in every language and queues it to each subscriber."""
    await add_subscribers(sessions, [1, 2])  # en, ar
    story = await add_new_article(sessions, "https://wire.example/a", STORY * 3)
    async with sessions() as session, session.begin():
        article = await session.get(Article, story)
        assert article is not None
        stored = await store_brief(
            session, article, withheld_arabic(), ("ar",), answer_only=True, published_at=utcnow()
        )
    [answer] = stored.rows
    assert (answer.language, answer.status, stored.queued) == ("ar", "withheld", 0)
    assert answer.text == "Talks on a ceasefire met in Cairo."  # the English, checked
    async with sessions() as session:
        article = await session.get(Article, story)
        assert article is not None and article.status == "new"  # still the feed's to brief
        assert not (await session.scalars(select(Delivery))).all()

    config = TriglotConfig(models=tiny_settings("transformers"))
    report = await process_new_articles(config, sessions)

    assert (report.briefed, report.queued) == (1, 2)
    async with sessions() as session:
        languages = (await session.scalars(select(Brief.language).order_by(Brief.language))).all()
    assert languages == ["ar", "en", "he"]  # the link's row replaced, not doubled

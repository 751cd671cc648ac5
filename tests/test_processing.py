"""Processing new articles with the real (tiny) summarizer: briefs stored per language and
queued to subscribers in theirs; an article that cannot be briefed is marked failed with
the reason; a link a user sent is briefed but never broadcast."""

from __future__ import annotations

from sqlalchemy import select

from bot.processing import process_new_articles
from bot.settings import TriglotConfig
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from tests.auxil.delivery import add_subscribers, sf
from tests.auxil.tiny_models import tiny_cache, tiny_settings

__all__ = ["sf", "tiny_cache", "tiny_settings"]  # fixtures

STORY = (
    "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss a ceasefire in "
    "Gaza, Egyptian officials said. The talks, mediated by Egypt and Qatar, will continue "
    "on Wednesday. The United Nations said 120 aid trucks entered the strip on Monday and "
    "called for more crossings to open. "
)


async def add_new_article(sf, url: str, text: str, *, from_feed: bool = True) -> int:
    async with sf() as session, session.begin():
        feed = Feed(name="Wire", url=f"{url}/feed") if from_feed else None
        article = Article(
            feed=feed, url=url, canonical_url=url, title="Talks in Cairo", text=text, language="en"
        )
        session.add(article)
        await session.flush()
        return article.id


async def test_new_articles_are_briefed_stored_per_language_and_queued(sf, tiny_settings):
    await add_subscribers(sf, [1, 2, 3])  # en, ar, he
    await add_subscribers(sf, [4], languages=["ar"], mode="digest")
    good = await add_new_article(sf, "https://wire.example/a", STORY * 3)
    empty = await add_new_article(sf, "https://wire.example/b", "Read more.")
    link = await add_new_article(sf, "https://wire.example/c", STORY * 2, from_feed=False)
    config = TriglotConfig(models=tiny_settings("transformers"))

    report = await process_new_articles(config, sf)

    assert (report.briefed, report.failed) == (2, 1)
    assert report.queued == 4  # the feed article, to each subscriber; the link to nobody
    async with sf() as session:
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

    again = await process_new_articles(config, sf)  # nothing new: nothing done twice
    assert (again.briefed, again.failed, again.queued) == (0, 0, 0)

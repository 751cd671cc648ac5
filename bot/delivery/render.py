"""The text of a delivery: one brief, or a digest of several, as sendable Telegram HTML.

``render_brief`` is the look of a brief (in a message, a digest, ``/latest``, a link reply);
the rest gathers what it needs from the rows and packs digests into as few messages as fit.
Escaping, right-to-left text and splitting come from ``bot.formatting``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.delivery.outbox import Claimed, brief_context
from bot.formatting import (
    TELEGRAM_TEXT_LIMIT,
    Raw,
    escape,
    prepare_messages,
    start_rtl,
    text_for,
    utf16_len,
)
from bot.i18n import t
from bot.store.models import Article, Brief
from bot.store.status import BriefStatus

DIGEST_SEPARATOR = "\n\n―――\n\n"


def render_brief(
    *,
    language: str,
    source: str,
    summary: str,
    url: str,
    also_reported_by: Sequence[str] = (),
    title: str | None = None,
    translation_withheld: bool = False,
) -> str:
    """A brief as Telegram HTML in ``language``: source, title, summary, others, link.

    ``translation_withheld``: the guard withheld the translation, so ``summary`` is the
    checked English brief; a note in ``language`` says so.
    """
    lines = [t(language, "brief.source", source=source)]
    if title:
        lines.append(f"<b>{text_for(language, title)}</b>")
    if translation_withheld:
        lines.append(t(language, "brief.translation_withheld"))
    lines.append(text_for(language, summary))
    if also_reported_by:
        names = t(language, "list.separator").join(
            text_for(language, name) for name in also_reported_by
        )
        lines.append(t(language, "brief.also_reported_by", names=Raw(names)))
    link = f'<a href="{escape(url)}">{t(language, "brief.read_original")}</a>'
    lines.append(link)
    return start_rtl(language, "\n\n".join(lines))


def source_name(article: Article, feed_name: str | None) -> str:
    return feed_name or article.site_name or urlsplit(article.url).hostname or article.url


def _outlet(item: Any) -> str:
    """An entry of ``Article.also_reported_by``: a name, or a dict that has one."""
    if isinstance(item, dict):
        return str(item.get("name") or item.get("site") or item.get("source") or item.get("url"))
    return str(item)


def brief_html(brief: Brief, article: Article, feed_name: str | None) -> str:
    """One brief as Telegram HTML in the brief's language (may exceed one message).

    The outlet's headline is shown only when it is in the reader's language: a reader of
    Arabic must not be handed a Hebrew or English headline as part of their brief.
    """
    return render_brief(
        language=brief.language,
        source=source_name(article, feed_name),
        summary=brief.text,
        url=article.url,
        also_reported_by=[_outlet(item) for item in article.also_reported_by or []],
        title=article.title if article.language == brief.language else None,
        translation_withheld=brief.status == BriefStatus.WITHHELD,
    )


def digest_header(language: str, count: int, *, shared: bool = False) -> str:
    """The digest's first line: how many briefs follow. A channel's or a group's digest is
    read by many people, so it is not "your" digest (``digest.header_shared``)."""
    key = "digest.header_shared" if shared else "digest.header"
    return t(language, key, count=count)


def pack_digest(htmls: Sequence[str], limit: int = TELEGRAM_TEXT_LIMIT) -> list[list[int]]:
    """Group briefs (by index) into messages that stay under ``limit`` UTF-16 units.

    Measured on the HTML source, which is never shorter than what Telegram counts, with
    room for the header and the right-to-left mark.
    """
    room = limit - 200
    groups: list[list[int]] = []
    size = 0
    for index, html in enumerate(htmls):
        length = utf16_len(html) + utf16_len(DIGEST_SEPARATOR)
        if groups and size + length <= room:
            groups[-1].append(index)
            size += length
        else:
            groups.append([index])
            size = length
    return groups


class MessageRenderer:
    """Renders claimed rows into message texts, caching each brief's HTML (a broadcast
    renders one brief once, not once per subscriber)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], cache_size: int = 512
    ) -> None:
        self._session_factory = session_factory
        # brief id -> (language, HTML, the HTML split into sendable messages)
        self._cache: OrderedDict[int, tuple[str, str, list[str]]] = OrderedDict()
        self._cache_size = cache_size

    async def messages(self, claimed: Claimed) -> list[str]:
        """The messages to send for ``claimed``; raises LookupError if a brief is gone."""
        rendered = await self._briefs(claimed.brief_ids)
        language = rendered[0][0]
        if len(rendered) == 1:
            return rendered[0][2]
        # Telegram gives groups and channels negative chat ids, people positive ones.
        header = digest_header(language, len(rendered), shared=claimed.chat_id < 0)
        body = DIGEST_SEPARATOR.join(html for _, html, _ in rendered)
        return prepare_messages(language, f"{header}\n\n{body}")

    async def preload(self, brief_ids: Iterable[int]) -> None:
        """Render these briefs now, in one query: the sender calls it for each claimed
        batch, so that hundreds of messages of one broadcast do not each look it up."""
        await self._briefs(list(dict.fromkeys(brief_ids)), keep=False)

    async def _briefs(
        self, brief_ids: Sequence[int], *, keep: bool = True
    ) -> list[tuple[str, str, list[str]]]:
        missing = [i for i in brief_ids if i not in self._cache]
        if missing:
            async with self._session_factory() as session:
                found = await brief_context(session, missing)
            for brief_id, (brief, article, feed_name) in found.items():
                html = brief_html(brief, article, feed_name)
                parts = prepare_messages(brief.language, html)
                self._cache[brief_id] = (brief.language, html, parts)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        if not keep:
            return []
        out = []
        for brief_id in brief_ids:
            if brief_id not in self._cache:
                raise LookupError(f"brief {brief_id} no longer exists")
            self._cache.move_to_end(brief_id)
            out.append(self._cache[brief_id])
        return out

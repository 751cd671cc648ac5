"""The text of a delivery: one brief, or a digest of several, as sendable Telegram HTML.

``render_brief`` is the look of a brief (in a message, a digest, ``/latest``, a link reply);
the rest gathers what it needs from the rows and packs digests into as few messages as fit.
Escaping, right-to-left text and splitting come from ``bot.formatting``.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.delivery.outbox import Claimed, brief_context
from bot.formatting import (
    SENTENCE_END,
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
    shortened: bool = False,
) -> str:
    """A brief as Telegram HTML in ``language``: source, title, summary, others, link.

    ``translation_withheld``: the guard withheld the translation, so ``summary`` is the
    checked English brief; a note in ``language`` says so. ``shortened``: ``summary`` is
    the start of the brief only (``one_message_brief``); a note after it says so.
    """
    lines = [t(language, "brief.source", source=source)]
    if title:
        lines.append(f"<b>{text_for(language, title)}</b>")
    if translation_withheld:
        lines.append(t(language, "brief.translation_withheld"))
    lines.append(text_for(language, summary))
    if shortened:
        lines.append(t(language, "brief.shortened"))
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


def _brief_fields(brief: Brief, article: Article, feed_name: str | None) -> dict[str, Any]:
    """``render_brief``'s arguments for a stored brief.

    The outlet's headline is shown only when it is in the reader's language: a reader of
    Arabic must not be handed a Hebrew or English headline as part of their brief.
    """
    return {
        "language": brief.language,
        "source": source_name(article, feed_name),
        "summary": brief.text,
        "url": article.url,
        "also_reported_by": [_outlet(item) for item in article.also_reported_by or []],
        "title": article.title if article.language == brief.language else None,
        "translation_withheld": brief.status == BriefStatus.WITHHELD,
    }


def brief_html(brief: Brief, article: Article, feed_name: str | None) -> str:
    """One brief as Telegram HTML in the brief's language (may exceed one message)."""
    return render_brief(**_brief_fields(brief, article, feed_name))


#: Closing quotes and brackets that may follow a sentence's final punctuation.
_CLOSERS = frozenset("\"'”’»)]")


def _sentence_ends(text: str) -> list[int]:
    """Where ``text`` may be cut after a whole sentence: after sentence-final punctuation
    (and any closing quote) that is followed by white space; ascending, the end excluded."""
    ends: list[int] = []
    for index, char in enumerate(text):
        if char not in SENTENCE_END:
            continue
        end = index + 1
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        if end < len(text) and text[end].isspace() and (not ends or ends[-1] != end):
            ends.append(end)
    return ends


def _word_ends(text: str) -> list[int]:
    """Where ``text`` may be cut after a whole word (before white space); ascending."""
    return [i for i in range(1, len(text)) if text[i].isspace() and not text[i - 1].isspace()]


def _longest(cuts: Sequence[int], attempt: Callable[[int], str | None]) -> str | None:
    """What ``attempt`` makes of the largest of the ascending ``cuts`` for which it makes
    anything (it fails only more as the cut grows), or ``None``: a binary search, so even a
    very long brief costs a few renderings."""
    low, high, best = 0, len(cuts) - 1, None
    while low <= high:
        middle = (low + high) // 2
        found = attempt(cuts[middle])
        if found is not None:
            best, low = found, middle + 1
        else:
            high = middle - 1
    return best


def one_message_brief(
    brief: Brief, article: Article, feed_name: str | None, limit: int = TELEGRAM_TEXT_LIMIT
) -> str:
    """``brief_html`` as exactly one sendable message, for where a brief cannot be split
    into several (an inline result is one message: ``bot.handlers.inline``).

    The whole brief when it fits. Otherwise the summary is cut after its last whole
    sentence that fits (after a whole word, with "…", when not even its first sentence
    does; at any character as a last resort) and a note in the reader's language says
    the brief was shortened; the source and the link to the original article are always
    kept. Only when nothing of the summary would fit beside them are the other outlets,
    then the headline, left out. Never the first part of a split with the rest dropped.
    """
    fields = _brief_fields(brief, article, feed_name)
    language: str = fields["language"]
    summary: str = fields["summary"].rstrip()

    def one(html: str) -> str | None:
        parts = prepare_messages(language, html, limit)
        return parts[0] if len(parts) == 1 else None

    def attempt(end: int, *, tail: str, left_out: dict[str, Any]) -> str | None:
        text = summary[:end].rstrip() + tail
        return one(render_brief(**{**fields, **left_out, "summary": text, "shortened": True}))

    whole = one(render_brief(**fields))
    if whole is not None:
        return whole
    cuts = [
        ([*_sentence_ends(summary), len(summary)], ""),  # whole, once the headline is out
        (_word_ends(summary), "…"),
        (list(range(1, len(summary))), "…"),
    ]
    for left_out in ({}, {"also_reported_by": ()}, {"also_reported_by": (), "title": None}):
        for ends, tail in cuts:
            found = _longest(ends, functools.partial(attempt, tail=tail, left_out=left_out))
            if found is not None:
                return found
    # Only a source name of thousands of characters gets here: its first part, link lost.
    return prepare_messages(language, render_brief(**fields), limit)[0]


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

"""Plain data the summarizer hands out: a ``Brief`` with one ``BriefText`` per language.

Plain dataclasses, JSON-serialisable through ``to_dict`` / ``from_dict`` so that the bot can
store a brief as one JSON column and rebuild it without importing anything heavy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Literal

SourceLanguage = Literal["en", "ar", "he", "other"]


class TextStatus(StrEnum):
    """How a brief's text came to be; the bot stores it as ``briefs.status``."""

    OK = "ok"  # the model's text passed the guard
    REPAIRED = "repaired"  # passed after a repair (neutral term, stricter decoding)
    FALLBACK = "fallback"  # the extractive brief built from source sentences
    WITHHELD = "withheld"  # the translation failed the guard: not to be shown as is
    UNCHECKED = "unchecked"  # no guard configured


@dataclass
class BriefText:
    """A brief in one language and how it came to be.

    ``model`` is the model that wrote this text (the summariser for English, the translator
    for Arabic and Hebrew). ``seconds`` holds the wall time of each step that produced it;
    in a batch the time of a shared step is split evenly between the articles.
    ``status`` comes from the guard ("unchecked" when no guard is configured) and
    ``checks`` is the guard's record of what it checked.
    """

    lang: str
    text: str
    model: str
    status: TextStatus = TextStatus.UNCHECKED
    seconds: dict[str, float] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BriefText:
        return cls(**data)


@dataclass
class Brief:
    """The summary of one article in every requested language, plus its provenance.

    ``content_hash`` identifies the article text; ``cache_key`` also covers the models,
    the backend and the decoding settings, so a brief is reused only when it would come out
    the same. ``models`` maps each pipeline step to ``model-id@version``.
    """

    source_lang: SourceLanguage
    texts: dict[str, BriefText]
    content_hash: str
    cache_key: str
    title: str | None = None
    source_words: int = 0
    chunks: int = 1
    models: dict[str, str] = field(default_factory=dict)
    cached: bool = False

    def text(self, lang: str) -> str:
        """The brief's text in ``lang`` ("" when that language was withheld)."""
        return self.texts[lang].text

    def only(self, langs: tuple[str, ...] | list[str]) -> Brief:
        """The same brief restricted to ``langs`` (in that order)."""
        data = self.to_dict()
        data["texts"] = {lang: data["texts"][lang] for lang in langs}
        return Brief.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        values = dict(data)
        values["texts"] = {k: BriefText.from_dict(v) for k, v in data["texts"].items()}
        return cls(**values)

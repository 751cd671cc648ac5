"""Every string the bot sends, in English, Arabic and Hebrew.

The texts live in ``bot/i18n/catalogs/{en,ar,he}.toml``. A catalog text is Telegram HTML
written by us (it may use ``<b>``/``<i>``) with ``{name}`` placeholders. ``t()`` fills the
placeholders with escaped values (left-to-right runs isolated in Arabic and Hebrew), so a
caller never builds HTML from user or article text by hand; pass ``formatting.Raw`` for a
value that is already HTML.

Messages that depend on a number are tables of CLDR plural forms (``one``, ``two``, ``few``,
``many``, ``other``); ``t(lang, key, count=n)`` picks the right one for the language.
"""

from __future__ import annotations

import re
import string
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from bot.formatting import FSI, PDI, Raw, is_rtl, isolate_ltr, start_rtl, text_for
from summarizer.languages import LANGUAGES, as_language

DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ar": "العربية", "he": "עברית"}
CATALOG_DIR = Path(__file__).parent / "catalogs"
PLURAL_FORMS = frozenset({"zero", "one", "two", "few", "many", "other"})

# Tags, entities and placeholders are not text: isolates must never go inside them.
_MARKUP_RE = re.compile(r"(<[^<>]*>|&[#a-zA-Z0-9]+;|\{[a-z_]*\})")

Message = str | dict[str, str]


def language_from_code(code: str | None) -> str | None:
    """One of our languages for a Telegram ``language_code`` (``"ar-EG"`` -> ``"ar"``)."""
    return as_language(code)


def plural_form(language: str, n: int) -> str:
    """The CLDR plural category of integer ``n`` in ``language``."""
    n = abs(n)
    if language == "ar":
        if n == 0:
            return "zero"
        if n in (1, 2):
            return "one" if n == 1 else "two"
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if language == "he":
        return {1: "one", 2: "two"}.get(n, "other")
    return "one" if n == 1 else "other"


def _isolate_template(template: str) -> str:
    """Isolate the left-to-right runs of an RTL catalog text, leaving markup untouched."""
    pieces = _MARKUP_RE.split(template)
    return "".join(p if i % 2 else isolate_ltr(p) for i, p in enumerate(pieces))


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Message]:
    flat: dict[str, Message] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and set(value) <= PLURAL_FORMS:
            flat[name] = {form: str(text) for form, text in value.items()}
        elif isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


@cache
def catalog(language: str) -> dict[str, Message]:
    """The raw texts of one language, keyed by dotted name (``"link.refused"``)."""
    with (CATALOG_DIR / f"{language}.toml").open("rb") as fh:
        return _flatten(tomllib.load(fh))


@cache
def _prepared(language: str) -> dict[str, Message]:
    if not is_rtl(language):
        return catalog(language)
    return {
        key: (
            {form: _isolate_template(text) for form, text in value.items()}
            if isinstance(value, dict)
            else _isolate_template(value)
        )
        for key, value in catalog(language).items()
    }


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _value(language: str, value: Any) -> str:
    if isinstance(value, Raw):
        return value
    if isinstance(value, int | float) and is_rtl(language):
        return FSI + str(value) + PDI
    return text_for(language, str(value))


def t(language: str, key: str, /, *, count: int | None = None, **params: Any) -> str:
    """The text ``key`` in ``language`` as Telegram HTML, placeholders filled and escaped.

    Unknown languages fall back to English; ``count`` selects a plural form and is also
    available to the text as ``{count}``.
    """
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    message = _prepared(language)[key]
    if isinstance(message, dict):
        if count is None:
            raise TypeError(f"{key} is a plural message; pass count=")
        message = message.get(plural_form(language, count), message["other"])
    if count is not None:
        params["count"] = count
    values = {name: _value(language, value) for name, value in params.items()}
    return message.format(**values)


def message(language: str, key: str, /, **params: Any) -> str:
    """``t()`` made a whole message: Arabic and Hebrew ones begin right to left."""
    return start_rtl(language, t(language, key, **params))

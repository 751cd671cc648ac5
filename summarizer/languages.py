"""The languages Triglot writes briefs in, defined once for the library and the service.

The bot imports these too (the summarizer never imports the bot), so a language code is
spelt in exactly one place.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

Language = Literal["en", "ar", "he"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
RTL_LANGUAGES: Final[frozenset[Language]] = frozenset({"ar", "he"})
#: The languages whose briefs go through English (translated to it, and from it), in the
#: order the pipeline works on them.
VIA_ENGLISH: Final[tuple[Language, ...]] = ("ar", "he")

# Codes other systems use for our languages: ISO 639-2, and "iw", the withdrawn code for
# Hebrew that Java, Android and some Telegram clients still send.
_ALIASES: Final[dict[str, Language]] = {"iw": "he", "heb": "he", "ara": "ar", "eng": "en"}
_BY_CODE: Final[dict[str, Language]] = {**{lang: lang for lang in LANGUAGES}, **_ALIASES}


def as_language(code: str | None) -> Language | None:
    """One of our languages for a code such as ``"ar-EG"``, ``"he_IL"``, ``"iw"`` or ``"heb"``.

    None for anything else (an empty value, another language).
    """
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-", 1)[0].lower()
    return _BY_CODE.get(base)


def is_language(value: object) -> bool:
    """True when ``value`` is exactly one of our language codes."""
    return value in LANGUAGES

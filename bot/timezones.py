"""IANA time zone names: which ones exist, and the few offered as buttons.

``zoneinfo.ZoneInfo`` alone is not a validator: ``"America"`` (a folder of the database)
raises ``IsADirectoryError``, a very long name ``OSError``, and ``"asia/jerusalem"``
works on a case-insensitive file system but not elsewhere. Names are checked against the
list of zones instead, case-insensitively, and the canonical spelling is kept.
"""

from __future__ import annotations

from functools import cache

#: Offered as buttons by /settings; any other IANA name can be typed.
COMMON_TIMEZONES: tuple[str, ...] = (
    "UTC",
    "Asia/Jerusalem",
    "Asia/Gaza",
    "Asia/Hebron",
    "Asia/Beirut",
    "Asia/Amman",
    "Africa/Cairo",
    "Europe/London",
    "Europe/Paris",
    "America/New_York",
)

#: Longest name worth looking up (the longest IANA name has about 30 characters).
MAX_NAME_LENGTH = 64


@cache
def _zones_by_lower_name() -> dict[str, str]:
    from zoneinfo import available_timezones

    zones = available_timezones() | {"UTC"}
    return {name.lower(): name for name in zones}


def canonical_timezone(name: str) -> str | None:
    """The IANA zone ``name`` spelled as the database spells it, or None if no such zone."""
    name = name.strip()
    if not name or len(name) > MAX_NAME_LENGTH:
        return None
    return _zones_by_lower_name().get(name.lower())

"""Checks shared by the sections of the configuration schema."""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.timezones import canonical_timezone


def check_http_url(value: str, *, allow_empty: bool = False) -> str:
    """Validate an http(s) URL; keep it a plain string so it round-trips unchanged."""
    if allow_empty and value == "":
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http:// or https:// URL, got {value!r}")
    return value


def split_host_port(value: str) -> tuple[str, int]:
    """``"host:port"`` (``"[::1]:9090"`` for IPv6) as ``(host, port)``; ValueError if not."""
    host, sep, port = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"must be host:port, such as 127.0.0.1:9090, got {value!r}")
    return host, int(port)


def check_listen(value: str) -> str:
    """A ``listen`` key: empty (off) or ``host:port``; ValueError if neither."""
    if value:
        split_host_port(value)
    return value


def check_timezone(value: str) -> str:
    """An IANA time zone name, in its canonical spelling; ValueError if unknown."""
    zone = canonical_timezone(value)
    if zone is None:
        raise ValueError(
            f"unknown time zone {value[:80]!r} (use an IANA name such as Asia/Jerusalem)"
        )
    return zone

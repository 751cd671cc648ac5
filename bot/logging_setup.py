"""One logging set-up for the whole service, with secrets redacted from every line.

Redaction happens on the final formatted text (message, arguments and traceback alike), so
a library that puts the bot token in a URL inside an exception cannot leak it. The CLI also
wraps stdout and stderr with the same redactor.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import quote

REDACTED = "***"
# Telegram bot tokens look like 123456789:AA...; catch ones we were not told about too
# (also inside a URL's path: ".../bot123456789:AA.../getMe").
_TOKEN_PATTERN = re.compile(r"(?<![0-9])\d{5,}:[A-Za-z0-9_-]{30,}(?![A-Za-z0-9_-])")
# A scheme starts only where a run of scheme characters starts (the look-behind), so a long
# run of letters is tried once, not once per letter (which was quadratic).
_URL_PASSWORD = re.compile(
    r"(?<![a-z0-9+.-])(?P<scheme>[a-z][a-z0-9+.-]*://[^:/@\s]+:)(?P<pw>[^@\s/]+)@", re.I
)
# A secret is masked only where it stands as a whole token: not inside a longer run of
# token characters (a one-letter secret must not turn "check_page_text" into
# "check_page_te***t"), except right after "/bot", where the Bot API puts the token.
_TOKEN_CHARS = "A-Za-z0-9_-"
_BEFORE = rf"(?:(?<=/bot)|(?<![{_TOKEN_CHARS}]))"
_AFTER = rf"(?![{_TOKEN_CHARS}])"


class Redactor:
    """Replaces known secrets, and anything shaped like a bot token, with ``***``."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, secrets: Iterable[str]) -> None:
        for secret in secrets:
            if not secret:
                continue
            forms = {secret, quote(secret, safe="")}
            # A token's secret half is a secret on its own (it may be printed apart).
            _, _, tail = secret.partition(":")
            if len(tail) >= 4:
                forms.add(tail)
            if not forms <= self._secrets:
                self._secrets |= forms
                self._pattern = None

    def _secret_pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self._secrets:
            alternatives = "|".join(
                re.escape(s) for s in sorted(self._secrets, key=len, reverse=True)
            )
            self._pattern = re.compile(f"{_BEFORE}(?:{alternatives}){_AFTER}")
        return self._pattern

    def __call__(self, text: str) -> str:
        pattern = self._secret_pattern()
        if pattern is not None:
            text = pattern.sub(REDACTED, text)
        text = _TOKEN_PATTERN.sub(REDACTED, text)
        return _URL_PASSWORD.sub(lambda m: f"{m.group('scheme')}{REDACTED}@", text)


redact = Redactor()


class RedactingFormatter(logging.Formatter):
    """Readable terminal lines: ``time level logger: message``, secrets redacted."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line, secrets redacted, for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        for key in ("feed", "chat_id", "article_id", "brief_id", "url"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        return redact(json.dumps(entry, ensure_ascii=False, default=str))


class RedactingStream:
    """A text stream wrapper that redacts whatever is written through it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(redact(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def setup_logging(
    level: str = "INFO",
    fmt: str = "text",
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> None:
    """Configure the root logger once for the whole process (idempotent)."""
    redact.add(secrets)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else RedactingFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # Request lines from HTTP clients carry the token in the URL; keep them out of INFO.
    for noisy in (
        "httpx",
        "httpcore",
        "apscheduler",
        "urllib3",
        "filelock",
        "alembic.runtime.plugins",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def redact_std_streams() -> None:
    """Route stdout and stderr through the redactor (tracebacks, warnings, prints)."""
    if not isinstance(sys.stdout, RedactingStream):
        sys.stdout = RedactingStream(sys.stdout)
    if not isinstance(sys.stderr, RedactingStream):
        sys.stderr = RedactingStream(sys.stderr)

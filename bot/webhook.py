"""Webhook mode's guard: every request must carry the secret registered with ``setWebhook``.

Without a secret, anyone who learns the webhook URL can post an update that claims to
come from an operator. So webhook mode always has one: ``telegram.webhook_secret_token``
when it is set, else a random one made at start (Telegram keeps whatever ``setWebhook``
registered, and a restart registers a new one). python-telegram-bot's webhook server
answers a request without it, or with another, with 403; it only notes that at DEBUG,
with the wrong token it was sent. ``log_refused_requests`` turns that into one WARNING
line with the sender's address and the reason, and no token at all.
"""

from __future__ import annotations

import logging
import secrets

from bot.logging_setup import redact
from bot.settings import TelegramSettings

log = logging.getLogger(__name__)

#: python-telegram-bot's webhook request handler logs here (as the Updater does).
PTB_WEBHOOK_LOGGER = "telegram.ext.Updater"
_PTB_REFUSAL_LINES = frozenset(
    {"Request did not include the secret token", "Request had the wrong secret token: %s"}
)


def webhook_secret(settings: TelegramSettings) -> str:
    """The configured secret, or a new random one (43 URL-safe characters, as Telegram
    allows); either way the log redactor knows it."""
    configured = settings.webhook_secret_token
    secret = configured.get_secret_value() if configured else secrets.token_urlsafe(32)
    redact.add([secret])
    if configured is None:
        log.info("webhook: no telegram.webhook_secret_token set; registering a random secret")
    return secret


class _RefusalFilter(logging.Filter):
    """Rewrites the webhook server's record of a refused request as one WARNING line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if getattr(error, "status_code", None) == 403:
            remote = record.args[0] if isinstance(record.args, tuple) and record.args else "?"
            record.msg = "webhook request from %s refused (403): %s"
            record.args = (remote, getattr(error, "reason", None) or "forbidden")
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
            return True
        if record.msg in _PTB_REFUSAL_LINES:
            return False  # the line above says it, without the token that was sent
        return logging.getLogger().isEnabledFor(record.levelno)


_FILTER = _RefusalFilter()


def log_refused_requests() -> None:
    """Log every refused webhook request (idempotent)."""
    logger = logging.getLogger(PTB_WEBHOOK_LOGGER)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    # The records come at DEBUG; the filter lets through only what the root level wants.
    logger.setLevel(logging.DEBUG)

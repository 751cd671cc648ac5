"""The python-telegram-bot ``Application``, built from the config, and its life cycle.

``build_application(config)`` wires: the Bot API base URL (``telegram.api_base_url``, so a
local Bot API server or an emulator works), ``AIORateLimiter`` (Telegram's flood limits;
429 answers waited out and retried), requests that retry connection failures with backoff,
updates of one chat in order (different chats in parallel), the handlers, and the bot's
``Runtime`` (``bot.runtime``: database, model worker, jobs, health server), started in
``post_init`` after the command menu is set and closed in ``post_shutdown``.

``run_bot(app, stop)`` runs it in the current event loop, polling or behind a webhook as
``telegram.mode`` says, until ``stop`` is set; ``serve(config)`` adds signal handling and is
what ``triglot run`` calls.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from telegram import BotCommand, Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from bot import handlers
from bot.config_loader import TOKEN_ENV
from bot.i18n import t
from bot.runtime import HANDLERS_ONLY, Parts, Runtime, TriglotApplication, runtime_of_app
from bot.settings import TriglotConfig
from bot.settings.checks import split_host_port
from bot.update_order import PerChatUpdateProcessor
from bot.webhook import WebhookServer, start_webhook_server, webhook_secret
from summarizer.languages import LANGUAGES

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.CALLBACK_QUERY,
    Update.INLINE_QUERY,  # inline mode (telegram.inline_mode)
]
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class TokenProblem(ValueError):
    """The bot token is missing or cannot be a bot token; the message never shows it."""


class MissingToken(TokenProblem):
    """The bot token is not set."""


#: A bot token as @BotFather hands it out: the bot's id, a colon, about 35 URL-safe
#: characters. Anything else is a copy-and-paste mistake, refused before the first request.
TOKEN_SHAPE = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{30,64}")


def check_token(token: str | None) -> str:
    """``token`` if it looks like a bot token; else TokenProblem with what to do."""
    if not token:
        raise MissingToken(f"the bot token is missing: set {TOKEN_ENV}")
    if not TOKEN_SHAPE.fullmatch(token):
        raise TokenProblem(
            f"{TOKEN_ENV} does not look like a bot token (digits, a colon, then about 35 "
            "letters, digits, _ or -); copy it again from @BotFather"
        )
    return token


class RetryingRequest(HTTPXRequest):
    """HTTPXRequest that retries, with exponential backoff, requests that never left.

    Only failures to connect (or to get a pooled connection) are retried: Telegram never
    saw those requests, so a retry cannot send a message twice. A read timeout is not
    retried here (the message may have been delivered).
    """

    def __init__(self, *args: Any, retries: int = 3, backoff: float = 0.5, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._retries = retries
        self._backoff = backoff

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        delay = self._backoff
        for attempt in range(self._retries + 1):
            try:
                return await super().do_request(*args, **kwargs)
            except NetworkError as err:
                if attempt == self._retries or not isinstance(err.__cause__, _NEVER_SENT):
                    raise
                log.warning("Bot API unreachable (%s); retrying in %.1f s", err, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
        raise AssertionError("unreachable")


def build_application(
    config: TriglotConfig,
    *,
    config_path: Path | None = None,
    parts: Parts = HANDLERS_ONLY,
) -> TriglotApplication:
    """The bot for ``config``; ``parts`` says what runs besides the handlers."""
    settings = config.telegram
    token = check_token(settings.token.get_secret_value() if settings.token else None)
    base_url = settings.api_base_url
    file_url = base_url[: -len("/bot")] + "/file/bot" if base_url.endswith("/bot") else base_url
    runtime = Runtime(config, config_path=config_path, parts=parts)
    application = (
        ApplicationBuilder()
        .application_class(TriglotApplication, kwargs={"runtime": runtime})
        .token(token)
        .base_url(base_url)
        .base_file_url(file_url)
        .request(
            RetryingRequest(
                retries=settings.max_retries,
                connection_pool_size=settings.concurrent_updates + 8,
                connect_timeout=10.0,
                read_timeout=30.0,
            )
        )
        .get_updates_request(RetryingRequest(retries=settings.max_retries, connection_pool_size=2))
        .rate_limiter(AIORateLimiter(max_retries=settings.max_retries))
        .concurrent_updates(PerChatUpdateProcessor(settings.concurrent_updates))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    assert isinstance(application, TriglotApplication)
    handlers.register(application)
    return application


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    """Set the command menu, then start the runtime (database, model worker, parts)."""
    await set_command_menu(application)
    await runtime_of_app(application).start(application)


async def _post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    await runtime_of_app(application).close()


async def set_command_menu(application: Application) -> bool:  # type: ignore[type-arg]
    """Set the command menu in each language; a server that refuses it is only logged."""
    for language in LANGUAGES:
        commands = [
            BotCommand(name, t(language, f"menu.{name}")) for name in handlers.MENU_COMMANDS
        ]
        try:
            await application.bot.set_my_commands(
                commands, language_code=None if language == "en" else language
            )
        except TelegramError as err:
            log.warning("the Bot API refused the command menu (%s); serving without it", err)
            return False
    return True


async def run_bot(application: Application, stop: asyncio.Event) -> None:  # type: ignore[type-arg]
    """Run until ``stop`` is set: the steps of ``run_polling``, or of a webhook on our own
    server (``bot.webhook``) in place of ``run_webhook``."""
    settings = runtime_of_app(application).config.telegram
    updater = application.updater
    assert updater is not None
    webhook: WebhookServer | None = None
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        if settings.mode == "webhook":
            # Our own server (bot.webhook), not updater.start_webhook: it refuses a request
            # from its headers, before reading its body, and bounds the body's size.
            host, port = split_host_port(settings.webhook_listen)
            secret = webhook_secret(settings)
            webhook = await start_webhook_server(
                application,
                host=host,
                port=port,
                url_path=urlsplit(settings.webhook_url).path,
                secret=secret,
            )
            await application.bot.set_webhook(
                url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=settings.drop_pending_updates,
            )
        else:
            await updater.start_polling(
                timeout=settings.poll_timeout_seconds,
                drop_pending_updates=settings.drop_pending_updates,
                allowed_updates=ALLOWED_UPDATES,
            )
        await application.start()
        log.info("bot running (%s)", settings.mode)
        await stop.wait()
    finally:
        if webhook is not None:
            await webhook.stop()
        if updater.running:
            await updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


async def serve(
    config: TriglotConfig,
    *,
    config_path: Path | None = None,
    parts: Parts = HANDLERS_ONLY,
) -> None:
    """Build and run the bot until SIGINT or SIGTERM."""
    application = build_application(config, config_path=config_path, parts=parts)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await run_bot(application, stop)

"""The console's Starlette application: pages, the login gate, CSRF and security headers.

Every page but ``/login/<token>`` and ``/static`` goes through :func:`page`: without an
open session of a current operator (``telegram.admin_ids``) it answers 401 with a short
"ask the bot for a link" page and nothing else; a form sent without the session's CSRF
token is refused with 403 before anything changes.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from telegram import Bot

from bot.console.auth import (
    COOKIE_NAME,
    OpenSession,
    csrf_matches,
    end_session,
    open_session,
    redeem_login,
)
from bot.i18n import t
from bot.settings import TriglotConfig
from summarizer.guard import Guard

HERE = Path(__file__).parent
#: Autoescaped: every value a page shows is escaped unless marked safe (pygal's SVG and
#: the highlighter's ``Markup``, both built from escaped text).
templates = Jinja2Templates(
    env=Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
)

#: What pages may load: only this origin (pygal's SVG carries inline styles).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'"
)


@dataclass
class ConsoleContext:
    """What the pages need from the bot: its current config and its database."""

    config: Callable[[], TriglotConfig]
    sessions: async_sessionmaker[AsyncSession]
    bot: Bot | None = None  # the bot's Bot API client (a channel is checked before it is added)
    _guard: tuple[Any, Guard] | None = None

    def guard(self) -> Guard:
        """The guard that checks an operator's edit, built from the running ``[guard]``
        settings (again after a ``/reload`` changed them)."""
        config = self.config()
        key = (config.guard, config.models.cache_dir)
        if self._guard is None or self._guard[0] != key:
            guard = Guard.from_settings(config.guard, model_cache_dir=config.models.cache_dir)
            self._guard = (key, guard)
        return self._guard[1]


View = Callable[[Request, OpenSession], Awaitable[Response]]


def context_of(request: Request) -> ConsoleContext:
    ctx: ConsoleContext = request.app.state.console
    return ctx


def render(request: Request, name: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """A page from ``templates/`` (autoescaped), with the session's CSRF token for forms."""
    operator: OpenSession | None = getattr(request.state, "operator", None)
    values.setdefault("csrf", operator.csrf_token if operator else "")
    values.setdefault("operator", operator)
    values.setdefault("notice", "")
    response: HTMLResponse = templates.TemplateResponse(
        request, name, values, status_code=status_code
    )
    return response


def login_needed(request: Request, status_code: int = 401) -> HTMLResponse:
    return render(request, "login_needed.html", status_code=status_code, operator=None)


def page(view: View) -> Callable[[Request], Awaitable[Response]]:
    """Only for an operator's open session; forms must carry its CSRF token."""

    @functools.wraps(view)
    async def guarded(request: Request) -> Response:
        ctx = context_of(request)
        operator = await open_session(ctx.sessions, request.cookies.get(COOKIE_NAME))
        if operator is None or operator.user_id not in ctx.config().telegram.admin_ids:
            return login_needed(request)
        request.state.operator = operator
        if request.method == "POST":
            form = await request.form()
            if not csrf_matches(operator.csrf_token, form.get("csrf")):
                return render(request, "refused.html", status_code=403)
        return await view(request, operator)

    return guarded


def back(path: str, notice: str = "") -> RedirectResponse:
    """After an action, back to a page (303: the browser GETs it); ``notice`` is a key
    of ``NOTICES``, never text from the request."""
    return RedirectResponse(f"{path}?notice={notice}" if notice else path, status_code=303)


NOTICES = {
    "withdrawn": "The brief was withdrawn; its waiting deliveries are cancelled.",
    "not-withdrawn": "That brief cannot be withdrawn: it has been sent to someone already.",
    "rerun": "The article will be briefed again at the next processing run.",
    "not-rerun": "That article cannot be re-run now.",
    "feed-paused": "The feed is paused: it is not polled until resumed.",
    "feed-resumed": "The feed is polled again.",
    "feed-removed": "The feed was removed.",
    "feed-unknown": "There is no such feed.",
    "sending-paused": "Sending is paused; briefs wait in the queue.",
    "sending-resumed": "Sending has resumed.",
}


#: Review outcomes (``ReviewResult.message``) are the bot's own catalog keys.
REVIEW_NOTICES = frozenset(
    f"review.{name}"
    for name in (
        "approved",
        "rejected",
        "edited",
        "edit_empty",
        "edit_refused",
        "not_found",
        "not_pending",
    )
)


def notice_of(request: Request) -> str:
    """The notice a redirect asked for: fixed texts only, never text from the request."""
    code = request.query_params.get("notice", "")
    if code in REVIEW_NOTICES:
        return t("en", code)
    return NOTICES.get(code, "")


async def login(request: Request) -> Response:
    """Redeem a one-time link: set the session cookie, then on to the dashboard.

    The hop to the dashboard is a page that refreshes itself rather than a 302: after a
    click in Telegram (another site) a redirect would still count as cross-site, and the
    browser would hold back the SameSite=Strict cookie on the first page.
    """
    ctx = context_of(request)
    settings = ctx.config().console
    opened = await redeem_login(ctx.sessions, request.path_params["token"], settings.session_hours)
    if opened is None or opened[1] not in ctx.config().telegram.admin_ids:
        return login_needed(request, status_code=403)
    response = render(request, "logged_in.html", operator=None)
    response.set_cookie(
        COOKIE_NAME,
        opened[0],
        max_age=int(settings.session_hours * 3600),
        path="/",
        secure=settings.secure_cookies,
        httponly=True,
        samesite="strict",
    )
    return response


@page
async def logout(request: Request, operator: OpenSession) -> Response:
    await end_session(context_of(request).sessions, request.cookies.get(COOKIE_NAME, ""))
    response = render(request, "logged_out.html", operator=None)
    response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="strict")
    return response


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        # The login path carries a token: never let it leave in a Referer header.
        response.headers["Referrer-Policy"] = "no-referrer"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response


def create_app(ctx: ConsoleContext) -> Starlette:
    """The console for ``ctx``; see the module docstring."""
    from bot.console import views_briefs, views_dashboard, views_feeds, views_review

    routes: list[BaseRoute] = [
        Route("/login/{token}", login),
        Route("/logout", logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        *views_dashboard.routes,
        *views_briefs.routes,
        *views_feeds.routes,
        *views_review.routes,
    ]
    app = Starlette(routes=routes, middleware=[Middleware(_SecurityHeaders)])
    app.state.console = ctx
    return app

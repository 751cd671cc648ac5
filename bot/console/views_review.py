"""Editorial review in the console: pending briefs, approve, reject, edit (``bot.review``).

The decisions themselves (who, when, what) are ``bot.review``'s; these pages only call it
with the logged-in operator's Telegram id.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot import review as review_core
from bot.console.app import ConsoleContext, back, context_of, notice_of, page, render
from bot.console.auth import OpenSession
from bot.feed_admin import parse_id
from bot.i18n import t


def review_message(key: str) -> str:
    """The bot's own English text for a review outcome (``ReviewResult.message``)."""
    return t("en", key) if key.startswith("review.") else ""


def review_on(ctx: ConsoleContext) -> bool:
    """Whether new briefs wait for an operator (``[review] required``)."""
    return ctx.config().review.required


async def decisions_for(ctx: ConsoleContext, article_id: int) -> list[review_core.ReviewDecision]:
    return await review_core.decisions_for_article(ctx.sessions, article_id)


@page
async def pending(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    rows = await review_core.list_pending(ctx.sessions)
    return render(
        request,
        "review.html",
        rows=rows,
        review_on=review_on(ctx),
        notice=notice_of(request),
    )


def _target(form: Any) -> str:
    article_id = parse_id(str(form.get("article", "")))
    return f"/articles/{article_id}" if article_id else "/review"


@page
async def approve(request: Request, operator: OpenSession) -> Response:
    form = await request.form()
    brief_id = parse_id(request.path_params["brief_id"])
    if brief_id is None:
        return back(_target(form), review_core.actions.NOT_FOUND)
    result = await review_core.approve(context_of(request).sessions, brief_id, operator.user_id)
    return back(_target(form), result.message)


@page
async def reject(request: Request, operator: OpenSession) -> Response:
    form = await request.form()
    brief_id = parse_id(request.path_params["brief_id"])
    if brief_id is None:
        return back(_target(form), review_core.actions.NOT_FOUND)
    note = str(form.get("note", "")).strip()[:1000] or None
    result = await review_core.reject(
        context_of(request).sessions, brief_id, operator.user_id, note=note
    )
    return back(_target(form), result.message)


@page
async def edit(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    form = await request.form()
    brief_id = parse_id(request.path_params["brief_id"])
    if brief_id is None:
        return back(_target(form), review_core.actions.NOT_FOUND)
    text = str(form.get("text", ""))
    guard = ctx.guard()
    result = await review_core.edit(ctx.sessions, guard, brief_id, operator.user_id, text)
    if result.ok or not result.problems:
        return back(_target(form), result.message)
    return render(
        request,
        "review_edit_refused.html",
        status_code=400,
        result=result,
        message=review_message(result.message),
        text=text,
        target=_target(form),
    )


routes = [
    Route("/review", pending),
    Route("/briefs/{brief_id}/approve", approve, methods=["POST"]),
    Route("/briefs/{brief_id}/reject", reject, methods=["POST"]),
    Route("/briefs/{brief_id}/edit", edit, methods=["POST"]),
]

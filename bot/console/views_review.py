"""Editorial review in the console: pending briefs, approve, reject, edit (``bot.review``).

The decisions themselves (who, when, what) are ``bot.review``'s; these pages only call it
with the logged-in operator's Telegram id.
"""

from __future__ import annotations

import importlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console.app import ConsoleContext, back, context_of, notice_of, page, render
from bot.console.auth import OpenSession
from bot.feed_admin import parse_id

review_core: Any
try:  # the review core lives on its own branch until merged
    review_core = importlib.import_module("bot.review")
except ImportError:  # pragma: no cover - only before the merge
    review_core = None


def review_on(ctx: ConsoleContext) -> bool:
    """Whether new briefs wait for an operator (``[review] required``)."""
    settings = getattr(ctx.config(), "review", None)
    return review_core is not None and bool(getattr(settings, "required", False))


async def decisions_for(ctx: ConsoleContext, article_id: int) -> list[Any]:
    if review_core is None:
        return []
    return list(await review_core.decisions_for_article(ctx.sessions, article_id))


@page
async def pending(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    rows = list(await review_core.list_pending(ctx.sessions)) if review_core else []
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
    if review_core is None or brief_id is None:
        return back(_target(form), "review-failed")
    result = await review_core.approve(context_of(request).sessions, brief_id, operator.user_id)
    return back(_target(form), "approved" if result.ok else "review-failed")


@page
async def reject(request: Request, operator: OpenSession) -> Response:
    form = await request.form()
    brief_id = parse_id(request.path_params["brief_id"])
    if review_core is None or brief_id is None:
        return back(_target(form), "review-failed")
    note = str(form.get("note", "")).strip()[:1000] or None
    result = await review_core.reject(
        context_of(request).sessions, brief_id, operator.user_id, note=note
    )
    return back(_target(form), "rejected" if result.ok else "review-failed")


@page
async def edit(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    form = await request.form()
    brief_id = parse_id(request.path_params["brief_id"])
    text = str(form.get("text", "")).strip()
    if review_core is None or brief_id is None or not text or ctx.guard is None:
        return back(_target(form), "review-failed")
    result = await review_core.edit(ctx.sessions, ctx.guard(), brief_id, operator.user_id, text)
    if result.ok:
        return back(_target(form), "edited")
    return render(
        request,
        "review_edit_refused.html",
        status_code=400,
        result=result,
        text=text,
        target=_target(form),
    )


routes = [
    Route("/review", pending),
    Route("/briefs/{brief_id}/approve", approve, methods=["POST"]),
    Route("/briefs/{brief_id}/reject", reject, methods=["POST"]),
    Route("/briefs/{brief_id}/edit", edit, methods=["POST"]),
]

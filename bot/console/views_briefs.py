"""The briefs list (filters: language, outcome, feed, date) and the page of one article."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console import articles
from bot.console.app import back, context_of, notice_of, page, render
from bot.console.auth import OpenSession
from bot.console.highlight import findings_of, mark, on_the_source, trail
from bot.console.stats import OUTCOMES, outcome_of
from bot.console.views_review import decisions_for
from bot.feed_admin import parse_id
from summarizer.languages import LANGUAGES


@page
async def list_page(request: Request, operator: OpenSession) -> Response:
    filters = articles.Filters.parse(request.query_params, LANGUAGES)
    async with context_of(request).sessions() as session:
        rows = await articles.list_briefs(session, filters)
        feeds = await articles.feed_choices(session)
    return render(
        request,
        "briefs.html",
        rows=rows,
        filters=filters,
        feeds=feeds,
        languages=LANGUAGES,
        outcomes=OUTCOMES,
        page_size=articles.PAGE_SIZE,
    )


@page
async def article_page(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    article_id = parse_id(request.path_params["article_id"])
    async with ctx.sessions() as session:
        data = await articles.article_page(session, article_id) if article_id else None
    if data is None or article_id is None:
        return render(request, "not_found.html", status_code=404)
    source = data.article.text or ""
    briefs = []
    for brief in data.briefs:
        steps = trail(brief.checks)
        findings = findings_of(steps)
        briefs.append(
            {
                "row": brief,
                "outcome": outcome_of(brief.status),
                "text": mark(brief.text, findings),
                "source": mark(source, on_the_source(findings, source)),
                "steps": [(step, mark(step.text, step.findings)) for step in steps],
                "findings": findings,
                "deliveries": data.deliveries.get(brief.id, {}),
                "can_withdraw": data.can_withdraw(brief),
            }
        )
    return render(
        request,
        "article.html",
        data=data,
        source=mark(source, []),
        briefs=briefs,
        decisions=await decisions_for(ctx, article_id),
        notice=notice_of(request),
    )


@page
async def withdraw(request: Request, operator: OpenSession) -> Response:
    brief_id = parse_id(request.path_params["brief_id"])
    article_id = parse_id(str((await request.form()).get("article", "")))
    cancelled = None
    if brief_id is not None:
        cancelled = await articles.withdraw_brief(context_of(request).sessions, brief_id)
    target = f"/articles/{article_id}" if article_id else "/briefs"
    return back(target, "withdrawn" if cancelled is not None else "not-withdrawn")


@page
async def rerun(request: Request, operator: OpenSession) -> Response:
    article_id = parse_id(request.path_params["article_id"])
    done = article_id is not None and await articles.rerun_article(
        context_of(request).sessions, article_id
    )
    return back(
        f"/articles/{article_id}" if article_id else "/briefs", "rerun" if done else "not-rerun"
    )


routes = [
    Route("/briefs", list_page),
    Route("/articles/{article_id}", article_page),
    Route("/articles/{article_id}/rerun", rerun, methods=["POST"]),
    Route("/briefs/{brief_id}/withdraw", withdraw, methods=["POST"]),
]

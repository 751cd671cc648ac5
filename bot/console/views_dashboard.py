"""The dashboard: charts of the last 24 hours or 7 days, and pausing all sending."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console import charts
from bot.console.app import back, context_of, notice_of, page, render
from bot.console.auth import OpenSession
from bot.console.stats import WINDOWS, dashboard
from bot.delivery.pause import set_paused


@page
async def show(request: Request, operator: OpenSession) -> Response:
    window = WINDOWS.get(request.query_params.get("window", ""), WINDOWS["24h"])
    async with context_of(request).sessions() as session:
        data = await dashboard(session, window)
    return render(
        request,
        "dashboard.html",
        data=data,
        charts=charts.all_charts(data),
        windows=list(WINDOWS),
        notice=notice_of(request),
    )


@page
async def pause_sending(request: Request, operator: OpenSession) -> Response:
    await set_paused(context_of(request).sessions, True)
    return back("/", "sending-paused")


@page
async def resume_sending(request: Request, operator: OpenSession) -> Response:
    await set_paused(context_of(request).sessions, False)
    return back("/", "sending-resumed")


routes = [
    Route("/", show),
    Route("/sending/pause", pause_sending, methods=["POST"]),
    Route("/sending/resume", resume_sending, methods=["POST"]),
]

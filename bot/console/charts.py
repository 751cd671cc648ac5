"""The dashboard's charts, drawn as inline SVG by pygal (server-side: nothing to load).

pygal builds the SVG with an XML library, so labels (feed names come from feeds) are
escaped by it; ``js=[]`` keeps it from linking its tooltip script from a CDN, and its inline
script is taken out, so the console works offline and runs no script at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pygal
from pygal.etree import etree
from pygal.style import Style

from bot.console.stats import OUTCOMES, Dashboard, Series
from bot.store.models import Feed

_STYLE = Style(
    background="transparent",
    plot_background="#ffffff",
    font_family="system-ui, sans-serif",
    colors=("#2e7d32", "#1565c0", "#f9a825", "#6a1b9a", "#c62828", "#00838f", "#5d4037"),
)
#: Outcome colours, fixed so that "withheld" is always the same colour.
_OUTCOME_COLOURS = ("#2e7d32", "#1565c0", "#f9a825", "#6a1b9a", "#c62828")


def _config(**extra: object) -> pygal.Config:
    config = pygal.Config(
        js=[],
        disable_xml_declaration=True,
        width=900,
        height=300,
        style=_STYLE,
        legend_at_bottom=True,
        show_minor_x_labels=False,
        x_label_rotation=30,
        truncate_legend=30,
    )
    for key, value in extra.items():
        setattr(config, key, value)
    return config


def _labels(starts: Sequence[datetime], hours: int) -> tuple[list[str], list[str]]:
    """Every bucket's label, and the few shown (about eight)."""
    fmt = "%H:%M" if hours <= 24 else "%a %H:%M"
    labels = [start.strftime(fmt) for start in starts]
    step = max(1, len(labels) // 8)
    return labels, labels[::step]


def _render(chart: pygal.Graph) -> str:
    """The chart's SVG without pygal's inline ``<script>`` (its tooltip config, which the
    console's Content-Security-Policy would refuse anyway)."""
    root = chart.render_tree()
    for element in list(root.iter()):
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] == "script":
            element.getparent().remove(element)
    return str(etree.tostring(root, encoding="unicode"))


def _series_chart(
    kind: type[pygal.Graph], title: str, series: Series, hours: int, **extra: object
) -> str:
    labels, major = _labels(series.starts, hours)
    chart = kind(_config(**extra), title=title, x_labels=labels, x_labels_major=major)
    for name, values in series.lines.items():
        chart.add(name, values)
    return _render(chart)


def briefs_by_outcome(data: Dashboard) -> str:
    style = _with_colours(*_OUTCOME_COLOURS)
    lines = Series(data.briefs_by_outcome.starts)
    for name in OUTCOMES:
        lines.lines[name] = data.briefs_by_outcome.line(name)
    per = _per(data.window.brief_bucket_minutes)
    return _series_chart(
        pygal.StackedBar, f"Briefs per {per} by outcome", lines, data.window.hours, style=style
    )


def briefs_by_language(data: Dashboard) -> str:
    per = _per(data.window.brief_bucket_minutes)
    return _series_chart(
        pygal.StackedBar,
        f"Briefs per {per} by language",
        data.briefs_by_language,
        data.window.hours,
    )


def deliveries(data: Dashboard) -> str:
    return _series_chart(
        pygal.Line,
        "Deliveries per minute (sent, failed)",
        data.deliveries,
        data.window.hours,
        show_dots=False,
        fill=False,
        style=_with_colours("#2e7d32", "#c62828"),
    )


def queue(data: Dashboard) -> str:
    return _series_chart(
        pygal.Line,
        "Delivery queue length",
        data.queue,
        data.window.hours,
        show_dots=False,
        fill=True,
    )


def feed_health(feeds: Sequence[tuple[Feed, int, int]]) -> str:
    chart = pygal.HorizontalStackedBar(
        _config(height=max(200, 60 + 28 * len(feeds)), x_label_rotation=0),
        title="Feed entries (kept, dropped)",
        x_labels=[f"{feed.name}{'' if feed.healthy else ' (failing)'}" for feed, _, _ in feeds],
    )
    chart.add("kept", [kept for _, kept, _ in feeds])
    chart.add("dropped", [dropped for _, _, dropped in feeds])
    return _render(chart)


def _with_colours(*colours: str) -> Style:
    return Style(**{**_STYLE.to_dict(), "colors": colours})


def _per(minutes: int) -> str:
    return "hour" if minutes == 60 else f"{minutes // 60} hours"


def all_charts(data: Dashboard) -> dict[str, str]:
    """The dashboard's SVGs by name, in the order shown."""
    return {
        "briefs-outcome": briefs_by_outcome(data),
        "briefs-language": briefs_by_language(data),
        "deliveries": deliveries(data),
        "queue": queue(data),
        "feeds": feed_health(data.feeds),
    }

"""The README's metrics table and ``bot.metrics`` agree: every metric, its type and labels,
and every value of the fixed labels (``reason``, ``outcome``) is documented."""

from __future__ import annotations

import re

from bot import metrics
from tests.auxil.cli import REPO_ROOT

ROW = re.compile(r"^\| `(triglot_[a-z_]+)(?:\{([a-z_,]+)\})?` \| (\w+) \| (.*) \|$", re.MULTILINE)


def documented() -> dict[str, tuple[set[str], str, str]]:
    """metric name -> (label names, type, meaning), from the README's table."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return {
        name: (set(labels.split(",")) if labels else set(), kind, meaning)
        for name, labels, kind, meaning in ROW.findall(readme)
    }


def exposed() -> dict[str, tuple[set[str], str]]:
    """metric name (as scraped: counters end in _total) -> (label names seen, type)."""
    out = {}
    for family in metrics.REGISTRY.collect():
        name = f"{family.name}_total" if family.type == "counter" else family.name
        labels = {key for sample in family.samples for key in sample.labels if key != "le"}
        out[name] = (labels, family.type)
    return out


def test_every_metric_is_documented_with_its_type_and_labels() -> None:
    docs, live = documented(), exposed()
    assert set(docs) == set(live)
    for name, (labels, kind) in live.items():
        doc_labels, doc_kind, _ = docs[name]
        assert doc_kind == kind, name
        assert labels <= doc_labels, name


def values_in(meaning: str) -> set[str]:
    """The label values a table row names: its lower-case words in backticks."""
    return set(re.findall(r"`([a-z_]+)`", meaning))


def test_every_reason_and_outcome_label_value_is_documented() -> None:
    docs = documented()
    reasons = {*metrics.DELIVERY_FAILURE_REASONS, "other"}
    assert values_in(docs["triglot_deliveries_failed_total"][2]) == reasons
    assert values_in(docs["triglot_feed_polls_total"][2]) == set(metrics.FEED_POLL_OUTCOMES)
    scraped = metrics.render()[0].decode()
    for reason in reasons:  # each shown from the start, so rate() sees its first increment
        assert f'triglot_deliveries_failed_total{{reason="{reason}"}}' in scraped

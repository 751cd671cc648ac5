"""The metric helpers: what each call adds to the series an operator scrapes."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from prometheus_client import REGISTRY as GLOBAL_REGISTRY

from bot import metrics
from bot.delivery.transport import Outcome
from bot.ingest.report import FeedReport, PollReport
from summarizer.types import Brief, BriefText


def sample(name: str, **labels: str) -> float:
    """The current value of one series (0 when it does not exist yet)."""
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


def test_feed_polls_are_counted_by_outcome() -> None:
    ok, failed = (sample("triglot_feed_polls_total", outcome=o) for o in ("ok", "failed"))
    metrics.feed_polled(ok=True)
    metrics.feed_polled(ok=True)
    metrics.feed_polled(ok=False)
    assert sample("triglot_feed_polls_total", outcome="ok") == ok + 2
    assert sample("triglot_feed_polls_total", outcome="failed") == failed + 1


def test_counters_for_articles_briefs_guard_and_deliveries() -> None:
    articles = sample("triglot_articles_found_total")
    briefs = sample("triglot_briefs_made_total", language="he", status="repaired")
    guard = sample("triglot_guard_failures_total", kind="loaded")
    sent = sample("triglot_deliveries_sent_total")
    gone = sample("triglot_deliveries_failed_total", reason="chat_gone")
    metrics.articles_found(3)
    metrics.articles_found(0)
    metrics.brief_made("he", status="repaired")
    metrics.guard_failed("loaded", count=2)
    metrics.delivery_sent()
    metrics.delivery_failed("chat_gone")
    assert sample("triglot_articles_found_total") == articles + 3
    assert sample("triglot_briefs_made_total", language="he", status="repaired") == briefs + 1
    assert sample("triglot_guard_failures_total", kind="loaded") == guard + 2
    assert sample("triglot_deliveries_sent_total") == sent + 1
    assert sample("triglot_deliveries_failed_total", reason="chat_gone") == gone + 1


def test_free_text_never_becomes_a_label_value() -> None:
    other = sample("triglot_deliveries_failed_total", reason="other")
    metrics.delivery_failed("403: Forbidden: bot was blocked by the user")
    assert sample("triglot_deliveries_failed_total", reason="other") == other + 1
    metrics.guard_failed("Something with spaces and: punctuation!")
    assert sample("triglot_guard_failures_total", kind="other") >= 1
    text = metrics.render()[0].decode()
    assert "Forbidden" not in text and "punctuation" not in text


def test_model_step_time_goes_into_a_histogram_per_step() -> None:
    count = sample("triglot_model_step_seconds_count", step="translate")
    total = sample("triglot_model_step_seconds_sum", step="translate")
    metrics.observe_model_step("translate", 2.5)
    assert sample("triglot_model_step_seconds_count", step="translate") == count + 1
    assert sample("triglot_model_step_seconds_sum", step="translate") == pytest.approx(total + 2.5)
    assert sample("triglot_model_step_seconds_bucket", step="translate", le="4.0") >= 1


def test_gauges_are_set_not_added() -> None:
    metrics.set_outbox_depth(7)
    metrics.set_outbox_depth(2)
    metrics.set_feeds_failing(1)
    metrics.poll_finished(at=1_700_000_000.0)
    assert sample("triglot_outbox_depth") == 2
    assert sample("triglot_feeds_failing") == 1
    assert sample("triglot_last_poll_timestamp_seconds") == 1_700_000_000.0


def brief(cached: bool) -> Brief:
    problems = [{"kind": "number", "detail": "12 is not in the source", "span": "12"}]
    return Brief(
        source_lang="en",
        content_hash="h",
        cache_key="k",
        cached=cached,
        texts={
            "en": BriefText(
                "en",
                "Text.",
                "m",
                status="repaired",
                seconds={"summarise": 3.0, "guard": 0.2},
                checks=[
                    {"step": "abstractive", "ok": False, "problems": problems},
                    {"step": "regenerate", "ok": False, "error": "RuntimeError()"},
                    {"step": "extractive", "ok": True, "problems": []},
                ],
            ),
            "ar": BriefText("ar", "نص.", "m", status="ok", seconds={"translate": 1.0}),
        },
    )


def test_record_brief_counts_texts_model_time_and_guard_problems() -> None:
    before = {
        "en": sample("triglot_briefs_made_total", language="en", status="repaired"),
        "ar": sample("triglot_briefs_made_total", language="ar", status="ok"),
        "number": sample("triglot_guard_failures_total", kind="number"),
        "summarise": sample("triglot_model_step_seconds_count", step="summarise"),
        "translate": sample("triglot_model_step_seconds_sum", step="translate"),
    }
    metrics.record_brief(brief(cached=False))
    assert sample("triglot_briefs_made_total", language="en", status="repaired") == before["en"] + 1
    assert sample("triglot_briefs_made_total", language="ar", status="ok") == before["ar"] + 1
    assert sample("triglot_guard_failures_total", kind="number") == before["number"] + 1
    assert sample("triglot_model_step_seconds_count", step="summarise") == before["summarise"] + 1
    assert sample("triglot_model_step_seconds_sum", step="translate") == pytest.approx(
        before["translate"] + 1.0
    )

    # A cached brief was made again for a reader, but no model ran and no guard checked.
    metrics.record_brief(brief(cached=True))
    assert sample("triglot_briefs_made_total", language="ar", status="ok") == before["ar"] + 2
    assert sample("triglot_guard_failures_total", kind="number") == before["number"] + 1
    assert sample("triglot_model_step_seconds_count", step="summarise") == before["summarise"] + 1


def test_metrics_stay_out_of_the_global_registry() -> None:
    names = {m.name for m in GLOBAL_REGISTRY.collect()}
    assert not any(name.startswith("triglot_") for name in names)
    payload, content_type = metrics.render()
    assert content_type.startswith("text/plain")
    assert b"process_cpu_seconds_total" not in payload  # only our own metrics


def test_importing_is_cheap_and_starts_nothing() -> None:
    code = (
        "import sys, threading; import bot.metrics; "
        "assert threading.active_count() == 1, threading.enumerate(); "
        "heavy = {'torch', 'transformers', 'telegram', 'sqlalchemy'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_record_poll_counts_feeds_fetched_and_articles_found() -> None:
    ok, failed = (sample("triglot_feed_polls_total", outcome=o) for o in ("ok", "failed"))
    articles = sample("triglot_articles_found_total")
    now = datetime.now(UTC)
    report = PollReport(
        started_at=now,
        feeds=[
            FeedReport(1, "a", "https://a.example/rss", new=2, errors=1),  # a bad page
            FeedReport(2, "b", "https://b.example/rss", not_modified=1),
            FeedReport(3, "c", "https://c.example/rss", errors=1, error="HTTP 500"),
            FeedReport(4, "d", "https://d.example/rss", skipped=True),  # not due
        ],
    )
    metrics.record_poll(report)
    assert sample("triglot_feed_polls_total", outcome="ok") == ok + 2
    assert sample("triglot_feed_polls_total", outcome="failed") == failed + 1
    assert sample("triglot_articles_found_total") == articles + 2
    assert sample("triglot_last_poll_timestamp_seconds") >= now.timestamp()


def test_delivery_failures_take_the_senders_outcomes() -> None:
    chat_gone = sample("triglot_deliveries_failed_total", reason="chat_gone")
    other = sample("triglot_deliveries_failed_total", reason="other")
    metrics.delivery_failed(Outcome.CHAT_GONE, count=2)  # a digest of two rows
    metrics.delivery_failed(Outcome.RETRY_AFTER)  # never ends a message: waited out
    assert sample("triglot_deliveries_failed_total", reason="chat_gone") == chat_gone + 2
    assert sample("triglot_deliveries_failed_total", reason="other") == other + 1
    # Every outcome that ends a message undelivered has its own series from the start.
    # (A migrated group is followed to its new id, not given up on.)
    ending = {o.value for o in Outcome} - {"sent", "retry_after", "migrated"}
    assert ending == set(metrics.DELIVERY_FAILURE_REASONS)

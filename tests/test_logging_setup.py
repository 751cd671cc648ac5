"""Secrets never reach a log line or the terminal, whatever prints them."""

from __future__ import annotations

import io
import json
import logging

import httpx
import pytest

from bot.logging_setup import RedactingStream, redact, setup_logging

TOKEN = "123456:SECRET"


@pytest.fixture
def log_stream() -> io.StringIO:
    return io.StringIO()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_token_is_redacted_from_messages_arguments_and_tracebacks(
    fmt: str, log_stream: io.StringIO
) -> None:
    setup_logging("DEBUG", fmt, secrets=[TOKEN], stream=log_stream)
    log = logging.getLogger("triglot.test")
    log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    log.warning("secret half alone: %s", "SECRET")
    try:
        request = httpx.Request("POST", f"https://api.telegram.org/bot{TOKEN}/sendMessage")
        raise httpx.ConnectError("connection refused", request=request)
    except httpx.ConnectError as exc:
        log.exception("request to %s failed", exc.request.url)
    output = log_stream.getvalue()
    assert "SECRET" not in output
    assert output.count("***") >= 3
    if fmt == "json":
        entries = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        assert [e["level"] for e in entries] == ["INFO", "WARNING", "ERROR"]
        assert "exception" in entries[-1]


def test_unregistered_token_shapes_and_url_passwords_are_redacted() -> None:
    text = redact(
        "bot 987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw and "
        "postgresql+asyncpg://triglot:hunter2@db:5432/triglot"
    )
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in text
    assert "hunter2" not in text
    assert "postgresql+asyncpg://triglot:***@db:5432/triglot" in text


def test_a_url_password_after_a_long_run_of_letters_is_still_masked() -> None:
    """A run of letters before a URL (once tried letter by letter: quadratic) changes nothing."""
    text = redact("x" * 100_000 + " redis://cache:s3cret@host/0")
    assert text.endswith(" redis://cache:***@host/0")


def test_redacting_stream_covers_plain_prints() -> None:
    redact.add([TOKEN])
    sink = io.StringIO()
    stream = RedactingStream(sink)
    print(f"token is {TOKEN}", file=stream)
    assert sink.getvalue() == "token is ***\n"


def test_a_short_or_odd_secret_is_masked_only_where_it_stands_whole() -> None:
    from bot.logging_setup import Redactor

    scrub = Redactor()
    scrub.add(["x", "42:te", "hook-secret"])
    assert scrub("check_page_text = true") == "check_page_text = true"
    assert scrub("relevance text, x-ray, hook-secrets") == "relevance text, x-ray, hook-secrets"
    assert scrub("secret x; token 42:te; hook-secret.") == "secret ***; token ***; ***."
    assert scrub("/bot42:te/getMe /bot42%3Ate/getMe") == "/bot***/getMe /bot***/getMe"
    assert scrub('{"secret_token": "hook-secret"}') == '{"secret_token": "***"}'


def test_an_unregistered_token_inside_a_bot_api_url_is_masked() -> None:
    text = redact("POST https://api.telegram.org/bot987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/x")
    assert text == "POST https://api.telegram.org/bot***/x"

"""Content fingerprints: same text, near-same text, and different stories."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.ingest.fingerprint import hamming, simhash, to_signed, to_unsigned
from summarizer.text import words_hash
from tests.auxil.realworld import REALWORLD

SEED = REALWORLD / "texts" / "seed-cairo-truce-talks.txt"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed text not found at {SEED}")


def test_same_words_same_hash_despite_spacing_and_case() -> None:
    text = SEED.read_text()
    assert words_hash(text) == words_hash("  " + text.upper().replace(" ", "\n  "))


def test_another_outlets_copy_is_near() -> None:
    text = SEED.read_text()
    copy = (
        "CAIRO (Wire) — "
        + text.replace("Mossad", "the Mossad", 1)
        + "\nFollow us on Telegram for more news."
    )
    assert hamming(simhash(text), simhash(copy)) <= 6


def test_different_stories_are_far() -> None:
    text = SEED.read_text()
    other = (REALWORLD / "pages" / "trafilatura__bbc.com.52241221.html").read_text(errors="ignore")
    assert hamming(simhash(text), simhash(other)) > 12


@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_signed_storage_round_trips(value: int) -> None:
    signed = to_signed(value)
    assert -(2**63) <= signed < 2**63
    assert to_unsigned(signed) == value
    assert hamming(signed, value) == 0


def test_a_trimmed_copy_is_contained_but_a_different_story_is_not() -> None:
    from bot.ingest.fingerprint import containment

    text = SEED.read_text()
    paragraphs = text.split("\n")
    trimmed = "JERUSALEM (Agency) — Our correspondent reports.\n" + "\n".join(
        paragraphs[: len(paragraphs) * 2 // 3]
    )
    assert hamming(simhash(text), simhash(trimmed)) > 6  # too far for the SimHash alone
    assert containment(text, trimmed) > 0.9
    other = (REALWORLD / "pages" / "trafilatura__bbc.com.52241221.html").read_text(errors="ignore")
    assert containment(text, other) < 0.05
    assert containment(text, "") == 0.0

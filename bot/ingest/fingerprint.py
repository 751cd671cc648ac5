"""Content fingerprints: the same text under two URLs, or syndicated by several outlets.

Two keys per article:

- ``words_hash`` (:func:`summarizer.text.words_hash`, stored as ``articles.content_hash``):
  SHA-256 of the folded words; equal means the same text.
- ``simhash``: a 64-bit SimHash (Charikar 2002) over word 3-shingles. Texts that differ
  only here and there (another outlet's copy of the same wire story, a page with a
  different footer) differ in few bits, unrelated texts in about 32. Manku et al.
  (WWW 2007) use a distance of at most 3 for 64-bit fingerprints of web pages;
  ``fetch.duplicate_max_distance`` sets ours.

A trimmed copy (an outlet that cut the last paragraphs) moves the SimHash further (about
8 bits for 90% of the text, 16 for half), so candidates up to a looser distance are
checked with :func:`containment` of their shingle sets.

Stored in a signed 64-bit column, hence :func:`to_signed` / :func:`to_unsigned`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from summarizer.text import folded_words

SHINGLE_WORDS = 3
_MASK = (1 << 64) - 1


def shingles(tokens: list[str], size: int = SHINGLE_WORDS) -> Iterable[str]:
    if len(tokens) < size:
        if tokens:
            yield " ".join(tokens)
        return
    for i in range(len(tokens) - size + 1):
        yield " ".join(tokens[i : i + size])


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """The 64-bit SimHash (unsigned) of ``text``'s word 3-shingles; 0 for empty text.

    Bit i is set when more than half of the shingle hashes have bit i set. Columns of
    the hashes' binary spellings are counted with ``tuple.count`` (C speed).
    """
    spelled = [format(_hash64(s), "064b") for s in shingles(folded_words(text))]
    half = len(spelled) / 2
    value = 0
    for column in zip(*spelled, strict=False):
        value = value << 1 | (column.count("1") > half)
    return value if spelled else 0


def shingle_set(text: str) -> set[int]:
    """The 64-bit hashes of ``text``'s word 3-shingles."""
    return {_hash64(s) for s in shingles(folded_words(text))}


def containment(a: str, b: str) -> float:
    """Share of the shorter text's shingles that the other text also has (0 to 1).

    1.0 when one text is a cut of the other (a wire story that an outlet trimmed or gave
    its own first line); near 0 for different stories.
    """
    first, second = shingle_set(a), shingle_set(b)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def hamming(a: int, b: int) -> int:
    """Number of differing bits of two fingerprints (signed or unsigned alike)."""
    return ((a & _MASK) ^ (b & _MASK)).bit_count()


def to_signed(value: int) -> int:
    """Unsigned 64-bit -> the same bits as a signed 64-bit integer (BIGINT column)."""
    value &= _MASK
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    return value & _MASK

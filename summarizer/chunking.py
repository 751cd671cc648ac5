"""Token-aware chunking: pack whole sentences into pieces that fit a model's input."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def _pack(items: Sequence[str], sizes: Sequence[int], limit: int) -> list[str]:
    """Join consecutive items (with spaces) greedily into groups of at most ``limit``."""
    groups: list[str] = []
    current: list[str] = []
    used = 0
    for item, size in zip(items, sizes, strict=True):
        if current and used + size > limit:
            groups.append(" ".join(current))
            current, used = [], 0
        current.append(item)
        used += size
    if current:
        groups.append(" ".join(current))
    return groups


def _split_long(sentence: str, count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """Cut one over-long sentence between words into pieces of at most ``limit`` tokens.

    Words are counted one by one (linear, not quadratic, in the sentence length); a piece
    keeps a small margin because pieces of joined words can differ slightly from the sum.
    """
    words = sentence.split()
    budget = max(1, limit - max(2, limit // 20))
    return _pack(words, [count_tokens(word) for word in words], budget)


def chunk_sentences(
    sentences: Sequence[str],
    count_tokens: Callable[[str], int],
    limit: int,
    *,
    join: bool = True,
) -> list[str]:
    """Greedily join consecutive sentences into chunks of at most ``limit`` tokens.

    ``count_tokens`` is the model's own tokenizer, so the limit holds for the model that
    reads the chunk; a sentence longer than the limit is cut between words. With
    ``join=False`` sentences are not joined, only the over-long ones cut.
    """
    if limit < 1:
        raise ValueError("limit must be at least one token")
    parts: list[str] = []
    sizes: list[int] = []
    for sentence in sentences:
        tokens = count_tokens(sentence)
        pieces = [sentence] if tokens <= limit else _split_long(sentence, count_tokens, limit)
        parts.extend(pieces)
        sizes.extend([tokens] if len(pieces) == 1 else map(count_tokens, pieces))
    if not join:
        return parts
    return _pack(parts, sizes, limit)

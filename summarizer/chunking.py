"""Token-aware chunking: pack whole sentences into pieces that fit a model's input."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def _split_long(
    sentence: str, count_tokens: Callable[[str], int], limit: int, *, check: bool = False
) -> list[str]:
    """Cut one over-long sentence between words into pieces of at most ``limit`` tokens.

    Words are counted one by one (linear, not quadratic, in the sentence length); a piece
    keeps a small margin because pieces of joined words can differ slightly from the sum.
    """
    if check and count_tokens(sentence) <= limit:
        return [sentence]
    budget = max(1, limit - max(2, limit // 20))
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for word in sentence.split():
        tokens = count_tokens(word)
        if current and used + tokens > budget:
            pieces.append(" ".join(current))
            current, used = [], 0
        current.append(word)
        used += tokens
    if current:
        pieces.append(" ".join(current))
    return pieces


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
    if not join:
        return [p for s in sentences for p in _split_long(s, count_tokens, limit, check=True)]
    if limit < 1:
        raise ValueError("limit must be at least one token")
    chunks: list[str] = []
    current: list[str] = []
    current_tokens = 0
    for sentence in sentences:
        tokens = count_tokens(sentence)
        parts = [sentence] if tokens <= limit else _split_long(sentence, count_tokens, limit)
        for part in parts:
            part_tokens = tokens if len(parts) == 1 else count_tokens(part)
            if current and current_tokens + part_tokens > limit:
                chunks.append(" ".join(current))
                current, current_tokens = [], 0
            current.append(part)
            current_tokens += part_tokens
    if current:
        chunks.append(" ".join(current))
    return chunks

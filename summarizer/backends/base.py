"""The interface every inference backend offers to the pipeline."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from summarizer.settings import DecodingSettings


@dataclass(frozen=True)
class DecodeParams:
    """Decoding of one call; built from ``DecodingSettings`` plus per-call limits."""

    num_beams: int = 2
    min_new_tokens: int = 0
    max_new_tokens: int = 120
    no_repeat_ngram_size: int = 0
    length_penalty: float = 1.0

    @classmethod
    def from_settings(cls, settings: DecodingSettings, **overrides: Any) -> DecodeParams:
        values = settings.model_dump()
        values.update(overrides)
        values["min_new_tokens"] = min(values["min_new_tokens"], values["max_new_tokens"])
        return cls(**values)


@dataclass(frozen=True)
class Generation:
    """One decoded output: its text and how many tokens the decoder produced."""

    text: str
    tokens: int


class Seq2SeqBackend(Protocol):
    """A loaded seq2seq model with its tokenizer."""

    model_id: str
    max_input_tokens: int

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` without special tokens."""
        ...

    def generate(self, texts: list[str], params: DecodeParams) -> list[Generation]:
        """Decode every text (one batch); inputs longer than the limit are truncated."""
        ...


def quiet_transformers() -> None:
    """No per-load progress bars: they flood a service's logs and say nothing useful."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]


def load_tokenizer(path: Path) -> Any:
    """The checkpoint's own tokenizer, quietly (Marian nags about an optional package)."""
    from transformers import AutoTokenizer

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*sacremoses.*")
        return AutoTokenizer.from_pretrained(str(path))


def input_limit(tokenizer: Any, config: Any, cap: int) -> int:
    """Most tokens one input may have: the model's positions, the tokenizer's max, the cap."""
    limits = [getattr(config, "max_position_embeddings", None), tokenizer.model_max_length]
    usable = [int(x) for x in limits if isinstance(x, int) and 0 < x < 1_000_000]
    limit = min(usable) if usable else 512
    if cap:
        limit = min(limit, cap)
    return limit


class TokenCounter:
    """Shared ``count_tokens`` for backends holding a Hugging Face tokenizer."""

    tokenizer: Any

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False, verbose=False).input_ids)


def generate_batched(
    backend: Seq2SeqBackend,
    texts: list[str],
    params: DecodeParams,
    batch_size: int,
    *,
    output_cap: Callable[[int], int] | None = None,
) -> list[Generation]:
    """Decode ``texts`` in batches of similar length; results in the input order.

    ``output_cap`` maps the longest input of a batch (in tokens) to that batch's
    ``max_new_tokens`` (translation output follows input length); it never exceeds
    ``params.max_new_tokens``.
    """
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
    results: list[Generation | None] = [None] * len(texts)
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        batch_params = params
        if output_cap is not None:
            longest = max(backend.count_tokens(texts[i]) for i in batch)
            cap = max(1, min(params.max_new_tokens, output_cap(longest)))
            batch_params = replace(
                params, max_new_tokens=cap, min_new_tokens=min(cap, params.min_new_tokens)
            )
        for index, generation in zip(
            batch, backend.generate([texts[i] for i in batch], batch_params), strict=True
        ):
            results[index] = generation
    return [r for r in results if r is not None]

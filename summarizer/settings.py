"""Settings of the summarizer library.

They live here, not in the bot, so that the library can be configured from a notebook or
another service; the bot's configuration schema embeds them as its ``[models]`` and
``[guard]`` sections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_TRANSLATORS: dict[str, str] = {
    "en-ar": "Helsinki-NLP/opus-mt-tc-big-en-ar",
    "en-he": "Helsinki-NLP/opus-mt-en-he",
    "ar-en": "Helsinki-NLP/opus-mt-ar-en",
    "he-en": "Helsinki-NLP/opus-mt-he-en",
}


class StrictModel(BaseModel):
    """Base for every settings table: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class DecodingSettings(StrictModel):
    """How the seq2seq models decode (shared by the summariser and the translators)."""

    num_beams: int = Field(2, ge=1, le=16, description="Beam width; 1 is greedy decoding.")
    min_new_tokens: int = Field(30, ge=0, le=1024, description="Shortest output, in tokens.")
    max_new_tokens: int = Field(120, ge=1, le=1024, description="Longest output, in tokens.")
    no_repeat_ngram_size: int = Field(
        3, ge=0, le=20, description="Forbid repeating n-grams of this size."
    )
    length_penalty: float = Field(
        1.0, ge=-10, le=10, description="Beam-search length penalty (>1 favours long)."
    )


def _translation_decoding() -> DecodingSettings:
    """Translation keeps every sentence: no minimum length, no n-gram ban."""
    return DecodingSettings(
        num_beams=2, min_new_tokens=0, max_new_tokens=256, no_repeat_ngram_size=0
    )


class ModelSettings(StrictModel):
    """Which models write the briefs and how they run."""

    preset: Literal["default", "tiny"] = Field(
        "default",
        description='"default": real Hugging Face models; "tiny": tiny offline models.',
    )
    backend: Literal["ctranslate2", "transformers"] = Field(
        "ctranslate2", description="Inference engine for every model."
    )
    summarizer: str = Field(
        "sshleifer/distilbart-cnn-12-6",
        description="Hugging Face id or local path of the English summariser.",
    )
    translators: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_TRANSLATORS),
        description="Language pair (such as en-ar) to Hugging Face id or local path.",
    )
    cache_dir: Path = Field(
        Path("data/models"),
        description="Where downloaded, converted and tiny models are kept.",
    )
    threads: int = Field(
        0, ge=0, le=256, description="CPU threads for inference; 0 picks the core count."
    )
    ct2_compute_type: str = Field("int8", description="CTranslate2 compute type (int8, float32…).")
    summary_sentences_max: int = Field(4, ge=1, le=10, description="Most sentences in a brief.")
    decoding: DecodingSettings = Field(
        default_factory=DecodingSettings, description="Decoding of the English summariser."
    )
    translation_decoding: DecodingSettings = Field(
        default_factory=_translation_decoding,
        description="Decoding of the translators (max_new_tokens caps one sentence).",
    )
    batch_size: int = Field(
        8, ge=1, le=256, description="Sentences or chunks decoded together in one batch."
    )
    max_input_tokens: int = Field(
        0,
        ge=0,
        le=16384,
        description="Cap on tokens per model input; 0 uses each model's own limit.",
    )
    cache_size: int = Field(
        256, ge=0, le=100_000, description="Briefs kept in the in-process cache; 0 turns it off."
    )


class GuardSettings(StrictModel):
    """The faithfulness and neutrality guard that every brief passes before it is sent."""

    lexicon_dir: Path = Field(
        Path("config/lexicon"),
        description="Folder of loaded-language lexicons, one {en,ar,he}.toml per language.",
    )
    judge_model: str = Field(
        "",
        description=(
            "Hugging Face id or local path of an NLI (entailment) model that judges each claim"
            " against its source sentences; empty: no judge."
        ),
    )
    judge_contradiction: float = Field(
        0.5,
        gt=0.0,
        le=1.0,
        description="A claim the judge finds contradicted with at least this probability fails.",
    )
    judge_min_entailment: float = Field(
        0.0,
        ge=0.0,
        lt=1.0,
        description=(
            "A claim the judge finds entailed with less than this probability fails; 0: off."
        ),
    )
    judge_max_length: int = Field(
        512, ge=16, le=8192, description="Most tokens of one premise and claim pair for the judge."
    )
    judge_batch_size: int = Field(
        8, ge=1, le=256, description="Claim and premise pairs the judge reads together."
    )

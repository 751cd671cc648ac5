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
    min_new_tokens: int = Field(30, ge=0, description="Shortest summary, in tokens.")
    max_new_tokens: int = Field(120, ge=1, le=1024, description="Longest summary, in tokens.")
    no_repeat_ngram_size: int = Field(3, ge=0, description="Forbid repeating n-grams of this size.")
    length_penalty: float = Field(1.0, description="Beam-search length penalty (>1 favours long).")


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
    threads: int = Field(0, ge=0, description="CPU threads for inference; 0 picks the core count.")
    ct2_compute_type: str = Field("int8", description="CTranslate2 compute type (int8, float32…).")
    summary_sentences_max: int = Field(4, ge=1, le=10, description="Most sentences in a brief.")
    decoding: DecodingSettings = Field(default_factory=DecodingSettings)


class GuardSettings(StrictModel):
    """The faithfulness and neutrality guard that every brief passes before it is sent."""

    lexicon_dir: Path = Field(
        Path("config/lexicon"),
        description="Folder of loaded-language lexicons, one {en,ar,he}.toml per language.",
    )

"""The CTranslate2 backend: the Hugging Face checkpoint converted once (int8 by default)."""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from pathlib import Path

from summarizer.backends.base import (
    DecodeParams,
    Generation,
    TokenCounter,
    input_limit,
    load_tokenizer,
    quiet_transformers,
)

CONVERTED_MARKER = "triglot_converted.txt"


def convert_checkpoint(hf_path: Path, target: Path, compute_type: str) -> Path:
    """Convert ``hf_path`` into ``target`` unless a finished conversion is already there.

    The conversion is written to a temporary folder and moved into place at the end, so a
    crash or a second process never leaves a half-converted model to be loaded later.
    """
    if (target / CONVERTED_MARKER).is_file():
        return target
    from ctranslate2.converters import TransformersConverter

    quiet_transformers()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        output = staging / "model"
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*sacremoses.*")
            TransformersConverter(str(hf_path)).convert(
                str(output), quantization=compute_type, force=True
            )
        (output / CONVERTED_MARKER).write_text(f"{hf_path}\n{compute_type}\n", "utf-8")
        if target.exists():
            shutil.rmtree(target)
        try:
            output.rename(target)
        except OSError:
            if not (target / CONVERTED_MARKER).is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


class CTranslate2Backend(TokenCounter):
    """A converted model run by ``ctranslate2.Translator``; tokenizer from the checkpoint."""

    def __init__(
        self,
        hf_path: Path,
        ct2_path: Path,
        model_id: str,
        *,
        compute_type: str = "int8",
        threads: int = 0,
        max_input: int = 0,
    ):
        import ctranslate2
        from transformers import AutoConfig

        self.model_id = model_id
        self.tokenizer = load_tokenizer(hf_path)
        config = AutoConfig.from_pretrained(str(hf_path))
        self.max_input_tokens = input_limit(self.tokenizer, config, max_input)
        self.translator = ctranslate2.Translator(
            str(ct2_path),
            device="cpu",
            compute_type=compute_type,
            inter_threads=1,
            intra_threads=threads or (os.cpu_count() or 1),
        )

    def _source_tokens(self, text: str) -> list[str]:
        ids = self.tokenizer(text, truncation=True, max_length=self.max_input_tokens).input_ids
        tokens: list[str] = self.tokenizer.convert_ids_to_tokens(ids)
        eos = self.tokenizer.eos_token
        if eos is not None and (not tokens or tokens[-1] != eos):  # CTranslate2 needs it
            tokens.append(eos)
        return tokens

    def generate(self, texts: list[str], params: DecodeParams) -> list[Generation]:
        if not texts:
            return []
        results = self.translator.translate_batch(
            [self._source_tokens(text) for text in texts],
            beam_size=params.num_beams,
            min_decoding_length=params.min_new_tokens,
            max_decoding_length=params.max_new_tokens,
            no_repeat_ngram_size=params.no_repeat_ngram_size,
            length_penalty=params.length_penalty,
        )
        generations = []
        for result in results:
            tokens = result.hypotheses[0]
            ids = self.tokenizer.convert_tokens_to_ids(tokens)
            text = self.tokenizer.decode(ids, skip_special_tokens=True).strip()
            generations.append(Generation(text, len(tokens)))
        return generations

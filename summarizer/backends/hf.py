"""The transformers backend: ``AutoModelForSeq2SeqLM.generate`` in PyTorch (fp32, CPU)."""

from __future__ import annotations

from pathlib import Path

from summarizer.backends.base import (
    DecodeParams,
    Generation,
    TokenCounter,
    input_limit,
    load_tokenizer,
    quiet_transformers,
)


class TransformersBackend(TokenCounter):
    """A Hugging Face checkpoint run with ``generate``; ``threads`` > 0 sets torch's pool."""

    def __init__(self, path: Path, model_id: str, *, threads: int = 0, max_input: int = 0):
        import torch
        from transformers import AutoModelForSeq2SeqLM

        quiet_transformers()
        if threads:
            torch.set_num_threads(threads)
        self.model_id = model_id
        self.tokenizer = load_tokenizer(path)
        self.model = AutoModelForSeq2SeqLM.from_pretrained(str(path)).eval()
        self.max_input_tokens = input_limit(self.tokenizer, self.model.config, max_input)

    def generate(self, texts: list[str], params: DecodeParams) -> list[Generation]:
        import torch

        if not texts:
            return []
        inputs = self.tokenizer(
            texts,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_input_tokens,
        )
        with torch.inference_mode():
            output = self.model.generate(
                **inputs,
                num_beams=params.num_beams,
                min_new_tokens=params.min_new_tokens,
                max_new_tokens=params.max_new_tokens,
                no_repeat_ngram_size=params.no_repeat_ngram_size,
                length_penalty=params.length_penalty,
                **({"early_stopping": True} if params.num_beams > 1 else {}),
            )
        special = {self.tokenizer.pad_token_id, self.tokenizer.eos_token_id}
        special.add(self.model.generation_config.decoder_start_token_id)
        results = []
        for row in output.tolist():
            body = row[1:]  # the decoder start token
            tokens = sum(1 for token in body if token not in special)
            text = self.tokenizer.decode(body, skip_special_tokens=True).strip()
            results.append(Generation(text, tokens))
        return results

"""Tiny offline models for every step of the pipeline (tests and offline demos).

Each tiny model is a small random-weight Marian seq2seq model saved exactly like a
Hugging Face checkpoint (``config.json``, ``model.safetensors``, ``vocab.json``,
``source.spm``/``target.spm``), so it loads through the same ``from_pretrained`` and
CTranslate2 conversion code as a real model. The sentencepiece vocabulary is trained here,
in a fraction of a second, on ``resources/tiny_corpus.txt`` (English, Arabic and Hebrew) with
byte fallback, so no character ever becomes ``<unk>``.

What the random weights write is noise, but noise in the right script: the output layer's
``final_logits_bias`` pushes every piece containing letters of another script (and every
raw byte piece) far down, so the English summariser writes Latin letters, en-ar writes
Arabic and en-he writes Hebrew. Tests use that to see that each language lands where it
should.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from summarizer.types import SourceLanguage

CORPUS_PATH = Path(__file__).with_name("resources") / "tiny_corpus.txt"
TINY_VERSION = "1"
VOCAB_SIZE = 1000
MAX_POSITIONS = 512
# Step name -> language its output is written in.
TINY_STEPS: dict[str, str] = {
    "summarizer": "en",
    "en-ar": "ar",
    "en-he": "he",
    "ar-en": "en",
    "he-en": "en",
}
_BLOCKED = -40.0  # pieces of another script: never chosen
_NEUTRAL = -4.0  # digits and punctuation: rarely chosen, never banned
_EOS = -2.0
_INNER = -1.0  # pieces inside a word: a little less likely, so the noise has words


def script_of(char: str) -> SourceLanguage | None:
    """The language whose script ``char`` belongs to, or None for a non-letter."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = unicodedata.name(char, "")
    if name.startswith("HEBREW"):
        return "he"
    if name.startswith("ARABIC"):
        return "ar"
    if name.startswith("LATIN"):
        return "en"
    return "other"


def corpus_lines() -> list[str]:
    """The packaged training text, one sentence a line."""
    lines = CORPUS_PATH.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


# Marian's special pieces: ``</s>`` is 0, ``<unk>`` is 1, no ``<s>``; ``<pad>`` is added
# after the last piece by :func:`write_tokenizer`.
MARIAN_SPECIALS: dict[str, Any] = {"eos_id": 0, "unk_id": 1, "bos_id": -1, "pad_id": -1}


def train_vocabulary(
    vocab_size: int = VOCAB_SIZE,
    lines: list[str] | None = None,
    specials: dict[str, Any] | None = None,
) -> bytes:
    """Train a sentencepiece model (unigram, byte fallback); returns its bytes.

    ``lines`` default to the packaged corpus; ``vocab_size`` is an upper bound (a small
    corpus yields fewer pieces). ``specials`` are sentencepiece's options for the special
    pieces (ids and names); they default to Marian's (:data:`MARIAN_SPECIALS`).
    """
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines if lines is not None else corpus_lines()),
        model_writer=buffer,
        vocab_size=vocab_size,
        model_type="unigram",
        byte_fallback=True,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        **(MARIAN_SPECIALS if specials is None else specials),
    )
    return buffer.getvalue()


def vocabulary_pieces(spm_bytes: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=spm_bytes)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def write_tokenizer(
    directory: Path,
    spm_bytes: bytes,
    pieces: list[str],
    *,
    src: str,
    tgt: str,
    filler: int = 0,
    max_length: int = MAX_POSITIONS,
    bos: bool = False,
) -> None:
    """Write a MarianTokenizer: both sentencepiece files, vocab.json, tokenizer_config.json.

    ``filler`` unused entries pad the vocabulary (benchmarks use this to reach the size of
    a real model's embedding matrix); ``<pad>`` is always the last id, as in Marian.
    ``bos`` adds a ``<s>`` token, which BART-style models (and their CTranslate2
    conversion) expect to exist.
    """
    (directory / "source.spm").write_bytes(spm_bytes)
    (directory / "target.spm").write_bytes(spm_bytes)
    vocab = {piece: index for index, piece in enumerate(pieces)}
    if bos:
        vocab["<s>"] = len(vocab)
    for extra in range(filler - int(bos)):
        vocab[f"<unused_{extra}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), "utf-8")
    tokenizer_config = {
        "tokenizer_class": "MarianTokenizer",
        "source_lang": src,
        "target_lang": tgt,
        "model_max_length": max_length,
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "pad_token": "<pad>",
        **({"bos_token": "<s>"} if bos else {}),
    }
    (directory / "tokenizer_config.json").write_text(json.dumps(tokenizer_config), "utf-8")


def output_bias(pieces: list[str], target: str) -> list[float]:
    """Per-piece logit bias that keeps the output in ``target``'s script (pad last)."""
    bias: list[float] = []
    for index, piece in enumerate(pieces):
        scripts = {script_of(ch) for ch in piece} - {None}
        if index == 0:
            bias.append(_EOS)
        elif piece.startswith("<"):  # <unk> and raw byte pieces
            bias.append(_BLOCKED)
        elif not scripts:
            bias.append(_NEUTRAL)
        else:
            word_start = 0.0 if piece.startswith("▁") else _INNER
            bias.append(word_start if scripts == {target} else _BLOCKED)
    return [*bias, _BLOCKED]  # <pad>


def _build_one(directory: Path, step: str, spm_bytes: bytes, pieces: list[str], seed: int) -> None:
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel

    from summarizer.backends.base import quiet_transformers

    quiet_transformers()

    src, tgt = ("en", "en") if step == "summarizer" else step.split("-")
    vocab_size = len(pieces) + 1
    config = MarianConfig(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=MAX_POSITIONS,
        pad_token_id=vocab_size - 1,
        eos_token_id=0,
        decoder_start_token_id=vocab_size - 1,
        forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
        init_std=0.5,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    with torch.no_grad():
        model.final_logits_bias.copy_(torch.tensor([output_bias(pieces, tgt)]))
    model.generation_config = GenerationConfig(  # type: ignore[no-untyped-call]
        decoder_start_token_id=vocab_size - 1,
        eos_token_id=0,
        pad_token_id=vocab_size - 1,
        forced_eos_token_id=0,
    )
    model.save_pretrained(directory)
    write_tokenizer(directory, spm_bytes, pieces, src=src, tgt=tgt)
    marker = {"triglot_tiny": TINY_VERSION, "step": step, "seed": seed}
    (directory / "triglot_tiny.json").write_text(json.dumps(marker), "utf-8")


def is_tiny_model(directory: Path) -> bool:
    marker = directory / "triglot_tiny.json"
    return (
        marker.is_file()
        and json.loads(marker.read_text("utf-8")).get("triglot_tiny") == TINY_VERSION
    )


def build_tiny_models(root: Path, *, force: bool = False) -> dict[str, Path]:
    """Build every tiny model under ``root/<step>``; returns step -> directory.

    Models already built (same tiny version) are kept unless ``force``. Each one is
    written to a temporary folder and moved into place, so a crash never leaves half a
    model behind and two processes building at once both end up with a whole one.
    """
    root.mkdir(parents=True, exist_ok=True)
    spm_bytes: bytes | None = None
    built: dict[str, Path] = {}
    for seed, step in enumerate(TINY_STEPS, start=1):
        target = root / step
        built[step] = target
        if is_tiny_model(target) and not force:
            continue
        if spm_bytes is None:
            spm_bytes = train_vocabulary()
            pieces = vocabulary_pieces(spm_bytes)
        staging = Path(tempfile.mkdtemp(prefix=f".{step}-", dir=root))
        try:
            _build_one(staging, step, spm_bytes, pieces, seed)
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        except OSError:
            if not is_tiny_model(target):  # nobody else finished it either
                raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return built

"""Inference backends: one interface (``Seq2SeqBackend``), two engines.

``transformers`` runs ``AutoModelForSeq2SeqLM.generate`` in PyTorch; ``ctranslate2`` runs
the same checkpoint converted once to CTranslate2 (int8 by default).
"""

from summarizer.backends.base import DecodeParams, Generation, Seq2SeqBackend

__all__ = ["DecodeParams", "Generation", "Seq2SeqBackend"]

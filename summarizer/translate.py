"""Translation of whole texts, sentence by sentence in batches, with a protected variant.

``translate_texts`` splits every text into sentences, translates all of them in batches of
similar length (one model call per batch, whatever the number of texts), and joins each
text back together. ``translate_protected`` is what the guard asks for when a translation
lost a number or a name: those spans are cut out of the sentence and kept verbatim, and
only the words between them are translated. Placeholder tokens are not used because
translation models drop or mangle them unpredictably; text that is never shown to the
model cannot be changed by it.
"""

from __future__ import annotations

import re

from summarizer.backends.base import DecodeParams, Seq2SeqBackend, generate_batched
from summarizer.chunking import chunk_sentences
from summarizer.text import split_sentences

# A number (digits with separators, optional percent) or a run of capitalised words.
_PROTECTED = re.compile(
    r"\d(?:[\d,.:/]*\d)?%?"
    r"|(?:[A-Z]\.){2,}"
    r"|[A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ben|de|of|the)\s+)?[A-Z][\w'’-]*)*"
)
# Capitalised only because they start a sentence; not names.
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "or",
        "as",
        "after",
        "before",
        "while",
        "when",
        "where",
        "why",
        "how",
        "what",
        "who",
        "according",
        "officials",
        "there",
        "here",
        "its",
        "his",
        "her",
        "their",
        "our",
        "some",
        "many",
        "most",
        "several",
        "both",
        "each",
        "every",
        "no",
        "not",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "if",
        "since",
        "during",
        "until",
        "despite",
        "meanwhile",
        "however",
        "also",
    ]
)


def translation_cap(input_tokens: int) -> int:
    """Longest translation of an input: generous, but stops a model that rambles on."""
    return 2 * input_tokens + 16


def translate_sentences(
    backend: Seq2SeqBackend, sentences: list[str], params: DecodeParams, batch_size: int
) -> list[str]:
    """Translate sentences (each once, even if repeated) in batches; same order back."""
    unique = list(dict.fromkeys(sentences))
    generations = generate_batched(backend, unique, params, batch_size, output_cap=translation_cap)
    translated = {source: g.text for source, g in zip(unique, generations, strict=True)}
    return [translated[s] for s in sentences]


def model_sentences(backend: Seq2SeqBackend, text: str) -> list[str]:
    """The sentences of ``text``, any too long for the model cut between words."""
    limit = max(1, backend.max_input_tokens - 2)  # room for the special tokens
    return chunk_sentences(split_sentences(text), backend.count_tokens, limit, join=False)


def translate_texts(
    backend: Seq2SeqBackend, texts: list[str], params: DecodeParams, batch_size: int
) -> tuple[list[str], list[int]]:
    """Translate every text sentence by sentence; returns texts and sentences per text."""
    pairs = translate_pairs(backend, texts, params, batch_size)
    joined = [" ".join(t for _, t in text_pairs) for text_pairs in pairs]
    return joined, [len(text_pairs) for text_pairs in pairs]


def translate_pairs(
    backend: Seq2SeqBackend, texts: list[str], params: DecodeParams, batch_size: int
) -> list[list[tuple[str, str]]]:
    """Each text's (sentence, translation) pairs: the map from a translation back to the
    original sentences (the guard reports which original sentence backs a claim)."""
    per_text = [model_sentences(backend, text) for text in texts]
    flat = [sentence for sentences in per_text for sentence in sentences]
    translated = iter(translate_sentences(backend, flat, params, batch_size))
    return [[(sentence, next(translated)) for sentence in sentences] for sentences in per_text]


def protected_segments(sentence: str) -> list[tuple[str, bool]]:
    """Cut a sentence into (text, protected) parts: numbers and names are protected."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for match in _PROTECTED.finditer(sentence):
        span = match.group(0)
        at_start = not sentence[: match.start()].strip(" \"'“‘(")
        if at_start and " " not in span and span.lower() in _SENTENCE_STARTERS:
            continue
        parts.append((sentence[position : match.start()], False))
        parts.append((span, True))
        position = match.end()
    parts.append((sentence[position:], False))
    return [(text.strip(), protected) for text, protected in parts if text.strip()]


def translate_protected(
    backend: Seq2SeqBackend, text: str, params: DecodeParams, batch_size: int
) -> str:
    """Translate ``text`` keeping every number and name exactly as written."""
    sentences = [protected_segments(s) for s in split_sentences(text)]
    to_translate = [
        part
        for parts in sentences
        for part, protected in parts
        if not protected and any(ch.isalpha() for ch in part)
    ]
    translated = dict(
        zip(
            to_translate,
            translate_sentences(backend, to_translate, params, batch_size),
            strict=True,
        )
    )
    out = []
    for parts in sentences:
        words = [part if protected else translated.get(part, part) for part, protected in parts]
        out.append(" ".join(word for word in words if word))
    return " ".join(out)

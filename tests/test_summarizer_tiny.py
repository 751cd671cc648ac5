"""Tiny models: real tokenizers that lose no character, each model writing its own script."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.backends.base import DecodeParams
from summarizer.models import ModelStore
from summarizer.tiny import TINY_STEPS, build_tiny_models
from tests.auxil.tiny_models import letter_scripts

SCRIPT = {"en": "latin", "ar": "arabic", "he": "hebrew"}
SAMPLES = [
    "قُتل 42 شخصاً وأُصيب ١٢٠ آخرون في 3 غارات، بحسب وزارة الصحة (2024).",
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ — ٠١٢٣٤٥٦٧٨٩",
    "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ.",
    'צה"ל יירט 15 רקטות ב־03:40; 7 נפצעו קל. ₪1,250',
    "Mixed: Gaza غزة עזה 3.5% — emoji 🕊️ and zero-width joiner‍.",
]


@pytest.mark.parametrize("step", list(TINY_STEPS))
@pytest.mark.parametrize("text", SAMPLES)
def test_text_round_trips_through_every_tokenizer(tiny_settings, step: str, text: str) -> None:
    backend = ModelStore(tiny_settings("transformers")).load(step)
    tokenizer = backend.tokenizer
    ids = tokenizer(text).input_ids
    assert tokenizer.unk_token_id not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == text
    # The CTranslate2 path goes through token strings, and must not lose anything either.
    tokens = tokenizer.convert_ids_to_tokens(ids)
    assert (
        tokenizer.decode(tokenizer.convert_tokens_to_ids(tokens), skip_special_tokens=True) == text
    )


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
@pytest.mark.parametrize("step", list(TINY_STEPS))
def test_each_tiny_model_writes_only_in_its_target_script(
    tiny_settings, backend: str, step: str
) -> None:
    model = ModelStore(tiny_settings(backend)).load(step)
    sources = [
        "The minister met his counterpart in Cairo on Monday.",
        "التقى وزير الخارجية نظيره في القاهرة.",
        "שר החוץ נפגש עם עמיתו בקהיר.",
    ]
    outputs = model.generate(
        sources, DecodeParams(num_beams=2, min_new_tokens=5, max_new_tokens=20)
    )
    for output in outputs:
        assert output.text.strip()
        assert letter_scripts(output.text) == {SCRIPT[TINY_STEPS[step]]}


def test_tiny_models_load_through_the_ordinary_hugging_face_path(tiny_cache: Path) -> None:
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    folder = tiny_cache / "tiny" / "en-ar"
    assert (folder / "config.json").is_file() and (folder / "model.safetensors").is_file()
    assert type(AutoTokenizer.from_pretrained(folder)).__name__ == "MarianTokenizer"
    assert type(AutoModelForSeq2SeqLM.from_pretrained(folder)).__name__ == "MarianMTModel"


def test_build_keeps_existing_models_unless_forced(tmp_path: Path) -> None:
    built = build_tiny_models(tmp_path)
    weights = built["en-he"] / "model.safetensors"
    first = weights.stat().st_mtime_ns
    build_tiny_models(tmp_path)
    assert weights.stat().st_mtime_ns == first
    build_tiny_models(tmp_path, force=True)
    assert weights.stat().st_mtime_ns != first

"""NLI (entailment) checkpoints built offline, for the guard's judge (tests and bench).

Each is a random-weight DeBERTa-v2 sequence classifier (the architecture of
MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli) with a sentencepiece vocabulary
trained on the packaged tiny corpus (:func:`summarizer.tiny.train_vocabulary`), saved with
``save_pretrained`` so that it loads through the same ``AutoTokenizer`` /
``AutoModelForSequenceClassification`` path as a real one.

With ``probabilities`` the verdict is fixed, whatever the text: the classifier's weights
are zeroed and its bias is the log of the wanted probabilities. Without them the head is
random (for speed measurements: cost depends on shape, not on what was learnt).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from summarizer.tiny import train_vocabulary

NLI_LABELS: dict[int, str] = {0: "entailment", 1: "neutral", 2: "contradiction"}
# A tiny shape (loads in a moment) and mDeBERTa-v3-base's (all but its 250k vocabulary,
# which costs memory, not time: one row is looked up per token).
TINY_SHAPE: dict[str, int] = {
    "hidden_size": 32,
    "num_hidden_layers": 1,
    "num_attention_heads": 2,
    "intermediate_size": 64,
}
BASE_SHAPE: dict[str, int] = {
    "hidden_size": 768,
    "num_hidden_layers": 12,
    "num_attention_heads": 12,
    "intermediate_size": 3072,
}
# DeBERTa-v3's special pieces: [PAD] 0, [CLS] 1, [SEP] 2, [UNK] 3, then [MASK].
_SPECIALS: dict[str, object] = {
    "pad_id": 0,
    "bos_id": 1,
    "eos_id": 2,
    "unk_id": 3,
    "pad_piece": "[PAD]",
    "bos_piece": "[CLS]",
    "eos_piece": "[SEP]",
    "unk_piece": "[UNK]",
    "user_defined_symbols": ["[MASK]"],
}


@cache
def _vocabulary() -> bytes:
    return train_vocabulary(specials=_SPECIALS)


def build_nli_model(
    folder: Path,
    *,
    probabilities: tuple[float, ...] | None = None,
    labels: dict[int, str] | None = None,
    shape: dict[str, int] | None = None,
    seed: int = 0,
) -> Path:
    """Write an NLI checkpoint into ``folder`` and return it.

    ``probabilities`` (one per label, in ``labels``' order) fix its verdict; ``labels``
    default to :data:`NLI_LABELS`; ``shape`` to :data:`TINY_SHAPE`.
    """
    import sentencepiece as spm
    import torch
    from transformers import DebertaV2Config, DebertaV2ForSequenceClassification

    labels = dict(NLI_LABELS if labels is None else labels)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "spm.model").write_bytes(_vocabulary())
    tokenizer_config = {
        "tokenizer_class": "DebertaV2Tokenizer",
        "model_max_length": 512,
        "do_lower_case": False,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config), "utf-8")
    vocab_size = spm.SentencePieceProcessor(model_proto=_vocabulary()).get_piece_size()
    config = DebertaV2Config(
        vocab_size=vocab_size,
        **(TINY_SHAPE if shape is None else shape),
        max_position_embeddings=512,
        relative_attention=True,
        position_buckets=256,
        max_relative_positions=-1,
        pos_att_type=["p2c", "c2p"],
        position_biased_input=False,
        norm_rel_ebd="layer_norm",
        share_att_key=True,
        type_vocab_size=0,
        pad_token_id=0,
        id2label=labels,
        label2id={name: index for index, name in labels.items()},
    )
    torch.manual_seed(seed)
    model = DebertaV2ForSequenceClassification(config)
    if probabilities is not None:
        assert len(probabilities) == len(labels), "one probability per label"
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.copy_(torch.tensor([math.log(p) for p in probabilities]))
    model.save_pretrained(folder)
    return folder

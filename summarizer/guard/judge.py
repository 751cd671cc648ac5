"""The entailment judge: a learnt natural-language-inference (NLI) model that reads a premise
and a hypothesis and says how likely the premise entails, leaves open, or contradicts it.

The guard's rules ask lexical questions ("does this figure occur in the aligned
sentence?"); the judge reads meaning: a synonym, a reversed claim, a dropped "may have".
It is optional (``guard.judge_model``, off by default) and runs any sequence-classification
NLI checkpoint, multilingual ones included, from a Hugging Face id (through the local hub
cache the other models use, never downloaded here: ``triglot models prepare`` fetches it)
or a local folder, in PyTorch on the CPU.

Which output is which comes from the checkpoint's ``config.id2label`` (case-insensitive):
an ``entailment`` label is required, a ``contradiction`` label is used when there is one,
and every other label (``neutral``, ``not_entailment``) counts as neutral.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ModelNotAvailable, SummarizerError

SETTING = "guard.judge_model"


class JudgeError(SummarizerError):
    """The configured judge cannot be used: missing, not an NLI model, or unreadable."""


@dataclass(frozen=True)
class Verdict:
    """The judge's probabilities for one (premise, hypothesis) pair; they sum to 1."""

    entailment: float
    neutral: float
    contradiction: float

    def to_dict(self) -> dict[str, float]:
        return {
            "entailment": round(self.entailment, 4),
            "neutral": round(self.neutral, 4),
            "contradiction": round(self.contradiction, 4),
        }


@dataclass(frozen=True)
class Labels:
    """Which output index is entailment, which contradiction (None: the model has none)."""

    entailment: int
    contradiction: int | None
    count: int


def find_labels(id2label: dict[int, str] | dict[str, str], model: str) -> Labels:
    """The entailment and contradiction outputs named by ``id2label``; JudgeError when the
    model names no entailment output (it is not an NLI model, or its labels are generic)."""
    names = {int(index): str(name).strip().lower() for index, name in id2label.items()}
    entailment = [i for i, name in names.items() if name in ("entailment", "entailed")]
    contradiction = [i for i, name in names.items() if name in ("contradiction", "contradicted")]
    if len(names) < 2 or len(entailment) != 1 or len(contradiction) > 1:
        shown = ", ".join(f"{i}: {names[i]}" for i in sorted(names)) or "none"
        raise JudgeError(
            f"{SETTING} = {model!r} is not a usable entailment model: its config.id2label"
            f" ({shown}) must name exactly one 'entailment' output (and at most one"
            " 'contradiction'); use a natural-language-inference checkpoint such as"
            " MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli"
        )
    return Labels(entailment[0], contradiction[0] if contradiction else None, len(names))


def judge_folder(reference: str, cache_dir: Path) -> Path:
    """The judge's checkpoint folder: a local folder, or the id's snapshot in the local hub
    cache (``cache_dir/hf``); JudgeError naming the setting and the fix when it is missing."""
    from summarizer.models import checkpoint_folder

    try:
        return checkpoint_folder(reference, cache_dir)
    except ModelNotAvailable as exc:
        raise JudgeError(
            f"{SETTING} = {reference!r} is not available: {exc.reason}. Run `triglot models"
            f" prepare` on a machine with network access to download it into {cache_dir},"
            f' or set {SETTING} = "" to check briefs without the judge.'
        ) from None


def read_labels(folder: Path, reference: str) -> Labels:
    """The checkpoint's labels, from its config alone (no weights are read)."""
    from transformers import AutoConfig

    try:
        config = AutoConfig.from_pretrained(str(folder))
    except (OSError, ValueError) as exc:
        raise JudgeError(f"{SETTING} = {reference!r}: cannot read its config ({exc})") from None
    return find_labels(config.id2label or {}, reference)


class EntailmentJudge:
    """A loaded NLI checkpoint: :meth:`judge` gives each (premise, hypothesis) pair's
    probabilities. Build it with :func:`load_judge` (which shares one copy per process)."""

    def __init__(
        self, folder: Path, reference: str, *, max_length: int = 512, batch_size: int = 8
    ) -> None:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        from summarizer.backends.base import quiet_transformers
        from summarizer.models import folder_fingerprint

        quiet_transformers()
        self.reference = reference
        self.labels = read_labels(folder, reference)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(folder))
            model = AutoModelForSequenceClassification.from_pretrained(str(folder))
        except (OSError, ValueError) as exc:
            raise JudgeError(
                f"{SETTING} = {reference!r} cannot be loaded as a sequence-classification"
                f" model ({exc})"
            ) from None
        self.model = model.eval()
        if self.model.config.num_labels != self.labels.count:
            raise JudgeError(
                f"{SETTING} = {reference!r}: its config names {self.labels.count} labels but"
                f" the model has {self.model.config.num_labels} outputs"
            )
        positions = getattr(self.model.config, "max_position_embeddings", None) or max_length
        self.max_length = min(max_length, positions)
        self.batch_size = batch_size
        #: ``reference@version``: which weights gave a verdict (part of the guard's fingerprint)
        self.identity = f"{reference}@{folder_fingerprint(folder)}"
        self._lock = threading.Lock()  # one forward pass at a time: the cores are shared

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
        """Per (premise, hypothesis) pair, in order, the probabilities of entailment,
        neutral and contradiction. Pairs are read in batches of similar length; a pair
        longer than ``max_length`` tokens is truncated (the longer side first)."""
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        verdicts: dict[int, Verdict] = {}
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            rows = self._probabilities([pairs[i] for i in batch])
            verdicts.update(zip(batch, (self._verdict(row) for row in rows), strict=True))
        return [verdicts[i] for i in range(len(pairs))]

    def _probabilities(self, pairs: list[tuple[str, str]]) -> list[list[float]]:
        import torch

        inputs = self.tokenizer(
            [premise for premise, _ in pairs],
            [hypothesis for _, hypothesis in pairs],
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_length,
        )
        with self._lock, torch.no_grad():
            logits = self.model(**inputs).logits
        rows: list[list[float]] = logits.float().softmax(dim=-1).tolist()
        return rows

    def _verdict(self, row: list[float]) -> Verdict:
        entailment = row[self.labels.entailment]
        index = self.labels.contradiction
        contradiction = row[index] if index is not None else 0.0
        neutral = max(0.0, 1.0 - entailment - contradiction)
        return Verdict(entailment, neutral, contradiction)


_LOADED: dict[tuple[str, str, int, int], EntailmentJudge] = {}
_LOADING = threading.Lock()


def load_judge(
    reference: str, cache_dir: Path, *, max_length: int = 512, batch_size: int = 8
) -> EntailmentJudge:
    """The judge of ``reference`` (local folder or hub id in ``cache_dir``'s hub cache),
    loaded once per process and shared: the pipeline's guard and the console's use one
    copy of the weights. Raises JudgeError with the fix when it cannot be used."""
    folder = judge_folder(reference, cache_dir)
    from summarizer.models import folder_fingerprint

    key = (str(folder.resolve()), folder_fingerprint(folder), max_length, batch_size)
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = EntailmentJudge(
                folder, reference, max_length=max_length, batch_size=batch_size
            )
        return _LOADED[key]


def prepare_judge(
    reference: str, cache_dir: Path, report: Callable[[str], None] = lambda stage: None
) -> Path:
    """Fetch the judge's checkpoint into the hub cache under ``cache_dir`` (a hub id not
    there yet; a local folder is used as it is) and check that it is an NLI model, for
    ``triglot models prepare``. ``report`` is told "download" and "done"."""
    from summarizer.models import download_checkpoint

    if not Path(reference).expanduser().is_dir():
        report("download")
    try:
        folder = download_checkpoint(reference, cache_dir)
    except ModelNotAvailable as exc:
        raise JudgeError(f"{SETTING} = {reference!r} cannot be fetched: {exc.reason}") from None
    read_labels(folder, reference)
    report("done")
    return folder

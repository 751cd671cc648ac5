"""Where each pipeline step's model lives, how it is loaded, and how it is prepared.

A *step* is "summarizer" or a language pair such as "en-ar". With ``preset = "tiny"`` every
step uses a tiny model built on first use under ``cache_dir/tiny``; with ``"default"`` a
step uses the configured Hugging Face id (from the local hub cache under ``cache_dir/hf``,
never downloaded implicitly) or local folder. The CTranslate2 backend converts a checkpoint
once into ``cache_dir/ct2`` and reuses it. :func:`checkpoint_folder` and
:func:`download_checkpoint` resolve and fetch any model by reference the same way (the
guard's entailment judge uses them too).
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from summarizer.backends.base import Seq2SeqBackend
from summarizer.errors import ModelNotAvailable, SummarizerError
from summarizer.settings import ModelSettings
from summarizer.tiny import TINY_STEPS, build_tiny_models, is_tiny_model

SUMMARIZER_STEP = "summarizer"
# Files a checkpoint needs; everything else in a hub repo (TF, Flax, Rust weights) is skipped.
_CHECKPOINT_FILES = ["*.json", "*.txt", "*.spm", "*.model", "*.safetensors"]


def _hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co")


def _check_hub_reachable(model: str) -> None:
    """Fail at once (not after a minute of retries) when the hub cannot be reached."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise ModelNotAvailable(model, "HF_HUB_OFFLINE is set, so nothing can be downloaded")
    parts = urlsplit(_hub_endpoint())
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname or "", port), timeout=5).close()
    except OSError as exc:
        raise ModelNotAvailable(
            model, f"cannot reach {parts.scheme}://{parts.hostname} to download it ({exc})"
        ) from None


def folder_fingerprint(directory: Path) -> str:
    """A short version id of a model folder: a hub commit, else a hash of its files."""
    if directory.parent.name == "snapshots":
        return directory.name[:12]
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(
                f"{path.relative_to(directory)}:{stat.st_size}:{stat.st_mtime_ns};".encode()
            )
    return digest.hexdigest()[:12]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "--", text).strip("-")


def checkpoint_folder(reference: str, cache_dir: Path) -> Path:
    """The local checkpoint folder of a model given by local path or Hugging Face id: the
    folder itself, or the id's snapshot in the hub cache under ``cache_dir/hf`` (never
    downloaded here). Raises ``ModelNotAvailable`` when there is none."""
    local = Path(reference).expanduser()
    if local.is_dir():
        return local
    if local.is_absolute() or reference.startswith((".", "~")) or reference.count("/") != 1:
        raise ModelNotAvailable(reference, f"there is no model folder at {local}")
    return _hub_checkpoint(reference, cache_dir)


def download_checkpoint(reference: str, cache_dir: Path) -> Path:
    """The checkpoint folder of ``reference``, downloaded into the hub cache under
    ``cache_dir/hf`` first when it is a hub id not there yet (only the files a checkpoint
    needs). Raises ``ModelNotAvailable`` at once when the hub cannot be reached."""
    if Path(reference).expanduser().is_dir():
        return Path(reference).expanduser()
    try:
        return _hub_checkpoint(reference, cache_dir)
    except ModelNotAvailable:
        pass
    _check_hub_reachable(reference)
    from huggingface_hub import list_repo_files, snapshot_download

    files = set(list_repo_files(reference))
    patterns = list(_CHECKPOINT_FILES)
    if not any(name.endswith(".safetensors") for name in files):
        patterns.append("pytorch_model.bin")
    snapshot_download(reference, cache_dir=cache_dir / "hf", allow_patterns=patterns)
    return _hub_checkpoint(reference, cache_dir)


def _hub_checkpoint(reference: str, cache_dir: Path) -> Path:
    """The cached hub snapshot of ``reference`` with its weights, or ModelNotAvailable."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        folder = Path(
            snapshot_download(reference, cache_dir=cache_dir / "hf", local_files_only=True)
        )
    except (LocalEntryNotFoundError, FileNotFoundError):
        raise ModelNotAvailable(reference) from None
    if not any(folder.glob("*.safetensors")) and not (folder / "pytorch_model.bin").exists():
        raise ModelNotAvailable(reference, "its weights were never downloaded")
    return folder


class ModelStore:
    """Resolves, loads (once) and prepares the model of each pipeline step."""

    def __init__(self, settings: ModelSettings) -> None:
        self.settings = settings
        self.cache_dir = Path(settings.cache_dir)
        self._loaded: dict[str, Seq2SeqBackend] = {}
        self._lock = threading.Lock()

    # -- which model ---------------------------------------------------------------------
    def steps(self) -> list[str]:
        """Every configured step: the summariser first, then the translators."""
        if self.settings.preset == "tiny":
            return list(TINY_STEPS)
        return [SUMMARIZER_STEP, *self.settings.translators]

    def reference(self, step: str) -> str:
        """The configured id or path of ``step``'s model (what users see in a brief)."""
        if self.settings.preset == "tiny":
            if step not in TINY_STEPS:
                raise SummarizerError(f"there is no tiny model for {step!r}")
            return f"triglot-tiny/{step}"
        if step == SUMMARIZER_STEP:
            return self.settings.summarizer
        try:
            return self.settings.translators[step]
        except KeyError:
            raise SummarizerError(
                f"no translator is configured for {step!r}: add it to [models.translators]"
            ) from None

    def has_step(self, step: str) -> bool:
        return step in self.steps()

    # -- where it is ---------------------------------------------------------------------
    def checkpoint_path(self, step: str) -> Path:
        """The local Hugging Face checkpoint folder of ``step`` (tiny: built if missing)."""
        reference = self.reference(step)
        if self.settings.preset == "tiny":
            path = self.cache_dir / "tiny" / step
            if not is_tiny_model(path):
                build_tiny_models(self.cache_dir / "tiny")
            return path
        return checkpoint_folder(reference, self.cache_dir)

    def converted_path(self, step: str) -> Path:
        """Where the CTranslate2 conversion of ``step``'s checkpoint lives (made once)."""
        from summarizer.backends.ct2 import convert_checkpoint

        checkpoint = self.checkpoint_path(step)
        compute = self.settings.ct2_compute_type
        name = f"{_slug(self.reference(step))}-{folder_fingerprint(checkpoint)}-{compute}"
        return convert_checkpoint(checkpoint, self.cache_dir / "ct2" / name, compute)

    def version(self, step: str) -> str:
        """``id@version`` of ``step``'s model, part of every brief's cache key."""
        return f"{self.reference(step)}@{folder_fingerprint(self.checkpoint_path(step))}"

    # -- loading -------------------------------------------------------------------------
    def load(self, step: str) -> Seq2SeqBackend:
        """The loaded backend of ``step``; loaded on first use and kept."""
        with self._lock:
            if step not in self._loaded:
                self._loaded[step] = self._load(step)
            return self._loaded[step]

    def _load(self, step: str) -> Seq2SeqBackend:
        reference = self.reference(step)
        checkpoint = self.checkpoint_path(step)
        options = {"threads": self.settings.threads, "max_input": self.settings.max_input_tokens}
        try:
            if self.settings.backend == "ctranslate2":
                from summarizer.backends.ct2 import CTranslate2Backend

                return CTranslate2Backend(
                    checkpoint,
                    self.converted_path(step),
                    reference,
                    compute_type=self.settings.ct2_compute_type,
                    **options,
                )
            from summarizer.backends.hf import TransformersBackend

            return TransformersBackend(checkpoint, reference, **options)
        except OSError as exc:  # a checkpoint with files missing
            raise ModelNotAvailable(reference, f"its files are incomplete ({exc})") from None

    # -- preparing -----------------------------------------------------------------------
    def prepare(self, step: str, report: Callable[[str], None] = lambda stage: None) -> None:
        """Download (default preset) or build (tiny) ``step``'s model, then convert it.

        ``report`` is told each stage ("download", "convert", "done") for progress display.
        Raises ``ModelNotAvailable`` at once when the hub cannot be reached.
        """
        reference = self.reference(step)
        if self.settings.preset == "default" and not Path(reference).expanduser().is_dir():
            report("download")
            download_checkpoint(reference, self.cache_dir)
        if self.settings.backend == "ctranslate2":
            report("convert")
            self.converted_path(step)
        else:
            self.checkpoint_path(step)
        report("done")

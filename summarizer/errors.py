"""Errors the summarizer raises on purpose, each with a message a person can act on."""

from __future__ import annotations

PREPARE_COMMAND = "triglot models prepare"


class SummarizerError(Exception):
    """Base of every error raised on purpose by the summarizer."""


class ModelNotAvailable(SummarizerError):
    """A configured model is not on this machine (or cannot be fetched right now)."""

    def __init__(self, model: str, reason: str = "it is not in the local model cache") -> None:
        self.model = model
        self.reason = reason
        super().__init__(
            f"model {model!r} is not available: {reason}. "
            f"Run `{PREPARE_COMMAND}` on a machine with network access to download and "
            'convert it, or set models.preset = "tiny" to use tiny offline models.'
        )

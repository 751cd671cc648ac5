"""Triglot's NLP library: article text in, neutral checked briefs in en/ar/he out.

    from summarizer import Summarizer
    brief = Summarizer.from_settings(ModelSettings(preset="tiny")).brief(text)

Heavy libraries (torch, transformers, ctranslate2) load only when a model is first used.
"""

from summarizer.cache import BriefCache, LRUBriefCache
from summarizer.errors import ModelNotAvailable, SummarizerError
from summarizer.jobs import SourceText
from summarizer.langid import detect_language
from summarizer.languages import LANGUAGES, Language
from summarizer.pipeline import Summarizer
from summarizer.types import Brief, BriefText

__all__ = [
    "LANGUAGES",
    "Brief",
    "BriefCache",
    "BriefText",
    "LRUBriefCache",
    "Language",
    "ModelNotAvailable",
    "SourceText",
    "Summarizer",
    "SummarizerError",
    "detect_language",
]

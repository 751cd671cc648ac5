"""Round 24 (speed): the shortcuts the guard takes must answer as the long way does."""

from __future__ import annotations

import unicodedata

from summarizer.guard.headline_only import _runs_of
from summarizer.guard.text import _APOSTROPHES, _DIGITS, _SEPARATORS, fold, normalize
from summarizer.text import ALEF_FOLD, strip_marks


def _normalize_long_way(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return strip_marks(text.translate(_DIGITS).translate(_SEPARATORS).translate(_APOSTROPHES))


def test_normalize_and_fold_take_the_ascii_shortcut_only_where_nothing_changes() -> None:
    # plain ASCII comes back as it is; a backtick is ASCII yet still becomes an apostrophe
    samples = [
        "The mayor said 12,000 left.",
        "the mayor`s office",
        "قال المسؤول إن ١٢٬٥ ألفاً غادروا",
        "אמר ראש העיר כי 12 עזבו",
        "café’s",
        "الأَقْصَى",
    ]
    for sample in samples:
        assert normalize(sample) == _normalize_long_way(sample)
        for word in sample.split():
            assert fold(word) == _normalize_long_way(word).lower().translate(ALEF_FOLD)
    assert normalize("the mayor`s office") == "the mayor's office"


def test_body_runs_are_kept_per_body_sentence() -> None:
    # two body sentences never share their runs, however alike: each run is kept with the
    # sentence (and the place in it) it comes from
    runs = _runs_of(
        [["talks", "cairo", "truce", "hostages"], ["talks", "cairo", "truce", "captives"]]
    )
    assert runs[("talks", "cairo", "truce")] == [(0, 0), (1, 0)]
    assert runs[("cairo", "truce", "hostages")] == [(0, 1)]
    assert runs[("cairo", "truce", "captives")] == [(1, 1)]

"""The shared real-world corpus (``../shared/realworld``) and its manifest, for tests."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    kind: str  # feed | page | malformed | text
    language: str  # en | ar | he | other
    original_url: str
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]
    notes: str

    @property
    def name(self) -> str:
        return self.path.name


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(" || ") if part.strip())


def manifest(root: Path = REALWORLD) -> list[CorpusFile]:
    """Every row of MANIFEST.tsv (empty when the corpus is absent)."""
    path = root / "MANIFEST.tsv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        CorpusFile(
            path=root / row["file"],
            kind=row["kind"],
            language=row["language"],
            original_url=row["original_url"],
            must_contain=_split(row["must_contain"]),
            must_not_contain=_split(row["must_not_contain"]),
            notes=row["notes"],
        )
        for row in rows
    ]


def of_kind(kind: str) -> list[CorpusFile]:
    return [f for f in manifest() if f.kind == kind]

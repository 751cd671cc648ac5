"""The guard on figure-dense sources, more shapes than ``bench/hostile.py --guard-only``.

    .venv/bin/python bench/hostile_figures.py [--timeout 60]

One guard check per row, each in a fresh child process (stopped after ``--timeout``
seconds): the guard as it was at ``GUARD_BASELINE`` (read from git into a temporary
folder) on a 20,000-character source, and the guard now on 20,000 and 80,000 characters,
so that growth shows. Sources: number words, Arabic-Indic digits, Hebrew prefixed digits,
many short sentences, one long sentence of different figures ("1 and 2 and 3 ..."). Two
briefs: a short one of two figures, and the first 1,500 characters of the source itself
(a model that copies the page: a brief of many figures).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from hostile import GUARD_BASELINE, baseline_tree  # noqa: E402

DISTINCT = "1 and 2 and 3 ..."
SHAPES = [
    ("en", "and five "), ("en", "5. "), ("en", DISTINCT),
    ("ar", "و٥ "), ("ar", "وخمسة "), ("ar", "قتل 5 أشخاص. "), ("ar", DISTINCT),
    ("he", "ב-5 "), ("he", "וחמישה "), ("he", "5. "), ("he", DISTINCT),
]  # fmt: skip
SHORT = {
    "en": "Officials said 5 people were hurt and 7 more died in Gaza City.",
    "ar": "قال مسؤولون إن 5 أشخاص أصيبوا و7 قتلوا في غزة.",
    "he": "גורמים אמרו כי 5 בני אדם נפצעו ו-7 נהרגו בעזה.",
}


def source_of(lang: str, unit: str, size: int) -> str:
    if unit == DISTINCT:
        joint = {"en": " and ", "ar": " و", "he": " ו-"}[lang]
        return joint.join(str(n) for n in range(1, size))[:size]
    return (unit * (size // len(unit) + 1))[:size]


def one(root: str, lang: str, unit: str, size: int, brief: str) -> float:
    import time

    sys.path.insert(0, root)
    from summarizer.guard import Guard

    guard = Guard.from_settings()
    source = source_of(lang, unit, size)
    text = SHORT[lang] if brief == "short" else source[:1500]
    started = time.perf_counter()
    guard.check(source, text, lang=lang)
    return time.perf_counter() - started


def timed(root: str, lang: str, unit: str, size: int, brief: str, timeout: float) -> str:
    command = [sys.executable, __file__, "--one", root, lang, unit, str(size), brief]
    try:
        out = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=True, cwd=REPO
        )
    except subprocess.TimeoutExpired:
        return f"> {format(timeout, 'g')} s"
    return f"{json.loads(out.stdout.strip().splitlines()[-1]):.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per check")
    parser.add_argument("--one", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        root, lang, unit, size, brief = args.one
        print(json.dumps(one(root, lang, unit, int(size), brief)))
        return
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"before: the guard at {GUARD_BASELINE}; now: this checkout\n")
    print("| source | brief | before, 20,000 | now, 20,000 | now, 80,000 |")
    print("|---|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        have_baseline = baseline_tree(Path(tmp))
        for lang, unit in SHAPES:
            for brief in ("short", "copy"):
                before = (
                    timed(tmp, lang, unit, 20_000, brief, args.timeout)
                    if have_baseline
                    else "(no git)"
                )
                now = [
                    timed(str(REPO), lang, unit, n, brief, args.timeout) for n in (20_000, 80_000)
                ]
                print(
                    f"| {lang} `{unit.strip()}` | {brief} | {before} | {' | '.join(now)} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()

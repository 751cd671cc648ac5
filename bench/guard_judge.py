"""What the entailment judge costs: the guard's time per check without it and with a judge
of real shape, in one run.

    .venv/bin/python bench/guard_judge.py [--repeats 3] [--shape base|tiny]

The inputs are bench/guard.py's speed inputs (bench/guard_speed.py): the 700-word article
of bench/summarize.py, the hand-written brief, model-like output of 300 words, and
model-like Arabic and Hebrew translations of the hand-written brief. The judge is a
random-weight DeBERTa-v2 sequence classifier with mDeBERTa-v3-base's dimensions (12
layers, hidden 768, 12 heads, feed-forward 3072; a small vocabulary, which changes memory,
not time), built offline (tests/auxil/tiny_nli.py) and loaded through the guard's own
path (``guard.judge_model``). Its verdicts are noise: cost depends on shape, not on what
was learnt; its accuracy cannot be measured here (no real NLI weights can be downloaded).
Its sentencepiece vocabulary (about 1,000 pieces, trained on a few KB) cuts an English
word into about 3.6 tokens where mDeBERTa's 250k-piece one needs about 1.3-1.5: the
figures overstate a real judge's cost (printed: tokens per word of the article).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.guard_speed import (  # noqa: E402
    HAND_BRIEF,
    model_like_output,
    model_like_translation,
    time_check,
)
from bench.summarize import bench_article, machine  # noqa: E402
from summarizer.guard import Guard  # noqa: E402
from summarizer.settings import GuardSettings  # noqa: E402
from tests.auxil.tiny_nli import BASE_SHAPE, TINY_SHAPE, build_nli_model  # noqa: E402

HEADLINE = "Mossad chief to Cairo"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="cold checks per figure")
    parser.add_argument("--shape", choices=("base", "tiny"), default="base")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    article = bench_article(700)
    plain = Guard.from_settings()
    with tempfile.TemporaryDirectory(prefix="triglot-judge-") as tmp:
        started = time.perf_counter()
        shape = BASE_SHAPE if args.shape == "base" else TINY_SHAPE
        folder = build_nli_model(Path(tmp) / "nli", shape=shape, seed=1)
        built = time.perf_counter() - started
        started = time.perf_counter()
        judged = Guard.from_settings(GuardSettings(judge_model=str(folder)))
        loaded = time.perf_counter() - started
        assert judged.judge is not None
        model = judged.judge.model
        params = sum(p.numel() for p in model.model.parameters()) / 1e6
        tokens = model.tokenizer(article, verbose=False)["input_ids"]
        per_word = len(tokens) / len(article.split())
        print(
            f"judge: DeBERTa-v2, {shape['num_hidden_layers']} layers, hidden"
            f" {shape['hidden_size']}, {params:.0f}M parameters (random weights); built in"
            f" {built:.1f} s, loaded in {loaded:.1f} s; max_length {model.max_length}, batch"
            f" {model.batch_size}; {per_word:.2f} tokens per word of the article"
        )
        checks = {
            "hand-written brief": lambda g: g.check(article, HAND_BRIEF, headline=HEADLINE),
            "model-like (300 words)": lambda g: g.check(
                article, model_like_output(article, 300), headline=HEADLINE
            ),
            "model-like ar translation": lambda g: g.check(
                "", model_like_translation("ar", 450), lang="ar", english_summary=HAND_BRIEF
            ),
            "model-like he translation": lambda g: g.check(
                "", model_like_translation("he", 450), lang="he", english_summary=HAND_BRIEF
            ),
        }
        judged.check(article, HAND_BRIEF)  # the first forward pass allocates: not counted
        print(f"guard per check on a {len(article.split())}-word article, median of"
              f" {args.repeats} cold checks:")  # fmt: skip
        print(f"{'check':<30}{'pairs':>7}{'no judge ms':>13}{'with judge ms':>15}{'ratio':>8}")
        for label, check in checks.items():
            pairs = sum(1 for e in check(judged).alignment if "judge" in e)
            without = time_check(lambda c=check: c(plain), repeats=args.repeats)
            with_judge = time_check(lambda c=check: c(judged), repeats=args.repeats)
            ratio = with_judge / without if without else float("inf")
            print(f"{label:<30}{pairs:>7}{without:>13.1f}{with_judge:>15.1f}{ratio:>7.0f}x")


if __name__ == "__main__":
    main()

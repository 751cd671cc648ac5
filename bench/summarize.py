"""Benchmark: one brief of a 700-word English article in English, Arabic and Hebrew.

Random-weight models with the real architectures of the default models
(sshleifer/distilbart-cnn-12-6; Helsinki-NLP opus-mt-tc-big-en-ar, opus-mt-en-he,
opus-mt-ar-en) are built from their configurations (nothing is downloaded), with a
sentencepiece vocabulary trained here on real English, Arabic and Hebrew news text and the
embedding matrices at their real sizes. Output lengths are fixed, so every variant decodes
exactly the same number of tokens; cost depends on shape, not on what was learnt.

Variants, each measured in its own process (so peak RSS is that variant's alone), in one run:

  a   baseline written the way the transformers documentation shows: fp32 PyTorch,
      ``AutoModelForSeq2SeqLM.generate`` with the checkpoint's own decoding settings
      (4 beams), one language after another, no batching
  a2  the same baseline with Triglot's decoding settings (2 beams): isolates the engine
  b   Triglot, transformers backend (``Summarizer.brief``)
  c   Triglot, CTranslate2 int8 backend (``Summarizer.brief``)

Every variant loads all four models before timing ("every model loaded"). Triglot runs
without the guard and without the brief cache (the cache would make repeats free).

    .venv/bin/python bench/summarize.py [--repeats 3] [--workdir data/bench]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

REALWORLD = REPO.parent / "shared" / "realworld"
SPM_VOCAB = 16000
TOKENS_PER_WORD = 4 / 3  # GPT-2 BPE (distilbart) on English news
BEAMS_TRIGLOT = 2
BEAMS_CHECKPOINT = 4  # num_beams in the generation configs of these checkpoints

# Shapes of the real checkpoints (config.json of each); vocabulary sizes as published.
ARCHITECTURES: dict[str, dict[str, Any]] = {
    "summarizer": {  # sshleifer/distilbart-cnn-12-6
        "kind": "bart",
        "vocab_size": 50264,
        "d_model": 1024,
        "encoder_layers": 12,
        "decoder_layers": 6,
        "heads": 16,
        "ffn": 4096,
        "positions": 1024,
    },
    "en-ar": {  # Helsinki-NLP/opus-mt-tc-big-en-ar (transformer-big)
        "kind": "marian",
        "vocab_size": 61247,
        "d_model": 1024,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "heads": 16,
        "ffn": 4096,
        "positions": 1024,
    },
    "en-he": {  # Helsinki-NLP/opus-mt-en-he (transformer-base)
        "kind": "marian",
        "vocab_size": 65839,
        "d_model": 512,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "heads": 8,
        "ffn": 2048,
        "positions": 512,
    },
    "ar-en": {  # Helsinki-NLP/opus-mt-ar-en (transformer-base)
        "kind": "marian",
        "vocab_size": 62834,
        "d_model": 512,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "heads": 8,
        "ffn": 2048,
        "positions": 512,
    },
}


# -- building the models ---------------------------------------------------------------------
def training_text() -> list[str]:
    """Real news text for the vocabulary: the shared pages and feeds, plus our own corpus."""
    from summarizer.tiny import corpus_lines

    lines = list(corpus_lines())
    if REALWORLD.is_dir():
        import re

        import trafilatura

        for path in sorted((REALWORLD / "pages").glob("*.html")):
            text = trafilatura.extract(path.read_bytes().decode("utf-8", "replace")) or ""
            lines.extend(line for line in text.splitlines() if line.strip())
        for path in sorted((REALWORLD / "feeds").glob("*.xml")):
            raw = path.read_bytes().decode("utf-8", "replace")
            lines.extend(t.strip() for t in re.sub(r"<[^>]+>", "\n", raw).splitlines() if t.strip())
        lines.extend(
            (REALWORLD / "texts")
            .joinpath("seed-cairo-truce-talks.txt")
            .read_text("utf-8")
            .splitlines()
        )
    return [line for line in lines if line.strip()]


def train_spm(out: Path) -> bytes:
    from summarizer.tiny import train_vocabulary

    if not out.is_file():
        out.write_bytes(train_vocabulary(SPM_VOCAB, training_text()))
    return out.read_bytes()


def summary_bias(pieces: list[str], vocab_size: int) -> list[float]:
    """English words only, and no sentence ends, so the summary is one sentence every time."""
    from summarizer.tiny import output_bias

    bias = output_bias(pieces, "en")[:-1]
    bias = [-40.0 if any(c in p for c in ".!?؟…") else b for p, b in zip(pieces, bias, strict=True)]
    return bias + [-40.0] * (vocab_size - len(pieces))


def build_model(step: str, folder: Path, spm_bytes: bytes) -> None:
    import torch
    from transformers import (
        BartConfig,
        BartForConditionalGeneration,
        GenerationConfig,
        MarianConfig,
        MarianMTModel,
    )

    from summarizer.backends.base import quiet_transformers
    from summarizer.tiny import vocabulary_pieces, write_tokenizer

    if (folder / "config.json").is_file():
        return
    quiet_transformers()
    arch = ARCHITECTURES[step]
    vocab = arch["vocab_size"]
    pieces = vocabulary_pieces(spm_bytes)
    common = dict(
        vocab_size=vocab,
        d_model=arch["d_model"],
        encoder_layers=arch["encoder_layers"],
        decoder_layers=arch["decoder_layers"],
        encoder_attention_heads=arch["heads"],
        decoder_attention_heads=arch["heads"],
        encoder_ffn_dim=arch["ffn"],
        decoder_ffn_dim=arch["ffn"],
        max_position_embeddings=arch["positions"],
        pad_token_id=vocab - 1,
        eos_token_id=0,
        forced_eos_token_id=0,
    )
    torch.manual_seed(0)
    if arch["kind"] == "bart":
        config = BartConfig(
            **common,
            decoder_start_token_id=0,
            activation_function="gelu",
            normalize_before=False,
            normalize_embedding=True,
            scale_embedding=False,
        )
        model = BartForConditionalGeneration(config)
        with torch.no_grad():
            model.final_logits_bias.copy_(torch.tensor([summary_bias(pieces, vocab)]))
        start = 0
    else:
        config = MarianConfig(
            **common, decoder_start_token_id=vocab - 1, activation_function="swish"
        )
        model = MarianMTModel(config)
        start = vocab - 1
    # As published: distilbart-cnn-12-6 decodes with 4 beams, no repeated trigram and a
    # length penalty of 2; the opus-mt translators with 4 beams.
    summary_defaults = {"no_repeat_ngram_size": 3, "length_penalty": 2.0}
    model.generation_config = GenerationConfig(
        decoder_start_token_id=start,
        eos_token_id=0,
        pad_token_id=vocab - 1,
        forced_eos_token_id=0,
        num_beams=BEAMS_CHECKPOINT,
        **(summary_defaults if arch["kind"] == "bart" else {}),
    )
    model.save_pretrained(folder)
    src, tgt = ("en", "en") if step == "summarizer" else step.split("-")
    write_tokenizer(
        folder,
        spm_bytes,
        pieces,
        src=src,
        tgt=tgt,
        filler=vocab - 1 - len(pieces),
        max_length=arch["positions"],
        bos=arch["kind"] == "bart",
    )
    del model


def build_all(workdir: Path) -> dict[str, Path]:
    workdir.mkdir(parents=True, exist_ok=True)
    spm_bytes = train_spm(workdir / "news.spm")
    folders = {}
    for step in ARCHITECTURES:
        folders[step] = workdir / "hf" / step
        build_model(step, folders[step], spm_bytes)
    return folders


def bench_article(words: int) -> str:
    """``words`` words of real English news (the client's article first), one per line."""
    from summarizer.text import remove_boilerplate

    parts: list[str] = []
    if REALWORLD.is_dir():
        import trafilatura

        parts.append((REALWORLD / "texts" / "seed-cairo-truce-talks.txt").read_text("utf-8"))
        for name in (
            "trafilatura__theintercept.com-Gaza.html",
            "newspaper4k__wired_001.westbank.html",
        ):
            html = (REALWORLD / "pages" / name).read_bytes().decode("utf-8", "replace")
            parts.append(trafilatura.extract(html) or "")
    else:
        from summarizer.tiny import corpus_lines

        parts = [line for line in corpus_lines() if line.isascii()] * 20
    text = remove_boilerplate("\n".join(parts))
    kept, count = [], 0
    for line in text.splitlines():
        take = line.split()[: words - count]
        if take:
            kept.append(" ".join(take))
            count += len(take)
        if count >= words:
            break
    return "\n".join(kept)


def fit_tokens(article: str, tokenizer: Any, limit: int) -> str:
    """Drop words from the end until the article has at most ``limit`` tokens.

    Our vocabulary, trained on a few dozen KB, needs more tokens per word than
    distilbart's 50k BPE (about 4 tokens per 3 words of news English); cutting to the
    token count the real tokenizer would give keeps the model's work the same as with the
    real 700-word article, and keeps it within one summariser input, as it would be.
    """
    words = article.split(" ")
    while len(tokenizer(" ".join(words), verbose=False).input_ids) > limit:
        words = words[: len(words) - max(1, len(words) // 50)]
    return " ".join(words)


# -- the variants ------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB.

    VmHWM, not ``ru_maxrss``: Linux carries ``ru_maxrss`` across ``exec``, so a variant
    started by a parent that has just built the models would report the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_baseline(
    folders: dict[str, Path], article: str, args: argparse.Namespace, beams: int | None
) -> dict[str, Any]:
    """As the transformers documentation shows: tokenizer + generate, one model after another."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    if args.threads:
        torch.set_num_threads(args.threads)
    started = time.perf_counter()
    tokenizers = {s: AutoTokenizer.from_pretrained(folders[s]) for s in folders}
    models = {s: AutoModelForSeq2SeqLM.from_pretrained(folders[s]) for s in folders}
    load_seconds = time.perf_counter() - started
    extra = {} if beams is None else {"num_beams": beams}

    def brief() -> int:
        tokenizer, model = tokenizers["summarizer"], models["summarizer"]
        inputs = tokenizer(article, return_tensors="pt", truncation=True, max_length=1024)
        with torch.no_grad():
            ids = model.generate(
                **inputs,
                min_new_tokens=args.summary_tokens,
                max_new_tokens=args.summary_tokens,
                **extra,
            )
        summary = tokenizer.decode(ids[0], skip_special_tokens=True)
        produced = ids.shape[1] - 1
        for pair in ("en-ar", "en-he"):
            tokenizer, model = tokenizers[pair], models[pair]
            inputs = tokenizer(summary, return_tensors="pt")
            with torch.no_grad():
                ids = model.generate(
                    **inputs,
                    min_new_tokens=args.translation_tokens,
                    max_new_tokens=args.translation_tokens,
                    **extra,
                )
            tokenizer.decode(ids[0], skip_special_tokens=True)
            produced += ids.shape[1] - 1
        return produced

    return measure(brief, load_seconds, args)


def run_triglot(
    folders: dict[str, Path], article: str, args: argparse.Namespace, backend: str
) -> dict[str, Any]:
    from summarizer import Summarizer
    from summarizer.settings import DecodingSettings, ModelSettings

    settings = ModelSettings(
        backend=backend,
        summarizer=str(folders["summarizer"]),
        translators={pair: str(folders[pair]) for pair in ("en-ar", "en-he", "ar-en")},
        cache_dir=Path(args.workdir) / "cache",
        cache_size=0,
        threads=args.threads,
        decoding=DecodingSettings(
            num_beams=BEAMS_TRIGLOT,
            min_new_tokens=args.summary_tokens,
            max_new_tokens=args.summary_tokens,
            no_repeat_ngram_size=3,
        ),
        translation_decoding=DecodingSettings(
            num_beams=BEAMS_TRIGLOT,
            min_new_tokens=args.translation_tokens,
            max_new_tokens=args.translation_tokens,
            no_repeat_ngram_size=0,
        ),
    )
    summarizer = Summarizer.from_settings(settings)
    started = time.perf_counter()
    for step in summarizer.models.steps():
        summarizer.models.load(step)
    load_seconds = time.perf_counter() - started

    def brief() -> int:
        result = summarizer.brief(article)
        assert result.chunks == 1, "the article must fit one summariser input"
        assert all(text.text for text in result.texts.values())
        return args.summary_tokens + 2 * args.translation_tokens

    return measure(brief, load_seconds, args)


def measure(brief: Any, load_seconds: float, args: argparse.Namespace) -> dict[str, Any]:
    brief()  # warm-up: first-call allocations, lazy imports, language-id models
    times, tokens = [], 0
    for _ in range(args.repeats):
        started = time.perf_counter()
        tokens = brief()
        times.append(time.perf_counter() - started)
    times.sort()
    median = times[(len(times) - 1) // 2]
    return {
        "load_s": round(load_seconds, 2),
        "s_per_brief": round(median, 3),
        "best_s": round(times[0], 3),
        "all_s": [round(t, 3) for t in times],
        "decoder_tokens": tokens,
        "tokens_per_s": round(tokens / median, 1),
        "peak_rss_mb": round(peak_rss_mb()),
    }


VARIANTS = {
    "a": "baseline: transformers docs way (fp32, 4 beams, sequential)",
    "a2": "baseline with 2 beams (same decoding as Triglot)",
    "b": "Triglot, transformers backend (fp32, 2 beams)",
    "c": "Triglot, CTranslate2 int8 (2 beams)",
}


def run_variant(args: argparse.Namespace) -> None:
    workdir = Path(args.workdir)
    folders = {step: workdir / "hf" / step for step in ARCHITECTURES}
    article = (workdir / "article.txt").read_text("utf-8")
    if args.variant == "a":
        result = run_baseline(folders, article, args, None)
    elif args.variant == "a2":
        result = run_baseline(folders, article, args, BEAMS_TRIGLOT)
    else:
        result = run_triglot(
            folders, article, args, "transformers" if args.variant == "b" else "ctranslate2"
        )
    print("RESULT " + json.dumps(result))


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import ctranslate2
    import torch
    import transformers

    load = os.getloadavg()
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.python_version()}, torch {torch.__version__}, "
        f"transformers {transformers.__version__}, ctranslate2 {ctranslate2.__version__}; "
        f"load average before the run {load[0]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workdir", default=str(REPO / "data" / "bench"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--summary-tokens", type=int, default=64)
    parser.add_argument("--translation-tokens", type=int, default=80)
    parser.add_argument("--variants", default="a,a2,b,c")
    parser.add_argument("--threads", type=int, default=0, help="CPU threads; 0: all cores")
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        run_variant(args)
        return

    print(f"machine: {machine()}")
    workdir = Path(args.workdir)
    started = time.perf_counter()
    folders = build_all(workdir)
    article = bench_article(args.words)
    (workdir / "article.txt").write_text(article, "utf-8")
    from summarizer.backends.base import load_tokenizer

    tokenizer = load_tokenizer(folders["summarizer"])
    article = fit_tokens(article, tokenizer, round(args.words * TOKENS_PER_WORD))
    (workdir / "article.txt").write_text(article, "utf-8")
    article_tokens = len(tokenizer(article).input_ids)
    from summarizer.models import ModelStore
    from summarizer.settings import ModelSettings

    store = ModelStore(
        ModelSettings(
            summarizer=str(folders["summarizer"]),
            translators={pair: str(folders[pair]) for pair in ("en-ar", "en-he", "ar-en")},
            cache_dir=workdir / "cache",
        )
    )
    for step in store.steps():
        store.converted_path(step)  # int8 conversion, once, outside the timed processes
    print(
        f"models built and converted in {time.perf_counter() - started:.0f} s; article: "
        f"{len(article.split())} words, {article_tokens} summariser tokens; fixed output: "
        f"summary {args.summary_tokens} tokens, each translation {args.translation_tokens}"
    )
    results: dict[str, dict[str, Any]] = {}
    for name in args.variants.split(","):
        command = [
            sys.executable,
            __file__,
            "--variant",
            name,
            "--workdir",
            str(workdir),
            "--repeats",
            str(args.repeats),
            "--summary-tokens",
            str(args.summary_tokens),
            "--translation-tokens",
            str(args.translation_tokens),
            "--threads",
            str(args.threads),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if done.returncode or not lines:
            print(f"variant {name} failed:\n{done.stderr[-3000:]}")
            continue
        results[name] = json.loads(lines[-1][len("RESULT ") :])
        r = results[name]
        line = f"{r['s_per_brief']:.2f} s/brief {r['all_s']}, load {r['load_s']} s"
        print(f"  ({name}) {VARIANTS[name]}: {line}", flush=True)
    print_table(results)


def print_table(results: dict[str, dict[str, Any]]) -> None:
    """Markdown table; speed-ups from the median and from the best run (less disturbed)."""
    base = results.get("a")
    print()
    print(
        "| variant | s/brief (median) | best | decoder tokens/s | peak RSS (MiB) "
        "| speed-up vs (a), median | best | RSS vs (a) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        cells = [
            f"({name}) {VARIANTS[name]}",
            f"{r['s_per_brief']:.2f}",
            f"{r['best_s']:.2f}",
            f"{r['tokens_per_s']:.1f}",
            str(r["peak_rss_mb"]),
        ]
        if base:
            cells.append(f"{base['s_per_brief'] / r['s_per_brief']:.2f}x")
            cells.append(f"{base['best_s'] / r['best_s']:.2f}x")
            cells.append(f"{r['peak_rss_mb'] / base['peak_rss_mb']:.2f}")
        else:
            cells += ["-", "-", "-"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

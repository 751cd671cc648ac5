"""``triglot check``: run the guard on one summary, as an operator checking a brief.

Exit status 0 when the summary passes, 1 when it fails (each problem on its own line, or
JSON with ``--json``), 2 on bad usage (a missing file, an unknown language, a bad lexicon).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit
from bot.config_loader import CONFIG_ENV, resolve_config_path, resolve_lexicon_dir
from summarizer.languages import LANGUAGES


def _read(path: Path, option: str) -> str:
    if not path.is_file():
        raise fail(f"{option}: no such file: {path}", EXIT_BAD_USAGE)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"{option}: cannot read {path}: {exc}", EXIT_BAD_USAGE) from None


def check(
    source: Annotated[
        Path, typer.Option("--source", help="The article text the summary was written from.")
    ],
    summary: Annotated[Path, typer.Option("--summary", help="The summary to check.")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the summary: en, ar or he.")] = (
        "en"
    ),
    english_summary: Annotated[
        Path | None,
        typer.Option(
            "--english-summary",
            help="The English brief that an ar/he summary translates (consistency checks).",
            show_default=False,
        ),
    ] = None,
    headline: Annotated[
        str | None,
        typer.Option(
            "--headline", help="The outlet's headline (framing check).", show_default=False
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Check a summary against its source: numbers, attribution, names, loaded language,
    translation consistency and headline framing. Exit 0 pass, 1 fail, 2 bad usage."""
    if lang not in LANGUAGES:
        raise fail(f"--lang must be one of en, ar, he; got {lang!r}", EXIT_BAD_USAGE)
    if english_summary is not None and lang == "en":
        raise fail("--english-summary goes with --lang ar or --lang he", EXIT_BAD_USAGE)
    source_text = _read(source, "--source")
    summary_text = _read(summary, "--summary")
    english_text = _read(english_summary, "--english-summary") if english_summary else None

    from summarizer.errors import SummarizerError
    from summarizer.guard import Guard, LexiconError
    from summarizer.settings import GuardSettings, ModelSettings

    settings, models = GuardSettings(), ModelSettings()
    settings.lexicon_dir = resolve_lexicon_dir(settings.lexicon_dir)
    # The config's [guard] section when there is a config (named, in $TRIGLOT_CONFIG, or
    # the default file); without one, the default lexicons: checking needs no bot setup.
    named = config is not None or bool(os.environ.get(CONFIG_ENV))
    if named or resolve_config_path(None, {}).is_file():
        loaded = load_or_exit(config, configure_logging=False)
        settings, models = loaded.guard, loaded.models
    try:
        guard = Guard.from_settings(settings, model_cache_dir=models.cache_dir)
    except (LexiconError, SummarizerError) as exc:  # a bad lexicon, an unusable judge
        raise fail(str(exc), EXIT_BAD_USAGE) from None
    report = guard.check(
        source_text, summary_text, lang=lang, english_summary=english_text, headline=headline
    )
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif report.ok:
        typer.echo("ok: no problems found")
    else:
        for problem in report.problems:
            typer.echo(str(problem))
    raise typer.Exit(0 if report.ok else 1)


def register(app: typer.Typer) -> None:
    app.command("check")(check)

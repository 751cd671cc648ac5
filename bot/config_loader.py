"""Load, override and validate the configuration, with problems reported as ``file:line``.

The file is TOML (``--config``, else ``TRIGLOT_CONFIG``, else ``config/triglot.toml``).
``TRIGLOT_<SECTION>__<KEY>`` environment variables override file values. A variable for a
text key (a URL, a path, a secret) is taken as written, whatever it looks like
(``987654321``, ``true``, ``0x1f``); for other keys the value is read as a TOML literal when
it parses as one (``30``, ``true``, ``[1, 2]``) and as plain text otherwise. The bot token
comes only from ``TRIGLOT_TELEGRAM_TOKEN``. No problem message ever shows a secret's value.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import types
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, SecretStr, ValidationError
from pydantic.fields import FieldInfo

from bot.logging_setup import Redactor
from bot.settings import TriglotConfig

DEFAULT_CONFIG_PATH = Path("config/triglot.toml")
# The source tree's root: relative paths in a config that is not found beside it fall back
# here (a checkout run from another folder still finds config/lexicon).
REPO_ROOT = Path(__file__).resolve().parents[1]
TOKEN_ENV = "TRIGLOT_TELEGRAM_TOKEN"
CONFIG_ENV = "TRIGLOT_CONFIG"
ENV_PREFIX = "TRIGLOT_"

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a configuration, and where it is."""

    where: str  # "path/to/file.toml:12" or "environment variable TRIGLOT_X__Y"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class ConfigError(Exception):
    """The configuration is invalid; ``problems`` says where and why."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def resolve_config_path(path: str | Path | None, environ: Mapping[str, str]) -> Path:
    if path is not None:
        return Path(path)
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    return DEFAULT_CONFIG_PATH


def load_config(
    path: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> TriglotConfig:
    """Read the config file, apply environment overrides, validate; raise ConfigError."""
    environ = os.environ if environ is None else environ
    config_path = resolve_config_path(path, environ)
    try:
        text = config_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([ConfigProblem(f"{config_path}:0", "config file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigProblem(f"{config_path}:0", f"cannot read: {exc}")]) from None
    config = parse_config(text, str(config_path), environ)
    config.guard.lexicon_dir = resolve_lexicon_dir(config.guard.lexicon_dir, config_path)
    return config


def resolve_lexicon_dir(folder: Path, config_path: Path | None = None) -> Path:
    """An absolute lexicon folder for the summarizer, which uses the path it is given as is.

    A relative ``lexicon_dir`` (``config/lexicon``) is read from the folder above the config
    file's own (``/app/config/triglot.toml`` -> ``/app/config/lexicon``); when that holds no
    such folder, or there is no config file, from the source tree's root.
    """
    if folder.is_absolute():
        return folder
    if config_path is not None:
        beside_config = config_path.resolve().parent.parent / folder
        if beside_config.is_dir():
            return beside_config
    return REPO_ROOT / folder


def parse_config(text: str, filename: str, environ: Mapping[str, str]) -> TriglotConfig:
    """Validate TOML ``text`` (named ``filename`` in messages) with ``environ`` overrides."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = match.group(1) if match else "1"
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            [ConfigProblem(f"{filename}:{line}", f"TOML syntax: {message}")]
        ) from None

    lines = _key_lines(text)
    problems: list[ConfigProblem] = []
    if "token" in data.get("telegram", {}):
        problems.append(
            ConfigProblem(
                f"{filename}:{lines.get(('telegram', 'token'), 1)}",
                f"telegram.token: the bot token is read only from {TOKEN_ENV}; "
                "remove it from the file",
            )
        )
        data["telegram"].pop("token")
    env_origin = _apply_env_overrides(data, environ, problems)
    if environ.get(TOKEN_ENV):
        data.setdefault("telegram", {})["token"] = environ[TOKEN_ENV]

    try:
        config = TriglotConfig.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            problems.append(_describe(error, filename, lines, env_origin))
        config = None
    if problems:
        scrub = Redactor()
        scrub.add(_secret_values(data))
        raise ConfigError([ConfigProblem(p.where, scrub(p.message)) for p in problems])
    assert config is not None
    return config


def _secret_values(data: Mapping[str, Any]) -> list[str]:
    """The raw values given for secret keys, to keep them out of problem messages."""
    found: list[str] = []
    for section, table in data.items():
        if not isinstance(table, Mapping):
            continue
        for key, value in table.items():
            field = _field_at((section, key))
            if field is not None and _mentions(field.annotation, SecretStr):
                found.append(str(value))
    return found


def _apply_env_overrides(
    data: dict[str, Any], environ: Mapping[str, str], problems: list[ConfigProblem]
) -> dict[Loc, str]:
    """Merge ``TRIGLOT_<SECTION>__<KEY>`` variables into ``data``; return where each came from."""
    origin: dict[Loc, str] = {}
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX):
            continue
        if "__" not in name:
            if hint := _one_underscore_hint(name):
                problems.append(ConfigProblem(f"environment variable {name}", hint))
            continue
        path = tuple(part.lower() for part in name[len(ENV_PREFIX) :].split("__"))
        refusal = _refused_env_path(path)
        if refusal:
            problems.append(ConfigProblem(f"environment variable {name}", refusal))
            continue
        target = data
        for depth, part in enumerate(path[:-1], start=1):
            child = target.get(part)
            if not isinstance(child, dict):
                # A table the file does not have: a problem with it (an unknown section,
                # say) is this variable's problem, not the file's.
                child = target[part] = {}
                origin.setdefault(path[:depth], name)
            target = child
        target[path[-1]] = _parse_env_value(environ[name], _field_at(path))
        origin[path] = name
    return origin


def _one_underscore_hint(name: str) -> str | None:
    """What to write instead of ``TRIGLOT_SCHEDULE_POLL_INTERVAL_SECONDS`` (one underscore
    after a section's name, so it would be silently ignored); None for other names."""
    if name in (TOKEN_ENV, CONFIG_ENV):
        return None
    rest = name[len(ENV_PREFIX) :]
    for section in TriglotConfig.model_fields:
        prefix = f"{section.upper()}_"
        if rest.startswith(prefix) and len(rest) > len(prefix):
            meant = f"{ENV_PREFIX}{section.upper()}__{rest[len(prefix) :]}"
            return (
                "not a setting (section and key are joined by two underscores); "
                f"did you mean {meant}?"
            )
    return None


def _refused_env_path(path: tuple[str, ...]) -> str | None:
    if any(not part for part in path):
        return "malformed name; expected TRIGLOT_<SECTION>__<KEY>"
    if path[0] == "feeds":
        return "cannot be set from the environment (feeds are set in the file)"
    if path[0] == "channels":
        return "cannot be set from the environment (channels are set in the file)"
    if path == ("telegram", "token"):
        return f"the bot token is read only from {TOKEN_ENV} (one underscore before TOKEN)"
    return None


def _parse_env_value(raw: str, field: FieldInfo | None) -> Any:
    """The value of an override: a TOML literal if it is one, else the text as written;
    for a text key, only a quoted TOML string is read as TOML (``"x"`` is ``x``)."""
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw
    text_key = field is not None and _is_text(field.annotation)
    return raw if text_key and not isinstance(value, str) else value


def _is_text(annotation: Any) -> bool:
    """Whether a field holds text: str, a secret, a path, a choice of words, or one of them
    or None."""
    if annotation in (str, SecretStr, Path):
        return True
    origin = get_origin(annotation)
    if origin is Literal:
        return all(isinstance(arg, str) for arg in get_args(annotation))
    if origin in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        return bool(args) and all(_is_text(arg) for arg in args)
    return False


def _mentions(annotation: Any, kind: type) -> bool:
    return annotation is kind or any(_mentions(arg, kind) for arg in get_args(annotation))


def _describe(
    error: Mapping[str, Any], filename: str, lines: dict[Loc, int], env_origin: dict[Loc, str]
) -> ConfigProblem:
    loc: Loc = tuple(error["loc"])
    dotted = _dotted(loc)
    if error["type"] == "extra_forbidden":
        message = f"{dotted}: unknown key"
        suggestion = _suggest(loc)
        if suggestion:
            message += f"; did you mean '{suggestion}'?"
    elif error["type"] == "missing":
        message = f"{dotted}: required key is missing"
    elif error["type"] == "value_error":
        message = f"{dotted}: {error['msg'].removeprefix('Value error, ')}"
    else:
        message = f"{dotted}: {error['msg']}"
        field = _field_at(loc)
        secret = field is not None and _mentions(field.annotation, SecretStr)
        if secret:
            message += " (put the value in quotes; it is not shown here)"
        elif "input" in error and not isinstance(error["input"], dict | list):
            message += f" (got {error['input']!r})"
    for depth in range(len(loc), 0, -1):
        if loc[:depth] in env_origin:
            return ConfigProblem(f"environment variable {env_origin[loc[:depth]]}", message)
    for depth in range(len(loc), -1, -1):
        if loc[:depth] in lines:
            return ConfigProblem(f"{filename}:{lines[loc[:depth]]}", message)
    return ConfigProblem(f"{filename}:1", message)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(path: Loc) -> type[BaseModel] | None:
    """The settings table at ``path`` in the schema (list indexes skipped), or None."""
    model: type[BaseModel] | None = TriglotConfig
    for part in path:
        if isinstance(part, int):
            continue
        if model is None:
            return None
        field = model.model_fields.get(str(part))
        model = _model_of(field.annotation) if field else None
    return model


def _field_at(loc: Loc) -> FieldInfo | None:
    """The schema's field at ``loc``, or None when there is none."""
    model = _model_at(loc[:-1]) if loc else None
    return model.model_fields.get(str(loc[-1])) if model is not None else None


def _suggest(loc: Loc) -> str | None:
    """The closest known key to an unknown one, walking the schema along ``loc``."""
    model = _model_at(loc[:-1])
    if model is None:
        return None
    matches = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


# Each pattern sees one line with its surrounding white space already stripped and has no
# two adjacent parts that can match the same characters, so it runs in linear time on any
# line (a line of thousands of spaces took minutes with "\s*(...+?)\s*=").
_TABLE = re.compile(r"\[([^\[\]]+)\](?:\s*#.*)?")
_ARRAY_TABLE = re.compile(r"\[\[([^\[\]]+)\]\](?:\s*#.*)?")
_KEY_CHARS = re.compile(r"[A-Za-z0-9_\-\.\"' ]+")


def _key_of(line: str) -> str | None:
    """The key of a ``key = value`` line (white space stripped), else None."""
    key, equals, _ = line.partition("=")
    return key.strip() if equals and _KEY_CHARS.fullmatch(key) and key.strip() else None


def _key_lines(text: str) -> dict[Loc, int]:
    """Map each table and key path in a TOML document to the line it is written on."""
    lines: dict[Loc, int] = {}
    counters: dict[tuple[str, ...], int] = {}
    table: Loc = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if match := _ARRAY_TABLE.fullmatch(line):
            name = tuple(p.strip().strip("\"'") for p in match.group(1).split("."))
            index = counters.get(name, -1) + 1
            counters[name] = index
            table = (*name, index)
            lines.setdefault(name, number)
        elif match := _TABLE.fullmatch(line):
            table = tuple(p.strip().strip("\"'") for p in match.group(1).split("."))
        elif found := _key_of(line):
            key = tuple(p.strip().strip("\"'") for p in found.split("."))
            lines.setdefault((*table, *key), number)
            continue
        else:
            continue
        lines.setdefault(table, number)
    return lines

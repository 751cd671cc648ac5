"""The Dockerfile and compose.yaml, checked without a Docker engine.

There is no engine on these machines, so the files are parsed, and every command the image
runs is run here too, with the image's environment (its paths moved under tmp_path).
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.auxil.cli import PROBE_ARGS, REPO_ROOT, run_triglot

TOKEN = "123456:SECRETsecretSECRETsecretSECRET12345"


@dataclass
class Instruction:
    name: str  # upper case: RUN, ENV, CMD, ...
    args: str


def dockerfile_stages() -> list[list[Instruction]]:
    """The Dockerfile's instructions, one list per stage, continuations joined."""
    text = (REPO_ROOT / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    stages: list[list[Instruction]] = []
    for line in joined.splitlines():
        if not line.strip():
            continue
        name, _, args = line.strip().partition(" ")
        if name.upper() == "FROM":
            stages.append([])
        stages[-1].append(Instruction(name.upper(), args.strip()))
    return stages


def command_of(args: str) -> list[str]:
    """The argv of a RUN/CMD: exec form (JSON) or shell form."""
    return json.loads(args) if args.startswith("[") else shlex.split(args)


def image_env(stage: list[Instruction]) -> dict[str, str]:
    env: dict[str, str] = {}
    for instruction in stage:
        if instruction.name == "ENV":
            for pair in shlex.split(instruction.args):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def local_env(env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """The image's TRIGLOT_* settings with its absolute paths moved to this machine."""
    moves = {"/app": str(REPO_ROOT), "/data": str(tmp_path / "data"), "/models": str(tmp_path)}
    out = {}
    for key, value in env.items():
        if key.startswith("TRIGLOT_"):
            for old, new in moves.items():
                value = re.sub(rf"(?<![\w.]){old}(?=/|$)", new, value)
            out[key] = value
    return out


@pytest.fixture(scope="module")
def stages() -> list[list[Instruction]]:
    return dockerfile_stages()


def test_image_is_multi_stage_slim_and_runs_as_a_user(stages: list[list[Instruction]]) -> None:
    assert len(stages) >= 2
    for stage in stages:
        assert stage[0].args.split()[0] == "python:3.11-slim"
    final = stages[-1]
    assert any(i.name == "COPY" and i.args.startswith("--from=build") for i in final)
    users = [i.args for i in final if i.name == "USER"]
    assert users and users[-1] not in ("root", "0")
    volumes = next(json.loads(i.args) for i in final if i.name == "VOLUME")
    env = image_env(final)
    assert "/data" in volumes and env["TRIGLOT_DATABASE__URL"].endswith("////data/triglot.db")
    assert env["TRIGLOT_MODELS__CACHE_DIR"] in volumes


def test_torch_is_the_pinned_cpu_build(stages: list[list[Instruction]]) -> None:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    pin = next(d for d in pyproject["project"]["dependencies"] if d.startswith("torch"))
    installs = [i.args for stage in stages for i in stage if i.name == "RUN" and "torch" in i.args]
    assert installs, "the image installs torch explicitly, before the project"
    for install in installs:
        assert pin in install.split(), (pin, install)
        assert "https://download.pytorch.org/whl/cpu" in install


def test_the_image_config_checks_and_migrates_here(
    stages: list[list[Instruction]], tmp_path: Path
) -> None:
    """The commands the image runs at build time, run here with the image's settings."""
    final = stages[-1]
    env = local_env(image_env(final), tmp_path)
    runs = [command_of(i.args) for i in final if i.name == "RUN"]
    runs = [argv for argv in runs if argv[0] == "triglot"]
    assert runs == [["triglot", "config", "check"]]
    for argv in runs:
        result = run_triglot(*argv[1:], env=env)
        assert result.returncode == 0, result.stderr
    # The SQLite URL with its absolute path works (the bot migrates the same way at start).
    result = run_triglot("db", "upgrade", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "triglot.db").is_file()


def test_healthcheck_is_the_probe_the_health_tests_run(stages: list[list[Instruction]]) -> None:
    final = stages[-1]
    (healthcheck,) = [i.args for i in final if i.name == "HEALTHCHECK"]
    options, _, command = healthcheck.partition(" CMD ")
    assert "--timeout=" in options and "--start-period=" in options
    assert command_of(command.strip()) == ["triglot", *PROBE_ARGS]
    (cmd,) = [command_of(i.args) for i in final if i.name == "CMD"]
    assert cmd == ["triglot", "run"]
    listen = image_env(final)["TRIGLOT_METRICS__LISTEN"]
    assert any(i.name == "EXPOSE" and i.args == listen.rpartition(":")[2] for i in final)


def test_dockerignore_keeps_secrets_and_the_venv_out() -> None:
    ignored = (REPO_ROOT / ".dockerignore").read_text().split()
    for path in (".git", ".venv", "data", ".env", "tests"):
        assert path in ignored


def compose() -> dict:
    return yaml.safe_load((REPO_ROOT / "compose.yaml").read_text())


def substitute(value: str, variables: dict[str, str]) -> str:
    """Compose's ${NAME}, ${NAME:?message} and ${NAME:-default} substitution."""

    def one(match: re.Match[str]) -> str:
        name, op, rest = match.group(1), match.group(2), match.group(3)
        if name in variables:
            return variables[name]
        if op == ":-":
            return rest
        raise AssertionError(f"compose.yaml needs ${name}")

    return re.sub(r"\$\{(\w+)(?:(:[?-])([^}]*))?\}", one, value)


def test_compose_runs_the_bot_on_postgresql(
    stages: list[list[Instruction]], tmp_path: Path
) -> None:
    services = compose()["services"]
    bot, postgres = services["bot"], services["postgres"]
    assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "healthcheck" in postgres
    variables = {"TRIGLOT_TELEGRAM_TOKEN": TOKEN, "POSTGRES_PASSWORD": "pw4Compose"}
    env = local_env(image_env(stages[-1]), tmp_path)
    env.update({k: substitute(str(v), variables) for k, v in bot["environment"].items()})
    assert env["TRIGLOT_DATABASE__URL"].startswith("postgresql+asyncpg://triglot:pw4Compose@")

    result = run_triglot("config", "check", env=env)
    assert result.returncode == 0, result.stderr
    assert "postgresql+asyncpg://" in result.stdout
    assert "pw4Compose" not in result.stdout and "SECRET" not in result.stdout

    final = stages[-1]
    volumes = next(json.loads(i.args) for i in final if i.name == "VOLUME")
    mounted = {entry.split(":")[1] for entry in bot["volumes"]}
    assert set(volumes) <= mounted
    assert "/app/config" in mounted  # operators edit config/triglot.toml on the host
    port = image_env(final)["TRIGLOT_METRICS__LISTEN"].rpartition(":")[2]
    assert any(str(p).endswith(f":{port}") for p in bot["ports"])


def test_compose_prepares_the_models_before_the_bot_starts() -> None:
    """Without its models the bot refuses to start: compose fetches them first, into the
    volume the bot reads them from."""
    services = compose()["services"]
    bot, models = services["bot"], services["models"]
    assert models["command"] == ["triglot", "models", "prepare"]
    assert models["image"] == bot["image"]
    assert bot["depends_on"]["models"]["condition"] == "service_completed_successfully"
    assert "models:/models" in models["volumes"] and "models:/models" in bot["volumes"]
    assert models.get("restart") == "no"


def test_compose_scales_out_with_workers_on_one_broker_and_database() -> None:
    """`docker compose up --scale worker=3`: every worker reads the bot's database and
    broker, and the bot waits for Redis."""
    services = compose()["services"]
    bot, worker = services["bot"], services["worker"]
    assert worker["command"][:2] == ["triglot", "worker"]
    assert worker["image"] == bot["image"]
    for name in ("TRIGLOT_DATABASE__URL", "TRIGLOT_WORKERS__BROKER_URL"):
        assert worker["environment"][name] == bot["environment"][name]
    assert bot["environment"]["TRIGLOT_WORKERS__BROKER_URL"].endswith("redis://redis:6379/0}")
    assert bot["depends_on"]["redis"]["condition"] == "service_healthy"
    assert "models:/models" in worker["volumes"]
    assert "ports" not in worker and "container_name" not in worker  # scalable

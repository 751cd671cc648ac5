"""``scripts/bootstrap.sh``, which both README commands run first: what it would install
(CPU torch, no CUDA packages) and that switching between the two commands installs once."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

from tests.auxil.cli import REPO_ROOT
from tests.auxil.http_servers import free_port

BOOTSTRAP = REPO_ROOT / "scripts" / "bootstrap.sh"
CUDA_PREFIXES = ("nvidia-", "triton", "cuda-")


def bootstrap(
    *args: str, cwd: Path = REPO_ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(cwd / "scripts" / "bootstrap.sh"), *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_a_fresh_install_resolves_cpu_torch_and_no_cuda_package(tmp_path: Path) -> None:
    """The resolution of a fresh install (pip's dry-run report, nothing changed): what the
    README's two commands would download on this machine."""
    stamp = REPO_ROOT / ".venv" / ".triglot-installed"
    before = stamp.read_bytes() if stamp.exists() else None
    report = tmp_path / "report.json"

    result = bootstrap("--report", str(report), "dev")

    assert result.returncode == 0, result.stderr
    resolved = {
        item["metadata"]["name"].lower(): item["metadata"]["version"]
        for item in json.loads(report.read_text())["install"]
    }
    assert resolved["torch"].endswith("+cpu")
    assert not [name for name in resolved if name.startswith(CUDA_PREFIXES)]
    assert {"triglot", "transformers", "pytest"} <= set(resolved)  # the project and "dev"
    assert (stamp.read_bytes() if stamp.exists() else None) == before  # nothing installed


def fake_checkout(root: Path) -> Path:
    """bootstrap.sh and pyproject.toml beside a .venv whose python only logs its calls
    (and prints what pip would print), so installs are counted, not made."""
    (root / "scripts").mkdir(parents=True)
    shutil.copy(BOOTSTRAP, root / "scripts" / "bootstrap.sh")
    shutil.copy(REPO_ROOT / "pyproject.toml", root / "pyproject.toml")
    python = root / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(
        '#!/bin/sh\necho "$*" >> "$(dirname "$0")/../calls.log"\n'
        'echo "Collecting torch==2.13.0+cpu"\nexit 0\n'
    )
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    return root / ".venv" / "calls.log"


def installs(log: Path) -> list[str]:
    lines = log.read_text().splitlines() if log.exists() else []
    return [line for line in lines if line.startswith("-m pip") and " -e " in line]


def test_switching_between_run_and_test_installs_once(tmp_path: Path) -> None:
    # An index that cannot be reached, found out at once.
    closed = f"http://127.0.0.1:{free_port()}/whl/cpu"
    env = {"TORCH_INDEX_URL": closed}
    root = tmp_path / "checkout"
    log = fake_checkout(root)

    first = bootstrap(cwd=root, env=env)  # scripts/run.sh
    assert first.returncode == 0, first.stderr
    assert [line.split(" -e ")[1] for line in installs(log)] == ["."]
    assert "torch==2.13.0+cpu -e ." in installs(log)[0]  # only the CPU build is accepted
    assert "Collecting" not in first.stdout + first.stderr  # pip's output went to the log

    assert bootstrap("dev", cwd=root, env=env).returncode == 0  # scripts/test.sh
    assert [line.split(" -e ")[1] for line in installs(log)] == [".", ".[dev]"]

    for extras in ("", "dev", "", "dev"):  # switching back and forth: nothing to do, quietly
        again = bootstrap(*([extras] if extras else []), cwd=root, env=env)
        assert again.returncode == 0
        assert (again.stdout, again.stderr) == ("", "")
    assert len(installs(log)) == 2

    with (root / "pyproject.toml").open("a") as pyproject:
        pyproject.write("\n# a dependency changed\n")
    assert bootstrap(cwd=root, env=env).returncode == 0
    assert installs(log)[-1].endswith("-e .[dev]")  # reinstalled, keeping the dev extra

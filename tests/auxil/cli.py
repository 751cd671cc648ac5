"""Run the real ``triglot`` console script in a subprocess, as an operator would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TRIGLOT = Path(sys.executable).parent / "triglot"
PROBE_ARGS = ("health",)  # after "triglot": the Docker image's HEALTHCHECK


def run_triglot(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``triglot ARGS`` with a clean TRIGLOT_* environment plus ``env``."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGLOT_")}
    full_env.update(env or {})
    return subprocess.run(
        [str(TRIGLOT), *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or REPO_ROOT,
        timeout=timeout,
        check=False,
    )

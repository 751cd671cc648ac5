#!/usr/bin/env bash
# Install (once), lint, type-check and run the whole test suite offline:
#   bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # the files and the strictness per module: [tool.mypy] in pyproject.toml
exec .venv/bin/python -m pytest "$@"

#!/usr/bin/env bash
# Install (once) and run the bot: bash scripts/run.sh [--config PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/triglot run "$@"

#!/usr/bin/env bash
# Create .venv and install Triglot into it; does nothing when pyproject.toml is unchanged.
# Usage: scripts/bootstrap.sh [extras]   (e.g. "dev")
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

python=""
for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        python="$candidate"
        break
    fi
done
[ -n "$python" ] || { echo "error: Python 3.11 or newer is required" >&2; exit 1; }

[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.triglot-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) extras=${extras}"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
echo "Installing Triglot into .venv (first run or dependencies changed)..." >&2
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first and pinned: the CPU wheel, never a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
target="."
[ -n "$extras" ] && target=".[${extras}]"
.venv/bin/python -m pip install --quiet -e "$target"
echo "$want" > "$stamp"

#!/usr/bin/env bash
# Create .venv and install Triglot into it, once. Later calls print nothing and run no pip
# while pyproject.toml and the torch choice are unchanged and the extras asked for are
# installed: scripts/run.sh (no extras) and scripts/test.sh ("dev") share one install.
#
# Usage: scripts/bootstrap.sh [extras]                 e.g. "dev"
#        scripts/bootstrap.sh --report FILE [extras]   change nothing: write pip's JSON report
#                                                      of what a fresh install would resolve
#
# torch is the CPU build, from PyTorch's CPU index as in the Dockerfile: the default index
# serves Linux the CUDA build plus several GB of nvidia-* packages. When that index cannot
# be reached, only the CPU build ($TORCH_REQUIREMENT, e.g. torch==2.13.0+cpu) is accepted
# from pip's own configured sources (a local wheel folder, a mirror), else the install fails.
# A GPU machine sets both, e.g.:
#   TORCH_INDEX_URL=https://download.pytorch.org/whl/cu130 TORCH_REQUIREMENT=torch==2.13.0
set -euo pipefail
cd "$(dirname "$0")/.."

report=""
if [ "${1:-}" = "--report" ]; then
    [ -n "${2:-}" ] || { echo "usage: $0 --report FILE [extras]" >&2; exit 2; }
    report="$2"
    shift 2
fi
extras="${1:-}"

torch_version="2.13.0" # keep equal to the torch pin in pyproject.toml
torch_index="${TORCH_INDEX_URL:-https://download.pytorch.org/whl/cpu}"
if [ "$(uname -s)" = "Darwin" ]; then
    default_torch="torch==${torch_version}" # macOS wheels are CPU-only and carry no +cpu
else
    default_torch="torch==${torch_version}+cpu"
fi
torch_requirement="${TORCH_REQUIREMENT:-$default_torch}"

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

# What is installed: line 1 the inputs (pyproject.toml, torch), line 2 the extras.
stamp=".venv/.triglot-installed"
key="$(cksum <pyproject.toml | cut -d' ' -f1) ${torch_requirement} ${torch_index}"
installed_extras="$([ -f "$stamp" ] && sed -n 2p "$stamp" || true)"
if [ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$key" ]; then
    missing=""
    for extra in ${extras//,/ }; do
        case ",${installed_extras}," in
            *",${extra},"*) ;;
            *) missing="${missing},${extra}" ;;
        esac
    done
    [ -z "$report" ] && [ -z "$missing" ] && exit 0
fi
# Install what was there and what is asked for, so switching never drops an extra.
all_extras="$(printf '%s\n' ${installed_extras//,/ } ${extras//,/ } | sort -u | paste -sd, -)"
target="."
[ -n "$all_extras" ] && target=".[${all_extras}]"

index_reachable() { # pip retries an unreachable index for minutes: look once, quickly
    "$python" - "$1" <<'EOF' 2>/dev/null
import sys
import urllib.request

try:
    urllib.request.urlopen(sys.argv[1].rstrip("/") + "/torch/", timeout=15).close()
except Exception:
    sys.exit(1)
EOF
}
index_args=()
if index_reachable "$torch_index"; then
    index_args=(--extra-index-url "$torch_index")
else
    echo "note: $torch_index cannot be reached; taking $torch_requirement from pip's configured sources" >&2
fi

if [ -n "$report" ]; then
    exec .venv/bin/python -m pip install --quiet --dry-run --ignore-installed \
        --report "$report" "$torch_requirement" -e "$target" ${index_args[@]+"${index_args[@]}"}
fi

log=".venv/install.log"
: >"$log"
pip_quietly() {
    if ! .venv/bin/python -m pip --disable-pip-version-check "$@" >>"$log" 2>&1; then
        echo "error: pip install failed; the end of $log:" >&2
        tail -n 25 "$log" >&2
        exit 1
    fi
}
echo "Installing Triglot into .venv (first run or dependencies changed; log: $log)..." >&2
pip_quietly install --upgrade pip
pip_quietly install "$torch_requirement" -e "$target" ${index_args[@]+"${index_args[@]}"}
if [ -z "${TORCH_REQUIREMENT:-}" ] &&
    ! .venv/bin/python -c 'import sys, torch; sys.exit(torch.version.cuda is not None)' \
        >>"$log" 2>&1; then
    echo "error: the torch installed in .venv is a CUDA build; expected the CPU build" >&2
    exit 1
fi
printf '%s\n%s\n' "$key" "$all_extras" >"$stamp"
echo "Installed (extras: ${all_extras:-none})." >&2

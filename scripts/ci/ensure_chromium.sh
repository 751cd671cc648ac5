#!/usr/bin/env bash
# Make sure a headless Chromium from the system's packages is installed, for the web
# console's browser tests (tests/test_console_browser.py drives it with Playwright; no
# browser is ever downloaded at test time). Debian/Ubuntu: apt-get install chromium.
# When it cannot be installed this says why and exits 0: the browser tests then skip,
# and the test run ends with a loud section saying so.
set -euo pipefail

for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
        exit 0
    fi
done

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: no chromium and no apt-get here; the browser tests will skip" >&2
    exit 0
fi
echo "ensure_chromium: installing chromium from the system's packages" >&2
if as_root apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    exit 0
fi
echo "ensure_chromium: could not install chromium; the browser tests will skip" >&2
exit 0

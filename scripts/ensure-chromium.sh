#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the end-to-end tests. Playwright never downloads
# its own browser here (`npx playwright install` needs hosts this project cannot reach).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ordinal: Chromium is missing at $CHROMIUM. Install it with: sudo apt-get install -y chromium" >&2
  echo "         (or point CHROMIUM_PATH at another Chromium or Chrome binary)" >&2
  exit 1
fi
echo "ordinal: installing Debian's chromium package for the end-to-end tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version

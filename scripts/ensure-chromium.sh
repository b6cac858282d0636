#!/usr/bin/env bash
# Component and end-to-end tests run in Debian's Chromium (no browser download). Installs it when missing.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $chrome: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null

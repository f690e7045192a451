#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (a test tool's own browser download
# cannot work on our machines). Install it when it is missing; do nothing when it is there.
set -euo pipefail
if [[ -n "${ACCORD_CHROMIUM:-}" && -x "${ACCORD_CHROMIUM}" ]]; then exit 0; fi
for c in /usr/bin/chromium /usr/bin/chromium-browser; do [[ -x $c ]] && exit 0; done
echo "Chromium is missing: installing Debian's chromium package for the browser tests (about a minute)…"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Cannot install Chromium: not root and no sudo. Install it with: apt-get install chromium" >&2; exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"

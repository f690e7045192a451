#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (a test tool's own browser download
# cannot work on our machines), and read the printed packs' PDFs page by page with poppler's pdftotext.
# Install what is missing; do nothing when both are there. Chromium is needed; without pdftotext the
# print tests check less (the page breaks the stylesheet asks for, not the printed pages), so failing to
# install it only warns.
set -euo pipefail
chromium=""
if [[ -n "${ACCORD_CHROMIUM:-}" && -x "${ACCORD_CHROMIUM}" ]]; then chromium=yes; fi
for c in /usr/bin/chromium /usr/bin/chromium-browser; do [[ -x $c ]] && chromium=yes; done
missing=()
[[ -z $chromium ]] && missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi

echo "Installing Debian's ${missing[*]} for the browser tests (about a minute)…"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; fi
fi
install() {
  [[ $(id -u) -eq 0 || -n $SUDO ]] || return 1
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
if install "${missing[@]}"; then
  [[ -z $chromium ]] && echo "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
if [[ -z $chromium ]]; then
  echo "Cannot install Chromium (not root and no sudo, or apt-get failed). Install it with: apt-get install chromium" >&2
  exit 1
fi
echo "Could not install poppler-utils (pdftotext): the print tests will check the page breaks only. Install it with: apt-get install poppler-utils" >&2

#!/usr/bin/env bash
# The scale-out test (test/server/scaleOut.test.ts) runs Debian's Redis and PostgreSQL as plain
# processes on free local ports in temporary folders. Install them when they are missing; do nothing
# when they are there (an operator's own installation is never touched or started).
set -euo pipefail
missing=()
command -v redis-server >/dev/null || [[ -x /usr/bin/redis-server ]] || missing+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi
echo "Installing Debian's ${missing[*]} for the scale-out test (the services are not started or enabled)…"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Cannot install ${missing[*]}: not root and no sudo. Install them with: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
# The test starts its own instances; RUNLEVEL=1 keeps the packages from starting system-wide services.
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed: $(redis-server --version 2>/dev/null | cut -d' ' -f1-3); $(ls -d /usr/lib/postgresql/*/bin | head -1)"

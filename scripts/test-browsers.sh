#!/usr/bin/env bash
# Runs the browser suite in Chromium, Firefox ESR and WebKit (Debian packages).
# WebKit needs a display: everything runs under xvfb-run. scripts/run-engines.js starts a
# WebKitWebDriver of its own, on a free port, for each WebKit attempt.
set -euo pipefail
cd "$(dirname "$0")/.."
for bin in firefox-esr WebKitWebDriver xvfb-run; do
  command -v "$bin" >/dev/null || { echo "Cannot run the three-browser suite: $bin is missing (sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth)." >&2; exit 1; }
done
if [ -z "${KLAR_IN_XVFB:-}" ]; then
  KLAR_IN_XVFB=1 exec xvfb-run -a "$0" "$@"
fi
status=0
node scripts/run-engines.js "$@" || status=$?
exit "$status"

#!/usr/bin/env bash
# Runs the browser suite in Chromium, Firefox ESR and WebKit (Debian packages).
# WebKit needs a display: everything runs under xvfb-run, with WebKitWebDriver on port 4444.
set -euo pipefail
cd "$(dirname "$0")/.."
for bin in firefox-esr WebKitWebDriver xvfb-run; do
  command -v "$bin" >/dev/null || { echo "Cannot run the three-browser suite: $bin is missing (sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth)." >&2; exit 1; }
done
if [ -z "${KLAR_IN_XVFB:-}" ]; then
  KLAR_IN_XVFB=1 exec xvfb-run -a "$0" "$@"
fi
WebKitWebDriver --port=4444 >/tmp/klar-webkitdriver.log 2>&1 &
drv=$!
trap 'kill $drv 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do (echo >/dev/tcp/127.0.0.1/4444) 2>/dev/null && break; sleep 0.1; done
status=0
node scripts/run-engines.js "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "The browser suite ended with status $status. WebKitWebDriver's log ends with:" >&2
  tail -n 20 /tmp/klar-webkitdriver.log >&2 || true
fi
exit "$status"

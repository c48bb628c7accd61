#!/usr/bin/env bash
# Runs the browser suite in Chromium, Firefox ESR and WebKit (Debian packages).
# WebKit needs a display: everything runs under xvfb-run, with WebKitWebDriver on a free port
# (KLAR_WEBKIT_DRIVER_PORT), so two copies of the suite can run side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
for bin in firefox-esr WebKitWebDriver xvfb-run; do
  command -v "$bin" >/dev/null || { echo "Cannot run the three-browser suite: $bin is missing (sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth)." >&2; exit 1; }
done
if [ -z "${KLAR_IN_XVFB:-}" ]; then
  KLAR_IN_XVFB=1 exec xvfb-run -a "$0" "$@"
fi
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export KLAR_WEBKIT_DRIVER_PORT=$port
log=$(mktemp -t klar-webkitdriver.XXXXXX.log)
WebKitWebDriver --port="$port" >"$log" 2>&1 &
drv=$!
trap 'kill $drv 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 50); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
status=0
node scripts/run-engines.js "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "The browser suite ended with status $status. WebKitWebDriver's log ends with:" >&2
  tail -n 20 "$log" >&2 || true
fi
exit "$status"

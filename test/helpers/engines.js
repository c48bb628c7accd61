// Where the machine's three engines are and how to start the ones that need a driver process:
// Chromium (test/helpers/chrome.js), Firefox ESR (puppeteer over WebDriver BiDi) and WebKit
// (WebKitWebDriver starting MiniBrowser), all from Debian's packages; no tool downloads a browser.
// Used by the three-engine browser suite (web-test-runner.all-browsers.config.js,
// scripts/run-engines.js) and the end-to-end tests (launchEngine in ./e2e.js).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/**
 * The browsers' own clock: a citizen in Denmark, so the tests read times as most citizens see
 * them ("kl. 14:32", without "(dansk tid)"), whatever zone the machine is in (CI's is UTC). Every
 * browser and driver the tests start inherits it. A citizen abroad is a test of its own: a page
 * that emulates another zone (playwright's `timezoneId`) or an element set to another `time-zone`.
 */
export const CITIZEN_TIME_ZONE = 'Europe/Copenhagen';
process.env.TZ = CITIZEN_TIME_ZONE;

export const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
/**
 * How puppeteer starts Firefox ESR (over WebDriver BiDi), for the browser suite and the end-to-end
 * tests alike. `networkEnabled: false`: puppeteer otherwise subscribes to every network event of
 * the session, and a test file's page loads hundreds of modules; no test reads requests through
 * puppeteer (console messages and page errors still arrive). The suite in Firefox alone went from
 * 230 to 187 processor-s (217 to 196 s), the same 1,607 tests green.
 */
export const FIREFOX_LAUNCH = { browser: /** @type {const} */ ('firefox'), executablePath: FIREFOX, headless: true, networkEnabled: false };
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
/** What WebKitWebDriver is asked for: Debian's MiniBrowser, driven over classic WebDriver. */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
};
export const INSTALL = {
  firefox: 'Firefox ESR (sudo apt-get install -y firefox-esr)',
  webkit: 'WebKit (sudo apt-get install -y webkit2gtk-driver xvfb xauth)',
};

/** A port no one listens on now, so two copies of a suite (or another project) can run side by side. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until something listens on `port` (a driver starting up), up to `timeout` ms. */
async function listening(/** @type {number} */ port, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const ok = await new Promise((r) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        r(true);
      });
      s.on('error', () => r(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Starts a WebKitWebDriver of its own on a free port (it allows one session, so each user gets
 * one). Without a display (DISPLAY unset: `node --test` outside xvfb-run) it runs under
 * `xvfb-run -a`, which MiniBrowser needs. Throws, naming the package, if a piece is missing.
 */
export async function startWebKitDriver() {
  const xvfb = !process.env.DISPLAY;
  if (!existsSync(WEBKIT_DRIVER) || (xvfb && !['/usr/bin/xvfb-run', '/usr/local/bin/xvfb-run'].some((p) => existsSync(p)))) {
    throw new Error(`Cannot start WebKit: missing ${INSTALL.webkit}.`);
  }
  const port = await freePort();
  const [cmd, ...args] = [...(xvfb ? ['xvfb-run', '-a'] : []), WEBKIT_DRIVER, `--port=${port}`];
  // Its own process group, so stopping it also stops xvfb-run's Xvfb. MiniBrowser (which the
  // driver starts with its own environment) draws without accelerated compositing: under Xvfb that
  // is OpenGL done by the processor, and the three-engine suite spent a fifth of WebKit's processor
  // time on it (172 → 138 s alone, same 1,602 tests green). Layout, DOM and events are the same.
  const driver = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: xvfb, env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1' } });
  let log = '';
  driver.stdout.on('data', (d) => (log += d));
  driver.stderr.on('data', (d) => (log += d));
  const stop = () => {
    if (driver.exitCode !== null || driver.signalCode !== null) return;
    if (xvfb && driver.pid) process.kill(-driver.pid, 'SIGTERM');
    else driver.kill();
  };
  if (!(await listening(port, 20_000))) {
    stop();
    throw new Error(`WebKitWebDriver did not start on port ${port}:\n${log}`);
  }
  return { port, stop, log: () => log };
}

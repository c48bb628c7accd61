// A browser test that fails must fail quickly and say why (issue 17): a failed assertion on a
// DOM node used to leave its file waiting five minutes for testsFinishTimeout with no message
// (web-test-runner could not send the node; test/helpers/readable-failures.js turns it into its
// markup), and a page whose main thread hangs must fail its file within a minute
// (test/helpers/watchdog.js). Runs the two fixtures in Chromium through scripts/run-engines.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { QUIET_MS } from '../../helpers/watchdog.js';

/**
 * The silence the watchdog allows in these runs: the hanging page spins a core until it is
 * ended, so the runs here wait 10 s, not the suite's 40 (QUIET_MS, checked below to be within a minute).
 */
const QUIET_HERE = 10_000;

/**
 * Runs the browser runner on some files in Chromium; resolves with its output, exit code and
 * seconds. A run still going after `limitMs` is stopped (with its browser) and resolves with
 * code null, so a hang fails the assertions below with what the runner printed, not a bare timeout.
 */
function runBrowserFiles(/** @type {string[]} */ files, limitMs = 200_000) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/run-engines.js', ...files.flatMap((f) => ['--files', f])], {
      env: { ...process.env, KLAR_BROWSERS: 'chromium', KLAR_NO_RERUN: '1', CI: 'true', KLAR_WATCHDOG_QUIET_MS: String(QUIET_HERE) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    /** Signals the runner's whole process group; it may be gone already. */
    const signal = (/** @type {NodeJS.Signals} */ sig) => {
      try {
        process.kill(-(/** @type {number} */ (child.pid)), sig);
      } catch {
        // Already gone.
      }
    };
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let hard;
    // SIGINT first, so web-test-runner closes its browser (Puppeteer starts it in a group of its own); then SIGKILL.
    const stop = setTimeout(() => {
      out += `\n[stopped after ${limitMs / 1000} s]`;
      signal('SIGINT');
      hard = setTimeout(() => signal('SIGKILL'), 10_000);
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(stop);
      clearTimeout(hard);
      resolve({ out, code, seconds: (Date.now() - started) / 1000 });
    });
  });
}

test('a failed assertion on a DOM node is reported with its markup within seconds, a hanging page fails its file within a minute', { timeout: 330_000 }, async () => {
  const dom = 'test/node/scripts/fixtures/dom-failure.browser.ts';
  const hang = 'test/node/scripts/fixtures/endless-loop.browser.ts';
  let run = /** @type {{ out: string, code: number | null, seconds: number }} */ (await runBrowserFiles([dom, hang], 150_000));
  // A run stopped before it printed any result never got its browser going: on two busy cores
  // (CI runs this beside three end-to-end lanes) Chromium once took over 200 s to start. That is
  // not what this test is about, so such a run is tried once more; a result of any kind is judged.
  if (run.code === null && !/browser tests: \d+ passed/.test(run.out)) {
    console.log(`# the browser runner printed no result in 150 s; trying once more. It printed:\n${run.out.slice(-1000)}`);
    run = /** @type {typeof run} */ (await runBrowserFiles([dom, hang], 150_000));
  }
  const { out, code, seconds } = run;
  assert.equal(code, 1, `the run fails; it printed:\n${out.slice(-3000)}`);
  assert.match(out, /expected <p class="probe">still here<\/p> to equal null/, `the DOM failure says what it found; it printed:\n${out.slice(-3000)}`);
  assert.match(out, /endless-loop\.browser\.ts: the page stopped answering for \d+ s/, `the hanging page is named; it printed:\n${out.slice(-3000)}`);
  assert.doesNotMatch(out, /did not finish within/, 'no file waited for testsFinishTimeout');
  // After the silence it was given (its check runs each second; a loaded machine adds a little), not the suite's 40 s.
  const silent = Number(/the page stopped answering for (\d+) s/.exec(out)?.[1]);
  assert.ok(silent >= QUIET_HERE / 1000 && silent < QUIET_MS / 1000, `the watchdog ended the hanging page after ${silent} s of silence, given ${QUIET_HERE / 1000} s`);
  // Two files: browser start, the failure at once, the hang within the watchdog's silence.
  assert.ok(seconds < 120, `both files ended in ${Math.round(seconds)} s (a hang must fail within a minute, not wait 300 s)`);
  // The suite's own limit: a hang fails its file within a minute.
  assert.ok(QUIET_MS <= 60_000, `the watchdog allows ${QUIET_MS / 1000} s of silence`);
});

// A browser test runner that dies mid-run (under load WebKit's did, exit 1 and not a word, in two
// CI runs out of three) is not a test result: scripts/run-engines.js runs the engine again, but
// only the files that had not ended green, and adds the counts of those that had. A whole second
// run cost WebKit minutes of a 15-minute CI. Runs fixtures in Chromium: a green one, two in which
// the runner dies the first time and one in which it always dies (test/helpers/crash-once.js).
// One scenario checks the first crash and both resumes (a separate run of the first crash alone
// started two more runners, 14 processor-seconds of CI, for assertions this one makes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs scripts/run-engines.js in Chromium on `files` (fixtures), with crash markers in a fresh folder.
 * @param {import('node:test').TestContext} t
 * @param {string[]} files
 * @returns {Promise<{ out: string, code: number | null }>}
 */
function runFixtures(t, files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'klar-resume-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/run-engines.js', ...files.flatMap((f) => ['--files', f])], {
      env: { ...process.env, KLAR_BROWSERS: 'chromium', KLAR_CRASH_ONCE: path.join(dir, 'crashed'), CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (c) => resolve({ out: text, code: c }));
  });
}

test('a runner that dies mid-run is run again on the files that had not ended green, again while each run ends files green, and the counts add up; one whose run ends none fails the engine', { timeout: 330_000 }, async (t) => {
  // WebKitWebDriver did not answer a navigation twice in one CI run: the resume died too, and a
  // second crash failed the engine although no test had failed.
  const fx = (/** @type {string} */ name) => `test/node/scripts/fixtures/${name}.browser.ts`;
  let { out, code } = await runFixtures(t, [fx('a-green'), fx('b-crash-once'), fx('c-crash-once-too')]);
  if (!out.includes(`"file":"${fx('a-green')}"`)) ({ out, code } = await runFixtures(t, [fx('a-green'), fx('b-crash-once'), fx('c-crash-once-too')]));
  assert.match(out, /Chromium: the test runner ended without a count \(exit 1\)/, `the first runner died; it printed:\n${out.slice(-3000)}`);
  assert.match(out, /browser runner ending early: process\.exit\(1\) called from/, 'the dying runner said who ended it');
  // Only the files it had not ended green run again, and the green file's test is counted once.
  assert.match(out, /Chromium: 1 of 3 files had ended green; running the other 2 once more\./, `the first resume; it printed:\n${out.slice(-3000)}`);
  assert.match(out, /Chromium: 1 of 2 files had ended green; running the other 1 once more\./, `the second resume, after the second crash; it printed:\n${out.slice(-3000)}`);
  assert.match(out, /^browser tests: 3 passed, 0 failed$/m, `every file's test counted once; it printed:\n${out.slice(-3000)}`);
  assert.equal(code, 0);

  ({ out, code } = await runFixtures(t, [fx('a-green'), fx('d-crash-always')]));
  if (!out.includes(`"file":"${fx('a-green')}"`)) ({ out, code } = await runFixtures(t, [fx('a-green'), fx('d-crash-always')]));
  assert.match(out, /Chromium: 1 of 2 files had ended green; running the other 1 once more\./, out.slice(-3000));
  assert.match(out, /Chromium: NOT RUN TO THE END - the test runner crashed in each of 2 runs/, `a run that ends no file green stops; it printed:\n${out.slice(-3000)}`);
  assert.match(out, /^browser tests: 0 passed, 1 failed$/m, out.slice(-3000));
  assert.notEqual(code, 0);
});

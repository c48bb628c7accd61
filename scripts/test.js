// `npm test`: type check, source check, build, size budget, browser tests (real headless
// Chromium), server tests and end-to-end tests. Ends with one line "N passed, N failed"
// adding up every runner, so CI can read the result.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { findSkips, reportSkips } from './skips.js';

let passed = 0;
let failed = 0;
const failures = [];
const digests = [];
/** Seconds per step, printed at the end: CI must stay under 15 minutes. */
const timings = [];
/** @type {ReturnType<typeof findSkips>} */
const skips = [];
/** Browser test files that failed once and passed when run again (scripts/run-engines.js). */
const flaky = [];

// CI shows the end of the output: repeat what went wrong in a failed step there.
function digest(name, out) {
  const lines = out.split('\n').filter((l) => l.trim());
  // The browser runner's per-file lines (scripts/run-engines.js reads them) are not what went wrong.
  const hits = lines.filter((l) => /✗|❌|not ok|Error|error:|failed|Cannot|missing|timed out|crash/i.test(l) && !/^\s*(ok|#) /.test(l) && !/^browser (file ended|test files):/.test(l));
  const pick = (hits.length ? hits : lines).slice(-40);
  digests.push(`--- ${name}: what went wrong (last ${pick.length} lines of note) ---\n${pick.join('\n')}`);
}

/** Counts one finished step: its output printed, its tests added up, a failure digested. */
function record(name, started, r, count) {
  timings.push(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
  const out = `${r.stdout}\n${r.stderr}`;
  skips.push(...findSkips(out, name));
  flaky.push(...out.split('\n').filter((l) => / FLAKY - /.test(l)));
  if (count) {
    const c = count(out);
    if (c) {
      passed += c.passed;
      failed += c.failed;
    }
    if (!c || r.status !== 0) {
      if (!c || c.failed === 0) failed++; // crashed without counting its failures
      failures.push(name);
      digest(name, out);
    }
  } else if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
    digest(name, out);
  }
  return r.status === 0;
}

const childEnv = { ...process.env, FORCE_COLOR: '0' };

function run(name, cmd, args, { count } = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return record(name, started, { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }, count);
}

/**
 * Starts a step beside whatever else runs (the end-to-end files mostly wait on pages, servers and
 * a two-minute idle tab, so on two cores they overlap well); its output is printed whole when it
 * finishes. Resolves true when it passed.
 * @param {{ name: string, cmd: string, args: string[], count?: (out: string) => { passed: number, failed: number } | undefined }} step
 * @returns {Promise<boolean>}
 */
function start({ name, cmd, args, count }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
      process.stdout.write(stdout);
      process.stderr.write(stderr);
      resolve(record(name, started, { status, stdout, stderr }, count));
    });
  });
}

const wtrCount = (out) => {
  const m = [...out.matchAll(/browser tests: (\d+) passed, (\d+) failed/g)].pop();
  return m ? { passed: +m[1], failed: +m[2] } : undefined;
};
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const nodeCount = (out) => {
  const p = [...out.matchAll(/^# pass (\d+)/gm)].pop();
  const f = [...out.matchAll(/^# fail (\d+)/gm)].pop();
  return p && f ? { passed: +p[1], failed: +f[1] } : undefined;
};
const mochaCount = (out) => {
  const p = /^\s*(\d+) passing/m.exec(out);
  const f = /^\s*(\d+) failing/m.exec(out);
  return p ? { passed: +p[1], failed: f ? +f[1] : 0 } : undefined;
};

// The type check (one core) beside the source check and the build (rollup, mostly one core).
const typeChecked = start({ name: 'type check', cmd: npx, args: ['tsc', '-p', 'tsconfig.json'] });
run('source check', 'node', ['scripts/check-source.js']);
const built = run('build', 'npm', ['run', 'build', '--silent']);
if (built) run('size budget', 'node', ['scripts/size-budget.js']);
await typeChecked;
// The accessibility sweep and the docs tests read the built Storybook. Built before the browser
// tests, while CI may still be installing the browsers (below), which on a fresh machine takes
// longer than npm ci and the build.
const storybook = built && run('storybook build', 'npm', ['run', 'build-storybook', '--silent']);
// The core modules' tests once more in Node, as `npm run mutate` runs them (.mocharc.json): they
// need no browser, so they start now and run beside the install and the browser tests (about 7
// processor-seconds over a minute of timers).
const coreTested = start({ name: 'core tests in Node', cmd: npx, args: ['mocha', '--reporter', 'dot'], count: mochaCount });
/**
 * CI (.ci/run) installs the browsers from Debian's packages in the background, beside npm ci,
 * the type check and the build; KLAR_BROWSERS_INSTALL names the file the install writes its exit
 * status to. Waits for it (at most 20 minutes), prints what it waited and the versions installed,
 * and counts a failed or unfinished install as a failure, with its log. True when the browsers
 * are there.
 */
function browsersInstalled() {
  const file = process.env.KLAR_BROWSERS_INSTALL;
  if (!file) return true;
  const started = Date.now();
  const tick = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file) && Date.now() - started < 20 * 60_000) Atomics.wait(tick, 0, 0, 500);
  const status = existsSync(file) ? readFileSync(file, 'utf8').trim() : 'not finished after 20 minutes';
  const logFile = process.env.KLAR_BROWSERS_INSTALL_LOG;
  const log = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const name = 'browser install (Debian packages, in the background)';
  console.log(`\n▶ ${name}: waited ${Math.round((Date.now() - started) / 1000)} s`);
  if (status === '0') {
    timings.push(`${name}: waited ${Math.round((Date.now() - started) / 1000)} s`);
    process.stdout.write(log);
    return true;
  }
  return record(name, started, { status: 1, stdout: `${log}\ninstall status: ${status}`, stderr: '' });
}

// The browser suite runs in Chromium, Firefox ESR and WebKit (scripts/test-browsers.sh, under
// xvfb-run). KLAR_CHROMIUM_ONLY=1 runs Chromium alone, for a quick local loop.
browsersInstalled();
if (process.env.KLAR_CHROMIUM_ONLY) run('browser tests (Chromium)', npx, ['wtr'], { count: wtrCount });
else run('browser tests (Chromium, Firefox ESR, WebKit)', 'bash', ['scripts/test-browsers.sh'], { count: wtrCount });
const hasTests = (dir, re) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => re.test(String(f)));
// Then, side by side: the server tests, and the end-to-end files in three lanes, each lane one
// file at a time: the accessibility sweep with the demo's heaviest pages, the idle-tab count (two
// real minutes of waiting) with the Storybook docs, the rest.
// One after the other they took 14 minutes of a 20-minute run; the browser tests stay alone
// before them (WebKit slows most under load). Everything after the build is bound by the
// processor: laid out otherwise (Firefox ESR and WebKit first with the two waiting steps, Chromium's
// suite beside the lanes below) a fresh-clone run took 1,010 s against 945-1,028 s for this
// layout, which is no gain; only less processor work makes CI shorter. Nor was the server tests'
// and the idle tab's waiting put beside the browser tests (1,050 s: the lanes after them ended
// 170 s sooner, but the loaded WebKit took 165 s longer, two of its files failing once), nor a
// lane started as each engine ended (WebKit then took 715 s instead of about 330).
const together = [];
if (hasTests('test/node', /\.test\.js$/)) together.push({ name: 'server tests', cmd: 'node', args: ['--test', '--test-reporter=tap', 'test/node/'], count: nodeCount });
if (storybook && hasTests('test/e2e', /\.e2e\.js$/)) {
  const files = readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.js')).map((f) => `test/e2e/${f}`);
  const lanes = {
    // The sweep's lane takes the demo's two heaviest page files after it: by processor time
    // (cgroup, each file alone) the sweep is 121 s, test-demo 129, layout-shift 94, and the rest
    // of the pages 340, so the two lanes end together. With the sweep alone its lane ended at
    // 358 s and the pages lane at 646, the last 75 s with one core idle.
    'end-to-end: the accessibility sweep, the demo, layout shift': files.filter((f) => /\/(a11y-sweep|test-demo|layout-shift)\.e2e\.js$/.test(f)),
    // The idle tab waits two real minutes: the Storybook docs tests keep the processor busy
    // meanwhile. The CDN loader's requests run here too, so the pages lane (the longest: 506 s of
    // an 881 s CI run) does not end alone with one core idle; so do the docs' snippets.
    'end-to-end: the idle tab, the Storybook docs, the CDN loader': files.filter((f) => /\/(demo-requests|storybook-docs|docs-snippets|cdn-requests)\.e2e\.js$/.test(f)),
  };
  lanes['end-to-end: pages'] = files.filter((f) => !Object.values(lanes).flat().includes(f));
  for (const [name, laneFiles] of Object.entries(lanes)) {
    if (laneFiles.length) together.push({ name, cmd: 'node', args: ['--test', '--test-reporter=tap', '--test-concurrency=1', ...laneFiles], count: nodeCount });
  }
}
await Promise.all([coreTested, ...together.map(start)]);

const badSkips = reportSkips(skips);
if (badSkips.length) {
  failed += badSkips.length;
  failures.push(`${badSkips.length} skipped test(s) that tested nothing`);
}
if (flaky.length) console.log(`\nFlaky (passed on a second run of their file; fix them):\n${flaky.join('\n')}`);
console.log(`\nTime per step: ${timings.join('; ')}`);
if (digests.length) console.log(`\n${digests.join('\n\n')}`);
console.log(`\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All checks passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

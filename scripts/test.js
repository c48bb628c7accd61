// `npm test`: type check, source check, build, size budget, browser tests (real headless
// Chromium), server tests and end-to-end tests. Ends with one line "N passed, N failed"
// adding up every runner, so CI can read the result.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
 * Runs steps side by side (the end-to-end files mostly wait on pages, servers and a two-minute
 * idle tab, so on two cores they overlap well); each step's output is printed whole, in turn, as
 * it finishes. Resolves true when every step passed.
 * @param {{ name: string, cmd: string, args: string[], env?: Record<string, string>, count?: (out: string) => { passed: number, failed: number } | undefined }[]} steps
 */
async function runTogether(steps) {
  console.log(`\n▶ side by side: ${steps.map((s) => s.name).join(', ')}`);
  const results = await Promise.all(
    steps.map(
      ({ name, cmd, args, count, env }) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...childEnv, ...env } });
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
        }),
    ),
  );
  return results.every(Boolean);
}

const wtrCount = (out) => {
  const m = [...out.matchAll(/browser tests: (\d+) passed, (\d+) failed/g)].pop();
  return m ? { passed: +m[1], failed: +m[2] } : undefined;
};
const nodeCount = (out) => {
  const p = [...out.matchAll(/^# pass (\d+)/gm)].pop();
  const f = [...out.matchAll(/^# fail (\d+)/gm)].pop();
  return p && f ? { passed: +p[1], failed: +f[1] } : undefined;
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
run('type check', npx, ['tsc', '-p', 'tsconfig.json']);
run('source check', 'node', ['scripts/check-source.js']);
const built = run('build', 'npm', ['run', 'build', '--silent']);
if (built) run('size budget', 'node', ['scripts/size-budget.js']);
// The core modules' tests once more in Node, as `npm run mutate` runs them (.mocharc.json).
const mochaCount = (out) => {
  const p = /^\s*(\d+) passing/m.exec(out);
  const f = /^\s*(\d+) failing/m.exec(out);
  return p ? { passed: +p[1], failed: f ? +f[1] : 0 } : undefined;
};
const hasTests = (dir, re) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => re.test(String(f)));
const e2eFiles = hasTests('test/e2e', /\.e2e\.js$/) ? readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.js')).map((f) => `test/e2e/${f}`) : [];
const e2eLane = (name, files) => ({ name, cmd: 'node', args: ['--test', '--test-reporter=tap', '--test-concurrency=1', ...files], count: nodeCount });
/** The idle tab waits two real minutes and uses next to no processor: it runs beside the browser suite. */
const idleTab = e2eFiles.filter((f) => f.endsWith('/demo-requests.e2e.js'));
const mocha = { name: 'core tests in Node', cmd: npx, args: ['mocha', '--reporter', 'dot'], count: mochaCount };

// Everything after the build is bound by the processor (two cores): the steps are laid out so
// that about two cores' worth runs at a time. Measured alone, Chromium's browser suite keeps 0.8
// of a core busy, Firefox ESR's and WebKit's one each, the accessibility sweep and the server
// tests one each, the end-to-end pages nearly two; run all at once, the same work took a third
// more processor time (all three engines together: 700 s of processor for 514 s of work).
// First: the browser suite in Firefox ESR and WebKit (scripts/test-browsers.sh, under xvfb-run),
// with the two steps that mostly wait (the core tests in Node, the idle tab).
// KLAR_CHROMIUM_ONLY=1 runs the browser suite in Chromium alone, for a quick local loop.
const first = [];
if (process.env.KLAR_CHROMIUM_ONLY) first.push({ name: 'browser tests (Chromium)', cmd: npx, args: ['wtr'], count: wtrCount });
else first.push({ name: 'browser tests (Firefox ESR, WebKit)', cmd: 'bash', args: ['scripts/test-browsers.sh'], env: { KLAR_BROWSERS: 'firefox,webkit' }, count: wtrCount });
first.push(mocha);
if (built && idleTab.length) first.push(e2eLane('end-to-end: the idle tab', idleTab));
await runTogether(first);

// The accessibility sweep and the docs tests read the built Storybook.
const storybook = built && run('storybook build', 'npm', ['run', 'build-storybook', '--silent']);
// Then, side by side: the browser suite in Chromium, the server tests, and the end-to-end files
// in three lanes, each lane one file at a time: the accessibility sweep (its two languages side
// by side), the Storybook docs with the CDN loader, the rest.
const together = [];
if (!process.env.KLAR_CHROMIUM_ONLY) together.push({ name: 'browser tests (Chromium)', cmd: 'bash', args: ['scripts/test-browsers.sh'], env: { KLAR_BROWSERS: 'chromium' }, count: wtrCount });
if (hasTests('test/node', /\.test\.js$/)) together.push({ name: 'server tests', cmd: 'node', args: ['--test', '--test-reporter=tap', 'test/node/'], count: nodeCount });
if (storybook && e2eFiles.length) {
  const lanes = {
    'end-to-end: the accessibility sweep': e2eFiles.filter((f) => f.endsWith('/a11y-sweep.e2e.js')),
    'end-to-end: the Storybook docs, the CDN loader': e2eFiles.filter((f) => /\/(storybook-docs|cdn-requests)\.e2e\.js$/.test(f)),
  };
  lanes['end-to-end: pages'] = e2eFiles.filter((f) => !idleTab.includes(f) && !Object.values(lanes).flat().includes(f));
  for (const [name, laneFiles] of Object.entries(lanes)) if (laneFiles.length) together.push(e2eLane(name, laneFiles));
}
await runTogether(together);

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

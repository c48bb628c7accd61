// `npm test`: type check, source check, build, size budget, browser tests (real headless
// Chromium), server tests and end-to-end tests. Ends with one line "N passed, N failed"
// adding up every runner, so CI can read the result.
import { spawnSync } from 'node:child_process';
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
  const hits = lines.filter((l) => /✗|❌|not ok|Error|error:|failed|Cannot|missing|timed out|crash/i.test(l) && !/^\s*(ok|#) /.test(l));
  const pick = (hits.length ? hits : lines).slice(-40);
  digests.push(`--- ${name}: what went wrong (last ${pick.length} lines of note) ---\n${pick.join('\n')}`);
}

function run(name, cmd, args, { count } = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
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
// The browser suite runs in Chromium, Firefox ESR and WebKit (scripts/test-browsers.sh, under
// xvfb-run). KLAR_CHROMIUM_ONLY=1 runs Chromium alone, for a quick local loop.
if (process.env.KLAR_CHROMIUM_ONLY) run('browser tests (Chromium)', npx, ['wtr'], { count: wtrCount });
else run('browser tests (Chromium, Firefox ESR, WebKit)', 'bash', ['scripts/test-browsers.sh'], { count: wtrCount });
// The core modules' tests once more in Node, as `npm run mutate` runs them (.mocharc.json).
const mochaCount = (out) => {
  const p = /^\s*(\d+) passing/m.exec(out);
  const f = /^\s*(\d+) failing/m.exec(out);
  return p ? { passed: +p[1], failed: f ? +f[1] : 0 } : undefined;
};
run('core tests in Node', npx, ['mocha', '--reporter', 'dot'], { count: mochaCount });
const hasTests = (dir, re) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => re.test(String(f)));
if (hasTests('test/node', /\.test\.js$/)) run('server tests', 'node', ['--test', '--test-reporter=tap', 'test/node/'], { count: nodeCount });
// The accessibility sweep reads the built Storybook.
const storybook = built && run('storybook build', 'npm', ['run', 'build-storybook', '--silent']);
if (storybook && hasTests('test/e2e', /\.e2e\.js$/))
  run('end-to-end tests', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', ...readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.js')).map((f) => `test/e2e/${f}`)], { count: nodeCount });

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

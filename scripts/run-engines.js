// Runs the browser suite once per engine (Chromium, Firefox ESR, WebKit), the three in
// parallel, each in its own web-test-runner process on its own port, then prints one line
// "browser tests: N passed, N failed" for all of them. Called by scripts/test-browsers.sh,
// which provides the virtual display and WebKitWebDriver.
//
// A runner that ends without its count has crashed (a browser that would not start, a lost
// WebDriver or BiDi session), which is not a test result: that engine runs once more on the
// files that had not ended green, and again while each run ends more of them (four runs at most),
// and the output says so. An engine that crashes or cannot start in a run that ends no file green
// fails the run with a clear message, counting every failed test it saw: a browser is never
// silently skipped.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startWebKitDriver } from '../test/helpers/engines.js';

const ENGINES = { chromium: { name: 'Chromium' }, firefox: { name: 'Firefox ESR' }, webkit: { name: 'WebKit' } };
const wanted = (process.env.KLAR_BROWSERS?.split(',') ?? Object.keys(ENGINES)).filter((e) => e in ENGINES);
const args = process.argv.slice(2);
/** web-test-runner's command (its package exports no bin path: found from its main file). */
const WTR = path.join(path.dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
/** Says who ended a runner that ends before its summary (test/helpers/exit-trace.cjs). */
const EXIT_TRACE = fileURLToPath(new URL('../test/helpers/exit-trace.cjs', import.meta.url));

async function runOnce(engine, extra = args) {
  const port = await freePort();
  /** @type {Awaited<ReturnType<typeof startWebKitDriver>> | undefined} */ let driver;
  // WebKitWebDriver allows one session: each WebKit attempt gets a driver of its own, so a
  // second attempt after a crash never meets the first attempt's session.
  if (engine === 'webkit') {
    try {
      driver = await startWebKitDriver();
    } catch (error) {
      return { out: String(error), code: 1, signal: null, neverStarted: true, counts: undefined };
    }
  }
  return new Promise((resolve) => {
    // Node runs web-test-runner itself (not through npx), so a runner killed by a signal is seen as such.
    const child = spawn(process.execPath, [WTR, '--config', 'web-test-runner.all-browsers.config.js', '--port', String(port), ...extra], {
      env: {
        ...process.env,
        KLAR_BROWSERS: engine,
        ...(driver ? { KLAR_WEBKIT_DRIVER_PORT: String(driver.port) } : {}),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${EXIT_TRACE}`.trim(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code, signal) => {
      driver?.stop();
      if (driver && code) out += `\nWebKitWebDriver's log ends with:\n${driver.log().split('\n').slice(-20).join('\n')}`;
      const m = [...out.matchAll(/browser tests: (\d+) passed, (\d+) failed/g)].pop();
      // Not one test ran because the browser never came up: that is a crash too, not a count.
      const neverStarted = m && +m[1] === 0 && /Unable to connect|failed to (start|launch)|Could not (start|launch)|Timed out waiting for the browser/i.test(out);
      resolve({ out, code: code ?? 1, signal, neverStarted, counts: m && !neverStarted ? { passed: +m[1], failed: +m[2] } : undefined });
    });
  });
}

const lastLines = (out, n) =>
  out
    .split('\n')
    .filter((l) => l.trim())
    .slice(-n)
    .join('\n');
/** The command line's arguments without its `--files <pattern>` pairs. */
const withoutFiles = (list) => list.filter((a, i) => a !== '--files' && list[i - 1] !== '--files');

/**
 * What a runner said of its progress (test/helpers/summary-reporter.js): the files it had, and
 * each file that ended, with its counts and whether every test in it passed.
 * @returns {{ files: string[], ended: { file: string, passed: number, failed: number, skipped: number, green: boolean }[] }}
 */
function progress(out) {
  const read = (line) => {
    try {
      return JSON.parse(line);
    } catch {
      return undefined;
    }
  };
  const files = [...out.matchAll(/^browser test files: (.+)$/gm)].map((m) => read(m[1])).find(Array.isArray) ?? [];
  const ended = [...out.matchAll(/^browser file ended: (.+)$/gm)].map((m) => read(m[1])).filter((e) => e && typeof e.file === 'string');
  return { files, ended };
}

// The default reporter prints a ❌ line for every failed test as its file finishes.
const failedTestsSeen = (out) => (out.match(/❌/g) ?? []).length;

async function runEngine(engine) {
  const { name } = ENGINES[engine];
  const started = Date.now();
  let r = await runOnce(engine);
  const log = [`===== ${name} =====`, r.out];
  // The files that ended green before a runner died keep their counts; the next run has the rest
  // (the file it died in first). Under load a whole second run cost WebKit minutes. A runner that
  // dies again goes on the same way while each run ends files green (WebKitWebDriver not answering
  // a navigation, UND_ERR_HEADERS_TIMEOUT, came twice in one CI run): the machine failed, not a
  // test (four runs at most). A run after the first that ends no file green stops: that is a file
  // that kills the runner, and the run fails.
  let carried = 0;
  let runs = 1;
  for (let attempt = 2; !r.counts && attempt <= 4; attempt++) {
    const { files, ended } = progress(r.out);
    const green = ended.filter((e) => e.green && files.includes(e.file));
    const rest = files.filter((f) => !green.some((e) => e.file === f));
    const resume = green.length > 0 && rest.length > 0;
    if (attempt > 2 && !resume) break;
    log.push(
      `\n${name}: the test runner ended without a count (${r.signal ? `killed by ${r.signal}` : `exit ${r.code}`}); it ends with:\n${lastLines(r.out, 15)}\n` +
        (resume ? `${name}: ${green.length} of ${files.length} files had ended green; running the other ${rest.length} once more.` : `${name}: running it once more.`),
    );
    if (resume) carried += green.reduce((n, e) => n + e.passed, 0);
    else carried = 0;
    r = resume ? await runOnce(engine, [...withoutFiles(args), ...rest.flatMap((f) => ['--files', f])]) : await runOnce(engine);
    log.push(`===== ${name}, run ${attempt} =====`, r.out);
    runs = attempt;
  }
  if (r.counts) r.counts = { passed: r.counts.passed + carried, failed: r.counts.failed };
  // A test that fails once under load and passes when its file runs again is flaky, not
  // green: its file runs once more (alone, same engine), the run passes only if every test
  // in it passes then, and the summary names each flaky file so it gets fixed. A failure that
  // repeats fails the run. KLAR_NO_RERUN=1 turns the second chance off. A file the runner names
  // as failed with every test passed (WebKitWebDriver not answering while the session closed:
  // UND_ERR_HEADERS_TIMEOUT) gets the same second chance: the machine failed, not a test.
  let flaky = [];
  if (r.counts && (r.counts.failed || r.code !== 0) && !process.env.KLAR_NO_RERUN) {
    const files = [...r.out.matchAll(/^browser failed file: (.+)$/gm)].map((m) => m[1].trim());
    if (files.length && files.length <= 3) {
      log.push(`\n${name}: ${r.counts.failed} failed in ${files.join(', ')}; running ${files.length === 1 ? 'that file' : 'those files'} once more.`);
      const again = await runOnce(engine, files.flatMap((f) => ['--files', f]));
      log.push(`===== ${name}, failed files again =====`, again.out);
      if (again.counts && !again.counts.failed && again.code === 0) {
        flaky = files;
        r = { ...r, code: 0, counts: { passed: r.counts.passed + r.counts.failed, failed: 0 } };
      }
    }
  }
  return { engine, name, ...r, runs, flaky, log: log.join('\n'), seconds: Math.round((Date.now() - started) / 1000) };
}

const results = await Promise.all(wanted.map(runEngine));
let passed = 0;
let failed = 0;
const lines = [];
for (const r of results) {
  process.stdout.write(`${r.log}\n`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    // A runner that counted no failure but still exited non-zero (e.g. a file that did not load).
    if (!r.counts.failed && r.code !== 0) failed++;
    lines.push(`${r.name}: ${r.counts.passed} passed, ${r.counts.failed} failed${r.code && !r.counts.failed ? ` (exit ${r.code})` : ''}, ${r.seconds} s`);
    for (const f of r.flaky) lines.push(`${r.name}: FLAKY - ${f} failed once and passed when run again; fix it.`);
    continue;
  }
  const seen = r.neverStarted ? 0 : failedTestsSeen(r.out);
  failed += seen + 1;
  lines.push(
    `${r.name}: NOT RUN TO THE END - ${r.neverStarted ? `the browser did not start, ${r.runs} times` : `the test runner crashed in each of ${r.runs} runs (exit ${r.code}); ${seen} failed test(s) seen in the last`}. See its log above.`,
  );
}
console.log(`\n${lines.join('\n')}`);
console.log(`\nbrowser tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

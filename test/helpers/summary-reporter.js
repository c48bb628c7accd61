// Prints "N passed, N failed" alone on the last line, so CI can read the result
// (the default reporter keeps its count on a progress-bar line).
/** A test file's path as the command line names it. */
const rel = (f) => String(f ?? '?').replace(`${process.cwd()}/`, '');

/** Calls `fn` with each test of a suite and the names of the suites it is in. */
const eachTest = (suite, where, fn) => {
  for (const t of suite.tests) fn(t, where);
  for (const s of suite.suites) eachTest(s, [...where, s.name], fn);
};

/** One file's counts. A file that failed to load has no results but errors: one failure. */
function fileCounts(s) {
  const c = { passed: 0, failed: 0, skipped: 0 };
  if (s.testResults) eachTest(s.testResults, [], (t) => c[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++);
  else if (s.errors?.length) c.failed++;
  if (s.testResults && s.errors?.length && !s.passed && !s.testResults.tests.length && !s.testResults.suites.length) c.failed++;
  return c;
}

export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** Each skipped test as "file › suite › test": scripts/skips.js lists them and fails the run. */
  const skips = [];
  /** Files with a failed test or a load error: scripts/run-engines.js reruns them once. */
  const failedFiles = new Set();
  /** Seconds per file (from its start to its end) and per test: where the run's time goes. */
  const started = new Map();
  const fileSeconds = [];
  const slowTests = [];
  return {
    start({ sessions, testFiles }) {
      // The files this run has, and each file as it ends with its counts: a runner that dies
      // mid-run (scripts/run-engines.js) then runs again only the files that had not ended green.
      process.stdout.write(`\nbrowser test files: ${JSON.stringify((testFiles ?? []).map(rel))}\n`);
      sessions.on('session-status-updated', (s) => {
        if (s.status === 'TEST_STARTED' && !started.has(s.id)) started.set(s.id, Date.now());
        if (s.status === 'FINISHED' && started.has(s.id)) fileSeconds.push([(Date.now() - started.get(s.id)) / 1000, rel(s.testFile)]);
        if (s.status === 'FINISHED') {
          const c = fileCounts(s);
          process.stdout.write(`\nbrowser file ended: ${JSON.stringify({ file: rel(s.testFile), ...c, green: !!s.passed && !c.failed && !c.skipped })}\n`);
        }
      });
    },
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (!s.passed && s.testFile) failedFiles.add(rel(s.testFile));
        const c = fileCounts(s);
        passed += c.passed;
        failed += c.failed;
        skipped += c.skipped;
        if (!s.testResults) continue;
        eachTest(s.testResults, [rel(s.testFile)], (t, where) => {
          const name = [...where, t.name].join(' › ');
          if ((t.duration ?? 0) >= 2000) slowTests.push([t.duration / 1000, name]);
          if (t.skipped) skips.push(name);
        });
      }
    },
    async reportTestRunFinished() {},
    stop() {
      const top = (list, n) => list.sort((a, b) => b[0] - a[0]).slice(0, n).map(([t, what]) => `${t.toFixed(1).padStart(6)} s  ${what}`).join('\n');
      if (fileSeconds.length) process.stdout.write(`\nbrowser seconds per file (slowest first):\n${top(fileSeconds, 60)}\n`);
      if (slowTests.length) process.stdout.write(`\nbrowser tests of 2 s or more (slowest first):\n${top(slowTests, 60)}\n`);
      for (const s of skips) process.stdout.write(`\nbrowser skip: ${s}`);
      for (const f of failedFiles) process.stdout.write(`\nbrowser failed file: ${f}`);
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      process.stdout.write(`\nbrowser tests: ${line}\n`);
      process.env.KLAR_WTR_SUMMARY = line;
    },
  };
}

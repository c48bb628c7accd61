// Prints "N passed, N failed" alone on the last line, so CI can read the result
// (the default reporter keeps its count on a progress-bar line).
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** Each skipped test as "file › suite › test": scripts/skips.js lists them and fails the run. */
  const skips = [];
  /** Files with a failed test or a load error: scripts/run-engines.js reruns them once. */
  const failedFiles = new Set();
  const count = (suite, where) => {
    for (const t of suite.tests) {
      if (t.skipped) {
        skipped++;
        skips.push([...where, t.name].join(' › '));
      } else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites) count(s, [...where, s.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (!s.passed && s.testFile) failedFiles.add(s.testFile.replace(`${process.cwd()}/`, ''));
        if (s.testResults) count(s.testResults, [s.testFile?.replace(`${process.cwd()}/`, '') ?? '?']);
        // A file that failed to load has no results but errors: count it as a failure.
        else if (s.errors?.length) failed++;
        if (s.testResults && s.errors?.length && !s.passed && !s.testResults.tests.length && !s.testResults.suites.length) failed++;
      }
    },
    async reportTestRunFinished() {},
    stop() {
      for (const s of skips) process.stdout.write(`\nbrowser skip: ${s}`);
      for (const f of failedFiles) process.stdout.write(`\nbrowser failed file: ${f}`);
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      process.stdout.write(`\nbrowser tests: ${line}\n`);
      process.env.KLAR_WTR_SUMMARY = line;
    },
  };
}

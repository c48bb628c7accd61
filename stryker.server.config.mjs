// Mutation testing of the reference server's feedback store and API (`npm run mutate` runs
// this after stryker.config.mjs). The tests are node:test files against the real server on a
// free port, run one process per file by Stryker's tap runner.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  tap: { testFiles: ['test/node/server/feedback.test.js', 'test/node/server/feedback-durability.test.js'] },
  mutate: ['server/feedback-store.js', 'server/feedback-api.js'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/mutation/server/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/server/index.html' },
  jsonReporter: { fileName: 'reports/mutation/server/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

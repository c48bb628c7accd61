// Mutation testing of the reference server's feedback store and API (`npm run mutate` runs
// this after stryker.config.mjs). The tests are the node:test files against the real server
// on a free port; here mocha runs them in one process (test/helpers/node-test.js),
// which is many times faster than a Node process and a server start per mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { config: '.mocharc.server.json' },
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

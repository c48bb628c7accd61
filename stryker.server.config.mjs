// Mutation testing of the reference server's feedback store and API (`npm run mutate` runs
// this after stryker.config.mjs, whose settings it shares). The tests are the node:test files
// against the real server on a free port; mocha runs them in one process here
// (test/helpers/node-test.js), many times faster than a Node process and a server start per mutant.
import core from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...core,
  mochaOptions: { config: '.mocharc.server.json' },
  testRunnerNodeArgs: [],
  mutate: ['server/feedback-store.js', 'server/feedback-api.js'],
  // The slowest server test takes 2.3 s; a mutant that leaves a write unanswered is stopped 6 s later.
  timeoutMS: 6000,
  // Its own sandbox folder: the two configs run side by side (scripts/mutate.js).
  tempDirName: '.stryker-tmp-server',
  incrementalFile: 'reports/mutation/server/stryker-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/server/index.html' },
  jsonReporter: { fileName: 'reports/mutation/server/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
};

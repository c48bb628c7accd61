// Mutation testing of the pure core modules (`npm run mutate`; not part of `npm test`: slow).
// Stryker changes one thing in the source at a time (a `<` becomes `<=`, a branch is removed…)
// and runs the tests that cover it: a change no test notices is a "survivor", a gap in the tests.
// The browser runner cannot host Stryker, so these modules' tests run in Node under mocha
// (.mocharc.json lists them; test/helpers/node/ makes them run there unchanged).
// The server's feedback store and API have their own config: stryker.server.config.mjs.
// @stryker-mutator 9.x: version 10 needs Node 22; this project runs on Node 20.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { config: '.mocharc.json' },
  testRunnerNodeArgs: ['--import', 'tsx', '--import', './test/helpers/node/register.js', '--import', './test/helpers/node/quick-properties.js'],
  // The fetch controller (src/case/case-fetch.ts) is left out: its tests drive <klar-case> in
  // a browser (test/case/), and it has no Node-run tests yet.
  mutate: [
    'src/core/dates.ts',
    'src/core/http.ts',
    'src/core/localize.ts',
    'src/core/parse-case.ts',
    'src/core/pii.ts',
    'src/core/safe-url.ts',
    'src/core/schedule.ts',
  ],
  // The TypeScript checker (`npm run mutate -- --checkers typescript`) drops mutants that would
  // not compile, but it cost four times the CPU of the tests themselves: off by default.
  tsconfigFile: 'tsconfig.mutate.json',
  coverageAnalysis: 'perTest',
  // Module-level constants (a regex, a Set of languages): each needs every test rerun, which
  // was 40 % of the time for 7 % of the mutants; the tests of the functions using them cover them.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that makes a test hang (a loop that never ends, a promise never settled) is stopped after
  // 1.5 × the test's own time + this: 4 s is ample for tests that take milliseconds, and 36 such
  // mutants no longer cost 10 s each.
  timeoutMS: 4000,
  incremental: true,
  incrementalFile: 'reports/mutation/core/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/core/index.html' },
  jsonReporter: { fileName: 'reports/mutation/core/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  // Not needed by the tests: another Stryker run's sandbox (it would be copied into this one, and
  // its .d.ts files break the instrumenter) and build output the Node tests never read.
  ignorePatterns: ['.stryker-tmp*', 'storybook-static', 'coverage', 'bench/results'],
  cleanTempDir: true,
};

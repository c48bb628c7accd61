import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './test/helpers/chrome.js';
// Sets the browsers' clock to Denmark's (CITIZEN_TIME_ZONE) before any browser starts.
import './test/helpers/engines.js';
import { summaryReporter } from './test/helpers/summary-reporter.js';
import { testServerMiddleware } from './test/helpers/test-server.js';
import { watchdogPlugin, watchdogReporter } from './test/helpers/watchdog.js';
import { axNamePlugin } from './test/helpers/ax-name.js';
import { crashOncePlugin } from './test/helpers/crash-once.js';

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // One file at a time: a second page in headless Chromium is a background tab, reports
  // visibilityState 'hidden' and gets no animation frames, which made tests hang or flake.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Fail fast: a test that waits forever fails after 20 s (mocha's per-test timeout; an axe
  // check sets its own 60 s); a page that hangs fails its file after 40 s of silence
  // (test/helpers/watchdog.js). testsFinishTimeout is per file: the outer limit for a file
  // that is alive but slow on a loaded machine.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  // A file's page must start its tests within this time. web-test-runner's default, 20 s, is short
  // on a busy 2-core machine (three engines side by side): a page that starts late would fail its
  // file and cost a second run of it. The same limit as a browser's start.
  testsStartTimeout: 60000,
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script type="module" src="/test/helpers/watchdog-page.js"></script><script type="module" src="/test/helpers/readable-failures.js"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  middleware: [await testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), watchdogPlugin(), axNamePlugin(), crashOncePlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter(), watchdogReporter()],
};

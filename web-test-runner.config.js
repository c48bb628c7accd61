import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './test/helpers/chrome.js';
import { summaryReporter } from './test/helpers/summary-reporter.js';
import { testServerMiddleware } from './test/helpers/test-server.js';

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // One file at a time: a second page in headless Chromium is a background tab, reports
  // visibilityState 'hidden' and gets no animation frames, which made tests hang or flake.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  middleware: [await testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};

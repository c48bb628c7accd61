// The whole browser suite in the three engines citizens use: Chromium, Firefox ESR and
// WebKit, all from Debian's packages (no tool downloads a browser).
//   Firefox: puppeteer over WebDriver BiDi.  WebKit: WebKitWebDriver (webkit2gtk-driver) under xvfb-run.
// Run with `npm run test:browsers` (it wraps this in xvfb-run).
import { existsSync } from 'node:fs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.js';
import { FIREFOX, FIREFOX_LAUNCH, INSTALL, WEBKIT_CAPABILITIES, WEBKIT_DRIVER } from './test/helpers/engines.js';

const only = process.env.KLAR_BROWSERS?.split(',');
const wants = (engine) => !only || only.includes(engine);
const missing = [];
if (wants('firefox') && !FIREFOX) missing.push(INSTALL.firefox);
if (wants('webkit') && !existsSync(WEBKIT_DRIVER)) missing.push(INSTALL.webkit);
if (missing.length) {
  console.error(`Cannot run the three-browser suite; missing: ${missing.join(', ')}.`);
  process.exit(1);
}

const browsers = [
  ...base.browsers,
  puppeteerLauncher({ launchOptions: FIREFOX_LAUNCH }),
  webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.KLAR_WEBKIT_DRIVER_PORT) || 4444,
    capabilities: WEBKIT_CAPABILITIES,
    // Under load WebKitWebDriver has, about once in ten CI runs, never answered a navigation:
    // the runner waited webdriver's default 120 s for it before it crashed and the files not yet
    // green ran again (scripts/run-engines.js). A test page loads within seconds even then; 45 s,
    // and no second try at a browser that did not answer, gives that time back.
    connectionRetryTimeout: 45_000,
    connectionRetryCount: 0,
  }),
].filter((b, i) => wants(['chromium', 'firefox', 'webkit'][i]));

export default { ...base, browsers, concurrentBrowsers: 3 };

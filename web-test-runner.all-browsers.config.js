// The whole browser suite in the three engines citizens use: Chromium, Firefox ESR and
// WebKit, all from Debian's packages (no tool downloads a browser).
//   Firefox: puppeteer over WebDriver BiDi.  WebKit: WebKitWebDriver (webkit2gtk-driver) under xvfb-run.
// Run with `npm run test:browsers` (it wraps this in xvfb-run).
import { existsSync } from 'node:fs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.js';

const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const only = process.env.KLAR_BROWSERS?.split(',');
const wants = (engine) => !only || only.includes(engine);
const missing = [];
if (wants('firefox') && !FIREFOX) missing.push('Firefox ESR (sudo apt-get install -y firefox-esr)');
if (wants('webkit') && !existsSync(WEBKIT_DRIVER)) missing.push('WebKit (sudo apt-get install -y webkit2gtk-driver xvfb)');
if (missing.length) {
  console.error(`Cannot run the three-browser suite; missing: ${missing.join(', ')}.`);
  process.exit(1);
}

const browsers = [
  ...base.browsers,
  puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }),
  webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.KLAR_WEBKIT_DRIVER_PORT) || 4444,
    capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } },
  }),
].filter((b, i) => wants(['chromium', 'firefox', 'webkit'][i]));

export default { ...base, browsers, concurrentBrowsers: 3 };

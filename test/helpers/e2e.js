// What the end-to-end tests share: reading text through shadow roots, starting the machine's
// browsers (never a downloaded one) and the reference server with a browser for a suite.
// Waiting for a condition: ./until.js.
import { before, after } from 'node:test';
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './chrome.js';
import { FIREFOX, FIREFOX_LAUNCH, INSTALL, WEBKIT_CAPABILITIES, startWebKitDriver } from './engines.js';
import { freePort, spawnServer, tempDataDir } from './reference-server.js';

/** Starts the machine's Chromium, headless, with the project's quiet flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
}

/**
 * The reference server as a child process (its own free port and temporary data directory)
 * and, unless `browser: false`, the machine's Chromium, for the tests of the enclosing
 * `describe`: started before the first of them, stopped after the last. The object returned
 * holds `server` (url, output, kill), `browser`, `port` and `dataDir` from the first test on;
 * a test that kills the server starts the next one with spawnServer({ port, dataDir }).
 * @param {{ browser?: boolean, env?: Record<string, string> }} [opts]
 */
export function useDemoServer({ browser = true, env } = {}) {
  const demo = /** @type {{ server: Awaited<ReturnType<typeof spawnServer>>, browser: import('playwright-core').Browser, port: number, dataDir: string }} */ ({});
  before(async () => {
    demo.port = await freePort();
    demo.dataDir = tempDataDir();
    demo.server = await spawnServer({ port: demo.port, dataDir: demo.dataDir, env });
    if (browser) demo.browser = await launchChromium();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.kill();
    if (demo.dataDir) rmSync(demo.dataDir, { recursive: true, force: true });
  });
  return demo;
}

/** The engines citizens use, by the name the tests print. */
export const ENGINES = /** @type {const} */ ({ chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKit' });

/**
 * @typedef {object} EnginePage A page in one engine, driven only through script evaluation.
 * @property {(url: string) => Promise<void>} goto loads `url` and waits for its load event
 * @property {<A, R>(fn: (arg: A) => R, arg?: A) => Promise<Awaited<R>>} evaluate runs `fn` in the page (it is sent as source text: no closures) and gives its JSON-able result, awaited
 * @property {string[] | undefined} errors the page's console errors and uncaught exceptions (CSP and Trusted Types violations land there); undefined where the driver cannot see them (WebKit over classic WebDriver)
 * @property {() => Promise<void>} close
 */

/**
 * Starts one of the machine's engines for end-to-end tests that only need to load a page and
 * run script in it: Chromium through playwright-core, Firefox ESR through puppeteer over
 * WebDriver BiDi, WebKit through WebKitWebDriver (MiniBrowser, under xvfb-run when there is no
 * display; it allows one session, so one page at a time). Throws, naming the Debian package,
 * when the engine is missing: a missing browser fails the test, it never skips it.
 * @param {keyof typeof ENGINES} engine
 * @param {{ width?: number, height?: number }} [viewport]
 * @param {{ chromium?: import('playwright-core').Browser }} [reuse] a Chromium already running (each page still gets a context of its own), left open by close()
 * @returns {Promise<{ newPage(): Promise<EnginePage>, close(): Promise<void> }>}
 */
export async function launchEngine(engine, { width = 1280, height = 900 } = {}, { chromium: running } = {}) {
  /** Collects console errors from a playwright or puppeteer page (the same event names). */
  const errorsOf = (/** @type {any} */ page) => {
    /** @type {string[]} */ const errors = [];
    page.on('console', (/** @type {any} */ m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (/** @type {Error} */ e) => errors.push(e.message));
    return errors;
  };
  if (engine === 'chromium') {
    const browser = running ?? (await launchChromium());
    return {
      async newPage() {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const errors = errorsOf(page);
        return { goto: async (url) => void (await page.goto(url)), evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg), errors, close: () => context.close() };
      },
      // A Chromium that was passed in belongs to whoever started it.
      close: async () => void (running ? undefined : await browser.close()),
    };
  }
  if (engine === 'firefox') {
    if (!FIREFOX) throw new Error(`Cannot start Firefox: missing ${INSTALL.firefox}.`);
    const { default: puppeteer } = await import('puppeteer');
    const browser = await puppeteer.launch(FIREFOX_LAUNCH);
    return {
      async newPage() {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width, height });
        const errors = errorsOf(page);
        return { goto: async (url) => void (await page.goto(url)), evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg), errors, close: () => context.close() };
      },
      close: () => browser.close(),
    };
  }
  const driver = await startWebKitDriver();
  try {
    const { remote } = await import('webdriverio');
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES, connectionRetryTimeout: 60_000 });
    await browser.setWindowSize(width, height);
    return {
      async newPage() {
        return {
          goto: (url) => browser.url(url).then(() => undefined),
          // Classic WebDriver's Execute Script awaits a promise the script returns.
          evaluate: (fn, arg) => browser.execute(/** @type {any} */ (fn), arg),
          errors: undefined,
          // The one window stays; leave the page so its timers and event streams stop.
          close: () => browser.url('about:blank').then(() => undefined),
        };
      },
      async close() {
        await browser.deleteSession().catch(() => {});
        driver.stop();
      },
    };
  } catch (error) {
    driver.stop();
    throw new Error(`WebKit did not start: ${error}\nWebKitWebDriver's log:\n${driver.log()}`);
  }
}

/**
 * The visible text of an element (the page body by default) including open shadow roots,
 * recursively, without style, script and template contents; whitespace collapsed. Works with
 * JavaScript off too (it runs in Playwright's own world).
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 */
export function deepText(page, selector = 'body') {
  return page.$eval(selector, (root) => {
    /** @param {Node} n @returns {string} */
    const walk = (n) => {
      let s = '';
      const el = /** @type {Element} */ (n);
      if (el.shadowRoot) s += walk(el.shadowRoot);
      for (const c of n.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) s += c.textContent;
        // A line-break chance (<wbr>, or the status's empty span.klar-wbr) is no text and no space: "BYG-<wbr>2026" reads "BYG-2026".
        else if (c.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE', 'WBR'].includes(/** @type {Element} */ (c).tagName) && /** @type {Element} */ (c).className !== 'klar-wbr') s += ` ${walk(c)}`;
      }
      return s;
    };
    return walk(root).replace(/\s+/g, ' ').trim();
  });
}

/**
 * Chooses a case in the demo's picker and asks for it with the button beside it ("Vis sagen"):
 * choosing alone never switches the case (WCAG 3.2.2, On Input).
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
export async function pickCase(page, id) {
  await page.selectOption('#case-picker', id);
  await page.click('.picker button[type="submit"]');
}

/**
 * Starts the three engines at once for the tests of the enclosing `describe` and closes them
 * after the last: a browser takes seconds to start (Firefox the longest), so the starts overlap
 * the first tests instead of adding up. Returns a function that waits for one engine; it
 * rejects with launchEngine's error when that engine could not start. `chromium` gives a Chromium
 * the file has started already (useDemoServer's), so a file does not run two.
 * @param {{ width?: number, height?: number }} [viewport]
 * @param {{ chromium?: () => import('playwright-core').Browser | undefined }} [reuse]
 */
export function useEngines(viewport, { chromium } = {}) {
  /** @type {Partial<Record<keyof typeof ENGINES, ReturnType<typeof launchEngine>>>} */
  const started = {};
  before(() => {
    for (const engine of /** @type {(keyof typeof ENGINES)[]} */ (Object.keys(ENGINES))) {
      started[engine] = launchEngine(engine, viewport, { chromium: chromium?.() });
      started[engine].catch(() => {}); // reported by the tests that need the engine
    }
  });
  after(async () => {
    await Promise.all(Object.values(started).map((b) => b.then((x) => x.close(), () => {})));
  });
  return (/** @type {keyof typeof ENGINES} */ engine) => /** @type {ReturnType<typeof launchEngine>} */ (started[engine]);
}

// Zero layout shift: the demo ("Min sag") and the CMS page load on a slow phone (Chromium's CPU
// throttled ×4, 150 ms round trip) without moving what the citizen is reading: Cumulative
// Layout Shift (the Layout Instability API, https://web.dev/articles/cls) is 0.00 in 5 of 5
// loads of each page. The elements reserve their size before they upgrade and while their case
// loads (dist/cdn/klar.css and the loader, src/core/placeholder.styles.ts). The demo is
// server-rendered (klar-elements/ssr, light DOM): its status and timeline take the page over from
// the server's HTML once the case arrives, each in one task, and are then left with one render
// container each and no id on the page twice.
// Needs the build (`npm run build`).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { deepText, useDemoServer } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { requireBuild } from '../helpers/built.js';

const TIMEOUT = 120_000;
const RUNS = Number(process.env.KLAR_CLS_RUNS ?? 5);
/** The demo's server-rendered elements. */
const SSR_TAGS = ['klar-case-status', 'klar-expectation-timeline'];
requireBuild('dist/cdn/klar.js', 'dist/cdn/klar.css', 'dist/klar-elements.css', 'dist/ssr/index.js');

/** Sums layout shifts without recent input, as CLS does, and names what moved. */
function recordShifts() {
  /** @type {{ value: number, sources: string[] }[]} */
  const shifts = [];
  Object.defineProperty(window, '__klarShifts', { value: shifts });
  const describe = (/** @type {Node | null} */ n) => {
    if (!n || !(n instanceof Element)) return String(n?.nodeName ?? '?');
    return `${n.localName}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ').join('.')}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      if (e.hadRecentInput) continue;
      shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('no layout shift while the elements load, on a slow phone', { timeout: 2 * RUNS * TIMEOUT }, () => {
  const demo = useDemoServer();

  /**
   * Loads a page on a throttled phone-sized viewport and returns its layout shifts once every
   * element has drawn its case.
   * @param {string} url
   * @param {(p: import('playwright-core').Page) => Promise<unknown>} loaded
   * @param {(p: import('playwright-core').Page) => Promise<unknown>} [check] what must hold once loaded
   */
  async function shiftsOf(url, loaded, check) {
    const context = await demo.browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      await page.addInitScript(recordShifts);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
      await page.goto(`${demo.server.url}${url}`);
      await loaded(page);
      await page.waitForLoadState('networkidle');
      // Two frames after the last change: a shift is reported after the frame it happened in.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await check?.(page);
      return /** @type {{ value: number, sources: string[] }[]} */ (await page.evaluate(() => /** @type {any} */ (window).__klarShifts));
    } finally {
      await context.close();
    }
  }

  const pages = [
    {
      name: 'the demo (server-rendered, then taken over)',
      url: '/?case=par-5521',
      loaded: (/** @type {import('playwright-core').Page} */ p) =>
        until(() => p.evaluate((tags) => tags.every((t) => {
          const el = /** @type {any} */ (document.querySelector(t));
          return el?.hasUpdated && el.querySelector(':scope > [data-klar-ssr]') === null && el.innerText.includes('Din digitale tilladelse bliver aktiv');
        }), SSR_TAGS), { timeout: TIMEOUT / 2, message: "the case drawn by the elements, the server's render gone" }),
      check: async (/** @type {import('playwright-core').Page} */ p) => {
        const { roots, duplicates } = await p.evaluate((tags) => {
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
          return { roots: tags.map((t) => document.querySelector(t)?.querySelectorAll(':scope > .klar-root').length), duplicates: ids.filter((x, i) => ids.indexOf(x) !== i) };
        }, SSR_TAGS);
        assert.deepEqual(roots, [1, 1], 'exactly one .klar-root in the status and the timeline: the server container was removed');
        assert.deepEqual(duplicates, [], 'no id twice on the page');
      },
    },
    {
      name: 'the CMS page',
      url: '/cms.html',
      loaded: (/** @type {import('playwright-core').Page} */ p) =>
        until(() => deepText(p, 'main'), { ok: (t) => t.includes('Forsinket') && t.includes('Vi behandler din ansøgning'), timeout: TIMEOUT / 2, message: 'the cases drawn' }),
    },
  ];

  for (const { name, url, loaded, check } of pages) {
    test(`${name}: CLS 0.00 in ${RUNS} of ${RUNS} loads`, { timeout: RUNS * TIMEOUT }, async () => {
      const results = [];
      for (let i = 0; i < RUNS; i++) {
        const shifts = await shiftsOf(url, loaded, check);
        const cls = shifts.reduce((s, x) => s + x.value, 0);
        results.push({ cls, shifts });
        console.info(`# ${name} run ${i + 1}: CLS ${cls.toFixed(4)}${shifts.length ? `: ${shifts.map((s) => `${s.value.toFixed(4)} ${s.sources.join('; ')}`).join(' | ')}` : ''}`);
      }
      const bad = results.filter((r) => r.cls.toFixed(2) !== '0.00');
      assert.equal(bad.length, 0, `CLS above 0.00 in ${bad.length} of ${RUNS} loads: ${bad.map((r) => r.cls.toFixed(3)).join(', ')}`);
    });
  }
});

// The insights pages in Chromium under the reference server's strict page CSP (Trusted Types
// included): the public page with its charts, the staff log-in, filters and publishing, with
// no CSP violation and no console error; then axe-core (WCAG 2.x A/AA and best practices) on
// each page, in a second browser context that lets the test inject axe (the CSP would rightly
// refuse it). No build needed: the pages are server-rendered HTML with one stylesheet.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../helpers/e2e.js';
import { quickFeedback, startTestServer } from '../helpers/reference-server.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const TOKEN = 'e2e-staff-token';
const TIMEOUT = 90_000;

describe('insights pages in Chromium', { timeout: 3 * TIMEOUT }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */ let srv;

  before(async () => {
    srv = await startTestServer({ staffToken: TOKEN });
    const principles = ['klar-tale', 'haand-om-fejl', 'udvikling'];
    for (let i = 0; i < 12; i++) {
      const body = quickFeedback({ answers: { helped: i % 3 ? 'yes' : 'no', comment: `Kommentar ${i}: ring 12 34 56 78 eller skriv til a${i}@example.dk (CPR 070761-4285)` }, principle: principles[i % 3] });
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(res.status, 201);
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await srv?.stop();
  });

  /**
   * Runs axe on the page a fresh CSP-free context opens (with the given cookies).
   * @param {string} path
   * @param {import('playwright-core').Cookie[]} [cookies]
   */
  async function axeOn(path, cookies = []) {
    const context = await browser.newContext({ bypassCSP: true });
    try {
      if (cookies.length) await context.addCookies(cookies);
      const page = await context.newPage();
      await page.goto(`${srv.url}${path}`);
      await page.addScriptTag({ content: AXE });
      return await page.evaluate(async (tags) => {
        const r = await /** @type {any} */ (window).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((/** @type {any} */ v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((/** @type {any} */ n) => n.target.join(' ')).join(' | ')}`);
      }, TAGS);
    } finally {
      await context.close();
    }
  }

  test('public page, staff log-in, filter and publishing: no CSP or Trusted Types violation, no console error', { timeout: TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    // Playwright's init script is not subject to the page's CSP; it records what the CSP blocks.
    await context.addInitScript(() => {
      /** @type {any} */ (window).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => /** @type {any} */ (window).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await context.newPage();
    /** @type {string[]} */ const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    /** @type {string[]} */ const violations = [];
    const collect = async () => violations.push(...(await page.evaluate(() => /** @type {any} */ (window).__violations)));
    try {
      const res = await page.goto(`${srv.url}/insights`);
      assert.match(res?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
      const charts = page.locator('img.chart');
      assert.equal(await charts.count(), 3);
      for (let i = 0; i < 3; i++) {
        const box = await charts.nth(i).boundingBox();
        assert.ok(box && box.width > 200 && box.height > 50, `chart ${i} is drawn: ${JSON.stringify(box)}`);
        // The image loaded (img-src allows data:) and is not a broken-image box.
        assert.ok(await charts.nth(i).evaluate((img) => /** @type {HTMLImageElement} */ (img).complete && /** @type {HTMLImageElement} */ (img).naturalWidth > 0), `chart ${i} loaded`);
      }
      // What read-aloud and reader tools take of each chart block (its text nodes, in order): the
      // heading, the legend and the table, never the drawing's axis numbers and labels run
      // together before the table says them ("024uge 38uge 39…").
      const blocks = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-block')].map((b) => {
          const w = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
          const before = [];
          for (let n = w.nextNode(); n && !n.parentElement?.closest('table'); n = w.nextNode()) if (n.textContent?.trim()) before.push(n.textContent.trim());
          return { before, expected: [b.querySelector('h2')?.textContent?.trim(), ...[...b.querySelectorAll('.chart-legend li')].map((li) => li.textContent?.trim())] };
        }),
      );
      assert.equal(blocks.length, 3);
      for (const b of blocks) assert.deepEqual(b.before, b.expected, 'a chart block says its heading and legend before its table, nothing of the drawing');
      assert.equal(await page.locator('table.chart-data').count(), 3);
      assert.ok(!(await page.textContent('body'))?.includes('Kommentar 1'), 'no comment on the public page');
      // The stylesheet applied (charts scale to the column).
      assert.equal(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('img.chart'))).display), 'block');
      await collect();

      await page.click('a[href="/insights/staff"]');
      await page.fill('#staff-token', TOKEN);
      await Promise.all([page.waitForURL(/\/insights\/staff$/), page.click('form[action="/insights/staff/login"] button')]);
      const comments = page.locator('li.comment');
      assert.equal(await comments.count(), 12);
      const first = (await comments.first().textContent()) ?? '';
      // The server masks a CPR number as it stores it ("[CPR-nummer fjernet]"); the page masks the e-mail and phone it shows.
      assert.match(first, /ring \[telefon fjernet\] eller skriv til \[e-mail fjernet\] \(CPR \[CPR-nummer fjernet\]\)/);
      await collect();

      await page.selectOption('select[name="principle"]', 'klar-tale');
      await Promise.all([page.waitForURL(/principle=klar-tale/), page.click('form.filters button[type="submit"]')]);
      assert.equal(await page.locator('li.comment').count(), 4);
      await collect();

      await page.fill('#p-said', 'I sagde, at svaret kom for sent.');
      await page.fill('#p-did', 'Vi sender nu en besked, når sagen er modtaget.');
      // First the text as it will stand on the public page, then the button that publishes it.
      await Promise.all([page.waitForURL(/\/insights\/staff\/published$/), page.click('#publish button[type="submit"]')]);
      assert.match((await page.textContent('#preview [role="status"]')) ?? '', /Det er ikke offentliggjort endnu/);
      assert.match((await page.textContent('#preview .published-list')) ?? '', /Vi sender nu en besked, når sagen er modtaget\./);
      await collect();
      await Promise.all([page.waitForURL(/published=1/), page.click('#preview button[type="submit"]')]);
      assert.match((await page.textContent('[role="status"]')) ?? '', /Offentliggjort/);
      await collect();
      await page.goto(`${srv.url}/insights`);
      assert.match((await page.textContent('.published-list')) ?? '', /Vi sender nu en besked, når sagen er modtaget\./);
      await collect();

      assert.deepEqual(violations, [], 'no CSP or Trusted Types violation');
      // The log-in form is the body of a 401 answer, which Chromium reports as a failed load.
      assert.deepEqual(errors.filter((e) => !/status of 401/.test(e)), [], 'no console error');

      const cookies = await context.cookies();
      assert.ok(cookies.some((c) => c.name === 'klar_staff' && c.httpOnly && c.sameSite === 'Strict'), JSON.stringify(cookies));
    } finally {
      await context.close();
    }
  });

  /**
   * Each chart image as drawn: the width of the drawing the browser chose, its width on screen and
   * its smallest word's size on screen (CSS px).
   * @param {import('playwright-core').Page} page
   */
  const chartWords = (page) =>
    page.evaluate(async () =>
      Promise.all(
        [...document.querySelectorAll('img.chart')].map(async (el) => {
          const img = /** @type {HTMLImageElement} */ (el);
          if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
          const svg = decodeURIComponent(img.currentSrc.slice(img.currentSrc.indexOf(',') + 1));
          const width = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
          const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
          const shown = img.getBoundingClientRect().width;
          return { width, shown, smallest: (Math.min(...sizes) * shown) / width };
        }),
      ),
    );

  test('375 px, in Danish and English: the page does not scroll sideways, and every table ends inside its card', { timeout: TIMEOUT }, async () => {
    // At 375 px the English page was 397 px wide: "Did the page help?" and "Kind of message" (and
    // their share bars) ran past their cards; in Danish "Type besked" did.
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      for (const lang of ['da', 'en']) {
        await page.goto(`${srv.url}/insights?lang=${lang}`);
        const seen = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          tables: [...document.querySelectorAll('table')].map((table) => {
            const card = /** @type {HTMLElement} */ (table.closest('.insight'));
            const style = getComputedStyle(card);
            return {
              name: card.querySelector('h2')?.textContent ?? '',
              right: table.getBoundingClientRect().right,
              // The card's inner edge: inside its border and padding.
              inside: card.getBoundingClientRect().right - parseFloat(style.borderInlineEndWidth) - parseFloat(style.paddingInlineEnd),
            };
          }),
        }));
        assert.ok(seen.scrollWidth <= seen.clientWidth, `${lang}: the page is ${seen.scrollWidth} px wide in a ${seen.clientWidth} px window`);
        assert.ok(seen.tables.length >= 5, `${lang}: the charts' tables and the count tables are there (${seen.tables.length})`);
        for (const t of seen.tables) assert.ok(t.right <= t.inside + 0.5, `${lang}, "${t.name}": the table ends at ${t.right} px, its card at ${t.inside} px`);
        // The charts' words at the size they are drawn: the 640-wide drawing, scaled to a phone,
        // drew its 12 px words at 6 px.
        const words = await chartWords(page);
        assert.ok(words.length >= 3, `${lang}: the charts are there (${words.length})`);
        for (const w of words) assert.ok(w.smallest >= 11, `${lang}: a chart's smallest word is drawn at ${w.smallest.toFixed(1)} px (${w.width} px wide drawing shown ${w.shown} px wide)`);
      }
      // A wide window keeps the wide drawing, at its own size.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${srv.url}/insights`);
      for (const w of await chartWords(page)) assert.ok(w.width === 640 && w.smallest >= 12, JSON.stringify(w));
    } finally {
      await context.close();
    }
  });

  test('the staff view at 375 and 1280 px with long page paths and steps, and a huge ?page=: no sideways scrolling', { timeout: TIMEOUT }, async () => {
    // The filter's <select>s were as wide as their longest option ("/borger/… (99)"), and the
    // fieldset grew with them: 396 px at 375 for one real CMS path, 20,218 px for ?page=a×3000.
    for (let i = 0; i < 3; i++) {
      const body = quickFeedback({ pageUrl: `${srv.url}/borger/${'byggeri-og-bolig/'.repeat(8)}min-sag-${i}`, step: `${'behandling-af-ansoegning-'.repeat(7)}${i}` });
      assert.equal((await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).status, 201);
    }
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` } });
    const page = await context.newPage();
    try {
      for (const [width, path] of /** @type {const} */ ([
        [375, '/insights/staff'],
        [375, `/insights/staff?page=${'a'.repeat(3000)}`],
        [1280, `/insights/staff?page=${'a'.repeat(3000)}`],
      ])) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${srv.url}${path}`);
        const seen = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        assert.ok(seen.scrollWidth <= seen.clientWidth, `${width} px, ${path.slice(0, 40)}: the page is ${seen.scrollWidth} px wide in a ${seen.clientWidth} px window`);
      }
    } finally {
      await context.close();
    }
  });

  test('axe finds no violation on the public page, the log-in form and the staff view', { timeout: 4 * TIMEOUT }, async () => {
    const login = await fetch(`${srv.url}/insights/staff/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
    const [name, value] = (login.headers.get('set-cookie') ?? '').split(';')[0].split('=');
    /** @type {import('playwright-core').Cookie[]} */
    const cookies = [{ name, value, domain: '127.0.0.1', path: '/insights/staff', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' }];
    for (const [path, withCookies] of /** @type {Array<[string, boolean]>} */ ([
      ['/insights', false],
      ['/insights?lang=en', false],
      ['/insights/staff', false],
      ['/insights/staff?principle=udvikling&from=2020-01-01', true],
    ])) {
      assert.deepEqual(await axeOn(path, withCookies ? cookies : []), [], `axe on ${path}${withCookies ? ' (logged in)' : ''}`);
    }
  });
});

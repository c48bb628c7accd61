// The demo as a citizen on a phone uses it (issue 16): at 375 px the chosen case comes right
// after the picker, and choosing a case puts its heading in the first screen, focused; at 1280 px
// the list of cases stays beside the case, and a case's link in it opens the case without a reload.
// Needs the build in dist/ (`npm run build`).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pickCase, useDemoServer } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { ROOT } from '../helpers/reference-server.js';
import { uuidFor } from '../../server/formats.js';

if (!existsSync(path.join(ROOT, 'dist/klar-case.js'))) throw new Error('demo-narrow.e2e.js needs the build: run `npm run build` first');

describe('the demo on a phone and on a desktop', { timeout: 240_000 }, () => {
  const demo = useDemoServer();

  /** The focused element's text and where the case heading is, seen from the page. */
  const focusInfo = (/** @type {import('playwright-core').Page} */ page) =>
    page.evaluate(() => {
      const status = document.querySelector('#case klar-case-status');
      // Light DOM by default; a shadow root when the page asks for render-mode="shadow".
      const title = (status?.shadowRoot ?? status)?.querySelector('[part~="title"]');
      const r = title?.getBoundingClientRect();
      return {
        focused: status?.shadowRoot ? document.activeElement === status && status.shadowRoot.activeElement === title : document.activeElement === title,
        title: title?.textContent?.trim() ?? '',
        top: r?.top ?? -1,
        bottom: r?.bottom ?? -1,
        vh: innerHeight,
      };
    });

  test('375 px: choosing any case puts its heading in the first screen, focused', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await page.goto(`${demo.server.url}/`);
      const options = await until(() => page.$$eval('#case-picker option', (os) => os.map((o) => ({ value: /** @type {HTMLOptionElement} */ (o).value, text: o.textContent ?? '' }))), { ok: (o) => o.length >= 5, message: 'the picker' });
      // The list of cases is not built on a phone (it would push the case far down, and poll).
      assert.equal(await page.$$eval('#case-list klar-case-list', (l) => l.length), 0);
      for (const o of options.slice(1).concat(options.slice(0, 1))) {
        await pickCase(page, o.value);
        const info = await until(() => focusInfo(page), { ok: (i) => i.focused, message: `focus on the heading of ${o.value}`, timeout: 30_000 });
        assert.ok(info.top >= 0 && info.bottom <= info.vh, `${o.value}: heading in the first screen (${info.top}–${info.bottom} of ${info.vh})`);
      }
    } finally {
      await context.close();
    }
  });

  test('375 px: a link to a case that is not there leaves the picker saying "Vælg en sag", and "Vis sagen" stays on the page', async () => {
    // The picker was blank: app.js set its value to an id none of its options has.
    const context = await demo.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      for (const [lang, words] of [['da', 'Vælg en sag'], ['en', 'Choose a case']]) {
        await page.goto(`${demo.server.url}/?case=does-not-exist&lang=${lang}`);
        // As sent, the server marks "Vælg en sag" chosen; the script then builds the picker again, the same way.
        const picker = () => page.$eval('#case-picker', (el) => {
          const s = /** @type {HTMLSelectElement} */ (el);
          return { value: s.value, text: s.selectedOptions[0]?.textContent?.trim() ?? '', missing: s.validity.valueMissing };
        });
        const shown = await until(picker, { ok: (p) => p.value !== 'byg-2417', message: `${lang}: the script sets the picker` });
        assert.notEqual(shown.text, '', `${lang}: the picker shows an option with words`);
        assert.equal(shown.text, words, lang);
        // Nothing is chosen, so "Vis sagen" sends nothing: the browser asks for a choice, and the page stays.
        assert.equal(shown.missing, true, `${lang}: the select asks for a choice`);
        // Feedback from this page is filed under no case, not under the one index.html was written with.
        assert.equal(await page.$eval('#feedback', (f) => f.getAttribute('case-reference')), null, `${lang}: the form names no case`);
        await page.click('.picker button[type="submit"]');
        await page.waitForLoadState();
        assert.match(page.url(), /[?&]case=does-not-exist(&|$)/, `${lang}: still on the page asked for`);
        // Choosing a case shows it, and the placeholder goes: it is not a case to go back to.
        await pickCase(page, 'bol-0893');
        await until(() => focusInfo(page), { ok: (i) => i.focused, message: `${lang}: focus on the chosen case`, timeout: 30_000 });
        assert.deepEqual(await page.$$eval('#case-picker option[value=""]', (os) => os.length), 0, `${lang}: no placeholder once a case is shown`);
        assert.match((await page.$eval('#feedback', (f) => f.getAttribute('case-reference'))) ?? '', /^BOL-/i, `${lang}: the form names the case shown`);
      }
    } finally {
      await context.close();
    }
  });

  test('375 px: a link that names the case as the API takes it (?case=BYG-2417, or its ZGW uuid) shows that case as chosen', async () => {
    // The API found /api/cases/BYG-2417, but the page took it for a case that is not there: the
    // picker said "Vælg en sag" beside the case, and feedback named no case. The page looked for the
    // case a second way, its own, which knew no ZGW uuid: the same for ?case=<the zaak's uuid>.
    const context = await demo.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      const byg = await (await fetch(`${demo.server.url}/api/cases/byg-2417`)).json();
      for (const asked of ['BYG-2417', uuidFor('zaak:byg-2417').toUpperCase()]) {
        await page.goto(`${demo.server.url}/?case=${asked}`);
        // Once the script has built the picker from /api/cases: the server's options say `selected` in the markup, the script's do not.
        const state = () =>
          page.evaluate(() => {
            const s = /** @type {HTMLSelectElement} */ (document.getElementById('case-picker'));
            return { value: s.value, placeholder: !!s.querySelector('option[value=""]'), reference: document.getElementById('feedback')?.getAttribute('case-reference'), built: !s.querySelector('option[selected]') };
          });
        const shown = await until(state, { ok: (st) => st.built, message: `${asked}: the script builds the picker` });
        assert.deepEqual(shown, { value: 'byg-2417', placeholder: false, reference: byg.reference, built: true }, asked);
        assert.equal(await page.$eval('#case', (el) => el.getAttribute('src')), '/api/cases/byg-2417', asked);
        const title = await until(() => focusInfo(page), { ok: (i) => i.title.length > 0, message: `${asked}: the case on screen`, timeout: 30_000 });
        assert.equal(title.title, byg.title, asked);
      }
      // Back from a case chosen on the page comes to the case the link named.
      await pickCase(page, 'bol-0893');
      await until(() => page.$eval('#case', (el) => el.getAttribute('src')), { ok: (s) => s === '/api/cases/bol-0893', message: 'bol-0893 chosen' });
      await page.goBack();
      await until(() => page.$eval('#case', (el) => el.getAttribute('src')), { ok: (s) => s === '/api/cases/byg-2417', message: 'back to byg-2417' });
      assert.equal(await page.$eval('#case-picker', (el) => /** @type {HTMLSelectElement} */ (el).value), 'byg-2417');
    } finally {
      await context.close();
    }
  });

  test('1280 px: the list stays beside the case, and a case link in it opens the case without reloading', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${demo.server.url}/`);
      const rows = () => page.$$eval('#case-list klar-case-list', (l) => (l[0]?.shadowRoot ?? l[0])?.querySelectorAll('[part~="row"]').length ?? 0);
      await until(rows, { ok: (n) => n >= 5, message: 'the list' });
      const listBox = await page.$eval('.case-list', (e) => e.getBoundingClientRect().toJSON());
      const caseBox = await page.$eval('.case-main', (e) => e.getBoundingClientRect().toJSON());
      assert.ok(listBox.right <= caseBox.left, 'list beside the case');
      await page.evaluate(() => ((/** @type {any} */ (window)).__noReload = true));
      const link = page.locator('#case-list klar-case-list li:nth-child(1) [part~="title"] a').last();
      await link.waitFor({ timeout: 30_000 });
      await link.click();
      const info = await until(() => focusInfo(page), { ok: (i) => i.focused, message: 'focus on the chosen case', timeout: 30_000 });
      assert.ok(info.title.length > 0);
      assert.equal(await page.evaluate(() => (/** @type {any} */ (window)).__noReload), true, 'no reload');
      assert.match(page.url(), /\?case=/);
      // The list marks the case now shown.
      const chosen = new URL(page.url()).searchParams.get('case');
      await until(() => page.$eval('#case-list klar-case-list', (el) => el.getAttribute('current')), { ok: (c) => c === chosen, message: 'the list marks the chosen case' });
    } finally {
      await context.close();
    }
  });
});

// An idle "Min sag" tab is quiet (issue 15, item 9; issue 16, item 5): the list of every case is
// one <klar-case-list> that asks /api/cases once a minute (one request for all five cases, mostly
// a 304), and the chosen case listens to its event stream instead of polling. Counted over two
// real minutes against the reference server, at desktop width where the list is shown.
// Needs the build in dist/ (`npm run build`).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { deepText, useDemoServer } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { requireBuild } from '../helpers/built.js';

requireBuild('dist/klar-case-list.js', 'dist/klar-case.js');

const WINDOW_MS = 120_000;

describe('an idle demo tab', { timeout: WINDOW_MS + 120_000 }, () => {
  const demo = useDemoServer();

  test('makes at most 2 requests a minute, counted over 2 minutes', { timeout: WINDOW_MS + 90_000 }, async (t) => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${demo.server.url}/`);
      // Loaded: the list shows all five cases and the chosen case its status.
      await until(() => deepText(page, '#case-list klar-case-list'), { ok: (s) => s.includes('Afsluttede sager'), message: 'the list', timeout: 30_000 });
      await until(() => deepText(page, '#case klar-case-status'), { ok: (s) => s.includes('Skovvej 12'), message: 'the chosen case', timeout: 30_000 });
      await until(() => page.evaluate(() => document.visibilityState), { ok: (v) => v === 'visible', message: 'a visible tab' });
      /** @type {string[]} */
      const seen = [];
      // What each request came to, and what the page said, for a failure to be read without a rerun.
      /** @type {string[]} */
      const story = [];
      const start = Date.now();
      const at = () => `${((Date.now() - start) / 1000).toFixed(1)} s`;
      const name = (/** @type {import('playwright-core').Request} */ r) => `${r.method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`;
      page.on('request', (r) => {
        seen.push(name(r));
        story.push(`${at()} ${name(r)}`);
      });
      page.on('response', (r) => story.push(`${at()} ${name(r.request())} → ${r.status()}`));
      page.on('requestfailed', (r) => story.push(`${at()} ${name(r)} failed: ${r.failure()?.errorText}`));
      page.on('console', (m) => story.push(`${at()} console.${m.type()}: ${m.text().slice(0, 300)}`));
      await new Promise((r) => setTimeout(r, WINDOW_MS));
      const minutes = (Date.now() - start) / 60_000;
      t.diagnostic(`${seen.length} request(s) in ${minutes.toFixed(1)} min: ${seen.join(', ')}`);
      assert.ok(
        seen.length <= 2 * Math.ceil(minutes),
        `at most 2 a minute, saw ${seen.length}:\n${story.join('\n')}\nthe server said:\n${demo.server.output().slice(-3000)}`,
      );
      // …and the list really is kept fresh: the one list request went out in that time.
      assert.ok(seen.some((s) => s === 'GET /api/cases'), `the list refreshed: ${seen.join(', ')}`);
      assert.ok(seen.every((s) => s === 'GET /api/cases' || s.startsWith('GET /api/cases/byg-2417')), `only the list and the chosen case: ${seen.join(', ')}`);
    } finally {
      await context.close();
    }
  });
});

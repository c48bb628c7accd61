// "Embed anywhere": the ESM build (/dist/), the CDN loader (/cdn/klar.js) and the all-in-one file under a municipal
// site's strict Content-Security-Policy with Trusted Types, every element shown with real data
// and used; and the requests of a whole session: only the configured endpoints, no cookies.
// A tiny server in this test serves the pages (test/e2e/pages/), a case API and a feedback
// endpoint. Needs the build (`npm run build`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepText, launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { STRICT_CSP, startPageServer } from '../helpers/esm-server.js';
import { EXPECT, SAMPLE_CASE } from '../helpers/ssr-sample.js';
import { requireBuild } from '../helpers/built.js';

const TIMEOUT = 60_000;
const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
requireBuild('dist/klar-case.js', 'dist/cdn/klar.js', 'dist/cdn/klar-all.js');
const TAGS = ['klar-case', 'klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form'];

describe('embedding under a strict CSP with Trusted Types', { timeout: 6 * TIMEOUT }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startPageServer>>} */ let srv;

  before(async () => {
    // The all-in-one file on the CDN page's body, pinned with a query as a CMS does (its chunks must not load a second copy).
    const all = readFileSync(path.join(PAGES, 'cdn.html'), 'utf8').replace('src="/cdn/klar.js"', 'src="/cdn/klar-all.js?v=3"').replace('CDN file', 'all-in-one CDN file');
    srv = await startPageServer({ csp: STRICT_CSP, pagesDir: PAGES, pages: { '/pages/all.html': all }, cases: { 'c-1': SAMPLE_CASE } });
    browser = await launchChromium();
  });

  after(async () => {
    await (await esm?.catch(() => undefined))?.s.context.close();
    await browser?.close();
    await srv?.close();
  });

  /** @type {Promise<{ s: Awaited<ReturnType<typeof session>>, used: Promise<void> }> | undefined} */ let esm;
  /**
   * The ESM page's session, used once as a citizen would (showAndUse): the ESM build's render
   * test checks it for violations and errors, the whole-session test for what it contacted and
   * stored. Each built and used the same session anew before. Closed after the last test.
   */
  function esmSession() {
    esm ??= session('/pages/esm.html').then((s) => {
      const used = showAndUse(s.page);
      used.catch(() => {}); // reported by the tests that await it
      return { s, used };
    });
    return esm;
  }

  /**
   * Opens a page, shows every element with data and uses each one, recording violations,
   * console errors, requests and responses along the way.
   * @param {string} pagePath
   * @param {{ cookie?: boolean }} [opts] cookie: the test puts a cookie for the origin in the browser first
   */
  async function session(pagePath, { cookie = false } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (cookie) await context.addCookies([{ name: 'klar_session', value: 'secret', url: srv.url }]);
    const page = await context.newPage();
    /** @type {string[]} */ const errors = [];
    /** @type {{ url: string, type: string }[]} */ const requests = [];
    /** @type {{ url: string, setCookie?: string }[]} */ const responses = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    // A response still coming when the test closes its page (a poll) cannot be read any more: it came
    // after the checks. Unread, its rejection failed the whole file after every test had passed (CI, fresh67).
    page.on('response', (r) => {
      r.allHeaders().then(
        (h) => responses.push({ url: r.url(), setCookie: h['set-cookie'] }),
        () => {},
      );
    });
    const seenFrom = srv.requests.length;
    await page.goto(`${srv.url}${pagePath}`);
    /** @type {string[]} */
    const missing = [];
    for (const tag of TAGS) {
      const ok = await page
        .evaluate((t) => Promise.race([customElements.whenDefined(t).then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]), tag)
        .catch(() => false);
      if (!ok) missing.push(tag);
    }
    return { context, page, errors, requests, responses, missing, server: () => srv.requests.slice(seenFrom) };
  }

  /**
   * Checks each element rendered real content and uses it as a citizen would.
   * @param {import('playwright-core').Page} page
   */
  async function showAndUse(page) {
    const status = await until(() => deepText(page, 'klar-case-status'), { ok: (t) => t.includes(EXPECT.status), message: 'the status from the case API' });
    assert.ok(status.includes(EXPECT.nextStep), status);
    for (const c of EXPECT.contact) assert.ok(status.includes(c), `${c}: ${status}`);
    // The timeline folds the first step; unfolding shows it.
    const fold = page.locator('klar-expectation-timeline [part="fold-button"]');
    await until(() => fold.count(), { ok: (n) => n === 1, message: 'the fold button' });
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    assert.ok(!(await deepText(page, 'klar-expectation-timeline')).includes(EXPECT.steps[0]), 'the first step is folded away');
    await fold.click();
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    const timeline = await deepText(page, 'klar-expectation-timeline');
    for (const s of EXPECT.steps) assert.ok(timeline.includes(s), `${s}: ${timeline}`);
    // The badge's disclosure opens and shows the explanation.
    const trigger = page.locator('#badge [part="trigger"]');
    const details = page.locator('#badge details[part="base"]');
    assert.equal(await details.getAttribute('open'), null);
    await trigger.click();
    // Opening may wait for the explanations (fetched when the pointer reached the summary): the panel opens whole.
    await until(() => details.getAttribute('open'), { ok: (v) => v === '', message: 'the disclosure open' });
    assert.ok(await page.locator('#badge [part="explanation"]').isVisible(), 'the explanation is shown');
    const principles = await deepText(page, '#principles');
    for (const p of EXPECT.principles) assert.ok(principles.includes(p), `${p}: ${principles}`);
    // Inside another component's shadow root: rendered and styled (its sheet adopted there).
    const inner = await until(
      () =>
        page.evaluate(() => {
          const el = document.querySelector('#shadow-host')?.shadowRoot?.querySelector('klar-principles');
          const list = el?.querySelector('.klar-list');
          return list ? { text: el?.textContent ?? '', display: getComputedStyle(list).display } : null;
        }),
      { message: 'the principles inside a shadow root' },
    );
    assert.equal(inner.display, 'grid', 'styled inside the other shadow root');
    // Feedback: answer, comment, send; the endpoint answers 201 with a receipt.
    await page.click('#feedback button[name="helped"][value="yes"]');
    await page.fill('#feedback textarea[name="comment"]', 'Tydeligt, tak.');
    await page.click('#feedback [part="submit"]');
    await until(() => deepText(page, '#feedback'), { ok: (t) => /KF-\d{6}/.test(t), message: 'the thank-you with a receipt' });
  }

  for (const [name, pagePath] of [
    ['the ESM build from /dist/', '/pages/esm.html'],
    ['the CDN file /cdn/klar.js', '/pages/cdn.html'],
    ['the all-in-one CDN file /cdn/klar-all.js', '/pages/all.html'],
  ]) {
    test(`${name}: every element renders and works with no CSP or Trusted Types violation`, { timeout: TIMEOUT }, async () => {
      const shared = pagePath === '/pages/esm.html' ? await esmSession() : undefined;
      const s = shared?.s ?? (await session(pagePath));
      try {
        assert.deepEqual(s.missing, [], `elements not registered by ${name}`);
        await (shared?.used ?? showAndUse(s.page));
        const violations = await s.page.evaluate(() => /** @type {any} */ (window).__violations);
        assert.ok(Array.isArray(violations), 'the violation recorder ran first');
        assert.deepEqual(violations, [], 'no securitypolicyviolation events');
        assert.deepEqual(s.errors, [], 'no console errors');
        assert.equal(await s.page.evaluate(() => document.querySelectorAll('style, [style]').length), 0, 'no inline styles in the light DOM');
      } finally {
        if (!shared) await s.context.close();
      }
    });
  }

  test('the import map pasted from dist/cdn/importmap.html applies under the README\'s CSP with integrity.json\'s importMapCsp in script-src (and is blocked without it)', { timeout: 2 * TIMEOUT }, async () => {
    // An import map is an inline script: under script-src 'self' alone the browser ignores it, and
    // every chunk loads without its integrity check while the page looks fine (an integrator audit).
    const { importMapCsp } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    assert.match(importMapCsp, /^'sha256-[A-Za-z0-9+/]+=*'$/);
    const map = readFileSync('dist/cdn/importmap.html', 'utf8').trim();
    const page = readFileSync(path.join(PAGES, 'cdn.html'), 'utf8').replace('<script type="module" src="/cdn/klar.js">', `${map}\n<script type="module" src="/cdn/klar.js">`);
    assert.ok(page.includes('type="importmap"'), 'the map is on the page');
    for (const [csp, blocked] of [
      [STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${importMapCsp}`), false],
      [STRICT_CSP, true],
    ]) {
      const server = await startPageServer({ csp, pagesDir: PAGES, pages: { '/pages/cdn-sri.html': page }, cases: { 'c-1': SAMPLE_CASE } });
      const context = await browser.newContext();
      try {
        const p = await context.newPage();
        await p.goto(`${server.url}/pages/cdn-sri.html`);
        await until(() => deepText(p, 'klar-case-status'), { ok: (t) => t.includes(EXPECT.status), message: 'the status from the case API' });
        const violations = await p.evaluate(() => /** @type {any} */ (window).__violations);
        if (blocked) assert.ok(violations.some((v) => /^script-src.* blocked \(?inline/.test(v)), `without the hash the map is blocked: ${JSON.stringify(violations)}`);
        else assert.deepEqual(violations, [], `with ${importMapCsp} in script-src`);
      } finally {
        await context.close();
        await server.close();
      }
    }
  });

  test('a whole session contacts only the page’s origin and the configured endpoints, and sets no cookie', { timeout: TIMEOUT }, async () => {
    const { s, used } = await esmSession();
    await used;
    await s.page.waitForLoadState('networkidle');
    const origin = new URL(srv.url).origin;
    for (const r of s.requests) {
      const u = new URL(r.url);
      assert.equal(u.origin, origin, `request to another origin: ${r.url}`);
      assert.ok(['document', 'script', 'fetch', 'xhr'].includes(r.type), `unexpected ${r.type} request (fonts, images, styles are not loaded): ${r.url}`);
      assert.match(u.pathname, /^\/(pages\/esm(\.html|-entry\.js)|pages\/record-violations\.js|dist\/.+\.js|node_modules\/.+\.js|api\/cases\/c-1|api\/feedback)$/, `unexpected path ${u.pathname}`);
    }
    const apis = s.requests.filter((r) => r.type === 'fetch' || r.type === 'xhr').map((r) => new URL(r.url).pathname);
    assert.deepEqual([...new Set(apis)].sort(), ['/api/cases/c-1', '/api/feedback'], 'the case src and the feedback action, nothing else');
    assert.deepEqual(s.responses.filter((r) => r.setCookie), [], 'no Set-Cookie');
    assert.equal(await s.page.evaluate(() => document.cookie), '', 'document.cookie is empty');
    assert.deepEqual(await s.context.cookies(), [], 'the browser holds no cookie');
  });

  test('the case and feedback requests go without cookies, even when the origin has one; credentials="include" sends it', { timeout: TIMEOUT }, async () => {
    const s = await session('/pages/esm.html', { cookie: true });
    try {
      await showAndUse(s.page);
      const seen = s.server();
      assert.ok(seen.find((r) => r.url === '/pages/esm.html')?.cookie?.includes('klar_session=secret'), 'the cookie is there for the page itself');
      const api = seen.filter((r) => r.url.startsWith('/api/'));
      assert.deepEqual([...new Set(api.map((r) => r.url))].sort(), ['/api/cases/c-1', '/api/feedback']);
      for (const r of api) assert.equal(r.cookie, undefined, `${r.method} ${r.url} carried a cookie`);
    } finally {
      await s.context.close();
    }
    const inc = await session('/pages/esm-include.html', { cookie: true });
    try {
      await until(() => deepText(inc.page, 'klar-case-status'), { ok: (t) => t.includes(EXPECT.status), message: 'the status' });
      const caseReq = inc.server().find((r) => r.url === '/api/cases/c-1');
      assert.match(String(caseReq?.cookie), /klar_session=secret/, 'credentials="include" sends the cookie');
    } finally {
      await inc.context.close();
    }
  });
});

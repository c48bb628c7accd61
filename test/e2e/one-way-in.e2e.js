// One way in for case data (issue 11), end to end in the machine's Chromium set to another time
// zone (Los Angeles): raw case JSON with unsafe links and zone-less times, given to the elements
// as a property, fetched by <klar-case src>, and server-rendered (dist/ssr, read with JavaScript
// off), shows the same facts everywhere, Copenhagen clock times, and never a script link.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepText, launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { ROOT } from '../helpers/reference-server.js';
import { startPageServer } from '../helpers/esm-server.js';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const NOW = '2026-11-24T10:00:00.000Z';
const UNSAFE = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
const template = readFileSync(path.join(ROOT, 'test/fixtures/unsafe-links.json'), 'utf8');
const hostile = (/** @type {string} */ bad) => JSON.parse(template.replaceAll('"__UNSAFE__"', JSON.stringify(bad)));

if (!existsSync(path.join(ROOT, 'dist/ssr/index.js')) || !existsSync(path.join(ROOT, 'dist/cdn/klar.js'))) {
  throw new Error('one-way-in.e2e.js needs the build: run `npm run build` first');
}

/** Every href/action/src/formaction the page's elements write, through open shadow roots. */
function links(/** @type {import('playwright-core').Page} */ page) {
  return page.evaluate(() => {
    /** @type {string[]} */
    const out = [];
    /** @param {ParentNode} root */
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.localName.startsWith('klar-')) for (const a of ['href', 'action', 'src', 'formaction']) if (el.hasAttribute(a)) out.push(/** @type {string} */ (el.getAttribute(a)));
        if (el.shadowRoot) walk(el.shadowRoot);
        const tpl = el.localName === 'template' ? /** @type {HTMLTemplateElement} */ (el).content : null;
        if (tpl) walk(tpl);
      }
    };
    walk(document);
    return out;
  });
}

const unsafe = (/** @type {string} */ v) => {
  const s = v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(s) || (s.startsWith('data:') && !s.startsWith('data:text/calendar;'));
};

describe('one way in: property, <klar-case src> and server rendering agree', { timeout: 300_000 }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startPageServer>>} */ let server;
  /** @type {Record<string, { status: string, timeline: string }>} */ const ssr = {};

  before(async () => {
    const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    /** @type {Record<string, string>} */
    const pages = {};
    /** @type {Record<string, unknown>} */
    const cases = {};
    for (const [i, bad] of UNSAFE.entries()) {
      const raw = hostile(bad);
      cases[`h${i}`] = raw;
      ssr[i] = {
        status: await renderToString('klar-case-status', { case: raw, lang: 'da', now: NOW }),
        timeline: await renderToString('klar-expectation-timeline', { case: raw, lang: 'da', now: NOW }),
      };
      const head = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Min sag</title><script src="/pages/record-violations.js"></script>`;
      pages[`/prop/${i}`] = `${head}<script type="module" src="/cdn/klar.js"></script><script type="module" src="/pages/set-case.js"></script></head><body>
<div id="status"><klar-case-status data-case now="${NOW}"></klar-case-status></div>
<div id="timeline"><klar-expectation-timeline data-case now="${NOW}"></klar-expectation-timeline></div>
<script type="application/json" id="case-data">${JSON.stringify(raw).replace(/</g, '\\u003c')}</script></body></html>`;
      pages[`/prov/${i}`] = `${head}<script type="module" src="/cdn/klar.js"></script></head><body><klar-case src="/api/cases/h${i}">
<div id="status"><klar-case-status now="${NOW}"></klar-case-status></div>
<div id="timeline"><klar-expectation-timeline now="${NOW}"></klar-expectation-timeline></div></klar-case></body></html>`;
      // A timeline alone in its <klar-case> says every fact, as a timeline given the case does;
      // next to a status it leaves the task, the decision and the appeal to the status (each fact once).
      pages[`/alone/${i}`] = `${head}<script type="module" src="/cdn/klar.js"></script></head><body><klar-case src="/api/cases/h${i}">
<div id="status"></div><div id="timeline"><klar-expectation-timeline now="${NOW}"></klar-expectation-timeline></div></klar-case></body></html>`;
      pages[`/ssr/${i}`] = `${head}</head><body><div id="status">${ssr[i].status}</div><div id="timeline">${ssr[i].timeline}</div></body></html>`;
    }
    server = await startPageServer({ pages, pagesDir: PAGES, cases });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('server rendering writes no script link for any spelling', () => {
    for (const i of UNSAFE.keys()) assert.doesNotMatch(ssr[i].status + ssr[i].timeline, /(href|action|src)="\s*(javascript|vbscript|data:text\/html)/i, UNSAFE[i]);
  });

  // In the browser, two spellings (the browser-level test in test/case/one-way-in.test.ts runs all five).
  for (const i of [2, 3]) {
    const bad = UNSAFE[i];
    test(`"${bad.slice(0, 20)}": no script link anywhere, the same facts in all three routes, Copenhagen times`, async () => {
      const js = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
      const nojs = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US', javaScriptEnabled: false });
      try {
        /** @type {Record<string, { status: string, timeline: string, links: string[] }>} */
        const seen = {};
        for (const [route, ctx] of /** @type {const} */ ([['prop', js], ['prov', js], ['alone', js], ['ssr', nojs]])) {
          const page = await ctx.newPage();
          await page.goto(`${server.url}/${route}/${i}`);
          const status = await until(() => deepText(page, '#status'), { ok: (t) => route === 'alone' || t.includes('Under behandling'), message: `${route}: the status`, timeout: 30_000 });
          const timeline = await until(() => deepText(page, '#timeline'), { ok: (t) => t.includes('Vi vurderer ansøgningen'), message: `${route}: the timeline`, timeout: 30_000 });
          seen[route] = { status, timeline, links: await links(page) };
          if (route !== 'ssr') assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__violations), [], `${route}: CSP violations or errors`);
          await page.close();
        }
        const { alone, ...withStatus } = seen;
        assert.deepEqual(alone.links.filter(unsafe), [], 'alone: script links');
        for (const [route, s] of Object.entries(withStatus)) {
          assert.deepEqual(s.links.filter(unsafe), [], `${route}: script links`);
          assert.ok(s.links.includes('tel:33663366'), `${route}: the phone link is there (${s.links.join(' ')})`);
          // The zone-less "since" is Copenhagen time, not the browser's (Los Angeles would be 00:30),
          // and says so to this reader in Los Angeles; the server's render cannot know the reader's clock.
          assert.ok(s.status.includes(route === 'ssr' ? 'kl. 09:30 Det' : 'kl. 09:30 (dansk tid)'), `${route}: Copenhagen time in "${s.status}"`);
          // The case is decided: its steps left open are done, none promised or late after the decision.
          assert.match(s.timeline, /Alle 3 trin er færdige/, `${route}: the decided case's steps`);
          assert.doesNotMatch(s.timeline, /forsinket|bagud|Forventet/i, `${route}: no step late or expected after the decision`);
        }
        assert.equal(seen.prov.status, seen.prop.status, 'status: provided = property');
        assert.equal(seen.alone.timeline, seen.prop.timeline, 'timeline: provided = property');
        // Next to the status, the decision is said once on the page: by the status, not by the timeline too.
        // The case's own words say the grant: they are the outcome tag (not "Du har fået ja" beside them).
        const outcome = 'Du har fået byggetilladelse';
        assert.ok(seen.prop.timeline.includes(outcome) && seen.prov.status.includes(outcome), `the decision is said (${outcome})`);
        assert.ok(!seen.prov.timeline.includes(outcome), 'provided, next to the status: the timeline leaves the decision to the status');
        // The fee-like task left after the decision is said by the status, and only there (4a34567).
        const task = ' Det skal du stadig gøre Send tegningerne senest 5. december 2026 Sæt fristen i din kalender';
        assert.ok(seen.prop.timeline.includes(task) && /Send tegningerne Senest 5. december 2026/.test(seen.prov.status), `the task still open is said (${seen.prov.status})`);
        assert.equal(
          seen.prov.timeline,
          seen.prop.timeline.replace(/ Afgørelse Du har fået byggetilladelse .*?(?= Ansøgning modtaget)/, '').replace(task, ''),
          'timeline next to a status: the property timeline without the decision and the task',
        );
        // Without JavaScript the server's render has no "Kopiér" button (it would do nothing); the rest is the same.
        // Nor the zone after the time (it cannot know the reader's clock).
        assert.equal(seen.ssr.status, seen.prop.status.replace(' Kopiér ', ' ').replace(' (dansk tid)', ''), 'status: server-rendered = property');
        assert.ok(seen.prop.status.includes('BYG-2026-0417 Kopiér Status'), 'the button beside the number, with JavaScript');
        assert.equal(seen.ssr.timeline, seen.prop.timeline, 'timeline: server-rendered = property');
      } finally {
        await js.close();
        await nojs.close();
      }
    });
  }

  test('a numeric status code or a bare-string status renders on the server instead of throwing', async () => {
    const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    const numeric = await renderToString('klar-case-status', { case: { title: 'Sag', status: { code: 3, label: 'Under behandling' } }, lang: 'da', now: NOW });
    assert.match(numeric, /Under behandling/);
    const broken = await renderToString('klar-case-status', { case: { nonsense: true }, lang: 'da', now: NOW });
    assert.match(broken, /Vi kan ikke vise din sag lige nu<\/strong> Vi kan ikke læse oplysningerne om sagen\./);
  });
});

// Readable by every citizen's tools (issue 14): on the demo and the CMS page, every fact a
// person sees in the case elements (status, lead answer, next step and its date, the citizen's
// task, contact, each step) is found by the tools that walk the page's own DOM: a light-DOM
// TreeWalker (read-aloud and translation scripts), document.body.innerText (no scrolling),
// body.cloneNode(true).textContent (reader views) and select-all. Page translation cannot
// freeze a later live update, and the accessibility tree is the same as with shadow DOM.
// Against the real reference server and the built package. Needs `npm run build`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { freePort, spawnServer, tempDataDir } from '../helpers/reference-server.js';
import { requireBuild } from '../helpers/built.js';

const TIMEOUT = 90_000;
requireBuild('dist/klar-case.js', 'dist/cdn/klar.js');

/** The demo's cases, one per situation the issue names. */
const CASES = [
  ['byg-2417', 'in progress'],
  ['bol-0893', 'waiting for the citizen'],
  ['par-5521', 'delayed'],
  ['nat-0316', 'moved'],
  ['afg-1188', 'decided'],
];

/** The parts that hold a fact a citizen needs (status card and timeline). */
const FACT_PARTS = ['title', 'status-tag', 'lead', 'action', 'next', 'handoff', 'notice', 'decision', 'contact', 'date', 'waiting', 'promise', 'appeal'];

describe('the case is readable by the tools that walk the page', { timeout: 12 * TIMEOUT }, () => {
  /** @type {string} */ let dataDir;
  /** @type {Awaited<ReturnType<typeof spawnServer>>} */ let srv;
  /** @type {import('playwright-core').Browser} */ let browser;

  before(async () => {
    dataDir = tempDataDir();
    srv = await spawnServer({ port: await freePort(), dataDir });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await srv?.kill();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /**
   * Opens a page; with `shadow`, every klar element in the HTML gets render-mode="shadow" (the
   * comparison for the accessibility tree).
   * @param {string} url
   * @param {{ shadow?: boolean }} [opts]
   */
  async function open(url, { shadow = false } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (shadow) {
      await page.route(/\/(\?.*)?$|\.html/, async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(/<(klar-(?:case|case-status|expectation-timeline|principle-badge|principles|step))([\s>])/g, '<$1 render-mode="shadow"$2');
        await route.fulfill({ response: res, body });
      });
    }
    /** @type {string[]} */ const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${srv.url}${url}`);
    return { page, context, errors };
  }

  /**
   * Waits until the demo shows case `id` (the page switches to it after loading the default one).
   * @param {import('playwright-core').Page} page
   * @param {string} id
   */
  async function showing(page, id) {
    await until(() => page.evaluate((i) => {
      const c = /** @type {any} */ (document.querySelector('#case'));
      return c?.getAttribute('src') === `/api/cases/${i}` && c.state === 'ready' && c.case?.reference && !!document.querySelector('#case klar-case-status')?.hasUpdated;
    }, id), { message: `the demo showing ${id}`, timeout: 20_000 });
    await until(() => facts(page), { ok: (f) => f.length >= 5, message: `the facts of ${id}`, timeout: 20_000 });
  }

  /**
   * The facts a person sees: the visible text of each fact part of the case elements, found
   * through shadow roots too (so this list is the same whatever the render mode).
   * @param {import('playwright-core').Page} page
   */
  function facts(page) {
    return page.evaluate((parts) => {
      /** @type {string[]} */ const out = [];
      /** @param {ParentNode} root */
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          const part = el.getAttribute('part')?.split(/\s+/) ?? [];
          if (!part.some((p) => parts.includes(p)) || !(el instanceof HTMLElement) || !el.checkVisibility()) continue;
          const host = /** @type {ShadowRoot} */ (el.getRootNode()).host ?? el.closest('klar-case-status, klar-expectation-timeline');
          if (!host || !/^klar-(case-status|expectation-timeline)$/.test(host.localName)) continue;
          const t = el.innerText.replace(/\s+/g, ' ').trim();
          if (t) out.push(t);
        }
      };
      visit(document);
      return out;
    }, FACT_PARTS);
  }

  /**
   * What each page-reading tool gets, whitespace removed (tools differ in how they space blocks).
   * @param {import('playwright-core').Page} page
   */
  function readers(page) {
    return page.evaluate(() => {
      const squash = (/** @type {string} */ s) => s.replace(/\s+/g, '');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let walked = '';
      while (walker.nextNode()) walked += walker.currentNode.nodeValue;
      const sel = /** @type {Selection} */ (getSelection());
      sel.selectAllChildren(document.body);
      const selected = sel.toString();
      sel.removeAllRanges();
      return {
        treeWalker: squash(walked),
        innerText: squash(document.body.innerText),
        cloneNode: squash(/** @type {HTMLElement} */ (document.body.cloneNode(true)).textContent ?? ''),
        selectAll: squash(selected),
      };
    });
  }

  /**
   * Checks every fact is found by every reader.
   * @param {import('playwright-core').Page} page
   * @param {string} label
   */
  async function assertReadable(page, label) {
    const seen = await facts(page);
    assert.ok(seen.length >= 5, `${label}: facts found (${seen.length}): ${seen.join(' | ')}`);
    const got = await readers(page);
    for (const [reader, text] of Object.entries(got)) {
      const missing = seen.filter((f) => !text.includes(f.replace(/\s+/g, '')));
      assert.deepEqual(missing, [], `${label}: ${reader} misses ${missing.length} of ${seen.length} facts`);
    }
    return seen.length;
  }

  for (const [id, what] of CASES) {
    test(`demo, ${what} (${id}): every fact is found by TreeWalker, innerText, cloneNode and select-all`, { timeout: TIMEOUT }, async () => {
      const { page, context, errors } = await open(`/?case=${id}`);
      try {
        await showing(page, id);
        await assertReadable(page, id);
        assert.deepEqual(errors, [], 'no console errors (CSP, Trusted Types)');
      } finally {
        await context.close();
      }
    });
  }

  test('the CMS page: every fact is found by every reader', { timeout: TIMEOUT }, async () => {
    const { page, context, errors } = await open('/cms.html');
    try {
      await until(() => facts(page), { ok: (f) => f.length >= 5, message: 'the facts on the CMS page', timeout: 20_000 });
      await assertReadable(page, 'cms');
      assert.deepEqual(errors, [], 'no console errors (CSP, SRI, Trusted Types)');
    } finally {
      await context.close();
    }
  });

  test('page translation wrapped every text node in <font>; a status change over SSE still reaches the screen', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=byg-2417');
    try {
      await until(() => page.locator('#case klar-case-status [part~="status-tag"]').innerText(), { ok: (t) => t.includes('Under behandling'), message: 'the first status' });
      // What Chrome's and Firefox's page translation do: each text node inside the elements becomes <font><font>…</font></font>.
      const wrapped = await page.evaluate(() => {
        let n = 0;
        for (const el of document.querySelectorAll('#case klar-case-status, #case klar-expectation-timeline')) {
          const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          /** @type {Text[]} */ const texts = [];
          while (w.nextNode()) if (w.currentNode.nodeValue?.trim()) texts.push(/** @type {Text} */ (w.currentNode));
          for (const t of texts) {
            const outer = document.createElement('font');
            const inner = document.createElement('font');
            inner.textContent = `[EN] ${t.nodeValue}`;
            outer.append(inner);
            t.replaceWith(outer);
            n++;
          }
        }
        return n;
      });
      assert.ok(wrapped > 10, `text nodes wrapped: ${wrapped}`);
      const res = await fetch(`${srv.url}/api/clock/advance?case=byg-2417`, { method: 'POST' });
      assert.equal(res.status, 200);
      const shown = await until(() => page.locator('#case klar-case-status [part~="status-tag"]').innerText(), {
        ok: (t) => !t.includes('Under behandling'),
        message: 'the new status on screen',
        timeout: 15_000,
      });
      assert.ok(!shown.includes('[EN]'), `a fresh render, not the translated old one: ${shown}`);
      assert.match(await page.locator('#case klar-case-status').innerText(), /Naboerne får besked/);
    } finally {
      await context.close();
      await fetch(`${srv.url}/api/clock/reset`, { method: 'POST' });
    }
  });

  /**
   * The page's accessibility tree as Chromium gives it to screen readers: role, name,
   * description and states of every node that is not ignored, in order.
   * @param {import('playwright-core').Page} page
   */
  async function axTree(page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const skip = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'StaticText', 'RootWebArea']);
    return nodes
      .filter((n) => !n.ignored && !skip.has(String(n.role?.value)))
      .map((n) => {
        const props = (n.properties ?? [])
          // (Not the url: a calendar link's data: URL carries the minute it was made.)
          .filter((p) => !['focusable', 'editable', 'settable', 'hiddenRoot', 'readonly', 'url'].includes(p.name))
          .map((p) => `${p.name}=${JSON.stringify(p.value?.value)}`)
          .sort()
          .join(',');
        return `${n.role?.value} "${n.name?.value ?? ''}" ${n.description?.value ? `desc="${n.description.value}" ` : ''}${props}`.replace(/\s+/g, ' ').trim();
      });
  }

  for (const [id, what] of CASES) {
    test(`accessibility tree, ${what} (${id}): the same roles, names, descriptions and states as with shadow DOM`, { timeout: TIMEOUT }, async () => {
      const trees = [];
      for (const shadow of [false, true]) {
        const { page, context } = await open(`/?case=${id}`, { shadow });
        try {
          await showing(page, id);
          if (shadow) assert.equal(await page.evaluate(() => !!document.querySelector('#case klar-case-status')?.shadowRoot), true, 'the comparison page renders in shadow DOM');
          else assert.equal(await page.evaluate(() => !!document.querySelector('#case klar-case-status')?.shadowRoot), false, 'the page renders in the light DOM');
          await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
          trees.push(await axTree(page));
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(trees[0], trees[1]);
    });
  }
});

// Readable by every citizen's tools (issue 14): on the demo and the CMS page, every fact a
// person sees in the case elements (status, lead answer, next step and its date, the citizen's
// task, contact, each step, and each row of the demo's case list) is found by the tools that
// walk the page's own DOM: a light-DOM TreeWalker (read-aloud and translation scripts),
// document.body.innerText (no scrolling), body.cloneNode(true).textContent (reader views) and
// select-all; and page translation cannot freeze a later live update. Both in Chromium, Firefox ESR and WebKit (launchEngine: one browser
// per engine, one server for all). The accessibility tree is the same as with shadow DOM
// (Chromium only: see there). Against the real reference server and the built package. Needs
// `npm run build`; WebKit starts its own virtual display when there is none.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, useDemoServer, useEngines } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { translate } from '../helpers/translate.js';
import { requireBuild } from '../helpers/built.js';

const TIMEOUT = 150_000;
requireBuild('dist/klar-case.js', 'dist/cdn/klar.js');

/** The demo's cases, one per situation the issue names. */
const CASES = [
  ['byg-2417', 'in progress'],
  ['bol-0893', 'waiting for the citizen'],
  ['par-5521', 'delayed'],
  ['nat-0316', 'moved'],
  ['afg-1188', 'decided'],
];

/** The parts that hold a fact a citizen needs (status card, timeline, and each row of the case list beside them). */
const FACT_PARTS = ['title', 'status-tag', 'lead', 'action', 'next', 'handoff', 'notice', 'decision', 'contact', 'date', 'waiting', 'promise', 'appeal', 'group-heading'];
/** The demo's list of cases (shown on wide screens, as here): five rows. */
const LIST_ROWS = 5;

/**
 * The demo's promises under "Vores løfter til dig" (`.promises`): badges with the municipality's
 * own text, which kept their shadow DOM until page tools were to find their names too.
 */
const PROMISES = ['Tydelige forventninger', 'Sammenhæng', 'Klar tale', 'Hånd om fejl'];

// The engines run side by side (their tests in order within each), which keeps the time this
// file adds to CI near that of its slowest engine instead of the sum of all three.
describe('the case is readable by the tools that walk the page', { timeout: 30 * TIMEOUT, concurrency: true }, () => {
  // One server for every engine; the Chromium it starts serves the accessibility-tree tests and
  // is the Chromium engine too (a context per page), not a second Chromium beside it.
  const demo = useDemoServer();
  const engines = useEngines(undefined, { chromium: () => demo.browser });

  // The translation tests move the demo clock of byg-2417 and put it back: they, and the
  // accessibility tests (which load a case twice and compare), take turns.
  let clockFree = Promise.resolve();
  /** @template T @param {() => Promise<T>} fn @returns {Promise<T>} */
  function withClock(fn) {
    const turn = clockFree.then(fn);
    clockFree = turn.then(
      () => {},
      () => {},
    );
    return turn;
  }

  /**
   * Waits until the demo shows case `id` (the page switches to it after loading the default one).
   * @param {Pick<import('../helpers/e2e.js').EnginePage, 'evaluate'>} page (a playwright page will do)
   * @param {string} id
   */
  async function showing(page, id) {
    await until(() => page.evaluate((i) => {
      const c = /** @type {any} */ (document.querySelector('#case'));
      return c?.getAttribute('src') === `/api/cases/${i}` && c.state === 'ready' && !!c.case?.reference && !!(/** @type {any} */ (document.querySelector('#case klar-case-status'))?.hasUpdated);
    }, id), { message: `the demo showing ${id}`, timeout: 60_000 });
    await until(() => read(page), { ok: (r) => r.facts.length >= 5 && r.listRows >= LIST_ROWS, message: `the facts of ${id} and the list`, timeout: 60_000 });
  }

  /**
   * In one script run (so a live update cannot fall in between): the facts a person sees, that
   * is the visible text of each fact part of the case elements and the name of each promise
   * badge under "Vores løfter til dig" (`.promises`), found through shadow roots too
   * (so this list is the same whatever the render mode); and what each page-reading tool gets,
   * whitespace removed (tools differ in how they space blocks).
   * @param {Pick<import('../helpers/e2e.js').EnginePage, 'evaluate'>} page
   * @returns {Promise<{ facts: string[], listFacts: number, listRows: number, readers: Record<string, string> }>}
   */
  function read(page) {
    return page.evaluate((parts) => {
      /** @type {string[]} */ const facts = [];
      let listFacts = 0;
      /** @param {ParentNode} root */
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          const part = el.getAttribute('part')?.split(/\s+/) ?? [];
          if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
          const host = /** @type {ShadowRoot} */ (el.getRootNode()).host ?? el.closest('klar-case-status, klar-expectation-timeline, klar-case-list, klar-principle-badge');
          if (!host) continue;
          const promise = host.localName === 'klar-principle-badge' && part.includes('name') && !!host.closest('.promises');
          if (!promise && (!part.some((p) => parts.includes(p)) || !/^klar-(case-status|expectation-timeline|case-list)$/.test(host.localName))) continue;
          const t = el.innerText.replace(/\s+/g, ' ').trim();
          if (t) facts.push(t);
          if (t && host.localName === 'klar-case-list') listFacts++;
        }
      };
      visit(document);
      const squash = (/** @type {string} */ s) => s.replace(/\s+/g, '');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let walked = '';
      while (walker.nextNode()) walked += walker.currentNode.nodeValue;
      const sel = /** @type {Selection} */ (getSelection());
      sel.selectAllChildren(document.body);
      const selected = sel.toString();
      sel.removeAllRanges();
      const list = document.querySelector('klar-case-list');
      return {
        facts,
        listFacts,
        listRows: list ? (list.shadowRoot ?? list).querySelectorAll('[part~="row"]').length : 0,
        readers: {
          treeWalker: squash(walked),
          innerText: squash(document.body.innerText),
          cloneNode: squash(/** @type {HTMLElement} */ (document.body.cloneNode(true)).textContent ?? ''),
          selectAll: squash(selected),
        },
      };
    }, FACT_PARTS);
  }

  /**
   * Waits for the facts on the page, then checks every fact is found by every reader, and no
   * console error (CSP, Trusted Types) where the engine's driver reports them.
   * @param {import('../helpers/e2e.js').EnginePage} page
   * @param {string} label
   * @param {boolean} [withList] the page shows the demo's case list, whose facts must be counted too
   */
  async function assertReadable(page, label, withList = false) {
    const { facts, listFacts, readers } = await until(() => read(page), { ok: (r) => r.facts.length >= 5, message: `the facts of ${label}`, timeout: 60_000 });
    // The demo's list beside the case: at least a title, a status and a "when" or next step per row.
    if (withList) assert.ok(listFacts >= 3 * LIST_ROWS, `${label}: the case list's facts are counted (${listFacts})`);
    for (const [reader, text] of Object.entries(readers)) {
      const missing = facts.filter((f) => !text.includes(f.replace(/\s+/g, '')));
      assert.deepEqual(missing, [], `${label}: ${reader} misses ${missing.length} of ${facts.length} facts: ${missing.join(' | ')}`);
    }
    if (page.errors) assert.deepEqual(page.errors, [], `${label}: no console errors (CSP, SRI, Trusted Types)`);
  }

  /** The status tag's text as a person sees it (innerText), or '' before it is drawn. */
  const statusTag = (/** @type {import('../helpers/e2e.js').EnginePage} */ page) =>
    page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('#case klar-case-status [part~="status-tag"]'))?.innerText ?? '');

  /**
   * Opens a page in Chromium (playwright-core); with `shadow`, every klar element in the HTML
   * gets render-mode="shadow" (the comparison for the accessibility tree).
   * @param {string} url
   * @param {{ shadow?: boolean }} [opts]
   */
  async function openChromium(url, { shadow = false } = {}) {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (shadow) {
      await page.route(/\/(\?.*)?$|\.html/, async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(/<(klar-(?:case|case-status|expectation-timeline|principle-badge|principles|step))([\s>])/g, '<$1 render-mode="shadow"$2');
        await route.fulfill({ response: res, body });
      });
    }
    await page.goto(`${demo.server.url}${url}`);
    return { page, context };
  }

  // Accessibility-tree parity runs in Chromium only: the whole tree (roles, names, descriptions,
  // states) is read over the DevTools protocol (Accessibility.getFullAXTree). Firefox's driver
  // (WebDriver BiDi) and WebKit's (classic WebDriver) give no accessibility tree; classic
  // WebDriver's computed role and label are per element, without descriptions and states.

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
    // In tree order, as a screen reader meets them: the protocol's flat list is not (a shadow
    // root's nodes can come after later light-DOM nodes), so walk the tree from its root.
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    /** @type {typeof nodes} */ const ordered = [];
    const walk = (/** @type {(typeof nodes)[number]} */ n) => {
      ordered.push(n);
      for (const id of n.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    for (const n of nodes) if (!n.parentId || !byId.has(n.parentId)) walk(n);
    return ordered
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

  describe('Chromium: accessibility tree', { concurrency: 1 }, () => {
    for (const [id, what] of CASES) {
      test(`accessibility tree, ${what} (${id}): the same roles, names, descriptions and states as with shadow DOM`, { timeout: TIMEOUT }, () =>
        withClock(async () => {
          const trees = [];
          for (const shadow of [false, true]) {
            const { page, context } = await openChromium(`/?case=${id}`, { shadow });
            try {
              await showing(page, id);
              if (shadow) assert.equal(await page.evaluate(() => !!document.querySelector('#case klar-case-status')?.shadowRoot), true, 'the comparison page renders in shadow DOM');
              else assert.equal(await page.evaluate(() => !!document.querySelector('#case klar-case-status')?.shadowRoot), false, 'the page renders in the light DOM');
              // The tree settles after the last render: read it until two reads agree.
              /** @type {string} */ let last = '';
              const tree = await until(
                async () => {
                  const t = await axTree(page);
                  const same = JSON.stringify(t) === last;
                  last = JSON.stringify(t);
                  return same ? t : undefined;
                },
                { message: 'a settled accessibility tree', interval: 300, timeout: 30_000 },
              );
              trees.push(tree);
            } finally {
              await context.close();
            }
          }
          assert.deepEqual(trees[0], trees[1]);
      }));
    }
  });

  for (const [engine, name] of /** @type {[keyof typeof ENGINES, string][]} */ (Object.entries(ENGINES))) {
    describe(name, { concurrency: 1 }, () => {
      /** @type {Awaited<ReturnType<ReturnType<typeof useEngines>>>} */ let browser;
      before(async () => {
        browser = await engines(engine);
      });

      /** Runs `check` on a fresh page at `url`, closing it after. */
      async function onPage(/** @type {string} */ url, /** @type {(page: import('../helpers/e2e.js').EnginePage) => Promise<void>} */ check) {
        const page = await browser.newPage();
        try {
          await page.goto(`${demo.server.url}${url}`);
          await check(page);
        } finally {
          await page.close();
        }
      }

      for (const [id, what] of CASES) {
        test(`${name}, demo, ${what} (${id}): every fact is found by TreeWalker, innerText, cloneNode and select-all`, { timeout: TIMEOUT }, () =>
          onPage(`/?case=${id}`, async (page) => {
            await showing(page, id);
            // The promises' names are facts too (their badges hold text of their own).
            await until(() => read(page), { ok: (r) => PROMISES.every((p) => r.facts.includes(p)), message: `the promises' names on ${id}`, timeout: 60_000 });
            await assertReadable(page, `${name}, ${id}`, true);
          }));
      }

      test(`${name}, the CMS page: every fact is found by every reader`, { timeout: TIMEOUT }, () =>
        onPage('/cms.html', async (page) => {
          await assertReadable(page, `${name}, cms`);
        }));

      test(`${name}: page translation wrapped every text node in <font>; a status change over SSE still reaches the screen, in the case and in the list's row`, { timeout: TIMEOUT }, async () => {
        await withClock(async () => {
          try {
            await onPage('/?case=byg-2417', async (page) => {
              await until(() => statusTag(page), { ok: (t) => t.includes('Under behandling'), message: 'the first status', timeout: 60_000 });
              /** The list's row for byg-2417, as a person sees it. */
              const row = () => page.evaluate(() => /** @type {HTMLElement | undefined} */ ([...document.querySelectorAll('#case-list klar-case-list [part~="row"]')].find((r) => r.textContent?.includes('Skovvej 12')))?.innerText ?? '');
              await until(row, { ok: (t) => t.includes('Under behandling'), message: "the list's row", timeout: 60_000 });
              // What Chrome's and Firefox's page translation do: each text node inside the elements becomes <font><font>…</font></font>.
              const wrapped = await page.evaluate(translate, '#case klar-case-status, #case klar-expectation-timeline, #case-list klar-case-list');
              assert.ok(wrapped > 10, `text nodes wrapped: ${wrapped}`);
              const res = await fetch(`${demo.server.url}/api/clock/advance?case=byg-2417`, { method: 'POST' });
              assert.equal(res.status, 200);
              const shown = await until(() => statusTag(page), { ok: (t) => !!t && !t.includes('Under behandling'), message: 'the new status on screen', timeout: 60_000 });
              assert.ok(!shown.includes('[EN]'), `a fresh render, not the translated old one: ${shown}`);
              assert.match(await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('#case klar-case-status')).innerText), /Naboerne får besked/);
              // The list's row follows the case at once (its own poll is a minute away), drawn afresh.
              await until(row, { ok: (t) => t.includes('Naboerne får besked'), message: "the new status in the list's row", timeout: 15_000 });
              assert.ok(!(await row()).includes('[EN]'), `the list's row drawn afresh: ${await row()}`);
            });
          } finally {
            await fetch(`${demo.server.url}/api/clock/reset`, { method: 'POST' });
          }
        });
      });
    });
  }
});

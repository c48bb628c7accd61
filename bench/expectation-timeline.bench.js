// <klar-expectation-timeline>: time to first render of 10, 100 and 1,000 steps, updating one
// step's state in a 1,000-step timeline, and a cold first render of 100 steps (fresh page,
// script download and evaluation included), each against the same content as plain HTML.
//
// Baseline: the timeline's own rendered markup (the element with its render container, in the
// light DOM as the element renders it) and its light-DOM stylesheet, serialised once (off the
// clock), with Lit's marker comments (<!--?lit$…$-->, <!---->) stripped — a server would not
// send them — and then parsed from a string into the page: what a server-rendered page makes
// the browser do. In the warm rows the element is defined in the page, so the static copy is
// renamed to an undefined tag (STATIC_TAG, same length) and so is its stylesheet: the same
// rules, selectors and specificity, adopted into the document once like the element's own
// sheet (both sheets stay adopted for both sides, so each side matches against the same rules).
// Both sides are timed from the start of the work to the end of a forced style + layout, in the
// same page, interleaved (ctx.compare). All steps are unfolded (fold-after="0"), the worst
// case; a real long case folds its done steps.
// The update baseline swaps the changed <li> in the static copy (the cheapest a server-driven
// page could do); a second row compares with re-parsing the whole static list.
// The cold rows load a fresh page in a new browser context for every sample: the timeline page
// fetches, compiles and runs the bundle (Lit, the element, parseCase) and renders the case JSON
// (building its stylesheet included); the static page is the same markup, with the same CSS in
// a <style>. Both report performance.now() (from navigation start) once the timeline is
// rendered and laid out.
// Before each warm sample the page collects its garbage and pauses 20 ms (off the clock):
// interleaved in one page, the static side would otherwise pay for the timeline's garbage.
// Warm samples render the same case shape with new date windows each time (no window is
// formatted from a cache filled by an earlier sample); the language's formatters stay made, as
// for any render after a page's first. The cold row pays for everything.
// `npm run bench -- --filter timeline --quick` runs the 100-step rows alone.
export const title = '<klar-expectation-timeline> render and update vs static HTML';

/** Lit's marker comments: part of Lit's bookkeeping, not of the page a server would send. */
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!---->/g;

const NOW = '2026-11-24T10:00:00Z';

/** The case the bench renders, as raw JSON: same generator in the warm and the cold pages. */
const MAKE_CASE = `
const day = (base, plus) => new Date(base + plus * 86400000).toISOString().slice(0, 10);
function rawCase(n, changeAt = -1, changedState = 'skipped', run = 0) {
  const cur = Math.floor(n / 2);
  return {
    id: 'BENCH', title: 'Byggesag', receivedAt: '2025-01-01',
    status: { code: 'x', label: 'Under behandling' },
    promise: { processingTime: 'P8W', plannedDate: '2027-01-12', legalDeadline: '2027-03-20' },
    steps: Array.from({ length: n }, (_, i) => ({
      id: 's' + i,
      title: 'Trin ' + (i + 1) + ': vi vurderer projektet',
      description: 'En sagsbehandler ser på lokalplanen og bygningsreglementet.',
      state: i === changeAt ? changedState : i < cur ? 'done' : i === cur ? 'current' : 'upcoming',
      // Every step has its own dates, as in a real case, and each timed run new windows
      // (run shifts the end), so no formatting cache carries over from the warm-up.
      ...(i < cur ? { completedAt: day(Date.UTC(2024, 0, 1), i) } : { expected: { earliest: day(Date.UTC(2027, 0, 1), i), latest: day(Date.UTC(2027, 0, 15 + run), i) } }),
    })),
  };
}
`;

const PAGE = `
import './src/klar-expectation-timeline.ts';
import { parseCase } from './src/core/parse-case.ts';

const NOW = '${NOW}';
${MAKE_CASE}
const makeCase = (...args) => parseCase(rawCase(...args));

const settle = (node) => node.getBoundingClientRect().height; // forces style and layout

function mountTimeline(c) {
  const host = document.createElement('div');
  document.body.append(host);
  const el = document.createElement('klar-expectation-timeline');
  el.setAttribute('fold-after', '0');
  el.setAttribute('now', NOW);
  el.case = c;
  host.append(el);
  return { host, el };
}

const TAG = 'klar-expectation-timeline';
// An undefined tag of the same length: the static copy must not upgrade.
const STATIC_TAG = 'klar-expectation-xstatic';
const rename = (text) => text.replaceAll(TAG, STATIC_TAG);

/** The element's markup (markers stripped) and its light-DOM stylesheet's text. */
function snapshot(el) {
  const css = Array.from(el.constructor.lightSheet(TAG).cssRules, (r) => r.cssText).join('\\n');
  return { css, html: el.outerHTML.replace(LIT_MARKERS, '') };
}

let staticSheet;
/** The static copy's stylesheet: the element's own, renamed, adopted into the document once. */
function adoptStatic(css) {
  if (staticSheet) return;
  staticSheet = new CSSStyleSheet();
  staticSheet.replaceSync(rename(css));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, staticSheet];
}

function mountStatic(html) {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return { host, root: host.firstElementChild };
}

const LIT_MARKERS = ${LIT_MARKERS};
// Off the clock: collect garbage and let the sweeper finish, so no sample pays for the last one's.
const collect = () => {
  window.gc?.();
  return new Promise((r) => setTimeout(r, 20));
};
const snaps = new Map();
let runs = 0;
let live;
let last;
let next;

window.__bench = {
  async prepare(n) {
    const { host, el } = mountTimeline(makeCase(n));
    await el.updateComplete;
    const snap = snapshot(el);
    host.remove();
    adoptStatic(snap.css);
    snaps.set(n, rename(snap.html));
    return snap;
  },
  /** Off the clock, before each sample: the last sample's nodes go, garbage is collected, the next case is made. */
  async before(side, n) {
    last?.remove();
    last = undefined;
    if (side === 'timeline') next = makeCase(n, -1, 'skipped', ++runs);
    await collect();
  },
  async timeline(n) {
    const c = next;
    const t0 = performance.now();
    const { host, el } = mountTimeline(c);
    await el.updateComplete;
    settle(host);
    const t = performance.now() - t0;
    last = host;
    return t;
  },
  async static(n) {
    const snap = snaps.get(n);
    const t0 = performance.now();
    const { host } = mountStatic(snap);
    settle(host);
    const t = performance.now() - t0;
    last = host;
    return t;
  },
  async prepareUpdate() {
    last = undefined;
    document.body.replaceChildren();
    const a = mountTimeline(makeCase(1000));
    await a.el.updateComplete;
    const b = mountTimeline(makeCase(1000, 700, 'skipped'));
    await b.el.updateComplete;
    const liA = a.el.querySelector('[data-step-id="s700"]').outerHTML.replace(LIT_MARKERS, '');
    const liB = b.el.querySelector('[data-step-id="s700"]').outerHTML.replace(LIT_MARKERS, '');
    // The list's inner markup: what a server-driven page would re-send.
    const listA = a.el.querySelector('ol').innerHTML.replace(LIT_MARKERS, '');
    const listB = b.el.querySelector('ol').innerHTML.replace(LIT_MARKERS, '');
    const snapA = rename(snapshot(a.el).html);
    b.host.remove();
    settle(a.host);
    const st = mountStatic(snapA);
    settle(st.host);
    live = { el: a.el, host: a.host, st, liA, liB, listA, listB, flip: false };
  },
  async update() {
    live.flip = !live.flip;
    const c = live.flip ? makeCase(1000, 700, 'skipped') : makeCase(1000);
    await collect();
    const t0 = performance.now();
    live.el.case = c;
    await live.el.updateComplete;
    settle(live.host);
    return performance.now() - t0;
  },
  async staticSwap() {
    const html = live.flip ? live.liB : live.liA; // same state the timeline is in now
    await collect();
    const t0 = performance.now();
    live.st.root.querySelector('[data-step-id="s700"]').outerHTML = html;
    settle(live.st.host);
    return performance.now() - t0;
  },
  async staticReparse() {
    const list = live.flip ? live.listB : live.listA;
    await collect();
    const t0 = performance.now();
    live.st.root.querySelector('ol').innerHTML = list;
    settle(live.st.host);
    return performance.now() - t0;
  },
  changedItems() {
    // Proof for the table: how many <li> the last update touched (see test/expectation-timeline/large.test.ts).
    return new Promise(async (resolve) => {
      const ol = live.el.querySelector('ol');
      const touched = new Set();
      const collect = (records) => {
        for (const r of records) {
          const n = r.target.nodeType === 1 ? r.target : r.target.parentElement;
          touched.add(n.closest('li') ?? n);
        }
      };
      const mo = new MutationObserver(collect);
      mo.observe(ol, { subtree: true, childList: true, attributes: true, characterData: true });
      live.flip = !live.flip;
      live.el.case = live.flip ? makeCase(1000, 700, 'skipped') : makeCase(1000);
      await live.el.updateComplete;
      collect(mo.takeRecords());
      mo.disconnect();
      resolve(touched.size);
    });
  },
};
`;

const COLD_TIMELINE = `
import './src/klar-expectation-timeline.ts';
${MAKE_CASE}
const el = document.createElement('klar-expectation-timeline');
el.setAttribute('fold-after', '0');
el.setAttribute('now', '${NOW}');
el.case = rawCase(100);
document.body.append(el);
await el.updateComplete;
document.body.getBoundingClientRect();
window.__done = performance.now();
`;

const shell = (body) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;

export default async function ({ page, context, baseUrl, bundle, serve, compare, cpuTimer, log, quick }) {
  await page.goto(`${baseUrl}/bench/blank.html`);
  await page.addScriptTag({ type: 'module', url: await bundle(PAGE, { name: 'expectation-timeline' }) });
  await page.waitForFunction(() => !!window.__bench);
  const timed = await cpuTimer(page);
  // One sample: its preparation off the clock, then the timed work alone, wall clock and main-thread CPU.
  const sample = (side, n) => async () => {
    await page.evaluate(([s, k]) => window.__bench.before(s, k), [side, n]);
    return timed(() => page.evaluate(([s, k]) => window.__bench[s](k), [side, n]));
  };
  const rows = [];
  let snap100;
  for (const n of quick ? [100] : [10, 100, 1000]) {
    // Small renders are quick and the noisiest: more rounds for them.
    const runs = n < 1000 ? 31 : 15;
    const snap = await page.evaluate((k) => window.__bench.prepare(k), n);
    if (n === 100) snap100 = snap;
    const pair = await compare(sample('timeline', n), sample('static', n), { runs });
    rows.push({ name: `first render, ${n} steps`, unit: 'ms', pair, note: 'vs the same HTML parsed from a string, same CSS' });
    rows.push({ name: `first render, ${n} steps, CPU`, unit: 'ms', pair: pair.cpu, note: 'main-thread CPU time of the same rounds (holds still under load)' });
  }

  // Cold: a fresh page per sample, in its own browser context (no compiled code, no caches).
  const coldScript = await bundle(COLD_TIMELINE, { name: 'cold-timeline' });
  const coldTimeline = serve(shell(`<script type="module" src="${coldScript}"></script>`), { name: 'cold-timeline' });
  const coldStatic = serve(
    shell(
      `<style>${snap100.css}</style><div>${snap100.html}</div>` +
        '<script>document.body.getBoundingClientRect(); window.__done = performance.now();</script>',
    ),
    { name: 'cold-static' },
  );
  const browser = context.browser();
  const cold = async (url) => {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const p = await ctx.newPage();
      await p.goto(`${baseUrl}${url}`);
      await p.waitForFunction(() => window.__done !== undefined, null, { timeout: 60_000 });
      return await p.evaluate(() => window.__done);
    } finally {
      await ctx.close();
    }
  };
  const coldPair = await compare(() => cold(coldTimeline), () => cold(coldStatic));
  rows.push({ name: 'cold first render, 100 steps', unit: 'ms', pair: coldPair, note: 'fresh page, script load + evaluation included, vs the same HTML and CSS' });

  if (quick) return rows;
  await page.evaluate(() => window.__bench.prepareUpdate());
  const swap = await compare(
    () => page.evaluate(() => window.__bench.update()),
    () => page.evaluate(() => window.__bench.staticSwap()),
  );
  const reparse = await compare(
    () => page.evaluate(() => window.__bench.update()),
    () => page.evaluate(() => window.__bench.staticReparse()),
  );
  const touched = await page.evaluate(() => window.__bench.changedItems());
  log(`one update of 1,000 steps touched ${touched} list item(s)`);
  rows.push({ name: 'update 1 step of 1,000', unit: 'ms', pair: swap, note: `vs swapping that <li> in static HTML; ${touched} <li> touched` });
  rows.push({ name: 'update 1 step of 1,000', unit: 'ms', pair: reparse, note: 'vs re-parsing the whole static list' });
  return rows;
}

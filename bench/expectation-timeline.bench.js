// <klar-expectation-timeline>: time to first render of 10, 100 and 1,000 steps, and updating
// one step's state in a 1,000-step timeline, each against the same content as plain HTML.
//
// Baseline: the timeline's own rendered markup and CSS, serialised once (off the clock) and
// then parsed from a string into a shadow root — what a server-rendered page with declarative
// shadow DOM makes the browser do. Both sides are timed from the start of the work to the end
// of a forced style + layout, in the same page. All steps are unfolded (fold-after="0"), the
// worst case; a real long case folds its done steps.
// The update baseline swaps the changed <li> in the static copy (the cheapest a server-driven
// page could do); a second row compares with re-parsing the whole static list.
export const title = '<klar-expectation-timeline> render and update vs static HTML';

const PAGE = `
import './src/klar-expectation-timeline.ts';
import { parseCase } from './src/core/parse-case.ts';

const NOW = '2026-11-24T10:00:00Z';
const day = (base, plus) => new Date(base + plus * 86400000).toISOString().slice(0, 10);
function makeCase(n, changeAt = -1, changedState = 'skipped', run = 0) {
  const cur = Math.floor(n / 2);
  return parseCase({
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
  });
}

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

function snapshot(el) {
  const css = el.shadowRoot.adoptedStyleSheets.map((s) => Array.from(s.cssRules, (r) => r.cssText).join('\\n')).join('\\n');
  return { css, html: el.shadowRoot.innerHTML };
}

function mountStatic(snap) {
  const host = document.createElement('div');
  const div = document.createElement('div');
  const root = div.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>' + snap.css + '</style>' + snap.html;
  host.append(div);
  document.body.append(host);
  return { host, root };
}

const snaps = new Map();
let runs = 0;
let live;

window.__bench = {
  async prepare(n) {
    const { host, el } = mountTimeline(makeCase(n));
    await el.updateComplete;
    snaps.set(n, snapshot(el));
    host.remove();
  },
  async timeline(n) {
    const c = makeCase(n, -1, 'skipped', ++runs);
    const t0 = performance.now();
    const { host, el } = mountTimeline(c);
    await el.updateComplete;
    settle(host);
    const t = performance.now() - t0;
    host.remove();
    return t;
  },
  static(n) {
    const snap = snaps.get(n);
    const t0 = performance.now();
    const { host } = mountStatic(snap);
    settle(host);
    const t = performance.now() - t0;
    host.remove();
    return t;
  },
  async prepareUpdate() {
    document.body.replaceChildren();
    const a = mountTimeline(makeCase(1000));
    await a.el.updateComplete;
    const b = mountTimeline(makeCase(1000, 700, 'skipped'));
    await b.el.updateComplete;
    const liA = a.el.shadowRoot.querySelector('[data-step-id="s700"]').outerHTML;
    const liB = b.el.shadowRoot.querySelector('[data-step-id="s700"]').outerHTML;
    const snapA = snapshot(a.el);
    const snapB = snapshot(b.el);
    b.host.remove();
    settle(a.host);
    const st = mountStatic(snapA);
    settle(st.host);
    live = { el: a.el, host: a.host, st, liA, liB, snapA, snapB, flip: false };
  },
  async update() {
    live.flip = !live.flip;
    const c = live.flip ? makeCase(1000, 700, 'skipped') : makeCase(1000);
    const t0 = performance.now();
    live.el.case = c;
    await live.el.updateComplete;
    settle(live.host);
    return performance.now() - t0;
  },
  staticSwap() {
    const html = live.flip ? live.liB : live.liA; // same state the timeline is in now
    const t0 = performance.now();
    live.st.root.querySelector('[data-step-id="s700"]').outerHTML = html;
    settle(live.st.host);
    return performance.now() - t0;
  },
  staticReparse() {
    const snap = live.flip ? live.snapB : live.snapA;
    const t0 = performance.now();
    live.st.root.innerHTML = '<style>' + snap.css + '</style>' + snap.html;
    settle(live.st.host);
    return performance.now() - t0;
  },
  changedItems() {
    // Proof for the table: how many <li> the last update touched (see test/expectation-timeline/large.test.ts).
    return new Promise(async (resolve) => {
      const ol = live.el.shadowRoot.querySelector('ol');
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

export default async function ({ page, baseUrl, bundle, measure, log }) {
  await page.goto(`${baseUrl}/bench/blank.html`);
  await page.addScriptTag({ type: 'module', url: await bundle(PAGE, { name: 'expectation-timeline' }) });
  await page.waitForFunction(() => !!window.__bench);
  const rows = [];
  for (const n of [10, 100, 1000]) {
    await page.evaluate((k) => window.__bench.prepare(k), n);
    const t = await measure(() => page.evaluate((k) => window.__bench.timeline(k), n));
    const s = await measure(() => page.evaluate((k) => window.__bench.static(k), n));
    rows.push({ name: `first render, ${n} steps`, value: t.median, unit: 'ms', baseline: s.median, note: 'vs same HTML+CSS parsed from a string', samples: t.samples, baselineSamples: s.samples });
  }
  await page.evaluate(() => window.__bench.prepareUpdate());
  const u = await measure(() => page.evaluate(() => window.__bench.update()), { runs: 9, warmup: 2 });
  const swap = await measure(() => page.evaluate(() => window.__bench.staticSwap()), { runs: 9, warmup: 2 });
  const reparse = await measure(() => page.evaluate(() => window.__bench.staticReparse()), { runs: 9, warmup: 2 });
  const touched = await page.evaluate(() => window.__bench.changedItems());
  log(`one update of 1,000 steps touched ${touched} list item(s)`);
  rows.push({ name: 'update 1 step of 1,000', value: u.median, unit: 'ms', baseline: swap.median, note: `vs swapping that <li> in static HTML; ${touched} <li> touched`, samples: u.samples });
  rows.push({ name: 'update 1 step of 1,000', value: u.median, unit: 'ms', baseline: reparse.median, note: 'vs re-parsing the whole static list', samples: u.samples });
  return rows;
}

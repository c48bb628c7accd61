// Hydrates the server-rendered elements on /ssr-js: hydrate support first (it must run before
// lit-element is evaluated), then the case data onto the not yet upgraded elements, then the
// element modules. Records layout shifts and keeps nodes from the server's shadow roots, so the
// test can tell whether hydration re-created the DOM.
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push({ at: Math.round(e.startTime), value: e.value, sources: (e.sources ?? []).map((s) => [s.node?.nodeName, s.node?.id || s.node?.className, s.node?.getRootNode()?.host?.localName, JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)].filter(Boolean).join(' ')) });
}).observe({ type: 'layout-shift', buffered: true });

const keep = {
  status: document.querySelector('klar-case-status').shadowRoot.querySelector('[part~="base"]'),
  timeline: document.querySelector('klar-expectation-timeline').shadowRoot.querySelector('li'),
  badge: document.querySelector('#badge klar-principle-badge').shadowRoot.querySelector('button'),
  principles: document.querySelector('klar-principles').shadowRoot.querySelector('klar-principle-badge'),
  form: document.querySelector('klar-feedback-form').shadowRoot.querySelector('form'),
};
window.__kept = keep;

// Let the parsed page finish its first layout (the timeline's content-visibility: auto settles
// then, with or without JavaScript), so what is measured from here on is hydration alone.
for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
window.__hydrationStart = performance.now();
await import('/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js');
// The same parsed case the server rendered, set before the elements upgrade.
const { parseCase } = await import('/dist/core/parse-case.js');
const data = parseCase(JSON.parse(document.getElementById('case-data').textContent));
for (const el of document.querySelectorAll('klar-case-status, klar-expectation-timeline')) el.case = data;
await Promise.all(
  ['klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form'].map((t) => import(`/dist/${t}.js`)),
);
const els = [...document.querySelectorAll('klar-case-status, klar-expectation-timeline, klar-principle-badge, klar-principles, klar-feedback-form')];
const settled = await Promise.allSettled(els.map((el) => el.updateComplete));
window.__hydrationErrors = settled.flatMap((r, i) => (r.status === 'rejected' ? [`${els[i].localName}: ${r.reason?.message ?? r.reason}`] : []));
// Two frames, so a shift caused by the first client render is reported.
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.__hydrated = {
  start: Math.round(window.__hydrationStart),
  end: Math.round(performance.now()),
  kept: Object.fromEntries(Object.entries(keep).map(([k, n]) => [k, !!n && n.isConnected])),
  hydratedElements: els.filter((el) => !el.hasAttribute('defer-hydration') && el.hasUpdated).length,
  total: els.length,
  errors: window.__hydrationErrors,
};

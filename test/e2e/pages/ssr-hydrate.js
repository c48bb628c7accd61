// Hydrates the server-rendered elements on /ssr-js: hydrate support first (it must run before
// lit-element is evaluated), then the case data onto the not yet upgraded elements, then the
// element modules. Records layout shifts and keeps the form's server nodes (so the test can tell
// whether hydration re-created them) and the light-DOM elements' server containers (which go).
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push({ at: Math.round(e.startTime), value: e.value, sources: (e.sources ?? []).map((s) => [s.node?.nodeName, s.node?.id || s.node?.className, s.node?.getRootNode()?.host?.localName, JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)].filter(Boolean).join(' ')) });
}).observe({ type: 'layout-shift', buffered: true });

// The form hydrates its declarative shadow root (its nodes stay); the light-DOM elements draw
// their own render and remove the server's container (Lit cannot hydrate light DOM).
const keep = {
  form: document.querySelector('klar-feedback-form').shadowRoot.querySelector('form'),
};
const serverContainers = [...document.querySelectorAll('.klar-root[data-klar-ssr]')];
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
  serverContainers: serverContainers.length,
  serverContainersLeft: serverContainers.filter((n) => n.isConnected).length,
  roots: ['#status klar-case-status', '#timeline klar-expectation-timeline', '#badge klar-principle-badge', '#principles klar-principles'].map((s) => document.querySelector(s).querySelectorAll(':scope > .klar-root').length),
  duplicateIds: [...document.querySelectorAll('[id]')].map((e) => e.id).filter((x, i, all) => all.indexOf(x) !== i),
  hydratedElements: els.filter((el) => !el.hasAttribute('defer-hydration') && el.hasUpdated).length,
  total: els.length,
  errors: window.__hydrationErrors,
};

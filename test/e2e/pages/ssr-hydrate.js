// Takes over the server-rendered elements on /ssr-js, with no hydration support script (every
// element, the feedback form too, is light DOM): the case data onto the not yet upgraded elements,
// then the element modules. Records layout shifts and the server containers (which go), and
// what the citizen typed into the server's form before the JavaScript came (which stays).
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push({ at: Math.round(e.startTime), value: e.value, sources: (e.sources ?? []).map((s) => [s.node?.nodeName, s.node?.id || s.node?.className, s.node?.getRootNode()?.host?.localName, JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)].filter(Boolean).join(' ')) });
}).observe({ type: 'layout-shift', buffered: true });

// The elements draw their own render and remove the server's container (Lit cannot hydrate light DOM).
const serverContainers = [...document.querySelectorAll('.klar-root[data-klar-ssr]')];

// Let the parsed page finish its first layout (the timeline's content-visibility: auto settles
// then, with or without JavaScript), so what is measured from here on is hydration alone.
for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
window.__hydrationStart = performance.now();
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
  formTakenOver: !!document.querySelector('klar-feedback-form > .klar-root:not([data-klar-ssr]) form button[name="helped"]'),
  serverContainers: serverContainers.length,
  serverContainersLeft: serverContainers.filter((n) => n.isConnected).length,
  roots: ['#status klar-case-status', '#timeline klar-expectation-timeline', '#badge klar-principle-badge', '#principles klar-principles', '#feedback klar-feedback-form'].map((s) => document.querySelector(s).querySelectorAll(':scope > .klar-root').length),
  duplicateIds: [...document.querySelectorAll('[id]')].map((e) => e.id).filter((x, i, all) => all.indexOf(x) !== i),
  hydratedElements: els.filter((el) => !el.hasAttribute('defer-hydration') && el.hasUpdated).length,
  total: els.length,
  errors: window.__hydrationErrors,
};

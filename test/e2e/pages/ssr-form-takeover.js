// The report form on /ssr-report-js, taken over: a citizen ticks "Jeg vil gerne have et svar" and
// types in the server's form before the JavaScript comes, then the element's code arrives. Records
// the layout shifts from then on, where the form's fields were and are, and what they hold.
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push({ at: Math.round(e.startTime), value: e.value, sources: (e.sources ?? []).map((s) => [s.node?.nodeName, s.node?.id || s.node?.className].filter(Boolean).join(' ')) });
}).observe({ type: 'layout-shift', buffered: true });

const form = document.querySelector('klar-feedback-form');
const FIELDS = ['whatWentWrong', 'where', 'principle', 'wantsAnswer', 'email', 'phone'];
/** Each field (and the send button) with where it is drawn, and what it holds. */
const read = () =>
  [...FIELDS.map((n) => form.querySelector(`[name="${n}"]`)), form.querySelector('button[type="submit"]')].map((e) => {
    if (!e) return 'missing';
    const r = e.getBoundingClientRect();
    return `${e.name || e.localName} ${[r.x, r.y, r.width, r.height].map(Math.round).join(',')} ${e.type === 'checkbox' ? e.checked : (e.value ?? '')}`;
  });

form.querySelector('[name="whatWentWrong"]').value = 'Knappen virker ikke';
form.querySelector('[name="wantsAnswer"]').checked = true;
form.querySelector('[name="email"]').value = 'anna@example.dk';
for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
const before = read();
const start = performance.now();
await import('/dist/klar-feedback-form.js');
while (form.querySelector('[data-klar-ssr]')) await new Promise((r) => setTimeout(r, 20));
await form.updateComplete;
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.__takenOver = { start: Math.round(start), before, after: read(), values: form.values };

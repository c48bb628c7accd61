await import('/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js');
const { parseCase } = await import('/dist/core/parse-case.js');
const cd = document.getElementById('case-data'); const data = cd && parseCase(JSON.parse(cd.textContent));
for (const el of document.querySelectorAll('klar-case-status, klar-expectation-timeline')) el.case = data;
for (const t of ['klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form']) {
  if (!document.querySelector(t)) continue;
  try { await import(`/dist/${t}.js`); } catch (e) { console.log('import fail', t, e.message); }
}

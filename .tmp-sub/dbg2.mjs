import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '/work/main/test/helpers/chrome.js';
import { startPageServer } from '/work/main/test/helpers/esm-server.js';
import { renderSample, SAMPLE_CASE } from '/work/main/test/helpers/ssr-sample.js';
const out = await renderSample('/x');
const pages = {};
pages['/all'] = `<!doctype html><html lang="da"><head><script type="module" src="/pages/h.js"></script></head><body>${Object.values(out).join('')}<script type="application/json" id="case-data">${JSON.stringify(SAMPLE_CASE)}</script></body></html>`;
pages['/sb'] = `<!doctype html><html lang="da"><head><script type="module" src="/pages/h.js"></script></head><body>${out.badge}${out.principles}</body></html>`;
for (const k of Object.keys(out)) pages['/' + k] = `<!doctype html><html lang="da"><head><script type="module" src="/pages/h.js"></script></head><body>${out[k]}<script type="application/json" id="case-data">${JSON.stringify(SAMPLE_CASE)}</script></body></html>`;
const srv = await startPageServer({ csp: null, pagesDir: '/work/main/.tmp-sub', pages });
const b = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const combos = [];
const ks = Object.keys(out);
for (let i=0;i<ks.length;i++) for (let j=i+1;j<ks.length;j++) { const n = ks[i]+'+'+ks[j]; combos.push(n); pages['/'+n] = `<!doctype html><html lang="da"><head><script type="module" src="/pages/h.js"></script></head><body>${out[ks[i]]}${out[ks[j]]}<script type="application/json" id="case-data">${JSON.stringify(SAMPLE_CASE)}</script></body></html>`; }
for (const k of combos) {
  const page = await b.newPage();
  page.on('pageerror', (e) => console.log(k, 'PAGEERROR', e.message));
  page.on('console', (m) => console.log(k, 'CONSOLE', m.type(), m.text().slice(0, 300), m.location().url));
  page.on('requestfailed', (r) => console.log(k, 'FAILED', r.url()));
  page.on('response', (r) => { if (r.status() >= 400) console.log(k, 'HTTP', r.status(), r.url()); });
  await page.goto(srv.url + '/' + k);
  await page.waitForTimeout(1000);
  await page.close();
}
await b.close(); await srv.close();

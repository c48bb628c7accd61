import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '/work/main/test/helpers/chrome.js';
import { startPageServer } from '/work/main/test/helpers/esm-server.js';
import { renderSample, SAMPLE_CASE } from '/work/main/test/helpers/ssr-sample.js';
const out = await renderSample('/x');
const names = process.argv.slice(2);
const html = `<!doctype html><html lang="da"><head><script src="/pages/record-violations.js"></script><script type="module" src="/pages/ssr-hydrate.js"></script></head><body>
<div id="status">${out.status}</div><div id="timeline">${out.timeline}</div><div id="badge">${out.badge}</div><div id="principles">${out.principles}</div><div id="feedback">${out.feedback}</div>
<script type="application/json" id="case-data">${JSON.stringify(SAMPLE_CASE)}</script></body></html>`;
const srv = await startPageServer({ csp: null, pagesDir: '/work/main/test/e2e/pages', pages: { '/p': html } });
const b = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const page = await b.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.stack?.slice(0, 1500)));
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 500)));
await page.goto(srv.url + '/p');
await page.waitForTimeout(2000);
console.log(await page.evaluate(() => JSON.stringify(window.__hydrated)));
await b.close(); await srv.close();

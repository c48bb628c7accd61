import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '/work/main/test/helpers/chrome.js';
import { startPageServer } from '/work/main/test/helpers/esm-server.js';
import { renderSample, SAMPLE_CASE } from '/work/main/test/helpers/ssr-sample.js';
const out = await renderSample('/x');
const pages = { '/t': `<!doctype html><html lang="da"><head><script type="module" src="/pages/h.js"></script></head><body><div id="status">${out.status}</div><div id="timeline">${out.timeline}</div><div id="badge">${out.badge}</div><div id="principles">${out.principles}</div><div id="feedback">${out.feedback}</div><script type="application/json" id="case-data">${JSON.stringify(SAMPLE_CASE)}</script></body></html>` };
const srv = await startPageServer({ csp: null, pagesDir: '/work/main/.tmp-sub', pages });
const b = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const dump = (page) => page.$eval('body', (b) => [...b.querySelectorAll('klar-case-status,klar-expectation-timeline')].flatMap(el => [...el.shadowRoot.querySelectorAll('*')]).filter(n => n.getBoundingClientRect().height > 0 && n.children.length === 0).map((n) => `${n.tagName}.${n.className?.baseVal ?? n.className} ${Math.round(n.getBoundingClientRect().y)} ${Math.round(n.getBoundingClientRect().height)} ${n.textContent.trim().slice(0,40)}`).join('\n'));
for (const js of [false, true]) {
  const ctx = await b.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 6000 } });
  const page = await ctx.newPage();
  await page.goto(srv.url + '/t');
  await page.waitForTimeout(1000);
  console.log('==== js', js); console.log(await dump(page));
  await ctx.close();
}
await b.close(); await srv.close();

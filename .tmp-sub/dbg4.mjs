import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '/work/main/test/helpers/chrome.js';
import { startPageServer } from '/work/main/test/helpers/esm-server.js';
import { renderSample, SAMPLE_CASE } from '/work/main/test/helpers/ssr-sample.js';
const out = await renderSample('/x', { principlesVariant: 'tag' });
const variants = { all: Object.values(out).join(''), timeline: out.timeline, status: out.status, tnocv: out.timeline.replace(/content-visibility:auto;?/g, '') };
const pages = {};
for (const [k, v] of Object.entries(variants)) pages['/' + k] = `<!doctype html><html lang="da"><head><script src="/pages/obs.js"></script></head><body><h1>x</h1>${v}<p>after</p></body></html>`;
const srv = await startPageServer({ csp: null, pagesDir: '/work/main/.tmp-sub', pages });
const b = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
for (const k of Object.keys(variants)) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 6000 } });
  const page = await ctx.newPage();
  await page.goto(srv.url + '/' + k);
  await page.waitForTimeout(800);
  console.log(k, JSON.stringify(await page.evaluate(() => window.__shifts)));
  await ctx.close();
}
await b.close(); await srv.close();

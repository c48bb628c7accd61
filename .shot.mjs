import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const [url, out, w, scale] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: +(w||1200), height: 900 }, deviceScaleFactor: +(scale||1) });
await p.goto(url); await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: true });
await b.close();

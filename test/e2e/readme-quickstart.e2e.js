// The README's quick start works as written: the first 60 lines hold a CDN snippet and an npm
// snippet; pasted into an empty page (CDN) and into an esbuild app (npm), each renders a status
// and a timeline from the sample case JSON (schema/sample-case.json) in the machine's Chromium.
// Needs the build (dist/). UPDATE_README_SCREENSHOT=1 also writes docs/quick-start.png.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { deepText, launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { ROOT } from '../helpers/reference-server.js';
import { startPageServer } from '../helpers/esm-server.js';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
if (!existsSync(path.join(ROOT, 'dist/cdn/klar.js'))) throw new Error('readme-quickstart.e2e.js needs the build: run `npm run build` first');

const head = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').slice(0, 60).join('\n');
const block = (/** @type {string} */ lang) => {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(head);
  assert.ok(m, `the first 60 lines of README.md hold a \`\`\`${lang} snippet`);
  return m[1];
};
const sample = JSON.parse(readFileSync(path.join(ROOT, 'schema/sample-case.json'), 'utf8'));

describe('README quick start', { timeout: 180_000 }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startPageServer>>} */ let server;
  const cdnSnippet = block('html');
  const npmSnippet = block('js');
  const tags = cdnSnippet.replace(/<script[\s\S]*?<\/script>/g, '');
  const dir = mkdtempSync(path.join(tmpdir(), 'klar-readme-'));

  before(async () => {
    // The npm snippet in an app: node_modules/klar-elements is this package, as after `npm install`.
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules/klar-elements'), 'dir');
    writeFileSync(path.join(dir, 'main.js'), npmSnippet);
    const out = await build({ entryPoints: [path.join(dir, 'main.js')], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'silent', absWorkingDir: dir });
    const app = out.outputFiles[0].text;
    const cdnUrl = /src="(https:\/\/[^"]+\/dist\/cdn\/klar\.js)"/.exec(cdnSnippet)?.[1];
    assert.ok(cdnUrl, 'the CDN snippet loads dist/cdn/klar.js from a CDN');
    const caseId = /<klar-case src="\/api\/cases\/([^"]+)"/.exec(cdnSnippet)?.[1];
    assert.ok(caseId, 'the snippet points <klar-case> at an endpoint');
    const page = (/** @type {string} */ body) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Quick start</title><script src="/pages/record-violations.js"></script></head><body><main>${body}</main></body></html>`;
    server = await startPageServer({
      pagesDir: PAGES,
      cases: { [caseId]: sample },
      pages: {
        // Pasted as is; only the CDN address is this machine's copy of the same file.
        '/cdn-page': page(cdnSnippet.replace(cdnUrl, '/cdn/klar.js')),
        '/npm-page': page(`<script type="module" src="/app.js"></script>${tags}`),
      },
      routes: [
        (req, res) => {
          if (req.url !== '/app.js') return false;
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
          res.end(app);
          return true;
        },
      ],
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const route of ['cdn-page', 'npm-page']) {
    test(`${route}: the snippet renders the status and the timeline of the sample case`, async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
      try {
        await page.goto(`${server.url}/${route}`);
        // Every step title: the status names the current step, so that title alone can come from the status before the timeline's chunk arrived.
        const text = await until(() => deepText(page, 'main'), { ok: (t) => sample.steps.every((s) => t.includes(s.title)) && t.includes(sample.status.label), message: 'status and timeline', timeout: 60_000 });
        assert.ok(text.includes(sample.title), text);
        for (const s of sample.steps) assert.ok(text.includes(s.title), `step "${s.title}"`);
        assert.ok(text.includes(sample.contact.phone), 'contact phone');
        assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__violations), []);
        if (route === 'cdn-page' && process.env.UPDATE_README_SCREENSHOT) {
          await page.waitForTimeout(300);
          await page.screenshot({ path: path.join(ROOT, 'docs/quick-start.png'), fullPage: true });
        }
      } finally {
        await page.close();
      }
    });
  }
});

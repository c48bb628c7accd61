// The "Kom i gang" snippet of every element's docs page (stories/*.mdx), pasted as it stands into
// a page, with the CDN loader its first line names: the built dist/cdn/ stands in for jsDelivr
// (the same files the package publishes), and the sample case the <klar-case> snippet reads is
// the package's schema/sample-case.json (the English "Get started" has the same snippet, which
// docs-languages.test.js holds it to, so each runs once). Every element in the snippet renders, with nothing in
// the console. The JSON examples under "Data" are valid against the schema the page links.
// Needs `npm run build` (dist/cdn/).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { serveStatic } from '../helpers/static-server.js';

const CDN = 'https://cdn.jsdelivr.net/npm/klar-elements@0.1/';
if (!existsSync('dist/cdn/klar.js')) throw new Error('docs-snippets.e2e.js needs the built CDN files: run `npm run build` first');

/** The text of one `## heading` section of an MDX page, up to the next `## ` or the end of the Danish block. */
const section = (/** @type {string} */ mdx, /** @type {string} */ heading) => {
  const start = mdx.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const rest = mdx.slice(start + heading.length + 5);
  const end = rest.search(/\n## |\n<\/div>/);
  return end < 0 ? rest : rest.slice(0, end);
};
/** The fenced blocks of one language in a piece of MDX. */
const blocks = (/** @type {string} */ text, /** @type {string} */ lang) => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```', 'g'))].map((m) => m[1]);

const pages = readdirSync('stories')
  .filter((f) => f.endsWith('.mdx') && f !== 'Introduction.mdx')
  .map((f) => ({ file: f, mdx: readFileSync(path.join('stories', f), 'utf8') }));

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const caseSchema = ajv.compile(JSON.parse(readFileSync('schema/case.schema.json', 'utf8')));
const feedbackSchema = ajv.compile(JSON.parse(readFileSync('schema/feedback.schema.json', 'utf8')));

describe('docs pages: "Kom i gang" works as pasted, "Data" is valid', { timeout: 300_000 }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof serveStatic>>} */ let server;
  before(async () => {
    server = await serveStatic('.');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('every element docs page has a snippet that loads the CDN loader', () => {
    assert.ok(pages.length >= 8, `the element docs pages (${pages.length})`);
    for (const { file, mdx } of pages) {
      const start = section(mdx, 'Kom i gang');
      assert.ok(start, `${file}: a "Kom i gang" section`);
      const [snippet] = blocks(start, 'html');
      assert.ok(snippet, `${file}: an html snippet under "Kom i gang"`);
      assert.ok(snippet.startsWith(`<script type="module" src="${CDN}dist/cdn/klar.js"></script>`), `${file}: the snippet starts with the CDN loader`);
    }
  });

  for (const { file, mdx } of pages) {
    test(`${file}: the snippet renders every element in it, with nothing in the console`, async () => {
      const [snippet] = blocks(section(mdx, 'Kom i gang') ?? '', 'html');
      assert.ok(snippet, `${file}: an html snippet`);
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {string[]} */ const problems = [];
      page.on('console', (m) => (m.type() === 'error' || (m.type() === 'warning' && m.text().includes('klar-elements'))) && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      try {
        // jsDelivr's files are the package's: dist/ and schema/ of this build, with jsDelivr's CORS header.
        await context.route(`${CDN}**`, async (route) => {
          const file = path.join('.', new URL(route.request().url()).pathname.replace('/npm/klar-elements@0.1/', ''));
          if (!/^(dist|schema)\//.test(file) || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
          return route.fulfill({ status: 200, body: readFileSync(file), headers: { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' } });
        });
        await context.route(`${server.url}/snippet.html`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Snippet</title></head><body><main>\n${snippet}\n</main></body></html>` }),
        );
        await page.goto(`${server.url}/snippet.html`);
        const tags = [...new Set([...snippet.matchAll(/<(klar-[a-z-]+)/g)].map((m) => m[1]))];
        assert.ok(tags.length, `${file}: klar elements in the snippet`);
        const shown = await until(
          () =>
            page.evaluate(
              (ts) =>
                ts.map((t) => {
                  const el = document.querySelector(t);
                  const text = /** @type {HTMLElement} */ (el)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
                  return { tag: t, defined: Boolean(customElements.get(t)), text };
                }),
              tags,
            ),
          {
            ok: (r) => r.every((x) => x.defined && x.text.length > 10 && !/Henter|Loading|ikke sat rigtigt op|Vi kan ikke/.test(x.text)),
            message: `${file}: every element of the snippet defined and showing content`,
            timeout: 30_000,
          },
        ).catch(async (e) => {
          throw new Error(`${e.message}; console: ${JSON.stringify(problems)}`);
        });
        assert.ok(shown.length === tags.length);
        await page.waitForTimeout(300);
        assert.deepEqual(problems, [], `${file}: console errors or warnings`);
      } finally {
        await context.close();
      }
    });
  }

  test('the JSON examples under "Data" are valid against the schema the page links', () => {
    for (const { file, mdx } of pages) {
      const data = section(mdx, 'Data');
      assert.ok(data, `${file}: a "Data" section`);
      for (const json of blocks(data, 'json')) {
        const doc = JSON.parse(json);
        if (/feedback\.schema\.json/.test(data)) assert.ok(feedbackSchema(doc), `${file}: ${JSON.stringify(feedbackSchema.errors)}`);
        else if (doc.cases) for (const c of doc.cases) assert.ok(caseSchema(c), `${file}: ${JSON.stringify(caseSchema.errors)}`);
        else if (doc.status) assert.ok(caseSchema(doc), `${file}: ${JSON.stringify(caseSchema.errors)}`);
        else assert.ok(caseSchema({ title: 't', status: 's', steps: [doc] }), `${file}: a step: ${JSON.stringify(caseSchema.errors)}`);
      }
    }
  });
});

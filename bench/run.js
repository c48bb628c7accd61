// npm run bench: a small benchmark harness for klar-elements.
//
// It starts a static server on the repository (node:http, 127.0.0.1, a free port), launches
// the machine's Chromium through playwright-core (test/helpers/chrome.js: findChrome(),
// CHROME_ARGS; no browser is downloaded) and runs every `bench/*.bench.js` module in turn,
// each with a fresh page. Figures are reported as ratios against a baseline measured in the
// same browser run, never as absolute thresholds (see CONTRIBUTING.md).
//
// ── The contract for a bench module ─────────────────────────────────────────────────────
//   // bench/<name>.bench.js
//   export const title = 'What this measures';            // optional, printed as a heading
//   export default async function ({ page, baseUrl, bundle, measure, log }) {
//     await page.goto(`${baseUrl}/bench/blank.html`);     // any file of the repo is served
//     const url = await bundle(`import './src/klar-x.ts'`); // esbuild, minified, production Lit
//     await page.addScriptTag({ type: 'module', url });
//     const r = await measure(() => page.evaluate(() => { … return ms; }));
//     return [{ name: 'x', value: r.median, unit: 'ms', baseline: 1.2 }];
//   }
//   ctx.page     a playwright-core Page (Chromium), new for each module
//   ctx.baseUrl  'http://127.0.0.1:<port>', serving the repository root read-only
//   ctx.bundle(source, { name? }) bundles TS/JS source (resolved from the repo root) into one ESM
//                file and returns its URL on baseUrl. Lit's production build is used.
//   ctx.measure(fn, { runs = 7, warmup = 2 }) calls the async `fn` (which returns milliseconds)
//                warmup + runs times and returns { median, min, max, samples }.
//   ctx.log(...)  prints under the module's heading.
//   Rows: { name, value, unit, baseline?, ratio?, note? }. When `baseline` is given and
//   `ratio` is not, ratio = value / baseline. Any other keys are kept in the JSON.
// ────────────────────────────────────────────────────────────────────────────────────────
//
// Output: a table on stdout, and bench/results/latest.json (git-ignored):
//   { date, node, chromium, benches: { '<file>': { title, rows } | { error } } }
// Options: --filter <text> (run only modules whose file name contains it), --runs <n>.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../test/helpers/chrome.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const filter = opt('filter');
const defaultRuns = Number(opt('runs')) || 7;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const bundles = new Map();
let bundleSeq = 0;

function startServer() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname.startsWith('/__bundle/')) {
        const code = bundles.get(url.pathname);
        if (code === undefined) throw Object.assign(new Error('no such bundle'), { code: 'ENOENT' });
        res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' });
        res.end(code);
        return;
      }
      if (url.pathname === '/bench/blank.html') {
        res.writeHead(200, { 'Content-Type': TYPES['.html'] });
        res.end('<!doctype html><html lang="da"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
        return;
      }
      // Serve the repository, never outside it.
      const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
      if (!file.startsWith(root + path.sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) throw Object.assign(new Error('dir'), { code: 'ENOENT' });
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(String(e.message));
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function bundle(source, { name } = {}) {
  const r = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: name ?? 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // package.json's sideEffects names dist/ files, so src/ imports would be dropped without this.
    ignoreAnnotations: true,
    // No 'development' condition: Lit's production build, as a real page gets it.
    conditions: ['browser', 'import', 'default'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const p = `/__bundle/${++bundleSeq}-${(name ?? 'entry').replace(/[^a-z0-9-]/gi, '')}.js`;
  bundles.set(p, r.outputFiles[0].text);
  return p;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function measure(fn, { runs = defaultRuns, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(Number(await fn()));
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v ?? ''));

function printRows(rows) {
  const head = ['name', 'value', 'unit', 'baseline', 'ratio', 'note'];
  const table = rows.map((r) => [r.name, fmt(r.value), r.unit ?? '', r.baseline === undefined ? '' : fmt(r.baseline), r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`, r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 5 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
}

async function main() {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  if (!files.length) {
    console.log('No bench/*.bench.js modules to run.');
    return;
  }
  const server = await startServer();
  const { port } = server.address();
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  const results = { date: new Date().toISOString(), node: process.version, chromium: browser.version(), benches: {} };
  let failed = 0;
  try {
    for (const f of files) {
      const mod = await import(pathToFileURL(path.join(here, f)).href);
      const title = mod.title ?? f;
      console.log(`\n■ ${title} (${f})`);
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
      const log = (...a) => console.log('  ', ...a);
      try {
        const rows = (await mod.default({ page, baseUrl, bundle, measure, log })) ?? [];
        for (const r of rows) if (r.ratio === undefined && typeof r.value === 'number' && typeof r.baseline === 'number' && r.baseline > 0) r.ratio = r.value / r.baseline;
        printRows(rows);
        results.benches[f] = { title, rows };
      } catch (e) {
        failed++;
        console.error(`  failed: ${e.stack ?? e}`);
        results.benches[f] = { title, error: String(e.message ?? e) };
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote bench/results/latest.json (Chromium ${results.chromium}).`);
  if (failed) process.exitCode = 1;
}

await main();

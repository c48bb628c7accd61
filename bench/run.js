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
//   ctx.page     a playwright-core Page (Chromium), new for each module; ctx.context its BrowserContext
//   ctx.baseUrl  'http://127.0.0.1:<port>', serving the repository root read-only
//   ctx.bundle(source, { name? }) bundles TS/JS source (resolved from the repo root) into one ESM
//                file and returns its URL on baseUrl. Lit's production build is used.
//   ctx.measure(fn, { runs = 15, warmup = 2 }) calls the async `fn` (which returns milliseconds)
//                warmup + runs times and returns { median, q1, q3, min, max, samples }.
//   ctx.compare(fnA, fnB, { runs = 15, warmup = 2 }) measures the two sides of a ratio
//                interleaved — A B, B A, A B, … (the order flips each round, so neither side
//                always runs right after the other's garbage) — and returns
//                { a, b, ratio }: the stats of each side and of the per-round ratio A/B. On a
//                loaded machine a round's two samples see the same load, so the per-round
//                ratio is steadier than the ratio of two medians taken minutes apart.
//                Stability guard: while the per-round ratio's IQR is wider than `maxSpread` (0.3)
//                of its median, more rounds run, up to `maxRuns` (3 × runs); `extra` says how many.
//                When both functions return `{ ms, cpu }` (ctx.cpuTimer), the result also has
//                `cpu`: the same { a, b, ratio } for main-thread CPU milliseconds.
//   ctx.cpuTimer(page) resolves to timed(fn): runs fn (returning wall-clock ms) and gives
//                { ms, cpu } with the page's main-thread CPU time meanwhile (CDP, thread ticks).
//   ctx.serve(html, { name? }) serves an HTML page and returns its URL path (cold-start pages).
//   ctx.log(...)  prints under the module's heading. ctx.quick is true with --quick.
//   Rows: { name, value, unit, baseline?, ratio?, note? }, or { name, unit, pair, note? } with
//   `pair` from ctx.compare: value and baseline are then the medians, ratio the median of the
//   per-round ratios, the spread columns the interquartile ranges, and min/min the ratio of the
//   fastest samples (on a loaded machine the least disturbed ones). When `baseline` is given
//   and `ratio` is not, ratio = value / baseline. Any other keys are kept in the JSON.
// ────────────────────────────────────────────────────────────────────────────────────────
//
// Output: a table on stdout, and bench/results/latest.json (git-ignored):
//   { date, node, chromium, benches: { '<file>': { title, rows } | { error } } }
// Options: --filter <text> (run only modules whose file name contains it), --runs <n> (at least
// 15), --quick (ctx.quick: modules skip their secondary rows).
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../test/helpers/chrome.js';
import { PAGE_BUILD } from '../scripts/page-sizes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const filter = opt('filter');
// At least 15 samples per figure: fewer give a median that moves with the machine's load.
const defaultRuns = Math.max(Number(opt('runs')) || 15, 15);
// --quick: modules may skip their secondary rows (e.g. to repeat one ratio several times).
const quick = args.includes('--quick');

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
        // no-store: every cold load fetches, parses and compiles the script again (no code cache).
        res.writeHead(200, { 'Content-Type': TYPES[path.extname(url.pathname)] ?? TYPES['.js'], 'Cache-Control': 'no-store' });
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
    ...PAGE_BUILD,
    logLevel: 'warning',
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: name ?? 'bench-entry.ts' },
    // package.json's sideEffects names dist/ files, so src/ imports would be dropped without this.
    ignoreAnnotations: true,
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const p = `/__bundle/${++bundleSeq}-${(name ?? 'entry').replace(/[^a-z0-9-]/gi, '')}.js`;
  bundles.set(p, r.outputFiles[0].text);
  return p;
}

/** The q-quantile of sorted numbers, interpolated between neighbours. */
function quantile(sorted, q) {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s[s.length - 1], samples };
}

async function measure(fn, { runs = defaultRuns, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(Number(await fn()));
  return stats(samples);
}

/** A sample's milliseconds: a number, or `{ ms, cpu }` from ctx.cpuTimer. */
const msOf = (v) => (typeof v === 'object' && v ? Number(v.ms) : Number(v));

/** The interquartile range of per-round ratios as a share of their median. */
const relSpread = (xs) => {
  const s = stats(xs);
  return (s.q3 - s.q1) / s.median;
};

async function compare(fnA, fnB, { runs = defaultRuns, warmup = 2, maxSpread = 0.3, maxRuns = runs * 3 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await fnA();
    await fnB();
  }
  const a = [];
  const b = [];
  const cpuA = [];
  const cpuB = [];
  const round = async (i) => {
    let x;
    let y;
    if (i % 2 === 0) {
      x = await fnA();
      y = await fnB();
    } else {
      y = await fnB();
      x = await fnA();
    }
    a.push(msOf(x));
    b.push(msOf(y));
    if (typeof x === 'object' && typeof y === 'object') {
      cpuA.push(x.cpu);
      cpuB.push(y.cpu);
    }
  };
  let i = 0;
  for (; i < runs; i++) await round(i);
  // Stability guard: while a ratio's rounds still spread wide (IQR above maxSpread of the
  // median), run more rounds, up to maxRuns. The median of more rounds moves less between runs.
  const ratios = () => a.map((x, k) => x / b[k]);
  const cpuRatios = () => cpuA.map((x, k) => x / cpuB[k]);
  while (i < maxRuns && (relSpread(ratios()) > maxSpread || (cpuA.length && relSpread(cpuRatios()) > maxSpread))) await round(i++);
  const out = { a: stats(a), b: stats(b), ratio: stats(ratios()), extra: i - runs };
  if (cpuA.length) out.cpu = { a: stats(cpuA), b: stats(cpuB), ratio: stats(cpuRatios()), extra: i - runs };
  return out;
}

/**
 * Main-thread CPU time of `page`'s renderer (CDP Performance metrics in thread ticks). Returns
 * `timed(fn)`: runs the async `fn` (which returns wall-clock milliseconds) and resolves to
 * `{ ms, cpu }`, cpu being the CPU milliseconds the page's main thread spent meanwhile. On a
 * loaded machine the wall clock also counts the time the thread waited for a core; the CPU
 * time does not, so its ratio holds still when other work comes and goes.
 */
async function cpuTimer(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const now = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  return async (fn) => {
    const t0 = await now();
    const ms = await fn();
    return { ms, cpu: (await now()) - t0 };
  };
}

function serve(html, { name } = {}) {
  const p = `/__bundle/${++bundleSeq}-${(name ?? 'page').replace(/[^a-z0-9-]/gi, '')}.html`;
  bundles.set(p, html);
  return p;
}

/** Fills value, baseline, ratio and spreads from a row's `pair` (see the contract above). */
function fromPair(r) {
  if (!r.pair) return r;
  const { a, b, ratio } = r.pair;
  const { pair, ...rest } = r;
  return {
    value: a.median,
    baseline: b.median,
    ratio: ratio.median,
    spread: [a.q1, a.q3],
    baselineSpread: [b.q1, b.q3],
    ratioSpread: [ratio.q1, ratio.q3],
    minRatio: a.min / b.min,
    n: a.samples.length,
    ...(r.pair.extra ? { extra: r.pair.extra } : {}),
    samples: a.samples,
    baselineSamples: b.samples,
    ...rest,
  };
}

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v ?? ''));

const range = (r, f = fmt) => (r ? `${f(r[0])}–${f(r[1])}` : '');
const times = (v) => `${v.toFixed(2)}×`;

function printRows(rows) {
  const head = ['name', 'median', 'IQR', 'unit', 'baseline', 'IQR', 'ratio', 'ratio IQR', 'min/min', 'n', 'note'];
  const table = rows.map((r) => [
    r.name,
    fmt(r.value),
    range(r.spread),
    r.unit ?? '',
    r.baseline === undefined ? '' : fmt(r.baseline),
    range(r.baselineSpread),
    r.ratio === undefined ? '' : times(r.ratio),
    range(r.ratioSpread, times),
    r.minRatio === undefined ? '' : times(r.minRatio),
    r.n ?? '',
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  const left = new Set([0, head.length - 1]);
  const line = (cells) => cells.map((c, i) => (left.has(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
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
  // --expose-gc: a bench may collect garbage before each sample (off the clock), so one side of a
// ratio does not pay for the garbage the other side left (interleaving would otherwise bias it).
  const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS, '--js-flags=--expose-gc'], headless: true });
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
        const rows = ((await mod.default({ page, context, baseUrl, bundle, serve, measure, compare, cpuTimer, log, quick })) ?? []).map(fromPair);
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

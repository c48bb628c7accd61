// What a page pays for the elements it uses: each page combination is an entry that imports
// just those elements' registering modules (dist/klar-*.js), bundled with esbuild (bundle,
// minify, Lit included, package.json's sideEffects respected as an app's bundler would; what
// the library loads with import() left out: a Danish page reading klar JSON) and compressed
// with brotli q11. "Everything in one file" is the CDN's all-in-one file itself (dist/cdn/klar-all.js).
// KiB = 1024 B. Used by `npm run bench` (the size table) and scripts/size-budget.js (`npm test`).
//
// Goals and peer figures are the ones in issue 15, measured the same way (brotli q11, Lit
// included).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sizes } from './report-sizes.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const KIB = 1024;

/** The named page combinations, with the goal (KiB) and what peers pay for the same page. */
export const PAGES = [
  { name: 'Min sag', tags: ['klar-case', 'klar-case-status', 'klar-expectation-timeline'], goal: 20, peers: 'Shoelace subset 25.8, GCDS 28.5, Material 29.9' },
  { name: 'feedback form alone', tags: ['klar-feedback-form'], goal: 14, peers: 'GOV.UK radios + textarea + button 7.0' },
  { name: 'one principle badge', tags: ['klar-principle-badge'], goal: 9, peers: 'Lit + a trivial element 5.6–5.9' },
  { name: 'everything in one file', file: 'dist/cdn/klar-all.js', goal: 30, peers: 'Material 29.9' },
];

/** Every registering module, as a tag name ('klar-case', …), from src/ (dist/ mirrors it). */
export function elementTags() {
  return readdirSync(path.join(ROOT, 'src'))
    .filter((f) => /^klar-.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

/** The named pages, then each element alone (an element a named page already is alone is not repeated). */
export function pageCombinations() {
  const named = PAGES.map((p) => ({ ...p }));
  const alone = new Set(named.filter((p) => p.tags?.length === 1).map((p) => p.tags[0]));
  for (const tag of elementTags()) if (!alone.has(tag)) named.push({ name: `<${tag}> alone`, tags: [tag] });
  return named;
}

/** esbuild options for what a page gets: one minified ESM file, Lit's production build. */
export const PAGE_BUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  // No 'development' condition: Lit's production build, as a real page gets it.
  conditions: ['browser', 'import', 'default'],
  logLevel: 'silent',
};

/**
 * What a page downloads up front: a module the library imports with `import()` (the English
 * language pack, the Open311 and ZGW adapters) is left out, as an app's bundler splits it into
 * its own file that a Danish page reading klar JSON never fetches. Without this, esbuild (no
 * code splitting here) would inline it.
 */
export const lazyImportsStayOut = {
  name: 'lazy-imports-stay-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

async function bundleBytes(contents) {
  const r = await build({ ...PAGE_BUILD, plugins: [lazyImportsStayOut], stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: 'page.js' } });
  return r.outputFiles[0].contents;
}

/**
 * Measures every page combination from dist/ (run `npm run build` first).
 * Returns rows { name, tags?, file?, goal?, peers?, raw, gzip, brotli } (bytes).
 */
export async function pageSizes() {
  if (!existsSync(path.join(ROOT, 'dist/cdn/klar-all.js'))) throw new Error('dist/ is missing or incomplete: run npm run build first.');
  const rows = [];
  for (const p of pageCombinations()) {
    const s = p.file
      ? sizes(path.join(ROOT, p.file))
      : sizes(await bundleBytes(p.tags.map((t) => `import './dist/${t}.js';`).join('\n')));
    rows.push({ ...p, ...s });
  }
  return rows;
}

/** "31.8" — bytes in KiB with one decimal. */
export const kib = (bytes) => (bytes / KIB).toFixed(1);

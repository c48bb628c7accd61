// Where a page combination's bytes come from: bundles each page the way scripts/page-sizes.js
// does (esbuild, minified, Lit included, lazy imports left out) with a metafile, and lists the
// source modules by their minified bytes in the bundle. The brotli column shares the page's
// brotli size out in proportion to minified bytes (brotli cannot be split per module exactly);
// it is an estimate, good for ranking, not for budgets.
//
//   node scripts/size-breakdown.js                  every page, top 15 modules each
//   node scripts/size-breakdown.js "Min sag" --top 30
//   node scripts/size-breakdown.js --all-pages --top 15 --markdown
//
// Needs dist/ (npm run build). Modules are named by their source path where dist/ has a source
// map next to them (dist/x.js → src/x.ts), and by their node_modules package otherwise.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { sizes } from './report-sizes.js';
import { PAGE_BUILD, ROOT, kib, lazyImportsStayOut, pageCombinations } from './page-sizes.js';

/** 'dist/core/dates.js' → 'src/core/dates.ts'; 'node_modules/lit-html/…' → 'lit-html/…'. */
function moduleName(file) {
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) return file.slice(nm + 'node_modules/'.length);
  const src = file.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  return existsSync(path.join(ROOT, src)) ? src : file;
}

/** Bundles a page and returns { brotli, raw, modules: [{ name, bytes, brotli }] } sorted by size. */
export async function breakdown(page) {
  const contents = page.file
    ? `import './${page.file}';`
    : page.tags.map((t) => `import './dist/${t}.js';`).join('\n');
  const r = await build({ ...PAGE_BUILD, metafile: true, plugins: [lazyImportsStayOut], stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: 'page.js' } });
  const out = Object.values(r.metafile.outputs)[0];
  const s = sizes(r.outputFiles[0].contents);
  const modules = Object.entries(out.inputs)
    .map(([file, { bytesInOutput }]) => ({ name: moduleName(file), bytes: bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .map((m) => ({ ...m, brotli: (m.bytes / s.raw) * s.brotli }));
  return { ...s, modules };
}

/** Sums modules into groups: lit (lit, lit-html, lit-element, @lit/reactive-element), @lit/context, src/<folder>. */
export function groups(modules) {
  const g = new Map();
  for (const m of modules) {
    const key = /^(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(m.name) ? 'Lit' : m.name.startsWith('@') ? m.name.split('/').slice(0, 2).join('/') : m.name.startsWith('src/') ? m.name.split('/').slice(0, 2).join('/') : m.name;
    const v = g.get(key) ?? { name: key, bytes: 0, brotli: 0 };
    v.bytes += m.bytes;
    v.brotli += m.brotli;
    g.set(key, v);
  }
  return [...g.values()].sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const top = Number(argv[argv.indexOf('--top') + 1]) || 15;
  const md = argv.includes('--markdown');
  const names = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--top');
  const pages = pageCombinations().filter((p) => (names.length ? names.includes(p.name) : true));
  if (!existsSync(path.join(ROOT, 'dist/cdn/klar-all.js'))) {
    console.error('size breakdown: dist/ is missing: run npm run build first.');
    process.exit(1);
  }
  for (const p of pages) {
    const b = await breakdown(p);
    console.log(`\n${p.name}: ${kib(b.brotli)} KiB brotli, ${b.raw} B minified`);
    const rows = (list) => list.slice(0, top).map((m) => [m.name, String(m.bytes), kib(m.brotli), `${((m.bytes / b.raw) * 100).toFixed(1)} %`]);
    const print = (title, list) => {
      if (md) {
        console.log(`\n| ${title} | min B | ≈ KiB br | share |\n|---|---:|---:|---:|`);
        for (const r of rows(list)) console.log(`| ${r.join(' | ')} |`);
      } else {
        console.log(`  ${title}`);
        for (const r of rows(list)) console.log(`  ${r[0].padEnd(60)} ${r[1].padStart(7)} ${r[2].padStart(6)} ${r[3].padStart(7)}`);
      }
    };
    print('by group', groups(b.modules));
    print('by module', b.modules);
  }
}

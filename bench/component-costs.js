// Each element's own cost in bytes: its registering module bundled and minified with Lit,
// minus Lit alone, raw / gzip / brotli. Bytes are deterministic, so this needs no baseline
// run; the ratio column compares each element with the whole library.
// Run by `npm run bench` (bench/run.js) or alone: node bench/component-costs.js
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function bundle(contents) {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    ignoreAnnotations: true, // measure what a page gets, whatever package.json's sideEffects says
    legalComments: 'none',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return r.outputFiles[0].text;
}

export async function componentCosts() {
  const lit = sizes(await bundle(`export * from 'lit'; export * from '@lit/context';`));
  const modules = readdirSync('src').filter((f) => /^klar-.*\.ts$/.test(f)).sort();
  const rows = [{ name: 'lit + @lit/context (shared)', ...lit }];
  for (const m of modules) {
    const s = sizes(await bundle(`import './src/${m}'; export * from 'lit'; export * from '@lit/context';`));
    rows.push({ name: `<${m.replace(/\.ts$/, '')}> own cost`, raw: s.raw - lit.raw, gzip: s.gzip - lit.gzip, brotli: s.brotli - lit.brotli });
  }
  if (existsSync('src/index.ts')) rows.push({ name: 'whole library with Lit (index)', ...sizes(await bundle(`import './src/index.ts';`)) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await componentCosts();
  const total = rows[rows.length - 1].brotli;
  console.log(`${'bundle'.padEnd(44)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)} ${'of total'.padStart(9)}`);
  for (const r of rows)
    console.log(`${r.name.padEnd(44)} ${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)} ${String(r.brotli).padStart(8)} ${((r.brotli / total) * 100).toFixed(1).padStart(8)}%`);
}

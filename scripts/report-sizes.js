// Prints each output's size raw, gzip and brotli, and the SRI hash of every CDN file; writes
// them to dist/cdn/integrity.json and, as an import map, to dist/cdn/importmap.json (and importmap.html, with its CSP hash).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Sizes of a file (path) or of bytes already in memory (a Buffer, e.g. a bundle esbuild wrote). */
export function sizes(fileOrBytes) {
  const buf = typeof fileOrBytes === 'string' ? readFileSync(fileOrBytes) : Buffer.from(fileOrBytes);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function integrity(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = walk('dist').filter((f) => f.endsWith('.js')).sort();
  const rows = files.map((f) => ({ file: f, ...sizes(f) }));
  const w = Math.max(...rows.map((r) => r.file.length));
  console.log(`${'output'.padEnd(w)}  ${'raw'.padStart(8)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}  (bytes)`);
  for (const r of rows) console.log(`${r.file.padEnd(w)}  ${String(r.raw).padStart(8)}  ${String(r.gzip).padStart(8)}  ${String(r.brotli).padStart(8)}`);
  // Published with the package (dist/cdn/integrity.json), so a page can pin the exact file of a
  // version with Subresource Integrity: https://cdn.jsdelivr.net/npm/klar-elements@<version>/dist/cdn/integrity.json
  const cdn = Object.fromEntries(
    walk('dist/cdn')
      .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
      .sort()
      .map((f) => [path.relative('dist/cdn', f).split(path.sep).join('/'), integrity(f)]),
  );
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  // The same hashes as an import map's `integrity` section (https://html.spec.whatwg.org/multipage/webappapis.html#import-maps),
  // keyed by the jsDelivr URL of this version: pasted into a page, it pins every chunk the
  // loader (klar.js) imports. Serving dist/cdn/ from another host means changing the prefix.
  const prefix = `https://cdn.jsdelivr.net/npm/klar-elements@${version}/dist/cdn/`;
  const map = { integrity: Object.fromEntries(Object.entries(cdn).map(([f, h]) => [`${prefix}${f.split(path.sep).join('/')}`, h])) };
  writeFileSync('dist/cdn/importmap.json', `${JSON.stringify(map, null, 2)}\n`);
  // An import map is an inline script, so a page under a CSP without 'unsafe-inline' ignores it
  // (and loads every chunk unchecked) unless script-src allows it by nonce or by hash. The map as one
  // <script> to paste unchanged, and the hash of its text for script-src.
  const script = JSON.stringify(map);
  const importMapCsp = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  writeFileSync('dist/cdn/importmap.html', `<script type="importmap">${script}</script>\n`);
  writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({ version, files: cdn, importMapCsp }, null, 2)}\n`);
  for (const [f, h] of Object.entries(cdn)) console.log(`\ndist/cdn/${f} integrity: ${h}`);
  console.log(`\ndist/cdn/importmap.html (paste it as it is) needs in script-src: ${importMapCsp}`);
}

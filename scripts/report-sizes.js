// Prints each output's size raw, gzip and brotli, and the SRI hash of the CDN file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import path from 'node:path';

export function sizes(file) {
  const buf = readFileSync(file);
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
  console.log(`\ndist/cdn/klar.js integrity: ${integrity('dist/cdn/klar.js')}`);
}

// Fails when the CDN file (the whole library with Lit) grows past its brotli budget.
// Bytes are deterministic, so unlike timings this belongs in `npm test`.
//
// History: the foundation started the budget at 22 KB for the whole library with Lit. With all
// seven elements, both languages and the Open311/ZGW adapters the file is about 48 KB brotli
// (each element's own cost is in `npm run bench`), so the budget now stands just above that to
// stop any growth; lowering it again is open work (see the size notes in the issues).
import { existsSync } from 'node:fs';
import { sizes } from './report-sizes.js';

export const BUDGET_BROTLI = 50 * 1024;
const file = 'dist/cdn/klar.js';
if (!existsSync(file)) {
  console.error(`size budget: ${file} is missing; run npm run build first.`);
  process.exit(1);
}
const s = sizes(file);
const pct = ((s.brotli / BUDGET_BROTLI) * 100).toFixed(1);
if (s.brotli > BUDGET_BROTLI) {
  console.error(`size budget: FAILED — ${file} is ${s.brotli} B brotli, over the budget of ${BUDGET_BROTLI} B (${pct}%).`);
  process.exit(1);
}
console.log(`size budget: ${file} is ${s.brotli} B brotli of ${BUDGET_BROTLI} B (${pct}%), ${s.gzip} B gzip, ${s.raw} B raw.`);

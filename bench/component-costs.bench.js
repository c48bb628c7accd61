// Adapter: runs bench/component-costs.js (bytes per element) under bench/run.js's contract.
// Bytes are deterministic, so the ratio is against the whole library, not a timed baseline.
import { componentCosts } from './component-costs.js';

export const title = 'Bytes per element (brotli), against the whole library';

export default async function () {
  const rows = await componentCosts();
  const total = rows[rows.length - 1].brotli;
  return rows.map((r) => ({ name: r.name, value: r.brotli, unit: 'B br', ratio: r.brotli / total, note: `raw ${r.raw}, gzip ${r.gzip}` }));
}

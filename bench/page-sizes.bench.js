// What each page pays, in KiB brotli q11 with Lit included (scripts/page-sizes.js), against the
// goal of issue 15 (the ratio column) and next to what peers pay for the same page. Bytes are
// deterministic: one measurement, no spread. Needs dist/ (`npm run build`).
import { kib, pageSizes } from '../scripts/page-sizes.js';
import { budgetFor } from '../scripts/size-budget.js';

export const title = 'Page combinations: KiB brotli (q11, Lit included) vs goal and peers';

export default async function () {
  const rows = await pageSizes();
  return rows.map((r) => ({
    name: r.name,
    value: Number(kib(r.brotli)),
    unit: 'KiB',
    ...(r.goal ? { baseline: r.goal, ratio: r.brotli / 1024 / r.goal } : {}),
    note: [
      r.goal ? `goal ≤ ${r.goal}` : '',
      budgetFor(r.name) ? `budget ${budgetFor(r.name)}` : '',
      r.peers ? `peers: ${r.peers}` : '',
      r.tags ? r.tags.map((t) => `<${t}>`).join(' + ') : r.file,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
}
